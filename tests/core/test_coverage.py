"""Which topics voorlichting covered, whom it reached, and which measures still need evaluating."""

from datetime import date

from tests.pinned import PINNED_DAY
from werkdrukdesk.core import model as m
from werkdrukdesk.core.readiness import coverage

T = m.Topic


def _cycle(*sessions: m.InformationSession) -> m.Cycle:
    teams = [m.Team("Salon", 6, id=1), m.Team("Kantoor", 4, id=2), m.Team("Magazijn", 3, id=3)]
    return m.Cycle(1, teams=teams, sessions=list(sessions))


def _session(audience=m.Audience.STAFF, topics=(), attendees=(), counts=None):
    return m.InformationSession(
        date(2026, 3, 1), audience=audience, topics=list(topics),
        attendees=list(attendees), team_counts=counts or {},
    )


def test_nothing_is_covered_without_sessions():
    result = coverage.topic_coverage(_cycle())
    assert result.staff_covered == ()
    assert result.staff_missing == coverage.STAFF_TOPICS
    assert result.managers_missing == (T.SIGNALS_IN_OTHERS,)
    assert not result.complete


def test_topics_count_for_the_audience_that_heard_them():
    staff = _session(m.Audience.STAFF, [T.WHAT_IS_STRESS, T.CAUSES, T.SIGNALS_IN_OTHERS],
                     counts={1: 4})
    managers = _session(m.Audience.MANAGERS, [T.ORGANISATION_MEASURES], counts={2: 1})
    result = coverage.topic_coverage(_cycle(staff, managers))
    assert result.staff_covered == (T.WHAT_IS_STRESS, T.CAUSES)
    assert T.ORGANISATION_MEASURES in result.staff_missing
    # signals in others told to staff only does not prepare the managers
    assert result.managers_missing == (T.SIGNALS_IN_OTHERS,)
    assert result.managers_covered == (T.ORGANISATION_MEASURES,)
    assert coverage.misplaced_manager_topic(staff)
    assert not coverage.misplaced_manager_topic(managers)


def test_a_session_for_everyone_covers_staff_and_managers():
    everyone = _session(m.Audience.EVERYONE, list(T), counts={1: 5})
    result = coverage.topic_coverage(_cycle(everyone))
    assert result.complete
    assert result.managers_covered == tuple(T)


def test_a_session_nobody_attended_covers_nothing_and_says_why():
    empty = _session(m.Audience.EVERYONE, list(T))
    assert not coverage.topic_coverage(_cycle(empty)).staff_covered
    assert any("Nog niemand" in w for w in coverage.session_warnings(empty, []))
    empty.team_counts = {1: 3}
    assert coverage.topic_coverage(_cycle(empty)).complete
    assert not any("Nog niemand" in w for w in coverage.session_warnings(empty, []))


def test_reach_counts_named_people_once_and_counts_as_a_lower_bound():
    first = _session(attendees=[m.Attendee("Ayşe Yılmaz", 1), m.Attendee("Jan", 1)],
                     counts={2: 3})
    second = _session(attendees=[m.Attendee(" ayşe  yılmaz", 1), m.Attendee("Piet", None)],
                      counts={1: 4, 2: 2})
    result = coverage.reach(_cycle(first, second))
    by_name = {t.name: t for t in result.teams}
    # Salon: two named people, but the second session alone had 1 + 4 of them present
    assert by_name["Salon"].reached == 5
    assert by_name["Kantoor"].reached == 3
    assert by_name["Magazijn"].reached == 0
    assert result.reached == 8
    assert result.headcount == 13
    assert result.percent == round(100 * 8 / 13)
    assert [t.name for t in result.unreached_teams] == ["Magazijn"]


def test_reach_never_exceeds_one_hundred_percent_and_falls_back_to_the_profile():
    crowded = _session(counts={1: 40})
    result = coverage.reach(_cycle(crowded))
    assert result.teams[0].percent == 100
    # never "40 of 6 reached", for a team nor in total: everyone is the most there is
    assert result.teams[0].reached == result.teams[0].headcount
    assert result.reached <= result.headcount
    no_teams = m.Cycle(1, sessions=[_session(attendees=[m.Attendee("Łukasz")])])
    fallback = coverage.reach(no_teams, headcount_fallback=10)
    assert (fallback.reached, fallback.headcount, fallback.percent) == (1, 10, 10)
    assert coverage.reach(m.Cycle(1)).percent == 0


def test_present_per_team_adds_names_and_counts():
    session = _session(attendees=[m.Attendee("A", 1), m.Attendee("B", None)], counts={1: 2})
    assert coverage.present_per_team(session) == {1: 3, None: 1}


def test_done_measures_without_a_known_effect_await_evaluation():
    done = m.Measure("Pauzes", status=m.MeasureStatus.DONE)
    judged = m.Measure("Overleg", status=m.MeasureStatus.DONE,
                       evaluation=m.MeasureEvaluation(effect=m.Effect.PARTLY))
    unknown = m.Measure("Mail", status=m.MeasureStatus.DONE,
                        evaluation=m.MeasureEvaluation())
    planned = m.Measure("Later")
    cycle = m.Cycle(1, measures=[done, judged, unknown, planned])
    assert coverage.measures_awaiting_evaluation(cycle) == [done, unknown]


def test_measure_evaluation_problems():
    measure = m.Measure("Pauzes", status=m.MeasureStatus.DONE)
    fine = m.MeasureEvaluation(m.Effect.EFFECTIVE, how_assessed="teamoverleg")
    assert coverage.problems_measure_evaluation(measure, fine, PINNED_DAY) == []
    bad = m.MeasureEvaluation(m.Effect.NOT_EFFECTIVE, evaluated_on=date(2030, 1, 1))
    problems = coverage.problems_measure_evaluation(measure, bad, today=date(2026, 1, 1))
    assert len(problems) == 3
    measure.status = m.MeasureStatus.PLANNED
    problems = coverage.problems_measure_evaluation(measure, fine, PINNED_DAY)
    assert any("gepland" in p for p in problems)


def test_process_evaluation_problems():
    cycle = m.Cycle(1)
    assert coverage.problems_process_evaluation(cycle, PINNED_DAY) == []
    cycle.process_evaluation.methods = [m.EvaluationMethod.SECOND_MEASUREMENT]
    problems = coverage.problems_process_evaluation(cycle, PINNED_DAY)
    assert any("twee metingen" in p and "er zijn er nu 0" in p for p in problems)
    assert any("hoe het proces" in p for p in problems)
    cycle.measurements = [m.Measurement("Voor"), m.Measurement("Na")]
    cycle.process_evaluation.how_it_went = "Zorgvuldig"
    assert coverage.problems_process_evaluation(cycle, PINNED_DAY) == []


def test_session_warnings_explain_what_will_not_count():
    teams = [m.Team("R&D <Noord>", 2, id=1)]
    session = _session(m.Audience.STAFF, [T.SIGNALS_IN_OTHERS], counts={1: 3})
    warnings = coverage.session_warnings(session, teams)
    assert len(warnings) == 2
    assert "R&D <Noord>" in warnings[1] and "(3)" in warnings[1]
    session.audience = m.Audience.EVERYONE
    session.team_counts = {1: 2}
    assert coverage.session_warnings(session, teams) == []
