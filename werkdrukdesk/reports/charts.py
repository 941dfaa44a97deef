"""Charts for any report, drawn with reportlab.graphics in the reports' own colours and font.

Every chart is a `Drawing` of a given width that a story can hold like any other flowable.
Shared pieces (colours, a label that fits, a legend, the axis header) live here so later charts
(the evaluation's before/after comparison) look the same.

`balance_chart` shows per team a two-sided bar, like the balance step on screen: one block per
source, demands that weigh on the team to the left of the middle line, missing resources to the
right; the darker colour for 'too high' / 'too low', the lighter one for 'needs attention'.
All rows share one scale, so a longer bar really means more sources.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Drawing, Group, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth

from werkdrukdesk.core.balance import TeamPicture
from werkdrukdesk.reports import styles as s
from werkdrukdesk.reports.fonts import BOLD, REGULAR, register_fonts
from werkdrukdesk.reports.text import DASH, one_line, plain

PROBLEM = s.ALERT  # too high / too low: the reports' warning colour
ATTENTION = colors.linearlyInterpolatedColor(colors.white, s.ALERT, 0, 1, 0.35)
AXIS = s.INK
TEXT = s.INK
MUTED = s.MUTED

LABEL_SIZE = 7.5
LABEL_LEADING = 8.6
HEAD_SIZE = 7.5
ROW_HEIGHT = 20.0  # room for a label of two lines
BAR_HEIGHT = 10.0
MAX_BLOCK = 12.0  # points; few sources should not look like a wall
BLOCK_GAP = 1.2
COUNT_ROOM = 16.0  # beyond each end of the bar area: the number of blocks on that side
HEAD_HEIGHT = 14.0
LEGEND_HEIGHT = 16.0
SWATCH = 7.0
MAX_ROWS = 28  # rows in one drawing; more go into the next (a drawing cannot split)

_WORDS = {
    "demands": "◀ Werkdrukbronnen",
    "resources": "Energiebronnen ▶",
    "nothing_rated": "nog niets beoordeeld",
    "legend_problem": "te hoog (werkdrukbron) of te laag (energiebron)",
    "legend_attention": "aandacht nodig",
    "legend_block": "één blokje is één bron",
    "no_rows": "Er is nog niets om te tonen.",
}

Row = tuple[str, TeamPicture]  # the label of a row (a team's name) and its picture


def chart_word(key: str) -> str:
    return _WORDS[key]


# -- shared pieces -------------------------------------------------------------------------


def new_drawing(width: float, height: float) -> Drawing:
    """An empty drawing that starts in the reports' font (ReportLab's default is Helvetica,
    which would otherwise be named in the PDF even if no text used it)."""
    register_fonts()
    return Drawing(width, height, initialFontName=REGULAR, initialFontSize=LABEL_SIZE)


def fitted_label(text: str, width: float, size: float = LABEL_SIZE, font: str = REGULAR,
                 lines: int = 2) -> list[str]:
    """User text on at most `lines` lines of `width` points; what does not fit ends in '…'.
    (A chart cannot wrap like a paragraph: the full text belongs in a table beside it.)"""
    flat = plain(text)
    if not flat:
        return [DASH]
    split = simpleSplit(flat, font, size, width) or [flat]
    kept = [one_line(line, font, size, width) for line in split[: lines - 1]]
    rest = " ".join(split[lines - 1:])
    if rest:
        kept.append(one_line(rest, font, size, width))
    return kept


def text(x: float, y: float, value: str, size: float = LABEL_SIZE, font: str = REGULAR,
         color: colors.Color = TEXT, anchor: str = "start") -> String:
    """A string in the reports' font; `value` must already be plain, printable text."""
    return String(x, y, value, fontName=font, fontSize=size, fillColor=color, textAnchor=anchor)


def legend(items: Sequence[tuple[colors.Color | None, str]], width: float,
           y: float = 4.0) -> Group:
    """Swatches with their words in one line, from the left; an item without a colour is a
    remark without a swatch. Items that would run past `width` are shortened."""
    group, x = Group(), 0.0
    for color, words in items:
        if color is not None:
            group.add(Rect(x, y, SWATCH, SWATCH, fillColor=color, strokeColor=PROBLEM,
                           strokeWidth=0.4))
            x += SWATCH + 3
        words = one_line(words, REGULAR, LABEL_SIZE, max(width - x, 0))
        group.add(text(x, y + 0.8, words, color=MUTED))
        x += _width(words) + 12
    return group


def _width(value: str, size: float = LABEL_SIZE, font: str = REGULAR) -> float:
    return stringWidth(value, font, size)


# -- the balance chart -----------------------------------------------------------------------


def balance_scale(pictures: Sequence[TeamPicture]) -> int:
    """The most blocks any side of any row needs, at least 1 (as on screen)."""
    sides = [len(p.demands_too_high) + len(p.demands_attention) for p in pictures]
    sides += [len(p.resources_too_low) + len(p.resources_attention) for p in pictures]
    return max([1, *sides])


def balance_chart(rows: Sequence[Row], width: float, scale: int | None = None) -> Drawing:
    """One two-sided bar per row, top to bottom in the order given, with the words of both
    sides above and a legend below. `scale` (blocks per side) defaults to the largest row, so
    drawings of one report can share it."""
    register_fonts()
    if not rows:
        drawing = new_drawing(width, LEGEND_HEIGHT)
        drawing.add(text(0, 4, one_line(chart_word("no_rows"), REGULAR, LABEL_SIZE, width),
                         color=MUTED))
        return drawing
    scale = scale or balance_scale([picture for _, picture in rows])
    layout = _Layout(width, len(rows), scale)
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


def balance_charts(rows: Sequence[Row], width: float, per_chart: int = MAX_ROWS) -> list[Drawing]:
    """`balance_chart` in drawings of at most `per_chart` rows, all on one scale: a page
    holds about 30 rows, and a drawing cannot continue on the next page."""
    scale = balance_scale([picture for _, picture in rows])
    chunks = [rows[n:n + per_chart] for n in range(0, len(rows), max(per_chart, 1))]
    return [balance_chart(chunk, width, scale) for chunk in chunks] or [balance_chart([], width)]


class _Layout:
    """Where things go: the label column on the left, the bar area with the middle line."""

    def __init__(self, width: float, rows: int, scale: int) -> None:
        self.width, self.rows, self.scale = width, rows, scale
        self.label_width = round(width * 0.28, 1)
        bars_left = self.label_width + COUNT_ROOM
        bars_right = width - COUNT_ROOM
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
    if picture.rated == 0:
        group.add(text(layout.middle + 4, bar_bottom + 2.2, chart_word("nothing_rated"),
                       color=MUTED))
        return group
    left = [PROBLEM] * len(picture.demands_too_high)
    left += [ATTENTION] * len(picture.demands_attention)
    right = [PROBLEM] * len(picture.resources_too_low)
    right += [ATTENTION] * len(picture.resources_attention)
    _blocks(group, layout, bar_bottom, left, -1)
    _blocks(group, layout, bar_bottom, right, 1)
    return group


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
