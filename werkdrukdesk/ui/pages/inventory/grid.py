"""The inventory grid: sources as rows (werkdruk's demands, then its resources, then unwanted
behaviour and aggression) against teams as columns."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from werkdrukdesk.core import model as m
from werkdrukdesk.core.balance import Cell, ratings_by_cell
from werkdrukdesk.core.labels import label, rating_label

Index = QModelIndex | QPersistentModelIndex

# Soft backgrounds with dark text of the same hue: readable, and the word says it too.
COLOURS: dict[m.Rating, tuple[str, str]] = {
    m.Rating.PROBLEM: ("#f8d7da", "#842029"),
    m.Rating.ATTENTION: ("#ffe8a8", "#5c4100"),
    m.Rating.FINE: ("#d1e7dd", "#0f5132"),
    m.Rating.UNRATED: ("#f1f1f1", "#6c757d"),
}
GROUP_BACKGROUND = "#dde3ea"
NO_EVIDENCE_MARK = " *"
SELECTED_FRAME = "#1d3557"


class Group(Enum):
    """The grid's groups of rows, in their order. Unwanted behaviour and aggression are no
    werkdrukbron (as in the balance: core.balance.by_strand), so they have a group of their own."""

    DEMANDS = "demands"
    RESOURCES = "resources"
    STRANDS = "strands"


def group_of(source: m.Source) -> Group:
    if source.kind == m.SourceKind.RESOURCE:
        return Group.RESOURCES
    return Group.DEMANDS if source.strand == m.Strand.WERKDRUK else Group.STRANDS


@dataclass(frozen=True)
class Row:
    group: Group
    source: m.Source | None = None  # None: the heading row of a group

    @property
    def is_group(self) -> bool:
        return self.source is None


def wrap_header(name: str, metrics: QFontMetrics, width: int) -> str:
    """A team name on at most two lines that fit `width` pixels, so 13 columns fit a laptop."""
    lines: list[str] = []
    for word in name.split():
        if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= width:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    if len(lines) > 2:
        lines = [lines[0], " ".join(lines[1:])]
    return "\n".join(metrics.elidedText(line, Qt.ElideRight, width) for line in lines)


class CellDelegate(QStyledItemDelegate):
    """Paints the chosen cell in its own colour with a dark frame, so the rating stays visible."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        option.state &= ~QStyle.State_Selected

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        selected = bool(option.state & QStyle.State_Selected)
        super().paint(painter, option, index)
        if selected:
            painter.save()
            painter.setPen(QPen(QColor(SELECTED_FRAME), 3))
            painter.drawRect(option.rect.adjusted(1, 1, -2, -2))
            painter.restore()


class RatingGridModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.rows: list[Row] = []
        self.teams: list[m.Team | None] = []  # None: the whole organisation
        self.cells: dict[Cell, m.SourceRating] = {}
        self.hele_organisatie = self.tr("Hele organisatie")
        self.header_metrics: QFontMetrics | None = None
        self.header_width = 80

    def load(self, sources: list[m.Source], teams: list[m.Team], cycle: m.Cycle) -> None:
        self.beginResetModel()
        self.rows = []
        for group in Group:
            found = [s for s in sources if group_of(s) == group]
            if found:
                self.rows += [Row(group), *(Row(group, s) for s in found)]
        self.teams = [None, *teams]
        self.cells = ratings_by_cell(cycle)
        self.endResetModel()

    def cell_changed(self, rating: m.SourceRating) -> None:
        """A rating was stored: remember it and repaint its cell."""
        self.cells[(rating.source_id, rating.team_id)] = rating
        index = self.index_of(rating.source_id, rating.team_id)
        if index.isValid():
            self.dataChanged.emit(index, index)

    # -- positions ---------------------------------------------------------------------------

    def cell_at(self, index: Index) -> tuple[m.Source, int | None] | None:
        if not index.isValid() or self.rows[index.row()].is_group:
            return None
        team = self.teams[index.column()]
        return self.rows[index.row()].source, team.id if team else None

    def index_of(self, source_id: int, team_id: int | None) -> QModelIndex:
        column = next((c for c, t in enumerate(self.teams) if (t.id if t else None) == team_id),
                      -1)
        row = next((r for r, x in enumerate(self.rows)
                    if x.source is not None and x.source.id == source_id), -1)
        return self.index(row, column) if row >= 0 and column >= 0 else QModelIndex()

    def group_rows(self) -> list[int]:
        return [r for r, x in enumerate(self.rows) if x.is_group]

    def team_name(self, column: int) -> str:
        team = self.teams[column]
        return team.name if team else self.hele_organisatie

    # -- Qt model ------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.teams)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid() or self.rows[index.row()].is_group:
            return Qt.NoItemFlags  # headings cannot be chosen, so the arrow keys skip them
        return Qt.ItemIsEnabled | Qt.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if row.is_group:
            return self._group_data(row, index.column(), role)
        team = self.teams[index.column()]
        rating = self.cells.get((row.source.id, team.id if team else None))
        return self._cell_data(row.source, index.column(), rating, role)

    def _group_data(self, row: Row, column: int, role: int):
        if role == Qt.DisplayRole and column == 0:
            return {Group.DEMANDS: self.tr("een probleem als ze te hoog zijn"),
                    Group.RESOURCES: self.tr("een probleem als ze te laag zijn"),
                    Group.STRANDS: self.tr("een probleem als het te vaak voorkomt")}[row.group]
        if role == Qt.BackgroundRole:
            return QBrush(QColor(GROUP_BACKGROUND))
        if role == Qt.FontRole:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def _cell_data(self, source: m.Source, column: int, rating: m.SourceRating | None, role):
        value = rating.rating if rating else m.Rating.UNRATED
        no_evidence = value != m.Rating.UNRATED and (not rating or
                                                     rating.evidence == m.Evidence.NONE)
        if role == Qt.DisplayRole:
            return self._short(source.kind, value) + (NO_EVIDENCE_MARK if no_evidence else "")
        if role in (Qt.ToolTipRole, Qt.AccessibleTextRole):
            return self._describe(source, column, rating)
        if role == Qt.BackgroundRole:
            return QBrush(QColor(COLOURS[value][0]))
        if role == Qt.ForegroundRole:
            return QBrush(QColor(COLOURS[value][1]))
        if role == Qt.TextAlignmentRole:
            return int(Qt.AlignCenter)
        return None

    def _short(self, kind: m.SourceKind, value: m.Rating) -> str:
        # Short words keep 13 columns readable; the tooltip gives the full wording.
        if value == m.Rating.ATTENTION:
            return self.tr("aandacht")
        if value == m.Rating.UNRATED:
            return "–"
        return rating_label(kind, value)

    def _describe(self, source: m.Source, column: int, rating: m.SourceRating | None) -> str:
        value = rating.rating if rating else m.Rating.UNRATED
        parts = [f"{source.name} – {self.team_name(column)}: {rating_label(source.kind, value)}"]
        if rating and rating.evidence != m.Evidence.NONE:
            parts.append(self.tr("Gebaseerd op: {0}").format(label(rating.evidence)))
        elif value != m.Rating.UNRATED:
            parts.append(self.tr("Nog zonder onderbouwing"))
        if rating and rating.note.strip():
            parts.append(rating.note.strip())
        return "\n".join(parts)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):  # noqa: N802
        if orientation == Qt.Horizontal:
            return self._team_header(section, role)
        if not 0 <= section < len(self.rows):
            return None
        row = self.rows[section]
        if row.is_group:
            return self._group_header(row, role)
        if role == Qt.DisplayRole:
            return row.source.name
        if role == Qt.ToolTipRole:
            extra = self.tr(" (gearchiveerd)") if row.source.archived else ""
            return f"{row.source.name}{extra}\n{row.source.explanation}".strip()
        return None

    def _group_header(self, row: Row, role: int):
        if role == Qt.DisplayRole:
            return {Group.DEMANDS: self.tr("Werkdrukbronnen"),
                    Group.RESOURCES: self.tr("Energiebronnen"),
                    Group.STRANDS: self.tr("Ongewenst gedrag en agressie")}[row.group]
        if role == Qt.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _team_header(self, section: int, role: int):
        if not 0 <= section < len(self.teams):
            return None
        team = self.teams[section]
        name = self.team_name(section)
        if role == Qt.DisplayRole:
            shown = f"{name} ⌂" if team and team.hybrid else name
            if self.header_metrics is None:
                return shown
            return wrap_header(shown, self.header_metrics, self.header_width)
        if role == Qt.ToolTipRole:
            if team is None:
                return self.tr("Geldt voor de hele organisatie, dus voor ieder team")
            tip = (self.tr("{0}\n{1} medewerkers").format(name, team.headcount)
                   if team.headcount else name)
            return tip + (self.tr("\nwerkt (deels) hybride") if team.hybrid else "")
        return None


class RatingGrid(QTableView):
    """The grid itself: compact rows, arrow keys to move, Enter or F2 to edit the cell."""

    edit_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectItems)
        self.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab leaves the grid; arrows move within it
        self.setWordWrap(False)
        self.setItemDelegate(CellDelegate(self))
        line = self.fontMetrics().height() + 6
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.Fixed)
        rows.setDefaultSectionSize(line)
        rows.setMaximumWidth(230)  # long source names are cut off; the tooltip has them whole
        rows.setTextElideMode(Qt.ElideRight)
        columns = self.horizontalHeader()
        columns.setDefaultSectionSize(self.fontMetrics().horizontalAdvance("aandacht *") + 16)
        columns.setMinimumSectionSize(40)
        columns.setDefaultAlignment(Qt.AlignCenter)

    def setModel(self, model: RatingGridModel) -> None:  # noqa: N802 (Qt's name)
        super().setModel(model)
        header = self.horizontalHeader()
        model.header_metrics = header.fontMetrics()
        model.header_width = header.defaultSectionSize() - 8

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        editing_keys = (Qt.Key_Return, Qt.Key_Enter, Qt.Key_F2)
        if event.key() in editing_keys and self.currentIndex().isValid():
            self.edit_requested.emit()
            return
        super().keyPressEvent(event)

    def apply_spans(self, model: RatingGridModel) -> None:
        self.clearSpans()
        for row in model.group_rows():
            self.setSpan(row, 0, 1, max(model.columnCount(), 1))
