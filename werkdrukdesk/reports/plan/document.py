"""Plan van aanpak werkdruk: the plan an owner hands the inspector.

In the order the inspector reads it: who the organisation is and which RI&E the plan belongs
to; what the inventory found (per team and organisation-wide, or why there is no risk); how the
plan hangs together; every measure, organisation level first, then team, then individual; and
the consent of the OR/PVT with room to sign.
"""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from werkdrukdesk.core import model as m
from werkdrukdesk.core.balance import (
    RatedSource,
    TeamPicture,
    balance_for,
    by_strand,
    strands_apart,
    team_picture,
    team_pictures,
    teams_by_priority,
)
from werkdrukdesk.core.dates import format_date
from werkdrukdesk.core.labels import label
from werkdrukdesk.core.plan.listing import CONSENTING_BODIES, is_overdue
from werkdrukdesk.reports import styles as s
from werkdrukdesk.reports.blocks import (
    alert,
    body,
    heading,
    opening,
    organisation_facts,
    participation_facts,
    signature_block,
    title_block,
)
from werkdrukdesk.reports.page import page_info, render
from werkdrukdesk.reports.paragraphs import one_build
from werkdrukdesk.reports.plan.measures import measures_section
from werkdrukdesk.reports.tables import cell, data_table, facts_table, make_table, own
from werkdrukdesk.reports.text import escape, markup
from werkdrukdesk.reports.words import phrase, scoped, with_strands, word

TEAM_WIDTHS = (38 * mm, 36 * mm, 36 * mm, 36 * mm, s.CONTENT_WIDTH - 146 * mm)


@one_build()  # markup parsed once per shape, for this build only
def build(org: m.Organisation, cycle: m.Cycle, *, printed_on: date,
          **options: object) -> bytes:
    """The plan van aanpak of `cycle` as PDF bytes. Options of other reports are ignored."""
    today = printed_on
    title = word(scoped("plan_title", org))
    story: list[Flowable] = [
        *title_block(title, org, cycle, today),
        body(phrase(scoped("plan_intro", org), organisation=markup(org.profile.name))),
        _key_figures(cycle, today),
        *opening([heading(f"1. {word('facts_heading')}"), organisation_facts(org)]),
        *_risks(org, cycle),
        *_approach(cycle),
        *measures_section(org, cycle, today, section=4),
        *_consent(org, cycle),
    ]
    return render(page_info(title, org, cycle, today), story)


def _key_figures(cycle: m.Cycle, today: date) -> Flowable:
    counts = {level: sum(1 for x in cycle.measures if x.level == level) for level in m.Level}
    text = phrase(
        "plan_key_figures",
        total=escape(_measure_count(len(cycle.measures))),
        organisation=str(counts[m.Level.ORGANISATION]),
        team=str(counts[m.Level.TEAM]),
        individual=str(counts[m.Level.INDIVIDUAL]),
        done=str(sum(1 for x in cycle.measures if x.status == m.MeasureStatus.DONE)),
        overdue=str(sum(1 for x in cycle.measures if is_overdue(x, today))),
    )
    box = [("BACKGROUND", (0, 0), (-1, -1), s.TINT), ("TOPPADDING", (0, 0), (-1, -1), 6),
           ("BOTTOMPADDING", (0, 0), (-1, -1), 7), ("LEFTPADDING", (0, 0), (-1, -1), 8)]
    return make_table([[own(text, s.styles().cell_bold)]], [s.CONTENT_WIDTH], box,
                      header_rows=0, ruled=False)


def _measure_count(count: int) -> str:
    return word("measure_count_one") if count == 1 else word("measure_count_many", count=count)


# -- what the inventory found ----------------------------------------------------------------


def _risks(org: m.Organisation, cycle: m.Cycle) -> list[Flowable]:
    head = heading(f"2. {word('risks_heading')}")
    if cycle.no_risk:  # an answer for werkdruk only (see core.readiness.progress)
        intro = [head, body(escape(word("risks_intro")))]
        reason = phrase("no_risk_reason", reason=markup(cycle.no_risk_reason))
        return [*opening([*intro, heading(word("no_risk_heading"), 2), body(reason)]),
                *_hybrid(cycle)]
    wide = team_picture(org, cycle, None)  # the organisation as a whole
    pictures = team_pictures(org, cycle)
    # As the balance step and the dossier: apart in a whole-PSA file, and in one narrowed to
    # werkdruk after such a source was rated in this cycle (never printed as werkdruk).
    apart = strands_apart(org, [wide, *pictures.values()])
    intro = [head, body(escape(word(with_strands("risks_intro", apart))))]
    werkdruk, strands = by_strand(wide.demands_too_high)
    rows = [(escape(word("demands_too_high")), own(_sources(werkdruk)))]
    if apart:
        rows.append((escape(word("strands_too_often")), own(_sources(strands))))
    found = facts_table([
        *rows,
        (escape(word("resources_too_low")), own(_sources(wide.resources_too_low))),
        (escape(word("needs_attention")),
         own(_sources(wide.demands_attention + wide.resources_attention))),
    ])
    out = opening([*intro, heading(word("org_risks_heading"), 2), found])
    teams = heading(word("team_risks_heading"), 2)
    if not cycle.teams:
        return [*out, teams, body(escape(word("no_teams"))), *_hybrid(cycle)]
    table = _team_table(org, cycle, pictures, apart)
    intro = body(escape(word(with_strands("team_risks_intro", apart))))
    return [*out, *opening([teams, intro, table]), *_hybrid(cycle)]


def _sources(found: tuple[RatedSource, ...], own_only: bool = False) -> str:
    """Source names one per line; with `own_only`, leave out what the whole organisation has."""
    names = [markup(x.source.name) for x in found if not (own_only and x.organisation_wide)]
    return "<br/>".join(names) if names else markup("")


def _team_table(org: m.Organisation, cycle: m.Cycle, pictures: dict[int, TeamPicture],
                apart: bool) -> Flowable:
    rows = []
    for team in teams_by_priority(cycle, pictures):
        picture = pictures[team.id] if team.id in pictures else team_picture(org, cycle, team.id)
        attention = picture.demands_attention + picture.resources_attention
        rows.append([
            own(_team_name(team)),
            own(_sources(picture.demands_too_high, own_only=True)),
            own(_sources(picture.resources_too_low, own_only=True)),
            own(_sources(attention, own_only=True)),
            own(_verdict(cycle, team)),
        ])
    too_high = with_strands("demands_too_high", apart)
    header = [escape(word(k)) for k in
              ("team", too_high, "resources_too_low", "needs_attention", "verdict")]
    return data_table(header, rows, TEAM_WIDTHS)


def _team_name(team: m.Team) -> str:
    details = [word("team_size", count=team.headcount)] if team.headcount else []
    if team.hybrid:
        details.append(word("hybrid"))
    text = f"<b>{markup(team.name)}</b>"
    if details:
        text += f'<br/><font size="7.5" color="{s.hex_of(s.MUTED)}">'
        text += escape(" · ".join(details)) + "</font>"
    return text


def _verdict(cycle: m.Cycle, team: m.Team) -> str:
    balance = balance_for(cycle, team.id)
    verdict = balance.verdict if balance else m.Verdict.UNDECIDED
    text = escape(label(verdict))
    if verdict == m.Verdict.OUT_OF_BALANCE:
        text = alert(text)
    if balance and balance.priority:
        text += "<br/>" + escape(word("priority", priority=balance.priority))
    return text


def _hybrid(cycle: m.Cycle) -> list[Flowable]:
    hybrid_teams = [t for t in cycle.teams if t.hybrid]
    if not cycle.hybrid_consideration.strip() and not hybrid_teams:
        return []
    return opening([heading(word("hybrid_heading"), 2), body(markup(cycle.hybrid_consideration))],
                   room=35 * mm)


# -- approach, consent -----------------------------------------------------------------------


def _approach(cycle: m.Cycle) -> list[Flowable]:
    return opening([
        heading(f"3. {word('approach_heading')}"),
        body(escape(word("approach_intro"))),
        body(markup(cycle.plan_coherence, empty=word("coherence_missing"))),
    ])


def _consent(org: m.Organisation, cycle: m.Cycle) -> list[Flowable]:
    approval = cycle.approval
    body_code = approval.consent_body
    needed = org.profile.participation_body in CONSENTING_BODIES
    facts: list[tuple[str, Flowable]] = []
    if body_code != m.ParticipationBody.NONE:
        facts += [
            (word("consent_by"), own(escape(label(body_code)))),
            (word("consent_date"), cell(format_date(approval.consent_date))),
            (word("consent_note"), cell(approval.consent_note)),
        ]
    elif needed:
        facts.append((word("consent_by"), own(alert(escape(word("consent_missing"))))))
    facts += participation_facts(org, cycle)
    facts.append((word("employer_signed"), own(_employer_signed(approval))))
    out: list[Flowable] = [heading(f"5. {word('consent_heading')}")]
    if needed or body_code != m.ParticipationBody.NONE:
        out.append(body(escape(word("consent_intro"))))
    out.append(facts_table([(escape(k), v) for k, v in facts]))
    return [*opening(out), signature_block(org, approval)]


def _employer_signed(approval: m.PlanApproval) -> str:
    name, when = approval.employer_signed_by, approval.employer_signed_on
    if name.strip() and when:
        return phrase("employer_signed_value", name=markup(name), date=format_date(when))
    return markup(name) if name.strip() else markup(format_date(when))
