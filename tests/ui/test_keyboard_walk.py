"""A keyboard-only walk: every step is reached with Ctrl+1..7, and on every step Tab alone
reaches every control a mouse could use and comes back round, with no control that traps it."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTextEdit,
    QWidget,
)

from werkdrukdesk.demo.build import build_demo
from werkdrukdesk.storage.file import write_new_file
from werkdrukdesk.ui.main_window import MainWindow

CONTROLS = (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit,
            QPlainTextEdit, QTextEdit)


@pytest.fixture
def window(qtbot, tmp_path):
    path = tmp_path / "demo.werkdruk"
    write_new_file(path, build_demo("small", today=date(2026, 11, 28))).close()
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1366, 740)
    win.show()
    win.activateWindow()
    with qtbot.waitSignal(win.file_opened, timeout=10000):
        win.open_path(path)
    yield win
    win.close_document()


def reachable_controls(page: QWidget) -> set[QWidget]:
    """The controls on `page` a user can see and use now, which Tab should therefore reach."""
    found = set()
    for widget in page.findChildren(QWidget):
        if (isinstance(widget, CONTROLS) and widget.isVisibleTo(page) and widget.isEnabled()
                and widget.focusPolicy() & Qt.TabFocus
                and not widget.objectName().startswith("qt_")
                and not isinstance(widget.parent(), QAbstractSpinBox | QComboBox)
                and not _other_choice_of_a_group(widget)):
            found.add(widget)
    return found


def _other_choice_of_a_group(widget: QWidget) -> bool:
    """Tab reaches a group of radio buttons once, at its first; the arrow keys the others."""
    if not (isinstance(widget, QRadioButton) and widget.autoExclusive()):
        return False
    group = [w for w in widget.parent().children()
             if isinstance(w, QRadioButton) and w.autoExclusive()]
    return group[0] is not widget


def tab_round(window: MainWindow, limit: int) -> tuple[list[QWidget], bool]:
    """Press Tab from the step list until focus is back on it; (widgets visited, came back)."""
    window.sidebar.setFocus()
    visited = []
    for _ in range(limit):
        focused = QApplication.focusWidget()
        QTest.keyClick(focused, Qt.Key_Tab)
        now = QApplication.focusWidget()
        if now is window.sidebar:
            return visited, True
        visited.append(now)
    return visited, False


def test_every_step_can_be_reached_and_worked_with_the_keyboard_alone(window, qtbot):
    for row in range(window.sidebar.count()):
        qtbot.keyClick(window, Qt.Key_1 + row, Qt.ControlModifier)
        assert window.sidebar.currentRow() == row
        page = window.pages.currentWidget()
        wanted = reachable_controls(page)
        visited, came_back = tab_round(window, limit=4 * len(wanted) + 40)
        step = window.sidebar.item(row).text().split("\n")[0]
        assert came_back, f"{step}: Tab never came back to the step list"
        missed = [f"{type(w).__name__} {w.accessibleName() or getattr(w, 'text', str)()}"
                  for w in wanted - set(visited)]
        assert not missed, f"{step}: Tab never reaches {missed}"
