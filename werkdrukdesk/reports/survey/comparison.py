"""The comparison of two questionnaire measurements, for the evaluation and the dossier.

Which measurements: those of the cycle, each against the one before it (as
`core.survey.compare.compare_in_order` does). A cycle with a single measurement is compared with
the last measurement of the cycle before it, so the second cycle of a small organisation that
measures once a year still shows what changed.

Per comparison: which two, the warnings of the core (sources asked only once, changed items),
a chart of the whole organisation, then per group a table with before, after, difference, n,
the 95% interval and the verdict in words, and the groups that could not be compared. Only
groups shown in both measurements are compared, so nothing here can be worked back to a group
under the threshold.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date
from functools import cache
from itertools import pairwise

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer

from werkdrukdesk.core import model as m
from werkdrukdesk.core.dates import format_date
from werkdrukdesk.core.i18n import QT_TRANSLATE_NOOP, format_number
from werkdrukdesk.core.survey.compare import (
    Change,
    ChangeVerdict,
    Comparison,
    compare_in_order,
)
from werkdrukdesk.core.survey.results import ORGANISATION_KEY, MeasurementResults
from werkdrukdesk.reports import styles as s
from werkdrukdesk.reports.blocks import alert, body, heading, opening
from werkdrukdesk.reports.charts import comparison_charts
from werkdrukdesk.reports.survey.results import cycle_results, muted, subtitle
from werkdrukdesk.reports.tables import header_cell, make_table, own
from werkdrukdesk.reports.text import escape, markup
from werkdrukdesk.reports.words import lookup, lookup_markup

CHANGE_WIDTHS = (48 * mm, 12 * mm, 12 * mm, 15 * mm, 20 * mm, 27 * mm,
                 s.CONTENT_WIDTH - 134 * mm)
NUMBER_COLUMNS = range(1, 6)
CHANCE_NOTE_FROM = 20  # from this many comparisons on, about one 'clear' change is chance

_CONTEXT = "SurveyComparison"
_WORDS: dict[str, str] = {
    "dossier_heading": QT_TRANSLATE_NOOP("SurveyComparison", "Vergelijking van de metingen"),
    "no_pair": QT_TRANSLATE_NOOP(
        "SurveyComparison",
        "Er is nog maar één meting met de vragenlijst; een vergelijking volgt na de tweede meting "
        "met dezelfde bronnen."
    ),
    "within": QT_TRANSLATE_NOOP(
        "SurveyComparison",
        "De metingen van deze cyclus zijn steeds vergeleken met de meting ervoor."
    ),
    "across": QT_TRANSLATE_NOOP(
        "SurveyComparison",
        "In deze cyclus is één meting gehouden. Die is vergeleken met de laatste meting van "
        "cyclus {number}."
    ),
    "method_heading": QT_TRANSLATE_NOOP("SurveyComparison", "Zo is vergeleken"),
    "method_1": QT_TRANSLATE_NOOP(
        "SurveyComparison",
        "Per groep en per bron staat het gemiddelde van de eerdere meting (voor) naast dat van de "
        "latere (na), op de schaal van 1 (nooit) tot 5 (altijd), met het verschil: na min voor. "
        "Alleen bronnen die beide keren gevraagd zijn en groepen die beide keren groot genoeg "
        "waren om te tonen, worden vergeleken."
    ),
    "method_2": QT_TRANSLATE_NOOP(
        "SurveyComparison",
        "Ook als er niets verandert, komen twee metingen nooit precies op hetzelfde uit: niet "
        "iedereen doet mee, en mensen antwoorden de ene keer net anders dan de andere. Het "
        "95%-interval geeft aan waar het echte verschil met grote waarschijnlijkheid (95%) tussen "
        "ligt. Ligt het hele interval onder of boven 0, dan is de verandering groter dan toeval "
        "kan verklaren: 'duidelijk beter' of 'duidelijk slechter'. Ligt 0 erbinnen, dan staat er "
        "'geen duidelijk verschil'. Bij een werkdrukbron is lager beter, bij een energiebron "
        "hoger."
    ),
    "method_3": QT_TRANSLATE_NOOP(
        "SurveyComparison",
        "Het interval is berekend volgens Welch: die methode laat toe dat de antwoorden bij de "
        "ene meting meer uiteenlopen dan bij de andere. De vragenlijst is anoniem, dus niemand "
        "weet wie beide keren meedeed; de twee metingen tellen als losse groepen. Dat is "
        "voorzichtig: een echte verandering wordt soms net niet 'duidelijk' genoemd."
    ),
    "method_4": QT_TRANSLATE_NOOP(
        "SurveyComparison",
        "Wie veel vergelijkingen tegelijk maakt, vindt bij ongeveer één op de twintig een "
        "'duidelijke' verandering door toeval alleen. Geef dus vooral gewicht aan veranderingen "
        "die u van een maatregel verwachtte of die in meerdere teams terugkomen."
    ),
    "pair_heading": QT_TRANSLATE_NOOP("SurveyComparison", "Vergelijking: {before} en {after}"),
    "before_line": QT_TRANSLATE_NOOP("SurveyComparison", "Voor: {name}"),
    "after_line": QT_TRANSLATE_NOOP("SurveyComparison", "Na: {name}"),
    "notice": QT_TRANSLATE_NOOP("SurveyComparison", "Let op: {text}"),
    "summary": QT_TRANSLATE_NOOP(
        "SurveyComparison",
        "{count} vergelijkingen van groep en bron: {better} duidelijk beter, {worse} duidelijk "
        "slechter, de rest zonder duidelijk verschil."
    ),
    "chance": QT_TRANSLATE_NOOP(
        "SurveyComparison",
        "Bij zoveel vergelijkingen zijn er naar verwachting een paar 'duidelijk' door toeval "
        "alleen."
    ),
    "nothing_compared": QT_TRANSLATE_NOOP(
        "SurveyComparison", "Er is geen groep en bron die in beide metingen te tonen is."
    ),
    "chart_title": QT_TRANSLATE_NOOP("SurveyComparison", "De hele organisatie in een grafiek"),
    "tables_title": QT_TRANSLATE_NOOP("SurveyComparison", "Per groep"),
    "not_compared": QT_TRANSLATE_NOOP("SurveyComparison", "Niet vergeleken"),
    "clear_in_groups": QT_TRANSLATE_NOOP(
        "SurveyComparison",
        "Voor de teams en groepen staan hieronder alleen de duidelijke veranderingen; de "
        "evaluatie van deze cyclus (rapport 'evaluatie') heeft per groep de hele tabel."
    ),
    "no_clear_in_groups": QT_TRANSLATE_NOOP(
        "SurveyComparison",
        "In de teams en groepen is geen enkele verandering duidelijk; de evaluatie van deze "
        "cyclus (rapport 'evaluatie') heeft per groep de hele tabel."
    ),
    "clear_title": QT_TRANSLATE_NOOP(
        "SurveyComparison", "Duidelijke veranderingen per team of groep"
    ),
    "source": QT_TRANSLATE_NOOP("SurveyComparison", "Bron"),
    "before": QT_TRANSLATE_NOOP("SurveyComparison", "Voor"),
    "after": QT_TRANSLATE_NOOP("SurveyComparison", "Na"),
    "difference": QT_TRANSLATE_NOOP("SurveyComparison", "Verschil"),
    "n": QT_TRANSLATE_NOOP("SurveyComparison", "n voor / na"),
    "interval": QT_TRANSLATE_NOOP("SurveyComparison", "95%-interval"),
    "verdict": QT_TRANSLATE_NOOP("SurveyComparison", "Oordeel"),
    "demands": QT_TRANSLATE_NOOP("SurveyComparison", "Werkdrukbronnen (lager is beter)"),
    "resources": QT_TRANSLATE_NOOP("SurveyComparison", "Energiebronnen (hoger is beter)"),
    "interval_value": QT_TRANSLATE_NOOP("SurveyComparison", "{low} tot {high}"),
    "in_cycle": QT_TRANSLATE_NOOP("SurveyComparison", "cyclus {number}"),
    # the verdicts in words, as `core.survey.compare.VERDICT_LABELS` names them in Dutch
    "clearly_better": QT_TRANSLATE_NOOP("SurveyComparison", "duidelijk beter"),
    "clearly_worse": QT_TRANSLATE_NOOP("SurveyComparison", "duidelijk slechter"),
    "no_clear_change": QT_TRANSLATE_NOOP("SurveyComparison", "geen duidelijk verschil"),
}
_VERDICT_KEYS = {ChangeVerdict.CLEARLY_BETTER: "clearly_better",
                 ChangeVerdict.CLEARLY_WORSE: "clearly_worse",
                 ChangeVerdict.NO_CLEAR_CHANGE: "no_clear_change"}


def _w(key: str, **values: object) -> str:
    return lookup(_CONTEXT, _WORDS, key, **values)


def _p(key: str, **values: str) -> str:
    """Markup: the words of `key` escaped, with `values` (already markup) filled in."""
    return lookup_markup(_CONTEXT, _WORDS, key, **values)


# -- which measurements --------------------------------------------------------------------------


def measurement_pairs(
    org: m.Organisation, cycle: m.Cycle, scored: Sequence[MeasurementResults] | None = None
) -> list[tuple[MeasurementResults, MeasurementResults]]:
    """(before, after) pairs: the cycle's measurements in order, or else the previous
    cycle's last measurement with this cycle's only one. `scored`: the cycle's measurements
    as `cycle_results` scores them, when the caller has them already."""
    results = list(cycle_results(org, cycle) if scored is None else scored)
    if len(results) >= 2:
        return list(pairwise(results))
    earlier = previous_measured_cycle(org, cycle)
    if len(results) == 1 and earlier is not None:
        return [(cycle_results(org, earlier)[-1], results[0])]
    return []


def previous_measured_cycle(org: m.Organisation, cycle: m.Cycle) -> m.Cycle | None:
    earlier = [c for c in org.cycles if c.number < cycle.number and c.measurements]
    return max(earlier, key=lambda c: c.number, default=None)


# -- the section ---------------------------------------------------------------------------------


def comparison_section(org: m.Organisation, cycle: m.Cycle, head: Sequence[Flowable],
                       full: bool = True,
                       scored: Sequence[MeasurementResults] | None = None) -> list[Flowable]:
    """`head` (a heading) with the comparisons under it; [] when the cycle has no measurement.
    Not `full`: every group other than the organisation with its clear changes only.
    `scored`: the cycle's results (`cycle_results`), if the caller has them already."""
    if not cycle.measurements:
        return []
    pairs = measurement_pairs(org, cycle, scored)
    if not pairs:
        return opening([*head, body(escape(_w("no_pair")))], room=30 * mm)
    if len(cycle.measurements) >= 2:
        intro = _w("within")
    else:
        earlier = previous_measured_cycle(org, cycle)
        intro = _w("across", number=earlier.number if earlier else "")
    out = opening([*head, body(escape(intro)), *method()], room=70 * mm)
    for before, after in pairs:
        out += comparison_block(before, after, full)
    return out


def dossier_comparison(org: m.Organisation, cycle: m.Cycle, today: date,
                       marks: dict[int, int],
                       scored: Sequence[MeasurementResults] | None = None) -> list[Flowable]:
    """The dossier's part after its evaluation (section 6): the comparison under a level-2
    heading, the teams with their clear changes only (the evaluation report has every
    table). `today` and `marks` are the shape every dossier part has; `scored` as in
    `comparison_section`."""
    return comparison_section(org, cycle, [heading(_w("dossier_heading"), 2)], full=False,
                              scored=scored)


def method() -> list[Flowable]:
    """How the comparison works and how sure a 'duidelijk' is, in plain words."""
    lines = [body(escape(_w(f"method_{n}"))) for n in range(1, 5)]
    return [subtitle(_w("method_heading")), *lines]


def comparison_block(before: MeasurementResults, after: MeasurementResults,
                     full: bool = True) -> list[Flowable]:
    comparison = compare_in_order([before, after])[0]
    title = _w("pair_heading", before=before.measurement_name, after=after.measurement_name)
    intro: list[Flowable] = [
        Paragraph(markup(title), s.styles().heading2),
        body(f"{_p('before_line', name=_measurement_line(before))}<br/>"
             f"{_p('after_line', name=_measurement_line(after))}"),
        *[body(_p("notice", text=markup(w))) for w in comparison.warnings],
        body(escape(_summary(comparison))),
    ]
    out = opening(intro, room=60 * mm)
    whole = [c for c in comparison.changes if c.group_key == ORGANISATION_KEY]
    if whole:
        charts = comparison_charts(whole, s.CONTENT_WIDTH, before.measurement_name,
                                   after.measurement_name, whole[0].group_name)
        out += [KeepTogether([subtitle(_w("chart_title")), charts[0]]), *charts[1:],
                Spacer(1, 2 * mm)]
    out += group_tables(comparison) if full else compact_tables(comparison)
    return [*out, *_not_compared(comparison)]


def _measurement_line(results: MeasurementResults) -> str:
    about = [format_date(results.held_on)] if results.held_on else []
    if results.cycle_number is not None:
        about.append(_w("in_cycle", number=results.cycle_number))
    extra = f" ({escape(', '.join(about))})" if about else ""
    return f"<b>{markup(results.measurement_name)}</b>{extra}"


def _summary(comparison: Comparison) -> str:
    if not comparison.changes:
        return _w("nothing_compared")
    counted = Counter(c.verdict for c in comparison.changes)
    text = _w("summary", count=len(comparison.changes),
              better=counted[ChangeVerdict.CLEARLY_BETTER],
              worse=counted[ChangeVerdict.CLEARLY_WORSE])
    if len(comparison.changes) >= CHANCE_NOTE_FROM:
        text += " " + _w("chance")
    return text


def _not_compared(comparison: Comparison) -> list[Flowable]:
    if not comparison.not_compared:
        return []
    lines = "<br/>".join(markup(reason) for reason in comparison.not_compared)
    return opening([subtitle(_w("not_compared")), body(lines)], room=25 * mm)


# -- a table per group ---------------------------------------------------------------------------


def by_group(changes: Sequence[Change]) -> list[list[Change]]:
    """The changes per group, groups in the order of the later measurement."""
    groups: dict[str, list[Change]] = {}
    for change in changes:
        groups.setdefault(change.group_key, []).append(change)
    return list(groups.values())


def group_tables(comparison: Comparison) -> list[Flowable]:
    """One table per group, its name repeated on every page the table runs onto."""
    groups = by_group(comparison.changes)
    out: list[Flowable] = [subtitle(_w("tables_title"))] if groups else []
    for changes in groups:
        out += [CondPageBreak(45 * mm), group_table(changes), Spacer(1, 4 * mm)]
    return out


def compact_tables(comparison: Comparison) -> list[Flowable]:
    """The organisation's table in full, then one table with the clear changes of the other
    groups, each under its group's name."""
    groups = by_group(comparison.changes)
    whole = [g for g in groups if g[0].group_key == ORGANISATION_KEY]
    out = [CondPageBreak(45 * mm), group_table(whole[0]), Spacer(1, 4 * mm)] if whole else []
    rest = [[c for c in g if c.verdict != ChangeVerdict.NO_CLEAR_CHANGE] for g in groups
            if g[0].group_key != ORGANISATION_KEY]
    if not rest:  # the organisation is the only group compared
        return out
    sections = [(markup(g[0].group_name), g) for g in rest if g]
    if not sections:
        return [*out, body(escape(_w("no_clear_in_groups")))]
    return [*out, body(escape(_w("clear_in_groups"))), CondPageBreak(45 * mm),
            change_table(_w("clear_title"), sections)]


def group_table(changes: Sequence[Change]) -> Flowable:
    """A group's sources, werkdrukbronnen first, under the group's name."""
    sections = [(escape(_w(key)), [c for c in changes if c.kind == kind])
                for kind, key in ((m.SourceKind.DEMAND, "demands"),
                                  (m.SourceKind.RESOURCE, "resources"))]
    return change_table(changes[0].group_name, [x for x in sections if x[1]])


def change_table(title_text: str, sections: Sequence[tuple[str, Sequence[Change]]]) -> Flowable:
    """`title_text` and the column names repeat on every page; each section (its title as
    markup) starts with a band that never ends a page."""
    st = s.styles()
    title = [own(markup(title_text), st.card_title), *([""] * 6)]
    keys = ("source", "before", "after", "difference", "n", "interval", "verdict")
    header = [header_cell(escape(_w(k)), width, _right(st.label) if n in NUMBER_COLUMNS
                          else st.label) for n, (k, width) in enumerate(zip(keys, CHANGE_WIDTHS))]
    rows: list[list[Flowable | str]] = [title, header]
    bands: list[int] = []
    for band, changes in sections:
        bands.append(len(rows))
        rows.append([own(f"<b>{band}</b>"), *([""] * 6)])
        rows += [change_row(c) for c in changes]
    commands = [("SPAN", (0, 0), (-1, 0)), ("LINEBELOW", (0, 0), (-1, 0), 0.4, s.RULE)]
    for r in bands:
        commands += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), s.SHADE)]
    return make_table(rows, CHANGE_WIDTHS, commands, header_rows=2, sticky_rows=bands)


def change_row(change: Change) -> list[Flowable]:
    right = _right(s.styles().cell)
    interval = _w("interval_value", low=format_number(change.ci_low),
                  high=format_number(change.ci_high))
    numbers = [format_number(change.before_mean), format_number(change.after_mean),
               signed(change.difference), f"{change.n_before} / {change.n_after}", interval]
    return [own(markup(change.source_name)), *(own(escape(x), right) for x in numbers),
            own(verdict_text(change.verdict))]


@cache
def _right(parent: ParagraphStyle) -> ParagraphStyle:
    """Numbers (and their headers) line up on the right of their column."""
    return ParagraphStyle(f"{parent.name}_right", parent=parent, alignment=TA_RIGHT)


def signed(value: float) -> str:
    """'+0,15' or '-0,17'; '0,00' without a sign."""
    text = format_number(value)
    return text if text.startswith("-") or text == format_number(0.0) else f"+{text}"


def verdict_text(verdict: ChangeVerdict) -> str:
    words = escape(_w(_VERDICT_KEYS[verdict]))
    if verdict == ChangeVerdict.CLEARLY_BETTER:
        return f'<font color="{s.hex_of(s.GOOD)}"><b>{words}</b></font>'
    if verdict == ChangeVerdict.CLEARLY_WORSE:
        return alert(words)
    return muted(words, 8)
