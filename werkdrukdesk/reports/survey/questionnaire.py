"""Vragenlijst werkdruk: the paper form of the anonymous staff questionnaire.

Page 1 tells the respondent how to answer and how their anonymity is kept (with the smallest
group size the organisation shows results for), then asks for their team. The statements
follow, grouped by source and numbered 1..N, each with five boxes under the words of the answer
scale; an open question and a word of thanks close the form.

Which statements: those of the measurement `measurement_id` of the cycle; without it, those of
the cycle's newest measurement; when the cycle has no measurement yet, those of every source
that is not archived. The form never says which sources are werkdrukbronnen and which are
energiebronnen, and shows no numbers behind the answers.
"""

from __future__ import annotations

import math
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, HRFlowable, KeepTogether, Paragraph, Spacer

from werkdrukdesk.core import i18n
from werkdrukdesk.core import model as m
from werkdrukdesk.core.catalogue import answer_labels
from werkdrukdesk.core.dates import format_date
from werkdrukdesk.core.i18n import QT_TRANSLATE_NOOP
from werkdrukdesk.core.psa.scope import beyond_werkdruk
from werkdrukdesk.reports import styles as s
from werkdrukdesk.reports.blocks import body, cycle_period, heading, opening
from werkdrukdesk.reports.lookup import find_in_cycle
from werkdrukdesk.reports.page import cycle_line, page_info, render
from werkdrukdesk.reports.paragraphs import one_build
from werkdrukdesk.reports.survey.questionnaire_items import item_blocks
from werkdrukdesk.reports.survey.questionnaire_parts import (
    anonymity_box,
    bullets,
    open_question,
    team_choice,
)
from werkdrukdesk.reports.text import escape, markup
from werkdrukdesk.reports.words import lookup, with_strands, word

SECONDS_PER_ITEM = 12  # reading a statement and ticking a box
SECONDS_EXTRA = 180  # reading page 1, choosing the team, the open question

_CONTEXT = "QuestionnaireReport"
_WORDS: dict[str, str] = {
    "title": QT_TRANSLATE_NOOP("QuestionnaireReport", "Vragenlijst werkdruk"),
    "title_whole": QT_TRANSLATE_NOOP("QuestionnaireReport",
                                     "Vragenlijst werkdruk en sociale veiligheid"),
    "how_heading": QT_TRANSLATE_NOOP("QuestionnaireReport", "Zo vult u de vragenlijst in"),
    "how_tick": QT_TRANSLATE_NOOP(
        "QuestionnaireReport",
        "Bij elke uitspraak kruist u één hokje aan: hoe vaak geldt dit voor u? U kiest uit "
        "{scale}."
    ),
    "how_period": QT_TRANSLATE_NOOP(
        "QuestionnaireReport", "Denk aan uw werk in de afgelopen maanden."
    ),
    "how_no_wrong": QT_TRANSLATE_NOOP(
        "QuestionnaireReport",
        "Er zijn geen goede of foute antwoorden. Het gaat erom hoe u het zelf ervaart."
    ),
    "how_time": QT_TRANSLATE_NOOP(
        "QuestionnaireReport",
        "Er zijn {count} uitspraken. Het invullen duurt ongeveer {minutes} minuten."
    ),
    "how_time_one": QT_TRANSLATE_NOOP(
        "QuestionnaireReport", "Er is 1 uitspraak. Het invullen duurt ongeveer {minutes} minuten."
    ),
    "how_mistake": QT_TRANSLATE_NOOP(
        "QuestionnaireReport",
        "Vergist u zich? Kleur het verkeerde hokje helemaal zwart en kruis daarna het goede hokje "
        "aan."
    ),
    "or": QT_TRANSLATE_NOOP("QuestionnaireReport", "of"),
    "statements_heading": QT_TRANSLATE_NOOP("QuestionnaireReport", "Uitspraken over uw werk"),
    "statements_intro": QT_TRANSLATE_NOOP(
        "QuestionnaireReport",
        "Hoe vaak geldt dit voor u? Kruis per uitspraak één hokje aan. De uitspraken zijn "
        "gegroepeerd per onderwerp."
    ),
    "no_statements": QT_TRANSLATE_NOOP(
        "QuestionnaireReport",
        "Voor deze vragenlijst zijn nog geen uitspraken vastgelegd. Kies in WerkdrukDesk eerst de "
        "onderwerpen van de meting; druk de vragenlijst daarna opnieuw af."
    ),
    "unknown_measurement": QT_TRANSLATE_NOOP(
        "QuestionnaireReport", "Er is geen meting met nummer {id} in cyclus {cycle}"
    ),
    "measurement_elsewhere": QT_TRANSLATE_NOOP(
        "QuestionnaireReport", "Meting {id} hoort bij cyclus {other}, niet bij cyclus {cycle}"
    ),
    "choose_from": QT_TRANSLATE_NOOP("QuestionnaireReport", "{problem}; kies uit: {ids}."),
    "none_to_choose": QT_TRANSLATE_NOOP(
        "QuestionnaireReport", "{problem}; in deze cyclus is nog geen meting vastgelegd."
    ),
    "bad_measurement": QT_TRANSLATE_NOOP(
        "QuestionnaireReport", "'{id}' is geen nummer van een meting."
    ),
}


def _w(key: str, **values: object) -> str:
    return lookup(_CONTEXT, _WORDS, key, **values)


@one_build()  # markup parsed once per shape, for this build only
def build(org: m.Organisation, cycle: m.Cycle, *, printed_on: date,
          measurement_id: int | str | None = None, **options: object) -> bytes:
    """The paper questionnaire of `cycle` as PDF bytes (see the module's docstring for which
    statements it holds). An unknown `measurement_id` is a WerkdrukError."""
    today = printed_on
    measurement = find_measurement(org, cycle, measurement_id)
    sources = form_sources(org, measurement)
    words = answer_labels(i18n.current())  # the scale in the language of the form
    scale = [words[value] for value in sorted(words)]
    count = sum(len(x.items) for x in sources)
    strands = beyond_werkdruk(sources)
    title = _w(with_strands("title", strands))
    story: list[Flowable] = [
        *_title(title, org, cycle, measurement, today),
        *_instructions(scale, count),
        anonymity_box(org),
        *team_choice(cycle),
        *_statements(sources, scale),
        open_question(strands),
    ]
    subject = measurement.name if measurement and measurement.name.strip() else ""
    return render(page_info(title, org, cycle, today), story, subject=subject)


# -- which statements --------------------------------------------------------------------------


def find_measurement(org: m.Organisation, cycle: m.Cycle,
                     measurement_id: object = None) -> m.Measurement | None:
    """The measurement of `cycle` with this id; with no id, the cycle's newest (None when it
    has none). An unknown id, or one of another cycle, is a WerkdrukError in one sentence."""
    if measurement_id is None:
        return newest_measurement(cycle)
    keys = {"bad": "bad_measurement", "elsewhere": "measurement_elsewhere",
            "unknown": "unknown_measurement"}
    return find_in_cycle(org, cycle, "measurements", measurement_id,
                         lambda kind, **values: _w(keys.get(kind, kind), **values))


def newest_measurement(cycle: m.Cycle) -> m.Measurement | None:
    """The measurement held last; one without a date is still being prepared, so it counts as
    the newest. Equal dates: the one recorded last."""
    if not cycle.measurements:
        return None
    order = enumerate(cycle.measurements)
    return max(order, key=lambda pair: (pair[1].held_on or date.max, pair[0]))[1]


def form_sources(org: m.Organisation, measurement: m.Measurement | None) -> list[m.Source]:
    """The sources whose statements the form asks, in catalogue order: the measurement's (also
    archived ones it asked; unknown ids are skipped), or every source not archived."""
    ordered = sorted(org.sources, key=lambda x: (x.position, x.id or 0))  # as the answer sheet
    if measurement is None:
        return [x for x in ordered if not x.archived]
    asked = set(measurement.source_ids)
    return [x for x in ordered if x.id is not None and x.id in asked]


def minutes_needed(count: int) -> int:
    """About how long filling in takes, rounded up to five minutes."""
    seconds = count * SECONDS_PER_ITEM + SECONDS_EXTRA
    return max(5, math.ceil(seconds / 60 / 5) * 5)


# -- page 1 ------------------------------------------------------------------------------------


def _title(title: str, org: m.Organisation, cycle: m.Cycle, measurement: m.Measurement | None,
           today: date) -> list[Flowable]:
    """Like the other reports' title block, with the measurement's name in the line below."""
    st = s.styles()
    meta = []
    if measurement is not None and measurement.name.strip():
        meta.append(markup(measurement.name))
    meta.append(escape(cycle_line(cycle)))
    period = cycle_period(cycle)
    if period and measurement is None:
        meta.append(escape(period))
    meta.append(escape(word("printed_on", date=format_date(today))))
    return [
        Paragraph(escape(title), st.title),
        Paragraph(markup(org.profile.name), st.subtitle),
        Paragraph(" · ".join(meta), st.meta),
        Spacer(1, 3 * mm),
        HRFlowable(width="100%", thickness=1.2, color=s.ACCENT, spaceAfter=4 * mm),
    ]


def _instructions(scale: list[str], count: int) -> list[Flowable]:
    words = [f"<b>{escape(x)}</b>" for x in scale]
    listed = ", ".join(words[:-1]) + f" {escape(_w('or'))} " + words[-1] if words else ""
    lines = [
        escape(_w("how_tick")).format(scale=listed),
        escape(_w("how_period")),
        escape(_w("how_no_wrong")),
    ]
    if count:
        time_key = "how_time_one" if count == 1 else "how_time"
        lines.append(escape(_w(time_key, count=count, minutes=minutes_needed(count))))
    lines.append(escape(_w("how_mistake")))
    return [KeepTogether([heading(_w("how_heading"), 2), *bullets(lines)])]


# -- the statements ----------------------------------------------------------------------------


def _statements(sources: list[m.Source], scale: list[str]) -> list[Flowable]:
    title = heading(_w("statements_heading"))
    blocks = item_blocks(sources, scale, lead=[title, body(escape(_w("statements_intro")))])
    if not blocks:
        return opening([title, body(escape(_w("no_statements")))], room=40 * mm)
    return blocks

