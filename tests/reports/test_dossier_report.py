"""The werkdrukdossier, read back from the PDF as an inspector would read it."""

import functools
import re
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings

from tests.pinned import PINNED_DAY
from tests.reports.conftest import (
    PRINTED_ON,
    build_report,
    fonts_used,
    overflowing_text,
    read_pdf,
    squash,
)
from tests.reports.test_plan_report import FIELD
from werkdrukdesk.core import model as m
from werkdrukdesk.core.balance import team_pictures
from werkdrukdesk.core.cycles import current_cycle
from werkdrukdesk.core.dates import format_date
from werkdrukdesk.core.readiness.coverage import reach
from werkdrukdesk.demo.build import build_demo
from werkdrukdesk.reports import registry
from werkdrukdesk.reports.dossier import document as dossier

MARGIN = 20 * 72 / 25.4
SECTIONS = ["1. Organisatie en RI&E", "2. Inventarisatie", "3. Balans per team", "4. Maatregelen",
            "5. Voorlichting en onderricht", "6. Evaluatie",
            "7. Ongewenst gedrag binnen het bedrijf", "8. Agressie en geweld van buitenaf",
            "9. Eerdere cycli"]  # the samples cover the whole PSA policy


def dossier_pdf(org: m.Organisation, cycle: m.Cycle | None = None):
    return read_pdf(build_report(org, cycle, kind="dossier"))


@functools.cache
def demo(size: str):
    """A demo organisation and its dossier, built once for all tests that only read them."""
    org = build_demo(size, today=PINNED_DAY)
    return org, current_cycle(org), dossier_pdf(org)


def assert_sound(pdf, org, cycle):
    total = len(pdf.pages)
    for number, page in enumerate(pdf.pages, start=1):
        flat = " ".join(page.split())
        assert f"pagina {number} van {total}" in flat
        assert f"afgedrukt op {format_date(PRINTED_ON)}" in flat
        assert f"Cyclus {cycle.number}" in flat
    fonts = fonts_used(pdf.reader)
    assert fonts and all(re.fullmatch(r"/[A-Z]{6}\+DejaVuSans(-\w+)?", name) for name in fonts)
    assert all(fonts.values()), f"not embedded as TrueType: {fonts}"
    whole = len(org.strands) > 1  # the title says what the file covers
    assert pdf.metadata["/Title"].startswith(
        "Dossier psychosociale arbeidsbelasting" if whole else "Werkdrukdossier")
    assert pdf.metadata["/Author"] == " ".join(org.profile.name.split())
    assert overflowing_text(pdf.reader, MARGIN) == []


def full_org(name: str = "R&D <Noord>") -> m.Organisation:
    """Two cycles with something in every section; the older one is history."""
    demand = m.Source("Te veel werk", m.SourceKind.DEMAND, catalogue_key="work", id=1)
    resource = m.Source("Steun van collega's", m.SourceKind.RESOURCE, catalogue_key="sup", id=2)
    own = m.Source("Registratiedruk", m.SourceKind.DEMAND, position=5, id=3)
    old = m.Cycle(number=1, title="Cyclus 2025", start_date=date(2025, 1, 1),
                  end_date=date(2025, 12, 31), closed=True, id=1,
                  measures=[m.Measure("Oud", status=m.MeasureStatus.DONE, id=1),
                            m.Measure("Oud 2", status=m.MeasureStatus.CANCELLED, id=2)],
                  sessions=[m.InformationSession(date(2025, 3, 1), id=1)],
                  process_evaluation=m.ProcessEvaluation(policy_changes="Vaker meten."))
    salon = m.Team("Salon van Łukasz", headcount=6, hybrid=True, manager="Ayşe Yılmaz", id=1)
    office = m.Team("Kantoor", headcount=3, id=2)
    cycle = m.Cycle(
        number=2, title="Cyclus 2026", start_date=date(2026, 1, 1), id=2,
        teams=[salon, office],
        hybrid_consideration="Thuiswerkers zijn apart bevraagd.",
        ratings=[
            m.SourceRating(1, 1, m.Rating.PROBLEM, m.Evidence.QUESTIONNAIRE, "Meting maart",
                           "Drukte op zaterdag."),
            m.SourceRating(2, 1, m.Rating.FINE, m.Evidence.GROUP_DISCUSSION, "Overleg"),
            m.SourceRating(3, 1, m.Rating.ATTENTION, m.Evidence.NONE),
            m.SourceRating(2, None, m.Rating.PROBLEM, m.Evidence.DOCUMENT, "Verzuimcijfers"),
        ],
        balances=[m.TeamBalance(1, m.Verdict.OUT_OF_BALANCE, 1, "Pauzes schieten erbij in.",
                                "Avonddiensten botsen met de zorg voor kinderen.", "Eerst.")],
        measures=[
            m.Measure("Vaste pauzes", level=m.Level.TEAM, targets=[m.Target(1, 1)], id=3,
                      status=m.MeasureStatus.DONE, responsible="Ĳsbrand de Vries",
                      evaluation=m.MeasureEvaluation(m.Effect.NOT_EFFECTIVE, "Groepsgesprek",
                                                     "Pauzes vallen nog weg.", "Rooster aanpassen.",
                                                     date(2026, 10, 1))),
            m.Measure("Werkoverleg", status=m.MeasureStatus.DONE, id=4),
            m.Measure("Coaching", level=m.Level.INDIVIDUAL, id=5),
        ],
        approval=m.PlanApproval(m.ParticipationBody.STAFF_REPRESENTATION, date(2026, 3, 1),
                                "Unaniem.", "Eigenaar Jansen", date(2026, 2, 20)),
        sessions=[m.InformationSession(
            date(2026, 4, 2), "Uitleg werkstress", m.SessionForm.WORKSHOP, m.Audience.STAFF,
            "Preventiemedewerker Żaneta", [m.Topic.WHAT_IS_STRESS, m.Topic.CAUSES],
            [m.Attendee("Ayşe Yılmaz", 1), m.Attendee("Piet", None)], {2: 3}, id=2)],
        measurements=[m.Measurement("Meting maart", date(2026, 3, 10), m.CollectionMethod.PAPER,
                                    [1, 2], "Besproken op 20-03-2026.", id=1,
                                    responses=[m.Response(1, {"a": 4}), m.Response(2, {"a": 2})])],
        process_evaluation=m.ProcessEvaluation([m.EvaluationMethod.SECOND_MEASUREMENT],
                                               "Rustig verlopen.", "Eerder beginnen.",
                                               "Pauzes in het beleid.", date(2026, 11, 1)),
    )
    profile = m.Profile(name=name, headcount=9, arbocatalogus="Arbocatalogus Kappers",
                        participation_body=m.ParticipationBody.STAFF_REPRESENTATION)
    documents = [m.Document("Verdiepend onderzoek 2026", m.DocumentKind.DEEPER_STUDY, id=1),
                 m.Document("RI&E 2025", m.DocumentKind.RIE, date(2025, 5, 1), "Map A", id=2)]
    return m.Organisation(profile, documents, [demand, resource, own], [old, cycle])


# -- the demo organisations ------------------------------------------------------------------


@pytest.mark.parametrize("size", ["small", "large"])
def test_demo_dossier_holds_every_section_in_order_with_right_contents(size):
    org, cycle, pdf = demo(size)
    assert_sound(pdf, org, cycle)
    text = pdf.squashed
    body = text[text.index(squash(SECTIONS[0]), text.index("Inhoud")):]
    positions = [body.index(squash(title)) for title in SECTIONS]
    assert positions == sorted(positions)
    for expected in [org.profile.arbocatalogus, *(d.title for d in org.documents),
                     *(t.name for t in cycle.teams), *(x.name for x in cycle.measurements),
                     *(x.title for x in cycle.measures), *(x.title for x in cycle.sessions),
                     "◀ Werkdrukbronnen", "Energiebronnen ▶", "Namens de werkgever"]:
        assert squash(expected) in text, expected
    for earlier in org.cycles:
        if earlier.number < cycle.number:
            assert squash(earlier.process_evaluation.policy_changes) in text


def test_contents_give_the_page_each_section_starts_on():
    _, _, pdf = demo("small")
    contents = " ".join(pdf.pages[0].split())
    for number, title in enumerate(SECTIONS, start=1):
        found = re.search(rf"{number}\. {re.escape(title[3:])} .*? pagina (\d+)", contents)
        assert found, title
        page = int(found.group(1))
        heading_pages = [n for n, p in enumerate(pdf.pages, 1) if squash(title) in squash(p)]
        assert page in heading_pages, (title, page, heading_pages)


def test_balance_counts_match_the_screen():
    org, cycle, pdf = demo("large")
    text = pdf.squashed
    for picture in team_pictures(org, cycle).values():
        counts = (f"werkdrukbronnen: {len(picture.werkdruk_too_high)} te hoog, "
                  f"{len(picture.werkdruk_attention)} aandacht nodig; energiebronnen: "
                  f"{len(picture.resources_too_low)} te laag, "
                  f"{len(picture.resources_attention)} aandacht nodig")
        assert squash(counts) in text
        strands = (f"{len(picture.strands_too_often)} te vaak, "
                   f"{len(picture.strands_attention)} aandacht nodig")  # the sample: whole PSA
        assert squash(strands) in text


def test_reach_per_team_is_at_least_n_of_m():
    org, cycle, pdf = demo("small")
    text = pdf.squashed
    for team in reach(cycle, org.profile.headcount).teams:
        assert squash(f"minstens {team.reached} van {team.headcount}") in text


# -- one organisation with everything in it ---------------------------------------------------


def test_every_section_prints_what_was_recorded():
    org = full_org()
    cycle = org.cycles[1]
    pdf = dossier_pdf(org, cycle)
    assert_sound(pdf, org, cycle)
    text = pdf.squashed
    for expected in [
        "R&D <Noord>", "Salon van Łukasz", "Ayşe Yılmaz", "Arbocatalogus Kappers",
        "RI&E 2025", "Verdiepend onderzoek 2026",
        # inventory: flagged in full, fine ones counted, own source marked, evidence
        "Drukte op zaterdag.", "te hoog", "Meting maart", "eigen bron",
        ("3 bronnen bekeken: 1 in orde, 1 aandacht nodig, 1 te hoog of te laag, "
         "0 nog niet beoordeeld."), "nog geen onderbouwing", "Verzuimcijfers",
        "Thuiswerkers zijn apart bevraagd.", "Teams die hybride werken: Salon van Łukasz.",
        # two responses: under the threshold, so not even their number is printed
        "minder dan 5 vragenlijsten", "Besproken op 20-03-2026.",
        # balance
        "Prioriteit 1", "uit balans", "Pauzes schieten erbij in.",
        "Avonddiensten botsen met de zorg voor kinderen.",
        # plan and consent
        "4.4. Samenhang, instemming en ondertekening", "M1", "Vaste pauzes",
        "personeelsvertegenwoordiging (PVT) op 01-03-2026", "Unaniem.",
        "ondertekend door Eigenaar Jansen op 20-02-2026",
        # sessions
        "Uitleg werkstress", "workshop · medewerkers", "door Preventiemedewerker Żaneta",
        "5 aanwezig", "2 op naam", "Kantoor: 3", "zonder team: 1", "nog niet behandeld",
        "minstens 1 van 6", "minstens 3 van 3",
        # evaluation
        "werkt niet", "Pauzes vallen nog weg.", "Rooster aanpassen.",
        "Uitgevoerd, maar nog niet geëvalueerd:", "Werkoverleg",
        "Meting maart (10-03-2026)", "Pauzes in het beleid.",
        # history
        "Cyclus 1", "01-01-2025 tot en met 31-12-2025", "2 maatregelen", "1 uitgevoerd",
        "1 vervallen",
        "1 bijeenkomst", "Vaker meten.",
    ]:
        assert squash(expected) in text, expected
    assert "Steun van collega's" in pdf.text  # the organisation-wide problem


def test_only_sources_that_are_not_fine_are_printed_in_full():
    org = full_org()
    cycle = org.cycles[1]
    cycle.ratings[1].note = "Alles prima in de salon."
    assert squash("Alles prima in de salon.") not in dossier_pdf(org, cycle).squashed


def test_answers_never_reach_the_dossier():
    """Only that a measurement was held and how many filled it in: not what they answered."""
    texts = []
    for answer in (1, 5):
        org = full_org()
        for response in org.cycles[1].measurements[0].responses:
            response.answers = {"a": answer, "b": answer}
        texts.append(dossier_pdf(org, org.cycles[1]).text)
    assert texts[0] == texts[1]


def test_an_earlier_cycle_has_no_later_history_and_the_first_says_so():
    org = full_org()
    text = dossier_pdf(org, org.cycles[0]).squashed
    assert squash("Dit is de eerste cyclus") in text
    assert squash("Vaste pauzes") not in text


def test_no_risk_outcome_is_printed_with_its_reason():
    org = full_org()
    cycle = org.cycles[1]
    cycle.no_risk, cycle.no_risk_reason = True, "Iedereen werkt 20 uur."
    text = dossier_pdf(org, cycle).squashed
    assert squash("Uitkomst: geen risico op werkstress gevonden") in text
    assert squash("Onderbouwing: Iedereen werkt 20 uur.") in text


def test_an_empty_organisation_builds_and_says_what_is_missing():
    bare = m.Organisation(m.Profile(name=""), cycles=[m.Cycle(number=1)])
    pdf = dossier_pdf(bare)
    assert_sound(pdf, bare, bare.cycles[0])
    text = pdf.squashed
    for expected in ["nog geen teams vastgelegd", "nog geen documenten vastgelegd",
                     "Hier is nog niets beoordeeld.", "nog geen meting",
                     "nog geen maatregelen vastgelegd", "nog geen voorlichting vastgelegd",
                     "Nog geen enkele maatregel is geëvalueerd.", "Dit is de eerste cyclus",
                     "de organisatie"]:
        assert squash(expected) in text, expected


def test_a_300_character_word_and_a_long_text_stay_on_the_paper():
    word = "Werkdrukbeleidsmaatregelen" * 12
    org = full_org(word)
    cycle = org.cycles[1]
    cycle.teams[0].name = cycle.sessions[0].given_by = word
    cycle.ratings[0].evidence_reference = cycle.balances[0].rest_and_recovery = word
    markers = [f"w{n:04d}" for n in range(700)]
    cycle.ratings[0].note = " ".join(f"{x} lorem ipsum dolor." for x in markers)
    pdf = dossier_pdf(org, cycle)
    assert_sound(pdf, org, cycle)
    assert re.findall(r"w\d{4}", pdf.text) == markers
    assert pdf.squashed.count(word) >= 8


# -- any text goes in, the same text comes out -------------------------------------------------


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=FIELD, team=FIELD, note=FIELD, session=FIELD, outcome=FIELD, history=FIELD)
def test_any_text_prints_exactly(name, team, note, session, outcome, history):
    org = full_org(name)
    cycle = org.cycles[1]
    cycle.teams[0].name, cycle.ratings[0].note = team, note
    cycle.sessions[0].given_by = session
    cycle.measures[0].evaluation.outcome = outcome
    org.cycles[0].process_evaluation.policy_changes = history
    pdf = dossier_pdf(org, cycle)
    for value in (name, team, note, session, outcome, history):
        assert squash(value) in pdf.squashed
    assert_sound(pdf, org, cycle)


def test_the_rie_s_werkdruk_part_psa_strands_and_changes_are_printed():
    org = full_org()
    text = dossier_pdf(org).squashed
    assert squash("Werkdruk in de RI&E Niet vastgelegd waar werkdruk in de RI&E staat.") in text
    p = org.profile
    p.rie_date, p.rie_covers_werkdruk, p.rie_covers_aggression = date(2024, 5, 1), True, True
    p.rie_werkdruk_place, p.rie_werkdruk_date = "Hoofdstuk 6, blz. 31", date(2025, 5, 1)
    org.changes = [m.OrganisationChange(m.ChangeKind.NEW_TEAM, date(2025, 1, 10), "Kantoor", 1),
                   m.OrganisationChange(m.ChangeKind.HYBRID_WORK, date(2026, 2, 1), "", 2)]
    text = dossier_pdf(org).squashed
    assert squash("Hoofdstuk 6, blz. 31 (dit deel is van 01-05-2025)") in text
    assert squash("werkdruk: ja; ongewenst gedrag in de organisatie: nee; agressie en geweld van "
                  "buiten: ja") in text
    assert squash("10-01-2025: nieuw team of nieuwe afdeling — Kantoor") in text
    assert squash("01-02-2026: hybride werken (nog niet in de RI&E verwerkt)") in text
    assert squash("Kantoor (nog niet") not in text  # taken in by the update of May 2025


def test_without_a_council_the_dossier_shows_the_consultation_not_a_dispensation():
    org = full_org()
    org.profile.participation_body = m.ParticipationBody.NONE
    cycle = org.cycles[-1]
    cycle.approval.consent_body = m.ParticipationBody.NONE
    text = dossier_pdf(org).squashed
    assert squash("Niet nodig") not in text
    assert squash("Raadpleging van de medewerkers Er is geen OR of PVT, en niet vastgelegd") in text
    cycle.approval.consulted_on, cycle.approval.consultation_how = date(2026, 3, 2), "Overleg"
    cycle.approval.consultation_outcome = "Pauzes eerst."
    text = dossier_pdf(org).squashed
    assert squash("Op 02-03-2026: Overleg") in text
    assert squash("Wat eruit kwam: Pauzes eerst.") in text


def test_registry_builds_the_dossier():
    assert registry.builder("dossier") is dossier.build and "dossier" in registry.available()


def test_conversations_and_an_external_study_print_without_names():
    org = full_org()
    cycle = org.cycles[1]
    cycle.conversations = [
        m.GroupConversation(1, date(2026, 3, 3), "Preventiemedewerker Henk", True, 5,
                            "Te veel werk: de zaterdag is te vol.", True, date(2026, 3, 17),
                            "In het werkoverleg", id=1),
        m.GroupConversation(2, date(2026, 3, 4), "Ayşe Yılmaz", False, 2,
                            "Piet vindt de planning te krap.", False, id=2),
    ]
    cycle.external_studies = [m.ExternalStudy(
        "Arbodienst Noord", date(2026, 2, 1), "Interviews per team", [1, 2], 7, 9,
        "Rapport in de arbomap", date(2026, 2, 20), "Presentatie", id=1)]
    pdf = dossier_pdf(org, cycle)
    assert_sound(pdf, org, cycle)
    text = pdf.squashed
    for expected in ["Groepsgesprekken per team", "Preventiemedewerker Henk",
                     "niet de leidinggevende van het team", "5 van 6",
                     "Te veel werk: de zaterdag is te vol.", "In het werkoverleg",
                     "de leidinggevende van het team", "2 van 3",
                     "Niet afgedrukt: nog niet bevestigd dat hier geen namen in staan.",
                     "nog niet besproken", "Extern onderzoek", "Arbodienst Noord",
                     "Interviews per team", "Salon van Łukasz, Kantoor", "7 van 9",
                     "Rapport in de arbomap", "Presentatie"]:
        assert squash(expected) in text, expected
    assert squash("Piet vindt") not in text  # outcomes not vouched for hold no names in print


def test_outcomes_per_source_print_under_their_conversation_only_without_names():
    org = full_org()
    cycle = org.cycles[1]
    first, second = org.sources[0], org.sources[1]
    cycle.conversations = [
        m.GroupConversation(1, date(2026, 3, 3), "Preventiemedewerker Henk", True, 5, "", True,
                            outcomes_per_source=[
                                m.ConversationOutcome(first.id, "De zaterdag is te vol."),
                                m.ConversationOutcome(second.id, "Pauzes lukken meestal.")],
                            id=1),
        m.GroupConversation(2, date(2026, 3, 4), "Arbodienst", True, 2, "", False,
                            outcomes_per_source=[
                                m.ConversationOutcome(first.id, "Piet plant te krap.")], id=2),
    ]
    pdf = dossier_pdf(org, cycle)
    assert_sound(pdf, org, cycle)
    text = pdf.squashed
    salon = next(t.name for t in cycle.teams if t.id == 1)
    for expected in [f"Uitkomsten per bron: {salon}, 03-03-2026", "Wat kwam eruit, zonder namen",
                     first.name, "De zaterdag is te vol.", second.name,
                     "Pauzes lukken meestal.",
                     "Niet afgedrukt: nog niet bevestigd dat hier geen namen in staan."]:
        assert squash(expected) in text, expected
    assert squash("Piet plant") not in text  # not vouched for: held back
    assert text.count(squash("Uitkomsten per bron:")) == 1
    assert text.index(squash("Groepsgesprekken per team")) < text.index(
        squash("De zaterdag is te vol."))


def test_the_dossier_names_the_gap_per_team_and_a_planned_session():
    org = full_org()
    cycle = org.cycles[-1]
    team = cycle.teams[0]
    cycle.sessions = [
        m.InformationSession(date(2026, 3, 1), "Werkdruk", audience=m.Audience.EVERYONE,
                             topics=list(m.Topic), team_counts={team.id: 1, 2: 3}, id=1),
        m.InformationSession(date(2027, 1, 12), "Inhaalsessie", audience=m.Audience.STAFF,
                             id=2),
    ]
    text = dossier_pdf(org, cycle).squashed
    missing = team.headcount - 1
    assert squash(f"{team.name}: {missing} van de {team.headcount} medewerkers nog niet "
                  "bereikt.") in text
    assert squash("Gepland op 12-01-2027: Inhaalsessie.") in text
    assert squash("kent geen datums van indiensttreding") in text


def test_the_evaluation_sets_each_intended_result_beside_what_came_of_it():
    org = build_demo("small", today=PRINTED_ON)
    cycle = org.cycles[0]
    judged = next(x for x in cycle.measures
                  if x.evaluation is not None and x.intended_result.strip())
    text = dossier_pdf(org, cycle).squashed
    section = text[text.index(squash("6. Evaluatie Per maatregel")):]
    card = section[section.index(squash(judged.title)):]
    assert card.index(squash(f"Beoogd resultaat {judged.intended_result}")) < card.index(
        squash("Hoe vastgesteld"))
