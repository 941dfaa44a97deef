"""One truth about progress: a step is complete only when the inspector's checks done in that
step hold, and what is missing is named in a few words."""

from dataclasses import replace

import pytest

from tests.core.readiness_org import TODAY, ready_org
from werkdrukdesk.core import model as m
from werkdrukdesk.core.readiness.chain import open_checks, readiness
from werkdrukdesk.core.readiness.step_progress import step_progress
from werkdrukdesk.demo.build import build_demo

STEPS = ("organisation", "inventory", "balance", "plan", "sessions", "evaluation")


def bakery() -> m.Organisation:
    """The bakery of the first hour: a name, 18 staff in three teams, nothing else yet."""
    teams = [m.Team("Bakkerij", 8, id=1), m.Team("Winkel", 7, id=2), m.Team("Bezorging", 3, id=3)]
    return m.Organisation(m.Profile("Bakkerij De Korenschoof", headcount=18),
                          cycles=[m.Cycle(number=1, title="Cyclus 1", teams=teams, id=1)])


def decided(org: m.Organisation) -> m.Organisation:
    cycle = org.cycles[0]
    cycle.balances = [m.TeamBalance(t.id, m.Verdict.IN_BALANCE) for t in cycle.teams]
    return org


def whole_bakery() -> m.Organisation:
    """The bakery of the first hour, covering the whole PSA policy: nothing of it done yet."""
    org = bakery()
    org.profile.psa_scope = m.PsaScope.WHOLE
    return org


def whole_with_gaps() -> m.Organisation:
    """The ready whole-PSA file with a gap in each step where a strand check is done."""
    from tests.core.test_readiness_strands import INTERNAL, whole_org

    org = decided(whole_org())
    org.psa_policy.house_rules.where_shown = ""
    org.cycles[0].ratings = [r for r in org.cycles[0].ratings if r.source_id != INTERNAL]
    org.cycles[0].sessions[0].topics.remove(m.Topic.CODE_OF_CONDUCT)
    return org


@pytest.mark.parametrize("org", [bakery(), decided(ready_org()),
                                 build_demo("small", today=TODAY),
                                 build_demo("large", today=TODAY),
                                 whole_bakery(), whole_with_gaps()],
                         ids=["bakery", "ready", "small", "large", "whole_bakery", "whole_gaps"])
def test_a_step_is_complete_only_when_its_checks_hold(org):
    cycle = max(org.cycles, key=lambda c: c.number)
    progress = step_progress(org, cycle, TODAY)
    gaps = open_checks(readiness(org, cycle, TODAY))
    for step in STEPS:
        open_here = [c for c in gaps if c.step == step]
        if open_here:
            assert not progress[step].complete and progress[step].percent < 100, step
            assert all(c.need in progress[step].missing for c in open_here), step
    assert progress["overview"].complete == (not gaps and all(
        progress[s].complete for s in STEPS))


def test_a_ready_organisation_is_complete_everywhere():
    from tests.core.test_readiness_strands import whole_org

    for org in (decided(ready_org()), decided(whole_org())):
        progress = step_progress(org, org.cycles[0], TODAY)
        assert all(p.complete and p.percent == 100 and p.missing == []
                   for p in progress.values())


def test_the_strands_hold_their_steps_back_and_say_what_they_need():
    org = whole_with_gaps()
    progress = step_progress(org, org.cycles[0], TODAY)
    assert "huisregels" in progress["organisation"].missing
    assert "ongewenst gedrag en agressie per team beoordeeld en onderbouwd" in \
        progress["inventory"].missing
    assert "voorlichting over ongewenst gedrag en agressie" in progress["sessions"].missing
    assert not any(progress[s].complete for s in ("organisation", "inventory", "sessions"))
    assert progress["balance"].complete and progress["evaluation"].complete


def test_the_missing_health_service_is_named_and_holds_the_step_back():
    org = decided(ready_org())
    org.profile = replace(org.profile, occupational_health_service="", company_doctor="")
    progress = step_progress(org, org.cycles[0], TODAY)["organisation"]
    assert progress.missing == ["arbodienst of bedrijfsarts"]
    assert 80 <= progress.percent < 100 and not progress.complete


def test_the_bakery_is_told_what_the_organisation_step_still_needs():
    org = bakery()
    progress = step_progress(org, org.cycles[0], TODAY)
    assert progress["organisation"].missing == [
        "OR, PVT of personeelsvergadering", "RI&E met datum, instrument en de plek van werkdruk",
        "preventiemedewerker en hoe die bereikbaar is", "arbodienst of bedrijfsarts",
        "toetsing van de RI&E of reden van vrijstelling"]
    # Nothing rated yet: the plan's checks that wait for the inventory count there.
    assert progress["inventory"].missing[0] == "elke bron per team beoordeeld en onderbouwd"
    assert all(0 <= p.percent < 100 for p in progress.values())


def test_without_teams_the_organisation_step_asks_for_teams_once():
    org = bakery()
    org.cycles[0].teams = []
    progress = step_progress(org, org.cycles[0], TODAY)
    assert progress["organisation"].missing.count("teams of afdelingen") == 1
    assert not progress["balance"].complete


def test_partial_work_earns_partial_credit():
    org = decided(ready_org())
    cycle = org.cycles[0]
    cycle.ratings = cycle.ratings[:4]  # half the cells rated
    inventory = step_progress(org, cycle, TODAY)["inventory"]
    assert not inventory.complete and 0 < inventory.percent < 100
    part = next(p for p in inventory.parts if p.check == "causes")
    assert (part.done, part.total) == (4, 8)


def test_any_work_done_shows_as_at_least_one_percent_and_never_a_hundred_early():
    from werkdrukdesk.core.readiness.progress import Part, StepProgress

    assert StepProgress((Part("cells", 1, 200),)).percent == 1
    assert StepProgress((Part("cells", 0, 200),)).percent == 0
    assert StepProgress((Part("cells", 199, 200), Part("study", 1))).percent == 99
