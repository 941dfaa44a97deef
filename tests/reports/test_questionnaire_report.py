"""The paper questionnaire, read back from the PDF as a respondent (and whoever enters the
answers) would read it."""

import re
from datetime import date

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
    squash,
)
from tests.reports.test_plan_report import FIELD, MARGIN
from werkdrukdesk.core import model as m
from werkdrukdesk.core.catalogue import builtin_sources
from werkdrukdesk.core.cycles import current_cycle
from werkdrukdesk.core.dates import format_date
from werkdrukdesk.core.errors import WerkdrukError
from werkdrukdesk.demo.build import build_demo
from werkdrukdesk.reports import registry
from werkdrukdesk.reports.survey import questionnaire

SCALE = ["nooit", "zelden", "soms", "vaak", "altijd"]
BOX = "☐"


def build(org, cycle=None, **options):
    return read_pdf(build_report(org, cycle, kind="questionnaire", **options))


def assert_sound(pdf, org, cycle):
    """Numbered pages with the running head and foot, DejaVu only, metadata, nothing drawn
    past the margins, and the words of the scale over the boxes on every page with boxes."""
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
    assert pdf.metadata["/Title"].startswith("Vragenlijst werkdruk")
    assert pdf.metadata["/Creator"] == "WerkdrukDesk"
    assert overflowing_text(pdf.reader, MARGIN) == []


def assert_numbered(pdf, items):
    """Every statement once, numbered 1..N in this order, with five boxes after it."""
    text, at = pdf.squashed, 0
    for number, item in enumerate(items, start=1):
        expected = f"{number}.{squash(item.text)}{BOX * 5}"
        found = text.find(expected, at)
        assert found >= 0, expected
        at = found + len(expected)


def assert_scale_on_pages_with_items(pdf):
    """A page with a row of five boxes shows the words of the scale."""
    with_items = [page for page in map(squash, pdf.pages) if BOX * 5 in page]
    assert with_items
    for page in with_items:
        assert all(word in page for word in SCALE)


def items_of(org, source_ids):
    chosen = [x for x in sorted(org.sources, key=lambda x: x.position) if x.id in source_ids]
    return [item for x in chosen for item in sorted(x.items, key=lambda i: i.position)]


def org_without_measurement():
    """Built-in sources (one archived) and an own source; teams; no measurement."""
    sources = builtin_sources()
    own = m.Source("Bestellingen op het laatste moment", m.SourceKind.DEMAND,
                   position=len(sources),
                   items=[m.Item("own_1", "Klanten bestellen pas op de dag zelf."),
                          m.Item("own_2", "Ik moet mijn planning omgooien voor een spoedklus.",
                                 1)])
    sources.append(own)
    for n, source in enumerate(sources, start=1):
        source.id = n
    sources[3].archived = True
    cycle = m.Cycle(number=2, title="Cyclus 2026", id=1,
                    teams=[m.Team("R&D <Noord>", 6, id=1), m.Team("Team van Łukasz", 4, id=2)])
    profile = m.Profile(name="Kapsalon Ayşe Yılmaz", prevention_officer="Ayşe Yılmaz",
                        prevention_officer_contact="Bel 06 12 34 56 78 & vraag naar <Ayşe>")
    return m.Organisation(profile, sources=sources, cycles=[cycle])


# -- the demo organisations ------------------------------------------------------------------


@pytest.mark.parametrize("size", ["small", "large"])
def test_demo_form_holds_every_statement_of_the_newest_measurement(size):
    org = build_demo(size, today=PINNED_DAY)
    cycle = current_cycle(org)
    measurement = max(cycle.measurements, key=lambda x: x.held_on)
    pdf = build(org, cycle)
    assert_sound(pdf, org, cycle)
    items = items_of(org, set(measurement.source_ids))
    assert_numbered(pdf, items)
    assert_scale_on_pages_with_items(pdf)
    text = pdf.squashed
    teams = len(cycle.teams) + 1
    assert text.count(BOX) == 5 * len(items) + teams  # items, and the teams to choose from
    for expected in ["Vragenlijst werkdruk", org.profile.name, measurement.name,
                     "Zo vult u de vragenlijst in", "Zonder naam, en wie uw antwoorden ziet",
                     "groepen van minstens 5 mensen", org.profile.prevention_officer,
                     "In welk team werkt u?", "wil ik niet zeggen",
                     # both samples ask about unwanted behaviour and aggression too
                     "Wilt u nog iets kwijt over werkdruk, over de omgang op het werk of over "
                     "agressie? (schrijf geen namen)",
                     "Hartelijk dank voor het invullen!"]:
        assert squash(expected) in text, expected
    for team in cycle.teams:
        assert squash(team.name) in text
    minutes = questionnaire.minutes_needed(len(items))
    assert squash(f"Er zijn {len(items)} uitspraken. Het invullen duurt ongeveer "
                  f"{minutes} minuten.") in text


def test_respondents_are_never_told_what_is_a_demand_or_a_resource():
    org = build_demo("small", today=PINNED_DAY)
    pdf = build(org)
    lowered = pdf.text.casefold()
    assert "werkdrukbron" not in lowered and "energiebron" not in lowered
    assert not re.search(r"[1-5]\s*=", pdf.text)  # no score key
    for source in org.sources:
        assert squash(source.explanation) not in pdf.squashed


# -- which statements ------------------------------------------------------------------------


def test_a_chosen_measurement_prints_only_its_sources():
    org = build_demo("large", today=PINNED_DAY)
    cycle = current_cycle(org)
    first = cycle.measurements[0]
    first.source_ids = first.source_ids[:3]
    pdf = build(org, cycle, measurement_id=first.id)
    items = items_of(org, set(first.source_ids))
    assert len(items) == 12
    assert_numbered(pdf, items)
    assert pdf.squashed.count(BOX) == 5 * 12 + len(cycle.teams) + 1
    others = items_of(org, {x.id for x in org.sources} - set(first.source_ids))
    assert not any(squash(x.text) in pdf.squashed for x in others)
    assert squash("Er zijn 12 uitspraken.") in pdf.squashed


def test_without_a_measurement_every_active_source_is_asked():
    org = org_without_measurement()
    pdf = build(org)
    active = items_of(org, {x.id for x in org.sources if not x.archived})
    archived = org.sources[3].items
    assert_numbered(pdf, active)
    assert_sound(pdf, org, org.cycles[0])
    assert squash("Klanten bestellen pas op de dag zelf.") in pdf.squashed
    assert not any(squash(x.text) in pdf.squashed for x in archived)
    assert squash(org.sources[3].name) not in pdf.squashed


def test_newest_measurement_is_the_latest_held_or_one_not_yet_held():
    cycle = m.Cycle(number=1, measurements=[
        m.Measurement("b", date(2026, 10, 1), id=2), m.Measurement("a", date(2026, 4, 1), id=1)])
    assert questionnaire.newest_measurement(cycle).id == 2
    cycle.measurements.append(m.Measurement("planned", None, id=3))
    assert questionnaire.newest_measurement(cycle).id == 3
    assert questionnaire.newest_measurement(m.Cycle(number=1)) is None


@pytest.mark.parametrize("wanted, message", [
    (999, "Er is geen meting met nummer 999 in cyclus 3; kies uit: 5, 6."),
    (1, "Meting 1 hoort bij cyclus 1, niet bij cyclus 3; kies uit: 5, 6."),
    ("een", "'een' is geen nummer van een meting."),
])
def test_an_unknown_measurement_is_refused_in_dutch(wanted, message):
    org = build_demo("large", today=PINNED_DAY)
    with pytest.raises(WerkdrukError) as error:
        build_report(org, kind="questionnaire", measurement_id=wanted)
    assert str(error.value) == message


def test_a_measurement_id_in_a_cycle_without_measurements_says_so():
    with pytest.raises(WerkdrukError, match="nog geen meting vastgelegd"):
        build_report(org_without_measurement(), kind="questionnaire", measurement_id=4)


# -- anonymity, teams, names -----------------------------------------------------------------


@pytest.mark.parametrize("stored, printed", [(5, 5), (7, 7), (12, 12), (3, 5)])
def test_the_anonymity_statement_names_the_smallest_group(stored, printed):
    org = org_without_measurement()
    org.survey_settings.min_group_size = stored
    org.survey_settings.answers_handled_by = m.AnswerHandling.INDEPENDENT
    text = build(org).squashed
    assert squash(f"alleen getoond voor groepen van minstens {printed} mensen") in text
    for promise in ["Zet nergens op dit formulier uw naam.", "zonder naam",
                    "Een team dat kleiner is, wordt samengevoegd",
                    "Een onafhankelijk persoon, niet uw werkgever of leidinggevende",
                    "papieren formulieren vernietigd"]:
        assert squash(promise) in text, promise


@pytest.mark.parametrize("handled_by, said, never", [
    (m.AnswerHandling.OWNER, "Uw werkgever voert de formulieren zelf in en kan uw losse "
     "formulier dus zien.", "Uw werkgever ziet uw losse formulier niet"),
    (m.AnswerHandling.SEALED_BOX, "U doet het formulier in een dichte bus. Iemand anders dan uw "
     "werkgever opent de bus", "voert de formulieren zelf in"),
    (m.AnswerHandling.INDEPENDENT, "Een onafhankelijk persoon, niet uw werkgever of "
     "leidinggevende, verzamelt de formulieren", "voert de formulieren zelf in"),
])
def test_the_form_says_who_sees_and_enters_the_answers_and_promises_no_more(
        handled_by, said, never):
    org = org_without_measurement()
    org.survey_settings.answers_handled_by = handled_by
    text = build(org).squashed
    assert squash(said) in text
    assert squash(never) not in text
    assert squash("ook uw werkgever en uw leidinggevende niet") not in text


def test_names_and_markup_characters_print_exactly():
    org = org_without_measurement()
    pdf = build(org)
    for expected in ["R&D <Noord>", "Team van Łukasz", "Kapsalon Ayşe Yılmaz",
                     "Stel ze aan Ayşe Yılmaz, de preventiemedewerker.",
                     "Bel 06 12 34 56 78 & vraag naar <Ayşe>",
                     "wil ik niet zeggen",
                     "tellen uw antwoorden alleen mee voor de hele organisatie"]:
        assert squash(expected) in pdf.squashed, expected


def test_without_a_prevention_officer_the_question_goes_to_the_role():
    org = org_without_measurement()
    org.profile.prevention_officer = org.profile.prevention_officer_contact = ""
    text = build(org).squashed
    assert squash("Stel ze aan de preventiemedewerker.") in text


def test_an_empty_organisation_builds_with_helpful_lines():
    bare = m.Organisation(m.Profile(name=""), cycles=[m.Cycle(number=1)])
    pdf = build(bare)
    assert_sound(pdf, bare, bare.cycles[0])
    text = pdf.squashed
    assert squash("nog geen uitspraken vastgelegd") in text
    assert squash("U hoeft geen team te kiezen") in text
    assert squash("Wilt u nog iets kwijt over werkdruk?") in text
    assert BOX not in text
    assert squash("Er zijn 0 uitspraken") not in text


def test_a_long_own_source_keeps_its_rows_whole_and_repeats_the_scale():
    texts = [f"Stelling s{n:03d} " + "met een lange toelichting " * (n % 4) for n in range(70)]
    items = [m.Item(f"long_{n}", text, n) for n, text in enumerate(texts)]
    source = m.Source("Een heel lange eigen bron", m.SourceKind.RESOURCE, id=1, items=items)
    org = m.Organisation(m.Profile(name="Lang"), sources=[source], cycles=[m.Cycle(number=1)])
    pdf = build(org)
    assert len(pdf.pages) >= 4
    assert_numbered(pdf, items)
    assert_scale_on_pages_with_items(pdf)
    pages = [squash(page) for page in pdf.pages]
    for number, item in enumerate(items, start=1):  # number, text and boxes on one page
        assert any(f"{number}.{squash(item.text)}{BOX * 5}" in page for page in pages)


# -- the property: any text goes in, the same text comes out ---------------------------------


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# The name also stands in every page's running head, shortened to fit, so a box typed in it
# would be counted a varying number of times; boxes typed in the other fields count once.
@given(name=FIELD.filter(lambda value: BOX not in value),
       teams=st.lists(FIELD, min_size=1, max_size=3), source=FIELD,
       texts=st.lists(FIELD, min_size=1, max_size=3), officer=FIELD)
def test_any_text_prints_exactly(name, teams, source, texts, officer):
    items = [m.Item(f"own_{n}", text, n) for n, text in enumerate(texts)]
    cycle = m.Cycle(number=1, teams=[m.Team(t, id=n) for n, t in enumerate(teams, start=1)])
    org = m.Organisation(m.Profile(name=name, prevention_officer=officer),
                         sources=[m.Source(source, m.SourceKind.DEMAND, id=1, items=items)],
                         cycles=[cycle])
    pdf = build(org)
    for value in (name, *teams, source, *texts, officer):
        assert squash(value) in pdf.squashed
    assert_sound(pdf, org, cycle)
    assert_scale_on_pages_with_items(pdf)
    typed = sum(value.count(BOX) for value in (name, *teams, source, *texts, officer))
    assert pdf.squashed.count(BOX) == 5 * len(items) + len(teams) + 1 + typed


# -- the registry ----------------------------------------------------------------------------


def test_registry_builds_the_questionnaire():
    assert registry.builder("questionnaire") is questionnaire.build
    assert "questionnaire" in registry.available()
