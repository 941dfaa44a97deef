"""The balance chart: per team a two-sided bar, like the balance step on screen.

One block per source, demands that weigh on the team to the left of the middle line, missing
resources to the right; the darker colour for 'too high' / 'too low', the lighter one for
'needs attention'. All rows share one scale, so a longer bar really means more sources. In a
file on the whole PSA policy a column at the right counts unwanted behaviour and aggression
apart: they are not werkdruk, so they stay off the werkdruk side of the bar
(`core.balance.by_strand` decides).
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Drawing, Group, Line, Rect
from reportlab.lib import colors

from werkdrukdesk.core.balance import TeamPicture
from werkdrukdesk.reports import styles as s
from werkdrukdesk.reports.charts.parts import (
    ATTENTION,
    AXIS,
    HEAD_SIZE,
    LABEL_LEADING,
    LABEL_SIZE,
    LEGEND_HEIGHT,
    MUTED,
    PROBLEM,
    TEXT,
    chart_word,
    fitted_label,
    legend,
    new_drawing,
    text,
    text_width,
)
from werkdrukdesk.reports.fonts import BOLD, REGULAR, register_fonts
from werkdrukdesk.reports.text import DASH, one_line

ROW_HEIGHT = 20.0  # room for a label of two lines
BAR_HEIGHT = 10.0
MAX_BLOCK = 12.0  # points; few sources should not look like a wall
BLOCK_GAP = 1.2
COUNT_ROOM = 16.0  # beyond each end of the bar area: the number of blocks on that side
HEAD_HEIGHT = 14.0
STRAND_ROOM = 84.0  # the column for unwanted behaviour and aggression, at least (its heading)
MAX_ROWS = 28  # rows in one drawing; more go into the next (a drawing cannot split)

Row = tuple[str, TeamPicture]  # the label of a row (a team's name) and its picture


def balance_scale(pictures: Sequence[TeamPicture]) -> int:
    """The most blocks any side of any row needs, at least 1 (as on screen)."""
    sides = [len(p.werkdruk_too_high) + len(p.werkdruk_attention) for p in pictures]
    sides += [len(p.resources_too_low) + len(p.resources_attention) for p in pictures]
    return max([1, *sides])


def balance_chart(rows: Sequence[Row], width: float, scale: int | None = None,
                  strands: bool = False) -> Drawing:
    """One two-sided bar per row, top to bottom in the order given, with the words of both
    sides above and a legend below. `scale` (blocks per side) defaults to the largest row, so
    drawings of one report can share it; `strands` adds the column for unwanted behaviour and
    aggression."""
    register_fonts()
    if not rows:
        drawing = new_drawing(width, LEGEND_HEIGHT)
        drawing.add(text(0, 4, one_line(chart_word("no_rows"), REGULAR, LABEL_SIZE, width),
                         color=MUTED))
        return drawing
    scale = scale or balance_scale([picture for _, picture in rows])
    layout = _Layout(width, len(rows), scale, strands)
    drawing = new_drawing(width, layout.height)
    drawing.add(_header(layout))
    for index, (name, picture) in enumerate(rows):
        drawing.add(_bar_row(layout, index, name, picture))
    top, bottom = layout.row_top(0), layout.row_top(len(rows) - 1) - ROW_HEIGHT
    drawing.add(Line(layout.middle, top + 2, layout.middle, bottom, strokeColor=AXIS,
                     strokeWidth=1.2))
    drawing.add(legend([(PROBLEM, chart_word("legend_problem")),
                        (ATTENTION, chart_word("legend_attention")),
                        (None, chart_word("legend_block"))], width))
    return drawing


def balance_charts(rows: Sequence[Row], width: float, per_chart: int = MAX_ROWS,
                   strands: bool = False) -> list[Drawing]:
    """`balance_chart` in drawings of at most `per_chart` rows, all on one scale: a page
    holds about 30 rows, and a drawing cannot continue on the next page."""
    scale = balance_scale([picture for _, picture in rows])
    chunks = [rows[n:n + per_chart] for n in range(0, len(rows), max(per_chart, 1))]
    return ([balance_chart(chunk, width, scale, strands) for chunk in chunks]
            or [balance_chart([], width)])


class _Layout:
    """Where things go: the label column on the left, the bar area with the middle line."""

    def __init__(self, width: float, rows: int, scale: int, strands: bool = False) -> None:
        self.width, self.rows, self.scale = width, rows, scale
        self.label_width = round(width * 0.28, 1)
        # Where the column for unwanted behaviour and aggression starts; its heading is whole.
        self.strand_room = max(STRAND_ROOM, text_width(chart_word("strands"), HEAD_SIZE, BOLD) + 8)
        self.strands = width - self.strand_room if strands else None
        bars_left = self.label_width + COUNT_ROOM
        bars_right = (self.strands or width) - COUNT_ROOM
        self.middle = (bars_left + bars_right) / 2
        self.half = (bars_right - bars_left) / 2 - 2
        self.block = max(1.0, min(MAX_BLOCK, self.half / scale))
        self.height = LEGEND_HEIGHT + rows * ROW_HEIGHT + HEAD_HEIGHT

    def row_top(self, index: int) -> float:
        return self.height - HEAD_HEIGHT - index * ROW_HEIGHT


def _header(layout: _Layout) -> Group:
    y = layout.height - HEAD_HEIGHT + 4
    room = layout.half
    left = one_line(chart_word("demands"), BOLD, HEAD_SIZE, room)
    right = one_line(chart_word("resources"), BOLD, HEAD_SIZE, room)
    group = Group()
    group.add(text(layout.middle - 4, y, left, HEAD_SIZE, BOLD, MUTED, "end"))
    group.add(text(layout.middle + 4, y, right, HEAD_SIZE, BOLD, MUTED, "start"))
    if layout.strands is not None:
        head = one_line(chart_word("strands"), BOLD, HEAD_SIZE, layout.strand_room - 6)
        group.add(text(layout.strands + 6, y, head, HEAD_SIZE, BOLD, MUTED))
    return group


def _bar_row(layout: _Layout, index: int, name: str, picture: TeamPicture) -> Group:
    group = Group()
    top = layout.row_top(index)
    if index % 2 == 0:
        group.add(Rect(0, top - ROW_HEIGHT, layout.width, ROW_HEIGHT, fillColor=s.SHADE,
                       strokeColor=None))
    lines = fitted_label(name, layout.label_width - 4)
    first = top - ROW_HEIGHT / 2 + (len(lines) - 1) * LABEL_LEADING / 2 - LABEL_SIZE / 3
    for n, line in enumerate(lines):
        group.add(text(2, first - n * LABEL_LEADING, line))
    bar_bottom = top - (ROW_HEIGHT + BAR_HEIGHT) / 2
    if layout.strands is not None and picture.rated:
        _strands_cell(group, layout, top - ROW_HEIGHT / 2, picture)
    if picture.rated == 0:
        group.add(text(layout.middle + 4, bar_bottom + 2.2, chart_word("nothing_rated"),
                       color=MUTED))
        return group
    left = [PROBLEM] * len(picture.werkdruk_too_high)
    left += [ATTENTION] * len(picture.werkdruk_attention)
    right = [PROBLEM] * len(picture.resources_too_low)
    right += [ATTENTION] * len(picture.resources_attention)
    _blocks(group, layout, bar_bottom, left, -1)
    _blocks(group, layout, bar_bottom, right, 1)
    return group


def _strands_cell(group: Group, layout: _Layout, middle: float, picture: TeamPicture) -> None:
    """How many sources of unwanted behaviour or aggression happen too often (bold, red) and
    how many need attention, one above the other around `middle`; a dash for neither."""
    often, attention = len(picture.strands_too_often), len(picture.strands_attention)
    watch = "strands_attention_one" if attention == 1 else "strands_attention_many"
    lines = [(chart_word(key).format(count=n), font, color) for key, n, font, color in (
        ("strands_often", often, BOLD, PROBLEM), (watch, attention, REGULAR, TEXT)) if n
             ] or [(DASH, REGULAR, MUTED)]
    first = middle + (len(lines) - 1) * LABEL_LEADING / 2 - LABEL_SIZE / 3
    x = (layout.strands or 0) + 6
    for n, (words, font, color) in enumerate(lines):
        words = one_line(words, font, LABEL_SIZE, layout.strand_room - 6)
        group.add(text(x, first - n * LABEL_LEADING, words, font=font, color=color))


def _blocks(group: Group, layout: _Layout, bottom: float, fills: list[colors.Color],
            direction: int) -> None:
    """Blocks growing outward from the middle line, then their number at the end."""
    size = layout.block
    start = layout.middle + direction * 2
    for n, fill in enumerate(fills):
        near = start + direction * n * size
        x = near if direction > 0 else near - size
        group.add(Rect(x + BLOCK_GAP / 2, bottom, size - BLOCK_GAP, BAR_HEIGHT,
                       fillColor=fill, strokeColor=PROBLEM, strokeWidth=0.4))
    end = start + direction * (len(fills) * size + 3)
    anchor = "start" if direction > 0 else "end"
    group.add(text(end, bottom + 2.2, str(len(fills)), color=MUTED, anchor=anchor))
