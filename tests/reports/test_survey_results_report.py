"""Questionnaire results and the comparison of two measurements, printed in the evaluation and
the dossier: the numbers are the core's, and nothing of a group under the threshold is printed."""

import functools
import re
from datetime import date

from hypothesis import HealthCheck, given, settings
from reportlab.graphics.shapes import Rect

from tests.pinned import PINNED_DAY
from tests.reports.conftest import (
    PRINTED_ON,
    build_report,
    fonts_used,
    read_pdf,
    squash,
)
from tests.reports.test_charts import pdf_text, shapes
from tests.reports.test_dossier_report import demo as dossier_demo
from tests.reports.test_plan_report import FIELD
from werkdrukdesk.core import model as m
from werkdrukdesk.core.cycles import current_cycle
from werkdrukdesk.core.i18n import format_number
from werkdrukdesk.core.survey.compare import VERDICT_LABELS, compare_in_order
from werkdrukdesk.core.survey.results import ORGANISATION_KEY
from werkdrukdesk.core.survey.scoring import score_cycle
from werkdrukdesk.demo.build import build_demo
from werkdrukdesk.reports import charts
from werkdrukdesk.reports import styles as s
from werkdrukdesk.reports.page import page_info, render
from werkdrukdesk.reports.survey.comparison import comparison_block, signed
from werkdrukdesk.reports.survey.results import cycle_results, results_block

DECIMAL = re.compile(r"\d,\d")
DEJAVU = re.compile(r"/[A-Z]{6}\+DejaVuSans(-\w+)?")
HIDDEN_TEAM = "Ovenploeg Ĳsbrand"  # a name found nowhere else in the demo


@functools.cache
def large_evaluation():
    org = build_demo("large", today=PINNED_DAY)
    return org, current_cycle(org), read_pdf(build_report(org, kind="evaluation"))


def section(text: str, start: str, end: str | None = None) -> str:
    """The squashed text from the last `start` (a dossier names its sections in its contents
    first) up to the next `end` (or to the end)."""
    first = text.rindex(squash(start))
    return text[first:text.index(squash(end), first)] if end else text[first:]


def assert_row_printed(text: str, change) -> None:
    """before, after, difference, n and interval as the core computed them, then the verdict."""
    row = (f"{format_number(change.before_mean)}{format_number(change.after_mean)}"
           f"{signed(change.difference)}{change.n_before}/{change.n_after}"
           f"{format_number(change.ci_low)}tot{format_number(change.ci_high)}"
           f"{squash(VERDICT_LABELS[change.verdict])}")
    assert row in text, (change.group_name, change.source_name)


# -- the large demo --------------------------------------------------------------------------------


def test_the_evaluation_prints_the_full_comparison_per_group_with_the_cores_numbers():
    org, cycle, pdf = large_evaluation()
    text = section(pdf.squashed, "5. Vergelijking van de metingen")
    comparison = compare_in_order(score_cycle(org, cycle))[0]
    for expected in ["Zo is vergeleken", "95%-interval", "Voor", "Na", "Verschil", "n voor / na",
                     "Oordeel", "duidelijk beter", "geen duidelijk verschil",
                     "De hele organisatie in een grafiek", "Hele organisatie",
                     comparison.before_name, comparison.after_name, *(t.name for t in cycle.teams)]:
        assert squash(expected) in text, expected
    for change in comparison.changes:
        assert_row_printed(text, change)
    total = len(pdf.pages)
    assert all(f"pagina {n} van {total}" in " ".join(p.split())
               for n, p in enumerate(pdf.pages, 1))
    assert all(DEJAVU.fullmatch(font) for font in fonts_used(pdf.reader))


def test_the_dossier_prints_results_per_group_and_the_comparison_in_its_evaluation():
    org, cycle, pdf = dossier_demo("large")
    text = pdf.squashed
    inventory = section(text, "Metingen met de vragenlijst", "3. Balans per team")
    for expected in ["Deelname per team", "Gemiddelde per bron", "Betrouwbaarheid van de vragen",
                     "apart getoond", "aandacht nodig", "Werkdrukbronnen", "Energiebronnen",
                     "vragenlijsten zonder team", *(x.name for x in cycle.measurements),
                     *(t.name for t in cycle.teams)]:
        assert squash(expected) in inventory, expected
    # the notice on responses set aside gives no number
    assert re.search(r"\d+vragenlijstenzonderteam", inventory) is None
    evaluation = section(text, "6. Evaluatie", "7. Ongewenst gedrag")
    comparison = compare_in_order(score_cycle(org, cycle))[0]
    for expected in ["Vergelijking van de metingen", "Voor", "Na", "95%-interval",
                     "Duidelijke veranderingen per team of groep", "duidelijk beter",
                     "duidelijk slechter", "geen duidelijk verschil"]:
        assert squash(expected) in evaluation, expected
    for change in comparison.changes:
        if change.group_key == ORGANISATION_KEY or change.verdict.value != "no_clear_change":
            assert_row_printed(evaluation, change)


# -- anonymity ---------------------------------------------------------------------------------


def small_demo_with_a_small_team(responses: int = 3):
    """The small demo, one team renamed and left with only `responses` questionnaires."""
    org = build_demo("small", today=PINNED_DAY)
    cycle = current_cycle(org)
    team = cycle.teams[0]
    team.name = HIDDEN_TEAM
    measurement = cycle.measurements[0]
    own = [r for r in measurement.responses if r.team_id == team.id]
    measurement.responses = [r for r in measurement.responses if r.team_id != team.id]
    measurement.responses += own[:responses]
    return org, cycle


def assert_hidden(text: str, name: str, limit: int) -> None:
    """The team is named, and no line of the whole report with its name holds a score; no
    group, score or comparison of the questionnaire parts counts fewer than `limit` people."""
    lines = [line for line in text.splitlines() if name in line]
    assert lines, name
    assert not [line for line in lines if DECIMAL.search(line)]
    parts = survey_parts(text)
    counts = re.findall(r"n = (\d+)", parts)
    counts += [n for pair in re.findall(r"\b(\d+) / (\d+)\b", parts) for n in pair]
    assert counts and all(int(n) >= limit for n in counts)


def survey_parts(text: str) -> str:
    """The questionnaire parts of an evaluation or a dossier (the rest holds the demo's own
    texts, such as evidence 'n = 5' written by hand)."""
    if "Metingen met de vragenlijst" not in text:
        return text[text.index("5. Vergelijking van de metingen"):]
    first = text.index("Metingen met de vragenlijst")
    inventory = text[first:text.index("3. Balans per team", first)]
    start = text.index("Vergelijking van de metingen", text.rindex("6. Evaluatie"))
    return inventory + text[start:text.index("7. Ongewenst gedrag", start)]


def test_a_team_of_three_is_named_only_as_not_shown_and_never_with_a_score():
    org, cycle = small_demo_with_a_small_team(3)
    for kind in ("evaluation", "dossier"):
        pdf = read_pdf(build_report(org, cycle, kind=kind))
        assert_hidden(pdf.text, HIDDEN_TEAM, 5)
        flat = pdf.squashed
        assert squash(f"{HIDDEN_TEAM}: in een van beide metingen te weinig antwoorden") in flat
        if kind == "dossier":
            inventory = section(flat, "Metingen met de vragenlijst", "3. Balans per team")
            row = squash(f"{HIDDEN_TEAM}6minderdan5")
            assert row in inventory
            assert squash("minder dan 5 antwoorden — niet getoond") in inventory
            assert squash("Overige teams (samengevoegd)") in inventory


def test_a_raised_threshold_of_seven_hides_teams_of_five():
    org = build_demo("small", today=PINNED_DAY)
    org.survey_settings.min_group_size = 7
    cycle = current_cycle(org)
    counts = {t.id: sum(r.team_id == t.id for r in cycle.measurements[0].responses)
              for t in cycle.teams}
    hidden = [t for t in cycle.teams if counts[t.id] < 7]
    assert hidden
    for n, team in enumerate(hidden):
        team.name = f"{HIDDEN_TEAM} {'ABC'[n]}"
    pdf = read_pdf(build_report(org, cycle, kind="dossier"))
    inventory = pdf.text[pdf.text.index("Metingen met de vragenlijst"):]
    for team in hidden:
        assert_hidden(pdf.text, team.name, 7)
    assert squash("minstens 7 mensen") in squash(inventory)
    assert squash("minder dan 7") in squash(inventory)


def test_a_measurement_without_answers_and_an_empty_cycle_still_print():
    org = build_demo("small", today=PINNED_DAY)
    cycle = current_cycle(org)
    cycle.measurements[0].responses = []
    pdf = read_pdf(build_report(org, cycle, kind="dossier"))
    inventory = section(pdf.squashed, "Metingen met de vragenlijst", "3. Balans per team")
    assert squash("Minder dan 5 medewerkers vulden de vragenlijst in") in inventory
    assert not DECIMAL.search(survey_parts(pdf.text))
    first = org.cycles[0]
    text = read_pdf(build_report(org, first, kind="evaluation")).squashed
    assert squash("Er is nog maar één meting met de vragenlijst") in text
    bare = m.Organisation(m.Profile(name=""), cycles=[m.Cycle(number=1)])
    assert "Vergelijking" not in read_pdf(build_report(bare, kind="evaluation")).text


# -- the chart ---------------------------------------------------------------------------------


def test_the_comparison_chart_pairs_the_bars_in_dejavu_and_dutch():
    org, cycle, _ = large_evaluation()
    comparison = compare_in_order(score_cycle(org, cycle))[0]
    whole = [c for c in comparison.changes if c.group_key == ORGANISATION_KEY]
    drawing = charts.comparison_chart(whole, s.CONTENT_WIDTH, comparison.before_name,
                                      comparison.after_name, "Hele organisatie")
    bars = [x for x in shapes(drawing) if isinstance(x, Rect) and x.height == charts.PAIR_BAR]
    assert len([b for b in bars if b.fillColor == charts.BEFORE_FILL]) == len(whole)
    assert len([b for b in bars if b.fillColor == charts.AFTER_FILL]) == len(whole)
    assert all(b.x + b.width <= s.CONTENT_WIDTH for b in bars)
    text, reader = pdf_text(drawing)
    flat = squash(text)
    clear = {VERDICT_LABELS[c.verdict] for c in whole} - {"geen duidelijk verschil"}
    for expected in [*clear, "Hele organisatie", "Werkdrukbronnen (korter is beter)",
                     "Energiebronnen (langer is beter)", "nooit", "altijd",
                     "zonder woord: geen duidelijk verschil", format_number(whole[0].after_mean),
                     f"voor: {comparison.before_name}", f"na: {comparison.after_name}"]:
        assert squash(expected) in flat, expected
    fonts = fonts_used(reader)
    assert fonts and all(DEJAVU.fullmatch(font) for font in fonts)
    empty, _ = pdf_text(charts.comparison_chart([], s.CONTENT_WIDTH, "a", "b"))
    assert "Er is nog niets om te tonen." in empty


# -- any name prints exactly -------------------------------------------------------------------


def named_org(team_names: list[str], source_name: str) -> m.Organisation:
    """Two measurements of one source, two teams of six respondents each."""
    items = [m.Item("q1", "Vraag een"), m.Item("q2", "Vraag twee")]
    source = m.Source(source_name, m.SourceKind.DEMAND, items=items, id=1)
    teams = [m.Team(name, headcount=8, id=n) for n, name in enumerate(team_names, 1)]

    def answers(shift: int) -> list[m.Response]:
        return [m.Response(t.id, {"q1": 1 + (k + shift) % 5, "q2": 1 + (k * 2 + shift) % 5})
                for t in teams for k in range(6)]

    measurements = [m.Measurement(f"Meting {n}", date(2026, 3 * n, 1), source_ids=[1],
                                  responses=answers(n), id=n) for n in (1, 2)]
    cycle = m.Cycle(number=1, teams=teams, measurements=measurements, id=1)
    return m.Organisation(m.Profile(name="Proef"), sources=[source], cycles=[cycle])


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(first=FIELD, second=FIELD, source=FIELD)
def test_any_team_or_source_name_prints_exactly_in_the_tables(first, second, source):
    org = named_org([first, second], source)
    cycle = org.cycles[0]
    before, after = cycle_results(org, cycle)
    story = [*results_block(after, org.survey_settings), *comparison_block(before, after)]
    info = page_info("Uitkomsten", org, cycle, PRINTED_ON)
    pdf = read_pdf(render(info, story))
    for name in (first, second, source):
        assert squash(name) in pdf.squashed
    assert all(DEJAVU.fullmatch(font) for font in fonts_used(pdf.reader))
