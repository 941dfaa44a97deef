"""Klaar voor de inspectie? The readiness checks as an action list an owner can work through.

First a short verdict; then every open action point as a numbered to-do with a box to tick and
the step of the program where it is done; then the points that are already in order. The
checks themselves live in `core.readiness.chain`; this report only prints them.
"""

from __future__ import annotations

from datetime import date

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from werkdrukdesk.core import model as m
from werkdrukdesk.core.i18n import QT_TRANSLATE_NOOP
from werkdrukdesk.core.readiness.base import scope, whole
from werkdrukdesk.core.readiness.chain import Check, open_checks, readiness
from werkdrukdesk.reports import styles as s
from werkdrukdesk.reports.blocks import body, heading, opening, title_block
from werkdrukdesk.reports.page import page_info, render
from werkdrukdesk.reports.paragraphs import one_build
from werkdrukdesk.reports.tables import make_table, own
from werkdrukdesk.reports.text import escape, markup
from werkdrukdesk.reports.words import lookup, lookup_markup

ACTION_LIST_WIDTHS = (13 * mm, 10 * mm, s.CONTENT_WIDTH - 65 * mm, 42 * mm)
MET_WIDTHS = (9 * mm, s.CONTENT_WIDTH - 9 * mm)
TICK_BOX = "\u2610"  # ☐
TICK = "\u2713"  # ✓

_CONTEXT = "ReadinessReport"
_WORDS: dict[str, str] = {
    "title": QT_TRANSLATE_NOOP("ReadinessReport", "Klaar voor de inspectie?"),
    "intro": QT_TRANSLATE_NOOP(
        "ReadinessReport",
        "Deze lijst volgt de vragen die een inspecteur van de Nederlandse Arbeidsinspectie stelt "
        "over het werkdrukbeleid van {organisation}: staat werkdruk in de RI&E, zijn de oorzaken "
        "per team bekend, zijn er maatregelen met een eigenaar en een termijn, worden ze "
        "uitgevoerd en geëvalueerd, en hebben de medewerkers voorlichting gehad?"
    ),
    "intro_whole": QT_TRANSLATE_NOOP(
        "ReadinessReport",
        "Deze lijst volgt de vragen die een inspecteur van de Nederlandse Arbeidsinspectie stelt "
        "over het beleid van {organisation} op psychosociale arbeidsbelasting: werkdruk, "
        "ongewenst gedrag binnen de organisatie, en agressie en geweld van klanten of bezoekers. "
        "Staan ze in de RI&E, zijn ze per team bekend, zijn er maatregelen en regelingen, worden "
        "ze uitgevoerd en geëvalueerd, en hebben de medewerkers voorlichting gehad?"
    ),
    "verdict_ready": QT_TRANSLATE_NOOP(
        "ReadinessReport", "Klaar: alle {total} punten zijn op orde."
    ),
    "verdict_ready_werkdruk": QT_TRANSLATE_NOOP(
        "ReadinessReport", "Klaar voor werkdruk: alle {total} punten over werkdruk zijn op orde."
    ),
    "verdict_ready_werkdruk_more": QT_TRANSLATE_NOOP(
        "ReadinessReport",
        "Alles wat de inspecteur over werkdruk vraagt, is vastgelegd. Let op: ongewenst gedrag "
        "en agressie zijn in dit bestand niet nagekeken, en de inspectie kijkt daar ook naar."
    ),
    "verdict_ready_whole_more": QT_TRANSLATE_NOOP(
        "ReadinessReport",
        "Alles wat de inspecteur over werkdruk, ongewenst gedrag en agressie vraagt, is "
        "vastgelegd. Houd het bij: de termijnen lopen door en na een jaar begint de volgende "
        "cyclus."
    ),
    "verdict_one": QT_TRANSLATE_NOOP(
        "ReadinessReport", "Nog niet klaar: 1 van de {total} punten vraagt actie."
    ),
    "verdict_many": QT_TRANSLATE_NOOP(
        "ReadinessReport", "Nog niet klaar: {open} van de {total} punten vragen actie."
    ),
    "verdict_more": QT_TRANSLATE_NOOP(
        "ReadinessReport",
        "Werk de actiepunten hieronder af, van boven naar beneden, en vink ze af. Daarna staat "
        "alles klaar wat de inspecteur wil zien."
    ),
    "todo_heading": QT_TRANSLATE_NOOP("ReadinessReport", "Actiepunten"),
    "todo_intro": QT_TRANSLATE_NOOP(
        "ReadinessReport",
        "Elk punt zegt wat u moet doen en bij welke stap van WerkdrukDesk u dat vastlegt. Maak "
        "dit overzicht daarna opnieuw om te zien wat er nog openstaat."
    ),
    "basis": QT_TRANSLATE_NOOP("ReadinessReport", "Wettelijke basis: {basis}"),
    "todo_none": QT_TRANSLATE_NOOP("ReadinessReport", "Er staan geen actiepunten open."),
    "done": QT_TRANSLATE_NOOP("ReadinessReport", "Klaar"),
    "number": QT_TRANSLATE_NOOP("ReadinessReport", "Nr."),
    "action": QT_TRANSLATE_NOOP("ReadinessReport", "Wat u doet"),
    "where": QT_TRANSLATE_NOOP("ReadinessReport", "Waar in het programma"),
    "step": QT_TRANSLATE_NOOP("ReadinessReport", "stap {step}"),
    "met_heading": QT_TRANSLATE_NOOP("ReadinessReport", "Al op orde"),
    "met_none": QT_TRANSLATE_NOOP(
        "ReadinessReport",
        "Nog niets van deze lijst is op orde. Begin bij de stap Organisatie en werk de stappen "
        "van WerkdrukDesk een voor een af."
    ),
    "met_count": QT_TRANSLATE_NOOP("ReadinessReport", "Op orde: {met} van de {total} punten."),
}


def _w(key: str, **values: object) -> str:
    return lookup(_CONTEXT, _WORDS, key, **values)


def _p(key: str, **values: str) -> str:
    """Markup: the text of `key` escaped, with `values` (already markup) filled in."""
    return lookup_markup(_CONTEXT, _WORDS, key, **values)


@one_build()  # markup parsed once per shape, for this build only
def build(org: m.Organisation, cycle: m.Cycle, *, printed_on: date,
          **options: object) -> bytes:
    """The readiness action list of `cycle` as PDF bytes. Options of other reports are
    ignored."""
    today = printed_on
    title = _w("title")
    checks = readiness(org, cycle, today)
    story: list[Flowable] = [
        *title_block(title, org, cycle, today),
        _verdict(checks, whole(org)),
        Spacer(1, 4 * mm),
        body(_p("intro_whole" if whole(org) else "intro",
                organisation=markup(org.profile.name))),
        body(escape(scope(org))),
        *_todo(checks),
        *_met(checks),
    ]
    return render(page_info(title, org, cycle, today), story)


def _verdict(checks: list[Check], whole_psa: bool) -> Flowable:
    """The verdict box. A werkdruk-only file that is ready says so in the verdict itself: ready
    for werkdruk, with unwanted behaviour and aggression not looked at."""
    gaps, total = len(open_checks(checks)), len(checks)
    if not gaps and whole_psa:
        lines = [_w("verdict_ready", total=total), _w("verdict_ready_whole_more")]
        colour = s.GOOD
    elif not gaps:
        lines = [_w("verdict_ready_werkdruk", total=total), _w("verdict_ready_werkdruk_more")]
        colour = s.GOOD
    else:
        key = "verdict_one" if gaps == 1 else "verdict_many"
        lines = [_w(key, open=gaps, total=total), _w("verdict_more")]
        colour = s.ALERT
    st = s.styles()
    verdict = ParagraphStyle("verdict", parent=st.heading2, spaceBefore=0, spaceAfter=2,
                             textColor=colour)
    rows = [[Paragraph(escape(lines[0]), verdict)], [Paragraph(escape(lines[1]), st.cell)]]
    box = [("BACKGROUND", (0, 0), (-1, -1), s.TINT), ("TOPPADDING", (0, 0), (-1, 0), 7),
           ("BOTTOMPADDING", (0, 0), (-1, 0), 0), ("TOPPADDING", (0, 1), (-1, 1), 2),
           ("BOTTOMPADDING", (0, 1), (-1, 1), 8), ("LEFTPADDING", (0, 0), (-1, -1), 9),
           ("LINEBEFORE", (0, 0), (0, -1), 3, colour)]
    return KeepTogether(make_table(rows, [s.CONTENT_WIDTH], box, header_rows=0, ruled=False))


def _todo(checks: list[Check]) -> list[Flowable]:
    gaps = open_checks(checks)
    title = heading(f"1. {_w('todo_heading')}")
    if not gaps:
        return opening([title, body(escape(_w("todo_none")))], room=30 * mm)
    return opening([title, body(escape(_w("todo_intro"))), _todo_table(gaps)])


def _todo_table(gaps: list[Check]) -> Flowable:
    """Two rows per action point, each cell one Paragraph in one font: the box, number, title
    and step; then what to do. The first row never ends a page without the second."""
    st = s.styles()
    rows: list[list] = [[own(escape(_w(k)), st.label) for k in ("done", "number", "action",
                                                                 "where")]]
    commands: list[tuple] = []
    for n, check in enumerate(gaps, start=1):
        step = escape(_w("step", step=check.step_name)) if check.step_name else markup("")
        rows.append([own(f'<font size="14">{TICK_BOX}</font>'), own(f"{n}.", st.cell_bold),
                     own(escape(check.title), st.cell_bold), own(step)])
        basis = escape(_w("basis", basis=check.basis))
        rows.append(["", "", own(f"{markup(check.action)}<br/>{basis}"), ""])
        top, bottom = len(rows) - 2, len(rows) - 1
        commands += [("TOPPADDING", (0, top), (-1, top), 6),
                     ("BOTTOMPADDING", (0, top), (-1, top), 0),
                     ("TOPPADDING", (0, bottom), (-1, bottom), 3),
                     ("BOTTOMPADDING", (0, bottom), (-1, bottom), 7),
                     ("LINEBELOW", (0, bottom), (-1, bottom), 0.4, s.RULE)]
    sticky = range(1, len(rows), 2)
    return make_table(rows, ACTION_LIST_WIDTHS, commands, ruled=False, sticky_rows=sticky)


def _met(checks: list[Check]) -> list[Flowable]:
    met = [c for c in checks if c.ok]
    title = heading(f"2. {_w('met_heading')}")
    if not met:
        return opening([title, body(escape(_w("met_none")))], room=30 * mm)
    tick = f'<font color="{s.hex_of(s.GOOD)}"><b>{TICK}</b></font>'
    rows = [[own(tick), own(escape(c.title))] for c in met]
    intro = body(escape(_w("met_count", met=len(met), total=len(checks))))
    return opening([title, intro, make_table(rows, MET_WIDTHS, header_rows=0)], room=45 * mm)
