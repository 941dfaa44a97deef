"""Pieces more than one report prints: the title block, the organisation and its RI&E, and the
signature block."""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    HRFlowable,
    KeepTogether,
    Paragraph,
    Spacer,
)

from werkdrukdesk.core import model as m
from werkdrukdesk.core.dates import format_date
from werkdrukdesk.core.labels import label
from werkdrukdesk.core.plan.listing import CONSENTING_BODIES
from werkdrukdesk.core.readiness.chain import rie_changes_since
from werkdrukdesk.reports import styles as s
from werkdrukdesk.reports.figures import grouped
from werkdrukdesk.reports.page import cycle_line
from werkdrukdesk.reports.paragraphs import Para
from werkdrukdesk.reports.tables import cell, facts_table, make_table, own
from werkdrukdesk.reports.text import escape, markup
from werkdrukdesk.reports.words import phrase, word


def title_block(report_title: str, org: m.Organisation, cycle: m.Cycle,
                printed_on: date) -> list[Flowable]:
    st = s.styles()
    meta = [escape(cycle_line(cycle))]
    period = cycle_period(cycle)
    if period:
        meta.append(escape(period))
    meta.append(escape(word("printed_on", date=format_date(printed_on))))
    return [
        Paragraph(escape(report_title), st.title),
        Paragraph(markup(org.profile.name), st.subtitle),
        Paragraph(" · ".join(meta), st.meta),
        Spacer(1, 3 * mm),
        HRFlowable(width="100%", thickness=1.2, color=s.ACCENT, spaceAfter=5 * mm),
    ]


def cycle_period(cycle: m.Cycle) -> str:
    start, end = format_date(cycle.start_date), format_date(cycle.end_date)
    if start and end:
        return word("period", start=start, end=end)
    return word("period_from", start=start) if start else ""


def heading(text: str, level: int = 1) -> Paragraph:
    st = s.styles()
    return Para(escape(text), st.heading1 if level == 1 else st.heading2)


def alert(markup_text: str) -> str:
    """Markup in the warning colour, bold: for what the inspector must not miss."""
    return f'<font color="{s.hex_of(s.ALERT)}"><b>{markup_text}</b></font>'


def body(markup_text: str) -> Paragraph:
    return Para(markup_text, s.styles().body)


def opening(flowables: list[Flowable], room: float = 70 * mm) -> list[Flowable]:
    """Headings and what follows them, started on a new page unless `room` is left on this
    one: a page never ends on a heading, yet a long table after it still starts right away
    and splits, instead of moving whole to the next page and leaving a gap."""
    return [CondPageBreak(room), *flowables]


# -- organisation and RI&E -------------------------------------------------------------------


def organisation_facts(org: m.Organisation) -> Flowable:
    p = org.profile
    facts = [
        (word("organisation"), cell(p.name)),
        (word("kvk_number"), cell(p.kvk_number)),
        (word("sector"), cell(p.sector)),
        (word("headcount"), own(_headcount(p))),
        (word("prevention_officer"),
         _with_detail(p.prevention_officer, p.prevention_officer_contact)),
        (word("participation_body"),
         _with_detail(label(p.participation_body), p.participation_body_contact)),
        (word("health_service"), _with_detail(p.occupational_health_service, p.company_doctor)),
        (word("rie"), own(_rie(p))),
        (word("rie_werkdruk"), own(_rie_werkdruk(p))),
        (word("rie_psa"), own(phrase("rie_psa_value", **{
            name: escape(word("yes" if covered else "no")) for name, covered in (
                ("werkdruk", p.rie_covers_werkdruk), ("unwanted", p.rie_covers_unwanted),
                ("aggression", p.rie_covers_aggression))}))),
        (word("branch_recognised"), own(escape(word("yes" if p.rie_branch_recognised else "no")))),
        (word("review"), own(_review(p))),
        (word("arbocatalogus"), cell(p.arbocatalogus)),
    ]
    if org.changes:
        facts.insert(-3, (word("rie_changes"), own(_changes(org))))
    return facts_table([(escape(name), value) for name, value in facts])


def _headcount(p: m.Profile) -> str:
    """Staff and paid hours as far as they are filled in: an empty field prints no zero."""
    count, hours = str(p.headcount), grouped(p.paid_hours_per_week)
    if p.headcount and p.paid_hours_per_week:
        return phrase("headcount_value", count=count, hours=hours)
    if p.headcount:
        return phrase("headcount_only", count=count)
    if p.paid_hours_per_week:
        return phrase("hours_only", hours=hours)
    return markup(word("not_filled_in"))


def _with_detail(main: str, detail: str) -> Paragraph:
    """A name with its particulars on the next line, smaller."""
    text = markup(main)
    if detail.strip():
        text += f'<br/><font size="7.5" color="{s.hex_of(s.MUTED)}">{markup(detail)}</font>'
    return own(text)


def _rie(p: m.Profile) -> str:
    instrument = markup(p.rie_instrument)
    if not p.rie_date and not p.rie_instrument.strip():
        return markup("")
    if p.rie_date:
        return phrase("rie_value", date=format_date(p.rie_date), instrument=instrument)
    return phrase("rie_no_date", instrument=instrument)


def _rie_werkdruk(p: m.Profile) -> str:
    if not (p.rie_covers_werkdruk and p.rie_werkdruk_place.strip()):
        return alert(escape(word("rie_werkdruk_missing")))
    when = p.rie_werkdruk_date or p.rie_date
    if when is None:
        return markup(p.rie_werkdruk_place)
    return phrase("rie_werkdruk_value", place=markup(p.rie_werkdruk_place),
                  date=format_date(when))


def _changes(org: m.Organisation) -> str:
    """Every recorded change, the ones the RI&E has not taken in marked (Arbowet art. 5 lid 4)."""
    open_ = [id(c) for c in rie_changes_since(org)]
    lines = []
    for change in sorted(org.changes, key=lambda c: (c.changed_on or date.max, c.id or 0)):
        when = format_date(change.changed_on) or escape(word("date_unknown"))
        line = f"{when}: {escape(label(change.kind))}"
        if change.description.strip():
            line += f" — {markup(change.description)}"
        if id(change) in open_:
            line += " " + alert(f"({escape(word('rie_change_open'))})")
        lines.append(line)
    return "<br/>".join(lines)


def participation_facts(org: m.Organisation, cycle: m.Cycle) -> list[tuple[str, Flowable]]:
    """How staff took part: how they helped choose the measures, and the OR/PVT's consent to
    the RI&E's approach (WOR art. 27 lid 1 sub d) or, without one, their consultation
    (Arbowet art. 12 lid 3). Names already in the report's language."""
    approval, body_code = cycle.approval, org.profile.participation_body
    facts: list[tuple[str, Flowable]] = [
        (word("staff_involved"), cell(cycle.plan_staff_involvement))]
    if body_code in CONSENTING_BODIES:
        text = (phrase("rie_consent_value", body=escape(label(body_code)),
                       date=format_date(approval.rie_consent_date))
                if approval.rie_consent_date else alert(escape(word("rie_consent_missing"))))
        return [*facts, (word("rie_consent"), own(text))]
    if approval.consulted_on is None:
        text = alert(escape(word("consultation_missing")))
    else:
        text = phrase("consultation_value", date=format_date(approval.consulted_on),
                      how=markup(approval.consultation_how))
        text += "<br/>" + phrase("consultation_outcome",
                                 outcome=markup(approval.consultation_outcome))
    return [*facts, (word("consultation"), own(text))]


def _review(p: m.Profile) -> str:
    if p.rie_review == m.ReviewStatus.DONE:
        return phrase("review_done", date=markup(format_date(p.rie_review_date)),
                      by=markup(p.rie_review_by))
    if p.rie_review == m.ReviewStatus.EXEMPT:
        return phrase("review_exempt", reason=markup(p.rie_exemption_reason))
    return escape(label(p.rie_review))


# -- signatures ------------------------------------------------------------------------------


def signature_block(org: m.Organisation, approval: m.PlanApproval) -> Flowable:
    """Boxes to sign for the employer and, where there is one, the OR or PVT."""
    body_code = approval.consent_body
    if body_code == m.ParticipationBody.NONE:
        body_code = org.profile.participation_body
    employer = _signature_box(word("sign_for_employer"), approval.employer_signed_by,
                              approval.employer_signed_on)
    flowables: list[Flowable] = [heading(word("signatures_heading"), 2)]
    if body_code == m.ParticipationBody.NONE:
        row, widths = [employer, ""], (s.CONTENT_WIDTH / 2, s.CONTENT_WIDTH / 2)
        flowables.append(body(escape(word("no_body_signs"))))
    else:
        council = _signature_box(word("sign_for_body", body=label(body_code)), "", None)
        row, widths = [employer, council], (s.CONTENT_WIDTH / 2, s.CONTENT_WIDTH / 2)
    flowables.append(make_table([row], widths, [("LEFTPADDING", (0, 0), (-1, -1), 0)],
                                header_rows=0, ruled=False))
    return KeepTogether(flowables)


def _signature_box(title: str, name: str, when: date | None) -> Flowable:
    """Name and date filled in when known; otherwise lines to write on."""
    st = s.styles()
    rows = [
        [own(escape(title), st.cell_bold), ""],
        [own(escape(word("sign_name")), st.label), cell(name) if name.strip() else ""],
        [own(escape(word("sign_date")), st.label), own(format_date(when)) if when else ""],
        [own(escape(word("sign_signature")), st.label), ""],
    ]
    commands = [
        ("SPAN", (0, 0), (-1, 0)),
        ("LINEBELOW", (1, 1), (1, -1), 0.6, s.MUTED),  # the lines to write on
        ("TOPPADDING", (0, 1), (-1, -1), 10),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 28),  # room for a signature
    ]
    width = s.CONTENT_WIDTH / 2 - 6 * mm
    return make_table(rows, (26 * mm, width - 26 * mm), commands, header_rows=0, ruled=False)
