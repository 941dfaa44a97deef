"""One row per organisation file in the chosen folders, for an adviser with many clients.

Every file is opened by SQLite in `immutable` mode (as `platform.peek` does): no lock of any
kind, no journal, nothing written beside it; the writer lock is only looked at (does its file
exist, who signed it), never taken. A file from an older version is brought up to date in a
copy in memory, never on disk. A file that cannot be read gives a row that says why, and the
next file is read all the same. The folders are read one level deep, not recursively: an
adviser keeps one folder (or a few) of client files, and a backup folder below it should not
show up as clients twice.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path

from werkdrukdesk.core import model as m
from werkdrukdesk.core.cycles import current_cycle
from werkdrukdesk.core.errors import WerkdrukError
from werkdrukdesk.core.i18n import QT_TRANSLATE_NOOP, translate
from werkdrukdesk.core.plan.export import PlanRow, plan_rows
from werkdrukdesk.core.plan.listing import is_overdue
from werkdrukdesk.storage import checks, migrations
from werkdrukdesk.storage.lock import lock_path
from werkdrukdesk.storage.platform.paths import path_key
from werkdrukdesk.storage.platform.peek import summarise
from werkdrukdesk.storage.portfolio import remembered, summary
from werkdrukdesk.storage.records import Records

SUFFIX = ".werkdruk"
_log = logging.getLogger(__name__)


class FileState(StrEnum):
    IN_USE = "in_use"  # the writer lock's file is there: open on (another) computer
    READ_ONLY = "read_only"  # the file or its folder may not be written
    OLDER = "older"  # made by an older version: read through a copy brought up to date
    NEWER = "newer"  # made by a newer version: only its name and cycle are read
    DAMAGED = "damaged"  # cannot be read as an organisation file


STATE_NAMES = {
    FileState.IN_USE: QT_TRANSLATE_NOOP("Portfolio", "geopend op een andere computer"),
    FileState.READ_ONLY: QT_TRANSLATE_NOOP("Portfolio", "alleen-lezen"),
    FileState.OLDER: QT_TRANSLATE_NOOP("Portfolio", "oudere versie"),
    FileState.NEWER: QT_TRANSLATE_NOOP("Portfolio", "nieuwere versie"),
    FileState.DAMAGED: QT_TRANSLATE_NOOP("Portfolio", "beschadigd"),
}


@dataclass(frozen=True)
class PortfolioRow:
    path: Path
    organisation: str = ""
    cycle: int | None = None  # the number of the current (newest) cycle
    checks: int | None = None  # how many checks of "Klaar voor de inspectie?"; None: unknown
    open_checks: int | None = None  # of which still open
    overdue: int | None = None  # open measures past their term
    next_deadline: date | None = None  # the nearest term of an open measure, today or later
    changed: datetime | None = None  # when the file was last written (by the file system)
    states: tuple[FileState, ...] = ()
    holder: str = ""  # the computer named in the writer lock, when it is held
    note: str = ""  # why the file could not be read (a whole sentence)
    # Open measures with a term; None when listed without them (`list_folders`).
    deadlines: tuple[PlanRow, ...] | None = field(default=(), repr=False)

    @property
    def readable(self) -> bool:
        return self.checks is not None

    def state_text(self) -> str:
        """The states in words, or "in orde"."""
        if not self.states:
            return translate("Portfolio", "in orde")
        words = [translate("Portfolio", STATE_NAMES[s]) for s in self.states]
        if self.holder and FileState.IN_USE in self.states:
            words[self.states.index(FileState.IN_USE)] = translate(
                "Portfolio", "geopend op computer {computer}").format(computer=self.holder)
        return ", ".join(words)


def organisation_files(folders: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """The .werkdruk files directly in `folders` (not in folders below them), by name; hidden
    files (a partial file being written) are left out, and a file named twice is listed once."""
    return [path for path, _ in _found(folders)]


def _found(folders: Iterable[str | os.PathLike[str]]) -> list[tuple[Path, Path]]:
    """`organisation_files`, each with its path resolved (links followed)."""
    found: dict[str, tuple[Path, Path]] = {}  # keyed the way this system compares paths
    for folder in folders:
        folder = Path(folder)
        if not folder.is_dir():
            raise WerkdrukError(translate("Portfolio", "De map {folder} bestaat niet.")
                                .format(folder=folder))
        try:
            entries = sorted(folder.iterdir(), key=lambda p: p.name.lower())
        except OSError as error:
            raise WerkdrukError(translate(
                "Portfolio", "De map {folder} kan niet worden gelezen ({reason}).").format(
                    folder=folder, reason=error.strerror or error)) from None
        for entry in entries:
            if entry.suffix.lower() == SUFFIX and not entry.name.startswith(".") \
                    and entry.is_file():
                resolved = _resolved(entry)
                found.setdefault(path_key(resolved), (entry, resolved))
    return list(found.values())


def list_folders(folders: Iterable[str | os.PathLike[str]], today: date, *,
                 with_deadlines: bool = True) -> list[PortfolioRow]:
    """A row for every organisation file in `folders`, in the order they were found.

    Without deadlines (the table, the JSON, the printed overview) a file unchanged since it
    was judged in full today by this program is not judged again: its figures come from
    `remembered`, its state (lock, permissions, modification time) is read live all the same.
    With deadlines (the calendar) every file is judged in full: the memory holds no measures."""
    memory = remembered.load(today)
    rows = [_listed(path, resolved, today, memory, with_deadlines)
            for path, resolved in _found(folders)]
    memory.save()
    return rows


def _listed(path: Path, resolved: Path, today: date, memory: remembered.Memory,
            with_deadlines: bool) -> PortfolioRow:
    base, states, info = _live(path, resolved)
    key = path_key(resolved)
    sealed = remembered.seal(path, info) if info is not None else None
    known = None if with_deadlines else memory.recall(key, sealed)
    if known is not None:
        return _with(base, organisation=known.organisation, cycle=known.cycle,
                     checks=known.checks, open_checks=known.open_checks, overdue=known.overdue,
                     next_deadline=known.next_deadline, deadlines=None,
                     states=(*states, FileState.OLDER) if known.older else tuple(states))
    row = (None if with_deadlines else _summarised(resolved, today, base, states)) \
        or _judge(path, today, base, states)
    if row.readable:
        memory.remember(key, sealed, remembered.Figures(
            row.organisation, row.cycle or 0, row.checks or 0, row.open_checks or 0,
            row.overdue or 0, row.next_deadline, FileState.OLDER in row.states))
    return row if with_deadlines else _with(row, deadlines=None)  # the same either way


def read_row(path: Path, today: date) -> PortfolioRow:
    """What the portfolio shows of one file, judged in full; never raises for a bad file."""
    base, states, _ = _live(path, _resolved(path))
    return _judge(path, today, base, states)


def _resolved(path: Path) -> Path:
    """The path with every link followed, once per file (each step asks the file system)."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # a loop of links: the file will not read either
        return path.absolute()


def _live(path: Path, resolved: Path
          ) -> tuple[PortfolioRow, list[FileState], os.stat_result | None]:
    """What is read of a file every time, never remembered: who holds its writer lock, whether
    it may be written, when it was changed."""
    states: list[FileState] = []
    holder = _holder(resolved)
    if holder is not None:
        states.append(FileState.IN_USE)
    if not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
        states.append(FileState.READ_ONLY)
    try:
        info: os.stat_result | None = path.stat()
    except OSError:
        info = None
    changed = datetime.fromtimestamp(info.st_mtime) if info is not None else None
    return PortfolioRow(path, changed=changed, holder=holder or ""), states, info


def _judge(path: Path, today: date, base: PortfolioRow,
           states: list[FileState]) -> PortfolioRow:
    try:
        return _read(path, today, base, states)
    except WerkdrukError as error:
        note = str(error)
    except (sqlite3.Error, OSError):
        note = str(checks.damaged(path))
    except Exception:  # noqa: BLE001 - one odd file must never stop the rest
        _log.exception("Unexpected error reading %s for the portfolio", path)
        note = str(checks.damaged(path))
    summary = summarise(path)
    return _with(base, organisation=summary.organisation, cycle=summary.cycle, note=note,
                 states=(*states, FileState.DAMAGED))


def _read(path: Path, today: date, base: PortfolioRow,
          states: list[FileState]) -> PortfolioRow:
    checks.looks_like_sqlite(path)
    conn = _connect(path)
    try:
        checks.is_ours(conn, path)
        applied = set(migrations.applied_names(conn))  # read once: it is a query per call
        if applied - set(migrations.known_names()):
            summary = summarise(path)  # the tables we know may have changed: only the basics
            return _with(base, organisation=summary.organisation, cycle=summary.cycle,
                         states=(*states, FileState.NEWER),
                         note=translate("Portfolio", "{file} is gemaakt met een nieuwere versie "
                                        "van WerkdrukDesk; installeer die om het te openen.")
                         .format(file=path.name))
        if any(name not in applied for name in migrations.known_names()):  # pending
            states.append(FileState.OLDER)
            conn = _updated_in_memory(conn)
        checks.layout_complete(conn, path)
        # Without the answers: readiness only counts questionnaires per team, and the answers
        # are most of a large file. PRAGMA quick_check above has read every page all the same.
        org = Records(conn, read_only=True).load_without_answers()
    except sqlite3.DatabaseError:
        raise checks.damaged(path) from None
    except (KeyError, ValueError, TypeError):  # a value no version writes
        raise checks.damaged(path) from None
    finally:
        conn.close()
    return _judged(org, today, base, states)


def _judged(org: m.Organisation, today: date, base: PortfolioRow,
            states: list[FileState]) -> PortfolioRow:
    cycle = current_cycle(org)
    judged = summary.judge(org, today)
    open_ids = {x.id for x in cycle.measures if x.is_open and x.deadline}
    return _with(
        base, organisation=judged.organisation, cycle=judged.cycle, checks=judged.checks,
        open_checks=judged.open_checks, **_terms(cycle.measures, today), states=tuple(states),
        deadlines=tuple(r for r in plan_rows(org, cycle, today) if r.measure_id in open_ids))


def _terms(measures: Iterable[m.Measure], today: date) -> dict[str, object]:
    """How many open measures are past their term on `today`, and the nearest term still to
    come: worked out the same way for a file judged in full and for its summary."""
    measures = list(measures)
    terms = sorted(x.deadline for x in measures
                   if x.is_open and x.deadline and x.deadline >= today)
    return {"overdue": sum(is_overdue(x, today) for x in measures),
            "next_deadline": terms[0] if terms else None}


def _summarised(resolved: Path, today: date, base: PortfolioRow,
                states: list[FileState]) -> PortfolioRow | None:
    """The row from the summary a program left in the file (`summary`), when it may be shown
    for `today`; None: judge the file in full, which also says what is wrong with a bad file.

    Read here: SQLite's header (the file as long as it says, its change counter), the file's
    application id, its schema and list of migrations (exactly this program's) and the
    summary's row. Not read: the pages of the records, which only judging in full (and
    opening the file) checks."""
    counter = summary.change_counter(resolved)
    if counter is None:
        return None
    try:  # plain sqlite3: this path is read for every file of a folder
        conn = sqlite3.connect(f"{resolved.as_uri()}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error:
        return None
    try:
        if conn.execute("PRAGMA application_id").fetchone()[0] != migrations.APPLICATION_ID \
                or migrations.recorded_names(conn) != set(migrations.known_names()):
            return None
        found = summary.read(conn, today, counter)
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    if found is None:
        return None
    return _with(base, organisation=found.organisation, cycle=found.cycle,
                 checks=found.checks, open_checks=found.open_checks,
                 **_terms(found.measures(), today), states=tuple(states), deadlines=None)


def _with(row: PortfolioRow, **changes: object) -> PortfolioRow:
    return replace(row, **changes)  # type: ignore[arg-type]


def _connect(path: Path) -> sqlite3.Connection:
    """Read-only and immutable: SQLite takes no lock and writes no journal or side file."""
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)


def _updated_in_memory(conn: sqlite3.Connection) -> sqlite3.Connection:
    """An older file's content in memory, brought up to date there; the file stays as it is."""
    memory = sqlite3.connect(":memory:")
    conn.backup(memory)
    conn.close()
    migrations.apply(memory)
    return memory


def _holder(resolved: Path) -> str | None:
    """Who holds the writer lock of the file at `resolved` (its path with links followed), as
    the lock's file says ("" when unsigned); None when there is no lock file. Only read: taking
    the lock, even for a moment, could turn away its owner. A lock file left by a program that
    crashed reads the same as a held one."""
    lock = lock_path(resolved)
    try:
        with lock.open("rb") as handle:
            words = handle.read(1000).decode("utf-8", "replace").split()
    except FileNotFoundError:
        return None
    except OSError:
        return ""
    return words[0] if words else ""
