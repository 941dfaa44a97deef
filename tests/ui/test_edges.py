"""The edges of the first hour: Tab through the intake's teams, drop-down lists that open
below the current choice, and no zero on screen for a number nobody filled in."""

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPushButton

from tests.pinned import PINNED_DAY
from werkdrukdesk.core import model as m
from werkdrukdesk.demo.build import build_demo
from werkdrukdesk.storage import create_file
from werkdrukdesk.storage.file import write_new_file
from werkdrukdesk.ui import style
from werkdrukdesk.ui.intake.dialog import IntakeDialog
from werkdrukdesk.ui.intake.teams import HEADCOUNT, NAME
from werkdrukdesk.ui.main_window import MainWindow

SESSIONS, BALANCE = 4, 2


@pytest.fixture
def window(qtbot):
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1366, 740)
    win.show()
    yield win
    win.close_document()


def open_in(window, qtbot, path):
    with qtbot.waitSignal(window.file_opened, timeout=10000):
        window.open_path(path)


def press_tab(times: int = 1, back: bool = False) -> None:
    for _ in range(times):
        focused = QApplication.focusWidget()
        assert focused is not None, "nothing has the keyboard"
        QTest.keyClick(focused, Qt.Key_Backtab if back else Qt.Key_Tab,
                       Qt.ShiftModifier if back else Qt.NoModifier)


def where(dialog: IntakeDialog) -> tuple[int, int]:
    return dialog.teams.currentRow(), dialog.teams.currentColumn()


# -- Tab in the intake -------------------------------------------------------------------------

def test_tab_in_the_intake_walks_name_headcount_and_the_next_team(qtbot):
    dialog = IntakeDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    assert QTest.qWaitForWindowActive(dialog)
    dialog.name.setFocus()
    dialog.name.setText("Bakkerij De Korenschoof")
    teams = [("Bakkerij", "8"), ("Winkel", "7"), ("Bezorging", "3"), ("Kantoor", "2")]
    for row, (name, count) in enumerate(teams):
        press_tab()
        assert where(dialog) == (row, NAME), name
        assert isinstance(QApplication.focusWidget(), QLineEdit)  # typing goes into the cell
        QTest.keyClicks(QApplication.focusWidget(), name)
        press_tab()
        assert where(dialog) == (row, HEADCOUNT)
        QTest.keyClicks(QApplication.focusWidget(), count)
    assert dialog.teams.rowCount() == 4  # a fourth team got a new row when Tab reached the end
    press_tab(3)  # a new empty row's name and headcount, then out of the table
    assert isinstance(QApplication.focusWidget(), QPushButton)
    assert dialog.teams.rowCount() == 5
    intake, problems = dialog.intake()
    assert problems == []
    assert [(t.name, t.headcount) for t in intake.teams] == [(n, int(c)) for n, c in teams]
    assert intake.profile.headcount == 20


def test_shift_tab_walks_back_and_leaves_before_the_first_team(qtbot):
    dialog = IntakeDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    assert QTest.qWaitForWindowActive(dialog)
    dialog.teams.setFocus()
    dialog.teams.setCurrentCell(1, HEADCOUNT)
    press_tab(back=True)
    assert where(dialog) == (1, NAME)
    press_tab(back=True)
    assert where(dialog) == (0, HEADCOUNT)
    press_tab(2, back=True)
    assert QApplication.focusWidget() is dialog.name


# -- drop-down lists in table cells ------------------------------------------------------------

@pytest.fixture
def below(qapp):
    """The program's style sheet, as app.run installs it; the plain one again afterwards."""
    before = qapp.styleSheet()
    style.install(qapp)
    style.install(qapp)  # once is enough: the rule is not repeated
    assert qapp.styleSheet().count(style.DROP_DOWN_BELOW) == 1
    yield
    qapp.setStyleSheet(before)


def test_a_table_cells_drop_down_opens_below_the_current_choice(window, qtbot, tmp_path,
                                                                below):
    path = tmp_path / "demo.werkdruk"
    write_new_file(path, build_demo("small", today=PINNED_DAY)).close()
    open_in(window, qtbot, path)
    window.sidebar.setCurrentRow(SESSIONS)
    page = window.pages.currentWidget()
    named = next(r for r in range(page.table.rowCount())
                 if page.doc.cycle.sessions and _with_attendees(page, r))
    page.table.setCurrentCell(named, 0)
    table = page.editor.attendees.table
    table.edit(table.model().index(0, 1))
    combo = table.viewport().findChild(QComboBox)
    assert combo is not None and combo.count() > 2
    combo.showPopup()
    popup = combo.view().window()
    qtbot.waitUntil(popup.isVisible)
    bottom = combo.mapToGlobal(QPoint(0, combo.height())).y()
    assert popup.geometry().top() >= bottom - 2  # below the box: the choice stays visible
    combo.hidePopup()


def _with_attendees(page, row: int) -> bool:
    page.table.setCurrentCell(row, 0)
    return page.editor.attendees.table.rowCount() > 0


# -- no zero for an empty number ---------------------------------------------------------------

def test_numbers_nobody_filled_in_show_as_not_filled_in(window, qtbot, tmp_path):
    path = tmp_path / "bakkerij.werkdruk"
    with create_file(path, m.Profile("Bakkerij De Korenschoof"), PINNED_DAY) as file:
        file.save(m.Team("Bezorging", 0), file.load().cycles[0].id)
    open_in(window, qtbot, path)
    page = window.pages.currentWidget()
    assert page.headcount.text() == "niet ingevuld" and page.hours.text() == "niet ingevuld"
    assert page.teams.table.item(0, 1).text() == ""
    window.sidebar.setCurrentRow(BALANCE)
    balance = window.pages.currentWidget()
    assert "0 medewerkers" not in balance.detail.facts.text()
    assert "niet ingevuld" in balance.detail.facts.text()
