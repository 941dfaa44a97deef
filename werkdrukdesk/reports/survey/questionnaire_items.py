"""The statements of the paper questionnaire: one block per source, each statement a row with
its number and five empty boxes to tick under the words of the answer scale.

Each block is the source's name as a small heading over a table whose header row carries the
scale words (nooit ... altijd); the header repeats when a block runs onto the next page, so
every page with statements shows what the columns mean. A block that fits on a page is kept
whole, and a statement's row never splits across two pages unless it alone is taller than a
page. Respondents only see the source's name and its statements: never whether it is a
werkdrukbron or an energiebron, nor any numbers behind the answers.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table

from werkdrukdesk.core import model as m
from werkdrukdesk.reports import styles as s
from werkdrukdesk.reports.fonts import BOLD
from werkdrukdesk.reports.tables import fitting, make_table, own, row_height
from werkdrukdesk.reports.text import escape, markup

BOX = "\u2610"  # ☐, an empty square to tick (DejaVu Sans has it)
NUMBER_WIDTH = 10 * mm
BOX_WIDTH = 14 * mm
STATEMENT_WIDTH = s.CONTENT_WIDTH - NUMBER_WIDTH - 5 * BOX_WIDTH


class Styles:
    """The few styles of the form, made once the fonts are registered."""

    def __init__(self) -> None:
        base = s.styles()
        self.statement = ParagraphStyle("q_statement", parent=base.cell, fontSize=9.5,
                                        leading=12.6)
        self.number = ParagraphStyle("q_number", parent=self.statement, fontName=BOLD)
        self.box = ParagraphStyle("q_box", parent=base.cell, fontSize=15, leading=15,
                                  alignment=TA_CENTER)
        self.scale = ParagraphStyle("q_scale", parent=base.label, alignment=TA_CENTER,
                                    textColor=s.INK)
        self.source = ParagraphStyle("q_source", parent=base.heading2, fontSize=10.5,
                                     leading=13.5, textColor=s.ACCENT, spaceBefore=9,
                                     spaceAfter=3)


def item_blocks(sources: Sequence[m.Source], scale: Sequence[str], first_number: int = 1,
                lead: Sequence[Flowable] = ()) -> list[Flowable]:
    """A block per source with items, the statements numbered on from `first_number`; `lead`
    (a heading and intro) travels with the first block, never alone at the foot of a page."""
    st = Styles()
    blocks: list[Flowable] = []
    number = first_number
    for source in sources:
        items = sorted(source.items, key=lambda x: x.position)
        if not items:
            continue
        heading = Paragraph(markup(source.name), st.source)
        table = _item_table(items, scale, number, st)
        blocks.append(KeepTogether([*(lead if not blocks else ()), heading, table]))
        number += len(items)
    return blocks


def scale_header(scale: Sequence[str], st: Styles | None = None) -> list[Flowable | str]:
    """The header row: nothing over the number and the statement, the scale words over the
    boxes."""
    st = st or Styles()
    # the boxes' columns have 1 point of padding either side
    return ["", "", *(own(escape(word), fitting(st.scale, escape(word), BOX_WIDTH - 2))
                      for word in scale)]


def _item_table(items: Sequence[m.Item], scale: Sequence[str], first: int,
                st: Styles) -> Table:
    boxes = [own(BOX, st.box) for _ in scale]
    rows: list[list[Flowable | str]] = [scale_header(scale, st)]
    for offset, item in enumerate(items):
        rows.append([own(f"{first + offset}.", st.number), own(markup(item.text), st.statement),
                     *boxes])
    widths = (NUMBER_WIDTH, STATEMENT_WIDTH, *([BOX_WIDTH] * len(scale)))
    commands = [
        ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("TOPPADDING", (0, 1), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 1), (-1, -1), 5),
        ("LEFTPADDING", (2, 0), (-1, -1), 1),
        ("RIGHTPADDING", (2, 0), (-1, -1), 1),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, s.SHADE]),
        ("LINEBEFORE", (2, 0), (2, -1), 0.4, s.RULE),
    ]
    table = make_table(rows, widths, commands)
    _keep_rows_whole(table, [row_height(row, widths) for row in rows])
    return table


def _keep_rows_whole(table: Table, heights: list[float]) -> None:
    """Break only between statements: a row is split across pages only when the row with the
    header above it would not fit on any page (else the layout could never finish)."""
    header = heights[0] if table.repeatRows else 0.0
    if max(heights[1:], default=0.0) + header < s.CONTENT_HEIGHT - 20 * mm:
        table.splitInRow = 0
