"""Klaar voor de inspectie for the whole PSA policy: the checks of unwanted behaviour within and
aggression from outside pass when their point is met and fail, with one action point, when not;
a werkdruk-only file is asked none of them."""

from datetime import date, timedelta

import pytest

from tests.core.readiness_org import TEAM_A, TEAM_B, TODAY, UNWANTED, ready_org
from werkdrukdesk.core import model as m
from werkdrukdesk.core.psa import policy
from werkdrukdesk.core.readiness.base import STRAND_KEYS, TITLES, WHOLE_TITLES, scope
from werkdrukdesk.core.readiness.chain import is_ready, readiness
from werkdrukdesk.core.readiness.plan_review import plan_review
from werkdrukdesk.core.readiness.step_progress import step_progress

INTERNAL, EXTERNAL = 5, 6


def whole_org() -> m.Organisation:
    """The ready kapsalon, widened to the whole PSA policy and meeting every point of it."""
    org = ready_org()
    org.profile.psa_scope = m.PsaScope.WHOLE
    next(s for s in org.sources if s.id == UNWANTED).archived = True  # the mixed source
    org.sources += [
        m.Source("Ongewenst gedrag binnen het bedrijf", m.SourceKind.DEMAND,
                 catalogue_key="unwanted_internal", strand=m.Strand.UNWANTED, id=INTERNAL),
        m.Source("Agressie en geweld van buitenaf", m.SourceKind.DEMAND,
                 catalogue_key="aggression_external", strand=m.Strand.AGGRESSION, id=EXTERNAL),
    ]
    cycle = org.cycles[0]
    cycle.ratings += [m.SourceRating(s, t, m.Rating.FINE, m.Evidence.QUESTIONNAIRE,
                                     "Vragenlijst oktober 2025")
                      for s in (INTERNAL, EXTERNAL) for t in (TEAM_A, TEAM_B)]
    org.psa_policy = m.PsaPolicy(
        code=m.CodeOfConduct(date(2025, 9, 1), "Respect voor elkaar en voor klanten.",
                             "Uitgereikt bij indiensttreding"),
        adviser=m.ConfidentialAdviser(m.AdviserKind.EXTERNAL, "Vertrouwenspunt Łódź & Zn.",
                                      "030 123 45 67", trained=True),
        complaints=m.ComplaintsProcedure(date(2025, 9, 1), "Klachtencommissie van de branche",
                                         independent=True),
        reporting=m.IncidentReporting(date(2025, 9, 1), "Dezelfde dag bij Ayşe Yılmaz",
                                      "preventiemedewerker"),
        house_rules=m.HouseRules(date(2025, 9, 1), "Bij de kassa"),
        aftercare=m.Aftercare(date(2025, 9, 1), "eigenaar", 24, "bedrijfsarts of Slachtofferhulp"),
    )
    return org


def checks_of(org: m.Organisation) -> dict:
    return {c.key: c for c in readiness(org, org.cycles[0], TODAY)}


def test_the_whole_psa_organisation_is_ready_on_every_point_in_the_inspectors_order():
    org = whole_org()
    checks = readiness(org, org.cycles[0], TODAY)
    assert [c.key for c in checks if not c.ok] == [] and is_ready(checks)
    assert [c.key for c in checks] == list(TITLES)
    titles = {c.key: c.title for c in checks}
    assert titles["unwanted"] == WHOLE_TITLES["unwanted"]  # it covers aggression as well
    assert all(c.basis.startswith(("Arbowet", "WOR")) and c.need for c in checks)
    assert "hele beleid" in scope(org)


def test_a_werkdruk_only_file_is_asked_nothing_of_the_other_strands():
    org = ready_org()
    org.psa_policy = m.PsaPolicy()  # no arrangements at all: not its business
    checks = readiness(org, org.cycles[0], TODAY)
    assert is_ready(checks) and not {c.key for c in checks} & set(STRAND_KEYS)
    assert checks_of(org)["unwanted"].title == TITLES["unwanted"]
    note = scope(org)
    assert "alleen over werkdruk" in note and "agressie" in note and "ongewenst gedrag" in note


# -- one thing broken at a time ---------------------------------------------------------------


def _rie_without_aggression(org):
    org.profile.rie_covers_aggression = False


def _one_strand_rating_missing(org):
    org.cycles[0].ratings = [r for r in org.cycles[0].ratings
                             if (r.source_id, r.team_id) != (INTERNAL, TEAM_B)]


def _incident_rated_fine(org):
    org.cycles[0].incidents.append(
        m.Incident(date(2026, 3, 2), m.Strand.AGGRESSION, m.IncidentKind.THREAT, TEAM_B, id=1))


def _code_unknown_to_staff(org):
    org.psa_policy.code.how_staff_know = " "


def _no_adviser(org):
    org.psa_policy.adviser = m.ConfidentialAdviser()


def _committee_not_independent(org):
    org.psa_policy.complaints.independent = False


def _nobody_registers(org):
    org.psa_policy.reporting.registered_by = ""


def _house_rules_not_shown(org):
    org.psa_policy.house_rules.where_shown = ""


def _no_time_for_aftercare(org):
    org.psa_policy.aftercare.within_hours = None


def _aggression_topic_missing(org):
    org.cycles[0].sessions[0].topics.remove(m.Topic.DURING_AND_AFTER_AGGRESSION)


def _aggression_needs_attention_without_measure(org):
    for r in org.cycles[0].ratings:
        if (r.source_id, r.team_id) == (EXTERNAL, TEAM_A):
            r.rating = m.Rating.ATTENTION


BREAKS = [
    ("rie_strands", _rie_without_aggression, "agressie en geweld van buitenaf"),
    ("strands_inventoried", _one_strand_rating_missing, "'R&D <Noord>'"),
    ("incidents_weighed", _incident_rated_fine, "agressie en geweld van buitenaf bij R&D <Noord>"),
    ("code_of_conduct", _code_unknown_to_staff, "hoe medewerkers de code leren kennen"),
    ("confidential_adviser", _no_adviser, "wetsvoorstel, nog niet van kracht"),
    ("complaints_procedure", _committee_not_independent, "onafhankelijk"),
    ("incident_reporting", _nobody_registers, "wie de incidenten registreert"),
    ("house_rules", _house_rules_not_shown, "waar klanten en bezoekers de huisregels zien"),
    ("aftercare", _no_time_for_aftercare, "binnen hoeveel uur"),
    ("strand_topics", _aggression_topic_missing, "wat je doet tijdens en na agressie"),
    ("unwanted", _aggression_needs_attention_without_measure,
     "'Agressie en geweld van buitenaf' voor 'Salon'"),
]


def test_every_strand_check_is_tested_in_both_directions():
    assert {key for key, _, _ in BREAKS} == set(STRAND_KEYS) | {"unwanted"}


@pytest.mark.parametrize(("key", "break_it", "said"), BREAKS, ids=[k for k, _, _ in BREAKS])
def test_a_strand_check_fails_with_its_action_point_when_not_met(key, break_it, said):
    org = whole_org()
    assert checks_of(org)[key].ok
    break_it(org)
    checks = checks_of(org)
    check = checks[key]
    assert not check.ok and said in check.action, check.action
    assert check.step in ("organisation", "inventory", "plan", "sessions")
    # one point, not a cascade: what else fails waits only for the inventory to be complete
    others = [c for k, c in checks.items() if not c.ok and k != key]
    assert all(c.need_key in ("causes", "strands_inventoried") for c in others), others


def test_the_law_is_stated_honestly_for_the_arrangements():
    org = whole_org()
    org.psa_policy = m.PsaPolicy()
    checks = checks_of(org)
    for key in ("code_of_conduct", "complaints_procedure", "house_rules", "aftercare"):
        assert "De wet noemt" in checks[key].action and "niet met zoveel woorden" in \
            checks[key].action
        assert "wetsvoorstel" not in checks[key].action  # no bill for these
    adviser = checks["confidential_adviser"].action
    assert "Kamerstuk 35 592" in adviser and "Kijk op de site van de Tweede Kamer" in adviser
    assert "verplicht" not in adviser.replace("zou verplichten", "")  # never said as law


def test_an_incident_weighed_with_a_rating_and_a_measure_passes():
    org = whole_org()
    _incident_rated_fine(org)
    assert not checks_of(org)["incidents_weighed"].ok
    for r in org.cycles[0].ratings:
        if (r.source_id, r.team_id) == (EXTERNAL, TEAM_B):
            r.rating, r.evidence = m.Rating.ATTENTION, m.Evidence.INCIDENT_REGISTER
    assert checks_of(org)["incidents_weighed"].ok
    assert not checks_of(org)["unwanted"].ok  # attention on aggression asks for a measure
    org.cycles[0].measures.append(m.Measure(
        "Nooit alleen aan de kassa na 18 uur", responsible="Ayşe Yılmaz",
        deadline=TODAY + timedelta(days=90), targets=[m.Target(EXTERNAL, TEAM_B)], id=9))
    assert is_ready(readiness(org, org.cycles[0], TODAY))


def test_an_incident_of_the_other_strand_or_of_no_team_weighs_where_it_belongs():
    org = whole_org()
    org.cycles[0].incidents.append(m.Incident(date(2026, 3, 2), m.Strand.UNWANTED,
                                              m.IncidentKind.BULLYING, None, id=1))
    assert checks_of(org)["incidents_weighed"].ok  # no organisation-wide rating says 'fine'
    org.cycles[0].ratings.append(m.SourceRating(INTERNAL, None, m.Rating.FINE,
                                                m.Evidence.DOCUMENT, "Notulen"))
    check = checks_of(org)["incidents_weighed"]
    assert not check.ok and "ongewenst gedrag binnen het bedrijf bij de hele organisatie" in \
        check.action


def test_the_incident_register_counts_as_evidence_for_the_inventory():
    org = whole_org()
    for r in org.cycles[0].ratings:
        if r.source_id == EXTERNAL:
            r.evidence, r.evidence_reference = m.Evidence.INCIDENT_REGISTER, "Register 2025"
    assert checks_of(org)["strands_inventoried"].ok
    for r in org.cycles[0].ratings:
        if r.source_id == EXTERNAL:
            r.evidence = m.Evidence.NONE
    assert not checks_of(org)["strands_inventoried"].ok


def test_an_arrangement_dated_after_today_is_a_plan_not_a_fact():
    org = whole_org()
    org.psa_policy.code.set_on = TODAY + timedelta(days=1)
    assert "niet in de toekomst" in checks_of(org)["code_of_conduct"].action
    org.psa_policy.code.set_on = TODAY
    assert checks_of(org)["code_of_conduct"].ok


def test_the_policy_says_what_each_arrangement_lacks_and_which_strands_it_serves():
    empty = m.PsaPolicy()
    for key in policy.KEYS:
        assert policy.missing(empty, key, TODAY) and not policy.complete(empty, key, TODAY)
        assert policy.complete(whole_org().psa_policy, key, TODAY)
    assert policy.SERVES[policy.HOUSE_RULES] == (m.Strand.AGGRESSION,)
    assert set(policy.SERVES[policy.ADVISER]) == {m.Strand.UNWANTED, m.Strand.AGGRESSION}
    assert policy.missing(empty, policy.AFTERCARE, TODAY) == [
        "wie de opvang doet", "binnen hoeveel uur iemand er is",
        "naar wie u doorverwijst, zoals de bedrijfsarts of slachtofferhulp"]
    assert [b.arrangement for b in policy.PENDING_BILLS] == [policy.ADVISER]
    for key in policy.KEYS:  # a bill is said only where there is one
        assert bool(policy.pending_note(key)) == (key == policy.ADVISER)


def test_narrowing_to_werkdruk_leaves_the_strand_checks_out_again():
    org = whole_org()
    org.psa_policy = m.PsaPolicy()
    assert not is_ready(readiness(org, org.cycles[0], TODAY))
    org.profile.psa_scope = m.PsaScope.WERKDRUK
    next(s for s in org.sources if s.id == UNWANTED).archived = False
    for s in org.sources:
        s.archived = s.archived if s.strand == m.Strand.WERKDRUK else True
    assert is_ready(readiness(org, org.cycles[0], TODAY))


def test_the_plan_panel_and_the_sidebar_are_made_of_the_same_checks():
    org = whole_org()
    _aggression_needs_attention_without_measure(org)
    org.psa_policy.adviser = m.ConfidentialAdviser()
    _aggression_topic_missing(org)
    lines = plan_review(org, org.cycles[0], TODAY)
    unwanted = next(x for x in lines if x.check_key == "unwanted")
    assert not unwanted.ok and "Agressie en geweld van buitenaf" in unwanted.message
    steps = step_progress(org, org.cycles[0], TODAY)
    for step, key in (("plan", "unwanted"), ("organisation", "confidential_adviser"),
                      ("sessions", "strand_topics")):
        part = next(p for p in steps[step].parts if p.check == key)
        assert not part.ok and not steps[step].complete
    assert steps["inventory"].complete


def test_the_strand_parts_give_credit_for_what_is_done_so_far():
    org = whole_org()
    _one_strand_rating_missing(org)
    _aggression_topic_missing(org)
    steps = step_progress(org, org.cycles[0], TODAY)
    cells = next(p for p in steps["inventory"].parts if p.check == "strands_inventoried")
    assert (cells.done, cells.total) == (3, 4)  # two strand sources for two teams, one open
    topics = next(p for p in steps["sessions"].parts if p.check == "strand_topics")
    assert (topics.done, topics.total) == (3, 4)
    assert not cells.ok and not topics.ok


def test_the_strand_checks_come_in_english():
    from tests.core.test_i18n_core import assert_english
    from werkdrukdesk.core import i18n

    org = whole_org()
    org.psa_policy = m.PsaPolicy()
    org.profile.rie_covers_unwanted = False
    _incident_rated_fine(org)
    _aggression_topic_missing(org)
    with i18n.language("en"):
        checks = {c.key: c for c in readiness(org, org.cycles[0], TODAY) if not c.ok}
        note = scope(org)
    assert set(STRAND_KEYS) - {"strands_inventoried"} <= set(checks)
    for key in STRAND_KEYS:
        if key in checks:
            assert_english(checks[key].title + " " + checks[key].action, ("R&D <Noord>",))
    assert "not yet in force" in checks["confidential_adviser"].action
    assert_english(note)
