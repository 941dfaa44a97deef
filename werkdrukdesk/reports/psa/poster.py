"""The sheet for the canteen wall: on one page, large and friendly, the heart of the code of
conduct, how to reach the vertrouwenspersoon, how to report an incident and what happens after
one, with the organisation's name and the date it was printed.

Where something is not filled in yet the sheet leaves a ruled line to write it in by hand: a
blank on the wall is better than a claim that is not true, and better than a gap nobody sees.
A werkdruk-only file has no such arrangements; asking its sheet is a WerkdrukError.
"""

from __future__ import annotations

from datetime import date

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, HRFlowable, KeepInFrame, Paragraph, Spacer

from werkdrukdesk.core import model as m
from werkdrukdesk.core.dates import format_date
from werkdrukdesk.core.errors import WerkdrukError
from werkdrukdesk.reports import styles as s
from werkdrukdesk.reports.fonts import BOLD, REGULAR, register_fonts
from werkdrukdesk.reports.page import page_info, render
from werkdrukdesk.reports.paragraphs import one_build
from werkdrukdesk.reports.psa.words import phrase, word
from werkdrukdesk.reports.tables import make_table, own
from werkdrukdesk.reports.text import escape, markup

LABEL_WIDTH = 48 * mm
BLANK_HEIGHT = 10 * mm  # room to write a phone number or a name by hand


class _Styles:
    def __init__(self) -> None:
        register_fonts()  # before a style names them
        self.title = ParagraphStyle("poster_title", fontName=BOLD, fontSize=30, leading=36,
                                    textColor=s.ACCENT, spaceAfter=2)
        self.organisation = ParagraphStyle("poster_org", fontName=BOLD, fontSize=15,
                                           leading=20, textColor=s.INK)
        self.heading = ParagraphStyle("poster_heading", fontName=BOLD, fontSize=19,
                                      leading=24, textColor=s.ACCENT, spaceBefore=10,
                                      spaceAfter=6)
        self.text = ParagraphStyle("poster_text", fontName=REGULAR, fontSize=15, leading=21,
                                   textColor=s.INK, spaceAfter=4, splitLongWords=1)
        self.label = ParagraphStyle("poster_label", fontName=BOLD, fontSize=12, leading=21,
                                    textColor=s.MUTED)
        self.value = ParagraphStyle("poster_value", parent=self.text, spaceAfter=0)
        self.foot = ParagraphStyle("poster_foot", fontName=REGULAR, fontSize=10, leading=13,
                                   textColor=s.MUTED)


@one_build()
def build(org: m.Organisation, cycle: m.Cycle, *, printed_on: date,
          **options: object) -> bytes:
    """The sheet as PDF bytes (one page; very long texts are shrunk to fit it)."""
    if m.Strand.UNWANTED not in org.strands:
        raise WerkdrukError(word("poster_only_whole"))
    st = _Styles()
    policy = org.psa_policy
    story: list[Flowable] = [
        Paragraph(escape(word("poster_title")), st.title),
        Paragraph(markup(org.profile.name), st.organisation),
        HRFlowable(width="100%", thickness=2, color=s.ACCENT, spaceBefore=4, spaceAfter=4),
        *_section(st, "poster_code", _text_or_blank(st, policy.code.core_text, lines=3)),
        *_section(st, "poster_adviser", [
            _facts(st, [(word("poster_name"), policy.adviser.name),
                        (word("poster_reach"), policy.adviser.how_to_reach)]),
            Spacer(1, 2 * mm), Paragraph(escape(word("poster_adviser_note")), st.text)]),
        *_section(st, "poster_report",
                  _text_or_blank(st, policy.reporting.how_to_report, lines=2)),
        *_section(st, "poster_after", [_facts(st, _aftercare(policy.aftercare))]),
        Spacer(1, 5 * mm),
        Paragraph(phrase("poster_foot", organisation=markup(org.profile.name),
                         date=escape(format_date(printed_on))), st.foot),
    ]
    title = word("poster_title")
    # One page whatever was typed: a sheet for the wall must not run onto a second one.
    fitted = KeepInFrame(s.CONTENT_WIDTH, s.CONTENT_HEIGHT, story, mode="shrink")
    return render(page_info(title, org, cycle, printed_on), [fitted])


# A blank row: room to write above its line, and no text line of its own.
_BLANK_ROW = [("TOPPADDING", (0, 0), (-1, -1), BLANK_HEIGHT), ("FONTSIZE", (0, 0), (-1, -1), 1),
              ("LEADING", (0, 0), (-1, -1), 1)]


def _section(st: _Styles, key: str, content: list[Flowable]) -> list[Flowable]:
    return [Paragraph(escape(word(key)), st.heading), *content]


def _aftercare(care: m.Aftercare) -> list[tuple[str, str]]:
    hours = (word("poster_hours", hours=care.within_hours)
             if care.within_hours is not None else "")
    return [(word("poster_who"), care.who), (word("poster_within"), hours),
            (word("poster_referral"), care.referral)]


def _text_or_blank(st: _Styles, text: str, lines: int) -> list[Flowable]:
    if text.strip():
        return [Paragraph(markup(text), st.text)]
    note = Paragraph(f'<font color="{s.hex_of(s.MUTED)}" size="11">'
                     f'{escape(word("poster_fill_in"))}</font>', st.text)
    ruled = make_table([[""] for _ in range(lines)], [s.CONTENT_WIDTH],
                       [("LINEBELOW", (0, 0), (-1, -1), 0.8, s.MUTED), *_BLANK_ROW],
                       header_rows=0, ruled=False)
    return [note, ruled]


def _facts(st: _Styles, facts: list[tuple[str, str]]) -> Flowable:
    """Label and value; an empty value is a line to fill in by hand."""
    rows, commands = [], [("VALIGN", (0, 0), (-1, -1), "TOP"),
                          ("LEFTPADDING", (0, 0), (0, -1), 0),
                          ("TOPPADDING", (0, 0), (-1, -1), 4),
                          ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
    for n, (name, value) in enumerate(facts):
        if value.strip():
            rows.append([own(escape(name), st.label), own(markup(value), st.value)])
        else:
            rows.append([own(escape(name), st.label), ""])
            commands += [("LINEBELOW", (1, n), (1, n), 0.8, s.MUTED),
                         ("VALIGN", (0, n), (-1, n), "BOTTOM"),  # the label on the line
                         ("TOPPADDING", (1, n), (1, n), BLANK_HEIGHT),
                         ("FONTSIZE", (1, n), (1, n), 1), ("LEADING", (1, n), (1, n), 1)]
    return make_table(rows, [LABEL_WIDTH, s.CONTENT_WIDTH - LABEL_WIDTH], commands,
                      header_rows=0, ruled=False)
