"""The portfolio loads each file without the questionnaires' answers (the bulk of a large
file); no verdict may change by that. Both sample organisations are judged from the same file
with and without the answers, on the pinned day and a year later, and must come out the same."""

import shutil
import sqlite3
from datetime import timedelta

import pytest

from tests.pinned import PINNED_DAY
from werkdrukdesk.core import model as m
from werkdrukdesk.core.cycles import current_cycle
from werkdrukdesk.core.readiness.chain import readiness
from werkdrukdesk.demo.build import build_demo
from werkdrukdesk.storage.portfolio.listing import (
    FileState,
    PortfolioRow,
    _connect,
    _judged,
    read_row,
)
from werkdrukdesk.storage.records import Records

DAYS = (PINNED_DAY, PINNED_DAY + timedelta(days=400))


@pytest.fixture(scope="module", params=["small", "large"])
def sample(request, tmp_path_factory):
    from werkdrukdesk.storage.file import write_new_file

    path = tmp_path_factory.mktemp("answers") / f"{request.param}.werkdruk"
    write_new_file(path, build_demo(request.param, today=PINNED_DAY)).close()
    return path


def _load(path, answers):
    db = _connect(path)
    try:
        records = Records(db, read_only=True)
        return records.load() if answers else records.load_without_answers()
    finally:
        db.close()


def test_the_questionnaires_are_the_same_but_for_their_answers(sample):
    whole, bare = _load(sample, True), _load(sample, False)
    full = [r for c in whole.cycles for x in c.measurements for r in x.responses]
    light = [r for c in bare.cycles for x in c.measurements for r in x.responses]
    assert full and all(r.answers for r in full)  # the sample has answered questionnaires
    assert [(r.id, r.team_id) for r in light] == [(r.id, r.team_id) for r in full]
    # Not an empty dict ("answered nothing") but the marker that refuses to be read.
    assert all(r.answers is m.NOT_LOADED and not r.loaded for r in light)
    with pytest.raises(m.AnswersNotLoaded):
        bool(light[0].answers)
    for cycle in bare.cycles:  # everything else loads as before
        cycle.measurements = []
    for cycle in whole.cycles:
        cycle.measurements = []
    assert bare == whole


@pytest.mark.parametrize("today", DAYS)
def test_every_verdict_is_the_same_with_and_without_answers(sample, today):
    """Without answers every questionnaire's answers refuse to be read (`m.NOT_LOADED`), so
    judging without them also proves that no check reads an answer."""
    whole, bare = _load(sample, True), _load(sample, False)
    for full_cycle, bare_cycle in zip(whole.cycles, bare.cycles, strict=True):
        assert readiness(bare, bare_cycle, today) == readiness(whole, full_cycle, today)
    base = PortfolioRow(sample)
    expected = _judged(whole, today, base, [])
    assert _judged(bare, today, base, []) == expected
    row = read_row(sample, today)  # what the portfolio itself shows
    assert (row.organisation, row.cycle, row.checks, row.open_checks, row.overdue,
            row.next_deadline, row.deadlines, row.states) == (
        expected.organisation, expected.cycle, expected.checks, expected.open_checks,
        expected.overdue, expected.next_deadline, expected.deadlines, ())
    assert current_cycle(whole).number == row.cycle and row.checks


def test_without_answers_the_answers_table_is_not_read(sample, tmp_path):
    copy = tmp_path / "zonder-antwoorden.werkdruk"
    shutil.copyfile(sample, copy)
    with sqlite3.connect(copy) as db:
        db.execute("PRAGMA foreign_keys = OFF")
        db.execute("DROP TABLE answers")
    db.close()
    assert _load(copy, False).cycles
    with pytest.raises(sqlite3.OperationalError):
        _load(copy, True)


def test_a_damaged_answers_table_is_still_told_though_the_answers_are_not_loaded(
        sample, tmp_path):
    """The answers are skipped when loading, yet SQLite's quick check still reads every page:
    a file whose answers are broken is shown as damaged, never as "in orde"."""
    copy = tmp_path / "kapotte-antwoorden.werkdruk"
    shutil.copyfile(sample, copy)
    with sqlite3.connect(copy) as db:
        page_size = db.execute("PRAGMA page_size").fetchone()[0]
        root = db.execute("SELECT rootpage FROM sqlite_master WHERE name = 'answers'").fetchone()[0]
    db.close()
    with copy.open("r+b") as handle:  # pages count from 1
        handle.seek((root - 1) * page_size)
        handle.write(b"\xff" * page_size)
    assert read_row(sample, PINNED_DAY).states == ()
    row = read_row(copy, PINNED_DAY)
    assert FileState.DAMAGED in row.states and row.checks is None
