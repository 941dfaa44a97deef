"""Charts for any report, drawn with reportlab.graphics in the reports' own colours and font.

Every chart is a `Drawing` of a given width that a story can hold like any other flowable.
`parts` holds what every chart shares (colours, a label that fits, a legend, the words);
`balance` the balance chart per team, `comparison` the before/after chart of two measurements.
The charts' public names are all importable from here.
"""

from werkdrukdesk.reports.charts.balance import (
    BAR_HEIGHT,
    MAX_ROWS,
    Row,
    balance_chart,
    balance_charts,
    balance_scale,
)
from werkdrukdesk.reports.charts.comparison import (
    AFTER_FILL,
    BEFORE_FILL,
    PAIR_BAR,
    comparison_chart,
    comparison_charts,
)
from werkdrukdesk.reports.charts.parts import (
    ATTENTION,
    MUTED,
    PROBLEM,
    TEXT,
    chart_word,
    fitted_label,
    legend,
    new_drawing,
    text,
)

__all__ = [
    "AFTER_FILL", "ATTENTION", "BAR_HEIGHT", "BEFORE_FILL", "MAX_ROWS", "MUTED", "PAIR_BAR",
    "PROBLEM", "TEXT", "Row", "balance_chart", "balance_charts", "balance_scale", "chart_word",
    "comparison_chart", "comparison_charts", "fitted_label", "legend", "new_drawing", "text",
]
