"""The plan's measures grouped per strand of PSA in scope, werkdruk first: which measures serve
which part of the policy (`core.plan.listing.measure_strands`). Printed only when the file covers
more than werkdruk; a measure that serves two strands stands under both."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from werkdrukdesk.core import model as m
from werkdrukdesk.core.dates import format_date
from werkdrukdesk.core.labels import label
from werkdrukdesk.core.plan.listing import measure_strands
from werkdrukdesk.reports import styles as s
from werkdrukdesk.reports.blocks import body, heading
from werkdrukdesk.reports.psa.words import word
from werkdrukdesk.reports.tables import cell, data_table, own
from werkdrukdesk.reports.text import escape
from werkdrukdesk.reports.words import word as report_word

WIDTHS = (12 * mm, s.CONTENT_WIDTH - 72 * mm, 23 * mm, 37 * mm)


def per_strand(org: m.Organisation, measures: list[m.Measure],
               tag: Callable[[m.Measure], str]) -> list[Flowable]:
    """`measures` in plan order, `tag` their number ('M3'); nothing for werkdruk only."""
    if len(org.strands) < 2 or not measures:
        return []
    bold = s.styles().cell_bold
    rows: list[list[Flowable | str]] = []
    groups: list[int] = []
    for strand in org.strands:
        group = [x for x in measures if strand in measure_strands(x, org.sources)]
        groups.append(len(rows) + 1)  # the header is row 0
        rows.append([own(escape(label(strand).capitalize()), bold), "", "", ""])
        if not group:
            rows.append(["", own(escape(word("no_measures"))), "", ""])
        rows += [[own(escape(tag(x)), bold), cell(x.title), cell(format_date(x.deadline)),
                  own(escape(label(x.status)))] for x in group]
    commands = [c for row in groups for c in (("SPAN", (0, row), (-1, row)),
                                              ("BACKGROUND", (0, row), (-1, row), s.SHADE))]
    header = [escape(report_word("number")), escape(word("measure")),
              escape(word("deadline")), escape(word("status"))]
    return [heading(word("per_strand_heading"), 2), body(escape(word("per_strand_intro"))),
            data_table(header, rows, WIDTHS, commands, sticky_rows=groups)]
