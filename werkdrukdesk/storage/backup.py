"""Backup copies of an organisation file, made with SQLite's backup API.

Copies live in the program's backups folder, named after the file they came from, with a short
fingerprint of its full path so two files with the same name never mix. They are found by their
exact name (never a pattern: `[`, `*` and `?` are ordinary letters in a file name) and, like
the organisation file, readable by their owner only.
"""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
from datetime import date, datetime
from pathlib import Path

from werkdrukdesk import clock
from werkdrukdesk.core.errors import WerkdrukError
from werkdrukdesk.core.i18n import translate
from werkdrukdesk.storage.atomic import remove_quietly, sync_folder
from werkdrukdesk.storage.lock import WriterLock
from werkdrukdesk.storage.platform.retry import FileHeldError, remove_file, replace_file
from werkdrukdesk.storage.replace import replace_whole, side_files

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
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        # Owner-only from the first byte: the copy holds every answer and name.
        os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
        copy = sqlite3.connect(partial)
        try:
            conn.backup(copy)
        finally:
            copy.close()
        replace_file(partial, target)
    except (OSError, sqlite3.Error) as error:
        remove_quietly(partial, *side_files(partial))
        raise WerkdrukError(
            translate("Storage", "Er kon geen reservekopie van {file} worden gemaakt ({reason}).")
            .format(file=source.name,
                    reason=error.strerror if isinstance(error, FileHeldError) else error)
        ) from None
    sync_folder(folder)
    return target


def backups_of(source: Path, folder: Path) -> list[Path]:
    """The copies of `source`, newest first."""
    mine = re.compile(re.escape(_prefix(source)) + r"\d{8}-\d{6}-\d{6}-[a-z-]+\.werkdruk")
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    return sorted((folder / name for name in names if mine.fullmatch(name)), reverse=True)


def daily_backup(conn: sqlite3.Connection, source: Path, folder: Path) -> Path | None:
    """A copy when there is none of today yet; old daily copies are pruned."""
    daily = [p for p in backups_of(source, folder) if p.stem.endswith("-dagelijks")]
    if daily and _made_on(daily[0], source) == clock.today():
        return None
    made = backup_copy(conn, source, folder, "dagelijks")
    daily = [p for p in backups_of(source, folder) if p.stem.endswith("-dagelijks")]
    for old in daily[KEEP_DAILY:]:
        try:
            remove_file(old)
        except OSError:
            pass  # an old copy held by a scanner goes next time; today's copy is made
    return made


def _made_on(copy: Path, source: Path) -> date | None:
    """The day in the name of a copy, by the program's clock (file times may be another's)."""
    stamp = copy.name[len(_prefix(source)):].split("-", 1)[0]
    try:
        return datetime.strptime(stamp, "%Y%m%d").date()
    except ValueError:
        return None


def restore(backup: Path, target: Path) -> None:
    """Put `backup` in place of `target` all at once, holding its writer lock (so it must be
    closed, and no other window may have it open)."""

    def fill(partial: Path) -> None:
        source = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
        try:
            copy = sqlite3.connect(partial)
            try:
                source.backup(copy)
            finally:
                copy.close()
        finally:
            source.close()

    with WriterLock(target).acquire():
        try:
            replace_whole(target, fill)
        except WerkdrukError as error:
            raise WerkdrukError(
                translate("Storage", "De reservekopie kon niet worden teruggezet ({reason}).")
                .format(reason=error)
            ) from None
