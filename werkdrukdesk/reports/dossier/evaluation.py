"""Sections 6 and 7 of the dossier: the evaluation of this cycle, and earlier cycles in brief.

Measures keep the numbers of the plan (M1, M2... in plan order), so a card here points at the
same measure as in section 4.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from werkdrukdesk.core import model as m
from werkdrukdesk.core.dates import format_date
from werkdrukdesk.core.labels import label
from werkdrukdesk.core.plan.listing import STATUS_ORDER, sort_measures
from werkdrukdesk.core.readiness.coverage import awaits_evaluation
from werkdrukdesk.reports import styles as s
from werkdrukdesk.reports.blocks import alert, body, cycle_period, heading
from werkdrukdesk.reports.dossier.common import (
    Marks,
    detail,
    keep_together,
    section_head,
    section_start,
)
from werkdrukdesk.reports.dossier.words import count, phrase, word
from werkdrukdesk.reports.page import cycle_line
from werkdrukdesk.reports.tables import Field, card, cell, data_table, facts_table, own
from werkdrukdesk.reports.text import escape, markup
from werkdrukdesk.reports.words import word as shared_word

CARD_START = 40 * mm
GAP = 4 * mm
HISTORY_WIDTHS = (34 * mm, 32 * mm, 32 * mm, 26 * mm, s.CONTENT_WIDTH - 124 * mm)


def evaluation_section(org: m.Organisation, cycle: m.Cycle, today: date,
                       marks: Marks) -> list[Flowable]:
    measures = sort_measures(cycle.measures)
    tags = {id(x): shared_word("measure_number", number=n) for n, x in enumerate(measures, 1)}
    evaluated = [x for x in measures if _evaluated(x)]
    out = [*section_start(6, marks, room=50 * mm), body(escape(word("evaluation_intro"))),
           heading(word("measures_evaluation_heading"), 2)]
    if not evaluated:
        out.append(body(escape(word("no_evaluations"))))
    for measure in evaluated:
        out += [CondPageBreak(CARD_START), _card(measure, tags[id(measure)]), Spacer(1, GAP)]
    awaiting = [x for x in measures if awaits_evaluation(x) and not _evaluated(x)]
    if awaiting:
        names = ", ".join(f"<b>{escape(tags[id(x)])}</b> {markup(x.title)}" for x in awaiting)
        out.append(body(alert(phrase("awaiting", measures=names))))
    running = sum(1 for x in measures if x.is_open and not _evaluated(x))
    if running:
        out.append(body(escape(word("running", count=count(running, "measures")))))
    return [*out, *_process(cycle)]


def _evaluated(measure: m.Measure) -> bool:
    """Something was written down about whether the measure works."""
    e = measure.evaluation
    if e is None:
        return False
    texts = (e.how_assessed, e.outcome, e.next_steps)
    return e.effect != m.Effect.NOT_YET_KNOWN or any(t.strip() for t in texts) or bool(
        e.evaluated_on)


def _card(measure: m.Measure, tag: str) -> Flowable:
    st = s.styles()
    e = measure.evaluation or m.MeasureEvaluation()
    effect = escape(label(e.effect))
    if e.effect == m.Effect.NOT_EFFECTIVE:
        effect = alert(effect)
    title = markup(measure.title)
    title += f'<font size="7.5" color="{s.hex_of(s.MUTED)}"> · {escape(label(measure.status))}'
    title += "</font>"
    fields = [  # what the measure was meant to achieve, beside what came of it
        Field(escape(shared_word("intended_result")), cell(measure.intended_result)),
        Field(escape(word("effect")), own(effect)),
        Field(escape(word("how_assessed")), cell(e.how_assessed)),
        Field(escape(word("outcome")), cell(e.outcome)),
        Field(escape(word("next_steps")), cell(e.next_steps)),
        Field(escape(word("evaluated_on")), cell(format_date(e.evaluated_on))),
    ]
    return card(own(escape(tag), st.card_title), own(title, st.card_title), fields)


def _process(cycle: m.Cycle) -> list[Flowable]:
    process = cycle.process_evaluation
    methods = [escape(label(x)) for x in m.EvaluationMethod if x in process.methods]
    facts = [(word("methods"), own("<br/>".join(methods) if methods else markup("")))]
    if m.EvaluationMethod.SECOND_MEASUREMENT in process.methods:
        facts.append((word("compared"), own(_measurement_names(cycle))))
    facts += [
        (word("how_it_went"), cell(process.how_it_went)),
        (word("do_differently"), cell(process.do_differently)),
        (word("policy_changes"), cell(process.policy_changes)),
        (word("evaluated_on"), cell(format_date(process.evaluated_on))),
    ]
    table = facts_table([(escape(k), v) for k, v in facts])
    return keep_together([heading(word("process_heading"), 2), table], room=50 * mm)


def _measurement_names(cycle: m.Cycle) -> str:
    ordered = sorted(cycle.measurements, key=lambda x: (x.held_on or date.max, x.name))
    lines = [markup(x.name) + (f" ({format_date(x.held_on)})" if x.held_on else "")
             for x in ordered]
    return "<br/>".join(lines) if lines else markup("")


# -- 7. earlier cycles -----------------------------------------------------------------------


def history_section(org: m.Organisation, cycle: m.Cycle, today: date,
                    marks: Marks, number: int = 7) -> list[Flowable]:
    """Numbered 7 in a werkdruk-only dossier; later when the strands of PSA come before it."""
    title = word("s7")
    earlier = sorted((c for c in org.cycles if c.number < cycle.number),
                     key=lambda c: c.number)
    if not earlier:
        return [*section_start(number, marks, room=30 * mm, title=title),
                body(escape(word("no_history")))]
    header = [escape(word(k)) for k in ("cycle", "period", "measures", "sessions",
                                        "policy_changes")]
    rows = [_history_row(c) for c in earlier]
    table = data_table(header, rows, HISTORY_WIDTHS)
    return [CondPageBreak(45 * mm), *keep_together(
        [*section_head(number, marks, title), body(escape(word("history_intro"))), table])]


def _history_row(cycle: m.Cycle) -> list[Flowable]:
    state = word("closed" if cycle.closed else "open")
    name = f"<b>{escape(cycle_line(cycle))}</b>" + detail(escape(state))
    statuses = Counter(x.status for x in cycle.measures)
    lines = [escape(f"{statuses[x]} {label(x)}") for x in sorted(statuses, key=STATUS_ORDER.get)]
    measures = f"<b>{escape(count(len(cycle.measures), 'measures'))}</b>"
    if lines:
        measures += detail("<br/>".join(lines))
    return [own(name), cell(cycle_period(cycle)), own(measures),
            own(escape(count(len(cycle.sessions), "sessions"))),
            cell(cycle.process_evaluation.policy_changes)]
