"""A look inside another organisation file without touching it: no lock, no migration, no
journal, no backup. For comparing a conflict copy with the open file.

SQLite opens it `immutable`, so it takes no lock and writes nothing beside it; a copy that a
crashed program left half-written may then look odd, which is why the owner only compares here
and keeps the right one by hand.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from werkdrukdesk.core.i18n import translate
from werkdrukdesk.storage.migrations import APPLICATION_ID


@dataclass(frozen=True)
class FileSummary:
    path: Path
    organisation: str = ""
    cycle: int | None = None  # the number of the latest cycle
    cycles: int = 0
    measures: int = 0  # in the latest cycle
    sessions: int = 0  # voorlichting sessions in the latest cycle
    changed: datetime | None = None  # when the file was last written, by the file system
    size: int = 0
    problem: str = ""  # why it could not be read; the counts are then empty


def _count(conn: sqlite3.Connection, table: str, cycle_id: int | None) -> int:
    row = conn.execute(f"SELECT count(*) FROM {table} WHERE cycle_id = ?", (cycle_id,)).fetchone()
    return int(row[0])


def summarise(path: str | os.PathLike[str]) -> FileSummary:
    path = Path(path)
    try:
        status = path.stat()
        changed = datetime.fromtimestamp(status.st_mtime)
        uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
        conn = sqlite3.connect(uri, uri=True)
    except (OSError, ValueError, sqlite3.Error) as error:
        return FileSummary(path, problem=translate(
            "Storage", "Het bestand kon niet worden gelezen ({reason}).").format(reason=error))
    try:
        if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            raise sqlite3.DatabaseError(
                translate("Storage", "geen bestand van WerkdrukDesk"))
        name = conn.execute("SELECT name FROM organisation").fetchone()
        latest = conn.execute("SELECT id, number FROM cycles ORDER BY number DESC").fetchone()
        cycle_id = latest[0] if latest else None
        return FileSummary(
            path, organisation=name[0] if name else "",
            cycle=latest[1] if latest else None,
            cycles=int(conn.execute("SELECT count(*) FROM cycles").fetchone()[0]),
            measures=_count(conn, "measures", cycle_id),
            sessions=_count(conn, "information_sessions", cycle_id),
            changed=changed, size=status.st_size)
    except sqlite3.Error as error:
        return FileSummary(path, changed=changed, size=status.st_size, problem=translate(
            "Storage", "Het bestand kon niet worden gelezen ({reason}).").format(reason=error))
    finally:
        conn.close()
