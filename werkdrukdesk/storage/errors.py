"""SQLite's errors, told in plain Dutch with what to do.

Errors are told apart by SQLite's own result code (`sqlite3.Error.sqlite_errorname`, e.g.
SQLITE_FULL or the extended SQLITE_IOERR_WRITE), never by words in the message, which SQLite
may change.
"""

from __future__ import annotations

import sqlite3

from werkdrukdesk.core.i18n import QT_TRANSLATE_NOOP, translate

_BUSY = QT_TRANSLATE_NOOP("Storage", "het bestand is even bezet door een ander programma; "
                                     "probeer het zo opnieuw")
_EXPLAINED = {
    "SQLITE_FULL": QT_TRANSLATE_NOOP(
        "Storage", "de schijf is vol; maak ruimte vrij en probeer het opnieuw"),
    "SQLITE_READONLY": QT_TRANSLATE_NOOP(
        "Storage", "het bestand is schrijfbeveiligd of staat op een plek waar u niet mag "
                   "schrijven"),
    "SQLITE_LOCKED": _BUSY,
    "SQLITE_BUSY": _BUSY,
    "SQLITE_IOERR": QT_TRANSLATE_NOOP(
        "Storage", "de schijf of het netwerk gaf een leesfout; controleer de verbinding"),
    "SQLITE_CORRUPT": QT_TRANSLATE_NOOP(
        "Storage", "het bestand is beschadigd; zet een reservekopie terug"),
}


def primary_code(error: BaseException) -> str:
    """'SQLITE_IOERR' for SQLITE_IOERR_WRITE; '' for an error that did not come from SQLite."""
    name = getattr(error, "sqlite_errorname", None) or ""
    return "_".join(name.split("_")[:2])


def is_busy(error: BaseException) -> bool:
    """Another connection holds the file locked (for a moment, or as long as it is open)."""
    return primary_code(error) in ("SQLITE_BUSY", "SQLITE_LOCKED")


def explain(error: sqlite3.Error) -> str:
    meaning = _EXPLAINED.get(primary_code(error))
    if meaning is not None:
        return translate("Storage", meaning)
    return translate("Storage", "onbekende fout van de database: {error}").format(error=error)
