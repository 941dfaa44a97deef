"""How long a verdict of "Klaar voor de inspectie?" holds with the file unchanged
(`validity.holds_until`), held to its word on every scenario: on every day of the stretch it
names, judging in full gives the same counts, and the stretch ends where they turn."""

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.pinned import PINNED_DAY
from tests.scenarios.build import load, organisation
from tests.scenarios.test_scenarios import SCENARIOS
from werkdrukdesk.core import model as m
from werkdrukdesk.core.readiness.base import RIE_MAX_AGE
from werkdrukdesk.core.readiness.validity import counts, holds_until, turning_days
from werkdrukdesk.demo.build import build_demo

ONE_DAY = timedelta(days=1)
WALKED = 120  # days walked at most from the day judged (the stretch is seldom longer)


def _walk(org: m.Organisation, cycle: m.Cycle, judged_on: date) -> date:
    """Every day from `judged_on` through the stretch gives the same counts; the day after
    differs, or is a day the verdict could turn that was not judged ahead."""
    until = holds_until(org, cycle, judged_on)
    judged = counts(org, cycle, judged_on)
    day = judged_on
    while day <= min(until, judged_on + timedelta(days=WALKED)):
        assert counts(org, cycle, day) == judged, (judged_on, day, until)
        day += ONE_DAY
    if until < date.max and until - judged_on <= timedelta(days=WALKED):
        after = until + ONE_DAY
        assert counts(org, cycle, after) != judged or after in turning_days(org)
    return until


@pytest.mark.parametrize("name", SCENARIOS)
def test_every_day_of_the_stretch_gives_the_same_counts(name):
    org = organisation(load(name))
    for shift in (0, 45, 400, 1100):
        _walk(org, org.cycles[0], PINNED_DAY + timedelta(days=shift))


@pytest.mark.parametrize("size", ["small", "large"])
def test_the_samples_hold_for_weeks_and_to_the_day(size):
    org = build_demo(size, today=PINNED_DAY)
    cycle = org.cycles[-1]
    until = _walk(org, cycle, PINNED_DAY)
    assert until - PINNED_DAY >= timedelta(days=7)  # a summary that is worth writing


@given(name=st.sampled_from(SCENARIOS),
       judged_on=st.dates(min_value=date(2020, 1, 1), max_value=date(2032, 12, 31)))
def test_any_day_judged_gives_a_stretch_that_holds(name, judged_on):
    org = organisation(load(name))
    _walk(org, org.cycles[0], judged_on)


def test_an_ageing_rie_ends_the_stretch_the_day_before_it_turns():
    org = organisation(load("_small_firm"))
    cycle = org.cycles[0]
    since = org.profile.rie_werkdruk_date or org.profile.rie_date
    assert since is not None
    turns = since + RIE_MAX_AGE + ONE_DAY  # the first day the RI&E counts as too old
    judged_on = turns - timedelta(days=10)
    assert counts(org, cycle, turns) != counts(org, cycle, judged_on)
    assert holds_until(org, cycle, judged_on) <= turns - ONE_DAY
    assert _walk(org, cycle, judged_on) < turns


def test_a_term_that_passes_ends_the_stretch():
    org = organisation(load("_small_firm"))
    cycle = org.cycles[0]
    term = min(x.deadline for x in cycle.measures if x.is_open and x.deadline)
    judged_on = term - timedelta(days=5)
    assert counts(org, cycle, term + ONE_DAY) != counts(org, cycle, judged_on)
    assert _walk(org, cycle, judged_on) == term  # late from the day after its term
