"""The questionnaires' answers, read when they are needed rather than when a file opens.

The answers are most of a large file (the large sample holds about 112,000), and nothing the
window shows on opening needs them. `Records.load_without_answers()` gives each questionnaire
its id and team with `core.model.NOT_LOADED` as its answers; `read_answers` reads them later,
on a read-only connection of its own (so a worker thread never shares the window's), and
`attach_answers` puts them in place. Answers never change once stored (a questionnaire is
added or deleted whole), so what was read once stays true for that questionnaire's id.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Collection, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from werkdrukdesk.core import model as m

# Answers per questionnaire id.
Answers = dict[int, dict[str, int]]

# SQLite gathers each questionnaire's answers into one JSON object (in the order they were
# stored), so Python handles one row per person instead of one per answer.
RESPONSES_QUERY = """
    SELECT r.id, r.team_id, (
        SELECT json_group_object(item_key, value) FROM (
            SELECT item_key, value FROM answers WHERE response_id = r.id ORDER BY rowid
        )
    )
    FROM responses AS r WHERE r.measurement_id = ? ORDER BY r.id
"""


class Cancelled(Exception):
    """The reading was called off (the file closes, the program quits)."""


def responses_of(conn: sqlite3.Connection, measurement_id: int) -> list[m.Response]:
    """The questionnaires of one measurement with their answers."""
    return [m.Response(team_id, json.loads(answers), response_id)
            for response_id, team_id, answers in conn.execute(RESPONSES_QUERY, [measurement_id])]


def read_answers(path: Path, measurement_ids: Iterable[int],
                 cancelled: Callable[[], bool] = lambda: False) -> Answers:
    """The answers of the measurements `measurement_ids`, in that order, on a connection of
    its own that only reads. Each measurement is read in one statement, so the file is
    locked against an edit's commit for that long only (a commit waits, it does not fail);
    nothing needs more: stored answers never change. Raises `Cancelled` as soon as
    `cancelled()` says so, and `sqlite3.Error` when the file cannot be read."""
    with _reading(path, cancelled) as conn:
        return answers_of(conn, measurement_ids, cancelled)


def read_in_background(path: Path, measurement_ids: Iterable[int], cycle_ids: Collection[int],
                       cancelled: Callable[[], bool] = lambda: False,
                       ) -> tuple[Answers, dict[int, m.Cycle]]:
    """What the window reads after it shows a file, on a connection of its own that only
    reads (see `read_answers`): the answers of the measurements `measurement_ids` first,
    then the older cycles `cycle_ids` that `Records.load_recent` left out, whole (their
    questionnaires without answers), and their answers among the others. Raises `Cancelled`
    when called off and `sqlite3.Error` when the file cannot be read."""
    from werkdrukdesk.storage.records.store import Records  # which imports this module

    with _reading(path, cancelled) as conn:
        found = answers_of(conn, measurement_ids, cancelled)
        records = Records(conn, read_only=True)
        cycles: dict[int, m.Cycle] = {}
        for cycle_id in sorted(cycle_ids, reverse=True):  # one at a time: quitting stops it
            if cancelled():
                raise Cancelled
            cycles.update(records.load_cycles({cycle_id}, answers=False))
        older = [m.stored_id(x) for c in cycles.values() for x in c.measurements]
        found.update(answers_of(conn, older, cancelled))
        return found, cycles


# SQLite asks `cancelled` every so many steps of its machine: often enough to stop within a
# millisecond, seldom enough to cost nothing measurable.
_ASK_EVERY_STEPS = 10_000


@contextmanager
def _reading(path: Path, cancelled: Callable[[], bool]) -> Iterator[sqlite3.Connection]:
    """A connection of its own that only reads, whose statements stop as soon as `cancelled()`
    says so (also one that starts after the call: an interrupt from another thread would be
    lost between two statements); that ends as `Cancelled`."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                           check_same_thread=False)
    conn.set_progress_handler(cancelled, _ASK_EVERY_STEPS)
    try:
        yield conn
    except sqlite3.OperationalError:
        if cancelled():  # stopped on purpose
            raise Cancelled from None
        raise
    finally:
        conn.close()


def fill_cycles(org: m.Organisation, found: dict[int, m.Cycle]) -> None:
    """Give each cycle of `org` still without its records (`Records.load_recent`) those of
    the same cycle in `found`; a cycle already filled in keeps what it has."""
    for cycle in org.cycles:
        whole = found.get(cycle.id) if cycle.id is not None else None
        if not cycle.loaded and whole is not None:
            for part in m.CYCLE_PARTS:
                setattr(cycle, part, getattr(whole, part))


def answers_of(conn: sqlite3.Connection, measurement_ids: Iterable[int],
               cancelled: Callable[[], bool] = lambda: False) -> Answers:
    """The answers of the measurements `measurement_ids` on an open connection."""
    found: Answers = {}
    for measurement_id in measurement_ids:
        if cancelled():
            raise Cancelled
        found.update((r.id, r.answers) for r in responses_of(conn, measurement_id)
                     if r.id is not None)
    return found


def in_memory(conn: sqlite3.Connection) -> bool:
    """The connection holds a copy in memory, not the file: an older file opened to read only
    is brought up to date in memory and left as it is, so its answers must be read from that
    copy (on the thread that owns it), not from the file."""
    return not conn.execute("PRAGMA database_list").fetchone()[2]


def measurements_to_load(org: m.Organisation, first: m.Cycle | None = None) -> list[int]:
    """The ids of the measurements with answers still to read: those of `first` (the cycle the
    window shows) before the others, newest cycle first."""
    cycles = sorted(_loaded_cycles(org), key=lambda c: (c is not first, -c.number))
    return [m.stored_id(x) for c in cycles for x in c.measurements if not x.answers_loaded()]


def attach_answers(org: m.Organisation, loaded: Answers) -> int:
    """Give every questionnaire still without answers those `loaded` holds for its id; the
    others keep what they have. Returns how many were filled in."""
    filled = 0
    for response in _responses(org):
        if not response.loaded and response.id in loaded:
            response.answers = loaded[response.id]
            filled += 1
    return filled


def loaded_answers(org: m.Organisation, except_measurements: Collection[int] = ()) -> Answers:
    """The answers already in memory, per questionnaire id, leaving out the measurements
    `except_measurements`. For a model read anew from the file (after an undo, say):
    `attach_answers(fresh, loaded_answers(before, changed))` keeps what was read, except for
    the measurements whose questionnaires changed."""
    return {r.id: r.answers for c in _loaded_cycles(org) for x in c.measurements
            if x.id not in except_measurements for r in x.responses
            if r.loaded and r.id is not None}


def all_loaded(org: m.Organisation) -> bool:
    """Every cycle is loaded (see `Records.load_recent`) and every questionnaire of every
    cycle has its answers in memory."""
    return all(c.loaded for c in org.cycles) and all(r.loaded for r in _responses(org))


def _responses(org: m.Organisation) -> Iterable[m.Response]:
    return (r for c in _loaded_cycles(org) for x in c.measurements for r in x.responses)


def _loaded_cycles(org: m.Organisation) -> list[m.Cycle]:
    """The cycles whose records are in memory: an older one may wait (`load_recent`), and
    its questionnaires with it."""
    return [c for c in org.cycles if c.loaded]
