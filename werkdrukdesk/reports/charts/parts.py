"""What every chart of the reports shares: colours, the reports' font in a drawing, a label
that fits, a legend, and the words of the charts (one catalogue, context "ReportCharts").
Later charts use these pieces so they look the same."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Drawing, Group, Rect, String
from reportlab.lib import colors
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth

from werkdrukdesk.core.i18n import QT_TRANSLATE_NOOP
from werkdrukdesk.reports import styles as s
from werkdrukdesk.reports.fonts import REGULAR, register_fonts
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
LEGEND_HEIGHT = 16.0
SWATCH = 7.0

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

def chart_word(key: str) -> str:
    return lookup(_CONTEXT, _WORDS, key)



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
        x += text_width(words) + 12
    return group


def text_width(value: str, size: float = LABEL_SIZE, font: str = REGULAR) -> float:
    return stringWidth(value, font, size)
