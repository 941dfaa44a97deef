"""Filtering, sorting and target choices for the plan van aanpak."""

from datetime import date

from werkdrukdesk.core import model as m
from werkdrukdesk.core.plan.listing import (
    OPEN,
    MeasureFilter,
    TeamScope,
    filter_measures,
    forget_measure,
    is_organisation_wide,
    is_overdue,
    other_measures,
    problems_approval,
    sort_measures,
    suggested_targets,
    target_choices,
    targets_by_team,
)

TODAY = date(2026, 6, 1)


def _cycle() -> m.Cycle:
    keuken, bediening = m.Team("Keuken", id=1), m.Team("Bediening", id=2)
    measures = [
        m.Measure("Pauzes inroosteren", level=m.Level.TEAM, responsible="Ayşe Yılmaz",
                  deadline=date(2026, 5, 1), targets=[m.Target(10, 1)], id=101),
        m.Measure("Geen mail na 18 uur", level=m.Level.ORGANISATION, responsible="Jan",
                  deadline=date(2026, 9, 1), targets=[m.Target(11, None)], id=102),
        m.Measure("Coaching", level=m.Level.INDIVIDUAL, responsible="ayşe yılmaz",
                  status=m.MeasureStatus.DONE, deadline=date(2026, 1, 1),
                  targets=[m.Target(10, 2), m.Target(12, 2)], id=103,
                  related_measure_ids=[101]),
        m.Measure("Werkoverleg", level=m.Level.ORGANISATION, id=104),
    ]
    ratings = [
        m.SourceRating(10, 1, m.Rating.ATTENTION),
        m.SourceRating(11, None, m.Rating.PROBLEM),
        m.SourceRating(12, 2, m.Rating.PROBLEM),
        m.SourceRating(13, 1, m.Rating.FINE),
    ]
    return m.Cycle(1, teams=[keuken, bediening], measures=measures, ratings=ratings)


def _titles(measures):
    return [x.title for x in measures]


def test_overdue_means_open_and_past_its_deadline():
    pauzes, mail, coaching, overleg = _cycle().measures
    assert is_overdue(pauzes, TODAY)
    assert not is_overdue(mail, TODAY)
    assert not is_overdue(coaching, TODAY)  # done, so not late however old the deadline
    assert not is_overdue(overleg, TODAY)  # no deadline at all


def test_team_filter_knows_organisation_wide_measures():
    cycle = _cycle()
    assert is_organisation_wide(cycle.measures[3])  # organisation level, no targets yet
    assert _titles(filter_measures(cycle.measures, MeasureFilter(team=1), TODAY)) == [
        "Pauzes inroosteren"]
    assert _titles(filter_measures(cycle.measures, MeasureFilter(team=2), TODAY)) == ["Coaching"]
    wide = filter_measures(cycle.measures, MeasureFilter(team=TeamScope.ORGANISATION_WIDE), TODAY)
    assert _titles(wide) == ["Geen mail na 18 uur", "Werkoverleg"]
    assert len(filter_measures(cycle.measures, MeasureFilter(), TODAY)) == 4


def test_level_status_responsible_and_overdue_filters_combine():
    measures = _cycle().measures
    assert _titles(filter_measures(measures, MeasureFilter(level=m.Level.INDIVIDUAL), TODAY)) == [
        "Coaching"]
    assert len(filter_measures(measures, MeasureFilter(status=OPEN), TODAY)) == 3
    done = filter_measures(measures, MeasureFilter(status=m.MeasureStatus.DONE), TODAY)
    assert _titles(done) == ["Coaching"]
    # Case-insensitive, also for Turkish letters as typed.
    named = filter_measures(measures, MeasureFilter(responsible="AYŞE"), TODAY)
    assert _titles(named) == ["Pauzes inroosteren", "Coaching"]
    late = filter_measures(measures, MeasureFilter(responsible="ayşe", only_overdue=True), TODAY)
    assert _titles(late) == ["Pauzes inroosteren"]


def test_plan_order_puts_organisation_first_then_team_then_individual():
    ordered = sort_measures(_cycle().measures)
    assert _titles(ordered) == ["Geen mail na 18 uur", "Werkoverleg", "Pauzes inroosteren",
                                "Coaching"]


def test_sorting_by_a_column_keeps_the_plan_order_for_ties():
    measures = _cycle().measures
    by_deadline = sort_measures(measures, "deadline")
    assert _titles(by_deadline) == ["Coaching", "Pauzes inroosteren", "Geen mail na 18 uur",
                                    "Werkoverleg"]  # no deadline last
    assert _titles(sort_measures(measures, "title", descending=True))[0] == "Werkoverleg"
    by_status = sort_measures(measures, "status")
    assert by_status[-1].title == "Coaching"
    assert _titles(sort_measures(measures, "responsible"))[-1] == "Werkoverleg"  # nobody yet


def test_suggested_targets_are_the_flagged_pairs_worst_first():
    suggested = suggested_targets(_cycle())
    assert [(r.source_id, r.team_id, r.rating) for r in suggested] == [
        (11, None, m.Rating.PROBLEM),
        (12, 2, m.Rating.PROBLEM),
        (10, 1, m.Rating.ATTENTION),
    ]


def test_target_choices_show_chosen_first_then_unchosen_suggestions():
    cycle = _cycle()
    coaching = cycle.measures[2]
    choices = target_choices(cycle, coaching)
    assert [(c.target, c.rating, c.chosen) for c in choices] == [
        (m.Target(10, 2), None, True),  # not rated for this team, still shown: it is chosen
        (m.Target(12, 2), m.Rating.PROBLEM, True),
        (m.Target(11, None), m.Rating.PROBLEM, False),
        (m.Target(10, 1), m.Rating.ATTENTION, False),
    ]


def test_targets_group_by_team_and_other_measures_exclude_itself():
    cycle = _cycle()
    coaching = cycle.measures[2]
    assert targets_by_team(coaching) == {2: [10, 12]}
    assert coaching not in other_measures(cycle, coaching)
    assert len(other_measures(cycle, coaching)) == 3


def test_forgetting_a_deleted_measure_drops_relations_to_it():
    cycle = _cycle()
    forget_measure(cycle, 101)
    assert cycle.measures[2].related_measure_ids == []


def test_approval_problems():
    with_council = m.Profile("Bakkerij", participation_body=m.ParticipationBody.WORKS_COUNCIL)
    empty = m.PlanApproval()
    assert any("OR of PVT" in p for p in problems_approval(empty, with_council, TODAY))
    assert problems_approval(empty, m.Profile("Klein"), TODAY) == []
    undated = m.PlanApproval(consent_body=m.ParticipationBody.WORKS_COUNCIL)
    assert problems_approval(undated, with_council, TODAY) == ["Vul de datum van de instemming in."]
    future = m.PlanApproval(m.ParticipationBody.WORKS_COUNCIL, date(2027, 1, 1))
    assert any("toekomst" in p for p in problems_approval(future, with_council, TODAY))
    unsigned = m.PlanApproval(employer_signed_on=date(2026, 1, 1))
    assert any("ondertekend" in p for p in problems_approval(unsigned, m.Profile("X"), TODAY))
    bodiless = m.PlanApproval(consent_date=date(2026, 1, 1))
    assert "Kies wie met het plan heeft ingestemd." in problems_approval(
        bodiless, m.Profile("X"), TODAY)


def test_covered_by_answers_as_covers_does_for_every_source_and_team():
    """The shortcut the readiness checks take must say exactly what `covers` says: a target
    in the team or one for the whole organisation covers it, a target elsewhere does not."""
    from tests.pinned import PINNED_DAY
    from werkdrukdesk.core.cycles import current_cycle
    from werkdrukdesk.core.plan.listing import covered_by, covers
    from werkdrukdesk.demo.build import build_demo

    cycle = current_cycle(build_demo("small", today=PINNED_DAY))
    teams = [None, *(t.id for t in cycle.teams), 999]
    sources = {t.source_id for x in cycle.measures for t in x.targets} | {999}
    wide = m.Measure("Rooster voor iedereen", targets=[m.Target(min(sources), None)])
    for measures in (cycle.measures, cycle.measures[:1], [wide], []):
        covered = covered_by(measures)
        answers = [(s, t, covered(s, t)) for s in sources for t in teams]
        assert answers == [(s, t, any(covers(x, s, t) for x in measures))
                           for s in sources for t in teams]
    assert covered_by([wide])(min(sources), 999)  # organisation-wide: every team
