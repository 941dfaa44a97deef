"""Numbers in the language of the report: a decimal comma in Dutch ('3,25', '6.480'), a decimal
point in English ('3.25', '6,480'). Dates keep one form in every language (`core.dates`); plain
decimals come from `core.survey.scoring.format_number`, as in the windows."""

from __future__ import annotations

from werkdrukdesk.core.i18n import decimal_comma


def _swap_marks(text: str) -> str:
    """'6,480.5' <-> '6.480,5'."""
    return text.translate(str.maketrans({",": ".", ".": ","}))


def grouped(value: float) -> str:
    """Thousands marked, one decimal only when there is one: 486 -> '486', 6480 -> '6.480'
    (English '6,480'), 37.5 -> '37,5' (English '37.5')."""
    text = f"{value:,.1f}" if value % 1 else f"{value:,.0f}"
    return _swap_marks(text) if decimal_comma() else text


def as_typed(value: float) -> str:
    """No digits added or lost: 3.0 -> '3', 3.25 -> '3,25' (English '3.25')."""
    text = f"{value:g}"
    return text.replace(".", ",") if decimal_comma() else text
