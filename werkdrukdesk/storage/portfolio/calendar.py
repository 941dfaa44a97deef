"""Every client's open terms in one iCalendar file, the organisation named in each event."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

from werkdrukdesk.core.i18n import translate
from werkdrukdesk.core.plan.export import calendar, events
from werkdrukdesk.storage.portfolio.listing import PortfolioRow


def deadlines_calendar(rows: Sequence[PortfolioRow], now: datetime) -> bytes:
    """One all-day event per open measure with a term, of every readable file in `rows`.

    Each event's UID is made as in a single plan's calendar (the file's name and the measure),
    so importing this calendar after a plan's own updates the same events."""
    lines: list[str] = []
    for row in rows:
        if row.deadlines is None:  # a programming error, never a user's: say so loudly
            raise ValueError(f"{row.path} was listed without its deadlines")
        named = [replace(plan_row, title=translate("Portfolio", "{organisation}: {measure}")
                         .format(organisation=row.organisation or row.path.stem,
                                 measure=plan_row.title))
                 for plan_row in row.deadlines]
        lines += events(named, row.path.name, now)
    return calendar(translate("Portfolio", "Termijnen van alle klanten (werkdruk)"), lines)


def deadline_count(rows: Sequence[PortfolioRow]) -> int:
    return sum(len(row.deadlines or ()) for row in rows)
