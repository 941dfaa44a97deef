"""An AVG request in the file: the changed records stored, the old text wiped from the file's
free pages, and the backup copies rewritten without the name (or removed where they cannot be).

SQLite keeps deleted text in free pages until they are reused; `secure_delete` (on for every
writer) zeroes them, and a VACUUM afterwards rewrites the whole file from what is left.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from werkdrukdesk.core import model as m
from werkdrukdesk.core.errors import WerkdrukError
from werkdrukdesk.core.privacy import remove_person
from werkdrukdesk.storage import migrations
from werkdrukdesk.storage.atomic import remove_quietly
from werkdrukdesk.storage.backup import backups_of
from werkdrukdesk.storage.records import Records
from werkdrukdesk.storage.replace import side_files


def store_removal(records: Records, changed: list[m.Profile | m.PsaPolicy | m.Record]) -> None:
    """Store what `remove_person` changed, all together or not at all, then wipe the old text."""
    with records.db.atomic():
        for record in changed:
            if isinstance(record, m.Profile):
                records.save_profile(record)
            elif isinstance(record, m.PsaPolicy):
                records.save_psa_policy(record)
            else:
                records.save(record)
    if changed:
        records.conn.execute("VACUUM")


def backups_holding(source: Path, folder: Path, name: str) -> list[Path]:
    """The backup copies of `source` that still hold `name` somewhere (or cannot be read)."""
    return [copy for copy in backups_of(source, folder) if _holds(copy, name)]


def forget_in_backups(source: Path, folder: Path, name: str) -> tuple[int, int]:
    """Rewrite every copy that holds `name` without it; a copy that cannot be rewritten (an
    older layout, damaged) is removed. Returns (rewritten, removed)."""
    rewritten = removed = 0
    for copy in backups_holding(source, folder, name):
        try:
            _rewrite(copy, name)
            rewritten += 1
        except (sqlite3.Error, WerkdrukError, ValueError, KeyError, TypeError):
            remove_quietly(copy, *side_files(copy))
            removed += 1
    return rewritten, removed


def _connect(copy: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(copy)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA secure_delete = ON")
    if migrations.pending_names(conn):
        conn.close()
        raise WerkdrukError("older layout")  # not shown: the copy is removed instead
    return conn


def _holds(copy: Path, name: str) -> bool:
    try:
        conn = _connect(copy)
    except (sqlite3.Error, WerkdrukError):
        return True
    try:
        return bool(remove_person(Records(conn, read_only=True).load(), name))
    except (sqlite3.Error, WerkdrukError, ValueError, KeyError, TypeError):
        return True
    finally:
        conn.close()


def _rewrite(copy: Path, name: str) -> None:
    conn = _connect(copy)
    try:
        records = Records(conn)
        store_removal(records, remove_person(records.load(), name))
    finally:
        conn.close()
