"""The measures of the plan van aanpak: an overview table, then one card per measure, grouped
by level in the flyer's order (organisation, team, individual).

Measures are numbered M1, M2... in plan order, so the overview, the cards and the references
between measures ("hangt samen met M4") agree.
"""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from werkdrukdesk.core import model as m
from werkdrukdesk.core.balance import ratings_by_cell
from werkdrukdesk.core.dates import format_date
from werkdrukdesk.core.labels import label, rating_label
from werkdrukdesk.core.plan.listing import is_overdue, sort_measures, targets_by_team
from werkdrukdesk.reports import styles as s
from werkdrukdesk.reports.blocks import alert, body, heading, opening
from werkdrukdesk.reports.fonts import REGULAR
from werkdrukdesk.reports.psa.strands import per_strand
from werkdrukdesk.reports.tables import Field, card, cell, data_table, own
from werkdrukdesk.reports.text import escape, markup
from werkdrukdesk.reports.words import phrase, word

OVERVIEW_WIDTHS = (12 * mm, 64 * mm, 40 * mm, 23 * mm, s.CONTENT_WIDTH - 139 * mm)
FLAGGED = (m.Rating.PROBLEM, m.Rating.ATTENTION)
CARD_START = 55 * mm  # a card starts on a new page unless this much of it fits here
CARD_GAP = 4 * mm


class _Plan:
    """What every card needs to look up: numbers, names, ratings and the date printed."""

    def __init__(self, org: m.Organisation, cycle: m.Cycle, today: date) -> None:
        self.org, self.cycle, self.today = org, cycle, today
        self.measures = sort_measures(cycle.measures)
        self.number = {id(x): n for n, x in enumerate(self.measures, start=1)}
        self.by_id = {x.id: x for x in self.measures if x.id is not None}
        self.sources = {x.id: x for x in org.sources}
        self.teams = {t.id: t for t in cycle.teams}
        self.ratings = ratings_by_cell(cycle)

    def tag(self, measure: m.Measure) -> str:
        return word("measure_number", number=self.number[id(measure)])


def measures_section(org: m.Organisation, cycle: m.Cycle, today: date,
                     section: int) -> list[Flowable]:
    plan = _Plan(org, cycle, today)
    title = heading(f"{section}. {word('measures_heading')}")
    if not plan.measures:
        key = "no_measures_no_risk" if cycle.no_risk else "no_measures"
        return opening([title, body(escape(word(key)))], room=40 * mm)
    out = opening([title, heading(word("overview_heading"), 2), *_existing_and_added(plan),
                   _overview(plan)])
    strands = per_strand(org, plan.measures, plan.tag)  # the whole PSA policy only
    if strands:
        out += opening(strands, room=50 * mm)
    for number, level in enumerate(m.Level, start=1):
        group = [x for x in plan.measures if x.level == level]
        intro = [heading(f"{section}.{number}. {word(f'level_heading_{level.value}')}", 2),
                 body(escape(word(f"level_intro_{level.value}")))]
        if not group:
            out += opening([*intro, body(escape(word("no_measures_level")))], room=40 * mm)
            continue
        # The level's heading travels with its first card, never alone at the foot of a page.
        out.append(KeepTogether([*intro, _card(plan, group[0]), Spacer(1, CARD_GAP)]))
        for measure in group[1:]:
            out += [CondPageBreak(CARD_START), _card(plan, measure), Spacer(1, CARD_GAP)]
    return out


# -- overview --------------------------------------------------------------------------------


def _overview(plan: _Plan) -> Flowable:
    rows, commands, groups = [], [], []
    for level in m.Level:
        group = [x for x in plan.measures if x.level == level]
        if not group:
            continue
        row = len(rows) + 1  # the header is row 0
        rows.append([own(escape(word(f"level_heading_{level.value}")), s.styles().cell_bold),
                     "", "", "", ""])
        commands += [("SPAN", (0, row), (-1, row)), ("BACKGROUND", (0, row), (-1, row), s.SHADE)]
        groups.append(row)
        rows += [_overview_row(plan, x) for x in group]
    header = [escape(word(k)) for k in ("number", "measure", "responsible", "deadline", "status")]
    return data_table(header, rows, OVERVIEW_WIDTHS, commands, sticky_rows=groups)


def _overview_row(plan: _Plan, measure: m.Measure) -> list[Flowable]:
    return [
        own(escape(plan.tag(measure)), s.styles().cell_bold),
        cell(measure.title),
        cell(measure.responsible),
        cell(format_date(measure.deadline)),
        own(_status(measure, plan.today, short=True)),
    ]


def _existing_and_added(plan: _Plan) -> list[Flowable]:
    """What exists and what the plan adds, in one sentence, when something already existed."""
    existing = sum(1 for x in plan.measures if x.existing)
    if not existing:
        return []
    total = len(plan.measures)
    return [body(escape(word("existing_and_added", total=total, existing=existing,
                             added=total - existing)))]


def _status(measure: m.Measure, today: date, short: bool = False) -> str:
    """The status in words; a measure still open after its deadline says 'te laat' in red."""
    if measure.existing:
        return escape(word("existing"))
    text = escape(label(measure.status))
    if measure.status == m.MeasureStatus.DONE and measure.completed_on and not short:
        text = phrase("done_on", status=text, date=format_date(measure.completed_on))
    if is_overdue(measure, today):
        text += ", " + alert(escape(word("overdue")))
        if not short:
            text += " (" + escape(word("overdue_since", date=format_date(measure.deadline))) + ")"
    return text


# -- one card per measure --------------------------------------------------------------------


def _card(plan: _Plan, measure: m.Measure) -> Flowable:
    st = s.styles()
    title = markup(measure.title)
    origin = _carried_from(plan, measure)
    if measure.existing:
        origin = " ".join(x for x in (word("existing_note"), origin) if x)
    if origin:
        title += f'<br/><font name="{REGULAR}" size="7.5" color="{s.hex_of(s.MUTED)}">'
        title += f"{escape(origin)}</font>"
    fields = [
        (word("what"), cell(measure.description)),
        (word("intended_result"), cell(measure.intended_result)),
        (word("judged"), own(_judged(measure))),
        (word("addresses"), own(_targets(plan, measure))),
        (word("level"), own(escape(label(measure.level)))),
        (word("responsible"), cell(measure.responsible)),
        (word("carried_out_by"), cell(measure.carried_out_by)),
        (word("start_and_deadline"), own(_schedule(measure))),
        (word("budget"), cell(measure.budget)),
        (word("status"), own(_status(measure, plan.today))),
        (word("staff_involvement"), cell(measure.staff_involvement)),
        (word("council_involvement"), cell(measure.council_involvement)),
        (word("coherence"), cell(measure.coherence)),
        (word("related"), own(_related(plan, measure))),
    ]
    return card(own(escape(plan.tag(measure)), st.card_title), own(title, st.card_title),
                [Field(escape(name), value) for name, value in fields])


def _judged(measure: m.Measure) -> str:
    """How and when the effect will be judged, as far as that is known."""
    how = markup(measure.judge_how)
    if measure.judge_on is None:
        return how
    return phrase("judged_on", how=how or "—", date=escape(format_date(measure.judge_on)))


def _schedule(measure: m.Measure) -> str:
    if measure.start_date is None and measure.deadline is None:
        return markup("")
    start, deadline = format_date(measure.start_date), format_date(measure.deadline)
    return phrase("schedule", start=markup(start), deadline=markup(deadline))


def _targets(plan: _Plan, measure: m.Measure) -> str:
    """One line per team: 'Team: source (te hoog); source (aandacht nodig)'."""
    lines = []
    for team_id, source_ids in targets_by_team(measure).items():
        sources = "; ".join(_target_source(plan, source_id, team_id) for source_id in source_ids)
        lines.append(phrase("target_line", team=f"<b>{_team_name(plan, team_id)}</b>",
                            sources=sources))
    return "<br/>".join(lines) if lines else markup("")


def _team_name(plan: _Plan, team_id: int | None) -> str:
    if team_id is None:
        return escape(word("whole_organisation"))
    team = plan.teams.get(team_id)
    return markup(team.name) if team else escape(word("unknown_team"))


def _target_source(plan: _Plan, source_id: int, team_id: int | None) -> str:
    source = plan.sources.get(source_id)
    if source is None:
        return escape(word("unknown_source"))
    rated = plan.ratings.get((source_id, team_id))
    if rated is None or rated.rating not in FLAGGED:
        return markup(source.name)
    rating = escape(rating_label(source.kind, rated.rating))
    return phrase("target_rating", source=markup(source.name), rating=rating)


def _carried_from(plan: _Plan, measure: m.Measure) -> str:
    if measure.carried_from_measure_id is None:
        return ""
    for cycle in plan.org.cycles:
        if any(x.id == measure.carried_from_measure_id for x in cycle.measures):
            return word("carried_from", number=cycle.number)
    return word("carried_from_unknown")


def _related(plan: _Plan, measure: m.Measure) -> str:
    related = [plan.by_id[i] for i in measure.related_measure_ids if i in plan.by_id]
    related = sorted(related, key=lambda x: plan.number[id(x)])
    lines = [f"<b>{escape(plan.tag(x))}</b> {markup(x.title)}" for x in related]
    return "<br/>".join(lines) if lines else markup("")
