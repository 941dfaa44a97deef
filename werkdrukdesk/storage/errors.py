"""SQLite's own error texts, told in plain Dutch with what to do."""

from __future__ import annotations

import sqlite3

from werkdrukdesk.core.i18n import QT_TRANSLATE_NOOP, translate

_EXPLAINED = (
    ("disk is full",
     QT_TRANSLATE_NOOP("Storage", "de schijf is vol; maak ruimte vrij en probeer het opnieuw")),
    ("readonly",
     QT_TRANSLATE_NOOP("Storage", "het bestand is schrijfbeveiligd of staat op een plek waar u "
                                  "niet mag schrijven")),
    ("locked",
     QT_TRANSLATE_NOOP("Storage", "het bestand is even bezet door een ander programma; probeer "
                                  "het zo opnieuw")),
    ("busy",
     QT_TRANSLATE_NOOP("Storage", "het bestand is even bezet door een ander programma; probeer "
                                  "het zo opnieuw")),
    ("disk i/o error",
     QT_TRANSLATE_NOOP("Storage", "de schijf of het netwerk gaf een leesfout; controleer de "
                                  "verbinding")),
    ("malformed",
     QT_TRANSLATE_NOOP("Storage", "het bestand is beschadigd; zet een reservekopie terug")),
)


def explain(error: sqlite3.Error) -> str:
    text = str(error).lower()
    for fragment, meaning in _EXPLAINED:
        if fragment in text:
            return translate("Storage", meaning)
    return translate("Storage", "onbekende fout van de database: {error}").format(error=error)
