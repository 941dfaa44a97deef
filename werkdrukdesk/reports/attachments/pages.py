"""The appendix's own pages, written by ReportLab: its contents, the title page announcing each
attachment, and the page an image is placed on.

They carry the organisation, the cycle and the date printed like every page of the dossier; their
"pagina X van Y" (of the whole PDF) is stamped on when the PDF is put together (`stamp.py`), so
their foot keeps room for it at the right.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    KeepInFrame,
    PageBreak,
    PageTemplate,
    Spacer,
)

from werkdrukdesk.core import model as m
from werkdrukdesk.core.dates import format_date
from werkdrukdesk.core.i18n import translate
from werkdrukdesk.reports import styles as s
from werkdrukdesk.reports.attachments.describe import size_text
from werkdrukdesk.reports.attachments.stamp import number_room
from werkdrukdesk.reports.blocks import alert, body, heading
from werkdrukdesk.reports.fonts import BOLD, REGULAR, register_fonts
from werkdrukdesk.reports.page import PageInfo, page_info
from werkdrukdesk.reports.paragraphs import Para
from werkdrukdesk.reports.tables import cell, data_table, facts_table, own
from werkdrukdesk.reports.text import escape, one_line
from werkdrukdesk.reports.words import word

CONTENTS_WIDTHS = (20 * mm, 62 * mm, s.CONTENT_WIDTH - 104 * mm, 22 * mm)
HEAD_SIZE = 8


@dataclass
class Entry:
    """One attachment in the appendix: what it proves in words, and how it is printed."""

    number: int
    attachment: m.Attachment
    proves: str  # what_it_proves(...)
    pdf: bytes | None = None  # a readable PDF, as it will be appended
    pages: int = 0  # pages of the attachment itself (an image: 1)
    image: bytes | None = None  # an image that can be placed on a page
    problem: str = ""  # why it could not be appended (empty: it was)
    first_page: int = 0  # in the whole PDF: its title page


def contents(info: PageInfo, entries: list[Entry]) -> bytes:
    """The appendix's contents: each attachment with the page its title page is on."""
    header = [translate("AttachmentsReport", "Bijlage"),
              translate("AttachmentsReport", "Bewijs voor"),
              translate("AttachmentsReport", "Bestand"),
              translate("AttachmentsReport", "Pagina")]
    not_printed = translate("AttachmentsReport", "niet afgedrukt")
    rows = [[cell(str(e.number)), cell(e.proves), cell(e.attachment.file_name),
             cell(str(e.first_page) if e.first_page else not_printed)] for e in entries]
    story: list[Flowable] = [
        Para(escape(translate("AttachmentsReport", "Bijlagen bij het dossier")), s.styles().title),
        body(escape(translate(
            "AttachmentsReport",
            "De documenten die het dossier onderbouwen, zoals ze in het WerkdrukDesk-bestand "
            "zijn bewaard. Elke bijlage begint met een titelblad met haar controlegetal "
            "(SHA-256), zodat u kunt nagaan dat het afgedrukte document het bewaarde is."))),
        data_table(header, rows, CONTENTS_WIDTHS),
    ]
    if any(not e.first_page for e in entries):
        story.append(body(escape(translate(
            "AttachmentsReport",
            "Office-bestanden (Word, Excel, PowerPoint, OpenDocument) kunnen niet in deze PDF "
            "worden opgenomen; ze zitten wel in het bestand en zijn te openen via Bestand › "
            "Bijlagen."))))
    return _render(info, story)


def title_and_image_pages(info: PageInfo, entries: list[Entry]) -> bytes:
    """For each printed entry its title page, and for an image the page it is placed on: one
    page each, in order."""
    story: list[Flowable] = []
    for entry in entries:
        if not entry.first_page:
            continue
        story += [KeepInFrame(s.CONTENT_WIDTH, s.CONTENT_HEIGHT, _title_page(entry),
                              mode="shrink"), PageBreak()]
        if entry.image is not None and not entry.problem:
            story += [_placed_image(entry), PageBreak()]
    return _render(info, story[:-1])


def image_problem(data: bytes) -> str:
    """Why an image cannot be placed on a page (empty: it can): decoded whole, here, so a
    damaged one is found before the layout."""
    try:
        reader = ImageReader(io.BytesIO(data))
        width, height = reader.getSize()
        reader.getRGBData()
    except Exception:  # noqa: BLE001 - Pillow raises many kinds on a damaged image
        return translate("AttachmentsReport",
                         "de afbeelding is beschadigd of van een soort die niet te lezen is")
    if width > 0 and height > 0:
        return ""
    return translate("AttachmentsReport", "de afbeelding is leeg")


def _title_page(entry: Entry) -> list[Flowable]:
    a = entry.attachment
    if entry.problem:
        what = translate("AttachmentsReport", "kon niet worden toegevoegd")
    elif entry.image is not None:
        what = translate("AttachmentsReport", "afbeelding, op de volgende pagina")
    else:
        what = translate("AttachmentsReport",
                         "PDF-document, {pages} pagina's, op de volgende pagina's").format(
                             pages=entry.pages)
    facts = [
        (translate("AttachmentsReport", "Bewijs voor"), cell(entry.proves)),
        (translate("AttachmentsReport", "Bestand"), cell(a.file_name)),
        (translate("AttachmentsReport", "Wat volgt"), cell(what)),
        (translate("AttachmentsReport", "Grootte"), cell(size_text(a.size))),
        (translate("AttachmentsReport", "Toegevoegd op"), cell(format_date(a.added_on))),
        (translate("AttachmentsReport", "Controlegetal (SHA-256)"), cell(a.sha256)),
    ]
    story: list[Flowable] = [
        Spacer(1, 40 * mm),
        Para(escape(translate("AttachmentsReport", "Bijlage {number}").format(
            number=entry.number)), s.styles().title),
        heading(entry.proves, 2),
        facts_table(facts, 46 * mm),
    ]
    if entry.problem:
        story.append(Spacer(1, 6 * mm))
        story.append(body(alert(escape(translate(
            "AttachmentsReport",
            "Deze bijlage kon niet aan de PDF worden toegevoegd: {reason}. Het bestand zelf zit "
            "in het WerkdrukDesk-bestand; open het daar via Bestand › Bijlagen.").format(
                reason=entry.problem)))))
    return story


def _placed_image(entry: Entry) -> Flowable:
    """The image as large as the page allows, its proportions kept."""
    assert entry.image is not None
    width, height = ImageReader(io.BytesIO(entry.image)).getSize()
    room_height = s.CONTENT_HEIGHT - 12 * mm
    scale = min(s.CONTENT_WIDTH / width, room_height / height)
    picture = Image(io.BytesIO(entry.image), width=width * scale, height=height * scale)
    picture.hAlign = "CENTER"
    caption = own(escape(translate("AttachmentsReport", "Bijlage {number}: {file}").format(
        number=entry.number, file=entry.attachment.file_name)), s.styles().meta)
    return KeepInFrame(s.CONTENT_WIDTH, s.CONTENT_HEIGHT, [caption, Spacer(1, 3 * mm), picture],
                       mode="shrink")


def _render(info: PageInfo, story: list[Flowable]) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer, pagesize=(s.PAGE_WIDTH, s.PAGE_HEIGHT), leftMargin=s.MARGIN_LEFT,
        rightMargin=s.MARGIN_RIGHT, topMargin=s.MARGIN_TOP, bottomMargin=s.MARGIN_BOTTOM,
        initialFontName=REGULAR)
    frame = Frame(s.MARGIN_LEFT, s.MARGIN_BOTTOM, s.CONTENT_WIDTH, s.CONTENT_HEIGHT,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame],
                                       onPage=lambda canvas, _: _head_and_foot(canvas, info))])
    doc.build(story)
    return buffer.getvalue()


def _head_and_foot(canvas: Canvas, info: PageInfo) -> None:
    canvas.saveState()
    canvas.setStrokeColor(s.RULE)
    canvas.setLineWidth(0.5)
    left, right = s.MARGIN_LEFT, s.PAGE_WIDTH - s.MARGIN_RIGHT
    head, foot = s.PAGE_HEIGHT - 14 * mm, 12 * mm
    canvas.line(left, head - 2.5 * mm, right, head - 2.5 * mm)
    canvas.line(left, foot + 4 * mm, right, foot + 4 * mm)
    canvas.setFillColor(s.MUTED)
    half = s.CONTENT_WIDTH / 2 - 4 * mm
    canvas.setFont(BOLD, HEAD_SIZE)
    canvas.drawString(left, head, one_line(info.organisation, BOLD, HEAD_SIZE, half))
    canvas.setFont(REGULAR, HEAD_SIZE)
    canvas.drawRightString(right, head, one_line(info.cycle_line, REGULAR, HEAD_SIZE, half))
    canvas.drawString(left, foot, one_line(
        f"{info.report_title} · {word('printed_on', date=format_date(info.printed_on))}",
        REGULAR, HEAD_SIZE, s.CONTENT_WIDTH - number_room()))
    canvas.restoreState()


def appendix_info(org: m.Organisation, cycle: m.Cycle, printed_on: date) -> PageInfo:
    title = translate("AttachmentsReport", "Bijlagen bij het dossier")
    return page_info(title, org, cycle, printed_on)
