"""What the portfolio shows of a file, kept in the file itself, so a listing reads one row.

Judging a file in full (opening it, checking every page, loading every record, running every
readiness check) takes tens of milliseconds; an adviser's folder of 200 clients took seconds
at the first listing of each day. So the program that writes a file also leaves in it the row
the portfolio shows (the table `portfolio_summary`, migration 0009), and the portfolio takes
that row over instead of judging the file, but only when all of this holds:

- nothing was written to the file since: the row names SQLite's file change counter (bytes
  24-27 of the header) as its own commit leaves it, and SQLite moves that counter with every
  transaction that changes the file in the rollback journal these files use (bytes 18 and 19
  say so), whichever program writes; a file in WAL mode, or with a `-journal` or `-wal` file
  beside it, is judged in full (the same evidence `remembered` and SQLite's own cache use);
- the file is as long as its header says, and its layout is the one it was judged with
  (`PRAGMA schema_version`);
- the same program judged it (version and digest, `remembered.program`): a changed check never
  shows an old verdict;
- today lies between the day it was judged and the last day its counts hold
  (`core.readiness.validity.holds_until`, worked out by judging the file on every day a verdict
  could turn). Overdue measures and the next term are worked out for today from the stored
  terms of the open measures, with the same functions as for a file judged in full.

The row is written when a file is written whole (`file.write_new_file`) and when a file that
was changed is closed (`WerkdrukFile.close`), through a connection of its own once the file's
own is closed: the edits themselves stay as fast as they were, and a file open in a window, or
whose program stopped without closing it, has no row that holds and is judged in full. Undo is
a write like any other. Anything else odd about the row counts as no row.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from werkdrukdesk.core import model as m
from werkdrukdesk.core.cycles import current_cycle
from werkdrukdesk.core.readiness.validity import counts, holds_until
from werkdrukdesk.storage import migrations
from werkdrukdesk.storage.guard import SQLITE_HEADER
from werkdrukdesk.storage.migrations import SUMMARY
from werkdrukdesk.storage.portfolio import remembered
from werkdrukdesk.storage.records import Records

_log = logging.getLogger(__name__)
_COUNTER_WRAPS = 2 ** 32
_COLUMNS = ("change_counter", "program", "schema_version", "judged_on", "holds_until",
            "organisation", "cycle", "checks", "open_checks", "terms")


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


def change_counter(path: Path) -> int | None:
    """SQLite's file change counter of `path`, when the file is whole and at rest: it starts
    as an SQLite file, is as long as its header says, uses the rollback journal and has no
    `-journal` or `-wal` beside it. None otherwise: judge it in full (a file cut short then
    shows as damaged). Only the header is read, not the pages.

    Never call it while this process has a connection to `path` open: closing another handle
    of a file drops the process's POSIX locks on it, SQLite's included."""
    found = remembered.header_at_rest(path)
    if found is None:
        return None
    header, size = found
    if header[:len(SQLITE_HEADER)] != SQLITE_HEADER:
        return None
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    # The page count is valid only when written by the version that last changed the file.
    if header[24:28] != header[92:96] or pages == 0 or page_size * pages != size:
        return None
    return int.from_bytes(header[24:28], "big")


def write(path: Path, today: date) -> None:
    """Judge what the file at `path` holds now and keep it as its summary, through a connection
    of its own; no other connection of this process to it may be open (`change_counter`). A
    file without the summary's table (an older layout) is left as it is. Never fails the
    caller: without a summary the portfolio judges the file in full."""
    try:
        before = change_counter(path)
        if before is None:
            return
        records = Records(sqlite3.connect(path), read_only=True)
        try:
            records.conn.execute("PRAGMA synchronous = FULL")  # as every write of the program
            if migrations.has_table(records.conn, SUMMARY):
                _write(records, today, (before + 1) % _COUNTER_WRAPS)
        finally:
            records.conn.close()
    except Exception:  # noqa: BLE001 - the summary only spares work; it may never cost any
        _log.exception("The portfolio's summary could not be written")


def _write(records: Records, today: date, counter: int) -> None:
    # `counter` is what this one commit leaves in the header: if anything else committed
    # after the counter was read, the counter ends higher and the row never holds. Read and
    # written in one transaction (sqlite-utils'), the records only read.
    db = records.db
    with db.atomic():
        org = records.load_without_answers()
        summary = judge(org, today)
        until = holds_until(org, current_cycle(org), today)
        schema = db.execute("PRAGMA schema_version").fetchone()[0]
        db.execute(f"DELETE FROM {SUMMARY}")
        db.execute(
            f"INSERT INTO {SUMMARY} (id, {', '.join(_COLUMNS)}) "
            f"VALUES (1, {', '.join('?' * len(_COLUMNS))})",
            [counter, remembered.program(), schema, today.isoformat(), until.isoformat(),
             summary.organisation, summary.cycle, summary.checks, summary.open_checks,
             json.dumps([t.isoformat() for t in summary.terms])])


def read(db: sqlite3.Connection, today: date, counter: int) -> Summary | None:
    """The file's summary when it may be shown for `today`, else None (judge in full);
    `counter` is the file's change counter, read before `db` was opened."""
    try:
        row = db.execute(f"SELECT {', '.join(_COLUMNS)} FROM {SUMMARY}").fetchall()
        schema = db.execute("PRAGMA schema_version").fetchone()[0]
    except sqlite3.Error:  # no such table (an older file), or it cannot be read
        return None
    if len(row) != 1:
        return None
    try:
        return _trusted(row[0], counter, schema, today)
    except (TypeError, ValueError):  # not what this program writes
        return None


def _trusted(row: tuple[object, ...], counter: int, schema: int, today: date
             ) -> Summary | None:
    stored_counter, program, stored_schema, judged_on, until, organisation, cycle, checks, \
        open_checks, terms = row
    if stored_counter != counter or program != remembered.program() \
            or stored_schema != schema \
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
