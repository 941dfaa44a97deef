"""DejaVu Sans, the one font of every report: it covers every European name (ş, ı, Ł, Ĳ...).

ReportLab's built-in Helvetica knows only Latin-1, so it must never be used: every style names
one of the fonts below, and the canvas starts with DejaVu Sans too.
"""

from __future__ import annotations

from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from werkdrukdesk.paths import resources_dir

try:  # ReportLab uses its C accelerator when it is there; named here so bundlers take it along
    import _rl_accel  # noqa: F401
except ImportError:  # without it ReportLab does the same in Python, only slower
    pass

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"

# (font name, bold, italic): the mapping Paragraph uses for <b> and <i>.
_FACES = ((REGULAR, 0, 0), (BOLD, 1, 0), (ITALIC, 0, 1), (BOLD_ITALIC, 1, 1))


@cache
def register_fonts() -> str:
    """Register the family once per process; returns the regular font's name."""
    folder = resources_dir() / "fonts"
    for name, bold, italic in _FACES:
        pdfmetrics.registerFont(TTFont(name, str(folder / f"{name}.ttf")))
        addMapping(REGULAR, bold, italic, name)
    return REGULAR


@cache
def drawable() -> frozenset[int]:
    """The code points both the regular and the bold face can draw: user text prints in
    those two only (the oblique faces cover fewer characters, so they carry only our words)."""
    register_fonts()
    regular, bold = (set(pdfmetrics.getFont(n).face.charToGlyph) for n in (REGULAR, BOLD))
    return frozenset(regular & bold)
