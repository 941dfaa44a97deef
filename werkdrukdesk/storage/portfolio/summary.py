"""What the portfolio shows of a file, kept in the file itself, so a listing reads one row.

Judging a file in full (opening it, checking every page, loading every record, running every
readiness check) takes tens of milliseconds; an adviser's folder of 200 clients took seconds
at the first listing of each day. So the program that writes a file also leaves in it the row
the portfolio shows (the table `portfolio_summary`, migration 0009), and the portfolio takes
that row over instead of judging the file, but only when all of this holds:

- the row is still there: triggers in the file (`migrations.guard_summary`) delete it in the
  same transaction as any insert, change or delete of any other row, by this program or any
  other, so the row describes exactly what the file holds. (Undo puts back rows as they were,
  the summary too: a summary that comes back describes the content that comes back with it.)
- the layout is the one it was judged with (`PRAGMA schema_version`, which SQLite moves with
  every change of a table or trigger, including dropping the triggers above);
- the same program judged it (version and digest, `remembered.program`): a changed check never
  shows an old verdict;
- today lies between the day it was judged and the last day its counts hold
  (`core.readiness.validity.holds_until`, worked out by judging the file on every day a verdict
  could turn). Overdue measures and the next term are worked out for today from the stored
  terms of the open measures, with the same functions as for a file judged in full.

The row is written when a file is written whole (`file.write_new_file`) and when a file that
was changed is closed (`WerkdrukFile.close`): the edits themselves stay as fast as they were,
and a file open in a window, or whose program stopped without closing it, simply has no row
and is judged in full. Anything else odd about the row counts as no row.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import sqlite_utils

from werkdrukdesk.core import model as m
from werkdrukdesk.core.cycles import current_cycle
from werkdrukdesk.core.readiness.validity import counts, holds_until
from werkdrukdesk.storage.guard import SQLITE_HEADER
from werkdrukdesk.storage.migrations import SUMMARY
from werkdrukdesk.storage.portfolio import remembered
from werkdrukdesk.storage.records import Records

_log = logging.getLogger(__name__)
HEADER_SIZE = 100  # SQLite's database header
_COLUMNS = ("program", "schema_version", "judged_on", "holds_until", "organisation", "cycle",
            "checks", "open_checks", "terms")


@dataclass(frozen=True)
class Summary:
    """The part of a portfolio row that comes from judging the file."""

    organisation: str
    cycle: int
    checks: int
    open_checks: int
    terms: tuple[date, ...]  # the terms of the current cycle's open measures

    def measures(self) -> list[m.Measure]:
        """The open measures with a term, as far as the portfolio needs them: their terms."""
        return [m.Measure(title="", deadline=term) for term in self.terms]


def judge(org: m.Organisation, today: date) -> Summary:
    cycle = current_cycle(org)
    checks, open_checks = counts(org, cycle, today)
    terms = tuple(sorted(x.deadline for x in cycle.measures if x.is_open and x.deadline))
    return Summary(org.profile.name, cycle.number, checks, open_checks, terms)


def write(db: sqlite_utils.Database, today: date) -> None:
    """Judge what the file holds now and keep it as its summary, in one transaction; a file
    without the summary's table (an older layout) is left as it is. Never fails the caller:
    without a summary the portfolio judges the file in full."""
    try:
        if SUMMARY not in db.table_names():
            return
        with db.atomic():
            org = Records(db, read_only=True).load_without_answers()
            summary = judge(org, today)
            until = holds_until(org, current_cycle(org), today)
            schema = db.execute("PRAGMA schema_version").fetchone()[0]
            db.execute(f"DELETE FROM {SUMMARY}")
            db.execute(
                f"INSERT INTO {SUMMARY} (id, {', '.join(_COLUMNS)}) "
                f"VALUES (1, {', '.join('?' * len(_COLUMNS))})",
                [remembered.program(), schema, today.isoformat(), until.isoformat(),
                 summary.organisation, summary.cycle, summary.checks, summary.open_checks,
                 json.dumps([t.isoformat() for t in summary.terms])])
    except Exception:  # noqa: BLE001 - the summary only spares work; it may never cost any
        _log.exception("The portfolio's summary could not be written")


def whole(path: Path) -> bool:
    """Whether the file starts as an SQLite database and is as long as its header says: a file
    cut short (a copy or synchronisation that stopped halfway) is judged in full, which says
    it is damaged. Only what SQLite keeps in its header is checked, not the pages themselves."""
    try:
        with open(path, "rb") as handle:
            header = handle.read(HEADER_SIZE)
            size = os.fstat(handle.fileno()).st_size
    except OSError:
        return False
    if len(header) != HEADER_SIZE or header[:len(SQLITE_HEADER)] != SQLITE_HEADER:
        return False
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    # The page count is valid only when written by the version that last changed the file.
    return header[24:28] == header[92:96] and pages > 0 and page_size * pages == size


def read(db: sqlite_utils.Database, today: date) -> Summary | None:
    """The file's summary when it may be shown for `today`, else None (judge in full)."""
    try:
        row = db.execute(f"SELECT {', '.join(_COLUMNS)} FROM {SUMMARY}").fetchall()
        schema = db.execute("PRAGMA schema_version").fetchone()[0]
    except sqlite3.Error:  # no such table (an older file), or it cannot be read
        return None
    if len(row) != 1:
        return None
    try:
        return _trusted(row[0], schema, today)
    except (TypeError, ValueError):  # not what this program writes
        return None


def _trusted(row: tuple[object, ...], schema: int, today: date) -> Summary | None:
    program, stored_schema, judged_on, until, organisation, cycle, checks, open_checks, \
        terms = row
    if program != remembered.program() or stored_schema != schema \
            or not isinstance(judged_on, str) or not isinstance(until, str) \
            or not date.fromisoformat(judged_on) <= today <= date.fromisoformat(until):
        return None
    numbers = (cycle, checks, open_checks)
    if not isinstance(organisation, str) or not isinstance(terms, str) \
            or not all(type(n) is int for n in numbers):
        return None
    days = json.loads(terms)
    if not isinstance(days, list) or not all(isinstance(d, str) for d in days):
        return None
    return Summary(organisation, cycle, checks, open_checks,  # type: ignore[arg-type]
                   tuple(date.fromisoformat(d) for d in days))
