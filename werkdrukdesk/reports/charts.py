"""Charts for any report, drawn with reportlab.graphics in the reports' own colours and font.

Every chart is a `Drawing` of a given width that a story can hold like any other flowable.
Shared pieces (colours, a label that fits, a legend, the axis header) live here so later charts
(the evaluation's before/after comparison) look the same.

`comparison_chart` shows, for one group, per source a pair of bars on the answer scale from 1
to 5: the earlier measurement above, the later one below, werkdrukbronnen and energiebronnen in
two blocks (lower is better for the first, higher for the second).

`balance_chart` shows per team a two-sided bar, like the balance step on screen: one block per
source, demands that weigh on the team to the left of the middle line, missing resources to the
right; the darker colour for 'too high' / 'too low', the lighter one for 'needs attention'.
All rows share one scale, so a longer bar really means more sources. In a file on the whole PSA
policy a column at the right counts unwanted behaviour and aggression apart: they are not
werkdruk, so they stay off the werkdruk side of the bar (`core.balance.by_strand` decides).
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Drawing, Group, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth

from werkdrukdesk.core import i18n
from werkdrukdesk.core.balance import TeamPicture
from werkdrukdesk.core.catalogue import answer_labels
from werkdrukdesk.core.i18n import QT_TRANSLATE_NOOP, format_number
from werkdrukdesk.core.model import SourceKind
from werkdrukdesk.core.survey.compare import Change, ChangeVerdict
from werkdrukdesk.reports import styles as s
from werkdrukdesk.reports.fonts import BOLD, REGULAR, register_fonts
from werkdrukdesk.reports.text import DASH, one_line, plain
from werkdrukdesk.reports.words import lookup

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
STRAND_ROOM = 84.0  # the column for unwanted behaviour and aggression, at least (its heading)
MAX_ROWS = 28  # rows in one drawing; more go into the next (a drawing cannot split)

_CONTEXT = "ReportCharts"
_WORDS: dict[str, str] = {
    "demands": QT_TRANSLATE_NOOP("ReportCharts", "◀ Werkdrukbronnen"),
    "resources": QT_TRANSLATE_NOOP("ReportCharts", "Energiebronnen ▶"),
    "nothing_rated": QT_TRANSLATE_NOOP("ReportCharts", "nog niets beoordeeld"),
    "strands": QT_TRANSLATE_NOOP("ReportCharts", "Gedrag, agressie"),
    "strands_often": QT_TRANSLATE_NOOP("ReportCharts", "{count} te vaak"),
    # Not '{count} aandacht': the same words turn up in the sample's Dutch notes.
    "strands_attention_one": QT_TRANSLATE_NOOP("ReportCharts", "1 aandachtspunt"),
    "strands_attention_many": QT_TRANSLATE_NOOP("ReportCharts", "{count} aandachtspunten"),
    "legend_problem": QT_TRANSLATE_NOOP(
        "ReportCharts", "te hoog (werkdrukbron) of te laag (energiebron)"
    ),
    "legend_attention": QT_TRANSLATE_NOOP("ReportCharts", "aandacht nodig"),
    "legend_block": QT_TRANSLATE_NOOP("ReportCharts", "één blokje is één bron"),
    "no_rows": QT_TRANSLATE_NOOP("ReportCharts", "Er is nog niets om te tonen."),
    "pair_demands": QT_TRANSLATE_NOOP("ReportCharts", "Werkdrukbronnen (korter is beter)"),
    "pair_resources": QT_TRANSLATE_NOOP("ReportCharts", "Energiebronnen (langer is beter)"),
    "pair_before": QT_TRANSLATE_NOOP("ReportCharts", "voor: {name}"),
    "pair_after": QT_TRANSLATE_NOOP("ReportCharts", "na: {name}"),
    "pair_better": QT_TRANSLATE_NOOP("ReportCharts", "duidelijk beter"),
    "pair_worse": QT_TRANSLATE_NOOP("ReportCharts", "duidelijk slechter"),
    "pair_unclear": QT_TRANSLATE_NOOP("ReportCharts", "zonder woord: geen duidelijk verschil"),
}

Row = tuple[str, TeamPicture]  # the label of a row (a team's name) and its picture


def chart_word(key: str) -> str:
    return lookup(_CONTEXT, _WORDS, key)


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
        self.strand_room = max(STRAND_ROOM, _width(chart_word("strands"), HEAD_SIZE, BOLD) + 8)
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


# -- the comparison chart --------------------------------------------------------------------

BEFORE_FILL = colors.HexColor("#AEBCC5")  # the earlier measurement: quiet
AFTER_FILL = s.ACCENT  # the later one: the reports' own colour
PAIR_BAR = 6.5
PAIR_ROW = 19.0  # two bars and the gap to the next pair
BLOCK_HEAD = 14.0  # 'Werkdrukbronnen (korter is beter)'
SCALE_HEAD = 24.0  # the group's name and the words of the answer scale
VALUE_ROOM = 20.0  # the mean printed after each bar
VERDICT_ROOM = 70.0
MAX_PAIR_ROWS = 26
PAIR_LEGEND = 30.0  # two lines: the two measurements, then how to read the verdicts
SCALE_LOW, SCALE_HIGH = 1, 5
_VERDICT_LOOK = {ChangeVerdict.CLEARLY_BETTER: ("pair_better", s.GOOD),
                 ChangeVerdict.CLEARLY_WORSE: ("pair_worse", PROBLEM)}


def comparison_chart(changes: Sequence[Change], width: float, before: str, after: str,
                     group: str = "") -> Drawing:
    """Per source of one group the mean before and after as two bars from 1 to 5, the
    clear changes named at the right. `before` and `after` name the measurements."""
    register_fonts()
    blocks = _pair_blocks(changes)
    if not blocks:
        drawing = new_drawing(width, LEGEND_HEIGHT)
        drawing.add(text(0, 4, one_line(chart_word("no_rows"), REGULAR, LABEL_SIZE, width),
                         color=MUTED))
        return drawing
    layout = _PairLayout(width, blocks)
    drawing = new_drawing(width, layout.height)
    drawing.add(_scale_head(layout, group))
    y = layout.height - SCALE_HEAD
    for key, rows in blocks:
        drawing.add(text(2, y - BLOCK_HEAD + 4, one_line(chart_word(key), BOLD, HEAD_SIZE,
                                                           layout.label_width * 2),
                         HEAD_SIZE, BOLD, MUTED))
        y -= BLOCK_HEAD
        for change in rows:
            drawing.add(_pair_row(layout, y, change))
            y -= PAIR_ROW
    drawing.add(_pair_legend(width, before, after))
    return drawing


def comparison_charts(changes: Sequence[Change], width: float, before: str, after: str,
                      group: str = "", per_chart: int = MAX_PAIR_ROWS) -> list[Drawing]:
    """`comparison_chart` in drawings of at most `per_chart` sources: a drawing cannot
    continue on the next page."""
    step = max(per_chart, 1)
    chunks = [changes[n:n + step] for n in range(0, len(changes), step)]
    return ([comparison_chart(chunk, width, before, after, group) for chunk in chunks]
            or [comparison_chart([], width, before, after, group)])


def _pair_blocks(changes: Sequence[Change]) -> list[tuple[str, list[Change]]]:
    demands = [c for c in changes if c.kind == SourceKind.DEMAND]
    resources = [c for c in changes if c.kind != SourceKind.DEMAND]
    return [(key, rows) for key, rows in (("pair_demands", demands),
                                          ("pair_resources", resources)) if rows]


class _PairLayout:
    """The label column on the left, the scale from 1 to 5, the verdicts on the right."""

    def __init__(self, width: float, blocks: list[tuple[str, list[Change]]]) -> None:
        self.width = width
        self.label_width = round(width * 0.3, 1)
        self.left = self.label_width + 8
        self.right = width - VERDICT_ROOM - VALUE_ROOM
        rows = sum(len(rows) for _, rows in blocks)
        self.height = SCALE_HEAD + len(blocks) * BLOCK_HEAD + rows * PAIR_ROW + PAIR_LEGEND

    def x(self, value: float) -> float:
        value = min(max(value, SCALE_LOW), SCALE_HIGH)
        share = (value - SCALE_LOW) / (SCALE_HIGH - SCALE_LOW)
        return self.left + share * (self.right - self.left)


def _scale_head(layout: _PairLayout, group: str) -> Group:
    """The group's name on the left; the answer scale's values and words over the bars, with
    light lines down from each value."""
    head = Group()
    top = layout.height
    name = one_line(group, BOLD, HEAD_SIZE + 1, layout.label_width)
    head.add(text(2, top - 15, name, HEAD_SIZE + 1, BOLD))
    words = answer_labels(i18n.current())
    bottom = PAIR_LEGEND
    for value in range(SCALE_LOW, SCALE_HIGH + 1):
        x = layout.x(value)
        head.add(text(x, top - 9, str(value), HEAD_SIZE, BOLD, MUTED, "middle"))
        label = one_line(words.get(value, ""), REGULAR, LABEL_SIZE - 0.5, 40)
        head.add(text(x, top - 18, label, LABEL_SIZE - 0.5, REGULAR, MUTED, "middle"))
        head.add(Line(x, top - SCALE_HEAD + 2, x, bottom, strokeColor=s.RULE, strokeWidth=0.5))
    return head


def _pair_row(layout: _PairLayout, top: float, change: Change) -> Group:
    row = Group()
    lines = fitted_label(change.source_name, layout.label_width - 4)
    first = top - PAIR_ROW / 2 + (len(lines) - 1) * LABEL_LEADING / 2 - LABEL_SIZE / 3 + 1
    for n, line in enumerate(lines):
        row.add(text(2, first - n * LABEL_LEADING, line))
    for offset, mean, fill in ((2.0, change.before_mean, BEFORE_FILL),
                               (2.0 + PAIR_BAR + 1.0, change.after_mean, AFTER_FILL)):
        bottom = top - offset - PAIR_BAR
        end = layout.x(mean)
        row.add(Rect(layout.left, bottom, max(end - layout.left, 0.5), PAIR_BAR,
                     fillColor=fill, strokeColor=None))
        row.add(text(end + 3, bottom + 1, format_number(mean), LABEL_SIZE - 1, color=MUTED))
    look = _VERDICT_LOOK.get(change.verdict)
    if look is not None:
        words, color = look
        row.add(text(layout.width - VERDICT_ROOM + 4, top - PAIR_ROW / 2 - 1.5,
                     chart_word(words), LABEL_SIZE, BOLD, color))
    return row


def _pair_legend(width: float, before: str, after: str) -> Group:
    room = width / 2 - SWATCH - 15
    items = [(BEFORE_FILL, one_line(chart_word("pair_before").format(name=plain(before)),
                                    REGULAR, LABEL_SIZE, room)),
             (AFTER_FILL, one_line(chart_word("pair_after").format(name=plain(after)),
                                   REGULAR, LABEL_SIZE, room))]
    group = legend(items, width, y=15.0)
    for shape in group.contents:  # the shared legend outlines swatches in red
        if isinstance(shape, Rect):
            shape.strokeColor = shape.fillColor
    group.add(legend([(None, chart_word("pair_unclear"))], width, y=3.0))
    return group
