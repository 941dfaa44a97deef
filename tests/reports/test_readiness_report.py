"""Klaar voor de inspectie? as a printed action list, read back from the PDF."""

import re
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings

from tests.core.readiness_org import ready_org
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
from werkdrukdesk.core.cycles import current_cycle, overdue_measures
from werkdrukdesk.core.dates import format_date
from werkdrukdesk.core.readiness.base import STRAND_KEYS
from werkdrukdesk.core.readiness.chain import TITLES, open_checks, readiness
from werkdrukdesk.demo.build import build_demo
from werkdrukdesk.reports import readiness as readiness_report
from werkdrukdesk.reports import registry

MARGIN = 20 * 72 / 25.4


def build(org: m.Organisation, cycle: m.Cycle | None = None):
    return read_pdf(build_report(org, cycle or current_cycle(org), kind="readiness"))


def assert_sound(pdf, org, cycle):
    total = len(pdf.pages)
    for number, page in enumerate(pdf.pages, start=1):
        flat = " ".join(page.split())
        assert f"pagina {number} van {total}" in flat
        assert f"afgedrukt op {format_date(PRINTED_ON)}" in flat
        assert f"Cyclus {cycle.number}" in flat
    fonts = fonts_used(pdf.reader)
    assert fonts and all(re.fullmatch(r"/[A-Z]{6}\+DejaVuSans(-\w+)?", name) for name in fonts)
    assert all(fonts.values())
    assert pdf.metadata["/Title"].startswith("Klaar voor de inspectie?")
    assert pdf.metadata["/Author"] == " ".join(org.profile.name.split())
    assert overflowing_text(pdf.reader, MARGIN) == []


def empty_org(name: str = "Nieuw bedrijf") -> m.Organisation:
    return m.Organisation(m.Profile(name), cycles=[m.Cycle(1, title="Cyclus 2026")])


@pytest.mark.parametrize("size", ["small", "large"])
def test_the_demo_prints_verdict_todo_list_and_what_is_in_order(size):
    org = build_demo(size, today=PRINTED_ON)
    cycle = current_cycle(org)
    pdf = build(org, cycle)
    assert_sound(pdf, org, cycle)
    checks = readiness(org, cycle, PRINTED_ON)
    gaps = open_checks(checks)
    text = pdf.squashed
    verdict = f"Nog niet klaar: {len(gaps)} van de {len(checks)} punten"
    assert squash(verdict) in text
    todo, met = text.index("1.Actiepunten"), text.index("2.Aloporde")
    assert text.index(squash(verdict)) < todo < met
    for number, check in enumerate(gaps, start=1):  # numbered, in order, with their step
        at = text.index(squash(f"{number}.{check.title}"), todo)
        assert at < text.index(squash(check.action), at) < met
        assert squash(f"stap {check.step_name}") in text[at:met]
    assert text.count("☐") == len(gaps)
    for check in checks:
        if check.ok:
            assert squash(check.title) in text[met:]
    for late in overdue_measures(cycle, PRINTED_ON):
        assert squash(late.title) in text[todo:met]


def test_a_ready_organisation_says_so_and_has_nothing_to_do():
    org = ready_org()
    org.cycles[0].start_date = PRINTED_ON - timedelta(days=100)
    for x in org.cycles[0].measures:
        x.deadline = max(x.deadline, PRINTED_ON) if x.is_open else x.deadline
    pdf = build(org)
    assert_sound(pdf, org, org.cycles[0])
    werkdruk = [k for k in TITLES if k not in STRAND_KEYS]
    # ready for werkdruk, and the verdict itself says the rest of PSA was not looked at
    assert squash(f"Klaar voor werkdruk: alle {len(werkdruk)} punten over werkdruk zijn op "
                  "orde.") in pdf.squashed
    assert squash("ongewenst gedrag en agressie zijn in dit bestand niet nagekeken") in pdf.squashed
    assert squash("het werkdrukdeel van uw beleid op psychosociale arbeidsbelasting (Arbowet "
                  "art. 1 lid 3 sub e)") in pdf.squashed
    assert squash("Er staan geen actiepunten open.") in pdf.squashed
    assert "☐" not in pdf.text


def test_an_empty_organisation_builds_with_an_action_for_every_gap():
    org = empty_org()
    pdf = build(org)
    assert_sound(pdf, org, org.cycles[0])
    gaps = open_checks(readiness(org, org.cycles[0], PRINTED_ON))
    assert pdf.text.count("☐") == len(gaps) >= 18
    assert pdf.squashed.count(squash("Wettelijke basis:")) == len(gaps)  # each names its law
    # a page break may cut an action point in two: read the pages without head, foot and the
    # repeated column heads
    text = pdf.body_squashed(org.profile.name).replace(
        squash("Klaar Nr. Wat u doet Waar in het programma"), "")
    for check in gaps:
        assert squash(check.action) in text
    nameless = m.Organisation(m.Profile(""), cycles=[m.Cycle(1)])
    assert build(nameless).pages


def test_names_and_markup_characters_print_exactly():
    org = ready_org()
    org.profile.name = "R&D <Noord>"
    org.profile.prevention_officer_contact = ""  # the action names the officer, Ayşe Yılmaz
    cycle = org.cycles[0]
    cycle.teams[0].name = "Team van Łukasz"
    cycle.ratings = [r for r in cycle.ratings if r.team_id != cycle.teams[0].id]
    late = cycle.measures[1]
    late.title, late.deadline = "<b>Vet</b> & <i>schuin</i> &amp;", PRINTED_ON - timedelta(1)
    pdf = build(org)
    assert_sound(pdf, org, cycle)
    for expected in ["R&D <Noord>", "Ayşe Yılmaz", "'Team van Łukasz'",
                     "'<b>Vet</b> & <i>schuin</i> &amp;'"]:
        assert squash(expected) in pdf.squashed, expected


def test_a_very_long_name_wraps_inside_the_list():
    word = "Werkdrukbeleidsmaatregelen" * 12
    org = ready_org()
    org.cycles[0].measures[1].title = word
    org.cycles[0].measures[1].deadline = PRINTED_ON - timedelta(days=2)
    pdf = build(org)
    assert_sound(pdf, org, org.cycles[0])
    assert word in pdf.squashed


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=FIELD, team=FIELD, title=FIELD)
def test_any_text_prints_exactly(name, team, title):
    org = ready_org()
    org.profile.name = name
    cycle = org.cycles[0]
    cycle.teams[0].name = team
    cycle.ratings = [r for r in cycle.ratings if r.team_id != cycle.teams[0].id]
    cycle.measures[1].title = title
    cycle.measures[1].deadline = PRINTED_ON - timedelta(days=1)
    pdf = build(org)
    assert squash(name) in pdf.squashed
    # A long one may run on over a page break, where the table's header row comes again.
    body = pdf.body_squashed(name).replace(squash("Klaar Nr. Wat u doet Waar in het programma"), "")
    for value in (team, title):
        assert squash(value) in body
    assert_sound(pdf, org, cycle)


def test_the_registry_builds_readiness():
    assert registry.builder("readiness") is readiness_report.build
    assert "readiness" in registry.available()


def test_a_whole_psa_organisation_prints_every_strand_and_a_plain_ready():
    from tests.core.test_readiness_strands import whole_org

    org = whole_org()
    org.cycles[0].start_date = PRINTED_ON - timedelta(days=100)
    for x in org.cycles[0].measures:
        x.deadline = max(x.deadline, PRINTED_ON) if x.is_open else x.deadline
    pdf = build(org)
    assert_sound(pdf, org, org.cycles[0])
    assert squash(f"Klaar: alle {len(TITLES)} punten zijn op orde.") in pdf.squashed
    assert squash("over werkdruk, ongewenst gedrag en agressie vraagt") in pdf.squashed
    assert squash("niet nagekeken") not in pdf.squashed
    for title in ("Een gedragscode die iedereen kent", "Huisregels voor klanten en bezoekers"):
        assert squash(title) in pdf.squashed  # among the points in order
    org.psa_policy.adviser = m.ConfidentialAdviser()  # one arrangement missing: not ready
    pdf = build(org)
    assert squash("Nog niet klaar: 1 van de") in pdf.squashed
    assert squash("wetsvoorstel, nog niet van kracht") in pdf.body_squashed(org.profile.name)
