"""The table of measures on the plan page and the filters above it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from werkdrukdesk.core import model as m
from werkdrukdesk.core.dates import format_date
from werkdrukdesk.core.labels import label
from werkdrukdesk.core.plan.listing import OPEN, SORT_KEYS, MeasureFilter, TeamScope, is_overdue

OVERDUE_BACKGROUND = QColor("#fde2e1")  # soft red; the status cell also says "te laat"
CARRIED_MARK = "↻ "
COLUMN_KEYS = SORT_KEYS[1:]  # title, level, targets, responsible, deadline, status

Index = QModelIndex | QPersistentModelIndex
DISPLAY, ACCESSIBLE, TOOLTIP = int(Qt.DisplayRole), int(Qt.AccessibleTextRole), int(Qt.ToolTipRole)
BACKGROUND, FOREGROUND = int(Qt.BackgroundRole), int(Qt.ForegroundRole)


class MeasureTableModel(QAbstractTableModel):
    """The measures currently shown, one per row; texts are prepared once per row."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.measures: list[m.Measure] = []
        self._rows: list[list[str]] = []
        self._tips: list[str] = []
        self._overdue: list[bool] = []
        self.today = date.min  # the page gives the document's day before showing measures
        self.describe_targets: Callable[[m.Measure], tuple[str, str]] = lambda x: ("", "")
        self.headers = [
            self.tr("Maatregel"),
            self.tr("Niveau"),
            self.tr("Teams/bronnen"),
            self.tr("Verantwoordelijk"),
            self.tr("Termijn"),
            self.tr("Status"),
        ]
        self.header_tips = [
            self.tr("Wat de maatregel is; ↻ betekent overgenomen uit de vorige cyclus"),
            self.tr("Organisatie, team of individu"),
            self.tr("Welke bronnen in welke teams de maatregel aanpakt"),
            self.tr("Wie ervoor zorgt dat de maatregel wordt uitgevoerd"),
            self.tr("Uiterste datum (dd-mm-jjjj)"),
            self.tr("Stand van zaken; 'te laat' als de uiterste datum voorbij is"),
        ]

    def set_measures(self, measures: list[m.Measure]) -> None:
        self.beginResetModel()
        self.measures = list(measures)
        self._prepare_all()
        self.endResetModel()

    def append(self, measure: m.Measure) -> int:
        row = len(self.measures)
        self.beginInsertRows(QModelIndex(), row, row)
        self.measures.append(measure)
        self._prepare_all()
        self.endInsertRows()
        return row

    def remove(self, measure: m.Measure) -> None:
        row = self.row_of(measure)
        if row < 0:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.measures[row]
        self._prepare_all()
        self.endRemoveRows()

    def refresh_measure(self, measure: m.Measure) -> None:
        """Show the stored state of one measure again (after an edit in the editor)."""
        row = self.row_of(measure)
        if row >= 0:
            self._rows[row], self._tips[row], self._overdue[row] = self._prepare(measure)
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.headers) - 1))

    def row_of(self, measure: m.Measure | None) -> int:
        return next((i for i, x in enumerate(self.measures) if x is measure), -1)

    def _prepare_all(self) -> None:
        prepared = [self._prepare(x) for x in self.measures]
        self._rows = [p[0] for p in prepared]
        self._tips = [p[1] for p in prepared]
        self._overdue = [p[2] for p in prepared]

    def _prepare(self, measure: m.Measure) -> tuple[list[str], str, bool]:
        overdue = is_overdue(measure, self.today)
        short, full = self.describe_targets(measure)
        status = label(measure.status)
        if measure.existing:  # in place before the plan: not something it still has to do
            status = self.tr("bestaat al")
        elif overdue:
            status = self.tr("{0}, te laat").format(status)
        title = (CARRIED_MARK if measure.carried_from_measure_id else "") + measure.title
        cells = [
            title,
            label(measure.level),
            short,
            measure.responsible,
            format_date(measure.deadline),
            status,
        ]
        return cells, full, overdue

    def _tip(self, row: int, column: int) -> str:
        """The whole text of a cut-off cell; all targets for the teams/sources column."""
        if column == 2 and self._tips[row]:
            return self._tips[row]
        text = self._rows[row][column]
        if column == 0 and self.measures[row].carried_from_measure_id:
            return self.measures[row].title + "\n" + self.tr("Overgenomen uit de vorige cyclus.")
        return text

    # -- Qt model interface ------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else len(self.measures)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.DisplayRole):
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        role = int(role)  # compared as a number: asked for every role of every cell per paint
        if role == DISPLAY or role == ACCESSIBLE:
            return self._rows[row][column]
        if role == TOOLTIP:
            return self._tip(row, column)
        if role == BACKGROUND and self._overdue[row]:
            return QBrush(OVERDUE_BACKGROUND)
        if role == FOREGROUND and self._overdue[row]:
            return QBrush(QColor("#000000"))  # keep contrast on the red background
        return None

    def headerData(self, section: int, orientation, role: int = Qt.DisplayRole):  # noqa: N802
        if orientation != Qt.Horizontal:
            return None
        if role == Qt.DisplayRole:
            return self.headers[section]
        if role == Qt.ToolTipRole:
            return self.header_tips[section]
        return None


class FilterBar(QWidget):
    """Team, level, status, responsible and 'only overdue'; `changed` on every change."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.team = self._combo(layout, self.tr("T&eam"))
        self.level = self._combo(layout, self.tr("N&iveau"))
        self.status = self._combo(layout, self.tr("&Status"))
        self.responsible = QLineEdit()
        self.responsible.setPlaceholderText(self.tr("naam bevat…"))
        self.responsible.setClearButtonEnabled(True)
        self._labelled(layout, self.tr("Verant&woordelijk"), self.responsible)
        self.responsible.textChanged.connect(self.changed)
        self.only_overdue = QCheckBox(self.tr("Alleen te &laat"))
        self.only_overdue.setAccessibleName(self.tr("Alleen maatregelen die te laat zijn"))
        self.only_overdue.toggled.connect(self.changed)
        layout.addWidget(self.only_overdue)
        self._fill_fixed()

    def _combo(self, layout: QHBoxLayout, caption: str) -> QComboBox:
        combo = QComboBox()
        combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        combo.currentIndexChanged.connect(self.changed)
        self._labelled(layout, caption, combo)
        return combo

    def _labelled(self, layout: QHBoxLayout, caption: str, widget: QWidget) -> None:
        text = QLabel(caption)
        text.setBuddy(widget)
        widget.setAccessibleName(self.tr("Filter op {0}").format(caption.replace("&", "").lower()))
        layout.addWidget(text)
        layout.addWidget(widget, 1)

    def _fill_fixed(self) -> None:
        self.level.addItem(self.tr("Alle niveaus"), None)
        for level in m.Level:
            self.level.addItem(label(level), level)
        self.status.addItem(self.tr("Alle"), None)
        self.status.addItem(self.tr("Nog open (gepland of bezig)"), OPEN)
        for status in m.MeasureStatus:
            self.status.addItem(label(status), status)

    def set_teams(self, teams: list[m.Team]) -> None:
        """Offer this cycle's teams, keeping the chosen one when it still exists."""
        chosen = self.team.currentData()
        self.team.blockSignals(True)
        self.team.clear()
        self.team.addItem(self.tr("Alle teams"), TeamScope.ALL)
        self.team.addItem(self.tr("Hele organisatie"), TeamScope.ORGANISATION_WIDE)
        for team in teams:
            self.team.addItem(team.name, team.id)
        self.team.setCurrentIndex(max(self.team.findData(chosen), 0))
        self.team.blockSignals(False)

    def wanted(self) -> MeasureFilter:
        return MeasureFilter(
            team=self.team.currentData() if self.team.currentIndex() >= 0 else TeamScope.ALL,
            level=self.level.currentData(),
            status=self.status.currentData(),
            responsible=self.responsible.text(),
            only_overdue=self.only_overdue.isChecked(),
        )
