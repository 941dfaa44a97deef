"""The parts of the presentielijst people write on: the list of names with room to sign, empty
rows that fill the page, and lines to write on.

Rows are about 10 mm tall, enough for a signature. `BlankRows` decides how many empty rows to
print only once it knows where on the page it lands: as many as fit above whatever must still
follow on the page (the signature of whoever gave the session), never fewer than its minimum;
when the minimum does not fit it splits, carrying the rest to the next page with the header
repeated.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer, Table

from werkdrukdesk.reports import styles as s
from werkdrukdesk.reports.tables import cell, data_table, make_table, own

BOX = "\u2610"  # ☐, a box to tick (DejaVu Sans has it)
ROW_HEIGHT = 10 * mm  # tall enough to sign
WRITE_ROW = 9 * mm  # a line to write a name or date on
WIDTHS = (68 * mm, 44 * mm, s.CONTENT_WIDTH - 112 * mm)  # Naam, Team, Handtekening
AFTER_GAP = 2 * mm  # slack kept below the last row for what follows
REST_ROWS = 5  # when the empty rows are split, at least this many go on with the next page
MIN_PART = 3  # fewer empty rows than this are not worth starting at the foot of a page

_GRID = [("BOX", (0, 0), (-1, -1), 0.6, s.MUTED), ("INNERGRID", (0, 0), (-1, -1), 0.4, s.RULE)]


def attendee_table(header: Sequence[str], people: Sequence[tuple[str, str]]) -> Table:
    """The people already recorded, name and team printed, the signature left open.
    `header` is markup; names and teams are user text."""
    rows = [[cell(name), cell(team) if team.strip() else "", ""] for name, team in people]
    # 8 + 11.2 + 9 points: a one-line row is as tall as an empty one, about 10 mm.
    commands = [*_GRID, ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 1), (-1, -1), 8), ("BOTTOMPADDING", (0, 1), (-1, -1), 9)]
    return data_table(header, rows, WIDTHS, commands)


def blank_table(header: Sequence[str], count: int, with_header: bool) -> Table:
    rows = [[Spacer(1, ROW_HEIGHT), "", ""] for _ in range(count)]
    first = 1 if with_header else 0
    commands = [*_GRID, ("TOPPADDING", (0, first), (-1, -1), 0),
                ("BOTTOMPADDING", (0, first), (-1, -1), 0)]
    if with_header:
        return data_table(header, rows, WIDTHS, commands)
    return make_table(rows, WIDTHS, commands, header_rows=0)


class BlankRows(Flowable):
    """Empty rows to fill in by hand: at least `minimum`, more until the page is full, with
    room left for the flowables `after` (which the story prints right after this, kept
    together). A fixed `count` is a part
    split off at the foot of a page. The header is printed when `with_header` is set and on top
    of a page, where a reader would otherwise not know the columns."""

    def __init__(self, header: Sequence[str], minimum: int, after: Sequence[Flowable],
                 with_header: bool = False, count: int | None = None) -> None:
        super().__init__()
        self.header, self.minimum, self.after = list(header), minimum, list(after)
        self.with_header, self.count = with_header, count
        self._table: Table | None = None

    def _header_shown(self, avail_height: float) -> bool:
        return self.with_header or avail_height >= s.CONTENT_HEIGHT - 1

    def _fitting(self, avail_width: float, avail_height: float, header: bool,
                 reserve: float) -> int:
        used = reserve
        if header:
            used += blank_table(self.header, 0, True).wrap(avail_width, avail_height)[1]
        return max(0, int((avail_height - used) // ROW_HEIGHT))

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        header = self._header_shown(availHeight)
        count = self.count
        if count is None:
            reserve = self._after_height(availWidth, availHeight) + AFTER_GAP
            count = self._fitting(availWidth, availHeight, header, reserve)
            if count < self.minimum and availHeight < s.CONTENT_HEIGHT - 1:
                # The minimum and what follows do not both fit here: ask to be split.
                self._table = None
                self.width, self.height = availWidth, availHeight + 1
                return self.width, self.height
            count = max(count, self.minimum)
        self._table = blank_table(self.header, count, header)
        self.width, self.height = self._table.wrap(availWidth, availHeight)
        return self.width, self.height

    def _after_height(self, avail_width: float, avail_height: float) -> float:
        return sum(f.wrapOn(self.canv, avail_width, avail_height)[1] + f.getSpaceBefore()
                   + f.getSpaceAfter() for f in self.after)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        """This page filled with rows, the rest (and what follows) on the next page."""
        if self.count is not None:
            return []
        header = self._header_shown(availHeight)
        first = self._fitting(availWidth, availHeight, header, 0)
        rest = type(self)(self.header, max(REST_ROWS, self.minimum - first), self.after, True)
        if first < MIN_PART:
            if availHeight >= s.CONTENT_HEIGHT - 1:
                return []  # cannot happen with these sizes; never loop on an empty page
            return [PageBreak(), type(self)(self.header, self.minimum, self.after, True)]
        return [type(self)(self.header, first, self.after, header, count=first), rest]

    def draw(self) -> None:
        if self._table is not None:
            self._table.drawOn(self.canv, 0, 0)


def write_lines(fields: Sequence[tuple[str, str]], width: float = s.CONTENT_WIDTH,
                row_height: float = WRITE_ROW, label_width: float = 32 * mm) -> Table:
    """Labels with a line to write on. A value (markup) is printed on the line; a value with
    boxes to tick gets no line."""
    st = s.styles()
    rows, commands = [], [("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                          ("LEFTPADDING", (0, 0), (0, -1), 0)]
    for row, (name, value) in enumerate(fields):
        rows.append([own(name, st.label), own(value) if value else ""])
        if BOX not in value:
            commands.append(("LINEBELOW", (1, row), (1, row), 0.6, s.MUTED))
    # the label's line is 10.5 points; the rest of the row is room to write above the line
    commands += [("TOPPADDING", (0, 0), (-1, -1), max(2.0, row_height - 10.5 - 3)),
                 ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    return make_table(rows, (label_width, width - label_width), commands, header_rows=0,
                      ruled=False)
