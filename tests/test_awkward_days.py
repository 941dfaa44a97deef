"""Everything that depends on the date, on days that break naive date code.

Both sample organisations are built on each day and everything that looks at the day runs on it:
the inspection checks, the plan checks, overdue and "within 30 days", cycle dates, every report
and the calendar export. What must hold on any day is asserted; nothing here reads the machine's
clock, so the module gives the same answers whatever day the suite runs.
"""

from __future__ import annotations

import copy
import re
from collections import Counter
from datetime import date, datetime, timedelta

import pytest

from tests.reports.conftest import read_pdf
from werkdrukdesk.core import model as m
from werkdrukdesk.core.cycles import current_cycle, due_soon, next_cycle, overdue_measures
from werkdrukdesk.core.plan.export import export_plan
from werkdrukdesk.core.psa.scope import set_scope
from werkdrukdesk.core.readiness.chain import readiness
from werkdrukdesk.core.readiness.plan_review import plan_review
from werkdrukdesk.demo.build import build_demo
from werkdrukdesk.reports.registry import KINDS, builder

AWKWARD_DAYS = {
    "leap day": date(2028, 2, 29),
    "new year's eve": date(2026, 12, 31),
    "new year's day": date(2027, 1, 1),
    "summer time starts (NL)": date(2027, 3, 28),
    "summer time ends (NL)": date(2027, 10, 31),
    "five years ahead": date(2031, 11, 28),
}
SIZES = ("small", "large")
# The open points each demo's current cycle is built to show, the same on every day.
OPEN_POINTS = {"small": {"carried_out", "next_cycle", "process"},
               "large": {"carried_out", "evaluated", "next_cycle"}}


@pytest.fixture(scope="module", params=list(AWKWARD_DAYS.values()), ids=list(AWKWARD_DAYS))
def day(request) -> date:
    return request.param


@pytest.fixture(scope="module")
def demos(day) -> dict[str, m.Organisation]:
    return {size: build_demo(size, today=day) for size in SIZES}


@pytest.mark.parametrize("size", SIZES)
def test_finished_cycles_stay_ready_and_the_open_one_is_current(demos, day, size):
    org = demos[size]
    current = current_cycle(org)
    assert current.start_date <= day <= current.end_date and not current.closed
    for cycle in org.cycles:
        if cycle.closed:
            assert cycle.end_date < day
            assert [c.action for c in readiness(org, cycle, day) if not c.ok] == []
    assert {c.key for c in readiness(org, current, day) if not c.ok} == OPEN_POINTS[size]


@pytest.mark.parametrize("size", SIZES)
def test_overdue_and_due_soon_are_what_the_demo_was_built_to_show(demos, day, size):
    current = current_cycle(demos[size])
    late = overdue_measures(current, day)
    assert 1 <= len(late) <= 2 and all(x.deadline < day for x in late)
    soon = due_soon(current, day)
    assert all(day <= x.deadline <= day + timedelta(days=30) for x in soon)
    statuses = Counter(x.status for x in current.measures)
    assert statuses[m.MeasureStatus.DONE] and statuses[m.MeasureStatus.IN_PROGRESS]


@pytest.mark.parametrize("size", SIZES)
def test_nothing_is_dated_after_the_day_it_was_built_on(demos, day, size):
    for cycle in demos[size].cycles:
        happened = [s.held_on for s in cycle.sessions] + [x.held_on for x in cycle.measurements]
        happened += [x.completed_on for x in cycle.measures if x.completed_on]
        assert all(d is not None and d < day for d in happened)


@pytest.mark.parametrize("size", SIZES)
def test_plan_checks_run_and_the_next_cycle_starts_on_the_day(demos, day, size):
    org = demos[size]
    current = current_cycle(org)
    assert plan_review(org, current, day)
    following = next_cycle(current, day)
    assert following.start_date == day and str(day.year) in following.title


@pytest.mark.parametrize("kind", KINDS)
def test_every_report_builds_and_numbers_its_pages(demos, day, kind):
    org = demos["small"]
    if kind == "poster":  # the sheet for the wall belongs to the whole PSA policy
        org = copy.deepcopy(org)
        set_scope(org, m.PsaScope.WHOLE)
    pdf = read_pdf(builder(kind)(org, current_cycle(org), printed_on=day))
    total = len(pdf.pages)
    printed = day.strftime("%d-%m-%Y")
    for number, page in enumerate(pdf.pages, start=1):
        assert re.search(rf"pagina\s+{number}\s+van\s+{total}", page), (kind, number)
        assert printed in page


def test_the_calendar_has_one_event_per_deadline_on_the_day(demos, day):
    org = demos["large"]
    cycle = current_cycle(org)
    moment = datetime.combine(day, datetime.min.time()).replace(hour=2, minute=30)
    calendar = export_plan(org, cycle, ".ics", moment, "demo.werkdruk").decode("utf-8")
    with_deadline = [x for x in cycle.measures if x.deadline is not None]
    assert calendar.count("BEGIN:VEVENT") == len(with_deadline)
    stamps = set(re.findall(r"DTSTAMP:(\d{8})T", calendar))
    assert len(stamps) == 1 and stamps.pop() in {
        (day - timedelta(days=1)).strftime("%Y%m%d"), day.strftime("%Y%m%d")}
