"""Paper, colours and paragraph styles shared by every report.

Every style names its font explicitly, so nothing can fall back to Helvetica (which cannot print
'ş' or 'Ł'). Long words are split at the column edge by ReportLab (`splitLongWords`);
hyphenation stays off so the printed text is exactly what the user typed.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from werkdrukdesk.reports.fonts import BOLD, ITALIC, REGULAR, register_fonts

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_LEFT = MARGIN_RIGHT = 20 * mm
MARGIN_TOP = 24 * mm  # room for the running head
MARGIN_BOTTOM = 22 * mm  # room for the running foot
CONTENT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
CONTENT_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM

INK = colors.HexColor("#1F2D3A")
ACCENT = colors.HexColor("#1F5C73")
MUTED = colors.HexColor("#5B6770")
RULE = colors.HexColor("#C5CDD3")
TINT = colors.HexColor("#E8F0F4")  # headers of tables and cards
SHADE = colors.HexColor("#F5F7F8")  # label cells
ALERT = colors.HexColor("#B3261E")
GOOD = colors.HexColor("#2E6B34")



def hex_of(color: colors.Color) -> str:
    """'#rrggbb', for a colour inside Paragraph markup."""
    return "#" + color.hexval()[2:]


CELL_PADDING = 4  # points, left and right of every table cell


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    meta: ParagraphStyle
    heading1: ParagraphStyle
    heading2: ParagraphStyle
    body: ParagraphStyle
    note: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    label: ParagraphStyle
    card_title: ParagraphStyle


def _style(name: str, font: str = REGULAR, size: float = 9.5, leading: float | None = None,
           color: colors.Color = INK, **extra: object) -> ParagraphStyle:
    return ParagraphStyle(
        name,
        fontName=font,
        fontSize=size,
        leading=leading or round(size * 1.38, 1),
        textColor=color,
        alignment=TA_LEFT,
        splitLongWords=1,
        hyphenationLang="",
        embeddedHyphenation=0,
        uriWasteReduce=0,
        spaceShrinkage=0,  # ReportLab's default lets a left-aligned line run 5% of its spaces
        # past the column edge, which shows as text touching the margin or the next column
        **extra,
    )


@cache
def styles() -> Styles:
    register_fonts()
    return Styles(
        title=_style("title", BOLD, 22, 27, ACCENT, spaceAfter=4),
        subtitle=_style("subtitle", BOLD, 13, 17, INK, spaceAfter=2),
        meta=_style("meta", REGULAR, 9.5, 13.5, MUTED),
        # No keepWithNext: it would glue a heading to a whole table and push both to the next
        # page; `blocks.opening` keeps room for what follows a heading instead.
        heading1=_style("heading1", BOLD, 14, 18, ACCENT, spaceBefore=16, spaceAfter=6),
        heading2=_style("heading2", BOLD, 11, 14.5, INK, spaceBefore=10, spaceAfter=4),
        body=_style("body", REGULAR, 9.5, 13.5, INK, spaceAfter=5),
        note=_style("note", ITALIC, 8.5, 12, MUTED, spaceAfter=4),
        cell=_style("cell", REGULAR, 8.5, 11.2),
        cell_bold=_style("cell_bold", BOLD, 8.5, 11.2),
        label=_style("label", BOLD, 7.5, 10.5, MUTED),
        card_title=_style("card_title", BOLD, 10, 13, INK),
    )
