"""Checkable lists in the measure editor: the imbalances a measure addresses and the
measures it hangs together with."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from werkdrukdesk.core import model as m
from werkdrukdesk.core.labels import rating_label, source_kind
from werkdrukdesk.core.plan.listing import other_measures, target_choices
from werkdrukdesk.ui.document import OpenDocument

ROWS_SHOWN = 7  # enough to see the inventory's main problems without a huge list


def _checkable_list(name: str) -> QListWidget:
    widget = QListWidget()
    widget.setAccessibleName(name)
    widget.setWordWrap(True)
    widget.setUniformItemSizes(False)
    widget.setMinimumHeight(widget.fontMetrics().lineSpacing() * 4)
    widget.setMaximumHeight(widget.fontMetrics().lineSpacing() * ROWS_SHOWN + 16)
    return widget


def _item(text: str, data: object, checked: bool) -> QListWidgetItem:
    item = QListWidgetItem(text)
    item.setData(Qt.UserRole, data)
    item.setFlags(Qt.ItemIsEnabled | Qt.ItemIsUserCheckable | Qt.ItemIsSelectable)
    item.setCheckState(Qt.Checked if checked else Qt.Unchecked)
    return item


def _checked(widget: QListWidget) -> list:
    return [
        widget.item(i).data(Qt.UserRole)
        for i in range(widget.count())
        if widget.item(i).checkState() == Qt.Checked
    ]


class TargetsBox(QWidget):
    """Which (source × team) pairs a measure addresses. The inventory's problems come first;
    any other source can be added for any team or the whole organisation."""

    edited = Signal(list)  # the new list of targets

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc: OpenDocument | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        hint = QLabel(
            self.tr(
                "Vink aan welke knelpunten deze maatregel aanpakt. Bovenaan staat wat al gekozen "
                "is, daarna wat de inventarisatie te hoog, te laag of aandacht nodig vond."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.list = _checkable_list(self.tr("Knelpunten die deze maatregel aanpakt"))
        self.list.itemChanged.connect(self._changed)
        layout.addWidget(self.list)
        layout.addLayout(self._adder())

    def _adder(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        self.source = QComboBox()
        self.source.setAccessibleName(self.tr("Bron om toe te voegen"))
        self.source.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.source.setMinimumContentsLength(10)
        self.team = QComboBox()
        self.team.setAccessibleName(self.tr("Team om toe te voegen"))
        self.team.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.team.setMinimumContentsLength(6)
        for combo in (self.source, self.team):
            combo.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        self.add_button = QPushButton(self.tr("Bron &toevoegen"))
        self.add_button.clicked.connect(self._add)
        grid.addWidget(QLabel(self.tr("Andere bron:")), 0, 0)
        grid.addWidget(self.source, 0, 1)
        grid.addWidget(QLabel(self.tr("bij:")), 1, 0)
        grid.addWidget(self.team, 1, 1)
        # On its own row so the editor can be narrow beside the table.
        grid.addWidget(self.add_button, 2, 1, Qt.AlignRight)
        grid.setColumnStretch(1, 1)
        return grid

    def show_measure(self, doc: OpenDocument | None, measure: m.Measure | None) -> None:
        self.doc = doc
        self.list.blockSignals(True)
        self.list.clear()
        if doc is not None and measure is not None:
            for choice in target_choices(doc.cycle, measure):
                self.list.addItem(
                    _item(
                        self._describe(choice.target, choice.rating), choice.target, choice.chosen
                    )
                )
            self._fill_adders(doc)
        self.list.blockSignals(False)

    def set_editable(self, editable: bool) -> None:
        for widget in (self.list, self.source, self.team, self.add_button):
            widget.setEnabled(editable)

    def _fill_adders(self, doc: OpenDocument) -> None:
        self.source.clear()
        for source in doc.active_sources():
            kind = source_kind(source.kind, source.strand)
            self.source.addItem(f"{source.name} ({kind})", source.id)
        self.team.clear()
        self.team.addItem(doc.team_name(None), None)
        for team in doc.cycle.teams:
            self.team.addItem(team.name, team.id)

    def _describe(self, target: m.Target, rating: m.Rating | None) -> str:
        source = self.doc.source(target.source_id)
        text = f"{source.name} — {self.doc.team_name(target.team_id)}"
        if rating is not None and rating != m.Rating.UNRATED:
            text += f" ({rating_label(source.kind, rating)})"
        return text

    def _changed(self, _item: QListWidgetItem) -> None:
        self.edited.emit(_checked(self.list))

    def _add(self) -> None:
        if self.doc is None or self.source.currentIndex() < 0:
            return
        target = m.Target(self.source.currentData(), self.team.currentData())
        for i in range(self.list.count()):
            if self.list.item(i).data(Qt.UserRole) == target:
                self.list.item(i).setCheckState(Qt.Checked)  # emits `edited` when it changes
                self.list.setCurrentRow(i)
                return
        rating = next(
            (
                r.rating
                for r in self.doc.cycle.ratings
                if (r.source_id, r.team_id) == (target.source_id, target.team_id)
            ),
            None,
        )
        self.list.blockSignals(True)
        self.list.insertItem(0, _item(self._describe(target, rating), target, True))
        self.list.blockSignals(False)
        self.list.setCurrentRow(0)
        self.edited.emit(_checked(self.list))


class RelatedBox(QWidget):
    """The other measures of this cycle a measure hangs together with."""

    edited = Signal(list)  # the new list of related measure ids

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = _checkable_list(self.tr("Maatregelen die hiermee samenhangen"))
        self.list.itemChanged.connect(lambda _item: self.edited.emit(_checked(self.list)))
        self.empty = QLabel(self.tr("Er zijn nog geen andere maatregelen in deze cyclus."))
        self.empty.setWordWrap(True)
        layout.addWidget(self.list)
        layout.addWidget(self.empty)

    def show_measure(self, doc: OpenDocument | None, measure: m.Measure | None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        others = other_measures(doc.cycle, measure) if doc and measure else []
        related = set(measure.related_measure_ids) if measure else set()
        for other in others:
            self.list.addItem(_item(other.title, other.id, other.id in related))
        self.list.blockSignals(False)
        self.list.setVisible(bool(others))
        self.empty.setVisible(not others)

    def set_editable(self, editable: bool) -> None:
        self.list.setEnabled(editable)
