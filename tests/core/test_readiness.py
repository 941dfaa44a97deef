"""Klaar voor de inspectie: every check passes when its point is met and fails, with one
concrete action point, when it is not."""

from dataclasses import replace
from datetime import date, timedelta

import pytest

from tests.core.readiness_org import (
    BREAKS,
    TEAM_A,
    TEAM_B,
    TIME_PRESSURE,
    TODAY,
    UNWANTED,
    measure,
    ready_cycle,
    ready_org,
)
from werkdrukdesk.core import model as m
from werkdrukdesk.core.cycles import current_cycle, overdue_measures
from werkdrukdesk.core.readiness.base import STRAND_KEYS
from werkdrukdesk.core.readiness.chain import (
    STEP_NAMES,
    TITLES,
    is_ready,
    names,
    open_checks,
    readiness,
)
from werkdrukdesk.core.readiness.coverage import reach
from werkdrukdesk.demo.build import build_demo


def checks_of(org: m.Organisation, cycle: m.Cycle | None = None, today: date = TODAY) -> dict:
    return {c.key: c for c in readiness(org, cycle or org.cycles[0], today)}


def failing(org: m.Organisation, key: str, cycle: m.Cycle | None = None):
    check = checks_of(org, cycle)[key]
    assert not check.ok, f"{key} should fail"
    assert check.action.strip() and check.step in STEP_NAMES
    return check


def passing(org: m.Organisation, key: str, cycle: m.Cycle | None = None):
    check = checks_of(org, cycle)[key]
    assert check.ok, f"{key} should pass: {check.action}"
    assert check.action == ""
    return check


# -- the complete organisation -----------------------------------------------------------------


def test_a_complete_organisation_is_ready_on_every_point():
    checks = readiness(ready_org(), ready_cycle(), TODAY)
    assert len(checks) >= 15
    assert [c.key for c in checks if not c.ok] == []
    assert is_ready(checks) and open_checks(checks) == []
    # the inspector's order, every werkdruk check once; the other strands' checks are left out
    assert [c.key for c in checks] == [k for k in TITLES if k not in STRAND_KEYS]
    assert all(c.title == TITLES[c.key] and c.step_name for c in checks)


# -- one thing broken at a time: (check, how to break it, what the action point says) ---------


def _no_rie_date(org):
    org.profile.rie_date = None


def _rie_without_werkdruk_place(org):
    org.profile.rie_werkdruk_place = ""


def _new_team_since_the_rie(org):
    org.changes.append(m.OrganisationChange(m.ChangeKind.NEW_TEAM, date(2026, 1, 10), "Bezorging"))


def _no_staff_involvement(org):
    org.cycles[0].plan_staff_involvement = ""


def _no_rie_instrument(org):
    org.profile.rie_instrument = ""


def _one_rating_missing(org):
    org.cycles[0].ratings = [r for r in org.cycles[0].ratings
                             if (r.source_id, r.team_id) != (BREAKS, TEAM_B)]


def _no_study(org):
    org.cycles[0].measurements = []


def _small_groups(org):
    org.survey_settings.min_group_size = 3


def _one_team_answered(org):
    for response in org.cycles[0].measurements[0].responses:
        response.team_id = TEAM_A


def _few_answered(org):
    del org.cycles[0].measurements[0].responses[5:]


def _not_discussed(org):
    org.cycles[0].measurements[0].discussed_with_staff = " "


def _no_owner(org):
    measure(org, 2).responsible = ""


def _no_coherence(org):
    org.cycles[0].plan_coherence = ""


def _no_organisation_measure(org):
    fewer = measure(org, 1)
    fewer.level, fewer.targets = m.Level.TEAM, [m.Target(TIME_PRESSURE, TEAM_A),
                                                m.Target(TIME_PRESSURE, TEAM_B)]


def _problem_left_open(org):
    """Time pressure is too high in team A, and no measure aims at it there any more."""
    for x in org.cycles[0].measures:
        x.targets = [t for t in x.targets if t.source_id != TIME_PRESSURE]


def _no_rest_measure(org):
    measure(org, 2).status = m.MeasureStatus.CANCELLED


def _unwanted_without_measure(org):
    for rating in org.cycles[0].ratings:
        if (rating.source_id, rating.team_id) == (UNWANTED, TEAM_B):
            rating.rating = m.Rating.PROBLEM


def _no_consent(org):
    org.cycles[0].approval.consent_date = None


def _overdue(org):
    measure(org, 2).deadline = TODAY - timedelta(days=1)


def _topic_missing(org):
    org.cycles[0].sessions[0].topics.remove(m.Topic.CAUSES)


def _team_missed(org):
    org.cycles[0].sessions[0].team_counts = {TEAM_A: 5}


def _managers_missed(org):
    org.cycles[0].sessions[0].audience = m.Audience.STAFF


def _not_evaluated(org):
    measure(org, 1).evaluation = None


def _process_not_evaluated(org):
    org.cycles[0].process_evaluation.methods = []


def _policy_unchanged(org):
    org.cycles[0].process_evaluation.policy_changes = ""


def _no_prevention_officer(org):
    org.profile.prevention_officer = ""


def _no_health_service(org):
    org.profile.occupational_health_service = org.profile.company_doctor = ""


def _not_reviewed(org):
    org.profile.rie_review = m.ReviewStatus.NOT_DONE


BREAKS_ = [
    ("rie", _rie_without_werkdruk_place, "hoofdstuk of de bladzijde"),
    ("rie_current", _new_team_since_the_rie, "'nieuw team of nieuwe afdeling (Bezorging)'"),
    ("staff_involved", _no_staff_involvement, "'Minder werk per persoon' en 'Vaste pauzes'"),
    ("causes", _one_rating_missing, "'R&D <Noord>'"),
    ("study", _no_study, "vragenlijst"),
    ("anonymous", _small_groups, "minstens 5"),
    ("per_team", _one_team_answered, "team"),
    ("half", _few_answered, "5 van de 12"),
    ("discussed", _not_discussed, "'Vragenlijst oktober 2025'"),
    ("covered", _problem_left_open, "'Te veel werk in te weinig tijd' ("),
    ("owner_and_term", _no_owner, "'Vaste pauzes'"),
    ("coherence", _no_coherence, "samenhangen"),
    ("organisation_first", _no_organisation_measure, "'Te veel werk in te weinig tijd'"),
    ("rest", _no_rest_measure, "'Te weinig pauzes'"),
    ("unwanted", _unwanted_without_measure, "'Ongewenst gedrag' voor 'R&D <Noord>'"),
    ("consent", _no_consent, "ondernemingsraad"),
    ("carried_out", _overdue, "'Vaste pauzes'"),
    ("topics", _topic_missing, "waar werkstress vandaan komt"),
    ("everyone", _team_missed, "'R&D <Noord>'"),
    ("managers", _managers_missed, "leidinggevenden"),
    ("evaluated", _not_evaluated, "'Minder werk per persoon'"),
    ("process", _process_not_evaluated, "proces"),
    ("next_cycle", _policy_unchanged, "aan uw beleid verandert"),
    ("prevention", _no_prevention_officer, "preventiemedewerker"),
    ("health_service", _no_health_service, "arbodienst of bedrijfsarts"),
    ("review", _not_reviewed, "toetsen"),
]


def test_every_check_is_tested_in_both_directions():
    # the other strands' checks: tests/core/test_readiness_strands.py
    assert {key for key, _, _ in BREAKS_} == set(TITLES) - set(STRAND_KEYS)


@pytest.mark.parametrize(("key", "break_it", "said"), BREAKS_, ids=[k for k, _, _ in BREAKS_])
def test_a_check_fails_with_its_action_point_when_not_met(key, break_it, said):
    org = ready_org()
    passing(org, key)
    break_it(org)
    check = failing(org, key)
    assert said in check.action
    assert check.action.count(". ") <= 1  # one action point, not a lecture


# -- other ways to meet (or miss) a point ------------------------------------------------------


def test_rie_counts_an_rie_document_instead_of_the_instrument():
    org = ready_org()
    _no_rie_instrument(org)
    assert "instrument" in failing(org, "rie").action
    org.documents.append(m.Document("RI&E 2025", m.DocumentKind.RIE, id=1))
    passing(org, "rie")


def test_causes_without_teams_start_at_the_organisation_step():
    org = ready_org()
    org.cycles[0].teams = []
    assert failing(org, "causes").step == "organisation"
    assert failing(org, "per_team").step == "organisation"


def test_no_risk_with_a_reason_needs_no_inventory_and_no_measures():
    org = ready_org()
    cycle = org.cycles[0]
    cycle.ratings, cycle.measures = [], []
    cycle.no_risk = True
    failing(org, "causes")  # no reason written: not an outcome yet
    cycle.no_risk_reason = "Vier mensen, korte dagen, niemand ervaart werkdruk."
    for key in ("causes", "covered", "owner_and_term", "coherence", "organisation_first",
                "rest", "carried_out", "evaluated"):
        passing(org, key)
    failing(replace_sessions(org), "topics")  # voorlichting is still needed


def replace_sessions(org):
    org.cycles[0].sessions = []
    return org


def test_a_deeper_study_document_counts_as_study():
    org = ready_org()
    _no_study(org)
    org.documents.append(m.Document("Verdiepend onderzoek werkdruk", m.DocumentKind.DEEPER_STUDY))
    passing(org, "study")
    assert "vragenlijst" in failing(org, "half").action  # reach cannot be shown without answers


def test_results_per_team_may_come_from_a_group_discussion_with_every_team():
    org = ready_org()
    _one_team_answered(org)
    for rating in org.cycles[0].ratings:
        if rating.source_id == TIME_PRESSURE:
            rating.evidence = m.Evidence.GROUP_DISCUSSION
    passing(org, "per_team")


def test_one_team_only_needs_answers_from_that_team():
    org = ready_org()
    _one_team_answered(org)
    org.cycles[0].teams = org.cycles[0].teams[:1]
    passing(org, "per_team")


def test_half_looks_at_the_newest_measurement_and_needs_a_headcount():
    org = ready_org()
    cycle = org.cycles[0]
    later = m.Measurement("Tweede meting", date(2026, 4, 1), responses=[m.Response(TEAM_A)],
                          discussed_with_staff="Ja", id=2)
    cycle.measurements.append(later)
    assert "'Tweede meting'" in failing(org, "half").action
    cycle.measurements.pop()
    for team in cycle.teams:
        team.headcount = 0
    passing(org, "half")  # the profile's 12 stand in
    org.profile.headcount = 0
    assert failing(org, "half").step == "organisation"


def test_every_measure_or_the_plan_may_describe_the_coherence():
    org = ready_org()
    _no_coherence(org)
    for x in org.cycles[0].measures:
        x.coherence = "Hangt samen met de rest."
    passing(org, "coherence")


def test_a_cancelled_organisation_measure_does_not_count():
    org = ready_org()
    measure(org, 1).status = m.MeasureStatus.CANCELLED
    failing(org, "organisation_first")


def test_an_organisation_wide_problem_needs_an_organisation_measure():
    org = ready_org()
    org.cycles[0].ratings.append(m.SourceRating(BREAKS, None, m.Rating.PROBLEM,
                                                m.Evidence.DOCUMENT, "RI&E"))
    measure(org, 2).targets = [m.Target(TIME_PRESSURE, TEAM_A)]
    assert "'Te weinig pauzes'" in failing(org, "organisation_first").action


def test_without_any_rating_nothing_is_known_to_be_fine():
    org = ready_org()
    org.cycles[0].ratings = []
    for key in ("organisation_first", "rest"):
        assert failing(org, key).step == "inventory"


def test_rest_needs_nothing_when_rest_is_fine():
    org = ready_org()
    for rating in org.cycles[0].ratings:
        if rating.source_id == BREAKS:
            rating.rating = m.Rating.FINE
    _no_rest_measure(org)
    passing(org, "rest")


def test_without_a_council_the_employees_are_consulted_and_the_employer_signs():
    org = ready_org()
    org.profile.participation_body = m.ParticipationBody.NONE
    org.cycles[0].approval = m.PlanApproval(employer_signed_by="Jan de Vries",
                                            employer_signed_on=date(2025, 11, 2))
    assert "wanneer, hoe en wat eruit kwam" in failing(org, "consent").action
    approval = org.cycles[0].approval
    approval.consulted_on, approval.consultation_how = date(2025, 10, 20), "Personeelsoverleg"
    assert "wanneer, hoe" in failing(org, "consent").action  # what came out is missing
    approval.consultation_outcome = "Iedereen wil vaste pauzes; het plan neemt dat over."
    passing(org, "consent")
    approval.employer_signed_on = None
    assert "Onderteken" in failing(org, "consent").action


def test_a_council_consents_to_the_rie_approach_as_well_as_to_the_plan():
    org = ready_org()
    approval = org.cycles[0].approval
    approval.rie_consent_date = None
    assert "aanpak van de RI&E" in failing(org, "consent").action
    approval.consent_date = None
    assert "beide data" in failing(org, "consent").action
    approval.rie_consent_date = date(2025, 7, 15)
    assert "instemming met het plan" in failing(org, "consent").action


def test_the_rie_must_say_werkdruk_is_in_it():
    org = ready_org()
    org.profile.rie_covers_werkdruk = False
    assert "vink dat aan" in failing(org, "rie").action


def test_an_rie_older_than_three_years_asks_for_a_look_again():
    org = ready_org()
    org.profile.rie_werkdruk_date = date(2023, 5, 1)
    assert "meer dan 3 jaar" in failing(org, "rie_current").action
    org.profile.rie_werkdruk_date = date(2023, 6, 1)
    passing(org, "rie_current")


def test_a_change_the_rie_took_in_does_not_count():
    org = ready_org()
    org.changes.append(m.OrganisationChange(m.ChangeKind.HYBRID_WORK, date(2025, 3, 1)))
    passing(org, "rie_current")
    org.changes.append(m.OrganisationChange(m.ChangeKind.REORGANISATION))  # no date: counts
    assert "'reorganisatie'" in failing(org, "rie_current").action


def test_plan_level_staff_involvement_or_every_measure():
    org = ready_org()
    org.cycles[0].plan_staff_involvement = ""
    for x in org.cycles[0].measures:
        x.staff_involvement = "Samen bedacht in het werkoverleg."
    passing(org, "staff_involved")


def test_nothing_done_yet_is_a_gap_and_needs_an_evaluation():
    org = ready_org()
    first = measure(org, 1)
    first.status, first.completed_on, first.evaluation = m.MeasureStatus.IN_PROGRESS, None, None
    first.deadline = TODAY + timedelta(days=30)
    assert "eerste maatregel" in failing(org, "carried_out").action
    failing(org, "evaluated")


def test_a_closed_cycle_is_not_late_for_measures_carried_into_the_next():
    org = ready_org()
    old = org.cycles[0]
    old.closed = True
    _overdue(org)
    failing(org, "carried_out", old)
    carried = m.Measure("Vaste pauzes", carried_from_measure_id=2, id=3)
    org.cycles.append(m.Cycle(number=2, start_date=TODAY, measures=[carried], id=2))
    passing(org, "carried_out", old)


def test_process_evaluation_needs_how_it_went():
    org = ready_org()
    org.cycles[0].process_evaluation.how_it_went = ""
    assert "verlopen" in failing(org, "process").action


def test_a_cycle_of_a_year_or_more_asks_for_the_next_cycle():
    org = ready_org()
    org.cycles[0].start_date = TODAY - timedelta(days=365)
    assert "volgende cyclus" in failing(org, "next_cycle").action
    org.cycles.append(m.Cycle(number=2, start_date=TODAY, id=2))
    passing(org, "next_cycle", org.cycles[0])


def test_the_prevention_officer_must_be_reachable():
    org = ready_org()
    org.profile.prevention_officer_contact = ""
    assert "Ayşe Yılmaz" in failing(org, "prevention").action


def test_a_company_doctor_alone_is_enough():
    org = ready_org()
    org.profile.occupational_health_service = ""
    passing(org, "health_service")


def test_exemption_from_review_must_apply_and_have_a_reason():
    org = ready_org()
    p = org.profile
    p.rie_review, p.rie_branch_recognised = m.ReviewStatus.EXEMPT, True
    assert "waarom" in failing(org, "review").action
    p.rie_exemption_reason = "12 medewerkers en een erkende branche-RI&E."
    passing(org, "review")
    p.headcount = 40  # more than 25 staff: the exemption does not apply
    assert "geldt niet" in failing(org, "review").action
    p.rie_review = m.ReviewStatus.UNKNOWN
    assert "toetsen" in failing(org, "review").action
    p.headcount = 12
    assert "vrijgesteld" in failing(org, "review").action


def test_an_empty_organisation_gets_an_action_for_every_gap():
    org = m.Organisation(m.Profile("Nieuw"), cycles=[m.Cycle(1, start_date=TODAY)])
    checks = readiness(org, org.cycles[0], TODAY)
    gaps = open_checks(checks)
    assert len(gaps) >= 18 and not is_ready(checks)
    assert all(c.action.strip() and c.step in STEP_NAMES for c in gaps)
    # Nothing passes on an empty file: "anonymous" used to, with no study to be anonymous.
    assert [c.key for c in checks if c.ok] == []


def test_names_are_listed_in_plain_dutch():
    assert names([]) == ""
    assert names(["A"]) == "'A'"
    assert names(["A", "B  C"]) == "'A' en 'B C'"
    assert names(list("ABCDE")) == "'A', 'B', 'C' en nog 2"


# -- the demo ----------------------------------------------------------------------------------


def test_the_demos_newest_cycle_shows_only_the_gaps_it_really_has():
    org = build_demo("large", today=TODAY)
    cycle = current_cycle(org)
    gaps = {c.key: c for c in readiness(org, cycle, TODAY) if not c.ok}
    assert set(gaps) <= {"carried_out", "evaluated", "next_cycle"}
    late = overdue_measures(cycle, TODAY)
    assert late and all(" ".join(x.title.split()) in gaps["carried_out"].action for x in late)


def test_the_large_demos_finished_cycles_are_ready():
    org = build_demo("large", today=TODAY)
    for cycle in org.cycles:
        if cycle.closed:
            assert [c.action for c in readiness(org, cycle, TODAY) if not c.ok] == []


def test_a_check_is_a_frozen_value():
    check = readiness(ready_org(), ready_cycle(), TODAY)[0]
    with pytest.raises(AttributeError):
        check.ok = False  # type: ignore[misc]
    assert replace(check, ok=False).ok is False


def test_unwanted_behaviour_needs_a_measure_even_when_the_team_is_otherwise_fine():
    org = ready_org()
    _unwanted_without_measure(org)
    failing(org, "unwanted")
    elsewhere = m.Measure("Vertrouwenspersoon", level=m.Level.TEAM, responsible="Jan",
                          deadline=date(2026, 9, 1), targets=[m.Target(UNWANTED, TEAM_A)],
                          id=7)
    org.cycles[0].measures.append(elsewhere)
    failing(org, "unwanted")  # a measure for another team does not help this one
    elsewhere.targets.append(m.Target(UNWANTED, None))
    passing(org, "unwanted")


def test_every_check_names_its_legal_basis():
    for check in readiness(ready_org(), ready_cycle(), TODAY):
        assert check.basis.startswith(("Arbowet", "WOR")), check.key


# -- every claim true: nothing passes on nothing -----------------------------------------------


def _no_risk_on_a_sentence_alone(org):
    cycle = org.cycles[0]
    cycle.ratings, cycle.measures, cycle.measurements = [], [], []
    cycle.no_risk, cycle.no_risk_reason = True, "Niemand hier heeft last van werkdruk."


def test_no_risk_on_a_sentence_alone_is_not_an_inventory():
    org = ready_org()
    _no_risk_on_a_sentence_alone(org)
    assert "een zin alleen is niet genoeg" in failing(org, "causes").action
    for key in ("covered", "owner_and_term", "coherence", "organisation_first", "rest",
                "unwanted", "evaluated"):
        failing(org, key)


@pytest.mark.parametrize("route", ["questionnaire", "group_discussion", "document"])
def test_no_risk_stands_on_each_evidence_route(route):
    org = ready_org()
    _no_risk_on_a_sentence_alone(org)
    cycle = org.cycles[0]
    if route == "questionnaire":
        cycle.measurements = [replace(ready_cycle().measurements[0])]
    elif route == "group_discussion":
        cycle.ratings = [m.SourceRating(TIME_PRESSURE, t, m.Rating.FINE,
                                        m.Evidence.GROUP_DISCUSSION, "Werkoverleg 3 maart")
                         for t in (TEAM_A, TEAM_B)]
    else:
        org.documents.append(m.Document("Verdiepend onderzoek 2025", m.DocumentKind.DEEPER_STUDY))
    for key in ("causes", "owner_and_term", "coherence", "carried_out", "evaluated"):
        passing(org, key)


def test_a_group_discussion_without_a_reference_is_no_evidence_route():
    org = ready_org()
    _no_risk_on_a_sentence_alone(org)
    org.cycles[0].ratings = [m.SourceRating(TIME_PRESSURE, TEAM_A, m.Rating.FINE,
                                            m.Evidence.GROUP_DISCUSSION, "")]
    failing(org, "causes")


def test_anonymous_needs_a_study_to_be_anonymous():
    org = ready_org()
    _no_study(org)
    assert "anoniem" in failing(org, "anonymous").action
    org.documents.append(m.Document("MTO 2025", m.DocumentKind.STAFF_SURVEY))
    passing(org, "anonymous")  # the external study answers for its own method


def test_consent_to_a_plan_without_measures_is_no_consent_yet():
    org = ready_org()
    org.cycles[0].measures = []
    assert "maatregelen" in failing(org, "consent").action


def test_voorlichting_for_every_team_needs_teams_first():
    org = ready_org()
    org.cycles[0].teams = []
    assert failing(org, "everyone").step == "organisation"


def test_every_check_fails_on_an_empty_file_with_an_action_point():
    org = m.Organisation(m.Profile(""), cycles=[m.Cycle(1)])
    for check in readiness(org, org.cycles[0], TODAY):
        assert not check.ok and check.action.strip(), check.key


def test_a_half_done_inventory_is_not_yet_known_to_be_fine():
    org = ready_org()
    cycle = org.cycles[0]
    cycle.ratings = [r for r in cycle.ratings if r.team_id == TEAM_A]  # team B not looked at
    for key in ("covered", "organisation_first", "rest", "unwanted"):
        assert failing(org, key).step == "inventory"
    # what is already known and missing is said first, not hidden behind the inventory
    cycle.measures = [x for x in cycle.measures if x.level != m.Level.ORGANISATION]
    cycle.ratings.append(m.SourceRating(TIME_PRESSURE, None, m.Rating.PROBLEM,
                                        m.Evidence.DOCUMENT, "RI&E 2025"))
    assert failing(org, "organisation_first").step == "plan"


def test_unwanted_behaviour_and_rest_must_be_looked_at_before_they_pass():
    org = ready_org()
    for source in org.sources:
        if source.id in (UNWANTED, BREAKS):
            source.archived = True
    assert "ongewenst gedrag" in failing(org, "unwanted").action
    assert "rust en herstel" in failing(org, "rest").action


# -- the deeper study by group conversations or an external study (issue #16) ------------------

STUDY_CHECKS = ("study", "anonymous", "per_team", "half", "discussed")


def talk(team: int, participants: int = 4, **changes) -> m.GroupConversation:
    done = m.GroupConversation(
        team, date(2025, 10, 6), "Ayşe Yılmaz (preventiemedewerker)", True, participants,
        "Te veel werk: zaterdag te vol. Pauzes: schieten erbij in. Steun: goed.", True,
        date(2025, 10, 20), "In het werkoverleg, met de uitkomsten op papier")
    return replace(done, **changes)


def by_conversations(*talks: m.GroupConversation) -> m.Organisation:
    org = ready_org()
    org.cycles[0].measurements = []
    org.cycles[0].conversations = list(talks) or [talk(TEAM_A), talk(TEAM_B)]
    return org


def by_external_study(**changes) -> m.Organisation:
    org = ready_org()
    org.cycles[0].measurements = []
    study = m.ExternalStudy("Arbodienst Midden", date(2025, 10, 1), "Interviews per team",
                            [TEAM_A, TEAM_B], 8, 12, "Rapport werkdruk, map arbo",
                            date(2025, 11, 3), "Presentatie in het werkoverleg")
    org.cycles[0].external_studies = [replace(study, **changes)]
    return org


@pytest.mark.parametrize("make", [by_conversations, by_external_study])
def test_each_route_meets_every_study_check_on_its_own(make):
    org = make()
    for key in STUDY_CHECKS:
        passing(org, key)


def test_conversations_need_every_team_and_half_of_each():
    org = by_conversations(talk(TEAM_A))
    assert "'R&D <Noord>'" in failing(org, "per_team").action
    assert "'R&D <Noord>'" in failing(org, "half").action
    org = by_conversations(talk(TEAM_A), talk(TEAM_B, participants=2))
    passing(org, "per_team")
    assert "'R&D <Noord>'" in failing(org, "half").action
    org.cycles[0].conversations.append(talk(TEAM_B, participants=1))
    passing(org, "half")  # two conversations with the same team add up


def test_a_conversation_without_its_outcomes_is_no_study():
    org = by_conversations(talk(TEAM_A, outcomes=" "), talk(TEAM_B, outcomes=""))
    check = failing(org, "study")
    assert "groepsgesprekken per team of een extern onderzoek" in check.action


def test_outcomes_per_source_count_as_outcomes_both_ways():
    source = ready_org().sources[0].id
    per_source = [m.ConversationOutcome(source, "Zaterdag te vol; vaker een invaller vragen.")]
    org = by_conversations(talk(TEAM_A, outcomes="", outcomes_per_source=per_source),
                           talk(TEAM_B, outcomes="", outcomes_per_source=per_source))
    passing(org, "study")
    empty = [m.ConversationOutcome(source, "  ")]
    org = by_conversations(talk(TEAM_A, outcomes="", outcomes_per_source=empty),
                           talk(TEAM_B, outcomes="", outcomes_per_source=[]))
    failing(org, "study")


def test_a_conversation_led_by_the_teams_own_manager_is_not_anonymous():
    org = by_conversations(talk(TEAM_A), talk(TEAM_B, leader_independent=False))
    check = failing(org, "anonymous")
    assert "'R&D <Noord>'" in check.action and "leidinggevende" in check.action
    for key in ("study", "per_team", "half", "discussed"):
        passing(org, key)
    # ticked as independent, but the leader is the manager written at the team
    org = by_conversations(talk(TEAM_A), talk(TEAM_B, led_by="jan  de Vries"))
    org.cycles[0].teams[1].manager = "Jan de Vries"
    assert "'R&D <Noord>'" in failing(org, "anonymous").action


def test_conversation_outcomes_must_name_nobody():
    org = by_conversations(talk(TEAM_A, without_names=False), talk(TEAM_B))
    assert "zonder namen" in failing(org, "anonymous").action


def test_conversations_must_be_discussed_with_date_and_how():
    org = by_conversations(talk(TEAM_A, discussed_on=None), talk(TEAM_B, discussed_how=""))
    action = failing(org, "discussed").action
    assert "'Salon' en 'R&D <Noord>'" in action and "wanneer en hoe" in action, action


def test_an_external_study_needs_its_proof():
    assert "groepsgesprekken per team" in failing(by_external_study(method=""), "study").action
    assert "'R&D <Noord>'" in failing(by_external_study(team_ids=[TEAM_A]), "per_team").action
    assert "'Salon'" in failing(by_external_study(participants=5), "half").action
    passing(by_external_study(participants=6, invited=0), "half")  # 6 of the teams' 12
    failing(by_external_study(participants=6, invited=14), "half")  # 6 of 14 asked
    action = failing(by_external_study(discussed_how=""), "discussed").action
    assert "'Arbodienst Midden'" in action


def test_routes_mix_per_team():
    org = by_conversations(talk(TEAM_B))
    org.cycles[0].measurements = [m.Measurement(
        "Vragenlijst salon", date(2025, 10, 1), responses=[m.Response(TEAM_A, id=n)
                                                           for n in range(1, 4)],
        discussed_with_staff="Werkoverleg", id=1)]
    for key in STUDY_CHECKS:
        passing(org, key)
    org.cycles[0].conversations = []
    assert "'R&D <Noord>'" in failing(org, "per_team").action
    failing(org, "half")


def test_small_teams_are_advised_a_conversation():
    org = ready_org()
    _no_study(org)
    for team in org.cycles[0].teams:
        team.headcount = 4
    action = failing(org, "study").action
    assert "vragenlijst, groepsgesprekken per team of een extern onderzoek" in action
    assert "past een groepsgesprek beter" in action and "'Salon'" in action
    org = by_conversations(talk(TEAM_A))
    org.cycles[0].teams[1].headcount = 3
    assert "past een groepsgesprek beter" in failing(org, "per_team").action


@pytest.mark.parametrize("make", [by_conversations, by_external_study])
def test_no_risk_stands_on_a_conversation_or_an_external_study(make):
    org = make()
    _no_risk_on_a_sentence_alone(org)
    for key in ("causes", "owner_and_term", "coherence", "carried_out", "evaluated"):
        passing(org, key)


# -- voorlichting for every worker, counted against each team's headcount -----------------------


def _seven_in_a_team_five_reached(org):
    cycle = org.cycles[0]
    cycle.teams[0].headcount = 7
    cycle.sessions[0].team_counts = {TEAM_A: 5, TEAM_B: 6}
    return org


def test_everyone_names_how_many_of_a_team_were_not_reached():
    check = failing(_seven_in_a_team_five_reached(ready_org()), "everyone")
    assert "'Salon' 2 van de 7" in check.action
    assert "R&D" not in check.action  # that team was reached in full


def test_a_planned_session_for_the_rest_closes_the_gap():
    org = _seven_in_a_team_five_reached(ready_org())
    org.cycles[0].sessions.append(m.InformationSession(
        TODAY + timedelta(days=14), "Voorlichting voor wie er niet was",
        audience=m.Audience.STAFF, topics=list(m.Topic), id=2))
    passing(org, "everyone")


def test_a_planned_session_only_for_managers_does_not_close_the_gap():
    org = _seven_in_a_team_five_reached(ready_org())
    org.cycles[0].sessions.append(m.InformationSession(
        TODAY + timedelta(days=14), "Training", audience=m.Audience.MANAGERS, id=2))
    failing(org, "everyone")


def test_a_session_dated_after_today_has_reached_nobody_yet():
    org = ready_org()
    org.cycles[0].sessions[0].held_on = TODAY + timedelta(days=1)
    passing(org, "everyone")  # the whole gap has a planned session ...
    assert reach(org.cycles[0], today=TODAY).reached == 0  # ... but nobody is reached yet
