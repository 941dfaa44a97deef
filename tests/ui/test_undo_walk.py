"""Undo everything: edit something on every step of the large sample the way the owner does,
then take it all back with Ctrl+Z: the file's export is byte for byte what it was; then redo it
all with Ctrl+Shift+Z: byte for byte the edited file."""

import pytest
from PySide6.QtGui import QKeySequence

from tests.ui.test_every_edit_sticks import (
    bound_fields,
    edit,
    edit_tables,
    edit_with_delegates,
    open_window,
    show_step,
)
from werkdrukdesk.core import model as m
from werkdrukdesk.core.model.edits import RemoveRecord
from werkdrukdesk.storage.interchange import to_json


@pytest.fixture
def large_path(large_copy):
    return large_copy


def exported(window) -> str:
    """The file's JSON export, answers included, read from the file itself; every step
    committed, none waiting in an open transaction."""
    assert not window.doc.file.db.conn.in_transaction
    return to_json(window.doc.file.load(), with_answers=True)


def press(window, qtbot, keys: str) -> None:
    """The keys as the owner presses them, on the step list (a text field has the cursor
    nowhere, so its own undo does not take them)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    window.sidebar.setFocus()
    before = window.doc.history.journal.last()
    key, modifiers = QKeySequence(keys)[0].key(), QKeySequence(keys)[0].keyboardModifiers()
    qtbot.keyClick(window.sidebar, key, modifiers)
    assert window.doc.history.journal.last() != before  # the keys did something


def test_every_step_edited_then_undone_and_redone_byte_for_byte(qtbot, large_path):
    window = open_window(qtbot, large_path)
    start = exported(window)
    edits = 0
    for row in range(window.sidebar.count()):
        page = show_step(window, row)
        edits += edit_with_delegates(window, page, qtbot)
        for field in bound_fields(page)[:12]:
            edit(field)
            edits += 1
        edit_tables(page)
    window.pages.currentWidget().leave()
    edited = exported(window)
    assert edited != start and edits > 40
    kept = len(window.doc.history.undoable)
    assert kept >= 40  # every edit its own step back

    steps = 0
    while window.edits.undo_action.isEnabled():
        assert window.edits.undo_action.text().startswith("&Ongedaan maken: ")
        press(window, qtbot, "Ctrl+Z")
        steps += 1
    assert steps == kept
    assert exported(window) == start
    assert window.doc.org.profile.name == window.doc.file.load().profile.name

    while window.edits.redo_action.isEnabled():
        press(window, qtbot, "Ctrl+Shift+Z")
    assert exported(window) == edited
    window.close_document()


def test_a_deleted_measure_comes_back_whole_with_ctrl_z(qtbot, large_path):
    window = open_window(qtbot, large_path)
    window.sidebar.setCurrentRow(3)  # the plan
    cycle = window.doc.cycle
    measure = next(x for x in cycle.measures if x.targets and x.evaluation is not None
                   and x.related_measure_ids)
    pointing = [x.id for x in cycle.measures if measure.id in x.related_measure_ids]
    before = exported(window)
    assert window.doc.apply(RemoveRecord(measure, cycle.measures))
    assert measure.id not in [x.id for x in window.doc.file.load().cycles[-1].measures]
    assert window.edits.undo_action.text() == (
        f"&Ongedaan maken: maatregel '{measure.title[:47]}" +
        ("…'" if len(measure.title) > 48 else "'") + " verwijderd")

    press(window, qtbot, "Ctrl+Z")
    assert exported(window) == before
    back = next(x for x in window.doc.cycle.measures if x.id == measure.id)
    assert back.targets == measure.targets
    assert back.evaluation == measure.evaluation
    assert back.related_measure_ids == measure.related_measure_ids
    assert pointing == [x.id for x in window.doc.cycle.measures
                        if measure.id in x.related_measure_ids]
    assert isinstance(back.status, m.MeasureStatus)
    window.close_document()
