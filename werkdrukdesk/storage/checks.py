"""Whether a file is a WerkdrukDesk file this version can open, and what to say when not.

A damaged or tampered file (a dropped column, a value no version writes, text that is not
UTF-8) is refused as damaged and left as it is. A file another program holds locked is *not*
damaged: it is "in gebruik", and the message never suggests putting back a backup over it.
"""

from __future__ import annotations

import functools
import sqlite3
import threading
from pathlib import Path

from werkdrukdesk.core.errors import WerkdrukError
from werkdrukdesk.core.i18n import translate
from werkdrukdesk.storage import migrations
from werkdrukdesk.storage.errors import is_busy
from werkdrukdesk.storage.guard import SQLITE_HEADER


def damaged(path: Path) -> WerkdrukError:
    return WerkdrukError(translate(
        "Storage",
        "{file} is beschadigd en kan niet worden geopend. "
        "Gebruik een reservekopie of vraag hulp; het bestand is niet gewijzigd.",
    ).format(file=path.name))


def in_use(path: Path) -> WerkdrukError:
    return WerkdrukError(translate(
        "Storage", "{file} is in gebruik door een ander programma; probeer het zo opnieuw. "
        "Het bestand is niet gewijzigd.").format(file=path.name))


def not_opened(error: sqlite3.DatabaseError, path: Path) -> WerkdrukError:
    """The message for an SQLite error while opening or reading `path`."""
    return in_use(path) if is_busy(error) else damaged(path)


def _expected_layout() -> dict[str, frozenset[str]]:
    return _layout_of(migrations.known_names())


@functools.cache  # per list of steps: a test may add one for a while
def _layout_of(_steps: tuple[str, ...]) -> dict[str, frozenset[str]]:
    return migrations.expected_layout()


def layout_complete(conn: sqlite3.Connection, path: Path) -> None:
    """A file whose tables miss a column (edited with another program) is damaged."""
    found: dict[str, set[str]] = {}
    for table, column in migrations.columns_of(conn):
        found.setdefault(table, set()).add(column)
    for name, columns in _expected_layout().items():
        if not columns <= found.get(name, set()):
            raise damaged(path)


def looks_like_sqlite(path: Path) -> None:
    if not path.exists():
        raise WerkdrukError(
            translate("Storage", "Het bestand {file} bestaat niet.").format(file=path)
        )
    if path.is_dir():
        raise WerkdrukError(
            translate("Storage", "{file} is een map, geen WerkdrukDesk-bestand.").format(file=path)
        )
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise WerkdrukError(
            translate("Storage", "{file} kan niet worden gelezen ({reason}).")
            .format(file=path.name, reason=error.strerror)
        ) from None
    if header != SQLITE_HEADER:
        raise WerkdrukError(
            translate(
                "Storage",
                "{file} is geen WerkdrukDesk-bestand (of het is leeg of beschadigd). "
                "Het bestand is niet gewijzigd.",
            ).format(file=path.name)
        )


class IntegrityCheck:
    """SQLite's quick check of every page of a file, run in a thread on a read-only
    connection of its own, so that it reads the file while the records are loaded (SQLite
    does the work outside Python's lock), followed by working out the layout a file must have
    (`layout_complete`). `passed()` waits for the verdict: nothing may write to the file
    before it returned."""

    def __init__(self, path: Path):
        self._verdict: str | None = None
        self._error: sqlite3.Error | None = None
        self._thread = threading.Thread(target=self._run, args=(path,), daemon=True,
                                        name="quick check")
        self._thread.start()

    def _run(self, path: Path) -> None:
        try:
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
            try:
                self._verdict = _quick_check(conn)
            finally:
                conn.close()
        except sqlite3.Error as error:  # handed to whoever waits for the verdict
            self._error = error
        try:
            _expected_layout()  # worked out here too, beside the loading (SQLite's work)
        except Exception:  # noqa: BLE001 - worked out again, and raised, where it is used
            pass

    def join(self) -> None:
        """Wait until the check is over, whatever its verdict (before the file is closed)."""
        self._thread.join()

    def passed(self) -> None:
        """Wait for the verdict; raises `sqlite3.DatabaseError` (or the error that kept the
        check from reading, a busy file say) unless the file is whole."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        if self._verdict != "ok":
            raise sqlite3.DatabaseError(self._verdict)


def _quick_check(conn: sqlite3.Connection) -> str:
    return conn.execute("PRAGMA quick_check").fetchone()[0]


def is_ours(conn: sqlite3.Connection, path: Path,
            integrity: IntegrityCheck | None = None) -> None:
    """A WerkdrukDesk file, whole: checked here, or by `integrity` running beside (whose
    verdict is then waited for only when the file turns out to be another program's, so that
    a damaged file is called damaged, as without it)."""
    application_id = conn.execute("PRAGMA application_id").fetchone()[0]
    if integrity is None:
        verdict = _quick_check(conn)
        if verdict != "ok":
            raise sqlite3.DatabaseError(verdict)
    if application_id != migrations.APPLICATION_ID:
        if integrity is not None:
            integrity.passed()
        raise WerkdrukError(
            translate(
                "Storage",
                "{file} is een database van een ander programma, geen WerkdrukDesk-bestand. "
                "Het bestand is niet gewijzigd.",
            ).format(file=path.name)
        )


def not_newer(conn: sqlite3.Connection, path: Path) -> None:
    unknown = set(migrations.applied_names(conn)) - set(migrations.known_names())
    if unknown:
        raise WerkdrukError(
            translate(
                "Storage",
                "{file} is gemaakt met een nieuwere versie van WerkdrukDesk. "
                "Installeer de nieuwste versie om het te openen; het bestand is niet gewijzigd.",
            ).format(file=path.name)
        )
