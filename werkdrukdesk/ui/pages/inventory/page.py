"""Step 2: which demands are too high and which resources too low, per team, and on what basis."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from werkdrukdesk.core import model as m
from werkdrukdesk.core.balance import inventory_sources
from werkdrukdesk.core.labels import label
from werkdrukdesk.core.model.edits import AddRecord, SetFields
from werkdrukdesk.core.psa.incidents import for_team
from werkdrukdesk.core.readiness.progress import inventory_progress
from werkdrukdesk.core.readiness.routes import conversation_label
from werkdrukdesk.ui.forms.widgets import SteadyTabs, plain, side_by_side
from werkdrukdesk.ui.pages.base import StepPage
from werkdrukdesk.ui.pages.inventory.editor import CellEditor, ConclusionBox
from werkdrukdesk.ui.pages.inventory.fill import FillRestDialog, mark_rest_fine, unrated_sources
from werkdrukdesk.ui.pages.inventory.grid import RatingGrid, RatingGridModel
from werkdrukdesk.ui.pages.inventory.register import RegisterTab
from werkdrukdesk.ui.pages.inventory.risks import AggressionRisks
from werkdrukdesk.ui.pages.inventory.sources import OwnSourcesBox
from werkdrukdesk.ui.pages.inventory.study import StudyRoutes
from werkdrukdesk.ui.steps import Step
from werkdrukdesk.ui.survey.window import SurveyWindow


def scrolling(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.NoFrame)
    area.setWidget(widget)
    return area


class InventoryPage(StepPage):
    scrolls = False  # the grid scrolls by itself; the panels beside it scroll on their own

    def __init__(self, step: Step, parent: QWidget | None = None):
        super().__init__(step, parent)
        self.model = RatingGridModel(self)
        self.grid = RatingGrid()
        self.grid.setModel(self.model)
        self.grid.setAccessibleName(self.tr("Overzicht van bronnen per team"))
        self.grid.selectionModel().currentChanged.connect(self._cell_chosen)
        self.grid.edit_requested.connect(self.edit_current)
        self.editor = CellEditor(self._apply_to_rating)
        self.conclusion = ConclusionBox(self._apply_to_cycle)
        self.own_sources = OwnSourcesBox()
        self.own_sources.sources_changed.connect(self._reload_grid)
        self.study = StudyRoutes()
        self.tabs = SteadyTabs()
        self.tabs.setAccessibleName(self.tr("Beoordeling, eigen bronnen, onderzoek en conclusie"))
        self.tabs.addTab(scrolling(self.editor), self.tr("&Beoordeling"))
        self.tabs.addTab(scrolling(self.own_sources), self.tr("&Eigen bronnen"))
        self.study_tab = self.tabs.addTab(scrolling(self.study), self.tr("Onder&zoek"))
        self.tabs.setTabToolTip(self.study_tab, self.tr(
            "Verdiepend onderzoek zonder vragenlijst: groepsgesprekken per team of een extern "
            "onderzoek."))
        self.tabs.addTab(scrolling(self.conclusion), self.tr("&Conclusie"))
        # The whole PSA policy only: a werkdruk-only file shows neither tab. No Alt-letter is
        # left for them (Ctrl+Tab reaches them), and one letter twice would confuse.
        self.register = RegisterTab()
        self.register_tab = self.tabs.addTab(scrolling(self.register), self.tr("Meldingen"))
        self.risks = AggressionRisks()
        self.risks_tab = self.tabs.addTab(scrolling(self.risks), self.tr("Risico's op agressie"))
        splitter = side_by_side(self._grid_part(), self.tabs, (700, 380), (3, 2))
        self.body.addWidget(splitter, 1)
        self.setTabOrder(self.grid, self.tabs)

    def _grid_part(self) -> QWidget:
        part = QWidget()
        layout = QVBoxLayout(part)
        layout.setContentsMargins(0, 0, 0, 0)
        self.counts = plain()
        caption = QLabel(
            self.tr(
                "&Overzicht: te hoog of te laag is rood, aandacht nodig oranje, in orde groen, "
                "– nog niet beoordeeld. * betekent: nog zonder onderbouwing. ⌂ = hybride team."
            )
        )
        caption.setWordWrap(True)
        caption.setBuddy(self.grid)
        layout.addWidget(caption)
        layout.addWidget(self.grid, 1)
        row = QHBoxLayout()
        row.addWidget(self.counts, 1)
        self.fill_button = QPushButton(self.tr("Rest van dit team op 'in &orde'…"))
        self.fill_button.setToolTip(
            self.tr(
                "Zet de bronnen die voor het gekozen team nog niet beoordeeld zijn in één keer op "
                "'in orde', met de onderbouwing die u opgeeft."
            )
        )
        self.fill_button.clicked.connect(self.fill_rest)
        row.addWidget(self.fill_button)
        self.survey_button = QPushButton(self.tr("&Vragenlijst…"))
        self.survey_button.setToolTip(
            self.tr("Metingen met de anonieme vragenlijst: invullen, inlezen en de uitkomsten.")
        )
        self.survey_button.clicked.connect(self.open_survey)
        row.addWidget(self.survey_button)
        layout.addLayout(row)
        return part

    def fill_rest(self) -> None:
        cell = self.model.cell_at(self.grid.currentIndex()) if self.doc else None
        if cell is None or self.doc.read_only:
            return
        team_id = cell[1]
        count = len(unrated_sources(self.doc, team_id))
        if count == 0:
            self.counts.setText(self.tr("Voor dit team is alles al beoordeeld."))
            return
        dialog = FillRestDialog(self.doc.team_name(team_id), count, self)
        if dialog.exec() == QDialog.Accepted:
            mark_rest_fine(
                self.doc, team_id, dialog.evidence.code(), dialog.reference.text().strip()
            )
            self._reload_grid()

    def open_survey(self) -> None:
        """The questionnaire window; its results may have filled cells of the grid."""
        if self.doc is None:
            return
        self.editor.flush()
        if not self.doc.ensure_answers():  # its results and comparisons score every answer
            return
        SurveyWindow(self.doc, self).exec()
        self._reload_grid()

    # -- filling ---------------------------------------------------------------------------

    def refresh(self) -> None:
        self._reload_grid()
        editable = bool(self.doc) and not self.doc.read_only
        self.conclusion.show_cycle(self.doc.cycle if self.doc else None, editable)
        self.fill_button.setEnabled(editable)
        self.survey_button.setEnabled(self.doc is not None)
        self.own_sources.set_document(self.doc)
        self.study.set_document(self.doc)
        whole = self.doc is not None and self.doc.org.profile.psa_scope == m.PsaScope.WHOLE
        for tab in (self.register_tab, self.risks_tab):
            self.tabs.setTabVisible(tab, whole)
        self.register.set_document(self.doc if whole else None)
        self.risks.set_document(self.doc if whole else None)

    def _reload_grid(self) -> None:
        """Rebuild the grid, keeping the chosen cell where it still exists."""
        chosen = self.model.cell_at(self.grid.currentIndex())
        if self.doc is None:
            self.model.load([], [], m.Cycle(0))
        else:
            self.model.load(
                inventory_sources(self.doc.org, self.doc.cycle),
                self.doc.cycle.teams,
                self.doc.cycle,
            )
        self.grid.apply_spans(self.model)
        index = self.model.index_of(chosen[0].id, chosen[1]) if chosen else QModelIndex()
        if not index.isValid():
            index = self._first_cell()
        self.grid.setCurrentIndex(index)
        self._cell_chosen(index)
        self._show_counts()

    def _first_cell(self) -> QModelIndex:
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            if self.model.cell_at(index):
                return index
        return QModelIndex()

    def _show_counts(self) -> None:
        if self.doc is None or not self.doc.cycle.teams:
            self.counts.setText(
                self.tr("Voeg eerst bij Organisatie de teams toe.") if self.doc else ""
            )
            return
        progress = inventory_progress(self.doc.org, self.doc.cycle)
        self.counts.setText(
            self.tr("{0} van de {1} teamvakjes zijn beoordeeld en onderbouwd.").format(
                progress.done, progress.total
            )
        )

    # -- editing ---------------------------------------------------------------------------

    def _cell_chosen(self, index: QModelIndex, _previous: QModelIndex | None = None) -> None:
        self.editor.flush()  # what was typed belongs to the previous cell
        cell = self.model.cell_at(index) if self.doc else None
        if cell is None:
            self.editor.show_cell(None, None, "", False)
            return
        source, team_id = cell
        # A cell without a record gets a fresh one; it is stored on its first edit only.
        rating = self.model.cells.get((source.id, team_id)) or m.SourceRating(source.id, team_id)
        where = self.doc.team_name(team_id)
        talks = [c for c in self.doc.cycle.conversations if team_id in (None, c.team_id)]
        references = [conversation_label(c, self.doc.cycle) for c in talks]
        self.editor.show_cell(rating, source, where, not self.doc.read_only, references,
                              self._register_note(source, team_id))

    def _register_note(self, source: m.Source, team_id: int | None) -> str:
        """What the incident register holds for this cell, on the owner's own screen only."""
        if self.doc is None or source.strand == m.Strand.WERKDRUK:
            return ""
        count = for_team(self.doc.cycle, team_id, source.strand)
        held = (self.tr("geen meldingen") if count == 0 else self.tr("1 melding") if count == 1
                else self.tr("{0} meldingen").format(count))
        return self.tr(
            "Het meldingenregister (tab Meldingen) heeft deze cyclus {0} van {1} voor {2}. U kunt "
            "het register als onderbouwing kiezen.").format(
            held, label(source.strand), self.doc.team_name(team_id))

    def edit_current(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.editor.focus_first()

    def _apply_to_rating(self, edit: SetFields) -> bool:
        if self.doc is None:
            return False
        rating = edit.record
        joins = [] if rating.id is not None else [AddRecord(rating, self.doc.cycle.ratings)]
        stored = self.doc.apply(edit, *joins)
        if stored:
            self.model.cell_changed(rating)
            self._show_counts()
        return stored

    def _apply_to_cycle(self, edit: SetFields) -> bool:
        return self.doc.apply(edit.within(edit.record, False)) if self.doc else False

    def need_fields(self) -> dict[str, QWidget]:
        survey = {key: self.survey_button
                  for key in ("study", "anonymous", "per_team", "half", "discussed")}
        return {"causes": self.grid, "strands_inventoried": self.grid,
                "incidents_weighed": self.grid, **survey}

    def leave(self) -> None:
        self.editor.flush()
        self.register.flush()
        self.conclusion.flush()
        self.study.flush()
