"""Dates as people read and type them.

Shown as dd-mm-jjjj. Read the way people write them: `1-3-2027`, `01/03/27`, `1.3`, `1 maart
2027`, `1 mrt`, `March 1 2027`, `2027-03-01`, `vandaag`, `morgen`, `gisteren` (and their English
words), in Dutch or English whatever the program's language. A date without a year is in the
year of `today`; a two-digit year is in the century that puts it nearest to `today`. A date that
cannot exist gets a message that names the problem ("februari 2024 heeft 29 dagen").
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from werkdrukdesk.core.errors import WerkdrukError
from werkdrukdesk.core.i18n import QT_TRANSLATE_NOOP, translate

MONTH_NAMES = (  # shown in messages, in the current language
    QT_TRANSLATE_NOOP("Dates", "januari"), QT_TRANSLATE_NOOP("Dates", "februari"),
    QT_TRANSLATE_NOOP("Dates", "maart"), QT_TRANSLATE_NOOP("Dates", "april"),
    QT_TRANSLATE_NOOP("Dates", "mei"), QT_TRANSLATE_NOOP("Dates", "juni"),
    QT_TRANSLATE_NOOP("Dates", "juli"), QT_TRANSLATE_NOOP("Dates", "augustus"),
    QT_TRANSLATE_NOOP("Dates", "september"), QT_TRANSLATE_NOOP("Dates", "oktober"),
    QT_TRANSLATE_NOOP("Dates", "november"), QT_TRANSLATE_NOOP("Dates", "december"),
)
# Every spelling read as a month: Dutch and English, full and short (with or without a dot).
_MONTH_WORDS = {
    1: ("januari", "jan", "january"), 2: ("februari", "feb", "febr", "february"),
    3: ("maart", "mrt", "mar", "march"), 4: ("april", "apr"), 5: ("mei", "may"),
    6: ("juni", "jun", "june"), 7: ("juli", "jul", "july"), 8: ("augustus", "aug", "august"),
    9: ("september", "sep", "sept"), 10: ("oktober", "okt", "oct", "october"),
    11: ("november", "nov"), 12: ("december", "dec"),
}
MONTHS = {word: number for number, words in _MONTH_WORDS.items() for word in words}
RELATIVE_DAYS = {"vandaag": 0, "today": 0, "morgen": 1, "tomorrow": 1, "gisteren": -1,
                 "yesterday": -1, "overmorgen": 2, "eergisteren": -2}
EARLIEST_YEAR, LATEST_YEAR = 1900, 2200  # outside these a year is a typing mistake

_NUMBERS = re.compile(r"^(\d{1,2})\s*[-/.\s]\s*(\d{1,2})(?:\s*[-/.\s]\s*(\d{2}|\d{4}))?\.?$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_COMPACT = re.compile(r"^(\d{2})(\d{2})(\d{4})$")  # 01032027
_DAY_MONTH = re.compile(
    r"^(\d{1,2})(?:e|ste|de)?\s*[-\s.]?\s*([a-z]+)\.?(?:\s*[-\s,]\s*(\d{2}|\d{4}))?$")
_MONTH_DAY = re.compile(r"^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:\s*,?\s+(\d{4}))?$")


def format_date(value: date | None) -> str:
    return value.strftime("%d-%m-%Y") if value else ""


def month_name(month: int) -> str:
    return translate("Dates", MONTH_NAMES[month - 1])


def parse_date(text: str, today: date) -> date | None:
    """'' -> None; anything in the module's list -> a date; otherwise a WerkdrukError that says
    what is wrong."""
    cleaned = " ".join(text.strip().lower().split())
    if not cleaned:
        return None
    if cleaned in RELATIVE_DAYS:
        return today + timedelta(days=RELATIVE_DAYS[cleaned])
    parts = _parts(cleaned)
    if parts is None:
        raise WerkdrukError(translate(
            "Dates", "Dit is geen datum; schrijf bijvoorbeeld 1-3-2027 of 1 maart 2027."))
    day, month, year = parts
    return _checked(day, month, _full_year(year, today))


def _parts(text: str) -> tuple[int, int, str | None] | None:
    """(day, month, year as typed or None) from the first pattern that fits."""
    if match := _ISO.match(text):
        year, month, day = match.groups()
        return int(day), int(month), year
    for pattern in (_COMPACT, _NUMBERS):
        if match := pattern.match(text):
            day, month, year = match.groups()
            return int(day), int(month), year
    if (match := _DAY_MONTH.match(text)) and match.group(2) in MONTHS:
        day, word, year = match.groups()
        return int(day), MONTHS[word], year
    if (match := _MONTH_DAY.match(text)) and match.group(1) in MONTHS:
        word, day, year = match.groups()
        return int(day), MONTHS[word], year
    return None


def _full_year(typed: str | None, today: date) -> int:
    if typed is None:
        return today.year
    year = int(typed)
    if len(typed) == 4:
        return year
    # '27' is the year ending in 27 nearest to today: 2027 in 2026, 1999 for '99'.
    candidates = (today.year // 100 * 100 + offset + year for offset in (-100, 0, 100))
    return min(candidates, key=lambda y: abs(y - today.year))


def _checked(day: int, month: int, year: int) -> date:
    """The date, or a message short enough to stand beside a field."""
    if not 1 <= month <= 12:
        raise WerkdrukError(translate(
            "Dates", "Er is geen maand {month}; een jaar heeft 12 maanden.").format(month=month))
    if not EARLIEST_YEAR <= year <= LATEST_YEAR:
        raise WerkdrukError(translate(
            "Dates", "Het jaar {year} klopt vast niet; schrijf het voluit, bijvoorbeeld "
            "2027.").format(year=year))
    days = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days:
        raise WerkdrukError(translate(
            "Dates", "Die dag bestaat niet: {month} {year} heeft {days} dagen.").format(
                month=month_name(month), year=year, days=days))
    return date(year, month, day)


def add_months(day: date, months: int) -> date:
    """The same day `months` later; a day the month lacks becomes its last (31 Jan + 1 month
    is 28 or 29 Feb, 29 Feb + 12 months is 28 Feb)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))
