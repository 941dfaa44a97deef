"""The checks of the plan van aanpak: each passes when met and says what to do when not."""

from dataclasses import replace
from datetime import date

import pytest

from werkdrukdesk.core import model as m
from werkdrukdesk.core.catalogue import builtin_sources
from werkdrukdesk.core.plan.checks import (
    Severity,
    Topic,
    join,
    plan_checks,
    problem_teams,
)

TODAY = date(2026, 6, 1)
LATER = date(2026, 12, 31)
COUNCIL = m.ParticipationBody.WORKS_COUNCIL


def _org(body=COUNCIL) -> tuple[m.Organisation, m.Cycle, dict[str, int]]:
    sources = builtin_sources()
    for n, source in enumerate(sources, start=1):
        source.id = n
    ids = {s.catalogue_key: s.id for s in sources}
    teams = [m.Team("Keuken", id=1), m.Team("R&D <Noord>", id=2), m.Team("Zaal", id=3)]
    cycle = m.Cycle(1, teams=teams, id=1)
    org = m.Organisation(m.Profile("Bakkerij Ayşe", participation_body=body), sources=sources,
                         cycles=[cycle])
    return org, cycle, ids


def _measure(title: str, targets, level=m.Level.TEAM, **fields) -> m.Measure:
    defaults = {"responsible": "Ayşe Yılmaz", "deadline": LATER,
                "staff_involvement": "Besproken in het werkoverleg."}
    return m.Measure(title, level=level, targets=list(targets), id=len(title),
                     **{**defaults, **fields})


def _problem(cycle: m.Cycle, source_id: int, team_id: int | None,
             rating=m.Rating.PROBLEM) -> None:
    cycle.ratings.append(m.SourceRating(source_id, team_id, rating))


def _topic(checks, topic: Topic):
    return [c for c in checks if c.topic == topic]


def _run(org, cycle, today=TODAY):
    return plan_checks(org, cycle, today)


# -- every problem has a measure -------------------------------------------------------------


def test_a_problem_without_a_measure_asks_for_one():
    org, cycle, ids = _org()
    _problem(cycle, ids["time_pressure"], 1)
    _problem(cycle, ids["conflicts"], None)
    _problem(cycle, ids["clarity"], 3, m.Rating.ATTENTION)  # attention alone asks nothing
    [first, second] = _topic(_run(org, cycle), Topic.COVERAGE)
    assert not first.ok and first.severity == Severity.PROBLEM
    assert first.message.startswith("'Te veel werk in te weinig tijd' is een knelpunt bij Keuken")
    assert "Voeg een maatregel toe" in first.message
    assert "'Conflicten op het werk' is een knelpunt in de hele organisatie" in second.message


def test_a_problem_with_a_measure_in_its_team_passes():
    org, cycle, ids = _org()
    _problem(cycle, ids["time_pressure"], 1)
    cycle.measures.append(_measure("Taken schrappen", [m.Target(ids["time_pressure"], 1)]))
    [check] = _topic(_run(org, cycle), Topic.COVERAGE)
    assert check.ok and "(1)" in check.message


def test_an_organisation_wide_target_covers_every_team_but_not_the_other_way_round():
    org, cycle, ids = _org()
    source = ids["time_pressure"]
    for team in (1, 2, None):
        _problem(cycle, source, team)
    cycle.measures.append(_measure("Bezetting", [m.Target(source, None)], m.Level.ORGANISATION))
    assert all(c.ok for c in _topic(_run(org, cycle), Topic.COVERAGE))
    cycle.measures = [_measure("Per team", [m.Target(source, 1), m.Target(source, 2)])]
    [check] = _topic(_run(org, cycle), Topic.COVERAGE)
    assert not check.ok and "in de hele organisatie" in check.message


def test_a_cancelled_measure_covers_nothing():
    org, cycle, ids = _org()
    _problem(cycle, ids["time_pressure"], 1)
    cycle.measures.append(_measure("Vervallen", [m.Target(ids["time_pressure"], 1)],
                                   status=m.MeasureStatus.CANCELLED))
    [check] = _topic(_run(org, cycle), Topic.COVERAGE)
    assert not check.ok


def test_no_problems_at_all_passes():
    org, cycle, _ids = _org()
    [check] = _topic(_run(org, cycle), Topic.COVERAGE)
    assert check.ok and "geen knelpunten" in check.message


def test_many_uncovered_teams_are_summed_up():
    org, cycle, ids = _org()
    cycle.teams += [m.Team(f"Team {n}", id=n) for n in range(4, 9)]
    for team in cycle.teams:
        _problem(cycle, ids["time_pressure"], team.id)
    [check] = _topic(_run(org, cycle), Topic.COVERAGE)
    assert "bij Keuken, R&D <Noord>, Zaal en 5 andere teams" in check.message
    assert problem_teams(cycle)[ids["time_pressure"]] == [t.id for t in cycle.teams]


# -- shared problems ask for an organisation-level measure -----------------------------------


def _shared(level: m.Level):
    org, cycle, ids = _org()
    source = ids["hectic_periods"]
    _problem(cycle, source, 1)
    _problem(cycle, source, 2)
    cycle.measures.append(_measure("Maatregel", [m.Target(source, 1), m.Target(source, 2)],
                                   level))
    return _topic(_run(org, cycle), Topic.SHARED)


def test_a_shared_problem_with_an_organisation_measure_passes():
    [check] = _shared(m.Level.ORGANISATION)
    assert check.ok


def test_a_shared_problem_with_only_team_measures_is_a_warning():
    [check] = _shared(m.Level.TEAM)
    assert not check.ok and check.severity == Severity.WARNING
    assert "in 2 teams" in check.message and "alleen per team" in check.message
    assert "hele organisatie" in check.message


def test_a_shared_problem_with_only_individual_measures_is_a_problem():
    [check] = _shared(m.Level.INDIVIDUAL)
    assert not check.ok and check.severity == Severity.PROBLEM
    assert "individuele medewerkers" in check.message


def test_a_problem_in_one_team_needs_no_organisation_measure():
    org, cycle, ids = _org()
    _problem(cycle, ids["hectic_periods"], 1)
    cycle.measures.append(_measure("Team", [m.Target(ids["hectic_periods"], 1)]))
    assert _topic(_run(org, cycle), Topic.SHARED) == []


def test_an_organisation_wide_problem_counts_as_shared():
    org, cycle, ids = _org()
    _problem(cycle, ids["hectic_periods"], None)
    cycle.measures.append(_measure("Team", [m.Target(ids["hectic_periods"], None)]))
    [check] = _topic(_run(org, cycle), Topic.SHARED)
    assert not check.ok and "in de hele organisatie" in check.message


# -- rest and recovery -----------------------------------------------------------------------


@pytest.mark.parametrize("key", ["rest_recovery", "too_few_breaks", "reachability",
                                 "working_hours"])
def test_a_rest_problem_without_a_rest_measure_asks_for_one(key):
    org, cycle, ids = _org()
    _problem(cycle, ids[key], 2)
    cycle.measures.append(_measure("Training", [m.Target(ids["development"], 2)]))
    [check] = _topic(_run(org, cycle), Topic.REST)
    assert not check.ok and check.severity == Severity.PROBLEM
    assert "pauzes, werktijden of bereikbaarheid" in check.message


def test_a_rest_measure_satisfies_the_rest_check():
    org, cycle, ids = _org()
    _problem(cycle, ids["too_few_breaks"], 2)
    cycle.measures.append(_measure("Geen mail 's avonds", [m.Target(ids["reachability"], None)],
                                   m.Level.ORGANISATION))
    [check] = _topic(_run(org, cycle), Topic.REST)
    assert check.ok and "Geen mail 's avonds" in check.message


def test_no_rest_problem_means_no_rest_check():
    org, cycle, ids = _org()
    _problem(cycle, ids["time_pressure"], 2)
    assert _topic(_run(org, cycle), Topic.REST) == []


# -- responsible, deadline, overdue ----------------------------------------------------------


def test_each_measure_needs_someone_responsible_and_a_deadline():
    org, cycle, _ids = _org()
    cycle.measures = [
        _measure("Compleet", []),
        _measure("Zonder eigenaar", [], responsible=" "),
        _measure("Zonder datum", [], deadline=None),
        _measure("Zonder allebei", [], responsible="", deadline=None),
    ]
    checks = _topic(_run(org, cycle), Topic.OWNER)
    assert all(not c.ok for c in checks)
    by_id = {c.measure_id: c.message for c in checks}
    assert by_id == {
        len("Zonder eigenaar"): "Maatregel 'Zonder eigenaar': vul in wie verantwoordelijk is.",
        len("Zonder datum"): "Maatregel 'Zonder datum': vul in wat de uiterste datum is.",
        len("Zonder allebei"): "Maatregel 'Zonder allebei': vul in wie verantwoordelijk is en wat "
                             "de uiterste datum is.",
    }


def test_complete_measures_pass_the_owner_check():
    org, cycle, _ids = _org()
    cycle.measures = [_measure("Compleet", [])]
    [check] = _topic(_run(org, cycle), Topic.OWNER)
    assert check.ok and check.measure_id is None


def test_an_open_measure_past_its_deadline_is_named_with_its_date():
    org, cycle, _ids = _org()
    late = _measure("Pauzes inroosteren", [], deadline=date(2026, 3, 1))
    done = _measure("Klaar", [], deadline=date(2026, 3, 1), status=m.MeasureStatus.DONE)
    cycle.measures = [late, done, _measure("Later", [])]
    [check] = _topic(_run(org, cycle), Topic.OVERDUE)
    assert not check.ok and check.measure_id == late.id
    assert "'Pauzes inroosteren' is te laat (uiterste datum 01-03-2026)" in check.message
    assert "nieuwe datum" in check.message


def test_no_overdue_measures_passes_and_closed_cycles_are_not_chased():
    org, cycle, _ids = _org()
    cycle.measures = [_measure("Later", [])]
    [check] = _topic(_run(org, cycle), Topic.OVERDUE)
    assert check.ok
    cycle.measures = [_measure("Oud", [], deadline=date(2020, 1, 1))]
    cycle.closed = True
    assert _topic(_run(org, cycle), Topic.OVERDUE) == []


# -- staff involvement -----------------------------------------------------------------------


def test_no_staff_involvement_anywhere_is_a_problem():
    org, cycle, _ids = _org()
    cycle.measures = [_measure("Ab", [], staff_involvement=""),
                      _measure("Abc", [], staff_involvement="  ")]
    [check] = _topic(_run(org, cycle), Topic.STAFF)
    assert not check.ok and check.severity == Severity.PROBLEM
    assert "Bij geen enkele maatregel" in check.message and check.measure_id is not None


def test_staff_involvement_passes_and_names_the_measures_that_lack_it():
    org, cycle, _ids = _org()
    cycle.measures = [_measure("Met", []), _measure("Zonder", [], staff_involvement="")]
    passed, lacking = _topic(_run(org, cycle), Topic.STAFF)
    assert passed.ok and "Bij 1 van de 2 maatregelen" in passed.message
    assert not lacking.ok and lacking.severity == Severity.WARNING
    assert "'Zonder'" in lacking.message and lacking.measure_id == len("Zonder")
    cycle.measures[1].staff_involvement = "Samen bedacht."
    assert [c.ok for c in _topic(_run(org, cycle), Topic.STAFF)] == [True]


# -- consent or sign-off ---------------------------------------------------------------------


@pytest.mark.parametrize("body,short", [(COUNCIL, "OR"),
                                        (m.ParticipationBody.STAFF_REPRESENTATION, "PVT")])
def test_a_council_must_consent(body, short):
    org, cycle, _ids = _org(body)
    [check] = _topic(_run(org, cycle), Topic.APPROVAL)
    assert not check.ok and f"De {short} moet instemmen" in check.message
    cycle.approval = replace(cycle.approval, consent_body=body, consent_date=date(2026, 5, 4))
    [check] = _topic(_run(org, cycle), Topic.APPROVAL)
    assert check.ok and check.message == f"De {short} heeft op 04-05-2026 ingestemd."


@pytest.mark.parametrize("given", [m.ParticipationBody.NONE,
                                   m.ParticipationBody.STAFF_REPRESENTATION])
def test_the_plan_step_and_the_readiness_check_agree_on_consent(given):
    """A consent date without the organisation's own council giving it is no consent, in the
    plan step and in 'Klaar voor de inspectie?' alike (one rule:
    core.plan.listing.plan_approved)."""
    from werkdrukdesk.core.readiness.chain import readiness

    org, cycle, ids = _org(COUNCIL)
    cycle.measures.append(_measure("Minder werk", [m.Target(ids["time_pressure"], None)]))
    cycle.approval = replace(cycle.approval, consent_body=given, consent_date=date(2026, 5, 4))
    [check] = _topic(_run(org, cycle), Topic.APPROVAL)
    consent = next(c for c in readiness(org, cycle, TODAY) if c.key == "consent")
    assert not check.ok and not consent.ok
    cycle.approval = replace(cycle.approval, consent_body=COUNCIL)
    [check] = _topic(_run(org, cycle), Topic.APPROVAL)
    consent = next(c for c in readiness(org, cycle, TODAY) if c.key == "consent")
    assert check.ok and consent.ok


@pytest.mark.parametrize("body", [m.ParticipationBody.NONE, m.ParticipationBody.STAFF_MEETING])
def test_without_a_council_the_employer_signs(body):
    org, cycle, _ids = _org(body)
    cycle.approval = replace(cycle.approval, employer_signed_by="Ayşe Yılmaz")
    [check] = _topic(_run(org, cycle), Topic.APPROVAL)
    assert not check.ok and "namens de werkgever" in check.message
    cycle.approval = replace(cycle.approval, employer_signed_on=date(2026, 5, 21))
    [check] = _topic(_run(org, cycle), Topic.APPROVAL)
    assert check.ok and check.message == "Ayşe Yılmaz heeft het plan op 21-05-2026 ondertekend."


# -- the whole ------------------------------------------------------------------------------


def test_a_plan_that_holds_up_passes_every_check():
    org, cycle, ids = _org()
    for team in (1, 2):
        _problem(cycle, ids["too_few_breaks"], team)
    cycle.measures = [
        _measure("Pauzeregeling", [m.Target(ids["too_few_breaks"], None)], m.Level.ORGANISATION),
        _measure("Pauzes inroosteren", [m.Target(ids["too_few_breaks"], 1)]),
    ]
    cycle.approval = replace(cycle.approval, consent_body=COUNCIL, consent_date=TODAY)
    checks = _run(org, cycle)
    assert all(c.ok for c in checks), [c.message for c in checks if not c.ok]
    assert {c.topic for c in checks} == set(Topic)


def test_join_spells_out_a_few_names():
    assert join([], "teams") == ""
    assert join(["A"], "teams") == "A"
    assert join(["A", "B", "C", "D"], "teams") == "A, B, C en D"
    assert join(list("ABCDE"), "teams") == "A, B, C en 2 andere teams"
