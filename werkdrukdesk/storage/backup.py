"""Backup copies of an organisation file, made with SQLite's backup API.

Copies live in the program's backups folder, named after the file they came from, with a short
fingerprint of its full path so two files with the same name never mix.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from datetime import date, datetime
from pathlib import Path

from werkdrukdesk import clock
from werkdrukdesk.core.errors import WerkdrukError
from werkdrukdesk.core.i18n import translate

KEEP_DAILY = 10  # daily copies kept per file; copies before an update are always kept
STAMP = "%Y%m%d-%H%M%S-%f"  # in the name of a copy: sorts by time, never collides


def _prefix(source: Path) -> str:
    fingerprint = hashlib.sha256(str(source.resolve()).encode("utf-8")).hexdigest()[:8]
    return f"{source.stem}-{fingerprint}-"


def backup_copy(conn: sqlite3.Connection, source: Path, folder: Path, reason: str) -> Path:
    """Copy the open database to `folder` as one consistent snapshot; returns the copy's path."""
    stamp = clock.now().strftime(STAMP)  # sorts by time, never collides
    target = folder / f"{_prefix(source)}{stamp}-{reason}.werkdruk"
    partial = target.with_name(target.name + ".nieuw")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        copy = sqlite3.connect(partial)
        try:
            conn.backup(copy)
        finally:
            copy.close()
        partial.chmod(0o600)
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as error:
        partial.unlink(missing_ok=True)
        raise WerkdrukError(
            translate("Storage", "Er kon geen reservekopie van {file} worden gemaakt ({reason}).")
            .format(file=source.name, reason=error)
        ) from None
    return target


def backups_of(source: Path, folder: Path) -> list[Path]:
    """The copies of `source`, newest first."""
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{_prefix(source)}*.werkdruk"), reverse=True)


def daily_backup(conn: sqlite3.Connection, source: Path, folder: Path) -> Path | None:
    """A copy when there is none of today yet; old daily copies are pruned."""
    daily = [p for p in backups_of(source, folder) if p.stem.endswith("-dagelijks")]
    if daily and _made_on(daily[0], source) == clock.today():
        return None
    made = backup_copy(conn, source, folder, "dagelijks")
    for old in [p for p in backups_of(source, folder) if p.stem.endswith("-dagelijks")][KEEP_DAILY:]:
        old.unlink(missing_ok=True)
    return made


def _made_on(copy: Path, source: Path) -> date | None:
    """The day in the name of a copy, by the program's clock (file times may be another's)."""
    stamp = copy.name[len(_prefix(source)):].split("-", 1)[0]
    try:
        return datetime.strptime(stamp, "%Y%m%d").date()
    except ValueError:
        return None


def restore(backup: Path, target: Path) -> None:
    """Put `backup` in place of `target` (which must be closed), all at once."""
    partial = target.with_name(target.name + ".terugzetten")
    try:
        source = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
        copy = sqlite3.connect(partial)
        try:
            source.backup(copy)
        finally:
            copy.close()
            source.close()
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as error:
        partial.unlink(missing_ok=True)
        raise WerkdrukError(
            translate("Storage", "De reservekopie kon niet worden teruggezet ({reason}).")
            .format(reason=error)
        ) from None
