from datetime import date

import pytest

from werkdrukdesk.core import model as m
from werkdrukdesk.core.rules import (
    integrity_problems,
    problems_cycle,
    problems_measure,
    problems_profile,
    problems_response,
    problems_session,
    problems_team,
    review_exemption_applies,
)


def test_a_profile_needs_a_name():
    assert problems_profile(m.Profile(name="Bakkerij De Korenaar")) == []
    assert problems_profile(m.Profile(name="  ")) == ["Vul de naam van de organisatie in."]


@pytest.mark.parametrize("kvk, ok", [("12345678", True), ("1234567", False), ("1234abcd", False)])
def test_kvk_number_has_eight_digits(kvk, ok):
    assert (problems_profile(m.Profile(name="X", kvk_number=kvk)) == []) is ok


@pytest.mark.parametrize(
    "headcount, branch, hours, exempt",
    [
        (25, True, 900.0, True),  # small, recognised branch RI&E
        (26, True, 900.0, False),  # one too many staff
        (10, False, 300.0, False),  # small but own RI&E
        (3, False, 40.0, True),  # at most 40 paid hours a week
        (3, False, 40.5, False),
    ],
)
def test_review_exemption_follows_the_law(headcount, branch, hours, exempt):
    profile = m.Profile(
        name="X", headcount=headcount, rie_branch_recognised=branch, paid_hours_per_week=hours
    )
    assert review_exemption_applies(profile) is exempt


def test_claiming_exemption_needs_a_reason_and_the_right_size():
    profile = m.Profile(name="X", headcount=60, rie_review=m.ReviewStatus.EXEMPT)
    problems = problems_profile(profile)
    assert any("waarom" in p for p in problems)
    assert any("Vrijstelling" in p for p in problems)
    profile = m.Profile(
        name="X",
        headcount=12,
        rie_branch_recognised=True,
        rie_review=m.ReviewStatus.EXEMPT,
        rie_exemption_reason="Branche-RI&E Bakkerijen, 12 medewerkers",
    )
    assert problems_profile(profile) == []


def test_team_names_are_unique_regardless_of_case():
    a, b = m.Team("Keuken"), m.Team("keuken ")
    assert problems_team(a, [a]) == []
    assert problems_team(b, [a, b]) == ["Er is al een team met de naam 'keuken'."]
    assert problems_team(m.Team("X", headcount=-1), []) != []


def test_no_risk_needs_a_reason():
    assert problems_cycle(m.Cycle(number=1, no_risk=True)) != []
    reasoned = m.Cycle(number=1, no_risk=True, no_risk_reason="Gesprek met alle 4")
    assert problems_cycle(reasoned) == []
    late = m.Cycle(number=1, start_date=date(2026, 5, 1), end_date=date(2026, 4, 1))
    assert problems_cycle(late) == ["De einddatum van de cyclus ligt voor de begindatum."]


def test_measure_rules():
    ok = m.Measure("Vaste pauzetijden", start_date=date(2026, 1, 1), deadline=date(2026, 3, 1))
    assert problems_measure(ok) == []
    assert problems_measure(m.Measure(" ")) == [
        "Beschrijf in een paar woorden wat de maatregel is."
    ]
    backwards = m.Measure("X", start_date=date(2026, 3, 1), deadline=date(2026, 1, 1))
    assert problems_measure(backwards) == ["De uiterste datum ligt voor de startdatum."]
    done = m.Measure("X", status=m.MeasureStatus.DONE)
    assert problems_measure(done) == ["Vul in wanneer de maatregel is uitgevoerd."]
    team_level = m.Measure("X", level=m.Level.TEAM, targets=[m.Target(1, None)])
    assert problems_measure(team_level) == [
        "Een maatregel op teamniveau hoort bij een of meer teams."]
    self_related = m.Measure("X", id=4, related_measure_ids=[4])
    assert problems_measure(self_related) == ["Een maatregel kan niet met zichzelf samenhangen."]


def test_session_rules():
    session = m.InformationSession(date(2026, 2, 1), topics=[m.Topic.CAUSES])
    assert problems_session(session) == []
    assert len(problems_session(m.InformationSession(None))) == 2
    named = m.InformationSession(date(2026, 2, 1), topics=[m.Topic.CAUSES],
                                 attendees=[m.Attendee(" ")])
    assert problems_session(named) == ["Een aanwezige zonder naam kan niet worden vastgelegd."]


def test_answers_are_on_the_five_point_scale_and_known_items():
    keys = {"time_pressure_1"}
    assert problems_response(m.Response(1, {"time_pressure_1": 5}), keys) == []
    assert problems_response(m.Response(1, {"time_pressure_1": 6}), keys) != []
    assert problems_response(m.Response(1, {"time_pressure_1": 0}), keys) != []
    assert problems_response(m.Response(1, {"name": 3}), keys) != []


def _tiny_org() -> m.Organisation:
    source = m.Source("Tijdsdruk", m.SourceKind.DEMAND, items=[m.Item("tp_1", "?")], id=1)
    team = m.Team("Keuken", 6, id=1)
    measure = m.Measure("Pauzes", targets=[m.Target(1, 1)], id=1)
    cycle = m.Cycle(1, teams=[team], measures=[measure], id=1)
    return m.Organisation(m.Profile("Korenaar"), sources=[source], cycles=[cycle])


def test_integrity_accepts_a_consistent_organisation():
    assert integrity_problems(_tiny_org()) == []


@pytest.mark.parametrize(
    "spoil, expected",
    [
        (lambda o: o.cycles[0].measures[0].targets.append(m.Target(99, None)), "onbekende bron"),
        (lambda o: o.cycles[0].measures[0].targets.append(m.Target(1, 42)), "onbekend team"),
        (lambda o: o.cycles.append(m.Cycle(1, id=2)), "hetzelfde nummer"),
        (lambda o: setattr(o.profile, "name", ""), "geen naam"),
        (
            lambda o: o.cycles[0].ratings.append(m.SourceRating(1, 7)),
            "team van een andere cyclus",
        ),
        (
            lambda o: o.cycles[0].measures[0].related_measure_ids.append(5),
            "onbekende maatregel",
        ),
    ],
)
def test_integrity_names_what_is_broken(spoil, expected):
    org = _tiny_org()
    spoil(org)
    problems = integrity_problems(org)
    assert any(expected in p for p in problems), problems


def test_survey_settings_keep_anonymity_and_order():
    from werkdrukdesk.core.rules import problems_survey_settings

    assert problems_survey_settings(m.SurveySettings()) == []
    assert problems_survey_settings(m.SurveySettings(min_group_size=8)) == []
    assert "kleiner dan 5" in problems_survey_settings(m.SurveySettings(min_group_size=4))[0]
    assert problems_survey_settings(m.SurveySettings(demand_too_high=6.0)) != []
    assert problems_survey_settings(m.SurveySettings(demand_attention=4.0)) != []
    assert problems_survey_settings(m.SurveySettings(resource_attention=2.0)) != []
