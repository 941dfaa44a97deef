"""Small pieces the parts of the dossier share: section headings that note their page (for the
table of contents), team names with their particulars, and muted detail lines."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph

from werkdrukdesk.core import model as m
from werkdrukdesk.reports import styles as s
from werkdrukdesk.reports.blocks import heading
from werkdrukdesk.reports.dossier.words import word
from werkdrukdesk.reports.tables import make_table, own
from werkdrukdesk.reports.text import escape, markup

Marks = dict[int, int]  # section number -> page it starts on


class PageMark(Flowable):
    """Takes no room; notes the page it lands on, for the contents' `PageNumber`. Place it
    after a CondPageBreak, right before the section heading."""

    def __init__(self, section: int, marks: Marks) -> None:
        super().__init__()
        self.section, self.marks = section, marks

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.marks.setdefault(self.section, self.canv.getPageNumber())


class PageNumber(Flowable):
    """'pagina 5' in the table of contents: the page a section starts on, as `PageMark` notes
    it. It takes the room of its line while the document is laid out, and is written in when
    the document is saved, once every section has found its page: one layout pass, not two.
    (On a canvas that cannot wait, it writes what is known so far.)"""

    SAMPLE_PAGE = 999  # the room reserved: the widest number a dossier could need

    def __init__(self, section: int, marks: Marks, style: ParagraphStyle) -> None:
        super().__init__()
        self.section, self.marks, self.style = section, marks, style

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = self._text(self.SAMPLE_PAGE).wrap(availWidth, availHeight)[1]
        return self.width, self.height

    def draw(self) -> None:
        later = getattr(self.canv, "later", None)
        if later is None:
            self._write(self.canv)
        else:
            later(self._write)

    def _write(self, canvas: Canvas) -> None:
        page = self.marks.get(self.section)
        if not page:
            return
        text = self._text(page)
        height = text.wrap(self.width, self.height)[1]
        if height != self.height:  # top-aligned, as the cell's other text
            canvas.translate(0, self.height - height)
        text.canv = canvas
        text.draw()
        del text.canv

    def _text(self, page: int) -> Paragraph:
        return Paragraph(escape(word("page", page=page)), self.style)


def section_head(number: int, marks: Marks, title: str | None = None) -> list[Flowable]:
    """A numbered section heading with its page noted; `title` for a section whose number
    depends on the file (the strands of PSA in scope), else the number's own title."""
    return [PageMark(number, marks), heading(f"{number}. {title or word(f's{number}')}")]


def section_start(number: int, marks: Marks, room: float = 70 * mm,
                  title: str | None = None) -> list[Flowable]:
    """A numbered section heading on a page with `room` left below it, its page noted."""
    return [CondPageBreak(room), *section_head(number, marks, title)]


def keep_together(flowables: list[Flowable], room: float = 45 * mm) -> list[Flowable]:
    """Headings with the table after them: on one page when they fit on one (a short table
    refuses to leave a row or two behind, so a heading would stay alone at the foot of a
    page); a long table starts right away, with `room` left, and splits."""
    height = sum(f.wrap(s.CONTENT_WIDTH, s.CONTENT_HEIGHT)[1] + f.getSpaceBefore()
                 + f.getSpaceAfter() for f in flowables)
    if height <= s.CONTENT_HEIGHT * 0.9:
        return [KeepTogether(flowables)]
    return [CondPageBreak(room), *flowables]


def marked(number: int, marks: Marks, flowables: list[Flowable]) -> list[Flowable]:
    """A section another module built (its heading first, maybe after a CondPageBreak),
    with the page mark slipped in just before the heading."""
    at = 1 if flowables and isinstance(flowables[0], CondPageBreak) else 0
    return [*flowables[:at], PageMark(number, marks), *flowables[at:]]


def detail(markup_text: str) -> str:
    """A smaller, muted second line under a cell's main text."""
    return f'<br/><font size="7.5" color="{s.hex_of(s.MUTED)}">{markup_text}</font>'


def team_title(team: m.Team) -> str:
    """'<b>Name</b>' with headcount and hybrid work on a muted line below."""
    details = [word("team_details", count=team.headcount)] if team.headcount else []
    if team.hybrid:
        details.append(word("works_hybrid"))
    text = f"<b>{markup(team.name)}</b>"
    return text + detail(escape(" · ".join(details))) if details else text


def team_names(cycle: m.Cycle) -> dict[int | None, str]:
    """Team id -> name as markup; None is the whole organisation."""
    names: dict[int | None, str] = {t.id: markup(t.name) for t in cycle.teams}
    names[None] = escape(word("whole_organisation"))
    return names


def boxed(markup_text: str) -> Flowable:
    """A short statement on a tinted band across the page."""
    box = [("BACKGROUND", (0, 0), (-1, -1), s.TINT), ("TOPPADDING", (0, 0), (-1, -1), 6),
           ("BOTTOMPADDING", (0, 0), (-1, -1), 7), ("LEFTPADDING", (0, 0), (-1, -1), 8)]
    return make_table([[own(markup_text, s.styles().cell_bold)]], [s.CONTENT_WIDTH], box,
                      header_rows=0, ruled=False)
