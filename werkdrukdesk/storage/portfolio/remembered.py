"""What the portfolio remembers of the files it judged today, kept outside those files.

Judging a file (opening it, checking it, loading its records, running every readiness check)
takes 10 to 60 ms; a folder of 200 clients, listed again each time the window sees a change
in the folder, would take seconds every time. So the figures of each file judged in full are
kept in one small JSON file in the program's cache folder (`paths.cache_dir()`), never in or
beside the client files, and a later listing takes them over only when all of this still
holds:

- the same program: its version and the content of its rules (`core`, `storage` and the
  catalogue), so a changed check never shows an old verdict;
- the same day: several verdicts turn with the day alone (a term passes, a measure becomes
  overdue), so a row judged on another day is judged again;
- the same file: the size, modification time (in nanoseconds), inode and inode change time
  of one `stat`, and the first 100 bytes of the file, SQLite's header. Its file change
  counter (bytes 24-27) moves with every commit in the rollback journal these files use
  (bytes 18 and 19 say so; SQLite trusts its own cache on the same evidence). A file in WAL
  mode, or with a `-journal` or `-wal` file beside it (a write under way, or a crashed one
  SQLite still has to roll back), is judged in full and not remembered.

The memory never decides anything: a row is either exactly what judging the file in full gave
earlier today under the same conditions, or the file is judged in full again. Anything odd in
the memory (unreadable, damaged, another format or program, a value of the wrong type) counts
as nothing remembered. It holds no measure texts or names of people (only the figures, and the
organisation's name the table shows), is readable by its owner only, and is written all at
once; when it cannot be written the listing goes on without it.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import werkdrukdesk
from werkdrukdesk.core.errors import WerkdrukError
from werkdrukdesk.paths import cache_dir, resources_dir
from werkdrukdesk.storage import migrations

FORMAT = 1
FILE_NAME = "portfolio.json"
HEADER_SIZE = 100  # SQLite's database header
ROLLBACK_JOURNAL = 1  # bytes 18 and 19 of the header: 1 = rollback journal, 2 = WAL
SIDE_FILES = ("-journal", "-wal")
_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Figures:
    """What judging a file in full gave, apart from what is read live every time (the writer
    lock, write permission, the modification time shown)."""

    organisation: str
    cycle: int
    checks: int
    open_checks: int
    overdue: int
    next_deadline: date | None
    older: bool  # made by an older version (judged through a copy brought up to date)


def memory_file() -> Path:
    return cache_dir() / FILE_NAME


def seal(path: Path, info: os.stat_result) -> list[Any] | None:
    """What must be the same for a remembered row of `path` to hold, from the `stat` taken
    before the file is read (a change while it is read is then seen the next time); None when
    the file must be judged in full and not remembered."""
    found = header_at_rest(path)
    if found is None:
        return None
    return [info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino, found[0].hex()]


def header_at_rest(path: Path) -> tuple[bytes, int] | None:
    """SQLite's header of `path` and the file's size, when the file is at rest in the rollback
    journal these files use: no `-journal` or `-wal` beside it, the header whole, bytes 18
    and 19 saying rollback journal. None otherwise. Only the header is read."""
    for ending in SIDE_FILES:
        if os.path.lexists(f"{path}{ending}"):
            return None
    try:
        with open(path, "rb") as handle:
            header = handle.read(HEADER_SIZE)
            size = os.fstat(handle.fileno()).st_size
    except OSError:
        return None
    if len(header) != HEADER_SIZE or header[18] != ROLLBACK_JOURNAL \
            or header[19] != ROLLBACK_JOURNAL:
        return None
    return header, size


@functools.cache
def program() -> str:
    """The version and a digest of the code and data that judge a file, read once per run:
    the run judges with the code it loaded, not with files changed under it later."""
    digest = hashlib.sha256(werkdrukdesk.__version__.encode())
    package = Path(werkdrukdesk.__file__).resolve().parent
    for folder, pattern in ((package / "core", "*.py"), (package / "storage", "*.py"),
                            (package / "storage", "*.sql"),
                            (resources_dir() / "catalogue", "*")):
        for source in sorted(folder.rglob(pattern)):
            if source.is_file():
                digest.update(source.relative_to(folder).as_posix().encode())
                digest.update(source.read_bytes())
    digest.update("\n".join(migrations.known_names()).encode())
    return f"{werkdrukdesk.__version__}:{digest.hexdigest()}"


class Memory:
    """The remembered rows of one day, keyed by the file's resolved path (as `path_key`)."""

    def __init__(self, today: date, entries: dict[str, Any] | None = None):
        self.today = today
        self.entries = entries or {}
        self.changed = False

    def recall(self, key: str, sealed: list[Any] | None) -> Figures | None:
        if sealed is None:
            return None
        entry = self.entries.get(key)
        if not isinstance(entry, list) or len(entry) != 3:  # nothing, or not what we write
            return None
        try:
            day, stored, values = entry
            if day != self.today.isoformat() or stored != sealed:
                return None
            return _figures(values)
        except (TypeError, ValueError):  # not what this version writes
            return None

    def remember(self, key: str, sealed: list[Any] | None, figures: Figures) -> None:
        if sealed is None:
            self.entries.pop(key, None)
        else:
            deadline = figures.next_deadline.isoformat() if figures.next_deadline else None
            self.entries[key] = [self.today.isoformat(), sealed, [
                figures.organisation, figures.cycle, figures.checks, figures.open_checks,
                figures.overdue, deadline, figures.older]]
        self.changed = True

    def save(self) -> None:
        """Write the memory at once, keeping only today's rows; never fails the listing."""
        if not self.changed:
            return
        from werkdrukdesk.storage.atomic import write_bytes_atomically

        today = self.today.isoformat()
        kept = {key: entry for key, entry in self.entries.items()
                if isinstance(entry, list) and entry and entry[0] == today}
        data = json.dumps({"format": FORMAT, "program": program(), "rows": kept},
                          ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        try:
            memory_file().parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            # A cache: lost in a power failure, every file is simply judged again.
            write_bytes_atomically(memory_file(), data, owner_only=True, durable=False)
        except (OSError, WerkdrukError) as error:
            _log.warning("The portfolio's memory could not be written: %s", error)


def load(today: date) -> Memory:
    """The rows remembered today by this program; an empty memory when there is none or it
    cannot be read as this program wrote it."""
    try:
        stored = json.loads(memory_file().read_bytes())
        if stored["format"] == FORMAT and stored["program"] == program() \
                and isinstance(stored["rows"], dict):
            return Memory(today, stored["rows"])
    except FileNotFoundError:
        pass
    except (OSError, ValueError, TypeError, KeyError) as error:  # ValueError: bad JSON, UTF-8
        _log.warning("The portfolio's memory could not be read, judging every file: %s", error)
    return Memory(today)


def _figures(values: Any) -> Figures:
    organisation, cycle, checks, open_checks, overdue, deadline, older = values
    counts = (cycle, checks, open_checks, overdue)
    if not isinstance(organisation, str) or not isinstance(older, bool) \
            or not all(type(n) is int and n >= 0 for n in counts) or open_checks > checks \
            or not (deadline is None or isinstance(deadline, str)):
        raise ValueError("not a remembered row")
    return Figures(organisation, cycle, checks, open_checks, overdue,
                   date.fromisoformat(deadline) if deadline else None, older)
