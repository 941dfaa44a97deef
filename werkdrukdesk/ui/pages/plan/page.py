"""Step 4: the plan van aanpak. A filtered table of the cycle's measures with the editor of the
chosen one beside it, and a second tab for the plan as a whole (samenhang and instemming)."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from werkdrukdesk.core import model as m
from werkdrukdesk.core.model.edits import AddRecord, RemoveRecord
from werkdrukdesk.core.plan.listing import (
    CONSENTING_BODIES,
    filter_measures,
    forget_measure,
    is_overdue,
    sort_measures,
    targets_by_team,
)
from werkdrukdesk.ui.forms.widgets import SteadyTabs, side_by_side
from werkdrukdesk.ui.pages.base import StepPage
from werkdrukdesk.ui.pages.plan.approval import ApprovalTab
from werkdrukdesk.ui.pages.plan.checks_panel import PlanChecksPanel
from werkdrukdesk.ui.pages.plan.library import choose_and_add
from werkdrukdesk.ui.pages.plan.measure_editor import MeasureEditor
from werkdrukdesk.ui.pages.plan.table import COLUMN_KEYS, FilterBar, MeasureTableModel
from werkdrukdesk.ui.steps import Step


class PlanPage(StepPage):
    scrolls = False  # the table and the editor scroll by themselves

    def __init__(self, step: Step, parent: QWidget | None = None):
        super().__init__(step, parent)
        self.current: m.Measure | None = None  # the measure in the editor, shown or filtered out
        self.sort_key, self.descending = "plan", False
        self._restoring = False
        self._names: tuple[dict, dict] = ({}, {})  # team and source names by id
        self.tabs = SteadyTabs()
        self.tabs.setAccessibleName(self.tr("Onderdelen van het plan van aanpak"))
        self.tabs.addTab(self._measures_tab(), self.tr("Maatre&gelen"))
        self.approval = ApprovalTab()
        self.tabs.addTab(self.approval, self.tr("Instemming en samen&hang"))
        self.tabs.currentChanged.connect(lambda _i: self.leave())
        self.body.addWidget(self.tabs, 1)
        self._set_tab_order()

    def need_fields(self) -> dict[str, QWidget]:
        consent = self.approval.consent_date
        if self.doc and self.doc.cycle.approval.rie_consent_date is None:
            consent = self.approval.rie_consent_date
        if self.doc and self.doc.org.profile.participation_body not in CONSENTING_BODIES:
            consent = self.approval.consulted_on
        new = {key: self.new_button
               for key in ("covered", "organisation_first", "rest", "unwanted")}
        return {**new, "owner_and_term": self.table, "carried_out": self.table,
                "coherence": self.approval.coherence, "consent": consent,
                "staff_involved": self.approval.staff_involvement}

    # -- building ----------------------------------------------------------------------------

    def _measures_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.filters = FilterBar()
        self.filters.changed.connect(self._apply_filter)
        layout.addWidget(self.filters)
        self.read_only_note = QLabel(self.tr("Deze cyclus is afgesloten; u kunt hem alleen "
                                             "bekijken."))
        self.read_only_note.setWordWrap(True)
        layout.addWidget(self.read_only_note)
        self.editor = MeasureEditor()
        self.editor.stored.connect(self._measure_stored)
        self.editor.setMinimumWidth(300)
        splitter = side_by_side(self._table_side(), self.editor, (720, 340), (3, 2))
        layout.addWidget(splitter, 1)
        return tab

    def _table_side(self) -> QWidget:
        side = QWidget()
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)
        self.model = MeasureTableModel(self)
        self.model.describe_targets = self._describe_targets
        self.table = self._table()
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&Nieuwe maatregel"))
        self.new_button.clicked.connect(self.new_measure)
        self.library_button = QPushButton(self.tr("Uit &de bibliotheek…"))
        self.library_button.setToolTip(self.tr("Kies een voorbeeldmaatregel en pas die aan"))
        self.library_button.clicked.connect(self.add_from_library)
        self.delete_button = QPushButton(self.tr("&Verwijderen"))
        self.delete_button.setAccessibleName(self.tr("Gekozen maatregel verwijderen"))
        self.delete_button.clicked.connect(self.delete_measure)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.library_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch()
        self.count = QLabel()
        self.count.setWordWrap(True)
        legend = QLabel(self.tr("Rood met 'te laat': de uiterste datum is voorbij. "
                                "↻: overgenomen uit de vorige cyclus."))
        legend.setWordWrap(True)
        legend.setStyleSheet("color: #44546a;")
        table_part = QWidget()
        table_layout = QVBoxLayout(table_part)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.table, 1)
        table_layout.addWidget(self.count)
        table_layout.addWidget(legend)
        self.checks = PlanChecksPanel()
        self.checks.measure_chosen.connect(self.show_measure_with_id)
        # The checks under the table; the owner may give either more room, never hide one.
        split = QSplitter(Qt.Vertical)
        split.setChildrenCollapsible(False)
        split.addWidget(table_part)
        split.addWidget(self.checks)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([300, 110])
        layout.addLayout(buttons)
        layout.addWidget(split, 1)
        return side

    def _set_tab_order(self) -> None:
        """Filters, buttons, table, the editor top to bottom, then the plan checks."""
        f = self.filters
        chain = [f.team, f.level, f.status, f.responsible, f.only_overdue, self.new_button,
                 self.library_button, self.delete_button, self.table, *self.editor.tab_chain(),
                 self.checks.show_passed, self.checks.list]  # the checks sum up, so come last
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    def _table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setAccessibleName(self.tr("Maatregelen van deze cyclus"))
        table.setSelectionBehavior(QAbstractItemView.SelectRows)
        table.setSelectionMode(QAbstractItemView.SingleSelection)
        table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        table.setTabKeyNavigation(False)  # Tab moves on to the editor
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setStretchLastSection(True)
        # The title matters most; the rest may scroll sideways on a small screen.
        for column, width in enumerate((205, 78, 108, 118, 82, 110)):
            table.setColumnWidth(column, width)
        header.setMinimumSectionSize(60)
        header.setSortIndicator(-1, Qt.AscendingOrder)  # plan order until a column is chosen
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.sectionClicked.connect(self._sort_by)
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        return table

    # -- filling -----------------------------------------------------------------------------

    def refresh(self) -> None:
        doc = self.doc
        if doc is not None and self.current not in doc.cycle.measures:
            self.current = None
        self.filters.set_teams(doc.cycle.teams if doc else [])
        self.filters.setEnabled(doc is not None)
        self._apply_filter()
        self.editor.show_measure(doc, self.current)
        self.approval.set_document(doc)
        self.checks.set_document(doc)
        self.tabs.setEnabled(doc is not None)
        self.read_only_note.setVisible(bool(doc and doc.read_only))
        self._update_buttons()

    def _apply_filter(self) -> None:
        """Show the measures the filters let through; keep the chosen one chosen if shown."""
        doc = self.doc
        self.model.today = doc.today if doc else self.model.today
        measures: list[m.Measure] = []
        if doc is not None:
            self._names = ({t.id: t.name for t in doc.cycle.teams},
                           {s.id: s.name for s in doc.org.sources})
            wanted = self.filters.wanted()
            shown = filter_measures(doc.cycle.measures, wanted, self.model.today)
            measures = sort_measures(shown, self.sort_key, self.descending)
        self._restoring = True
        try:
            self.model.set_measures(measures)
            self._select(self.current)
        finally:
            self._restoring = False
        self._show_count()

    def _show_count(self) -> None:
        if self.doc is None:
            self.count.setText("")
            return
        total = len(self.doc.cycle.measures)
        late = sum(is_overdue(x, self.model.today) for x in self.doc.cycle.measures)
        if total == 0:
            text = self.tr("Nog geen maatregelen. Kies 'Nieuwe maatregel' om te beginnen.")
        else:
            text = self.tr("{0} van {1} maatregelen getoond").format(self.model.rowCount(), total)
            if late:
                text += self.tr("; {0} te laat").format(late)
        self.count.setText(text)

    def _describe_targets(self, measure: m.Measure) -> tuple[str, str]:
        """A short cell text and a full tooltip for what a measure addresses."""
        teams, sources = self._names
        grouped = targets_by_team(measure)

        def team_name(team_id: int | None) -> str:
            return self.tr("Hele organisatie") if team_id is None else teams.get(team_id, "?")

        full = "\n".join(
            f"{team_name(team)}: {', '.join(sources.get(s, '?') for s in ids)}"
            for team, ids in grouped.items()
        )
        if len(measure.targets) == 1:
            target = measure.targets[0]
            return f"{sources.get(target.source_id, '?')} ({team_name(target.team_id)})", full
        if not measure.targets:
            return "", ""
        names = ", ".join(team_name(team) for team in grouped)
        return self.tr("{0} · {1} bronnen").format(names, len(measure.targets)), full

    # -- choosing ----------------------------------------------------------------------------

    def _select(self, measure: m.Measure | None) -> None:
        row = self.model.row_of(measure)
        selection = self.table.selectionModel()
        if row < 0:
            selection.clearSelection()
            return
        index = self.model.index(row, 0)
        selection.setCurrentIndex(
            index, QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows
        )
        self.table.scrollTo(index)

    def _selection_changed(self, *_args) -> None:
        if self._restoring:
            return
        rows = self.table.selectionModel().selectedRows()
        measure = self.model.measures[rows[0].row()] if rows else None
        if measure is self.current:
            return
        self.editor.flush()  # store text still being typed in the measure we leave
        self.current = measure
        self.editor.show_measure(self.doc, measure)
        self._update_buttons()

    def _sort_by(self, column: int) -> None:
        key = COLUMN_KEYS[column]
        self.descending = not self.descending if key == self.sort_key else False
        self.sort_key = key
        order = Qt.DescendingOrder if self.descending else Qt.AscendingOrder
        self.table.horizontalHeader().setSortIndicator(column, order)
        self._apply_filter()

    def _update_buttons(self) -> None:
        editable = self.doc is not None and not self.doc.read_only
        self.new_button.setEnabled(editable)
        self.library_button.setEnabled(editable)
        self.delete_button.setEnabled(editable and self.current is not None)

    # -- editing -----------------------------------------------------------------------------

    def new_measure(self) -> None:
        if self.doc is None or self.doc.read_only:
            return
        self.editor.flush()
        measure = m.Measure(title=self.tr("Nieuwe maatregel"))
        if not self.doc.apply(AddRecord(measure, self.doc.cycle.measures)):
            return
        self._show_chosen(measure)
        self.editor.focus_title()

    def add_from_library(self) -> None:
        """A suggested measure, aimed at this cycle's problems, for the owner to adapt."""
        if self.doc is None or self.doc.read_only:
            return
        self.editor.flush()
        measure = choose_and_add(self, self.doc, self.current)
        if measure is not None:
            self._show_chosen(measure)

    def show_measure_with_id(self, measure_id: int) -> None:
        measure = next((x for x in self.doc.cycle.measures if x.id == measure_id), None)
        if measure is not None:
            self.editor.flush()
            self._show_chosen(measure)

    def _show_chosen(self, measure: m.Measure) -> None:
        """Select `measure` and open it; shown even if the filters would hide it, until the
        filters change."""
        self.current = measure
        self._restoring = True
        try:
            if self.model.row_of(measure) < 0:
                self.model.append(measure)
            self._select(measure)
        finally:
            self._restoring = False
        self.editor.show_measure(self.doc, measure)
        self._show_count()
        self._update_buttons()

    def delete_measure(self) -> None:
        measure = self.current
        if self.doc is None or measure is None or self.doc.read_only:
            return
        # No question first: Bewerken › Ongedaan maken brings it back, with all it held.
        row = self.model.row_of(measure)
        if not self.doc.apply(RemoveRecord(measure, self.doc.cycle.measures)):
            return
        forget_measure(self.doc.cycle, measure.id)
        self._restoring = True
        try:
            self.model.remove(measure)
        finally:
            self._restoring = False
        rows = self.model.rowCount()
        self.current = self.model.measures[min(row, rows - 1)] if rows and row >= 0 else None
        self._select(self.current)
        self.editor.show_measure(self.doc, self.current)
        self._show_count()
        self._update_buttons()

    def _measure_stored(self, measure: m.Measure) -> None:
        self.model.refresh_measure(measure)
        self._show_count()

    def leave(self) -> None:
        self.editor.flush()
        self.approval.flush()
