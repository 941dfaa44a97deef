"""The teams of the balance step, in priority order, each with its bar and verdict."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from werkdrukdesk.core import model as m
from werkdrukdesk.core.balance import TeamPicture, balance_for, teams_by_priority
from werkdrukdesk.core.labels import label
from werkdrukdesk.ui.pages.balance.bar import BarDelegate, bar_scale

Index = QModelIndex | QPersistentModelIndex
PRIORITY, TEAM, BAR, VERDICT = range(4)
FITTED = (PRIORITY, BAR, VERDICT)  # as wide as their contents; the team's name takes the rest
# The roles a cell answers, as plain numbers: the view asks for every role of every cell at
# every paint, and a lookup by number is what keeps that cheap.
DISPLAY, ACCESSIBLE, USER = int(Qt.DisplayRole), int(Qt.AccessibleTextRole), int(Qt.UserRole)
TOOLTIP, FOREGROUND, ALIGNMENT = (int(Qt.ToolTipRole), int(Qt.ForegroundRole),
                                  int(Qt.TextAlignmentRole))
VERDICT_COLOURS = {
    m.Verdict.OUT_OF_BALANCE: "#842029",
    m.Verdict.AT_RISK: "#7a5300",
    m.Verdict.IN_BALANCE: "#0f5132",
    m.Verdict.UNDECIDED: "#6c757d",
}


def picture_words(picture: TeamPicture) -> str:
    """The bar in words, for tooltips and screen readers."""
    return QCoreApplication.translate(
        "BalanceBar", "Werkdrukbronnen: {0} te hoog, {1} aandacht nodig. "
        "Energiebronnen: {2} te laag, {3} aandacht nodig.").format(
        len(picture.demands_too_high), len(picture.demands_attention),
        len(picture.resources_too_low), len(picture.resources_attention))


class TeamListModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.cycle: m.Cycle | None = None
        self.teams: list[m.Team] = []
        self.pictures: dict[int, TeamPicture] = {}
        self.rows: list[list[dict[int, object]]] = []  # per row, per column: role -> value
        self.headers = [self.tr("Prio"), self.tr("Team"), self.tr("Werkdruk ◀ ▶ energie"),
                        self.tr("Oordeel")]

    def load(self, cycle: m.Cycle | None, pictures: dict[int, TeamPicture]) -> set[int] | None:
        """Show `cycle`'s teams; returns the columns whose cells changed, or None when the
        rows were laid out anew (another order, other teams)."""
        teams = teams_by_priority(cycle, pictures) if cycle else []
        # The same teams (a verdict, a note or a priority changed, which may reorder them):
        # each row's words are renewed in place, so the view repaints the rows that differ
        # (two, when a priority swaps two teams) without laying itself out again.
        same = cycle is self.cycle and len(teams) == len(self.teams) and \
            {t.id for t in teams} == {t.id for t in self.teams}
        if not same:
            self.beginResetModel()
        before = self.rows
        self.cycle, self.pictures, self.teams = cycle, pictures, teams
        # What each row shows, worked out once: a view asks `data` for every role of every
        # cell at every paint, some hundreds of times per edit.
        self.rows = [self._row(team) for team in teams]
        if not same:
            self.endResetModel()
            return None
        # Only the rows whose words, colours or bars differ are repainted: a verdict changes
        # one team's row, not the twelve (each repaint asks `data` some fifty times a row).
        last = len(self.headers) - 1
        columns: set[int] = set()
        for row, (old, new) in enumerate(zip(before, self.rows, strict=True)):
            if old != new:
                self.dataChanged.emit(self.index(row, 0), self.index(row, last))
                columns |= {c for c, (was, now) in enumerate(zip(old, new)) if was != now}
        return columns

    def _row(self, team: m.Team) -> list[dict[int, object]]:
        """Each cell of `team`'s row as {role: value}, for `data` to look up."""
        balance = balance_for(self.cycle, team.id) if self.cycle else None
        picture = self.pictures.get(team.id, TeamPicture(team.id))
        verdict = balance.verdict if balance else m.Verdict.UNDECIDED
        cells: list[dict[int, object]] = []
        for column in range(len(self.headers)):
            text = self._text(column, team, balance, picture)
            cell: dict[int, object] = {DISPLAY: text, ACCESSIBLE: text,
                                       USER: picture if column == BAR else team}
            if column in (TEAM, BAR):
                cell[TOOLTIP] = text
            if column == VERDICT:
                cell[FOREGROUND] = QBrush(QColor(VERDICT_COLOURS[verdict]))
            if column == PRIORITY:
                cell[ALIGNMENT] = int(Qt.AlignCenter)
            cells.append(cell)
        return cells

    def scale(self) -> int:
        return bar_scale(list(self.pictures.values()))

    def row_of(self, team_id: int | None) -> int:
        return next((r for r, t in enumerate(self.teams) if t.id == team_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else len(self.teams)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):  # noqa: N802
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return self.headers[section]
        if orientation == Qt.Horizontal and role == Qt.ToolTipRole and section == BAR:
            return self.tr("Links de werkdrukbronnen die te hoog zijn (rood) of aandacht nodig "
                           "hebben (oranje), rechts de energiebronnen die te laag zijn of "
                           "aandacht nodig hebben. Eén blokje is één bron.")
        return None

    def data(self, index: Index, role: int = Qt.DisplayRole):
        if not index.isValid():
            return None
        return self.rows[index.row()][index.column()].get(role)

    def _text(self, column: int, team: m.Team, balance: m.TeamBalance | None,
              picture: TeamPicture) -> str:
        if column == PRIORITY:
            return str(balance.priority) if balance and balance.priority else "–"
        if column == TEAM:
            return team.name
        if column == BAR:
            return picture_words(picture)
        return label(balance.verdict if balance else m.Verdict.UNDECIDED)


class TeamList(QTableView):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.bars = BarDelegate(self)
        self.setItemDelegateForColumn(BAR, self.bars)
        self.setSelectionMode(QAbstractItemView.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        self.setAccessibleName(self.tr("Teams op volgorde van prioriteit"))

    def setModel(self, model: TeamListModel) -> None:  # noqa: N802 (Qt's name)
        super().setModel(model)
        header = self.horizontalHeader()  # modes only hold for columns that exist
        header.setSectionResizeMode(TEAM, QHeaderView.Stretch)
        for column in FITTED:
            # Fitted by `fit_columns` when their cells change; Qt's ResizeToContents would
            # measure every cell of all three columns again at each edit.
            header.setSectionResizeMode(column, QHeaderView.Fixed)

    def fit_columns(self, columns: set[int] | None) -> None:
        """Size the fitted columns among `columns` (all of them for None) to their contents.
        The verdicts column is never narrower than its widest verdict once decided: choosing
        between 'let op', 'uit balans' and 'in balans' then leaves every column where it is,
        so one row repaints instead of the whole list."""
        header = self.horizontalHeader()
        for column in FITTED:
            if columns is None or column in columns:
                wanted = max(self.sizeHintForColumn(column), header.sectionSizeHint(column))
                if column == VERDICT:
                    wanted = max(wanted, self._decided_width())
                if wanted != self.columnWidth(column):
                    header.resizeSection(column, wanted)

    def _decided_width(self) -> int:
        """What the widest decided verdict needs, measured as the view measures a cell."""
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        option.features |= QStyleOptionViewItem.HasDisplay
        widths = []
        for verdict in (m.Verdict.IN_BALANCE, m.Verdict.AT_RISK, m.Verdict.OUT_OF_BALANCE):
            option.text = label(verdict)
            widths.append(self.style().sizeFromContents(
                QStyle.CT_ItemViewItem, option, QSize(), self).width())
        return max(widths) + (1 if self.showGrid() else 0)  # as sizeHintForColumn counts

    def set_scale(self, scale: int) -> None:
        """Call before the model reloads, so the bar column sizes itself to the new scale."""
        self.bars.scale = scale
