"""The program's one clock: the only module that asks the system for the date and time.

Everything else receives `today` (or `now`) from its caller: the window, the command line and the
reports take it from here, and `core` takes it as a required argument. `tests/test_one_clock.py`
fails when another module reads the system clock.

The clock can be pinned to a moment, after which it runs on from there at the normal pace (so
times still increase). Tests pin it with `pin()`; a child process (the command line started by a
test, the smoke test of a built bundle) is pinned with the environment variable
`WERKDRUKDESK_NOW`, an ISO date or date and time such as `2026-05-12` or `2026-05-12T23:59:30`.
"""

from __future__ import annotations

import os
import time
from datetime import date, datetime, timedelta

PIN_VARIABLE = "WERKDRUKDESK_NOW"

_pinned: tuple[datetime, float] | None = None  # (moment pinned, monotonic time when pinned)


def now() -> datetime:
    """The local date and time, as a naive datetime."""
    pinned = _pinned or _pinned_by_environment()
    if pinned is None:
        return datetime.now()
    moment, since = pinned
    return moment + timedelta(seconds=time.monotonic() - since)


def today() -> date:
    return now().date()


def pin(moment: datetime | date) -> None:
    """From now on the clock reads `moment` (a date means 10:00 that day) and runs on from there."""
    global _pinned
    if not isinstance(moment, datetime):
        moment = datetime(moment.year, moment.month, moment.day, 10, 0)
    _pinned = (moment, time.monotonic())


def unpin() -> None:
    global _pinned
    _pinned = None


def _pinned_by_environment() -> tuple[datetime, float] | None:
    """Pin once from WERKDRUKDESK_NOW if it is set; a value that is not a date is ignored."""
    text = os.environ.get(PIN_VARIABLE, "").strip()
    if not text:
        return None
    try:
        with_time = "T" in text or " " in text
        pin(datetime.fromisoformat(text) if with_time else date.fromisoformat(text))
    except ValueError:
        return None
    return _pinned
