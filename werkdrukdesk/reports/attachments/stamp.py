""""pagina X van Y" on every page of the appendix, so that the whole PDF (the dossier, the
appendix's own pages and the attached documents) has one numbering, the one the dossier's own
foot already counts (`page.render(..., pages_after=...)`).

ReportLab draws the numbers on overlay pages, one for each page of the appendix and of that
page's size; pypdf merges each onto its page. Our own pages (A4) get the number where the
dossier has it: at the right of the running foot. An attached page may have any size and may
be turned (/Rotate): it is placed, unscaled and upright, on a page a band taller, and the band
below it holds "Bijlage n: file" and the number, so nothing is drawn over the document itself.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from werkdrukdesk.reports import styles as s
from werkdrukdesk.reports.fonts import REGULAR, register_fonts
from werkdrukdesk.reports.page import FOOT_BASELINE, GAP, HEAD_SIZE
from werkdrukdesk.reports.text import one_line
from werkdrukdesk.reports.words import word

BAND = 12 * mm  # below an attached page of A4 size or smaller
RULE_IN_BAND = 10 * mm  # the rule above the band's line, as the dossier's foot has one
BASELINE_IN_BAND = 6 * mm
WIDEST_NUMBER = 9999  # the room kept free for the number in our own pages' foot


@dataclass(frozen=True)
class Stamp:
    """What one page of the appendix gets: `label` None for our own A4 pages (the number in
    their foot); else the band's left text for an attached page of `width` x `height` (the
    attached page itself, without the band)."""

    width: float
    height: float
    label: str | None = None

    @property
    def scale(self) -> float:
        """The band grows with a page larger than A4 (a plan on A3 or A2 is printed smaller,
        and its band with it), so the number stays as readable as on the dossier's pages."""
        return max(1.0, max(self.width, self.height) / s.PAGE_HEIGHT)

    @property
    def band(self) -> float:
        return 0.0 if self.label is None else BAND * self.scale

    @property
    def size(self) -> tuple[float, float]:
        """The size of the page as printed: an attached page with its band."""
        return self.width, self.height + self.band


def number_room() -> float:
    """The width our own pages keep free at the right of their foot for the number."""
    register_fonts()
    widest = word("page_of", page=WIDEST_NUMBER, pages=WIDEST_NUMBER)
    return stringWidth(widest, REGULAR, HEAD_SIZE) + GAP


def overlays(stamps: list[tuple[Stamp, int]], total: int) -> bytes:
    """One PDF with an overlay page for each (stamp, page number), in order, each of the
    size of the page it goes onto."""
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=stamps[0][0].size, initialFontName=REGULAR)
    for stamp, number in stamps:
        canvas.setPageSize(stamp.size)
        text = word("page_of", page=number, pages=total)
        if stamp.label is None:
            _own_foot(canvas, text)
        else:
            _band(canvas, stamp, text)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _own_foot(canvas: Canvas, text: str) -> None:
    canvas.setFillColor(s.MUTED)
    canvas.setFont(REGULAR, HEAD_SIZE)
    canvas.drawRightString(s.PAGE_WIDTH - s.MARGIN_RIGHT, FOOT_BASELINE, text)


def _band(canvas: Canvas, stamp: Stamp, text: str) -> None:
    scale, width = stamp.scale, stamp.width
    size = HEAD_SIZE * scale
    margin = min(s.MARGIN_LEFT * scale, width / 10)
    room = width - 2 * margin
    # White underneath: whatever an attached page draws outside its own visible area (its
    # crop box) could otherwise show through in the band.
    canvas.setFillColorRGB(1, 1, 1)
    canvas.rect(0, 0, width, stamp.band, stroke=0, fill=1)
    canvas.setStrokeColor(s.RULE)
    canvas.setLineWidth(0.5 * scale)
    canvas.line(margin, RULE_IN_BAND * scale, width - margin, RULE_IN_BAND * scale)
    canvas.setFillColor(s.MUTED)
    canvas.setFont(REGULAR, size)
    number = one_line(text, REGULAR, size, room)
    canvas.drawRightString(width - margin, BASELINE_IN_BAND * scale, number)
    left = room - canvas.stringWidth(number, REGULAR, size) - GAP * scale
    if left > 0:
        canvas.drawString(margin, BASELINE_IN_BAND * scale,
                          one_line(stamp.label, REGULAR, size, left))
