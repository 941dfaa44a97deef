"""Evaluatie werkdrukbeleid: did the measures work, how did the process go, what changes next.

In the order an inspector (and the owner, at the end of a cycle) wants it: a short summary with
how many measures work, partly work, do not work or are not yet known; what changes next (the
policy changes and every measure's next step); every measure's evaluation, organisation level
first; the evaluation of the process itself; and the comparison of the questionnaire
measurements (the flyer's "second measurement with the same sources", `survey_comparison`).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from werkdrukdesk.core import model as m
from werkdrukdesk.core.dates import format_date
from werkdrukdesk.core.i18n import QT_TRANSLATE_NOOP
from werkdrukdesk.core.labels import label
from werkdrukdesk.core.plan.listing import sort_measures
from werkdrukdesk.core.readiness.coverage import (
    measures_awaiting_evaluation,
    problems_process_evaluation,
)
from werkdrukdesk.reports import styles as s
from werkdrukdesk.reports.blocks import alert, body, heading, opening, title_block
from werkdrukdesk.reports.evaluation.measures import effect_text, evaluation_section, numbered
from werkdrukdesk.reports.page import page_info, render
from werkdrukdesk.reports.paragraphs import one_build
from werkdrukdesk.reports.psa.incidents import before_and_after
from werkdrukdesk.reports.psa.words import word as psa_word
from werkdrukdesk.reports.survey.comparison import comparison_section
from werkdrukdesk.reports.tables import cell, data_table, facts_table, make_table, own
from werkdrukdesk.reports.text import escape, markup
from werkdrukdesk.reports.words import lookup, lookup_markup, scoped, word

EFFECT_WIDTHS = (62 * mm, 18 * mm, s.CONTENT_WIDTH - 80 * mm)
STEP_WIDTHS = (12 * mm, 58 * mm, 30 * mm, s.CONTENT_WIDTH - 100 * mm)
PROCESS_LABEL_WIDTH = 52 * mm

_CONTEXT = "EvaluationReport"
_WORDS: dict[str, str] = {
    "title": QT_TRANSLATE_NOOP("EvaluationReport", "Evaluatie werkdrukbeleid"),
    "title_whole": QT_TRANSLATE_NOOP("EvaluationReport",
                                     "Evaluatie beleid psychosociale arbeidsbelasting"),
    "intro": QT_TRANSLATE_NOOP(
        "EvaluationReport",
        "In deze evaluatie kijkt {organisation} terug op de aanpak van werkdruk in deze cyclus: "
        "werken de maatregelen uit het plan van aanpak, is het proces zorgvuldig verlopen en wat "
        "moet er de volgende keer anders? Op basis hiervan passen we het beleid en de maatregelen "
        "aan."
    ),
    "intro_whole": QT_TRANSLATE_NOOP(
        "EvaluationReport",
        "In deze evaluatie kijkt {organisation} terug op de aanpak van werkdruk, van ongewenst "
        "gedrag binnen het bedrijf en van agressie en geweld van buitenaf in deze cyclus: werken "
        "de maatregelen uit het plan van aanpak, is het proces zorgvuldig verlopen en wat moet er "
        "de volgende keer anders? Op basis hiervan passen we het beleid en de maatregelen aan."
    ),
    "summary_heading": QT_TRANSLATE_NOOP("EvaluationReport", "Samenvatting"),
    "summary_counts": QT_TRANSLATE_NOOP(
        "EvaluationReport",
        "{total} in deze cyclus: {done} uitgevoerd, {open} gepland of bezig, {cancelled} "
        "vervallen."
    ),
    "summary_awaiting_one": QT_TRANSLATE_NOOP(
        "EvaluationReport", "Van 1 uitgevoerde maatregel is nog niet vastgesteld of hij werkt."
    ),
    "summary_awaiting_many": QT_TRANSLATE_NOOP(
        "EvaluationReport",
        "Van {count} uitgevoerde maatregelen is nog niet vastgesteld of ze werken."
    ),
    "summary_all_evaluated": QT_TRANSLATE_NOOP(
        "EvaluationReport", "Van alle uitgevoerde maatregelen is vastgesteld of ze werken."
    ),
    "summary_process_missing": QT_TRANSLATE_NOOP(
        "EvaluationReport", "Het proces is nog niet geëvalueerd."
    ),
    "no_measures": QT_TRANSLATE_NOOP(
        "EvaluationReport",
        "Er zijn in deze cyclus nog geen maatregelen vastgelegd; er is dus nog niets te evalueren."
    ),
    "no_measures_no_risk": QT_TRANSLATE_NOOP(
        "EvaluationReport",
        "In deze cyclus is geen risico op werkstress gevonden; daarom zijn er geen maatregelen om "
        "te evalueren."
    ),
    "effect_heading": QT_TRANSLATE_NOOP("EvaluationReport", "Werken de maatregelen?"),
    "effect": QT_TRANSLATE_NOOP("EvaluationReport", "Werkt de maatregel?"),
    "count": QT_TRANSLATE_NOOP("EvaluationReport", "Aantal"),
    "which": QT_TRANSLATE_NOOP("EvaluationReport", "Welke maatregelen"),
    "not_known": QT_TRANSLATE_NOOP("EvaluationReport", "nog niet bekend of nog niet geëvalueerd"),
    "changes_heading": QT_TRANSLATE_NOOP("EvaluationReport", "Wat er nu verandert"),
    "policy_heading": QT_TRANSLATE_NOOP("EvaluationReport", "Aanpassing van beleid en maatregelen"),
    "policy_missing": QT_TRANSLATE_NOOP(
        "EvaluationReport",
        "Er is nog niet vastgelegd hoe het beleid door deze evaluatie verandert."
    ),
    "steps_heading": QT_TRANSLATE_NOOP("EvaluationReport", "Volgende stappen per maatregel"),
    "no_steps": QT_TRANSLATE_NOOP(
        "EvaluationReport", "Er zijn nog geen volgende stappen vastgelegd."
    ),
    "next_step": QT_TRANSLATE_NOOP("EvaluationReport", "Volgende stap"),
    "process_heading": QT_TRANSLATE_NOOP("EvaluationReport", "Evaluatie van het proces"),
    "process_intro": QT_TRANSLATE_NOOP(
        "EvaluationReport",
        "Is het proces zorgvuldig doorlopen, en wat doen we de volgende keer anders? Hier staat "
        "hoe dat is bekeken en wat eruit kwam."
    ),
    "process_missing": QT_TRANSLATE_NOOP(
        "EvaluationReport", "Het proces van deze cyclus is nog niet geëvalueerd."
    ),
    "methods": QT_TRANSLATE_NOOP("EvaluationReport", "Zo is geëvalueerd"),
    "methods_missing": QT_TRANSLATE_NOOP("EvaluationReport", "nog niet vastgelegd"),
    "how_it_went": QT_TRANSLATE_NOOP("EvaluationReport", "Verloop van het proces"),
    "do_differently": QT_TRANSLATE_NOOP("EvaluationReport", "Wat de volgende keer anders kan"),
    "policy_changes": QT_TRANSLATE_NOOP("EvaluationReport", "Beleid en maatregelen aangepast"),
    "process_date": QT_TRANSLATE_NOOP("EvaluationReport", "Datum procesevaluatie"),
    "attention": QT_TRANSLATE_NOOP("EvaluationReport", "Let op: {problem}"),
    "comparison_heading": QT_TRANSLATE_NOOP("EvaluationReport", "Vergelijking van de metingen"),
}


def _w(key: str, **values: object) -> str:
    return lookup(_CONTEXT, _WORDS, key, **values)


def _p(key: str, **values: str) -> str:
    """Markup: the text of `key` escaped, with `values` (already markup) filled in."""
    return lookup_markup(_CONTEXT, _WORDS, key, **values)


@one_build()  # markup parsed once per shape, for this build only
def build(org: m.Organisation, cycle: m.Cycle, *, printed_on: date,
          **options: object) -> bytes:
    """The evaluation of `cycle` as PDF bytes. Options of other reports are ignored."""
    today = printed_on
    title = _w(scoped("title", org))
    measures = sort_measures(cycle.measures)
    story: list[Flowable] = [
        *title_block(title, org, cycle, today),
        body(_p(scoped("intro", org), organisation=markup(org.profile.name))),
        *_summary(cycle, measures),
        *_changes(cycle, measures),
        *evaluation_section(measures, section=3, no_risk=cycle.no_risk),
        *_process(cycle, today, section=4),
    ]
    comparison = measurement_comparison(org, cycle)
    story += [*comparison, *_incidents(org, cycle, section=6 if comparison else 5)]
    return render(page_info(title, org, cycle, today), story)


# -- 1. summary --------------------------------------------------------------------------------


def _summary(cycle: m.Cycle, measures: list[m.Measure]) -> list[Flowable]:
    title = heading(f"1. {_w('summary_heading')}")
    if not measures:
        lines = [escape(_w("no_measures_no_risk" if cycle.no_risk else "no_measures"))]
        if not _process_recorded(cycle.process_evaluation):
            lines.append(alert(escape(_w("summary_process_missing"))))
        return opening([title, _box("<br/>".join(lines))], room=40 * mm)
    return opening([title, _box(_key_figures(cycle, measures)),
                    heading(_w("effect_heading"), 2), _effect_table(measures)])


def _key_figures(cycle: m.Cycle, measures: list[m.Measure]) -> str:
    status = {x: sum(1 for y in measures if y.status == x) for x in m.MeasureStatus}
    count = len(measures)
    total = word("measure_count_one") if count == 1 else word("measure_count_many", count=count)
    lines = [escape(_w(
        "summary_counts", total=total, done=status[m.MeasureStatus.DONE],
        open=status[m.MeasureStatus.PLANNED] + status[m.MeasureStatus.IN_PROGRESS],
        cancelled=status[m.MeasureStatus.CANCELLED]))]
    awaiting = len(measures_awaiting_evaluation(cycle))
    if awaiting:
        key = "summary_awaiting_one" if awaiting == 1 else "summary_awaiting_many"
        lines.append(alert(escape(_w(key, count=awaiting))))
    elif status[m.MeasureStatus.DONE]:
        lines.append(escape(_w("summary_all_evaluated")))
    if not _process_recorded(cycle.process_evaluation):
        lines.append(alert(escape(_w("summary_process_missing"))))
    return "<br/>".join(lines)


def _box(markup_text: str) -> Flowable:
    box = [("BACKGROUND", (0, 0), (-1, -1), s.TINT), ("TOPPADDING", (0, 0), (-1, -1), 6),
           ("BOTTOMPADDING", (0, 0), (-1, -1), 7), ("LEFTPADDING", (0, 0), (-1, -1), 8)]
    return make_table([[own(markup_text, s.styles().cell_bold)]], [s.CONTENT_WIDTH], box,
                      header_rows=0, ruled=False)


def effect_of(measure: m.Measure) -> m.Effect:
    """The recorded effect; a measure without an evaluation is 'not yet known'."""
    return measure.evaluation.effect if measure.evaluation else m.Effect.NOT_YET_KNOWN


def _effect_table(measures: list[m.Measure]) -> Flowable:
    tags = numbered(measures)
    rows = []
    for effect in (m.Effect.EFFECTIVE, m.Effect.PARTLY, m.Effect.NOT_EFFECTIVE,
                   m.Effect.NOT_YET_KNOWN):
        group = [tags[id(x)] for x in measures if effect_of(x) == effect]
        name = _w("not_known") if effect == m.Effect.NOT_YET_KNOWN else label(effect)
        rows.append([own(escape(name), s.styles().cell_bold), own(str(len(group))),
                     own(escape(", ".join(group)) if group else markup(""))])
    header = [escape(_w(key)) for key in ("effect", "count", "which")]
    return data_table(header, rows, EFFECT_WIDTHS)


# -- 2. what changes ---------------------------------------------------------------------------


def _changes(cycle: m.Cycle, measures: list[m.Measure]) -> list[Flowable]:
    policy = cycle.process_evaluation.policy_changes
    out = opening([
        heading(f"2. {_w('changes_heading')}"),
        heading(_w("policy_heading"), 2),
        body(markup(policy, empty=_w("policy_missing"))),
    ], room=45 * mm)
    stepped = [x for x in measures if x.evaluation and x.evaluation.next_steps.strip()]
    steps_title = heading(_w("steps_heading"), 2)
    if not stepped:
        return [*out, *opening([steps_title, body(escape(_w("no_steps")))], room=30 * mm)]
    return [*out, *opening([steps_title, _steps_table(measures, stepped)])]


def _steps_table(measures: list[m.Measure], stepped: list[m.Measure]) -> Flowable:
    tags = numbered(measures)
    rows = [[own(escape(tags[id(x)]), s.styles().cell_bold), cell(x.title), own(effect_text(x)),
             cell(x.evaluation.next_steps if x.evaluation else "")] for x in stepped]
    header = [escape(word("number")), escape(word("measure")), escape(_w("effect")),
              escape(_w("next_step"))]
    return data_table(header, rows, STEP_WIDTHS)


# -- 4. the process ----------------------------------------------------------------------------


def _process_recorded(process: m.ProcessEvaluation) -> bool:
    texts = (process.how_it_went, process.do_differently, process.policy_changes)
    return bool(process.methods or process.evaluated_on or any(t.strip() for t in texts))


def _process(cycle: m.Cycle, today: date, section: int) -> list[Flowable]:
    process = cycle.process_evaluation
    methods = ", ".join(label(x) for x in process.methods)
    facts = [
        (_w("methods"), own(escape(methods or _w("methods_missing")))),
        (_w("how_it_went"), cell(process.how_it_went)),
        (_w("do_differently"), cell(process.do_differently)),
        (_w("policy_changes"), cell(process.policy_changes)),
        (_w("process_date"), cell(format_date(process.evaluated_on))),
    ]
    notes = [body(alert(escape(_w("process_missing"))))] if not _process_recorded(process) else []
    notes += [body(_p("attention", problem=escape(problem)))
              for problem in problems_process_evaluation(cycle, today)]
    table = facts_table([(escape(name), value) for name, value in facts], PROCESS_LABEL_WIDTH)
    return opening([heading(f"{section}. {_w('process_heading')}"),
                    body(escape(_w("process_intro"))), *notes, table])


def measurement_comparison(org: m.Organisation, cycle: m.Cycle) -> Sequence[Flowable]:
    """5. The before/after comparison of the measurements (the flyer's 'tweede meting'), per
    group and source, from the recorded responses only; nothing when the cycle has none."""
    return comparison_section(org, cycle, [heading(f"5. {_w('comparison_heading')}")])


def _incidents(org: m.Organisation, cycle: m.Cycle, section: int) -> list[Flowable]:
    """6 (5 without a comparison). The incidents of the previous cycle beside this one's (the
    whole PSA policy only): shown counts only, never an incident itself."""
    strands = tuple(x for x in org.strands if x != m.Strand.WERKDRUK)
    if not strands:
        return []
    return opening([heading(f"{section}. {psa_word('before_after_heading')}"),
                    *before_and_after(org, cycle, strands)], room=60 * mm)
