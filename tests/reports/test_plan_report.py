"""The plan van aanpak, read back from the PDF as an inspector would read it."""

import re
import unicodedata
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.pinned import PINNED_DAY
from tests.reports.conftest import (
    PRINTED_ON,
    build_report,
    fonts_used,
    overflowing_text,
    read_pdf,
    small_org,
    squash,
)
from werkdrukdesk.core import model as m
from werkdrukdesk.core.cycles import current_cycle
from werkdrukdesk.core.dates import format_date
from werkdrukdesk.core.errors import WerkdrukError
from werkdrukdesk.demo.build import build_demo
from werkdrukdesk.reports import registry
from werkdrukdesk.reports.fonts import drawable
from werkdrukdesk.reports.plan import document as plan

MARGIN = 20 * 72 / 25.4  # the page margin in points: nothing may be drawn beyond it


def plan_title(org: m.Organisation) -> str:
    """The plan says what the file covers: werkdruk only, or the whole PSA policy."""
    whole = len(org.strands) > 1
    return "Plan van aanpak psychosociale arbeidsbelasting" if whole else "Plan van aanpak werkdruk"


def assert_sound(pdf, org, cycle):
    """What every plan must show: numbered pages with the running head and foot, DejaVu only,
    metadata, and nothing drawn past the margins."""
    total = len(pdf.pages)
    for number, page in enumerate(pdf.pages, start=1):
        flat = " ".join(page.split())
        assert f"pagina {number} van {total}" in flat
        assert f"afgedrukt op {format_date(PRINTED_ON)}" in flat
        assert f"Cyclus {cycle.number}" in flat
    fonts = fonts_used(pdf.reader)
    assert fonts and all(re.fullmatch(r"/[A-Z]{6}\+DejaVuSans(-\w+)?", name) for name in fonts)
    assert all(fonts.values()), f"not embedded as TrueType: {fonts}"
    assert pdf.metadata["/Author"] == " ".join(org.profile.name.split())
    assert pdf.metadata["/Title"].startswith(plan_title(org))
    assert pdf.metadata["/Creator"] == "WerkdrukDesk"
    assert overflowing_text(pdf.reader, MARGIN) == []


# -- the demo organisations ------------------------------------------------------------------


@pytest.mark.parametrize("size", ["small", "large"])
def test_demo_plan_shows_everything_an_inspector_asks_for(size):
    org = build_demo(size, today=PINNED_DAY)
    cycle = current_cycle(org)
    pdf = read_pdf(build_report(org, cycle))
    assert_sound(pdf, org, cycle)
    text = pdf.squashed
    for expected in [plan_title(org), org.profile.name, org.profile.prevention_officer,
                     org.profile.rie_instrument, "Gevonden risico's", "Aanpak en samenhang",
                     "Instemming en ondertekening", "Namens de werkgever", "Handtekening"]:
        assert squash(expected) in text, expected
    for team in cycle.teams:
        assert squash(team.name) in text
    for measure in cycle.measures:
        for field in (measure.title, measure.description, measure.responsible, measure.budget):
            assert squash(field) in text, field
    assert squash(format_date(cycle.approval.consent_date)) in text


def test_measures_follow_the_flyer_organisation_then_team_then_individual():
    org = build_demo("small", today=PINNED_DAY)
    text = read_pdf(build_report(org)).squashed
    headings = ["Maatregelenvoordeheleorganisatie", "Maatregelenperteam",
                "Maatregelenvoorindividuelemedewerkers"]
    cards = text[text.index("4.1."):]  # after the overview table
    positions = [cards.index(h) for h in headings]
    assert positions == sorted(positions)
    for measure in current_cycle(org).measures:
        level = list(m.Level).index(measure.level)
        at = cards.index(squash(measure.description))  # titles recur under "hangt samen met"
        assert positions[level] < at
        assert level == 2 or at < positions[level + 1]


def test_an_open_measure_past_its_deadline_says_te_laat():
    org = small_org()
    late, done = org.cycles[0].measures[0], m.Measure("Klaar", id=2, status=m.MeasureStatus.DONE)
    late.deadline = done.deadline = PRINTED_ON - timedelta(days=3)
    done.completed_on = PRINTED_ON - timedelta(days=5)
    org.cycles[0].measures.append(done)
    text = read_pdf(build_report(org)).text
    assert text.count("te laat") == 2  # overview and card of the late measure, not the done one
    assert f"termijn verstreken op {format_date(late.deadline)}" in " ".join(text.split())
    assert f"uitgevoerd op {format_date(done.completed_on)}" in " ".join(text.split())


def test_no_risk_outcome_is_printed_with_its_reason():
    org = small_org()
    cycle = org.cycles[0]
    cycle.no_risk, cycle.no_risk_reason, cycle.measures = True, "Iedereen werkt 20 uur.", []
    text = read_pdf(build_report(org)).squashed
    assert squash("geen risico op werkstress gevonden") in text
    assert squash("Waarom niet: Iedereen werkt 20 uur.") in text
    assert squash("bevat dit plan geen maatregelen") in text


def test_consent_missing_is_said_and_both_parties_can_sign():
    org = small_org()
    org.profile.participation_body = m.ParticipationBody.WORKS_COUNCIL
    text = read_pdf(build_report(org)).squashed
    assert squash("De instemming met dit plan is nog niet vastgelegd.") in text
    assert squash("Namens de ondernemingsraad (OR)") in text


def test_without_a_council_only_the_employer_signs():
    text = read_pdf(build_report(small_org())).squashed
    assert "Namensdewerkgever" in text and "Namensdeondernemingsraad" not in text
    assert squash("de werkgever ondertekent het plan alleen") in text


def test_the_consultation_stands_where_there_is_no_council():
    org = small_org()
    text = read_pdf(build_report(org)).squashed
    assert squash("niet vastgelegd dat de medewerkers over de RI&E en het plan zijn "
                  "geraadpleegd (Arbowet art. 12 lid 3)") in text
    approval = org.cycles[-1].approval
    approval.consulted_on, approval.consultation_how = date(2026, 3, 3), "Overleg met allen"
    approval.consultation_outcome = "Vaste pauzes eerst."
    org.cycles[-1].plan_staff_involvement = "Elk team koos mee."
    text = read_pdf(build_report(org)).squashed
    assert squash("Raadpleging van de medewerkers Op 03-03-2026: Overleg met allen") in text
    assert squash("Wat eruit kwam: Vaste pauzes eerst.") in text
    assert squash("Hoe medewerkers meedachten Elk team koos mee.") in text


def test_a_council_s_consent_to_the_rie_approach_is_printed():
    org = small_org()
    org.profile.participation_body = m.ParticipationBody.WORKS_COUNCIL
    assert squash("Nog niet gevraagd of niet vastgelegd (WOR art. 27 lid 1 sub d).") in read_pdf(
        build_report(org)).squashed
    org.cycles[-1].approval.rie_consent_date = date(2026, 1, 9)
    text = read_pdf(build_report(org)).squashed
    assert squash("Instemming met de aanpak van de RI&E door de ondernemingsraad (OR) op "
                  "09-01-2026") in text


# -- whatever the user typed prints, exactly and within the page -----------------------------


def test_names_and_markup_characters_print_exactly():
    org = small_org("R&D <Noord>")
    org.profile.prevention_officer = "Ayşe Yılmaz"
    cycle = org.cycles[0]
    cycle.teams[0].name = "Team van Łukasz"
    measure = cycle.measures[0]
    measure.title = "<b>Vet</b> & <i>schuin</i> &amp; <br/>"
    measure.responsible = "Ĳsbrand de Vries"
    pdf = read_pdf(build_report(org))
    assert_sound(pdf, org, cycle)
    for expected in ["R&D <Noord>", "Ayşe Yılmaz", "Team van Łukasz", "Ĳsbrand de Vries",
                     "<b>Vet</b> & <i>schuin</i> &amp; <br/>"]:
        assert squash(expected) in pdf.squashed
    assert pdf.metadata["/Author"] == "R&D <Noord>"


def test_empty_fields_show_a_dash_and_an_empty_cycle_builds():
    org = small_org()
    org.cycles[0].measures[0] = m.Measure("", id=1)
    pdf = read_pdf(build_report(org))
    assert "—" in pdf.text
    bare = m.Organisation(m.Profile(name=""), cycles=[m.Cycle(number=1)])
    assert read_pdf(build_report(bare)).pages


def test_dangling_references_still_build():
    org = small_org()
    measure = org.cycles[0].measures[0]
    measure.targets = [m.Target(99, 1), m.Target(1, 42)]
    measure.related_measure_ids, measure.carried_from_measure_id = [7], 1234
    text = read_pdf(build_report(org)).squashed
    assert squash("onbekende bron") in text and squash("onbekend team") in text
    assert squash("Overgenomen uit een vorige cyclus.") in text


def test_a_300_character_word_wraps_in_every_column():
    word = "Werkdrukbeleidsmaatregelen" * 12  # 312 characters, no space
    org = small_org(word)
    cycle = org.cycles[0]
    cycle.teams[0].name = cycle.teams[0].manager = word
    measure = cycle.measures[0]
    measure.title = measure.description = measure.responsible = measure.budget = word
    measure.deadline = date(2026, 12, 1)
    pdf = read_pdf(build_report(org))
    assert_sound(pdf, org, cycle)  # includes: nothing drawn past the margins
    assert pdf.squashed.count(word) >= 6


def test_a_twenty_page_description_flows_inside_its_table_cell():
    org = small_org()
    markers = [f"w{n:05d}" for n in range(3000)]
    measure = org.cycles[0].measures[0]
    measure.description = " ".join(f"{marker} lorem ipsum dolor sit." for marker in markers)
    pdf = read_pdf(build_report(org))
    assert len(pdf.pages) >= 20
    assert_sound(pdf, org, org.cycles[0])
    found = re.findall(r"w\d{5}", pdf.text)
    assert found == markers  # all there, once each, in order
    card_pages = [page for page in pdf.pages if "M1" in page and "w0" in page]
    assert len(card_pages) >= 18  # the card's title row repeats on every page it continues on


# -- the property: any text goes in, the same text comes out ---------------------------------


# pypdf reverses runs of characters from these blocks, reading them as right-to-left script.
PYPDF_RTL_BLOCKS = ((0x0590, 0x08FF), (0xFB1D, 0xFDFF), (0xFE70, 0xFEFF))


def _round_trips(char: str) -> bool:
    """Characters whose printed form pypdf can give back unchanged. Left out, and why:
    - control, format, surrogate, private-use and unassigned characters (Cc, Cf, Cs, Co, Cn)
      are not printable text: the report drops them or prints '\ufffd' on purpose;
    - characters DejaVu Sans has no glyph for: printed as '\ufffd' on purpose;
    - characters beyond U+FFFF: they print, but ReportLab writes their entry in the PDF's
      text map in a form pypdf cannot read back;
    - right-to-left script (bidi classes R, AL, AN and pypdf's RTL blocks, which include
      Hebrew points): pypdf returns it in visual order, reversed."""
    code = ord(char)
    if unicodedata.category(char) in ("Cc", "Cf", "Cs", "Co", "Cn") or code > 0xFFFF:
        return False
    if unicodedata.bidirectional(char) in ("R", "AL", "AN"):
        return False
    if any(low <= code <= high for low, high in PYPDF_RTL_BLOCKS):
        return False
    return char.isspace() or code in drawable()


CHARACTERS = sorted(chr(c) for c in range(0x10000) if _round_trips(chr(c)))
LETTERS = [c for c in CHARACTERS if not c.isspace()]
MARKUP = ["&", "<", ">", "&amp;", "<b>", "</b>", "<br/>", "<para>", "&#x41;", "]]>",
          '<font name="Helvetica">', "&nbsp;", "{0}", "%s"]
FIELD = st.lists(
    st.one_of(
        st.text(st.sampled_from(CHARACTERS), max_size=30),
        st.sampled_from(MARKUP),
        st.text(st.sampled_from(LETTERS), min_size=300, max_size=320),  # a very long word
    ),
    max_size=4,
).map("".join)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=FIELD, team=FIELD, title=FIELD, description=FIELD)
def test_any_text_prints_exactly(name, team, title, description):
    org = small_org(name)
    cycle = org.cycles[0]
    cycle.teams[0].name = team
    cycle.measures[0].title, cycle.measures[0].description = title, description
    pdf = read_pdf(build_report(org))
    for value in (name, team, title, description):
        assert squash(value) in pdf.squashed
    assert_sound(pdf, org, cycle)


# -- the registry ----------------------------------------------------------------------------


def test_registry_builds_the_plan_and_refuses_unknown_kinds():
    assert registry.builder("plan") is plan.build and "plan" in registry.available()
    with pytest.raises(WerkdrukError, match="Onbekend rapport"):
        registry.builder("taart")
    missing = [kind for kind in registry.KINDS if kind not in registry.BUILDERS]
    if missing:
        with pytest.raises(WerkdrukError, match="nog niet beschikbaar"):
            registry.builder(missing[0])


def test_the_plan_shows_what_exists_what_is_added_and_each_measures_purpose():
    org = small_org()
    cycle = org.cycles[0]
    added = cycle.measures[0]
    added.intended_result = "Iedereen neemt elke dag een echte pauze."
    added.judge_how, added.judge_on = "Groepsgesprek per team", date(2027, 3, 1)
    cycle.measures.append(m.Measure(
        "Pauzes volgens de cao", id=2, existing=True, status=m.MeasureStatus.IN_PROGRESS,
        intended_result="Een vaste pauze per dienst."))
    text = read_pdf(build_report(org)).squashed
    assert squash("Van de 2 maatregelen bestonden er 1 al voor dit plan; 1 voegt dit plan "
                  "toe.") in text
    assert squash("Bestond al voor dit plan van aanpak.") in text
    assert squash("bestaat al") in text
    for expected in ["Beoogd resultaat", "Iedereen neemt elke dag een echte pauze.",
                     "Beoordeling van het effect", "Groepsgesprek per team, op 01-03-2027",
                     "Een vaste pauze per dienst."]:
        assert squash(expected) in text, expected


def test_the_demo_plans_print_each_measures_purpose():
    org = build_demo("small", today=PINNED_DAY)
    cycle = org.cycles[0]
    text = read_pdf(build_report(org, cycle)).squashed
    existing = [x for x in cycle.measures if x.existing]
    assert existing and all(squash(x.title) in text for x in existing)
    for measure in cycle.measures:
        assert squash(measure.intended_result) in text


def test_aggression_too_often_is_not_called_a_werkdrukbron():
    """Unwanted behaviour and aggression are strands of PSA beside werkdruk, not sources of
    work pressure: the plan names them apart (the large demo: aggression from clients)."""
    org = build_demo("large", today=PINNED_DAY)
    cycle = current_cycle(org)
    text = read_pdf(build_report(org, cycle)).squashed
    werkdruk = text.index(squash("Werkdrukbronnen te hoog"))
    strands = text.index(squash("Ongewenst gedrag of agressie te vaak"))
    resources = text.index(squash("Energiebronnen te laag"))
    aggression = text.index(squash("Agressie en geweld van buitenaf"), werkdruk)
    assert werkdruk < strands < aggression < resources
    assert squash("Te hoog of te vaak") in text  # the team table's column says so too


def test_a_file_narrowed_to_werkdruk_still_names_rated_aggression_apart():
    """Narrowed to werkdruk after aggression was rated in this cycle: the plan names it apart
    as the balance step and the dossier do, never as a werkdrukbron; a file that never rated
    one keeps the werkdruk-only words."""
    from werkdrukdesk.core.psa.scope import set_scope

    org = build_demo("large", today=PINNED_DAY)
    cycle = current_cycle(org)
    set_scope(org, m.PsaScope.WERKDRUK)
    text = read_pdf(build_report(org, cycle)).squashed
    werkdruk = text.index(squash("Werkdrukbronnen te hoog"))
    strands = text.index(squash("Ongewenst gedrag of agressie te vaak"))
    aggression = text.index(squash("Agressie en geweld van buitenaf"), werkdruk)
    assert werkdruk < strands < aggression
    assert squash("Te hoog of te vaak") in text
    plain = small_org()  # werkdruk only, nothing of the other strands rated
    text = read_pdf(build_report(plain)).squashed
    assert squash("Ongewenst gedrag of agressie") not in text
    assert squash("Te hoog of te vaak") not in text
