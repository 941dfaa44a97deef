"""Paragraphs that print exactly as ReportLab's own, for less work.

A long report makes thousands of small paragraphs, and ReportLab does two things over and over
for them:

- it parses the markup of each one anew with an HTML parser, although most cells share their
  markup: many hold the same words ('aandacht nodig', a card's labels), and most others differ
  from one another only in their text ('<b>3,12</b><br/><font ...>aandacht nodig</font>'
  against '<b>2,87</b>...'). Within `one_build()` each shape of markup is parsed once per
  style, with a stand-in for every run of text; a paragraph of that shape gets copies of those
  fragments with its own texts put back: the very fragments the parser would have made, since
  the parser turns each run of text into one fragment that depends on the tags around it
  only. Nothing is kept after the build.
- it breaks a paragraph into lines each time anyone asks its size (the table's row heights,
  whether a block fits on the page, the table again when it draws): the same width gives the
  same lines, so `Para` keeps the lines of the last width it was asked about. And twins, cells
  with the same markup in the same style and width (the labels of fifty cards), share the
  lines the first of them found within `one_build()`: ReportLab only reads them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import cleanBlockQuotedText, textTransformFrags
from reportlab.platypus.paraparser import ParaParser
from reportlab.rl_config import _FUZZ

# What one piece of markup parses to: (cleaned text, style, fragments, bullet fragments).
Parsed = tuple[str, ParagraphStyle, list, list | None]
Key = tuple[str, ParagraphStyle, int]  # (markup, style, case sensitive)

STAND_IN = "x"  # the text put in place of every run of text to parse a shape of markup
# Tags and the three entities `text.escape` writes; the runs of text lie between them. Markup
# with any other entity (or a stray '<' or '&') is parsed in full.
_TOKENS = re.compile(r"(<[^<>]*>|&(?:amp|lt|gt);)")

# What a first wrap leaves on a paragraph, and so what a twin takes over (`Para.wrap`): with
# lines of several fragments, ReportLab leaves the words it found in place of the fragments.
WRAP_STATE = ("width", "_wrapWidths", "blPara", "height", "_width_max", "_splitLongWordCount",
              "_hyphenations", "frags")


@dataclass
class _Shared:
    """The work paragraphs of one build share."""

    shapes: dict[Key, Parsed | None] = field(default_factory=dict)
    # (markup, style, case sensitive, width) -> (what the wrap left, the size it gave)
    lines: dict[tuple[str, ParagraphStyle, int, float], tuple[dict, tuple[float, float]]] = (
        field(default_factory=dict))


_SHARED: ContextVar[_Shared | None] = ContextVar("werkdrukdesk_paragraphs", default=None)


@contextmanager
def one_build() -> Iterator[None]:
    """Paragraphs made in this block (in this thread or task) share the parsing of markup of
    the same shape, and twins (same markup, style and width) their lines; the shared work is
    dropped when the block ends."""
    token = _SHARED.set(_Shared())
    try:
        yield
    finally:
        _SHARED.reset(token)


class Para(Paragraph):
    """A Paragraph; within `one_build` parsed once per shape of markup and broken into lines
    once per twin; its lines kept per width."""

    _key: Key | None = None  # (markup, style, case sensitive) when made within `one_build`
    # (width asked, the lines found for it, size given) of the last wrap
    _wrapped: tuple[float, object, tuple[float, float]] | None = None
    _twins_lines: object = None  # the lines last shared with its twins
    _broken = False  # whether it was ever broken into lines

    def _setup(self, text, style, bulletText, frags, cleaner) -> None:
        shared = _SHARED.get()
        shaped = None
        if shared is not None and frags is None and cleaner is cleanBlockQuotedText:
            shaped = _from_shape(shared.shapes, text, style, self.caseSensitive)
        if shaped is None:
            super()._setup(text, style, bulletText, frags, cleaner)
            return
        self._key = (text, style, self.caseSensitive)
        cleaned, style, frags = shaped
        textTransformFrags(frags, style)
        super()._setup(cleaned, style, bulletText, frags, cleaner)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        # A paragraph's lines depend on the width alone (the height only decides splits). They
        # are used again only if nobody dropped or replaced them since (`split` may).
        wrapped = self._wrapped
        if (wrapped is not None and wrapped[0] == availWidth
                and wrapped[1] is self.__dict__.get("blPara")):
            self.width, self.height = wrapped[2]
            return wrapped[2]
        size = self._wrap_as_twin(availWidth, availHeight)
        if availWidth >= _FUZZ:  # else ReportLab answers "no room" and breaks no lines
            self._wrapped = (availWidth, self.__dict__.get("blPara"), size)
        return size

    def split(self, availWidth: float, availHeight: float) -> list[Paragraph]:
        # ReportLab's split may change the lines it cuts (it adds the space where a line
        # ended): lines shared with twins are broken anew for it, and no lines it had are used
        # again after it (ReportLab's wrap too would break them anew).
        self._wrapped = None
        if self._twins_lines is not None and self._twins_lines is self.__dict__.get("blPara"):
            super().wrap(self.width, availHeight)
        return super().split(availWidth, availHeight)

    def _wrap_as_twin(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        """On a first wrap, the lines of a twin made in this build (same markup, style,
        width), which ReportLab reads without changing them; else a wrap of its own, kept for
        the twins to come. (ReportLab's first wrap may leave words in place of the fragments,
        which later wraps start from: twins share only first wraps, so they share a past.)"""
        shared, first = _SHARED.get(), not self._broken
        self._broken = True
        if (shared is None or not first or self._key is None or self.bulletText is not None
                or availWidth < _FUZZ or "autoLeading" in self.__dict__):
            return super().wrap(availWidth, availHeight)
        key = (*self._key, availWidth)
        if key in shared.lines:
            state, size = shared.lines[key]
            self.__dict__.update(state, _wrapWidths=list(state["_wrapWidths"]))
        else:
            size = super().wrap(availWidth, availHeight)
            state = {name: self.__dict__[name] for name in WRAP_STATE if name in self.__dict__}
            shared.lines[key] = (state, size)
        self._twins_lines = state["blPara"]
        return size


def _from_shape(shapes: dict[Key, Parsed | None], text: str, style: ParagraphStyle,
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
    if shapes[key] is None:
        return None
    _, style, parsed, _ = shapes[key]
    texts = iter([run for run in runs if run])
    frags = [f.clone(text=next(texts)) if f.__dict__.get("_stand_in") else f.clone()
             for f in parsed]
    for f in frags:
        f.__dict__.pop("_stand_in", None)
    return cleaned, style, frags


def _shape(markup: str, style: ParagraphStyle, case_sensitive: int) -> Parsed | None:
    """What `Paragraph._setup` parses a shape of markup to, its stand-in fragments marked;
    None when the parser fails or does not show one plain fragment per stand-in (then each
    paragraph of that shape is parsed in full, and says itself what is wrong)."""
    parser = ParaParser()
    parser.caseSensitive = case_sensitive
    try:
        style, frags, bullet = parser.parse(markup, style)
    except Exception:  # noqa: BLE001 - see above
        return None
    if frags is None or bullet or any(getattr(f, "greek", 0) or hasattr(f, "cbDefn")
                                      for f in frags):
        return None
    stand_ins = [f for f in frags if getattr(f, "text", None) == STAND_IN]
    if len(stand_ins) != sum(1 for run in _TOKENS.split(markup)[::2] if run):
        return None
    for f in stand_ins:
        f._stand_in = True
    return markup, style, frags, bullet
