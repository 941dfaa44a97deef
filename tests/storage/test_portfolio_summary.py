"""The summary a program leaves in a file for the portfolio: written with every file it
writes and when a changed file closes, no longer held after any write (by this program or
another, undo and redo included), and trusted by the portfolio only under the conditions it
was written for."""

import json
import shutil
import sqlite3
from datetime import date, timedelta

import pytest

from tests.pinned import PINNED_DAY
from werkdrukdesk.core import model as m
from werkdrukdesk.core.cycles import current_cycle
from werkdrukdesk.core.readiness.validity import counts
from werkdrukdesk.demo.build import build_demo
from werkdrukdesk.storage import open_file
from werkdrukdesk.storage.file import write_new_file
from werkdrukdesk.storage.history import History
from werkdrukdesk.storage.portfolio import list_folders, listing, remembered, summary

FORGED = 999  # a count no judging gives: seen in a row, the summary was trusted


@pytest.fixture(scope="module")
def samples(tmp_path_factory):
    folder = tmp_path_factory.mktemp("samples")
    for size in ("small", "large"):
        write_new_file(folder / f"{size}.werkdruk", build_demo(size, today=PINNED_DAY),
                       today=PINNED_DAY).close()
    return folder


@pytest.fixture
def small(tmp_path, samples):
    path = tmp_path / "klant.werkdruk"
    shutil.copyfile(samples / "small.werkdruk", path)
    return path


def stored(path) -> list[tuple]:
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT judged_on, holds_until, organisation, cycle, checks, "
                            "open_checks, terms FROM portfolio_summary").fetchall()
    conn.close()
    return rows


FORGE = ("UPDATE portfolio_summary SET open_checks = 999, checks = 999, "
         "change_counter = change_counter + 1")  # the counter this very commit leaves


def forge(path, sql=FORGE):
    """Change the file with another program."""
    with sqlite3.connect(path) as conn:
        conn.execute(sql)
    conn.close()


def trusted(path, today=PINNED_DAY) -> bool:
    return listing._summarised(path, today, listing.PortfolioRow(path), []) is not None


def row(path, today=PINNED_DAY, with_deadlines=False):
    remembered.memory_file().unlink(missing_ok=True)  # never the day's memory here
    found = list_folders([path.parent], today, with_deadlines=with_deadlines)
    return next(r for r in found if r.path.name == path.name)


def test_a_file_of_the_version_before_gets_its_summary_once_brought_up_to_date(small, tmp_path):
    older = tmp_path / "ouder.werkdruk"
    shutil.copyfile(small, older)
    with sqlite3.connect(older) as conn:  # as a file of version 0008 would be
        conn.execute("DROP TABLE portfolio_summary")
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = '0009_portfolio_summary'")
    conn.close()
    assert not trusted(older)
    with open_file(older, today=PINNED_DAY):
        pass  # brought up to date, which is a write: closing judges it
    assert trusted(older)
    assert stored(older)[0] == stored(small)[0]


def test_a_new_file_holds_what_judging_it_in_full_gives(samples):
    for path in samples.glob("*.werkdruk"):
        quick = row(path)
        forge_free = listing.read_row(path, PINNED_DAY)
        for name in ("organisation", "cycle", "checks", "open_checks", "overdue",
                     "next_deadline", "states"):
            assert getattr(quick, name) == getattr(forge_free, name), name
        judged_on, until, *_ = stored(path)[0]
        assert judged_on == PINNED_DAY.isoformat() and date.fromisoformat(until) > PINNED_DAY


def test_every_day_the_summary_holds_judging_in_full_agrees(samples):
    """The counts kept are what `readiness()` gives on every day from the day judged through
    the last day they are said to hold; terms give overdue and next deadline for any day."""
    for path in samples.glob("*.werkdruk"):
        with open_file(path, read_only=True) as file:
            org = file.load_without_answers()
        cycle = current_cycle(org)
        judged_on, until, _, _, checks, open_checks, _ = stored(path)[0]
        day, last = date.fromisoformat(judged_on), date.fromisoformat(until)
        assert last < date.max and (last - day).days >= 7
        while day <= last:
            assert counts(org, cycle, day) == (checks, open_checks), day
            full, quick = listing.read_row(path, day), row(path, day)
            assert (quick.overdue, quick.next_deadline) == (full.overdue, full.next_deadline)
            day += timedelta(days=1)


def test_after_any_write_it_no_longer_holds(small):
    assert trusted(small)
    with open_file(small) as file:  # opened without a day: nothing is judged on closing
        org = file.load()
        measure = current_cycle(org).measures[0]
        measure.title = "Ayşe Yılmaz plant het rooster, R&D <Noord>"
        file.save(measure)
        # Committed with the edit; read only while no connection of this process is open.
    assert not trusted(small)
    assert row(small).checks == listing.read_row(small, PINNED_DAY).checks


def test_a_write_by_another_program_ends_it(small):
    forge(small, "UPDATE organisation SET name = 'Ander B.V.'")
    assert stored(small) and not trusted(small)
    assert row(small).organisation == "Ander B.V."


def test_closing_a_changed_file_judges_it_again(small):
    with open_file(small, today=PINNED_DAY) as file:
        org = file.load()
        cycle = current_cycle(org)
        for measure in cycle.measures:
            measure.status = m.MeasureStatus.DONE
            file.save(measure)
    (judged_on, _, _, _, checks, open_checks, terms), = stored(small)
    assert json.loads(terms) == [] and judged_on == PINNED_DAY.isoformat()
    with open_file(small, read_only=True) as file:
        org = file.load_without_answers()
    assert counts(org, current_cycle(org), PINNED_DAY) == (checks, open_checks)
    assert row(small).overdue == 0 and row(small).next_deadline is None


def test_closing_an_unchanged_or_read_only_file_writes_nothing(small):
    before = small.read_bytes()
    with open_file(small, today=PINNED_DAY) as file:
        file.load()
    with open_file(small, read_only=True, today=PINNED_DAY) as file:
        file.load()
    assert small.read_bytes() == before


def test_undo_and_redo_are_writes_too_and_closing_judges_again(small):
    with open_file(small, today=PINNED_DAY) as file:
        history = History(file)
        org = file.load()
        measure = current_cycle(org).measures[0]
        with history.operation("verwijderen van een maatregel"):
            file.delete(measure)
        for _ in range(2):
            history.undo()
            history.redo()
    # Closed after the redo: judged again, and it describes the file without the measure.
    assert trusted(small)
    with open_file(small, read_only=True) as file:
        org = file.load_without_answers()
    (_, _, _, _, checks, open_checks, _), = stored(small)
    assert counts(org, current_cycle(org), PINNED_DAY) == (checks, open_checks)
    assert measure.id not in [x.id for x in current_cycle(org).measures]


def test_an_undo_is_a_write_the_summary_does_not_hold_through(small, tmp_path):
    """An undo that brings back what a summary describes still moves the counter: the row
    is judged in full until the file is closed (a copy shows the state meanwhile)."""
    snapshot = tmp_path / "tussendoor.werkdruk"
    with open_file(small, today=PINNED_DAY) as file:
        history = History(file)
        with history.operation("verwijderen van een maatregel"):
            file.delete(current_cycle(file.load()).measures[0])
        history.undo()
        file.save_copy(snapshot)
    assert stored(snapshot) == stored(small)  # the same row, written before
    assert trusted(small) and not trusted(snapshot)


def test_closing_after_an_undo_judges_what_the_file_holds(small):
    before = stored(small)
    with open_file(small, today=PINNED_DAY) as file:
        history = History(file)
        org = file.load()
        for measure in current_cycle(org).measures:
            measure.status = m.MeasureStatus.DONE
        with history.operation("alle maatregelen klaar"):
            for measure in current_cycle(org).measures:
                file.save(measure)
        history.undo()
    assert stored(small) == before  # judged again on the same day: the same summary


@pytest.mark.parametrize("spoil", ["next_day", "before", "program", "schema", "counter",
                                   "absent", "table_added", "garbage", "calendar", "wal",
                                   "journal"])
def test_a_stale_foreign_or_absent_summary_is_never_trusted(small, spoil):
    forge(small)
    assert row(small).checks == FORGED  # the forged row is taken: the summary is read
    today = PINNED_DAY
    if spoil == "next_day":
        today = date.fromisoformat(stored(small)[0][1]) + timedelta(days=1)
    elif spoil == "before":
        today = PINNED_DAY - timedelta(days=1)
    elif spoil == "program":
        forge(small, "UPDATE portfolio_summary SET program = '0.0:other'")
    elif spoil == "schema":
        forge(small, "CREATE INDEX by_name ON organisation(name); ")
        forge(small, "UPDATE portfolio_summary SET change_counter = change_counter + 1")
    elif spoil == "counter":  # a write that does not name its own commit
        forge(small, "UPDATE portfolio_summary SET checks = 998, open_checks = 998")
    elif spoil == "wal":
        forge(small, "UPDATE portfolio_summary SET change_counter = change_counter + 1")
        conn = sqlite3.connect(small)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.close()
    elif spoil == "journal":  # a write under way, or one SQLite must still roll back
        small.with_name(small.name + "-journal").write_bytes(b"")
    elif spoil == "absent":
        forge(small, "DELETE FROM portfolio_summary")  # the commit moves the counter too
    elif spoil == "table_added":  # by another program: the layout is not ours
        forge(small, "CREATE TABLE x (a)")
        forge(small, "UPDATE portfolio_summary SET change_counter = change_counter + 1")
    elif spoil == "garbage":
        forge(small, "UPDATE portfolio_summary SET terms = 'geen json', "
              "change_counter = change_counter + 1")
    shown = row(small, today, with_deadlines=spoil == "calendar")
    assert shown.checks < 100 and shown.open_checks < 100
    assert shown.checks == listing.read_row(small, today).checks


def test_a_judgement_outside_its_day_is_refused_by_read(small):
    conn = sqlite3.connect(f"{small.as_uri()}?mode=ro&immutable=1", uri=True)
    db = conn
    judged_on, until = (date.fromisoformat(d) for d in stored(small)[0][:2])
    counter = conn.execute("SELECT change_counter FROM portfolio_summary").fetchone()[0]
    for day in (judged_on, until):
        assert summary.read(db, day, counter) is not None
        assert summary.read(db, day, counter + 1) is None
    assert summary.read(db, judged_on - timedelta(days=1), counter) is None
    assert summary.read(db, until + timedelta(days=1), counter) is None
    conn.close()


def _spoil_page_of(path, table):
    """Overwrite the first page of `table` with garbage, as a failing disk might."""
    with sqlite3.connect(path) as conn:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        (root,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?",
                               [table]).fetchone()
    conn.close()
    with open(path, "r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(b"\xde\xad" * (page_size // 2))


def test_a_file_cut_short_or_with_a_spoiled_header_is_damaged(small, tmp_path):
    from werkdrukdesk.storage.portfolio import FileState

    cut = tmp_path / "kort.werkdruk"
    data = small.read_bytes()
    cut.write_bytes(data[:-4096])
    spoiled = tmp_path / "kop.werkdruk"
    spoiled.write_bytes(data[:16] + b"\x00\x03" + data[18:])  # a page size SQLite never uses
    for path in (cut, spoiled):
        assert summary.change_counter(path) is None
        assert FileState.DAMAGED in row(path).states, path.name


def test_a_spoiled_page_of_the_records_shows_only_once_the_file_is_judged(small):
    """What a cold listing does not read, it cannot see: a record page spoiled after the file
    was written shows as in order until the file is judged in full (the summary no longer
    holds, the calendar) or opened, which refuses it as damaged. The README says so."""
    from werkdrukdesk.core.errors import WerkdrukError
    from werkdrukdesk.storage.portfolio import FileState

    _spoil_page_of(small, "measures")
    assert row(small).states == ()  # from the summary: the measures' pages are not read
    assert FileState.DAMAGED in row(small, with_deadlines=True).states
    until = date.fromisoformat(stored(small)[0][1])
    assert FileState.DAMAGED in row(small, until + timedelta(days=1)).states
    with pytest.raises(WerkdrukError, match="beschadigd"):
        open_file(small, read_only=True)
