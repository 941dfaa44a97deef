"""Section 5 of the dossier: voorlichting en onderricht.

Every session with its date, form, audience, who gave it, the topics and who came (people by
name counted, and the numbers per team); then which topics reached staff and managers, and how
many people of each team were reached at least (`core.readiness.coverage`: never a sum that
counts one person twice).
"""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable

from werkdrukdesk.core import model as m
from werkdrukdesk.core.dates import format_date
from werkdrukdesk.core.labels import label
from werkdrukdesk.core.readiness.coverage import (
    FOR_MANAGERS,
    FOR_STAFF,
    MANAGER_TOPICS,
    STAFF_TOPICS,
    Reach,
    TeamReach,
    gap_lines,
    newcomers_note,
    present_per_team,
    reach,
    topic_coverage,
)
from werkdrukdesk.reports import styles as s
from werkdrukdesk.reports.blocks import alert, body, heading, opening
from werkdrukdesk.reports.dossier.common import (
    Marks,
    detail,
    keep_together,
    section_head,
    section_start,
    team_names,
)
from werkdrukdesk.reports.dossier.words import phrase, word
from werkdrukdesk.reports.tables import cell, data_table, own
from werkdrukdesk.reports.text import escape, markup
from werkdrukdesk.reports.words import scoped

SESSION_WIDTHS = (23 * mm, 56 * mm, 50 * mm, s.CONTENT_WIDTH - 129 * mm)
TOPIC_WIDTHS = (s.CONTENT_WIDTH - 90 * mm, 45 * mm, 45 * mm)
REACH_WIDTHS = (s.CONTENT_WIDTH - 100 * mm, 28 * mm, 48 * mm, 24 * mm)


def sessions_section(org: m.Organisation, cycle: m.Cycle, today: date,
                     marks: Marks) -> list[Flowable]:
    intro = body(escape(word(scoped("sessions_intro", org))))
    if not cycle.sessions:
        return [*section_start(5, marks, room=40 * mm), intro,
                body(escape(word("no_sessions"))), *_topics(cycle), *_reach(org, cycle, today)]
    head = [CondPageBreak(70 * mm), *keep_together([*section_head(5, marks), intro,
                                                     _sessions_table(cycle)])]
    return [*head, *_topics(cycle), *_reach(org, cycle, today)]


# -- the sessions ----------------------------------------------------------------------------


def _sessions_table(cycle: m.Cycle) -> Flowable:
    names = team_names(cycle)
    ordered = sorted(cycle.sessions, key=lambda x: (x.held_on or date.max, x.title))
    rows = [[cell(format_date(x.held_on)), own(_what(x)), own(_topic_lines(x)),
             own(_attendance(x, names))] for x in ordered]
    header = [escape(word(k)) for k in ("date", "session", "topics", "attendance")]
    return data_table(header, rows, SESSION_WIDTHS)


def _what(session: m.InformationSession) -> str:
    text = f"<b>{markup(session.title)}</b>"
    lines = [escape(f"{label(session.form)} · {label(session.audience)}")]
    if session.given_by.strip():
        lines.append(phrase("given_by", name=markup(session.given_by)))
    return text + detail("<br/>".join(lines))


def _topic_lines(session: m.InformationSession) -> str:
    topics = [t for t in m.Topic if t in session.topics]  # the flyer's order, once each
    return "<br/>".join(escape(label(t)) for t in topics) if topics else markup("")


def _attendance(session: m.InformationSession, names: dict[int | None, str]) -> str:
    """The total in bold; below it how many by name, then the number per team, one a line."""
    text = f"<b>{escape(word('present', count=session.attendance()))}</b>"
    lines = []
    if session.attendees:
        lines.append(escape(word("by_name", count=len(session.attendees))))
    for team_id, present in present_per_team(session).items():
        team = names.get(team_id) if team_id is not None else escape(word("without_team"))
        lines.append(f"{team or escape(word('unknown_team'))}: {present}")
    return text + detail("<br/>".join(lines)) if lines else text


# -- topics and reach ------------------------------------------------------------------------


def _topics(cycle: m.Cycle) -> list[Flowable]:
    rows = []
    for topic in m.STRAND_TOPICS[m.Strand.WERKDRUK]:  # the other strands' in their sections
        rows.append([
            own(escape(label(topic))),
            own(_covered(cycle, topic, FOR_STAFF, topic in STAFF_TOPICS)),
            own(_covered(cycle, topic, FOR_MANAGERS, topic in MANAGER_TOPICS)),
        ])
    header = [escape(word(k)) for k in ("topic", "for_staff", "for_managers")]
    out = [heading(word("topics_heading"), 2), body(escape(word("topics_intro"))),
           data_table(header, rows, TOPIC_WIDTHS)]
    if topic_coverage(cycle).complete:
        out.append(body(escape(word("topics_complete"))))
    return keep_together(out, room=60 * mm)


def _covered(cycle: m.Cycle, topic: m.Topic, audiences: tuple[m.Audience, ...],
             required: bool) -> str:
    times = sum(1 for x in cycle.sessions if x.audience in audiences and topic in x.topics)
    if times:
        return escape(word("covered", count=times))
    if required:
        return alert(escape(word("not_covered")))
    return f'<font color="{s.hex_of(s.MUTED)}">{escape(word("not_required"))}</font>'


def _reach(org: m.Organisation, cycle: m.Cycle, today: date) -> list[Flowable]:
    title = [heading(word("reach_heading"), 2)]
    if not cycle.teams:
        return opening([*title, body(escape(word("no_teams")))], room=30 * mm)
    found = reach(cycle, org.profile.headcount, today)
    rows = [_reach_row(t) for t in found.teams]
    rows.append(_total_row(found))
    header = [escape(word(k)) for k in ("team", "headcount", "reached", "share")]
    last = len(rows)
    commands = [("BACKGROUND", (0, last), (-1, last), s.SHADE)]
    table = data_table(header, rows, REACH_WIDTHS, commands)
    gaps = [body(escape(line)) for line in gap_lines(cycle, today, org.profile.headcount)]
    if not gaps:
        gaps = [body(escape(word("everyone_reached")))]
    return [*keep_together([*title, body(escape(word("reach_intro"))), table], room=50 * mm),
            *gaps, body(escape(newcomers_note()))]


def _reach_row(team: TeamReach) -> list[Flowable]:
    headcount, reached = team.headcount, team.reached
    if headcount > 0 and reached == 0:
        text = alert(escape(word("not_reached")))
    elif headcount > 0:
        text = escape(word("at_least", reached=reached, headcount=headcount))
    else:
        text = escape(word("at_least_no_headcount", reached=reached))
    share = f"{team.percent}%" if headcount > 0 else "—"
    return [cell(team.name), own(str(headcount) if headcount else "—"), own(text), own(share)]


def _total_row(found: Reach) -> list[Flowable]:
    bold = s.styles().cell_bold
    if found.headcount > 0:
        text = word("at_least", reached=found.reached, headcount=found.headcount)
        share = f"{found.percent}%"
    else:
        text, share = word("at_least_no_headcount", reached=found.reached), "—"
    return [own(escape(word("total")), bold), own(str(found.headcount or "—"), bold),
            own(escape(text), bold), own(share, bold)]
