"""Dates as the user reads and types them: dd-mm-jjjj."""

from __future__ import annotations

import re
from datetime import date

from werkdrukdesk.core.errors import WerkdrukError
from werkdrukdesk.core.i18n import translate

_DUTCH = re.compile(r"^\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\s*$")


def format_date(value: date | None) -> str:
    return value.strftime("%d-%m-%Y") if value else ""


def parse_date(text: str) -> date | None:
    """'' -> None; '3-7-2026', '03/07/2026', '03.07.2026' and '2026-07-03' -> a date."""
    text = text.strip()
    if not text:
        return None
    match = _DUTCH.match(text)
    try:
        if match:
            day, month, year = (int(g) for g in match.groups())
            return date(year, month, day)
        return date.fromisoformat(text)
    except ValueError:
        pass
    raise WerkdrukError(translate(
        "Dates", "'{text}' is geen geldige datum; schrijf de datum als dd-mm-jjjj.").format(
            text=text))
