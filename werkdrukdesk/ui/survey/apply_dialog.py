"""Taking the questionnaire's suggestions into the inventory, where the owner ticks them.

Each suggestion is a rating for a source in a team (or the whole organisation) with the
measurement as evidence. A cell that already has a rating keeps it unless the owner ticks the
suggestion: they keep the final judgement. The chosen ones are stored together or not at all.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from werkdrukdesk.core import model as m
from werkdrukdesk.core.labels import label, rating_label
from werkdrukdesk.core.model.edits import AddRecord, Edit, SetFields
from werkdrukdesk.core.survey.results import MeasurementResults
from werkdrukdesk.core.survey.scoring import suggested_ratings
from werkdrukdesk.ui.document import OpenDocument
from werkdrukdesk.ui.forms.widgets import InlineProblems, plain
from werkdrukdesk.ui.survey.common import attempt, cell, follow_widths, tr

SOURCE, GROUP, NOW, SUGGESTED = range(4)


@dataclass
class Suggestion:
    source: m.Source
    team_id: int | None
    rating: m.Rating
    reference: str
    current: m.SourceRating | None

    @property
    def settled(self) -> bool:
        """The cell already holds exactly this suggestion."""
        now = self.current
        return now is not None and now.rating == self.rating and (
            now.evidence == m.Evidence.QUESTIONNAIRE and now.evidence_reference == self.reference)

    @property
    def rated(self) -> bool:
        return self.current is not None and self.current.rating != m.Rating.UNRATED


def suggestions(doc: OpenDocument, results: MeasurementResults) -> list[Suggestion]:
    existing = {(r.source_id, r.team_id): r for r in doc.cycle.ratings}
    sources = {s.id: s for s in doc.org.sources}
    return [
        Suggestion(sources[source_id], team_id, rating, reference,
                   existing.get((source_id, team_id)))
        for source_id, team_id, rating, reference in suggested_ratings(results)
        if source_id in sources
    ]


def apply_suggestions(doc: OpenDocument, chosen: list[Suggestion]) -> str:
    """Store the chosen ratings in one transaction; '' when done, else why nothing changed."""
    if doc.read_only:
        return tr("Deze cyclus is afgesloten; de inventarisatie kan niet meer veranderen.")
    edits: list[Edit] = []
    for item in chosen:
        values = {"rating": item.rating, "evidence": m.Evidence.QUESTIONNAIRE,
                  "evidence_reference": item.reference}
        if item.current is None:
            rating = m.SourceRating(item.source.id, item.team_id, **values)
            edits.append(AddRecord(rating, doc.cycle.ratings))
        else:
            edits.append(SetFields(item.current, values))
    if not edits:
        return ""
    label = tr("{0} beoordelingen uit de vragenlijst").format(len(edits))
    done, problem = attempt(doc, lambda: doc.apply(*edits, label=label))
    return "" if done else problem


class ApplyDialog(QDialog):
    """The checklist: current judgement against the suggestion, per source and group."""

    def __init__(self, doc: OpenDocument, results: MeasurementResults,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.doc = doc
        self.items = suggestions(doc, results)
        self.applied = 0
        self.setWindowTitle(tr("Uitkomsten gebruiken in de inventarisatie"))
        layout = QVBoxLayout(self)
        layout.addWidget(plain(tr(
            "Vink aan welke voorstellen u overneemt in de inventarisatie, met '{0}' als "
            "onderbouwing. Wat u al beoordeeld hebt, staat niet aangevinkt: dat verandert alleen "
            "als u het zelf aanvinkt. U houdt het laatste woord.").format(
                results.measurement_name)))
        self.table = self._table()
        layout.addWidget(self.table, 1)
        layout.addLayout(self._tick_buttons())
        self.problems = InlineProblems()
        layout.addWidget(self.problems)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(tr("Aangevinkte &overnemen"))
        buttons.button(QDialogButtonBox.Cancel).setText(tr("Annuleren"))
        buttons.button(QDialogButtonBox.Ok).setEnabled(not doc.read_only)
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(900, 620)

    def _table(self) -> QTableWidget:
        table = QTableWidget(len(self.items), 4)
        table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        table.setHorizontalHeaderLabels([tr("Bron"), tr("Team"), tr("Nu in de inventarisatie"),
                                         tr("Voorstel uit de vragenlijst")])
        table.setAccessibleName(tr("Voorstellen voor de inventarisatie"))
        table.setEditTriggers(QTableWidget.NoEditTriggers)
        table.verticalHeader().hide()
        table.setWordWrap(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(SOURCE, QHeaderView.Stretch)
        for column in (GROUP, NOW, SUGGESTED):
            header.setSectionResizeMode(column, QHeaderView.ResizeToContents)
        for row, item in enumerate(self.items):
            first = cell(item.source.name)
            first.setFlags(first.flags() | Qt.ItemIsUserCheckable)
            ticked = not item.rated and not item.settled
            first.setCheckState(Qt.Checked if ticked else Qt.Unchecked)
            table.setItem(row, SOURCE, first)
            table.setItem(row, GROUP, cell(self.doc.team_name(item.team_id)))
            table.setItem(row, NOW, cell(self._now(item), item.current.rating
                                         if item.current else m.Rating.UNRATED))
            table.setItem(row, SUGGESTED, cell(rating_label(item.source.kind, item.rating),
                                               item.rating))
        follow_widths(table)()
        return table

    def _now(self, item: Suggestion) -> str:
        if item.settled:
            return tr("al overgenomen")
        if not item.rated:
            return tr("nog niet beoordeeld")
        evidence = item.current.evidence
        basis = "" if evidence == m.Evidence.NONE else f" ({label(evidence)})"
        return rating_label(item.source.kind, item.current.rating) + basis

    def _tick_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        for caption, action in ((tr("&Alles aanvinken"), self.tick_everything),
                                (tr("&Niets aanvinken"), self.tick_nothing)):
            button = QPushButton(caption)
            button.setAutoDefault(False)
            button.clicked.connect(action)
            row.addWidget(button)
        row.addStretch()
        return row

    def tick_everything(self) -> None:
        self.tick_all(Qt.Checked)

    def tick_nothing(self) -> None:
        self.tick_all(Qt.Unchecked)

    def tick_all(self, state: Qt.CheckState) -> None:
        for row in range(self.table.rowCount()):
            self.table.item(row, SOURCE).setCheckState(state)

    def chosen(self) -> list[Suggestion]:
        return [item for row, item in enumerate(self.items)
                if self.table.item(row, SOURCE).checkState() == Qt.Checked]

    def apply(self) -> None:
        chosen = self.chosen()
        problem = apply_suggestions(self.doc, chosen)
        if problem:
            self.problems.show_problems([problem])
            return
        self.applied = len(chosen)
        self.accept()
