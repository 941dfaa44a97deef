"""The comparison chart: for one group, per source a pair of bars on the answer scale from 1
to 5, the earlier measurement above, the later one below, werkdrukbronnen and energiebronnen in
two blocks (lower is better for the first, higher for the second)."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Drawing, Group, Line, Rect
from reportlab.lib import colors

from werkdrukdesk.core import i18n
from werkdrukdesk.core.catalogue import answer_labels
from werkdrukdesk.core.i18n import format_number
from werkdrukdesk.core.model import SourceKind
from werkdrukdesk.core.survey.compare import Change, ChangeVerdict
from werkdrukdesk.reports import styles as s
from werkdrukdesk.reports.charts.parts import (
    HEAD_SIZE,
    LABEL_LEADING,
    LABEL_SIZE,
    LEGEND_HEIGHT,
    MUTED,
    PROBLEM,
    SWATCH,
    chart_word,
    fitted_label,
    legend,
    new_drawing,
    text,
)
from werkdrukdesk.reports.fonts import BOLD, REGULAR, register_fonts
from werkdrukdesk.reports.text import one_line, plain

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
