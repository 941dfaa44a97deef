"""Undo and redo in the window: what they are called, what they bring back, what never comes
back, and the keys."""

import sqlite3
from datetime import date, timedelta

import pytest
from PySide6.QtGui import QKeySequence

from tests.pinned import PINNED_DAY
from tests.ui.conftest import open_in
from werkdrukdesk.core import model as m
from werkdrukdesk.core.errors import WerkdrukError
from werkdrukdesk.core.model.edits import AddRecord, RemoveRecord, SetFields
from werkdrukdesk.demo.build import build_demo
from werkdrukdesk.storage import open_file
from werkdrukdesk.storage.file import write_new_file
from werkdrukdesk.ui.document import OpenDocument
from werkdrukdesk.ui.edits.menu import redo_keys


@pytest.fixture
def path(tmp_path):
    path = tmp_path / "bakkerij.werkdruk"
    write_new_file(path, build_demo("small", today=PINNED_DAY)).close()
    return path


@pytest.fixture
def doc(path):
    file = open_file(path)
    yield OpenDocument(file, file.load())
    file.close()


def stored(path) -> m.Organisation:
    with open_file(path, read_only=True) as file:
        return file.load()


def test_an_edit_is_named_after_its_field_and_record_and_comes_back(doc, path):
    measure = doc.cycle.measures[0]
    title, status = measure.title, measure.status
    assert doc.apply(SetFields(measure, {"status": m.MeasureStatus.CANCELLED}, caption="Status"))
    assert doc.undo_label == f"status van '{title}'"
    assert doc.undo()
    assert doc.redo_label == f"status van '{title}'" and doc.undo_label is None
    assert stored(path).cycles[-1].measures[0].status == status
    again = next(x for x in doc.cycle.measures if x.id == measure.id)
    assert again.status == status  # the model was read again, not patched
    assert doc.redo()
    assert stored(path).cycles[-1].measures[0].status == m.MeasureStatus.CANCELLED


def test_a_name_like_r_and_d_noord_and_a_new_team_are_named_as_typed(doc):
    team = m.Team("R&D <Noord> — Ayşe Yılmaz", 6)
    assert doc.apply(AddRecord(team, doc.cycle.teams))
    assert doc.undo_label == "team 'R&D <Noord> — Ayşe Yılmaz' toegevoegd"
    assert doc.undo()
    assert "R&D <Noord> — Ayşe Yılmaz" not in [t.name for t in doc.cycle.teams]


def test_the_avg_removal_ends_the_history(doc, path):
    notes = SetFields(doc.org.profile, {"notes": "Gesprek met Ayşe Yılmaz"},
                      caption="Aantekeningen")
    assert doc.apply(notes)
    session = next(s for s in doc.cycle.sessions if s.attendees)
    name = session.attendees[0].name
    assert doc.remove_person(name) > 0
    assert doc.undo_label is None and not doc.undo()
    assert name not in str(stored(path))
    kept = doc.file.db.conn.execute("SELECT count(*) FROM temp.undo_log").fetchone()
    assert kept == (0,)  # nothing of the name stays behind in memory either


def test_answers_deleted_do_not_come_back_but_an_empty_measurement_does(doc, path):
    answered = next(x for x in doc.cycle.measurements if x.responses)
    assert doc.apply(RemoveRecord(answered, doc.cycle.measurements, undoable=False))
    assert doc.undo_label is None
    empty = m.Measurement("Proef", PINNED_DAY)
    assert doc.apply(AddRecord(empty, doc.cycle.measurements))
    assert doc.apply(RemoveRecord(empty, doc.cycle.measurements))
    assert doc.undo()
    cycle = next(c for c in stored(path).cycles if c.number == doc.cycle.number)
    assert "Proef" in [x.name for x in cycle.measurements]
    assert answered.name not in [x.name for x in cycle.measurements]


def test_an_entry_expired_at_midnight_never_comes_back_with_undo(doc, monkeypatch):
    months = doc.org.psa_policy.retention_months
    old = m.Incident(PINNED_DAY - timedelta(days=31 * months - 1), m.Strand.AGGRESSION)
    assert doc.apply(AddRecord(old, doc.cycle.incidents))
    assert doc.undo_label is not None
    monkeypatch.setattr("werkdrukdesk.clock.today", lambda: PINNED_DAY + timedelta(days=40))
    assert doc.notice_new_day()
    assert doc.purged >= 1
    assert doc.undo_label is None and not doc.undo()


def test_a_file_opened_for_reading_has_nothing_to_undo(path):
    with open_file(path, read_only=True) as file:
        doc = OpenDocument(file, file.load())
        assert doc.history is None and doc.undo_label is None and not doc.undo()


def test_a_refused_edit_is_not_kept_for_undo(doc, monkeypatch):
    def full(record, parent=None):
        doc.file.db.execute("UPDATE teams SET name = 'half' WHERE id = ?", [record.id])
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(doc.file, "save", full)
    team = doc.cycle.teams[0]
    name = team.name
    assert not doc.apply(SetFields(team, {"name": "Anders"}))
    assert team.name == name  # the model shows what the file holds
    assert doc.undo_label is None
    assert "half" not in [t.name for t in doc.file.load().cycles[-1].teams]


def test_the_menu_names_the_edit_and_the_keys_are_the_usual_ones(window, qtbot, path):
    open_in(window, qtbot, path)
    edits = window.edits
    assert not edits.undo_action.isEnabled()
    assert edits.undo_action.shortcut() == QKeySequence("Ctrl+Z")
    assert QKeySequence("Ctrl+Shift+Z") in edits.redo_action.shortcuts()
    assert [k.toString() for k in redo_keys("win32")] == ["Ctrl+Shift+Z", "Ctrl+Y"]
    assert [k.toString() for k in redo_keys("linux")] == ["Ctrl+Shift+Z"]
    assert window.doc.apply(SetFields(window.doc.org.profile, {"name": "Bakkerij Ĳsselzoet"},
                                      caption="Naam"))
    assert edits.undo_action.text() == "&Ongedaan maken: naam van 'Bakkerij Ĳsselzoet'"
    assert window.doc.apply(SetFields(window.doc.cycle.teams[0], {"name": "R&D <Noord>"},
                                      caption="Naam"))
    assert edits.undo_action.text() == "&Ongedaan maken: naam van 'R&&D <Noord>'"  # not Alt+D
    edits.undo_action.trigger()
    edits.undo_action.trigger()
    assert edits.redo_action.text() == "O&pnieuw: naam van 'Bakkerij Ĳsselzoet'"
    assert "Bakkerij Ĳsselzoet" not in window.windowTitle()
    assert "naam van 'Bakkerij Ĳsselzoet'" in window.statusBar().currentMessage()
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus.index("Be&werken") == menus.index("&Bestand") + 1
    window.close_document()
    assert not edits.undo_action.isEnabled() and not edits.redo_action.isEnabled()


def test_closing_the_file_ends_the_history(window, qtbot, path):
    open_in(window, qtbot, path)
    assert window.doc.apply(SetFields(window.doc.org.profile, {"name": "Anders"}))
    window.close_document()
    open_in(window, qtbot, path)
    assert window.doc.undo_label is None


def test_undo_of_a_new_cycle_returns_to_the_cycle_before(doc, path):
    before = len(doc.org.cycles)
    assert doc.start_next_cycle() is not None
    assert doc.undo_label == "nieuwe cyclus gestart"
    assert doc.undo()
    assert len(doc.org.cycles) == before and not doc.cycle.closed
    assert len(stored(path).cycles) == before
    _ = date  # the pinned day is the only day these tests know


def test_an_undo_the_disk_refuses_changes_nothing_and_can_be_tried_again(doc, path,
                                                                          monkeypatch):
    assert doc.apply(SetFields(doc.org.profile, {"name": "Bakkerij Ĳsselzoet"}, caption="Naam"))
    messages = []
    doc.failed.connect(messages.append)

    def full(first, last):
        doc.file.db.execute("UPDATE organisation SET name = 'half'")  # part of the way...
        error = sqlite3.OperationalError("database or disk is full")
        error.sqlite_errorname = "SQLITE_FULL"
        raise error

    real = doc.history.journal.revert
    monkeypatch.setattr(doc.history.journal, "revert", full)
    assert not doc.undo()
    assert "de schijf is vol" in messages[0]
    assert stored(path).profile.name == "Bakkerij Ĳsselzoet"  # ...and none of it stored
    assert doc.undo_label == "naam van 'Bakkerij Ĳsselzoet'"
    monkeypatch.setattr(doc.history.journal, "revert", real)
    assert doc.undo() and stored(path).profile.name != "Bakkerij Ĳsselzoet"


def test_ratings_teams_and_attendees_are_named_by_what_changed(doc):
    rating = next(r for r in doc.cycle.ratings if r.team_id is not None)
    source, team = doc.source(rating.source_id).name, doc.team_name(rating.team_id)
    assert doc.apply(SetFields(rating, {"note": "Ayşe & <Noord>"}))
    assert doc.undo_label == f"beoordeling van '{source} bij {team}'"
    first = doc.cycle.teams[0]
    assert doc.apply(SetFields(first, {"manager": "R&D <Noord>"}, caption="Leidinggevende"))
    assert doc.undo_label == f"leidinggevende van '{first.name}'"


def test_a_refused_avg_removal_leaves_the_window_as_the_file(doc, path, monkeypatch):
    session = next(s for s in doc.cycle.sessions if s.attendees)
    name = session.attendees[0].name

    def full(file, changed):
        error = sqlite3.OperationalError("database or disk is full")
        error.sqlite_errorname = "SQLITE_FULL"
        raise error

    monkeypatch.setattr("werkdrukdesk.ui.document.store_removal", full)
    assert doc.remove_person(name) == 0
    shown = next(s for s in doc.cycle.sessions if s.id == session.id)
    assert name in [a.name for a in shown.attendees]  # read again from the untouched file
    assert name in str(stored(path))


def test_a_new_record_the_disk_refuses_is_new_again_and_can_be_stored_later(doc, path,
                                                                            monkeypatch):
    """The row was inserted, then the transaction rolled back: the record must not keep the
    id it was given, or its next edit would update a row that is not there."""
    real = doc.file.save

    def full_after_insert(record, parent=None):
        real(record, parent)
        error = sqlite3.OperationalError("database or disk is full")
        error.sqlite_errorname = "SQLITE_FULL"
        raise error

    team = m.Team("Ayşe's ploeg", 4)
    monkeypatch.setattr(doc.file, "save", full_after_insert)
    assert not doc.apply(AddRecord(team, doc.cycle.teams))
    assert team.id is None and all(t is not team for t in doc.cycle.teams)
    monkeypatch.setattr(doc.file, "save", real)
    assert doc.apply(AddRecord(team, doc.cycle.teams))
    assert doc.apply(SetFields(team, {"headcount": 5}))
    teams = stored(path).cycles[-1].teams
    assert [(t.name, t.headcount) for t in teams if t.id == team.id] == [("Ayşe's ploeg", 5)]


def test_what_the_file_refuses_inside_an_operation_reaches_the_dialog_in_plain_words(doc):
    """A dialog catches WerkdrukError only: a refusal at the commit must not crash it."""
    before = [t.name for t in doc.file.load().cycles[-1].teams]
    with pytest.raises(WerkdrukError, match="de schijf is vol"):
        with doc.operation("proef"):
            doc.file.db.execute("UPDATE teams SET name = 'half'")
            error = sqlite3.OperationalError("database or disk is full")
            error.sqlite_errorname = "SQLITE_FULL"
            raise error
    assert [t.name for t in doc.file.load().cycles[-1].teams] == before
    assert doc.undo_label is None
