"""The evaluation of every measure: one card per measure, grouped by level in the flyer's order
(organisation, team, individual).

Measures carry the same numbers as in the plan van aanpak (M1, M2... in plan order), so an
inspector can lay both documents side by side. A measure that was carried out but of which
nobody has said whether it works is marked in red: that is what the inspector looks for.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from werkdrukdesk.core import model as m
from werkdrukdesk.core.dates import format_date
from werkdrukdesk.core.i18n import QT_TRANSLATE_NOOP
from werkdrukdesk.core.labels import label
from werkdrukdesk.core.readiness.coverage import awaits_evaluation
from werkdrukdesk.reports import styles as s
from werkdrukdesk.reports.blocks import alert, body, heading, opening
from werkdrukdesk.reports.tables import Field, card, cell, data_table, own
from werkdrukdesk.reports.text import escape, markup
from werkdrukdesk.reports.words import lookup, phrase, word

CARD_START = 40 * mm  # a card starts on a new page unless this much of it fits here
CARD_GAP = 4 * mm
RUNNING_WIDTHS = (12 * mm, s.CONTENT_WIDTH - 76 * mm, 32 * mm, 32 * mm)

_CONTEXT = "MeasureEvaluations"
_WORDS: dict[str, str] = {
    "heading": QT_TRANSLATE_NOOP("MeasureEvaluations", "Evaluatie per maatregel"),
    "intro": QT_TRANSLATE_NOOP(
        "MeasureEvaluations",
        "Per maatregel: werkt hij, hoe is dat vastgesteld en wat gebeurt er nu mee. De nummers "
        "zijn dezelfde als in het plan van aanpak. Een uitgevoerde maatregel waarvan nog niet is "
        "vastgesteld of hij werkt, staat in rood."
    ),
    "no_measures": QT_TRANSLATE_NOOP(
        "MeasureEvaluations",
        "Er zijn in deze cyclus nog geen maatregelen vastgelegd, dus ook nog niets te evalueren."
    ),
    "no_measures_no_risk": QT_TRANSLATE_NOOP(
        "MeasureEvaluations",
        "Omdat er in deze cyclus geen risico op werkstress is gevonden, zijn er geen maatregelen "
        "om te evalueren."
    ),
    "no_measures_level": QT_TRANSLATE_NOOP(
        "MeasureEvaluations", "Op dit niveau zijn in deze cyclus geen maatregelen vastgelegd."
    ),
    "effect": QT_TRANSLATE_NOOP("MeasureEvaluations", "Werkt de maatregel?"),
    "how_assessed": QT_TRANSLATE_NOOP("MeasureEvaluations", "Hoe vastgesteld"),
    "outcome": QT_TRANSLATE_NOOP("MeasureEvaluations", "Uitkomst"),
    "next_steps": QT_TRANSLATE_NOOP("MeasureEvaluations", "Volgende stappen"),
    "evaluated_on": QT_TRANSLATE_NOOP("MeasureEvaluations", "Datum evaluatie"),
    "not_evaluated": QT_TRANSLATE_NOOP("MeasureEvaluations", "nog niet geëvalueerd"),
    "not_evaluated_done": QT_TRANSLATE_NOOP(
        "MeasureEvaluations",
        "De maatregel is uitgevoerd, maar er is nog niet vastgesteld of hij werkt."
    ),
    "not_evaluated_open": QT_TRANSLATE_NOOP(
        "MeasureEvaluations", "nog niet geëvalueerd; de maatregel loopt nog"
    ),
    "running_heading": QT_TRANSLATE_NOOP(
        "MeasureEvaluations", "Nog niet te evalueren: deze maatregelen lopen nog"
    ),
    "not_evaluated_cancelled": QT_TRANSLATE_NOOP(
        "MeasureEvaluations", "niet geëvalueerd; de maatregel is vervallen"
    ),
}


def _w(key: str) -> str:
    return lookup(_CONTEXT, _WORDS, key)


def numbered(measures: list[m.Measure]) -> dict[int, str]:
    """'M1', 'M2'... by the identity of each measure, in the order given (the plan order)."""
    return {id(x): word("measure_number", number=n) for n, x in enumerate(measures, start=1)}


def evaluation_section(measures: list[m.Measure], section: int,
                       no_risk: bool = False) -> list[Flowable]:
    """`measures` in plan order; the section number of the heading; `no_risk` when the cycle's
    outcome was that there is no risk (and so no measures)."""
    title = heading(f"{section}. {_w('heading')}")
    if not measures:
        empty = _w("no_measures_no_risk" if no_risk else "no_measures")
        return opening([title, body(escape(empty))], room=40 * mm)
    tags = numbered(measures)
    out = opening([title, body(escape(_w("intro")))], room=60 * mm)
    for number, level in enumerate(m.Level, start=1):
        group = [x for x in measures if x.level == level]
        intro = heading(f"{section}.{number}. {word(f'level_heading_{level.value}')}", 2)
        if not group:
            out += opening([intro, body(escape(_w("no_measures_level")))], room=30 * mm)
            continue
        out += _level(intro, group, tags)
    return out


def _level(intro: Flowable, group: list[m.Measure], tags: dict[int, str]) -> list[Flowable]:
    """Cards for the measures there is something to say about; the ones still running without
    an evaluation together in one short table after them."""
    running = [x for x in group if x.is_open and x.evaluation is None]
    cards = [_card(x, tags) for x in group if x not in running]
    table = [heading(_w("running_heading"), 2), _running_table(running, tags)] if running else []
    if not cards:
        return opening([intro, *table], room=40 * mm)
    # The level's heading travels with its first card, never alone at the foot of a page.
    out: list[Flowable] = [KeepTogether([intro, cards[0], Spacer(1, CARD_GAP)])]
    for item in cards[1:]:
        height = item.wrap(s.CONTENT_WIDTH, s.CONTENT_HEIGHT)[1]
        out += [CondPageBreak(min(height, CARD_START)), item, Spacer(1, CARD_GAP)]
    return out + opening(table, room=40 * mm) if table else out


def _running_table(running: list[m.Measure], tags: dict[int, str]) -> Flowable:
    rows = [[own(escape(tags[id(x)]), s.styles().cell_bold), cell(x.title),
             own(escape(label(x.status))), cell(format_date(x.deadline))] for x in running]
    header = [escape(word(key)) for key in ("number", "measure", "status", "deadline")]
    return data_table(header, rows, RUNNING_WIDTHS)


def _card(measure: m.Measure, tags: dict[int, str]) -> Flowable:
    st = s.styles()
    # What the measure was meant to achieve stands beside what came of it.
    fields = [Field(escape(word("status")), own(_status(measure))),
              Field(escape(word("intended_result")), cell(measure.intended_result)),
              Field(escape(_w("effect")), own(effect_text(measure)))]
    evaluation = measure.evaluation
    if evaluation is not None:
        fields += [
            Field(escape(_w("how_assessed")), cell(evaluation.how_assessed)),
            Field(escape(_w("outcome")), cell(evaluation.outcome)),
            Field(escape(_w("next_steps")), cell(evaluation.next_steps)),
            Field(escape(_w("evaluated_on")), cell(format_date(evaluation.evaluated_on))),
        ]
    return card(own(escape(tags[id(measure)]), st.card_title),
                own(markup(measure.title), st.card_title), fields)


def _status(measure: m.Measure) -> str:
    text = escape(label(measure.status))
    if measure.status == m.MeasureStatus.DONE and measure.completed_on:
        return phrase("done_on", status=text, date=format_date(measure.completed_on))
    return text


def effect_text(measure: m.Measure) -> str:
    """The effect in words; for a measure carried out but not evaluated, a red warning."""
    evaluation = measure.evaluation
    if awaits_evaluation(measure):
        return alert(escape(_w("not_evaluated"))) + "<br/>" + escape(_w("not_evaluated_done"))
    if evaluation is not None:
        text = escape(label(evaluation.effect))
        return alert(text) if evaluation.effect == m.Effect.NOT_EFFECTIVE else text
    if measure.status == m.MeasureStatus.CANCELLED:
        return escape(_w("not_evaluated_cancelled"))
    return escape(_w("not_evaluated_open"))
