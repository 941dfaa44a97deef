"""The intake's table of teams, walked with Tab as a form: name, headcount, next team's name.

Tab after a team's headcount goes to the next row's name, and past the last team that has
something in it a new row appears, so a list of teams is typed without the mouse. From an
empty last row Tab leaves the table, Shift+Tab goes back the same way, and the hybrid tick
is reached with the arrow keys and Space.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QTableWidget, QWidget

NAME, HEADCOUNT, HYBRID = range(3)


class TeamsTable(QTableWidget):
    def __init__(self, rows: int, parent: QWidget | None = None):
        super().__init__(rows, 3, parent)
        self.setTabKeyNavigation(True)
        self.setEditTriggers(QAbstractItemView.AllEditTriggers)  # typing goes into the cell
        self.prepare_row = lambda row: None  # the dialog fills in new rows (the hybrid tick)

    def row_is_empty(self, row: int) -> bool:
        return not any(self._text(row, column) for column in (NAME, HEADCOUNT))

    def add_row(self) -> int:
        row = self.rowCount()
        self.insertRow(row)
        self.prepare_row(row)
        return row

    def moveCursor(self, action, modifiers) -> QModelIndex:  # noqa: N802 (Qt's name)
        """Tab and Shift+Tab go name → headcount → next name; an invalid index leaves."""
        current = self.currentIndex()
        if action == QAbstractItemView.MoveNext and current.isValid():
            return self._next(current.row(), current.column())
        if action == QAbstractItemView.MovePrevious and current.isValid():
            return self._previous(current.row(), current.column())
        return super().moveCursor(action, modifiers)

    def _next(self, row: int, column: int) -> QModelIndex:
        if column == NAME:
            return self.model().index(row, HEADCOUNT)
        if row + 1 < self.rowCount():
            return self.model().index(row + 1, NAME)
        if self.row_is_empty(row):
            return QModelIndex()  # done: Tab leaves the table
        return self.model().index(self.add_row(), NAME)

    def _previous(self, row: int, column: int) -> QModelIndex:
        if column in (HEADCOUNT, HYBRID):
            return self.model().index(row, NAME if column == HEADCOUNT else HEADCOUNT)
        return self.model().index(row - 1, HEADCOUNT) if row > 0 else QModelIndex()

    def _text(self, row: int, column: int) -> str:
        item = self.item(row, column)
        return item.text().strip() if item else ""

    def closeEditor(self, editor, hint) -> None:  # noqa: N802 (Qt's name)
        """Tab from a cell being typed in leaves the table at once where the walk ends: after
        the headcount of an empty last row, or (Shift+Tab) before the first team's name."""
        current = self.currentIndex()
        forward = hint == QAbstractItemDelegate.EditNextItem
        backward = hint == QAbstractItemDelegate.EditPreviousItem
        leaving = current.isValid() and (
            (forward and current.row() == self.rowCount() - 1 and current.column() != NAME
             and self.row_is_empty(current.row()))
            or (backward and current.row() == 0 and current.column() == NAME))
        super().closeEditor(editor, hint)
        if leaving:
            QWidget.focusNextPrevChild(self, forward)

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 (Qt's name)
        """Tab moves within the table while `moveCursor` has somewhere to go, else leaves."""
        current = self.currentIndex()
        target = (self._next if forward else self._previous)(current.row(), current.column()) \
            if current.isValid() else QModelIndex()
        if not target.isValid():
            return QWidget.focusNextPrevChild(self, forward)
        self.setCurrentIndex(target)
        return True
