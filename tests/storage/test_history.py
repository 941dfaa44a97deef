"""Undo and redo on the file itself: every row back as it was, cascades included."""

import sqlite3

import pytest

from tests.pinned import PINNED_DAY
from werkdrukdesk.core import model as m
from werkdrukdesk.core.cycles import current_cycle
from werkdrukdesk.demo.build import build_demo
from werkdrukdesk.storage import open_file
from werkdrukdesk.storage.file import write_new_file
from werkdrukdesk.storage.history import History
from werkdrukdesk.storage.interchange import to_json


@pytest.fixture
def demo(tmp_path):
    path = tmp_path / "korenaar.werkdruk"
    write_new_file(path, build_demo("small", today=PINNED_DAY)).close()
    with open_file(path) as opened:
        yield opened


def exported(file) -> str:
    # Every step commits: nothing may be left waiting in an open transaction.
    assert not file.db.conn.in_transaction
    return to_json(file.load(), with_answers=True)


def dump(file) -> list:
    """Every row of every table of the file, with its rowid, in a fixed order."""
    conn = file.db.conn
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM main.sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name")]
    return [(t, list(conn.execute(f'SELECT rowid, * FROM main."{t}" ORDER BY rowid')))
            for t in tables]


def test_a_deleted_measure_comes_back_whole_with_what_pointed_at_it(demo):
    history = History(demo)
    org = demo.load()
    cycle = current_cycle(org)
    measure = next(x for x in cycle.measures if x.targets and x.evaluation is not None
                   and x.related_measure_ids)
    before, rows = exported(demo), dump(demo)

    with history.operation("verwijderen van een maatregel"):
        demo.delete(measure)
    assert str(measure.id) not in [str(x.id) for x in current_cycle(demo.load()).measures]
    assert history.undo_label == "verwijderen van een maatregel"

    assert history.undo() is not None
    assert dump(demo) == rows  # the rows, their rowids and what pointed at it (relations)
    assert exported(demo) == before
    assert history.redo_label == "verwijderen van een maatregel"
    history.redo()
    assert measure.id not in [x.id for x in current_cycle(demo.load()).measures]


def test_many_edits_undone_give_the_same_file_and_redone_the_edited_one(demo):
    history = History(demo)
    org = demo.load()
    cycle = current_cycle(org)
    start = exported(demo)
    with history.operation("naam"):
        org.profile.name = "R&D <Noord> — Ayşe Yılmaz"
        demo.save_profile(org.profile)
    with history.operation("status"):
        cycle.measures[0].status = m.MeasureStatus.DONE
        cycle.measures[0].targets.clear()
        demo.save(cycle.measures[0])
    with history.operation("nieuw team"):
        demo.save(m.Team("Bezorging", 4), cycle.id)
    with history.operation("team weg"):
        demo.delete(cycle.teams[0])  # cascades into ratings, balances, targets, ...
    edited = exported(demo)
    assert edited != start

    while history.undo():
        pass
    assert exported(demo) == start
    while history.redo():
        pass
    assert exported(demo) == edited


def test_a_new_edit_ends_the_way_forward_and_a_failed_edit_is_not_kept(demo):
    history = History(demo)
    org = demo.load()
    with history.operation("een"):
        org.profile.name = "Een"
        demo.save_profile(org.profile)
    history.undo()
    assert history.redo_label == "een"
    with history.operation("twee"):
        org.profile.name = "Twee"
        demo.save_profile(org.profile)
    assert history.redo_label is None
    with pytest.raises(sqlite3.IntegrityError), history.operation("kapot"):
        demo.db.execute("INSERT INTO team_balances (cycle_id, team_id) VALUES (?, ?)",
                        [999999, 999999])
    assert history.undo_label == "twee"
    assert demo.load().profile.name == "Twee"


def test_writes_outside_an_operation_are_undone_too(demo):
    history = History(demo)
    org = demo.load()
    with history.operation("eerste"):  # the journal starts with the first edit
        org.profile.notes = "eerste"
        demo.save_profile(org.profile)
    org.profile.name = "Zonder naam"
    demo.save_profile(org.profile)
    assert history.undo_label == ""  # what the next undo takes back: the stray, unnamed
    assert history.undo() is not None
    assert demo.load().profile.name != "Zonder naam"
    assert demo.load().profile.notes == "eerste"


def test_the_journal_waits_for_the_first_edit(demo):
    history = History(demo)
    tables = "SELECT count(*) FROM temp.sqlite_master WHERE type = 'trigger'"
    assert demo.db.conn.execute(tables).fetchone() == (0,)
    assert history.undo() is None and history.redo() is None
    history.forget()
    org = demo.load()
    with demo.db.atomic(), history.operation("binnen een transactie"):
        org.profile.name = "Anders"
        demo.save_profile(org.profile)
    assert demo.db.conn.execute(tables).fetchone()[0] > 0
    assert history.undo() is not None and demo.load().profile.name != "Anders"


def test_forget_ends_the_history_and_keeps_no_old_rows(demo):
    history = History(demo)
    org = demo.load()
    with history.operation("naam"):
        org.profile.name = "Ayşe Yılmaz"
        demo.save_profile(org.profile)
    history.forget()
    assert not demo.db.conn.in_transaction
    assert history.undo() is None
    kept = demo.db.conn.execute("SELECT count(*) FROM temp.undo_rows_organisation").fetchone()
    assert kept == (0,)


def test_new_ids_are_still_reported_to_whoever_inserts(demo):
    """The triggers insert into the log; the id handed back must be the record's own."""
    history = History(demo)
    cycle = current_cycle(demo.load())
    team = m.Team("Bezorging", 4)
    with history.operation("nieuw team"):
        demo.save(team, cycle.id)
    found = demo.db.conn.execute("SELECT name FROM teams WHERE id = ?", [team.id]).fetchone()
    assert found == ("Bezorging",)


def test_the_oldest_edits_go_beyond_the_limit(demo):
    history = History(demo, limit=3)
    org = demo.load()
    for n in range(5):
        with history.operation(f"edit {n}"):
            org.profile.name = f"Naam {n}"
            demo.save_profile(org.profile)
    undone = []
    while (change := history.undo()) is not None:
        undone.append(change.label)
    assert undone == ["edit 4", "edit 3", "edit 2"]
    assert demo.load().profile.name == "Naam 1"


def test_large_old_rows_do_not_stay_in_memory_beyond_the_budget(demo):
    """Deleted documents of several MB each: the oldest edits go, the newest stays undoable."""
    history = History(demo, byte_limit=3 * 1024 * 1024)
    org = demo.load()
    texts = []
    for n in range(4):
        with history.operation(f"notes {n}"):
            org.profile.notes = f"{n}" * (1024 * 1024)  # replaced next time: kept for undo
            demo.save_profile(org.profile)
        texts.append(org.profile.notes)
    assert history.journal.kept_bytes() <= 3 * 1024 * 1024 + 1024 * 1024 + 256 * 1024
    assert history.undo_label == "notes 3"
    undone = []
    while (change := history.undo()) is not None:
        undone.append(change.label)
    assert undone[0] == "notes 3" and 1 <= len(undone) < 4
    assert demo.load().profile.notes == texts[-len(undone) - 1]


def test_an_edit_of_a_record_writes_its_lists_only_when_they_changed(demo):
    """A measure's title edited: its targets, relations and evaluation stay as they are in the
    file (same rows, same rowids), nothing of them is logged; a changed list is written, and
    undo brings every row back."""
    history = History(demo)
    org = demo.load()
    measure = next(x for x in current_cycle(org).measures
                   if len(x.targets) > 1 and x.related_measure_ids and x.evaluation)
    rows, before = dump(demo), exported(demo)

    measure.title += " — Ayşe & <Noord>"
    with history.operation("titel"):
        demo.save(measure)
    assert history.latest.tables == {"measures"}
    untouched = ("measure_targets", "measure_relations", "measure_evaluations")
    assert [t for t in dump(demo) if t[0] in untouched] == [t for t in rows if t[0] in untouched]

    measure.targets.reverse()  # the same rows in another order is a change too
    measure.evaluation.outcome = "Beter"
    with history.operation("doelen"):
        demo.save(measure)
    assert history.latest.tables == {"measures", "measure_targets", "measure_evaluations"}
    reread = next(x for x in current_cycle(demo.load()).measures if x.id == measure.id)
    assert reread.targets == measure.targets and reread.evaluation.outcome == "Beter"

    history.undo()
    history.undo()
    assert dump(demo) == rows
    assert exported(demo) == before
