"""Section 3 of the dossier: the balance per team.

A chart first (the whole organisation, then the teams in order of priority), counted with
`core.balance` exactly as the balance step on screen counts; then one card per team with the
verdict, the priority, rest and recovery and the balance of work and private life. Unwanted
behaviour and aggression are counted apart from werkdruk (`core.balance.by_strand`), wherever
the file covers them.
"""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from werkdrukdesk.core import model as m
from werkdrukdesk.core.balance import (
    TeamPicture,
    balance_for,
    strands_apart,
    team_picture,
    team_pictures,
    teams_by_priority,
)
from werkdrukdesk.core.labels import label
from werkdrukdesk.reports import styles as s
from werkdrukdesk.reports.blocks import alert, body
from werkdrukdesk.reports.charts import balance_charts
from werkdrukdesk.reports.dossier.common import Marks, section_start
from werkdrukdesk.reports.dossier.words import phrase, word
from werkdrukdesk.reports.tables import Field, card, cell, own
from werkdrukdesk.reports.text import escape, markup

CARD_START = 40 * mm  # a card starts on a new page unless this much of it fits here
GAP = 4 * mm


def balance_section(org: m.Organisation, cycle: m.Cycle, today: date,
                    marks: Marks) -> list[Flowable]:
    intro = body(escape(word("balance_intro")))
    if not cycle.teams:
        return [*section_start(3, marks, room=40 * mm), intro, body(escape(word("no_teams")))]
    pictures = team_pictures(org, cycle)
    teams = teams_by_priority(cycle, pictures)
    rows = [(word("whole_organisation"), team_picture(org, cycle, None))]
    rows += [(t.name, _picture(org, cycle, pictures, t)) for t in teams]
    strands = strands_apart(org, [picture for _, picture in rows])
    charts = balance_charts(rows, s.CONTENT_WIDTH, strands=strands)
    room = min(charts[0].height + 35 * mm, s.CONTENT_HEIGHT)
    out: list[Flowable] = [*section_start(3, marks, room=room), intro]
    if strands:
        out.append(body(escape(word("balance_strands_intro"))))
    for chart in charts:
        out += [CondPageBreak(chart.height + 2 * mm), chart, Spacer(1, GAP)]
    for team in teams:
        picture = _picture(org, cycle, pictures, team)
        out += [CondPageBreak(CARD_START), _card(cycle, team, picture, strands),
                Spacer(1, GAP)]
    return out


def _picture(org: m.Organisation, cycle: m.Cycle, pictures: dict[int, TeamPicture],
             team: m.Team) -> TeamPicture:
    return pictures[team.id] if team.id in pictures else team_picture(org, cycle, team.id)


def _card(cycle: m.Cycle, team: m.Team, picture: TeamPicture, strands: bool) -> Flowable:
    st = s.styles()
    balance = balance_for(cycle, team.id) or m.TeamBalance(team_id=team.id or 0)
    tag = (word("priority_tag", priority=balance.priority) if balance.priority
           else word("no_priority"))
    verdict = escape(label(balance.verdict))
    if balance.verdict == m.Verdict.OUT_OF_BALANCE:
        verdict = alert(verdict)
    fields = [
        Field(escape(word("verdict")), own(verdict)),
        Field(escape(word("picture")), own(_counts(picture))),
        *([Field(escape(word("strands")), own(_strand_counts(picture)))] if strands else []),
        Field(escape(word("rest")), cell(balance.rest_and_recovery)),
        Field(escape(word("work_private")), cell(balance.work_private_balance)),
        Field(escape(word("note")), cell(balance.note)),
    ]
    return card(own(escape(tag), st.card_title), own(markup(team.name), st.card_title), fields)


def _counts(picture: TeamPicture) -> str:
    return phrase(
        "picture_value",
        high=str(len(picture.werkdruk_too_high)),
        demand_attention=str(len(picture.werkdruk_attention)),
        low=str(len(picture.resources_too_low)),
        resource_attention=str(len(picture.resources_attention)),
    )


def _strand_counts(picture: TeamPicture) -> str:
    """Unwanted behaviour and aggression: how many too often, how many need attention, and
    the names of those that happen too often."""
    often = picture.strands_too_often
    counts = phrase("strands_value", often=str(len(often)),
                    attention=str(len(picture.strands_attention)))
    if not often:
        return counts
    names = ", ".join(markup(r.source.name) for r in often)
    return f"{counts}<br/>{phrase('strands_names', names=names)}"
