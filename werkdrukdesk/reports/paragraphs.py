"""Paragraphs that print exactly as ReportLab's own, for less work, through its public API.

A long report makes thousands of small paragraphs, and ReportLab does two things over and over
for them:

- it parses the markup of each one anew with an HTML parser, although most cells share their
  markup: many hold the same words ('aandacht nodig', a card's labels), and most others differ
  from one another only in their text ('<b>3,12</b><br/><font ...>aandacht nodig</font>'
  against '<b>2,87</b>...'). Within `one_build()` each shape of markup is parsed once per
  style, by a Paragraph of its own with a stand-in for every run of text; a paragraph of that
  shape is made from copies of its fragments with its own texts put back (Paragraph's `frags`
  argument): the very fragments the parser would have made, since the parser turns each run of
  text into one fragment that depends on the tags around it only. Nothing is kept after the
  build.
- it breaks a paragraph into lines each time anyone asks its size (the table's row heights,
  whether a block fits on the page, the table again when it draws): the same width gives the
  same lines, so `Para` answers a second question at the width of the last one with the size
  it found then, leaving ReportLab's state as that wrap left it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import cleanBlockQuotedText, textTransformFrags

# What one shape of markup parses to: (style, fragments), or None when it is parsed in full.
Shape = tuple[ParagraphStyle, list] | None
Key = tuple[str, ParagraphStyle, int]  # (markup, style, case sensitive)

STAND_IN = "x"  # the text put in place of every run of text to parse a shape of markup
# Tags and the three entities `text.escape` writes; the runs of text lie between them. Markup
# with any other entity (or a stray '<' or '&') is parsed in full.
_TOKENS = re.compile(r"(<[^<>]*>|&(?:amp|lt|gt);)")

_SHAPES: ContextVar[dict[Key, Shape] | None] = ContextVar("werkdrukdesk_shapes", default=None)


@contextmanager
def one_build() -> Iterator[None]:
    """Paragraphs made in this block (in this thread or task) share the parsing of markup of
    the same shape; the shapes are dropped when the block ends."""
    token = _SHAPES.set({})
    try:
        yield
    finally:
        _SHAPES.reset(token)


class Para(Paragraph):
    """A Paragraph; within `one_build` parsed once per shape of markup; the size of its last
    wrap kept."""

    # (width asked, size returned, width and height the wrap left) of the last wrap
    _last: tuple[float, tuple[float, float], tuple[float, float]] | None = None

    def __init__(self, text: str, style: ParagraphStyle | None = None,
                 bulletText: str | None = None, frags: list | None = None,
                 caseSensitive: int = 1, encoding: str = "utf8") -> None:
        shapes = _SHAPES.get()
        if (shapes is not None and frags is None and style is not None and bulletText is None
                and getattr(style, "bulletText", None) is None):
            shaped = _from_shape(shapes, text, style, caseSensitive)
            if shaped is not None:
                text, style, frags = shaped
        super().__init__(text, style, bulletText, frags, caseSensitive, encoding)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        # The lines depend on the width alone (the height only decides splits), and ReportLab
        # draws and splits with the lines of the last wrap: those of this width.
        last = self._last
        if last is not None and last[0] == availWidth:
            self.width, self.height = last[2]
            return last[1]
        size = super().wrap(availWidth, availHeight)
        self._last = (availWidth, size, (self.width, self.height))
        return size

    def split(self, availWidth: float, availHeight: float) -> list[Paragraph]:
        # ReportLab's split may change the lines it cuts (it adds the space where a line
        # ended), so no size found before it holds after it.
        self._last = None
        return super().split(availWidth, availHeight)


def _from_shape(shapes: dict[Key, Shape], text: str, style: ParagraphStyle,
                case_sensitive: int) -> tuple[str, ParagraphStyle, list] | None:
    """(cleaned text, style, fragments) as the parser would make them, from the parsed shape
    of `text`; None when `text` must be parsed in full."""
    cleaned = cleanBlockQuotedText(text)
    pieces = _TOKENS.split(cleaned)  # text, tag, text, tag, ..., text
    runs = pieces[::2]
    if any("<" in run or "&" in run or ">" in run for run in runs):
        return None
    pieces[::2] = [STAND_IN if run else "" for run in runs]
    key = ("".join(pieces), style, case_sensitive)
    if key not in shapes:
        shapes[key] = _shape(*key)
    shape = shapes[key]
    if shape is None:
        return None
    style, parsed = shape
    texts = iter([run for run in runs if run])
    frags = [f.clone(text=next(texts)) if getattr(f, "text", None) == STAND_IN else f.clone()
             for f in parsed]
    textTransformFrags(frags, style)
    return cleaned, style, frags


def _shape(markup: str, style: ParagraphStyle, case_sensitive: int) -> Shape:
    """The style and fragments ReportLab parses a shape of markup to; None when the parser
    fails, or does not show one plain fragment per stand-in, or transforms text (then each
    paragraph of that shape is parsed in full, and says itself what is wrong)."""
    try:
        parsed = Paragraph(markup, style, caseSensitive=case_sensitive)
    except ValueError:
        return None
    frags = parsed.frags
    if (getattr(parsed.style, "textTransform", None) or parsed.bulletText is not None
            or any(getattr(f, "greek", 0) or hasattr(f, "cbDefn")
                   or getattr(f, "textTransform", None) for f in frags)):
        return None
    stand_ins = sum(1 for f in frags if getattr(f, "text", None) == STAND_IN)
    if stand_ins != sum(1 for run in _TOKENS.split(markup)[::2] if run):
        return None
    return parsed.style, frags
