"""The incident register in print: counts only, and only the counts `core.psa.incidents.summary`
returns (those that cannot point at a person). No single incident, date or description is ever
printed, whatever the register holds.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from werkdrukdesk.core import model as m
from werkdrukdesk.core.cycles import previous_cycle
from werkdrukdesk.core.labels import label
from werkdrukdesk.core.psa.incidents import CountRow, IncidentSummary, summary
from werkdrukdesk.reports import styles as s
from werkdrukdesk.reports.blocks import body, heading
from werkdrukdesk.reports.page import cycle_line
from werkdrukdesk.reports.psa.words import word
from werkdrukdesk.reports.tables import data_table, own
from werkdrukdesk.reports.text import DASH, escape, markup

COUNT_WIDTHS = (s.CONTENT_WIDTH - 90 * mm, 65 * mm, 25 * mm)
BEFORE_AFTER_WIDTHS = (s.CONTENT_WIDTH - 70 * mm, 35 * mm, 35 * mm)


def _kind(row: CountRow) -> str:
    return escape(label(row.kind) if row.kind is not None else word("all_kinds"))


def strand_counts(org: m.Organisation, cycle: m.Cycle, strand: m.Strand) -> list[Flowable]:
    """A strand's shown counts of this cycle, under a small heading."""
    found = summary(org, cycle)
    rows = [r for r in found.rows if r.strand == strand]
    out: list[Flowable] = [heading(word("incidents_heading"), 2),
                           body(escape(word("incidents_intro")))]
    if rows:
        table_rows = [[own(markup(r.group) if r.group else escape(word("whole_organisation"))),
                       own(_kind(r)), own(str(r.count))] for r in rows]
        header = [escape(word(k)) for k in ("group", "kind", "count")]
        out.append(data_table(header, table_rows, COUNT_WIDTHS))
    if found.withheld:
        out.append(body(escape(word("withheld"))))
    elif not rows:
        out.append(body(escape(word("no_incidents"))))
    return out


def _organisation_counts(found: IncidentSummary, strand: m.Strand) -> dict[m.IncidentKind, int]:
    return {r.kind: r.count for r in found.rows
            if r.strand == strand and not r.group and r.kind is not None}


def _shown(found: IncidentSummary | None, counts: dict[m.IncidentKind, int],
           kind: m.IncidentKind | None, blank: str) -> str:
    """A cell: the count; 0 where a complete summary lists none; 'not shown' where the summary
    held counts back (an absent count may then be withheld, not zero); `blank` where there is
    nothing to count from (no previous cycle, or a cycle without a single registration: the
    register may not have been kept then, so a 0 would claim too much)."""
    if found is None:
        return blank
    if kind is None:  # the strand's total
        return escape(word("not_shown")) if found.withheld else str(sum(counts.values()))
    if kind in counts:
        return str(counts[kind])
    return escape(word("not_shown")) if found.withheld else "0"


def _column(org: m.Organisation, cycle: m.Cycle | None) -> tuple[IncidentSummary | None, str]:
    """A cycle's summary and what its cells say without one."""
    if cycle is None:
        return None, escape(word("no_previous"))
    if not cycle.incidents:
        return None, escape(DASH)
    return summary(org, cycle), ""


def before_and_after(org: m.Organisation, cycle: m.Cycle,
                     strands: tuple[m.Strand, ...]) -> list[Flowable]:
    """The shown counts of the previous cycle beside this one's, per strand and kind."""
    earlier = previous_cycle(org, cycle)
    before, blank_before = _column(org, earlier)
    after, blank_after = _column(org, cycle)
    bold = s.styles().cell_bold
    rows: list[list[Flowable | str]] = []
    groups: list[int] = []
    for strand in strands:
        counts_before = _organisation_counts(before, strand) if before else {}
        counts_after = _organisation_counts(after, strand) if after else {}
        kinds = [k for k in m.IncidentKind if k in counts_before or k in counts_after]
        groups.append(len(rows) + 1)
        rows.append([own(escape(label(strand).capitalize()), bold),
                     own(_shown(before, counts_before, None, blank_before), bold),
                     own(_shown(after, counts_after, None, blank_after), bold)])
        rows += [[own(escape(label(k))), own(_shown(before, counts_before, k, blank_before)),
                  own(_shown(after, counts_after, k, blank_after))] for k in kinds]
    previous = (escape(cycle_line(earlier)) if earlier is not None
                else escape(word("previous_cycle")))
    header = ["", previous, escape(cycle_line(cycle))]
    commands = [("BACKGROUND", (0, row), (-1, row), s.SHADE) for row in groups]
    table = data_table(header, rows, BEFORE_AFTER_WIDTHS, commands, sticky_rows=groups)
    out = [body(escape(word("before_after_intro"))), table, Spacer(1, 2 * mm)]
    for one in (earlier, cycle):
        if one is not None and not one.incidents:
            out.append(body(escape(word("none_registered", cycle=cycle_line(one)))))
    if any(x is not None and x.withheld for x in (before, after)):
        out.append(body(escape(word("withheld"))))
    return out
