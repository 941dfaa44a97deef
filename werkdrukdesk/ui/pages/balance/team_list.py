"""The teams of the balance step, in priority order, each with its bar and verdict.

In a file on the whole PSA policy a column beside the bar counts unwanted behaviour and
aggression apart: they are not werkdruk, so the bar leaves them out (`core.balance.by_strand`).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFontMetrics
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
PRIORITY, TEAM, BAR, STRANDS, VERDICT = range(5)
# As wide as their contents; the team's name takes the rest.
FITTED = (PRIORITY, BAR, STRANDS, VERDICT)
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


STRAND_COLOUR = "#842029"  # unwanted behaviour or aggression too often: as 'out of balance'


def picture_words(picture: TeamPicture, strands: bool = False) -> str:
    """The bar in words, for tooltips and screen readers; with `strands`, unwanted behaviour
    and aggression follow in a sentence of their own."""
    words = QCoreApplication.translate(
        "BalanceBar", "Werkdrukbronnen: {0} te hoog, {1} aandacht nodig. "
        "Energiebronnen: {2} te laag, {3} aandacht nodig.").format(
        len(picture.werkdruk_too_high), len(picture.werkdruk_attention),
        len(picture.resources_too_low), len(picture.resources_attention))
    return f"{words} {strand_words(picture)}" if strands else words


def strand_words(picture: TeamPicture) -> str:
    """Unwanted behaviour and aggression in words, apart from werkdruk."""
    return QCoreApplication.translate(
        "BalanceBar", "Ongewenst gedrag of agressie: {0} te vaak, {1} aandacht nodig.").format(
        len(picture.strands_too_often), len(picture.strands_attention))


def strand_count(picture: TeamPicture) -> str:
    """The short words in the column for unwanted behaviour and aggression."""
    often, attention = len(picture.strands_too_often), len(picture.strands_attention)
    words = []
    if often:
        words.append(QCoreApplication.translate("BalanceBar", "{0} te vaak").format(often))
    if attention:
        words.append(QCoreApplication.translate("BalanceBar", "{0} aandacht").format(attention))
    return ", ".join(words) or "–"


class TeamListModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.cycle: m.Cycle | None = None
        self.teams: list[m.Team] = []
        self.pictures: dict[int, TeamPicture] = {}
        self.rows: list[list[dict[int, object]]] = []  # per row, per column: role -> value
        self.strands = False  # whether the file names unwanted behaviour and aggression apart
        self.headers = [self.tr("Prio"), self.tr("Team"), self.tr("Werkdruk ◀ ▶ energie"),
                        self.tr("Gedrag, agressie"), self.tr("Oordeel")]

    def load(self, cycle: m.Cycle | None, pictures: dict[int, TeamPicture],
             strands: bool = False) -> set[int] | None:
        """Show `cycle`'s teams; returns the columns whose cells changed, or None when the
        rows were laid out anew (another order, other teams). `strands`: the file names
        unwanted behaviour and aggression apart (the view shows their column)."""
        self.strands = strands
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
            if column == STRANDS:
                cell[ACCESSIBLE] = cell[TOOLTIP] = self._strand_words(picture)
                if picture.strands_too_often:
                    cell[FOREGROUND] = QBrush(QColor(STRAND_COLOUR))
                cell[ALIGNMENT] = int(Qt.AlignCenter)
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
        if orientation == Qt.Horizontal and role == Qt.ToolTipRole and section == STRANDS:
            return self.tr("Ongewenst gedrag binnen de organisatie en agressie van buiten: "
                           "hoeveel bronnen te vaak voorkomen of aandacht nodig hebben. Dat is "
                           "geen werkdruk en staat daarom apart. Het telt wel mee in het "
                           "voorstel, en energiebronnen maken het niet goed.")
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
            return picture_words(picture, self.strands)
        if column == STRANDS:
            return strand_count(picture)
        return label(balance.verdict if balance else m.Verdict.UNDECIDED)


    def _strand_words(self, picture: TeamPicture) -> str:
        names = ", ".join(r.source.name for r in picture.strands_too_often)
        if not names:
            return strand_words(picture)
        return strand_words(picture) + " " + self.tr("Te vaak: {0}.").format(names)


class TwoLineHeader(QHeaderView):
    """Column headers that may take two lines, so a column is as wide as what it shows and
    not as its header's words ('Werkdruk ◀ ▶ energie' over a bar half as wide): the width
    goes to the teams' names."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(Qt.Horizontal, parent)
        self.setDefaultAlignment(Qt.AlignCenter | Qt.TextWordWrap)
        self.setTextElideMode(Qt.ElideNone)  # else the words are cut off before they wrap

    def sectionSizeFromContents(self, section: int) -> QSize:  # noqa: N802 (Qt's name)
        """Qt's size on one line, made as narrow as the header's words allow on two lines and
        one line taller. Qt sizes a header as if bold (a chosen column's is); so does this."""
        size = super().sectionSizeFromContents(section)
        text = str(self.model().headerData(section, Qt.Horizontal) or "")
        font = self.font()
        font.setBold(True)
        width = QFontMetrics(font).horizontalAdvance
        words = text.split(" ")
        two_lines = min((max(width(" ".join(words[:n])), width(" ".join(words[n:])))
                         for n in range(1, len(words))), default=width(text))
        return QSize(size.width() - width(text) + two_lines,
                     size.height() + QFontMetrics(font).lineSpacing())


class TeamList(QTableView):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setHorizontalHeader(TwoLineHeader(self))
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

    def full_width(self) -> int:
        """The width at which every team's name shows in full beside the other columns."""
        columns = sum(self.columnWidth(c) for c in FITTED if not self.isColumnHidden(c))
        # With room for the scroll bar a longer list shows: whether it shows is only known
        # once the list is laid out, after this is asked.
        scroll_bar = self.verticalScrollBar().sizeHint().width()
        return columns + self.sizeHintForColumn(TEAM) + 2 * self.frameWidth() + scroll_bar

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
