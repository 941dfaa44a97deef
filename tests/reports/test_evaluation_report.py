"""The evaluation of the werkdruk policy, read back from the PDF as an inspector would read it."""

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
from werkdrukdesk.core.cycles import current_cycle
from werkdrukdesk.core.dates import format_date
from werkdrukdesk.core.labels import label
from werkdrukdesk.core.plan.listing import sort_measures
from werkdrukdesk.core.readiness.coverage import awaits_evaluation
from werkdrukdesk.demo.build import build_demo
from werkdrukdesk.reports import registry
from werkdrukdesk.reports.evaluation import document as evaluation

MARGIN = 20 * 72 / 25.4
TITLES = {False: "Evaluatie werkdrukbeleid",
          True: "Evaluatie beleid psychosociale arbeidsbelasting"}


def title(org: m.Organisation) -> str:
    return TITLES[len(org.strands) > 1]
AWAITING = "De maatregel is uitgevoerd, maar er is nog niet vastgesteld of hij werkt."


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
    assert pdf.metadata["/Author"] == " ".join(org.profile.name.split())
    assert pdf.metadata["/Title"].startswith(title(org))
    assert overflowing_text(pdf.reader, MARGIN) == []


def report(org, cycle=None):
    return read_pdf(build_report(org, cycle, kind="evaluation"))


def evaluated_org(name: str = "Kapsalon Ayşe Yılmaz") -> m.Organisation:
    """Four measures: one works, one does not, one done without evaluation, one running."""
    works = m.Measure("Vaste pauzes", level=m.Level.TEAM, status=m.MeasureStatus.DONE,
                      completed_on=date(2026, 5, 1), id=1,
                      evaluation=m.MeasureEvaluation(
                          m.Effect.EFFECTIVE, "Besproken in het teamoverleg.",
                          "Iedereen neemt pauze.", "Zo houden.", date(2026, 6, 1)))
    fails = m.Measure("Geen mail na 19 uur", status=m.MeasureStatus.DONE, id=2,
                      evaluation=m.MeasureEvaluation(
                          m.Effect.NOT_EFFECTIVE, "Tweede meting.", "Er wordt nog gemaild.",
                          "Mailserver stuurt na 19 uur niets meer door.", date(2026, 6, 2)))
    unevaluated = m.Measure("Rooster vooruit", status=m.MeasureStatus.DONE, id=3)
    running = m.Measure("Coaching", level=m.Level.INDIVIDUAL, deadline=date(2027, 1, 8), id=4,
                        status=m.MeasureStatus.IN_PROGRESS)
    cycle = m.Cycle(number=1, title="Cyclus 2026", teams=[m.Team("Salon", 6, id=1)],
                    measures=[works, fails, unevaluated, running], id=1)
    cycle.process_evaluation = m.ProcessEvaluation(
        [m.EvaluationMethod.GROUP_MEETINGS, m.EvaluationMethod.SECOND_MEASUREMENT],
        "Zorgvuldig, maar laat begonnen.", "Eerder beginnen.", "Pauzes in het beleid vastgelegd.",
        date(2026, 7, 1))
    return m.Organisation(m.Profile(name=name), cycles=[cycle])


# -- the demo organisations ------------------------------------------------------------------


@pytest.mark.parametrize("size", ["small", "large"])
def test_demo_evaluation_shows_every_measure_and_the_process(size):
    org = build_demo(size, today=PINNED_DAY)
    cycle = current_cycle(org)
    pdf = report(org, cycle)
    assert_sound(pdf, org, cycle)
    text = pdf.squashed
    for expected in [title(org), "1. Samenvatting", "2. Wat er nu verandert",
                     "3. Evaluatie per maatregel", "4. Evaluatie van het proces"]:
        assert squash(expected) in text, expected
    for measure in cycle.measures:
        assert squash(measure.title) in text
        if measure.evaluation:
            for field in (measure.evaluation.how_assessed, measure.evaluation.outcome,
                          measure.evaluation.next_steps):
                assert squash(field) in text, field
    process = cycle.process_evaluation
    for field in (process.how_it_went, process.do_differently, process.policy_changes):
        assert squash(field) in text
    for method in process.methods:
        assert squash(label(method)) in text
    awaiting = sum(1 for x in cycle.measures if awaits_evaluation(x))
    marked = text.count(squash(AWAITING))
    assert marked >= awaiting and (marked == 0) == (awaiting == 0)


@pytest.mark.parametrize("size", ["small", "large"])
def test_summary_counts_measures_per_effect_with_their_numbers(size):
    org = build_demo(size, today=PINNED_DAY)
    cycle = org.cycles[0]  # closed: every measure has an evaluation
    text = report(org, cycle).squashed
    summary = text[text.index("1.Samenvatting"):text.index("2.Waternuverandert")]
    ordered = sort_measures(cycle.measures)
    for effect, name in [(m.Effect.EFFECTIVE, "werkt"), (m.Effect.PARTLY, "werktdeels"),
                         (m.Effect.NOT_EFFECTIVE, "werktniet"),
                         (m.Effect.NOT_YET_KNOWN, "nognietbekendofnognietgeëvalueerd")]:
        tags = [f"M{n}" for n, x in enumerate(ordered, start=1)
                if (x.evaluation.effect if x.evaluation else m.Effect.NOT_YET_KNOWN) == effect]
        assert f"{name}{len(tags)}{','.join(tags) or '—'}" in summary, name


def test_measures_follow_the_flyer_organisation_then_team_then_individual():
    org = build_demo("small", today=PINNED_DAY)
    text = report(org).squashed
    cards = text[text.index("3.Evaluatiepermaatregel"):]
    headings = ["3.1.Maatregelenvoordeheleorganisatie", "3.2.Maatregelenperteam",
                "3.3.Maatregelenvoorindividuelemedewerkers"]
    positions = [cards.index(h) for h in headings]
    assert positions == sorted(positions)
    for measure in current_cycle(org).measures:
        level = list(m.Level).index(measure.level)
        at = cards.index(squash(measure.title))
        assert positions[level] < at and (level == 2 or at < positions[level + 1])


# -- what the evaluation says ----------------------------------------------------------------


def test_a_done_measure_without_evaluation_is_marked_and_counted():
    pdf = report(evaluated_org())
    text = pdf.squashed
    assert squash("Van 1 uitgevoerde maatregel is nog niet vastgesteld of hij werkt.") in text
    card = text[text.index("Roostervooruit", text.index("3.Evaluatie")):]
    assert card.startswith(squash("Rooster vooruit Status uitgevoerd Beoogd resultaat — "
                                  "Werkt de maatregel? nog niet geëvalueerd"))
    assert squash("Nog niet te evalueren: deze maatregelen lopen nog") in text
    assert squash(f"M4 Coaching bezig {format_date(date(2027, 1, 8))}") in text


def test_each_card_sets_the_intended_result_beside_what_came_of_it():
    org = evaluated_org()
    works = org.cycles[0].measures[0]
    works.intended_result = "Iedereen <ook R&D> heeft elke dienst een half uur pauze."
    text = report(org).squashed
    card = text[text.index("Vastepauzes", text.index("3.Evaluatie")):]
    assert card.startswith(squash(f"Vaste pauzes Status uitgevoerd op 01-05-2026 Beoogd resultaat "
                                  f"{works.intended_result} Werkt de maatregel? werkt"))
    assert card.index(squash("Iedereen neemt pauze.")) > card.index(squash("Beoogd resultaat"))


def test_next_steps_and_policy_changes_come_up_front():
    text = report(evaluated_org()).squashed
    changes = text[text.index("2.Waternuverandert"):text.index("3.Evaluatie")]
    assert squash("Pauzes in het beleid vastgelegd.") in changes
    assert squash("M1 Geen mail na 19 uur werkt niet Mailserver stuurt na 19 uur") in changes
    assert squash("M3 Vaste pauzes werkt Zo houden.") in changes
    summary = text[:text.index("2.Waternuverandert")]
    assert "werkt1M3" in summary and "werktniet1M1" in summary and "werktdeels0—" in summary


def test_the_process_in_words_and_a_warning_when_the_second_measurement_is_missing():
    text = report(evaluated_org()).squashed
    process = text[text.index("4.Evaluatievanhetproces"):]
    for expected in ["groepsbijeenkomsten, tweede meting met dezelfde bronnen",
                     "Zorgvuldig, maar laat begonnen.", "Eerder beginnen.", "01-07-2026",
                     "Let op: Voor een vergelijking zijn twee metingen"]:
        assert squash(expected) in process, expected


def test_the_comparison_of_two_measurements_is_section_5():
    """In full in tests/reports/test_survey_results_report.py."""
    org = build_demo("large", today=PINNED_DAY)
    cycle = org.cycles[0]
    assert len(cycle.measurements) == 2
    assert evaluation.measurement_comparison(org, cycle)
    empty = m.Cycle(number=1)
    assert list(evaluation.measurement_comparison(m.Organisation(m.Profile(""), cycles=[empty]),
                                                  empty)) == []


def test_an_empty_cycle_says_there_is_nothing_yet():
    bare = m.Organisation(m.Profile(name=""), cycles=[m.Cycle(number=1)])
    pdf = report(bare)
    text = pdf.squashed
    assert squash("nog geen maatregelen vastgelegd") in text
    assert squash("Het proces van deze cyclus is nog niet geëvalueerd.") in text
    assert squash("Er zijn nog geen volgende stappen vastgelegd.") in text


def test_a_cycle_without_risk_says_why_there_is_nothing_to_evaluate():
    org = evaluated_org()
    org.cycles[0].measures, org.cycles[0].no_risk = [], True
    text = report(org).squashed
    assert text.count(squash("geen risico op werkstress")) == 2


# -- whatever the user typed prints, exactly and within the page -----------------------------


def test_names_and_markup_characters_print_exactly():
    org = evaluated_org("R&D <Noord>")
    measure = org.cycles[0].measures[0]
    measure.title = "<b>Vet</b> & <i>schuin</i> &amp; <br/>"
    measure.evaluation.outcome = "Ayşe Yılmaz en Łukasz: beter"
    measure.evaluation.next_steps = "Ĳsbrand <volgt> op"
    pdf = report(org)
    assert_sound(pdf, org, org.cycles[0])
    for expected in ["R&D <Noord>", measure.title, "Ayşe Yılmaz en Łukasz: beter",
                     "Ĳsbrand <volgt> op"]:
        assert squash(expected) in pdf.squashed
    assert pdf.metadata["/Author"] == "R&D <Noord>"


def test_a_300_character_word_wraps_and_a_long_outcome_flows_over_pages():
    word = "Werkdrukevaluatiemaatregelen" * 11
    org = evaluated_org(word)
    measure = org.cycles[0].measures[0]
    measure.title = measure.evaluation.how_assessed = measure.evaluation.next_steps = word
    markers = [f"w{n:05d}" for n in range(1500)]
    measure.evaluation.outcome = " ".join(f"{x} het werkt ongeveer." for x in markers)
    pdf = report(org)
    assert_sound(pdf, org, org.cycles[0])
    assert len(pdf.pages) >= 10
    assert pdf.squashed.count(word) >= 5
    assert re.findall(r"w\d{5}", pdf.text) == markers


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=FIELD, title=FIELD, outcome=FIELD, steps=FIELD, went=FIELD)
def test_any_text_prints_exactly(name, title, outcome, steps, went):
    org = evaluated_org(name)
    cycle = org.cycles[0]
    measure = cycle.measures[0]
    measure.title, measure.evaluation.outcome, measure.evaluation.next_steps = title, outcome, steps
    cycle.process_evaluation.how_it_went = went
    pdf = report(org)
    for value in (name, title, outcome, steps, went):
        assert squash(value) in pdf.squashed
    assert_sound(pdf, org, cycle)


def test_registry_builds_the_evaluation():
    assert registry.builder("evaluation") is evaluation.build
    assert "evaluation" in registry.available()
