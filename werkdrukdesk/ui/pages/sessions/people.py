"""Who came to a session: people by name (with their team) and numbers per team.

Both boxes hand a complete new list or dict to `change(attr, value)`, which stores the session
and returns False when that failed; the boxes then show the session as it still is.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from werkdrukdesk.core import model as m
from werkdrukdesk.core.readiness.coverage import name_key
from werkdrukdesk.core.rules import MAX_HEADCOUNT
from werkdrukdesk.ui.forms import wheel_guard
from werkdrukdesk.ui.forms.widgets import InlineProblems

Change = Callable[[str, Any], bool]
NAME, TEAM = range(2)


def _plain(text: str) -> QLabel:
    """A label for user text ('R&D <Noord>'): never markup, never a mnemonic."""
    widget = QLabel(text)
    widget.setTextFormat(Qt.PlainText)
    widget.setWordWrap(True)
    return widget


class AttendeesBox(QGroupBox):
    def __init__(self, change: Change, parent: QWidget | None = None):
        super().__init__(self.tr("Aanwezigen bij naam"), parent)
        self._change = change
        self.session: m.InformationSession | None = None
        self.teams: list[m.Team] = []
        self.editable = False
        self.problems = InlineProblems()
        self.table = QTableWidget(0, 2)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setHorizontalHeaderLabels([self.tr("Naam"), self.tr("Team")])
        self.table.setAccessibleName(self.tr("Aanwezigen bij naam"))
        self.table.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(TEAM, QHeaderView.Stretch)
        self.table.verticalHeader().hide()
        self.table.setMinimumHeight(140)
        self.table.setSelectionBehavior(QTableWidget.SelectRows)
        self.table.setItemDelegateForColumn(TEAM, TeamDelegate(self))
        self.table.itemChanged.connect(self._edited)
        layout = QVBoxLayout(self)
        layout.addWidget(self.problems)
        layout.addWidget(self.table)
        layout.addLayout(self._add_row())

    def _add_row(self) -> QVBoxLayout:
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Naam, bijvoorbeeld Ayşe Yılmaz"))
        self.name_edit.setAccessibleName(self.tr("Naam van een nieuwe aanwezige"))
        self.name_edit.returnPressed.connect(self.add)
        self.team_choice = QComboBox()
        self.team_choice.setAccessibleName(self.tr("Team van de nieuwe aanwezige"))
        self.add_button = QPushButton(self.tr("&Aanwezige toevoegen"))
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("Aanwezige &schrappen"))
        self.remove_button.setToolTip(self.tr("Haalt de gekozen naam uit de lijst."))
        self.remove_button.clicked.connect(self.remove)
        fields = QHBoxLayout()
        fields.addWidget(self.name_edit, 2)
        fields.addWidget(self.team_choice, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        rows = QVBoxLayout()  # two rows, so the name field keeps its width in a narrow editor
        rows.addLayout(fields)
        rows.addLayout(buttons)
        return rows

    def show_session(
        self, session: m.InformationSession, teams: list[m.Team], editable: bool
    ) -> None:
        self.session, self.teams, self.editable = session, teams, editable
        self.problems.show_problems([])
        chosen = self.team_choice.currentData()
        self._fill_teams(self.team_choice, chosen)
        for widget in (self.name_edit, self.team_choice, self.add_button, self.remove_button):
            widget.setEnabled(editable)
        self._fill()

    def _fill_teams(self, combo: QComboBox, team_id: int | None) -> None:
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("(geen team)"), None)
        for team in self.teams:
            combo.addItem(team.name, team.id)
        combo.setCurrentIndex(max(combo.findData(team_id), 0))
        combo.blockSignals(False)

    def _fill(self) -> None:
        attendees = self.session.attendees if self.session else []
        flags = Qt.ItemIsSelectable | Qt.ItemIsEnabled
        if self.editable:
            flags |= Qt.ItemIsEditable
        team_names = {t.id: t.name for t in self.teams}
        self.table.blockSignals(True)
        self.table.setRowCount(len(attendees))
        for row, attendee in enumerate(attendees):
            name = QTableWidgetItem(attendee.name)
            team = QTableWidgetItem(team_names.get(attendee.team_id, self.tr("(geen team)")))
            team.setData(Qt.UserRole, attendee.team_id)
            team.setToolTip(self.tr("F2 of dubbelklikken om het team te kiezen"))
            for column, item in ((NAME, name), (TEAM, team)):
                item.setFlags(flags)
                self.table.setItem(row, column, item)
        self.table.blockSignals(False)
        self.remove_button.setEnabled(self.editable and bool(attendees))

    def _refill_later(self) -> None:
        # Called from within an edit of the table: rebuild its items once that edit is over.
        QTimer.singleShot(0, self, self._fill)

    def _copy(self) -> list[m.Attendee]:
        return [m.Attendee(a.name, a.team_id) for a in self.session.attendees]

    def add(self) -> None:
        if not self.session or not self.editable:
            return
        name = " ".join(self.name_edit.text().split())
        known = {name_key(a.name) for a in self.session.attendees}
        if not name:
            self.problems.show_problems([self.tr("Typ eerst de naam van wie er was.")])
            return
        if name_key(name) in known:
            self.problems.show_problems([self.tr("{0} staat al op de lijst.").format(name)])
            return
        self.problems.show_problems([])
        self._change("attendees", [*self._copy(), m.Attendee(name, self.team_choice.currentData())])
        self._fill()
        self.name_edit.clear()
        self.name_edit.setFocus()
        self.table.scrollToBottom()

    def remove(self) -> None:
        row = self.table.currentRow()
        if not self.session or not 0 <= row < len(self.session.attendees):
            self.problems.show_problems([self.tr("Kies eerst de naam die weg moet.")])
            return
        name = self.session.attendees[row].name
        answer = QMessageBox.question(
            self, self.tr("Aanwezige schrappen"),
            # Rich text on purpose, so a name like "R&D <Noord>" shows as typed.
            "<p>{}</p>".format(self.tr("{0} van de lijst van aanwezigen halen?").format(
                html.escape(name))))
        if answer != QMessageBox.Yes:
            return
        attendees = self._copy()
        del attendees[row]
        self.problems.show_problems([])
        scrolled = self.table.verticalScrollBar().value()
        self._change("attendees", attendees)
        self._fill()
        # The list keeps its place, so the next click does not land on somebody else.
        self.table.verticalScrollBar().setValue(scrolled)
        if self.session.attendees:
            self.table.setCurrentCell(min(row, len(self.session.attendees) - 1), NAME)

    def choose_team(self, row: int, team_id: int | None) -> None:
        """Store another team for the attendee on `row`; the cell then shows what was stored."""
        if not self.session or not 0 <= row < len(self.session.attendees):
            return
        attendees = self._copy()
        if attendees[row].team_id != team_id:
            attendees[row].team_id = team_id
            self._change("attendees", attendees)
        self._refill_later()

    def _edited(self, item: QTableWidgetItem) -> None:
        if item.column() == TEAM:
            return  # the team is stored by `choose_team`, never from the cell's text
        attendees = self._copy()
        attendee = attendees[item.row()]
        name = " ".join(item.text().split())
        if not name:
            # An empty name would be stored as nobody; removing is what was meant.
            self.problems.show_problems([self.tr(
                "Een aanwezige zonder naam kan niet worden vastgelegd; gebruik "
                "'Aanwezige schrappen' om iemand uit de lijst te halen."
            )])
            self._refill_later()
            return
        self.problems.show_problems([])
        if name != attendee.name:
            attendee.name = name
            self._change("attendees", attendees)


class TeamDelegate(QStyledItemDelegate):
    """Edits the team column with a choice of the cycle's teams; one tab stop for the table."""

    def __init__(self, box: AttendeesBox):
        super().__init__(box.table)
        self.box = box

    def createEditor(self, parent: QWidget, option, index) -> QComboBox:  # noqa: N802
        combo = QComboBox(parent)
        combo.setAccessibleName(self.tr("Team van deze aanwezige"))
        self.box._fill_teams(combo, index.data(Qt.UserRole))
        return combo

    def setEditorData(self, editor: QComboBox, index) -> None:  # noqa: N802
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.UserRole)), 0))

    def setModelData(self, editor: QComboBox, model, index) -> None:  # noqa: N802
        # Stored straight from the choice: a cell whose text changed while its team id did not
        # once showed a team the file did not hold.
        self.box.choose_team(index.row(), editor.currentData())


class TeamCountsBox(QGroupBox):
    """One spin box per team of the cycle: how many were present without names."""

    def __init__(self, change: Change, parent: QWidget | None = None):
        super().__init__(self.tr("Aantal aanwezigen per team (zonder namen)"), parent)
        self._change = change
        self.session: m.InformationSession | None = None
        self.spins: dict[int, QSpinBox] = {}
        self._team_key: list[tuple[int, str]] = []
        self.grid = QGridLayout(self)
        self.empty = _plain(self.tr("Deze cyclus heeft nog geen teams; voeg ze toe bij stap 1."))
        self.grid.addWidget(self.empty, 0, 0, 1, 4)

    def show_session(
        self, session: m.InformationSession, teams: list[m.Team], editable: bool
    ) -> None:
        self.session = session
        key = [(t.id, t.name) for t in teams]
        if key != self._team_key:
            self._build(teams)
            self._team_key = key
        for team_id, spin in self.spins.items():
            spin.blockSignals(True)
            spin.setValue(session.team_counts.get(team_id, 0))
            spin.blockSignals(False)
            spin.setEnabled(editable)

    def _build(self, teams: list[m.Team]) -> None:
        for spin in self.spins.values():
            spin.deleteLater()
        while self.grid.count() > 1:  # keep the 'no teams' label, always first
            widget = self.grid.takeAt(1).widget()
            if widget:
                widget.deleteLater()
        self.spins = {}
        self.empty.setVisible(not teams)
        for index, team in enumerate(teams):
            spin = QSpinBox()
            spin.setRange(0, MAX_HEADCOUNT)
            spin.setAccessibleName(self.tr("Aantal aanwezigen uit {0}").format(team.name))
            spin.editingFinished.connect(self.flush)
            row, column = 1 + index // 2, (index % 2) * 2
            self.grid.addWidget(_plain(team.name), row, column)
            self.grid.addWidget(spin, row, column + 1)
            self.spins[team.id] = spin
        self.grid.setColumnStretch(0, 1)
        self.grid.setColumnStretch(2, 1)
        wheel_guard.guard(self)

    def flush(self) -> None:
        """Store the numbers if they differ from the session's (also when leaving the page)."""
        if self.session is None or not self.spins:
            return
        stored = {k: v for k, v in self.session.team_counts.items() if v}
        # Counts for teams without a spin box (none expected) are kept, never dropped.
        counts = {k: v for k, v in stored.items() if k not in self.spins}
        counts |= {team_id: spin.value() for team_id, spin in self.spins.items() if spin.value()}
        if counts != stored and not self._change("team_counts", counts):
            for team_id, spin in self.spins.items():
                spin.setValue(self.session.team_counts.get(team_id, 0))
