"""Until when a verdict of "Klaar voor de inspectie?" holds without judging the file again.

The checks look at the day in two ways only: they compare `today` with a date in the file (a
term passed, a session or evaluation dated later, an arrangement set in the future), or they
measure a span from such a date (`base.DATE_SPANS`: the age of the RI&E, the length of a
cycle). So with the file unchanged, a verdict can only turn on a day where one of those
comparisons turns: a date of the file plus a span, or the day after it. Between two such days
every check gives the same answer on every day. So judging the file once on each of those
days after the day judged, in order, shows exactly how long the counts stay what they are:
until the first day they differ. That is what lets the portfolio show counts the program wrote
into the file earlier (`storage.portfolio.summary`) without judging the file again; the
scenario tests walk every day of that stretch to hold it to its word.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date, datetime, timedelta

from werkdrukdesk.core import model as m
from werkdrukdesk.core.readiness.base import DATE_SPANS
from werkdrukdesk.core.readiness.chain import open_checks, readiness

_ONE_DAY = timedelta(days=1)
# Days on which a verdict may turn that are judged at most, ahead of the day judged: each
# costs one judging (a few milliseconds); the stretch simply ends before the first not judged.
LOOK_AHEAD = 24


def counts(org: m.Organisation, cycle: m.Cycle, today: date) -> tuple[int, int]:
    """How many checks "Klaar voor de inspectie?" has for `cycle` on `today`, and how many of
    them are open: what the portfolio shows of it."""
    found = readiness(org, cycle, today)
    return len(found), len(open_checks(found))


def holds_until(org: m.Organisation, cycle: m.Cycle, judged_on: date,
                look_ahead: int = LOOK_AHEAD) -> date:
    """The last day through which `counts(org, cycle, day)` is what it is on `judged_on`, as
    long as `org` does not change; `date.max` when no date of the file can turn it any more."""
    judged = counts(org, cycle, judged_on)
    for number, turn in enumerate(sorted(t for t in turning_days(org) if t > judged_on)):
        if number == look_ahead or counts(org, cycle, turn) != judged:
            return turn - _ONE_DAY
    return date.max


def turning_days(org: m.Organisation) -> set[date]:
    """Every day on which a verdict about `org` might turn: each date of the file plus each
    span a check measures, and the day after (`<` turns a day later than `<=`)."""
    turns = set()
    for day in set(_dates(org)):
        for span in DATE_SPANS:
            for extra in (timedelta(0), _ONE_DAY):
                try:
                    turns.add(day + span + extra)
                except OverflowError:  # beyond the calendar: never turns
                    pass
    return turns


def _dates(value: object) -> Iterator[date]:
    """Every date anywhere in a record and the records it holds (a time counts by its day)."""
    if isinstance(value, datetime):
        yield value.date()
    elif isinstance(value, date):
        yield value
    elif value is m.NOT_LOADED:  # answers not read: ratings, never a date
        return
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for name in _field_names(type(value)):
            yield from _dates(getattr(value, name))
    elif isinstance(value, (list, tuple, set, frozenset)):
        for item in value:
            yield from _dates(item)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _dates(key)
            yield from _dates(item)


_FIELDS: dict[type, tuple[str, ...]] = {}


def _field_names(cls: type) -> tuple[str, ...]:
    names = _FIELDS.get(cls)
    if names is None:
        names = _FIELDS[cls] = tuple(f.name for f in dataclasses.fields(cls))
    return names
