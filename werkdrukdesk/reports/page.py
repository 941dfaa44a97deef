"""The page every report shares: A4 portrait, a running head with the organisation and the
cycle, a running foot with the date printed and "pagina X van Y", and the PDF's metadata
(its language too: the language the report is written in).

"Y" is only known once every page is laid out, so each page ends with a PDF form for its head
and foot, which the canvas draws when the document is saved; a flowable may leave a form to be
drawn then too, in its own place on its page (`_NumberedCanvas.later`: the dossier's contents
write in the page each section starts on). A report that is printed with pages after it (the
dossier with its attachments) counts those in its "Y" (`pages_after`), so the whole PDF has one
numbering.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from werkdrukdesk.core import i18n
from werkdrukdesk.core.dates import format_date
from werkdrukdesk.core.model import Cycle, Organisation
from werkdrukdesk.reports import styles as s
from werkdrukdesk.reports.fonts import BOLD, REGULAR, register_fonts
from werkdrukdesk.reports.text import one_line, plain
from werkdrukdesk.reports.words import dutch, word

HEAD_SIZE = 8
HEAD_BASELINE = s.PAGE_HEIGHT - 14 * mm
FOOT_BASELINE = 12 * mm
GAP = 8 * mm  # between the left and right text of a running line
PDF_LANGUAGES = {"nl": "nl-NL", "en": "en-GB"}  # the document's /Lang, by report language


@dataclass(frozen=True)
class PageInfo:
    """What every page of one report says about itself."""

    report_title: str
    organisation: str
    cycle_line: str
    printed_on: date


def page_info(report_title: str, org: Organisation, cycle: Cycle, printed_on: date) -> PageInfo:
    return PageInfo(report_title, org.profile.name, cycle_line(cycle), printed_on)


def cycle_line(cycle: Cycle) -> str:
    """'Cyclus 3: Teams eerst', 'Cyclus 3' when untitled, and 'Cyclus 3: 2026-2027' rather
    than repeating the word when the title itself starts with 'Cyclus' (in an English report
    'Cycle 3: 2026-2027' too, for a title typed in Dutch)."""
    title = plain(cycle.title)
    leads = (word("cycle_number", number="").strip(), dutch("cycle_number", number="").strip())
    for lead in leads:
        if title.casefold() == lead.casefold() or title.casefold().startswith(
                lead.casefold() + " "):
            title = title[len(lead):].strip(" :-")
            break
    if not title:
        return word("cycle_number", number=cycle.number)
    return word("cycle_line", number=cycle.number, title=title)


def render(info: PageInfo, story: list[Flowable], subject: str = "",
           pages_after: int = 0) -> bytes:
    """Lay out `story` on the shared page and return the PDF; its "pagina X van Y" counts
    `pages_after` pages that will follow it in the same PDF."""
    register_fonts()
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=(s.PAGE_WIDTH, s.PAGE_HEIGHT),
        leftMargin=s.MARGIN_LEFT,
        rightMargin=s.MARGIN_RIGHT,
        topMargin=s.MARGIN_TOP,
        bottomMargin=s.MARGIN_BOTTOM,
        title=plain(f"{info.report_title} — {info.organisation}"),
        author=plain(info.organisation),
        subject=plain(subject or info.cycle_line),
        creator=word("creator"),
        lang=PDF_LANGUAGES.get(i18n.current(), "nl-NL"),
        displayDocTitle=True,
        initialFontName=REGULAR,  # else the canvas names Helvetica on every page
    )
    frame = Frame(s.MARGIN_LEFT, s.MARGIN_BOTTOM, s.CONTENT_WIDTH, s.CONTENT_HEIGHT,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(story, canvasmaker=lambda *args, **kwargs: _NumberedCanvas(
        info, *args, pages_after=pages_after, **kwargs))
    return buffer.getvalue()


class _NumberedCanvas(Canvas):
    """Ends every page with a PDF form (an XObject) for its head and foot, and keeps a form in
    place of whatever is to be drawn `later` (a page number in a table of contents); the
    forms are drawn when the document is saved, once the total is known. ReportLab lets a page
    use a form that is defined later (`Canvas.doForm`): one layout pass, public API only."""

    def __init__(self, info: PageInfo, *args: object, pages_after: int = 0,
                 **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self._info = info
        self._pages_after = pages_after
        self._pages = 0
        self._later: list[tuple[str, float, float, Callable[[Canvas], None]]] = []

    def later(self, draw: Callable[[Canvas], None]) -> None:
        """Keep a place here in the page's drawing for `draw(canvas)`, called when the
        document is saved, as if it had been called now: a form drawn here takes this
        moment's origin and its place among the page's other drawing (so text is read back in
        the same order)."""
        name = f"later{len(self._later) + 1}"
        x, y = self.absolutePosition(0, 0)
        if _moved_only(self, x, y):
            # Drawn in page coordinates, the form moving itself to the origin: readers that
            # place a form's text without the page's translation (pypdf) read it where it is.
            self.saveState()
            self.translate(-x, -y)
            self.doForm(name)
            self.restoreState()
        else:  # scaled or turned: the form simply takes the page's transformation
            x = y = 0.0
            self.doForm(name)
        self._later.append((name, x, y, draw))

    def showPage(self) -> None:
        self._pages += 1
        self.doForm(f"page{self._pages}")  # last, as the head and foot were drawn before
        super().showPage()

    def save(self) -> None:
        for number in range(1, self._pages + 1):
            self.beginForm(f"page{number}")
            _draw_head_and_foot(self, self._info, number, self._pages + self._pages_after)
            self.endForm()
        for name, x, y, draw in self._later:
            self.beginForm(name)
            self.translate(x, y)
            draw(self)
            self.endForm()
        super().save()


def _moved_only(canvas: Canvas, x: float, y: float) -> bool:
    """Whether the canvas's coordinates are the page's, moved to (x, y) only."""
    return (canvas.absolutePosition(1, 0) == (x + 1, y)
            and canvas.absolutePosition(0, 1) == (x, y + 1))


def _draw_head_and_foot(canvas: Canvas, info: PageInfo, page: int, pages: int) -> None:
    canvas.saveState()
    canvas.setStrokeColor(s.RULE)
    canvas.setLineWidth(0.5)
    left, right = s.MARGIN_LEFT, s.PAGE_WIDTH - s.MARGIN_RIGHT
    canvas.line(left, HEAD_BASELINE - 2.5 * mm, right, HEAD_BASELINE - 2.5 * mm)
    canvas.line(left, FOOT_BASELINE + 4 * mm, right, FOOT_BASELINE + 4 * mm)
    _running_line(canvas, HEAD_BASELINE, (BOLD, info.organisation), (REGULAR, info.cycle_line))
    foot_left = f"{info.report_title} · {word('printed_on', date=format_date(info.printed_on))}"
    _running_line(canvas, FOOT_BASELINE, (REGULAR, foot_left),
                  (REGULAR, word("page_of", page=page, pages=pages)))
    canvas.restoreState()


def _running_line(canvas: Canvas, y: float, left: tuple[str, str], right: tuple[str, str]) -> None:
    """Left text and right text on one line; the right one keeps at most half the width and
    the left one gets the rest, each shortened with '…' only if it must."""
    right_font, right_text = right
    right_text = one_line(right_text, right_font, HEAD_SIZE, s.CONTENT_WIDTH / 2)
    used = canvas.stringWidth(right_text, right_font, HEAD_SIZE)
    left_font, left_text = left
    left_text = one_line(left_text, left_font, HEAD_SIZE, s.CONTENT_WIDTH - used - GAP)
    canvas.setFillColor(s.MUTED)
    canvas.setFont(left_font, HEAD_SIZE)
    canvas.drawString(s.MARGIN_LEFT, y, left_text)
    canvas.setFont(right_font, HEAD_SIZE)
    canvas.drawRightString(s.PAGE_WIDTH - s.MARGIN_RIGHT, y, right_text)
