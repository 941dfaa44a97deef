"""Creating and opening .werkdruk files, and refusing what is not one.

Every edit is its own committed transaction in rollback-journal mode, so between edits the
.werkdruk file alone holds all saved work and can be copied or e-mailed as it is.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Self

from werkdrukdesk.core.catalogue import builtin_sources
from werkdrukdesk.core.cycles import (
    current_cycle,
    first_cycle,
    next_cycle,
    relink_measures,
    retarget_measures,
)
from werkdrukdesk.core.errors import WerkdrukError
from werkdrukdesk.core.i18n import translate
from werkdrukdesk.core.model import Cycle, Organisation, Profile
from werkdrukdesk.paths import backups_dir
from werkdrukdesk.storage import checks, migrations
from werkdrukdesk.storage.backup import backup_copy, daily_backup
from werkdrukdesk.storage.guard import holds_database, resolved, same_file
from werkdrukdesk.storage.lock import WriterLock
from werkdrukdesk.storage.records import Records
from werkdrukdesk.storage.replace import replace_whole


class NotWritableError(WerkdrukError):
    """The file or its folder may not be written: it can only be looked at."""


def _writable(path: Path) -> bool:
    # SQLite writes a journal beside the file, so the folder must be writable too.
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


class WerkdrukFile(Records):
    """An open organisation file. Read with `load()`, change with `save()` and `delete()`."""

    def __init__(
        self,
        path: Path,
        conn: sqlite3.Connection,
        read_only: bool = False,
        lock: WriterLock | None = None,
        today: date | None = None,
    ):
        super().__init__(conn, read_only)
        self.path = path
        self._lock = lock
        # The day a changed file is judged on when it closes, for the portfolio's summary.
        self.today = today

    def _load(self, answers: bool, older: bool = True) -> Organisation:
        """The organisation, with or without the answers; a file edited into something no
        version writes (an unknown status, a number out of range, text that is not UTF-8) is
        refused as damaged."""
        with self._read_or_damaged():
            return super()._load(answers, older)

    def load_older_cycles(self, org: Organisation) -> None:
        """See `Records.load_older_cycles`; a damaged file is said to be damaged."""
        with self._read_or_damaged():
            super().load_older_cycles(org)

    @contextmanager
    def _read_or_damaged(self) -> Iterator[None]:
        """What reading the file's records cannot decode is said as the file being damaged."""
        try:
            yield
        except sqlite3.DatabaseError as error:
            raise checks.not_opened(error, self.path) from None
        except (KeyError, ValueError, TypeError):  # DecodeError is a ValueError
            raise checks.damaged(self.path) from None

    def start_next_cycle(self, org: Organisation, today: date) -> Cycle:
        """Close the current cycle and open the next with its teams and open measures."""
        previous = current_cycle(org)
        cycle = next_cycle(previous, today)
        previous.closed = True
        try:
            with self.db.atomic():
                self.save(previous)
                self.save(cycle)
                for team in cycle.teams:
                    self.save(team, cycle.id)
                retarget_measures(cycle)
                for measure in cycle.measures:
                    self.save(measure, cycle.id)
                relink_measures(cycle)
                for measure in cycle.measures:
                    self.save(measure)
        except BaseException:
            previous.closed = False  # rolled back: the cycle is still open in the file
            raise
        org.cycles.append(cycle)
        return cycle

    def save_copy(self, target: str | os.PathLike[str]) -> None:
        """A consistent copy through SQLite's backup API, swapped in only when complete, by a
        writer that holds the target's lock (an open file elsewhere is never replaced)."""
        if same_file(target, self.path):
            raise WerkdrukError(
                translate("Storage", "Kies voor de kopie een andere naam dan die van dit bestand.")
            )
        target = resolved(target)
        with WriterLock(target).acquire():
            replace_whole(target, self._copy_into)

    def _copy_into(self, partial: Path) -> None:
        # A connection of its own, read-only: the copy is made in a worker thread while the
        # window goes on editing through its connection (every edit is committed, so the
        # file holds all of it; SQLite starts the copy again if an edit lands meanwhile).
        source = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True,
                                 check_same_thread=False)
        copy = sqlite3.connect(partial)
        try:
            source.backup(copy)
        finally:
            copy.close()
            source.close()

    def close(self, today: date | None = None) -> None:
        """Close the file; when anything was written through it, first judge it once more and
        leave that judgement in it for the portfolio (`portfolio.summary`), on `today` or
        the day it was opened with. Without a day the file is left without a summary."""
        day = today or self.today
        written = day is not None and not self.read_only and self._written()
        self.conn.close()  # first: the summary is written through a connection of its own
        try:
            if written and day is not None:
                from werkdrukdesk.storage.portfolio import summary  # only when it is needed

                summary.write(self.path, day)
        finally:
            if self._lock:
                self._lock.release()

    def _written(self) -> bool:
        """Whether any row was written through this connection (False once it is closed)."""
        try:
            return self.conn.total_changes > 0
        except sqlite3.ProgrammingError:  # closed already: closing again does nothing
            return False

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def create_file(
    path: str | os.PathLike[str], profile: Profile, today: date, overwrite: bool = False
) -> WerkdrukFile:
    """Make a new organisation file with the built-in sources of its scope, and one open
    cycle."""
    org = Organisation(profile=profile, sources=builtin_sources(scope=profile.psa_scope),
                       cycles=[first_cycle(today)])
    return write_new_file(path, org, overwrite=overwrite, today=today)


def write_new_file(
    path: str | os.PathLike[str], org: Organisation, overwrite: bool = False,
    then: Callable[[Records], None] | None = None, today: date | None = None,
) -> WerkdrukFile:
    """Write a whole organisation to a new file; it appears complete or not at all.

    With `overwrite` an existing file is replaced, but only by a writer that holds its lock
    (so never while a window or another command has it open) and after a backup copy of it.
    The file is returned open, still under that same lock. `then` writes more into the new
    file before it is put in place (an archive's attachments), so that too is all or nothing.
    Given `today`, the new file is judged on it and carries that judgement for the portfolio.
    """
    target = resolved(path)  # the lock and the write follow symlinks and `..`
    if not target.parent.is_dir():
        raise WerkdrukError(
            translate("Storage", "De map {folder} bestaat niet.").format(folder=Path(path).parent)
        )
    lock = WriterLock(target).acquire()
    try:
        if os.path.lexists(target):
            if not overwrite:
                raise WerkdrukError(
                    translate("Storage", "Het bestand {file} bestaat al. Kies een andere naam.")
                    .format(file=target.name)
                )
            _keep_before_replacing(target)
        replace_whole(target, lambda partial: _fill(partial, org, then, today))
        return _open_checked(target, False, lock, today=today)
    except BaseException:
        lock.release()
        raise


def _fill(partial: Path, org: Organisation, then: Callable[[Records], None] | None = None,
          today: date | None = None) -> None:
    records = Records(_connect(partial))
    try:
        records.conn.execute(f"PRAGMA application_id = {migrations.APPLICATION_ID}")
        migrations.apply(records.conn)
        records.write_organisation(org)
        if then is not None:
            then(records)
    finally:
        records.conn.close()
    if today is not None:  # through a connection of its own, once this one is closed
        from werkdrukdesk.storage.portfolio import summary  # only when it is needed

        summary.write(partial, today)


def _keep_before_replacing(target: Path) -> None:
    """A copy of the file about to be replaced, when it holds a database at all."""
    if not target.is_file() or not holds_database(target):
        return  # an empty or foreign file holds no organisation to lose
    conn = sqlite3.connect(f"{target.as_uri()}?mode=ro", uri=True)
    try:
        backup_copy(conn, target, backups_dir(), "voor-vervangen")
    finally:
        conn.close()


def open_file(path: str | os.PathLike[str], read_only: bool = False,
              today: date | None = None) -> WerkdrukFile:
    """Open an existing file after checking it is a WerkdrukDesk file this version understands.
    `today`: the day a file written through it is judged on when it closes (`close`)."""
    return _open_locked(Path(path), read_only, None, today)


def open_and_load(path: str | os.PathLike[str], read_only: bool = False,
                  today: date | None = None) -> tuple[WerkdrukFile, Organisation]:
    """`open_file` and `load_recent` together, as the window opens a file: SQLite's
    quick check of every page runs on a connection of its own while the records are read,
    and the layout check and the daily copy follow once both are done. Nothing is written to
    the file (the daily copy is read from it; a migration changes it) before the check
    passed; a file that fails it is refused as damaged, closed, and left as it was."""
    path = Path(path)
    integrity: checks.IntegrityCheck | None = None

    def start_check() -> checks.IntegrityCheck:
        nonlocal integrity
        integrity = checks.IntegrityCheck(path)
        return integrity

    file = _open_locked(path, read_only, start_check, today)
    try:
        org = file.load_recent()
        try:
            if integrity is not None:
                integrity.passed()
            checks.layout_complete(file.conn, path)  # before the daily copy and any edit
        except sqlite3.DatabaseError as error:
            raise checks.not_opened(error, path) from None
        if not read_only:
            _daily_backup(file.conn, path)
        return file, org
    except BaseException:
        if integrity is not None:
            integrity.join()  # the check's connection goes before the lock
        file.close()  # a damaged file: its lock goes with it
        raise


def _open_locked(path: Path, read_only: bool,
                 start_check: Callable[[], checks.IntegrityCheck] | None,
                 today: date | None = None) -> WerkdrukFile:
    checks.looks_like_sqlite(path)
    if not read_only and not _writable(path):
        raise NotWritableError(
            translate(
                "Storage",
                "{file} is schrijfbeveiligd of staat op een plek waar u niet mag schrijven. "
                "U kunt het bekijken; sla een kopie op een andere plek op om verder te werken.",
            ).format(file=path.name)
        )
    lock = None if read_only else WriterLock(path).acquire()
    try:
        return _open_checked(path, read_only, lock, start_check, today)
    except BaseException:
        if lock:
            lock.release()
        raise


def _open_checked(path: Path, read_only: bool, lock: WriterLock | None,
                  start_check: Callable[[], checks.IntegrityCheck] | None = None,
                  today: date | None = None) -> WerkdrukFile:
    """Open `path` and check it. With `start_check` the quick check runs beside (see
    `open_and_load`) and the caller makes the daily copy once it passed; without, both
    happen here, in order. `today`: see `open_file`."""
    integrity = None
    try:
        conn = _connect(path, read_only=read_only)
        integrity = start_check() if start_check is not None else None
        checks.is_ours(conn, path, integrity)
        checks.not_newer(conn, path)
        pending = migrations.pending_names(conn)
        if pending and read_only:
            # Reading an older file: bring a copy in memory up to date, leave the file as it is.
            conn = _updated_in_memory(conn)
        elif pending:
            if integrity is not None:
                integrity.passed()  # whole before it is changed
            # An older file: keep a copy as it was before changing its layout.
            backup_copy(conn, path, backups_dir(), "voor-bijwerken")
            migrations.apply(conn)
        if integrity is None:  # else `open_and_load` checks both once the check passed
            checks.layout_complete(conn, path)  # before the daily copy and any edit
            if not read_only:
                _daily_backup(conn, path)
    except sqlite3.DatabaseError as error:
        if integrity is not None:
            integrity.join()
        raise checks.not_opened(error, path) from None
    except BaseException:
        if integrity is not None:
            integrity.join()
        raise
    return WerkdrukFile(path, conn, read_only=read_only, lock=lock, today=today)


def _updated_in_memory(conn: sqlite3.Connection) -> sqlite3.Connection:
    memory = sqlite3.connect(":memory:", check_same_thread=False)
    conn.backup(memory)
    conn.close()
    memory.execute("PRAGMA foreign_keys = ON")
    migrations.apply(memory)
    return memory


def _daily_backup(conn: sqlite3.Connection, path: Path) -> None:
    """A missed daily copy (a full disk, say) must not keep the owner from working."""
    try:
        daily_backup(conn, path, backups_dir())
    except WerkdrukError:
        pass


def _connect(path: Path, read_only: bool = False) -> sqlite3.Connection:
    # The window opens files in a worker thread and then works with them on its own thread;
    # it never uses one connection from two threads at once.
    if read_only:
        uri = f"{path.resolve().as_uri()}?mode=ro"
        conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
    else:
        conn = sqlite3.connect(path, check_same_thread=False)
    conn.execute("PRAGMA foreign_keys = ON")
    if not read_only:
        # FULL: a power cut after an edit is stored never loses that edit.
        conn.execute("PRAGMA synchronous = FULL")
        # What is deleted or overwritten is zeroed, not left in free pages (names: the AVG).
        conn.execute("PRAGMA secure_delete = ON")
    return conn
