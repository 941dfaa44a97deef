"""SQLite's own error texts, told in plain Dutch with what to do."""

from __future__ import annotations

import sqlite3

_EXPLAINED = (
    ("disk is full", "de schijf is vol; maak ruimte vrij en probeer het opnieuw"),
    ("readonly", "het bestand is schrijfbeveiligd of staat op een plek waar u niet mag schrijven"),
    ("locked", "het bestand is even bezet door een ander programma; probeer het zo opnieuw"),
    ("busy", "het bestand is even bezet door een ander programma; probeer het zo opnieuw"),
    ("disk i/o error", "de schijf of het netwerk gaf een leesfout; controleer de verbinding"),
    ("malformed", "het bestand is beschadigd; zet een reservekopie terug"),
)


def explain(error: sqlite3.Error) -> str:
    text = str(error).lower()
    for fragment, meaning in _EXPLAINED:
        if fragment in text:
            return meaning
    return f"onbekende fout van de database: {error}"
