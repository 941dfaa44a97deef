"""Tables that never cut text: fixed column widths, rows that split across pages, the header
repeated on every page the table continues on.

Every cell holds a Paragraph, so long text wraps inside its column and a row taller than a page
is split inside the row (`splitInRow`). Three shapes cover the reports: a data table with a
header row, a two-column list of facts, and a card per item (a header row with the item's
name, then label/value rows). Cells that may hold long user text are never spanned (see
`card`).
"""

from __future__ import annotations

import html
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from werkdrukdesk.reports import styles as s
from werkdrukdesk.reports.fonts import REGULAR
from werkdrukdesk.reports.paragraphs import Para
from werkdrukdesk.reports.text import markup

# A header taller than this is not repeated: repeating it could leave no room for the rows.
MAX_REPEATED_HEADER = s.CONTENT_HEIGHT / 4
LABEL_WIDTH = 44 * mm
SMALLEST_HEADER = 6.0  # points: a header shrinks to fit its column, but not below this
CARD_WIDTHS = (41 * mm, s.CONTENT_WIDTH - 41 * mm)

Row = Sequence[Flowable | str]


def cell(text: str | None, style: ParagraphStyle | None = None) -> Paragraph:
    """A cell with user text: escaped, a dash when empty."""
    return Para(markup(text), style or s.styles().cell)


def own(text: str, style: ParagraphStyle | None = None) -> Paragraph:
    """A cell with the report's own words or with markup built from already escaped text."""
    return Para(text, style or s.styles().cell)


def fitting(style: ParagraphStyle, markup_text: str, room: float) -> ParagraphStyle:
    """`style`, or a smaller copy of it when a word of `markup_text` is wider than `room`
    points: a header over a narrow column then shrinks a little rather than break a word in
    two (words of another language can be longer than the Dutch the columns were made for)."""
    plain = html.unescape(re.sub(r"<[^>]*>", "", markup_text))
    widest = max((stringWidth(w, style.fontName, style.fontSize) for w in plain.split()),
                 default=0.0)
    if widest <= room:
        return style
    return _smaller(style, max(SMALLEST_HEADER,
                               math.floor(style.fontSize * room / widest * 10) / 10))


@cache
def _smaller(parent: ParagraphStyle, size: float) -> ParagraphStyle:
    return ParagraphStyle(f"{parent.name}_{size}", parent=parent, fontSize=size,
                          leading=parent.leading)


def header_cell(markup_text: str, width: float, style: ParagraphStyle | None = None) -> Paragraph:
    """A column header (the report's own words, as markup) in a column `width` wide."""
    style = style or s.styles().label
    return own(markup_text, fitting(style, markup_text, width - 2 * s.CELL_PADDING))


def _base_style(header_rows: int, ruled: bool) -> list[tuple]:
    commands: list[tuple] = [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # only matters for a plain-string cell
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), s.CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), s.CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
    ]
    if ruled:
        commands.append(("LINEBELOW", (0, 0), (-1, -1), 0.4, s.RULE))
    if header_rows:
        commands += [
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), s.TINT),
            ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, s.ACCENT),
        ]
    return commands


def row_height(row: Row, widths: Sequence[float]) -> float:
    """Height of a row; an empty string after a cell counts as spanned into that cell."""
    tallest, index = 0.0, 0
    while index < len(row):
        width = widths[index]
        follow = index + 1
        while follow < len(row) and row[follow] == "":
            width += widths[follow]
            follow += 1
        content = row[index]
        if isinstance(content, Flowable):
            tallest = max(tallest, content.wrap(width - 2 * s.CELL_PADDING, s.CONTENT_HEIGHT)[1])
        index = follow
    return tallest + 7


def _repeat(rows: Sequence[Row], widths: Sequence[float], header_rows: int) -> int:
    height = sum(row_height(row, widths) for row in rows[:header_rows])
    return header_rows if height <= MAX_REPEATED_HEADER else 0


class _Table(Table):
    """A table that splits with some care.

    A row in `sticky_rows` (a group heading) never ends a page: the split moves up one row.
    A table that would fit on a page of its own refuses a split leaving fewer than
    `MIN_ROWS_APART` rows on either side: it moves to the next page whole rather than leave
    one lonely row at the foot of a page or at the top of the next.
    """

    MIN_ROWS_APART = 3
    sticky_rows: frozenset[int] = frozenset()

    def __init__(self, data: Sequence[Row], *args: Any, **kwargs: Any) -> None:
        # ReportLab makes the parts of a split through this constructor too, with their rows
        # and the column widths: keep both, so the split rules below need no internals.
        super().__init__(data, *args, **kwargs)
        self.rows = list(data)
        self.widths = list(kwargs.get("colWidths") or args[0])
        self.height_wrapped = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        width, self.height_wrapped = super().wrap(availWidth, availHeight)
        return width, self.height_wrapped

    def split(self, availWidth: float, availHeight: float) -> list[Table]:
        parts = super().split(availWidth, availHeight)
        last = len(parts[0].rows) - 1 if len(parts) == 2 else -1
        if last in self.sticky_rows:
            parts = super().split(availWidth,
                                  availHeight - row_height(self.rows[last], self.widths))
        if len(parts) != 2 or self.height_wrapped > s.CONTENT_HEIGHT:
            return parts
        first, rest = parts
        rows_first = len(first.rows) - self.repeatRows
        rows_rest = len(rest.rows) - rest.repeatRows
        return parts if min(rows_first, rows_rest) >= self.MIN_ROWS_APART else []


def make_table(rows: Sequence[Row], widths: Sequence[float], commands: Sequence[tuple] = (),
               header_rows: int = 1, ruled: bool = True,
               sticky_rows: Sequence[int] = ()) -> Table:
    """The one way reports build a table: fixed widths, splitting rows, repeated header;
    `sticky_rows` stay on the page of the row after them."""
    table = _Table(
        [list(row) for row in rows],
        colWidths=list(widths),
        repeatRows=_repeat(rows, widths, header_rows),
        splitByRow=1,  # prefer to break between rows, ...
        splitInRow=1,  # ... but split inside a row when one row is taller than the page
        style=TableStyle(_base_style(header_rows, ruled) + list(commands)),
        hAlign="LEFT",
    )
    table.sticky_rows = frozenset(sticky_rows)
    return table


def data_table(header: Sequence[str], rows: Sequence[Row], widths: Sequence[float],
               commands: Sequence[tuple] = (), sticky_rows: Sequence[int] = ()) -> Table:
    """A header row of the report's own words over rows of cells (row 0 is the header)."""
    head = [header_cell(text, width) for text, width in zip(header, widths)]
    return make_table([head, *rows], widths, commands, sticky_rows=sticky_rows)


def facts_table(facts: Sequence[tuple[str, Flowable]], label_width: float = LABEL_WIDTH) -> Table:
    """Label and value, one fact a row, labels shaded."""
    rows = [[own(label, s.styles().label), value] for label, value in facts]
    widths = (label_width, s.CONTENT_WIDTH - label_width)
    shade = [("BACKGROUND", (0, 0), (0, -1), s.SHADE)] if rows else []
    return make_table(rows, widths, shade, header_rows=0)


@dataclass(frozen=True)
class Field:
    """A card row: a label and its value."""

    label: str  # markup
    value: Flowable


def card(tag: Flowable, title: Flowable, fields: Sequence[Field],
         widths: Sequence[float] = CARD_WIDTHS) -> Table:
    """One item as a boxed card: its tag and title on a tinted row that repeats when the card
    runs onto a new page, then one row per field.

    Two columns and no spanned cells: ReportLab splits a spanned cell inside a row as if it
    were only as wide as its first column, which leaves pages half empty."""
    label = s.styles().label
    rows: list[Row] = [[tag, title]]
    rows += [[own(field.label, label), field.value] for field in fields]
    commands = [("BOX", (0, 0), (-1, -1), 0.6, s.RULE),
                ("BACKGROUND", (0, 1), (0, -1), s.SHADE)]
    return make_table(rows, widths, commands)
