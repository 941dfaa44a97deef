"""Numbers in the language of the report: a decimal comma in Dutch ('3,25', '6.480'), a decimal
point in English ('3.25', '6,480'). Dates keep one form in every language (`core.dates`)."""

from __future__ import annotations

from werkdrukdesk.core import i18n
from werkdrukdesk.core.survey import format_number

DECIMAL_COMMA = frozenset({"nl"})  # languages that write 3,25; the others write 3.25


def _comma() -> bool:
    return i18n.current() in DECIMAL_COMMA


def _swap_marks(text: str) -> str:
    """'6,480.5' <-> '6.480,5'."""
    return text.translate(str.maketrans({",": ".", ".": ","}))


def decimal(value: float | None, decimals: int = 2) -> str:
    """`core.survey.format_number` in the current language: '3,25' or '3.25'; '-' for None.
    (That has no thousands separators, so its one mark is the decimal one, whichever it is.)"""
    text = format_number(value, decimals)
    return text.replace(".", ",") if _comma() else text.replace(",", ".")


def grouped(value: float) -> str:
    """Thousands marked, one decimal only when there is one: 486 -> '486', 6480 -> '6.480'
    (English '6,480'), 37.5 -> '37,5' (English '37.5')."""
    text = f"{value:,.1f}" if value % 1 else f"{value:,.0f}"
    return _swap_marks(text) if _comma() else text


def as_typed(value: float) -> str:
    """No digits added or lost: 3.0 -> '3', 3.25 -> '3,25' (English '3.25')."""
    text = f"{value:g}"
    return text.replace(".", ",") if _comma() else text
