"""The dossier of one cycle for the inspector's visit: werkdruk, and the other strands of PSA
in a whole-PSA file.

In the order of the cycle: (1) the organisation, its teams and documents; (2) the inventory
with its evidence and the measurements held; (3) the balance per team, with a chart; (4) the
measures of the plan van aanpak with consent and signatures; (5) voorlichting, its topics and
its reach; (6) the evaluation, with the comparison of the measurements; (7) a summary of
earlier cycles. A short table of contents with page numbers opens it: the report is laid out
once, and the page numbers of the contents are written in when the PDF is saved, once every
section has noted the page it starts on.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether

from werkdrukdesk.core import model as m
from werkdrukdesk.core.dates import format_date
from werkdrukdesk.core.labels import label
from werkdrukdesk.core.plan.listing import CONSENTING_BODIES
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
from werkdrukdesk.reports.dossier.balance import balance_section
from werkdrukdesk.reports.dossier.common import (
    Marks,
    PageNumber,
    detail,
    keep_together,
    marked,
    section_start,
)
from werkdrukdesk.reports.dossier.evaluation import evaluation_section, history_section
from werkdrukdesk.reports.dossier.inventory import inventory_section
from werkdrukdesk.reports.dossier.sessions import sessions_section
from werkdrukdesk.reports.dossier.strands import STRAND_KEYS, strand_section, strand_sections
from werkdrukdesk.reports.dossier.words import phrase, word
from werkdrukdesk.reports.page import page_info, render
from werkdrukdesk.reports.paragraphs import one_build
from werkdrukdesk.reports.plan.measures import measures_section
from werkdrukdesk.reports.psa.words import word as psa_word
from werkdrukdesk.reports.survey.comparison import dossier_comparison
from werkdrukdesk.reports.survey.results import cycle_results
from werkdrukdesk.reports.tables import cell, data_table, facts_table, make_table, own
from werkdrukdesk.reports.text import escape, markup
from werkdrukdesk.reports.words import scoped

HISTORY = 7  # the earlier cycles' section in a werkdruk-only dossier; later with strands
CONTENTS_WIDTHS = (9 * mm, 52 * mm, s.CONTENT_WIDTH - 83 * mm, 22 * mm)
TEAM_WIDTHS = (62 * mm, 50 * mm, 28 * mm, s.CONTENT_WIDTH - 140 * mm)
DOCUMENT_WIDTHS = (50 * mm, 22 * mm, 38 * mm, s.CONTENT_WIDTH - 110 * mm)
DOCUMENT_ORDER = {kind: n for n, kind in enumerate(m.DocumentKind)}

Part = Callable[[m.Organisation, m.Cycle, date, Marks], list[Flowable]]


@one_build()  # markup parsed once per shape, for this build only
def build(org: m.Organisation, cycle: m.Cycle, *, printed_on: date,
          **options: object) -> bytes:
    """The dossier of `cycle` as PDF bytes. Options of other reports are ignored;
    `pages_after` (int): the pages that will follow it in the same PDF (its attachments),
    counted in every page's "pagina X van Y"."""
    today = printed_on
    info = page_info(word(scoped("title", org)), org, cycle, today)
    pages_after = options.get("pages_after", 0)
    return render(info, _story(org, cycle, today, {}),
                  pages_after=pages_after if isinstance(pages_after, int) else 0)


def _story(org: m.Organisation, cycle: m.Cycle, today: date, marks: Marks) -> list[Flowable]:
    scored = cycle_results(org, cycle)  # scored once, for the inventory and the comparison
    strands = strand_sections(org)  # none in a werkdruk-only file
    parts: list[Part] = [_profile, partial(inventory_section, scored=scored), balance_section,
                         _plan, sessions_section, evaluation_section,
                         partial(dossier_comparison, scored=scored)]
    parts += [partial(strand_section, strand=x, number=n)
              for n, x in enumerate(strands, start=HISTORY)]
    parts.append(partial(history_section, number=HISTORY + len(strands)))
    intro = phrase(scoped("intro", org), organisation=markup(org.profile.name,
                                                empty=word("the_organisation")))
    if strands:
        intro += " " + escape(psa_word("dossier_whole"))
    story: list[Flowable] = [
        *title_block(word(scoped("title", org)), org, cycle, today),
        body(intro),
        *_contents(marks, strands),
    ]
    for part in parts:
        story += part(org, cycle, today, marks)
    return story


def _contents(marks: Marks, strands: list[m.Strand]) -> list[Flowable]:
    """The sections with what they hold and their first page (written in when the document
    is saved, once the sections have noted their pages in `marks`). The strands of PSA in
    scope come after werkdruk's six sections, before the earlier cycles."""
    st = s.styles()
    titles = [(word(f"s{n}"), word(f"s{n}_about")) for n in range(1, HISTORY)]
    titles += [(psa_word(STRAND_KEYS[x]), psa_word(f"{STRAND_KEYS[x]}_about")) for x in strands]
    titles.append((word("s7"), word("s7_about")))
    rows = []
    for number, (title, about) in enumerate(titles, start=1):
        rows.append([
            own(f"{number}.", st.cell_bold),
            own(escape(title), st.cell_bold),
            own(escape(about)),
            PageNumber(number, marks, st.cell),
        ])
    table = make_table(rows, CONTENTS_WIDTHS, [("ALIGN", (-1, 0), (-1, -1), "RIGHT")],
                       header_rows=0)
    return [KeepTogether([heading(word("contents"), 2), table])]


# -- 1. the organisation ---------------------------------------------------------------------


def _profile(org: m.Organisation, cycle: m.Cycle, today: date, marks: Marks) -> list[Flowable]:
    out = [*section_start(1, marks), organisation_facts(org)]
    teams = [heading(word("teams_heading"), 2), body(escape(word("teams_intro")))]
    if cycle.teams:
        out += keep_together([*teams, _teams_table(cycle)], room=40 * mm)
    else:
        out += opening([*teams, body(escape(word("no_teams")))], room=30 * mm)
    documents = [heading(word("documents_heading"), 2),
                 body(escape(word(scoped("documents_intro", org))))]
    if org.documents:
        return [*out, *keep_together([*documents, _documents_table(org)])]
    return [*out, *opening([*documents, body(escape(word("no_documents")))], room=30 * mm)]


def _teams_table(cycle: m.Cycle) -> Flowable:
    st = s.styles()
    rows = [[cell(t.name), cell(t.manager), own(str(t.headcount) if t.headcount else "—"),
             own(escape(word("yes" if t.hybrid else "no")))] for t in cycle.teams]
    total = sum(t.headcount for t in cycle.teams)
    rows.append([own(escape(word("total")), st.cell_bold), "", own(str(total), st.cell_bold),
                 ""])
    header = [escape(word(k)) for k in ("team", "manager", "headcount", "hybrid")]
    last = len(rows)
    commands = [("BACKGROUND", (0, last), (-1, last), s.SHADE)]
    return data_table(header, rows, TEAM_WIDTHS, commands)


def _documents_table(org: m.Organisation) -> Flowable:
    ordered = sorted(org.documents, key=lambda d: (DOCUMENT_ORDER[d.kind],
                                                   d.document_date or date.min, d.title))
    rows = [[own(f"<b>{markup(d.title)}</b>" + detail(escape(label(d.kind)))),
             cell(format_date(d.document_date)), cell(d.reference), cell(d.summary)]
            for d in ordered]
    header = [escape(word(k)) for k in ("document", "date", "kept_at", "summary")]
    return data_table(header, rows, DOCUMENT_WIDTHS)


# -- 4. the plan van aanpak ------------------------------------------------------------------


def _plan(org: m.Organisation, cycle: m.Cycle, today: date, marks: Marks) -> list[Flowable]:
    """The plan report's own measures section, then coherence, consent and signatures."""
    out = marked(4, marks, measures_section(org, cycle, today, section=4))
    title = word("coherence_heading")
    if cycle.measures:
        title = f"4.{len(m.Level) + 1}. {title}"
    facts = [
        (word("coherence"), own(markup(cycle.plan_coherence, empty=word("coherence_missing")))),
        *_consent_facts(org, cycle),
    ]
    approval = [heading(title, 2)]
    if org.profile.participation_body in CONSENTING_BODIES:
        approval.append(body(escape(word("consent_needed"))))
    approval.append(facts_table([(escape(k), v) for k, v in facts]))
    return [*out, *keep_together(approval, room=50 * mm), signature_block(org, cycle.approval)]


def _consent_facts(org: m.Organisation, cycle: m.Cycle) -> list[tuple[str, Flowable]]:
    """Consent to the plan where there is an OR or PVT; without one, the consultation of the
    employees (`participation_facts`) stands in its place."""
    approval = cycle.approval
    consenting = approval.consent_body
    facts: list[tuple[str, Flowable]] = []
    if consenting != m.ParticipationBody.NONE:
        given = escape(label(consenting))
        text = (phrase("consent_value", body=given, date=format_date(approval.consent_date))
                if approval.consent_date else phrase("consent_value_no_date", body=given))
        facts.append((word("consent"), own(text)))
    elif org.profile.participation_body in CONSENTING_BODIES:
        facts.append((word("consent"), own(alert(escape(word("consent_missing"))))))
    if approval.consent_note.strip():
        facts.append((word("consent_note"), cell(approval.consent_note)))
    facts += participation_facts(org, cycle)
    return [*facts, (word("employer"), own(_employer(approval)))]


def _employer(approval: m.PlanApproval) -> str:
    name, when = approval.employer_signed_by, approval.employer_signed_on
    if not name.strip() and not when:
        return escape(word("employer_missing"))
    return phrase("employer_value", name=markup(name), date=markup(format_date(when)))
