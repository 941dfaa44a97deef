"""The plan step's review: the plan's checks of "Klaar voor de inspectie?" with the measures
they are about and a few hints. The panel and the readiness list give one verdict per check."""

from dataclasses import replace
from datetime import date

import pytest

from werkdrukdesk.core import model as m
from werkdrukdesk.core.catalogue import builtin_sources
from werkdrukdesk.core.plan.listing import problem_teams
from werkdrukdesk.core.readiness.chain import readiness
from werkdrukdesk.core.readiness.plan_review import PLAN_CHECKS, Severity, plan_review
from werkdrukdesk.demo.build import build_demo

TODAY = date(2026, 6, 1)
LATER = date(2026, 12, 31)
COUNCIL = m.ParticipationBody.WORKS_COUNCIL


def _org(body=COUNCIL) -> tuple[m.Organisation, m.Cycle, dict[str, int]]:
    """Three teams, every source rated fine everywhere: the inventory is done."""
    sources = builtin_sources()
    for n, source in enumerate(sources, start=1):
        source.id = n
    ids = {s.catalogue_key: s.id for s in sources}
    teams = [m.Team("Keuken", id=1), m.Team("R&D <Noord>", id=2), m.Team("Zaal", id=3)]
    cycle = m.Cycle(1, teams=teams, id=1)
    cycle.ratings = [m.SourceRating(s.id, t.id, m.Rating.FINE) for s in sources for t in teams]
    org = m.Organisation(m.Profile("Bakkerij Ayşe", participation_body=body), sources=sources,
                         cycles=[cycle])
    return org, cycle, ids


def _measure(title: str, targets, level=m.Level.TEAM, **fields) -> m.Measure:
    defaults = {"responsible": "Ayşe Yılmaz", "deadline": LATER,
                "staff_involvement": "Besproken in het werkoverleg."}
    return m.Measure(title, level=level, targets=list(targets), id=len(title),
                     **{**defaults, **fields})


def _rate(cycle: m.Cycle, source_id: int, team_id: int | None,
          rating=m.Rating.PROBLEM) -> None:
    cycle.ratings = [r for r in cycle.ratings
                     if (r.source_id, r.team_id) != (source_id, team_id)]
    cycle.ratings.append(m.SourceRating(source_id, team_id, rating))


def _line(org, cycle, key, today=TODAY):
    [line] = [x for x in plan_review(org, cycle, today) if x.check_key == key and not x.detail]
    return line


def _details(org, cycle, key, today=TODAY):
    return [x for x in plan_review(org, cycle, today) if x.check_key == key and x.detail]


def _same_verdicts(org, cycle, today=TODAY) -> None:
    panel = {x.check_key: x.ok for x in plan_review(org, cycle, today)
             if x.check_key and not x.detail}
    chain = {c.key: c.ok for c in readiness(org, cycle, today) if c.key in PLAN_CHECKS}
    assert panel == chain


# -- one verdict ---------------------------------------------------------------------------


@pytest.mark.parametrize("size", ["small", "large"])
def test_the_panel_and_the_readiness_list_agree_on_every_cycle_of_both_samples(size):
    org = build_demo(size, today=TODAY)
    for cycle in org.cycles:
        _same_verdicts(org, cycle)
        _same_verdicts(org, cycle, date(2031, 1, 1))  # everything open is late by then


def test_a_check_that_fails_in_readiness_says_the_same_action_in_the_panel():
    org, cycle, ids = _org()
    _rate(cycle, ids["time_pressure"], 1)
    check = next(c for c in readiness(org, cycle, TODAY) if c.key == "covered")
    line = _line(org, cycle, "covered")
    assert not check.ok and not line.ok
    assert line.message == check.action and line.severity == Severity.PROBLEM


def test_attention_on_rest_asks_for_a_measure_in_both_places():
    """The single answer: 'aandacht nodig' on rest and recovery also asks for a measure."""
    org, cycle, ids = _org()
    _rate(cycle, ids["too_few_breaks"], 2, m.Rating.ATTENTION)
    cycle.measures.append(_measure("Training", [m.Target(ids["development"], 2)]))
    assert not _line(org, cycle, "rest").ok
    _same_verdicts(org, cycle)
    cycle.measures.append(_measure("Pauzes", [m.Target(ids["too_few_breaks"], 2)]))
    assert _line(org, cycle, "rest").ok
    _same_verdicts(org, cycle)


@pytest.mark.parametrize("given", [m.ParticipationBody.NONE,
                                   m.ParticipationBody.STAFF_REPRESENTATION])
def test_a_consent_date_without_the_own_council_is_no_consent_anywhere(given):
    """An OR is chosen and a consent date set, the consenting body left at 'none' (or another
    body): the plan step and 'Klaar voor de inspectie?' both say there is no consent yet."""
    org, cycle, ids = _org(COUNCIL)
    cycle.measures.append(_measure("Minder werk", [m.Target(ids["time_pressure"], None)]))
    cycle.approval = replace(cycle.approval, consent_body=given, consent_date=date(2026, 5, 4),
                             rie_consent_date=date(2026, 2, 1))
    assert not _line(org, cycle, "consent").ok
    _same_verdicts(org, cycle)
    cycle.approval = replace(cycle.approval, consent_body=COUNCIL)
    assert _line(org, cycle, "consent").ok
    _same_verdicts(org, cycle)


# -- a measure against every problem ---------------------------------------------------------


def test_a_problem_without_a_measure_is_named_with_where_it_is():
    org, cycle, ids = _org()
    _rate(cycle, ids["time_pressure"], 1)
    _rate(cycle, ids["time_pressure"], 3)
    _rate(cycle, ids["conflicts"], None)
    _rate(cycle, ids["clarity"], 3, m.Rating.ATTENTION)  # attention alone asks no measure
    line = _line(org, cycle, "covered")
    assert not line.ok
    assert "'Te veel werk in te weinig tijd' (Keuken en Zaal)" in line.message
    assert "'Conflicten op het werk' (de hele organisatie)" in line.message
    assert "Duidelijkheid" not in line.message


def test_an_organisation_wide_target_covers_every_team_but_not_the_other_way_round():
    org, cycle, ids = _org()
    source = ids["time_pressure"]
    for team in (1, 2, None):
        _rate(cycle, source, team)
    cycle.measures = [_measure("Bezetting", [m.Target(source, None)], m.Level.ORGANISATION)]
    assert _line(org, cycle, "covered").ok
    cycle.measures = [_measure("Per team", [m.Target(source, 1), m.Target(source, 2)])]
    line = _line(org, cycle, "covered")
    assert not line.ok and "(de hele organisatie)" in line.message


def test_a_cancelled_measure_covers_nothing():
    org, cycle, ids = _org()
    _rate(cycle, ids["time_pressure"], 1)
    cycle.measures.append(_measure("Vervallen", [m.Target(ids["time_pressure"], 1)],
                                   status=m.MeasureStatus.CANCELLED))
    assert not _line(org, cycle, "covered").ok


def test_no_problems_in_a_finished_inventory_passes_but_an_empty_one_does_not():
    org, cycle, _ids = _org()
    assert _line(org, cycle, "covered").ok
    cycle.ratings = []
    line = _line(org, cycle, "covered")
    assert not line.ok and "Breng eerst per team in kaart" in line.message


def test_problem_teams_keep_the_cycle_order():
    org, cycle, ids = _org()
    for team in (3, None, 1):
        _rate(cycle, ids["time_pressure"], team)
    assert problem_teams(cycle)[ids["time_pressure"]] == [None, 1, 3]


# -- the measures under a failed check --------------------------------------------------------


def test_each_measure_without_owner_or_deadline_is_a_line_to_open_it():
    org, cycle, _ids = _org()
    cycle.measures = [
        _measure("Compleet", []),
        _measure("Zonder eigenaar", [], responsible=" "),
        _measure("Zonder datum", [], deadline=None),
        _measure("Zonder allebei", [], responsible="", deadline=None),
    ]
    assert not _line(org, cycle, "owner_and_term").ok
    by_id = {x.measure_id: x.message for x in _details(org, cycle, "owner_and_term")}
    assert by_id == {
        len("Zonder eigenaar"): "Maatregel 'Zonder eigenaar': vul in wie verantwoordelijk is.",
        len("Zonder datum"): "Maatregel 'Zonder datum': vul in wat de uiterste datum is.",
        len("Zonder allebei"): "Maatregel 'Zonder allebei': vul in wie verantwoordelijk is en wat "
                             "de uiterste datum is.",
    }
    cycle.measures = cycle.measures[:1]
    assert _line(org, cycle, "owner_and_term").ok
    assert _details(org, cycle, "owner_and_term") == []


def test_a_late_measure_is_named_with_its_date_and_a_measure_taken_over_is_not():
    org, cycle, _ids = _org()
    late = _measure("Pauzes inroosteren", [], deadline=date(2026, 3, 1))
    done = _measure("Klaar", [], deadline=date(2026, 3, 1), status=m.MeasureStatus.DONE)
    cycle.measures = [late, done, _measure("Later", [])]
    [detail] = _details(org, cycle, "carried_out")
    assert detail.measure_id == late.id
    assert detail.message == ("Maatregel 'Pauzes inroosteren' is te laat (uiterste datum "
                              "01-03-2026).")
    following = m.Cycle(2, id=2, measures=[replace(late, id=99, carried_from_measure_id=late.id)])
    org.cycles.append(following)
    assert _details(org, cycle, "carried_out") == []
    _same_verdicts(org, cycle)


# -- hints ----------------------------------------------------------------------------------


def test_staff_involvement_is_a_check_naming_the_measures_that_lack_it():
    """How staff helped choose the measures was a hint; it is a check now (Arbowet art. 12):
    the plan says it as a whole, or every measure does."""
    org, cycle, _ids = _org()
    cycle.measures = [_measure("Met", []), _measure("Zonder", [], staff_involvement="")]
    line = _line(org, cycle, "staff_involved")
    assert not line.ok and line.severity == Severity.PROBLEM and "'Zonder'" in line.message
    [detail] = _details(org, cycle, "staff_involved")
    assert detail.measure_id == len("Zonder")
    assert [x for x in plan_review(org, cycle, TODAY) if not x.check_key] == []  # no hints
    _same_verdicts(org, cycle)
    cycle.plan_staff_involvement = "Elk team koos zijn maatregelen in het werkoverleg."
    assert _line(org, cycle, "staff_involved").ok
    _same_verdicts(org, cycle)


def test_a_plan_that_holds_up_passes_every_check_of_the_plan():
    org, cycle, ids = _org()
    for team in (1, 2):
        _rate(cycle, ids["too_few_breaks"], team)
    cycle.measures = [
        _measure("Pauzeregeling", [m.Target(ids["too_few_breaks"], None)], m.Level.ORGANISATION,
                 status=m.MeasureStatus.DONE),
        _measure("Pauzes inroosteren", [m.Target(ids["too_few_breaks"], 1)]),
    ]
    cycle.plan_coherence = "De regeling geldt overal; Keuken roostert de pauzes in."
    cycle.approval = replace(cycle.approval, consent_body=COUNCIL, consent_date=TODAY,
                             rie_consent_date=TODAY)
    lines = plan_review(org, cycle, TODAY)
    assert all(x.ok for x in lines), [x.message for x in lines if not x.ok]
    assert [x.check_key for x in lines] == list(PLAN_CHECKS)


def test_the_panel_and_the_readiness_list_agree_on_a_whole_psa_file():
    """Aggression that needs attention asks for a measure in both places, with the same words."""
    from tests.core.test_readiness_strands import EXTERNAL, whole_org

    org = whole_org()
    cycle = org.cycles[0]
    _same_verdicts(org, cycle)
    _rate(cycle, EXTERNAL, 1, m.Rating.ATTENTION)
    _same_verdicts(org, cycle)
    check = next(c for c in readiness(org, cycle, TODAY) if c.key == "unwanted")
    line = _line(org, cycle, "unwanted")
    assert not line.ok and line.message == check.action and "Agressie" in line.message
    _same_verdicts(org, cycle, date(2031, 1, 1))
