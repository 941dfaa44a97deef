"""Every edit sticks: on every step, each field bound to a record and each editable table cell is
changed the way a user changes it; then what the window holds, what the file holds and what a
fresh window shows of the file must all agree. A widget that shows a value the file does not
hold (the attendee's team once did) fails here."""

import gc
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QSpinBox,
    QTableWidget,
    QWidget,
)

from tests.pinned import PINNED_DAY
from tests.ui.conftest import open_in
from werkdrukdesk.core.codec import to_plain
from werkdrukdesk.demo.build import build_demo
from werkdrukdesk.storage import open_file
from werkdrukdesk.storage.file import write_new_file
from werkdrukdesk.ui.forms.binding import Binder
from werkdrukdesk.ui.forms.date_field import DateField
from werkdrukdesk.ui.forms.widgets import CodeChoice, LongText
from werkdrukdesk.ui.main_window import MainWindow

NEW_DAY = date(2026, 10, 15)
EDITABLE_TABLE_COLUMNS = {"Teams": (0, 1, 3)}  # name, headcount, manager; typed in the cell
SHOWN_TABLES = ("Teams", "Aanwezigen bij naam")  # compared between the two windows


@pytest.fixture
def demo_path(tmp_path):
    path = tmp_path / "bakkerij.werkdruk"
    write_new_file(path, build_demo("small", today=PINNED_DAY)).close()
    return path


def open_window(qtbot, path) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1366, 740)
    window.show()
    return open_in(window, qtbot, path)


def bound_fields(page: QWidget) -> list[QWidget]:
    """The widgets of `page` that a Binder ties to a field of a record, in a stable order."""
    found = []
    for binder in (o for o in gc.get_objects() if isinstance(o, Binder)):
        for widget in binder._widgets:
            try:
                inside = page.isAncestorOf(widget)
            except RuntimeError:  # a widget of a page already gone
                continue
            if inside and widget.isVisibleTo(page) and widget.isEnabled():
                found.append(widget)
    return found


def shown(widget: QWidget) -> object:
    if isinstance(widget, LongText):
        return widget.toPlainText()
    if isinstance(widget, CodeChoice):
        return widget.currentText()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, (QSpinBox, QDoubleSpinBox)):
        return widget.value()
    return widget.text()


def edit(widget: QWidget) -> None:
    """Change `widget` as a user does: type and leave, pick, tick."""
    if isinstance(widget, LongText):
        widget.setFocus()
        widget.setPlainText(widget.toPlainText() + " Ayşe & <Noord>")
        widget.flush()
    elif isinstance(widget, DateField):
        widget.setText("15 oktober 2026")
        widget.editingFinished.emit()
    elif isinstance(widget, CodeChoice):
        widget.setCurrentIndex((widget.currentIndex() + 1) % widget.count())
        widget.activated.emit(widget.currentIndex())
    elif isinstance(widget, QCheckBox):
        widget.click()
    elif isinstance(widget, (QSpinBox, QDoubleSpinBox)):
        widget.setValue(widget.value() + 1 if widget.value() < widget.maximum() else 1)
        widget.editingFinished.emit()
    elif not widget.isReadOnly():
        widget.setText(widget.text().strip() + " Ĳ")
        widget.editingFinished.emit()


def row_texts(table: QTableWidget) -> tuple[str, str]:
    return table.accessibleName(), repr([table.item(0, c).text()
                                         for c in range(table.columnCount())])


def edit_with_delegates(window: MainWindow, page: QWidget, qtbot) -> int:
    """Cells edited with a drop-down of their own (F2 or a double click), confirmed with Enter.
    Each must still show its new value after going to another step and back, as the owner
    did when an attendee's team quietly went back."""
    edited = 0
    here = window.sidebar.currentRow()
    for table in page.findChildren(QTableWidget):
        if not table.isVisibleTo(page) or not table.rowCount():
            continue
        for column in range(table.columnCount()):
            item = table.item(0, column)
            if table.itemDelegateForColumn(column) is None or item is None or \
                    not item.flags() & Qt.ItemIsEditable:
                continue
            index = table.model().index(0, column)
            table.setCurrentIndex(index)
            table.edit(index)
            (combo,) = table.viewport().findChildren(QComboBox)
            combo.setCurrentIndex((combo.currentIndex() + 1) % combo.count())
            chosen = combo.currentText()
            qtbot.keyClick(combo, Qt.Key_Return)
            # the list is filled again once the edit is over; it must show the choice
            qtbot.waitUntil(lambda t=table, c=column, w=chosen: t.item(0, c).text() == w,
                            timeout=5000)
            shown_after_edit = row_texts(table)
            window.sidebar.setCurrentRow((here + 1) % window.sidebar.count())
            window.sidebar.setCurrentRow(here)
            assert row_texts(table) == shown_after_edit
            edited += 1
    return edited


def edit_tables(page: QWidget) -> None:
    for table in page.findChildren(QTableWidget):
        columns = EDITABLE_TABLE_COLUMNS.get(table.accessibleName(), ())
        for column in columns:
            item = table.item(0, column)
            if item is not None and item.flags() & Qt.ItemIsEditable:
                item.setText("7" if item.text().isdigit() else item.text() + " Ş")


def show_step(window: MainWindow, row: int) -> QWidget:
    """Show step `row` with the second item of its list chosen (of the sessions, the first with
    attendees by name), so its editor is filled."""
    window.sidebar.setCurrentRow(row)
    page = window.pages.currentWidget()
    table = getattr(page, "table", None)
    if table is not None and table.model() is not None and table.model().rowCount():
        sessions = getattr(page, "shown", None)
        named = [i for i, s in enumerate(sessions or []) if getattr(s, "attendees", None)]
        table.selectRow(named[0] if named else min(1, table.model().rowCount() - 1))
    return page


def snapshot(window: MainWindow) -> dict:
    seen = {}
    for row in range(window.sidebar.count()):
        page = show_step(window, row)
        fields = bound_fields(page)
        seen[page.step.key] = sorted((f.accessibleName(), repr(shown(f))) for f in fields)
        for table in page.findChildren(QTableWidget):
            if table.accessibleName() in SHOWN_TABLES and table.rowCount():
                seen[page.step.key].append(row_texts(table))
    return seen


def differences(a, b, where="") -> list[str]:
    if isinstance(a, dict) and isinstance(b, dict):
        return [d for k in sorted(set(a) | set(b), key=str)
                for d in differences(a.get(k), b.get(k), f"{where}.{k}")]
    if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        return [d for i, (x, y) in enumerate(zip(a, b)) for d in differences(x, y, f"{where}[{i}]")]
    return [] if a == b else [f"{where}: file {a!r} / window {b!r}"[:300]]


def assert_same(in_file, in_window) -> None:
    assert differences(in_file, in_window) == []


def test_every_field_of_every_step_holds_what_the_file_holds(qtbot, demo_path):
    window = open_window(qtbot, demo_path)
    edited = delegated = 0
    for row in range(window.sidebar.count()):
        page = show_step(window, row)
        delegated += edit_with_delegates(window, page, qtbot)
        for field in bound_fields(page):
            edit(field)
            edited += 1
        edit_tables(page)
    window.pages.currentWidget().leave()
    assert edited > 40 and delegated  # the walk met the fields it is about
    before = snapshot(window)
    assert window.doc.ensure_answers()  # the window opened without them
    in_window = to_plain(window.doc.org)
    window.close_document()

    assert_same(to_plain(open_file(demo_path, read_only=True).load()), in_window)
    again = open_window(qtbot, demo_path)
    assert snapshot(again) == before
    again.close_document()


def test_a_refused_table_edit_leaves_the_window_as_the_file(qtbot, demo_path):
    """A team name that is refused (a duplicate) must not live on in the window."""
    window = open_window(qtbot, demo_path)
    window.sidebar.setCurrentRow(0)
    teams = window.pages.currentWidget().teams
    first = teams.table.item(0, 0).text()
    teams.table.item(1, 0).setText(first.upper())
    assert "al een team" in teams.problems.text()
    assert window.doc.ensure_answers()
    assert_same(to_plain(open_file(demo_path, read_only=True).load()), to_plain(window.doc.org))
    assert teams.table.item(1, 0).text() != first.upper()
    window.close_document()
