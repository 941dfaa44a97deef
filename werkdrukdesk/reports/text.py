"""User text on its way into a PDF: cleaned, escaped, never lost and never too wide.

Everything a user typed reaches ReportLab through `markup` (for Paragraphs) or `one_line`
(for text drawn straight on the canvas), so '&', '<' and '>' print as themselves and can never
be read as markup. Words longer than a column are split by the Paragraph styles themselves
(`splitLongWords`, set in `styles`), so no extra break characters end up in the text.
"""

from __future__ import annotations

import unicodedata

from reportlab.pdfbase.pdfmetrics import stringWidth

from werkdrukdesk.reports.fonts import drawable

DASH = "—"  # what an empty field shows, so a blank is visibly blank and not forgotten
ELLIPSIS = "…"
REPLACEMENT = "\ufffd"  # printed for a character the font has no glyph for

# Line and paragraph separators of every kind become a plain line break.
_LINE_BREAKS = {"\r\n": "\n", "\r": "\n", "\u2028": "\n", "\u2029": "\n", "\x85": "\n",
                "\x0b": "\n", "\x0c": "\n"}


def escape(text: str) -> str:
    """The three characters Paragraph markup gives a meaning, made literal."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def printable(text: str | None) -> str:
    """The text as the font can print it.

    Line breaks of every kind become '\\n' and tabs spaces; control characters and lone
    surrogates (which cannot be written to a PDF at all) are dropped, as are invisible
    format characters the font lacks; any other character without a glyph prints as '\ufffd'
    rather than as an empty box, so the reader sees that something was there.
    """
    if not text:
        return ""
    for old, new in _LINE_BREAKS.items():
        text = text.replace(old, new)
    text = text.replace("\t", " ")
    glyphs = drawable()
    if text.isascii() and text.isprintable():
        return text  # the common case, without looking at every character
    return "".join(_printable_char(char, glyphs) for char in text)


def _printable_char(char: str, glyphs: frozenset[int]) -> str:
    if char == "\n":
        return char
    category = unicodedata.category(char)
    if category in ("Cc", "Cs"):
        return ""
    if ord(char) in glyphs:
        return char
    if char.isspace():
        return " "
    return "" if category == "Cf" else REPLACEMENT


def markup(text: str | None, empty: str = DASH) -> str:
    """User text ready for a Paragraph: printable, escaped, its line breaks kept (runs of
    empty lines shortened to one). Blank text shows `empty` (a dash by default)."""
    cleaned = printable(text).strip()
    if not cleaned:
        return escape(empty)
    lines = [line.strip() for line in cleaned.split("\n")]
    # Keep one empty line between paragraphs, never more: a slip of the Enter key must not
    # turn into pages of nothing.
    kept = [line for n, line in enumerate(lines) if line or lines[n - 1]]
    return "<br/>".join(escape(line) for line in kept)


def one_line(text: str | None, font: str, size: float, width: float) -> str:
    """Plain text for the canvas on one line of at most `width` points, shortened with '…'
    when it does not fit (only running heads are drawn this way; the body prints in full)."""
    flat = " ".join(printable(text).split())
    if stringWidth(flat, font, size) <= width:
        return flat
    low, high = 0, len(flat)  # the longest prefix that fits together with the ellipsis
    while low < high:
        middle = (low + high + 1) // 2
        if stringWidth(flat[:middle] + ELLIPSIS, font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return flat[:low].rstrip() + ELLIPSIS


def plain(text: str | None) -> str:
    """Printable text on one line, for PDF metadata."""
    return " ".join(printable(text).split())
