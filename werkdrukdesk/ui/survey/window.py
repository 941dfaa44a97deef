"""The questionnaire window, opened from the inventory: the measurements of the cycle, the three
ways answers come in (this screen, paper, a file) and the results with their use as evidence.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from werkdrukdesk.core import model as m
from werkdrukdesk.core.model.edits import RemoveRecord, SetFields
from werkdrukdesk.core.survey.scoring import measurement_scales
from werkdrukdesk.storage.survey_store import ImportReport
from werkdrukdesk.ui.document import OpenDocument
from werkdrukdesk.ui.forms import wheel_guard
from werkdrukdesk.ui.forms.widgets import Guidance, InlineProblems, plain
from werkdrukdesk.ui.survey.apply_dialog import ApplyDialog
from werkdrukdesk.ui.survey.collect import KioskDialog, KioskStartDialog
from werkdrukdesk.ui.survey.common import WARNING_STYLE, tr
from werkdrukdesk.ui.survey.import_dialog import AnswerFileImport
from werkdrukdesk.ui.survey.measurements import (
    MeasurementTable,
    NewMeasurementDialog,
    confirm_delete,
)
from werkdrukdesk.ui.survey.paper_entry import PaperEntryDialog
from werkdrukdesk.ui.survey.results_view import ResultsView, measurement_results
from werkdrukdesk.ui.survey.settings_dialog import SurveySettingsDialog

PLACEHOLDER, RESULTS = range(2)


def _button(caption: str, action, name: str = "") -> QPushButton:
    button = QPushButton(caption)
    button.setAutoDefault(False)
    button.clicked.connect(action)
    if name:
        button.setAccessibleName(name)
    return button


class SurveyWindow(QDialog):
    def __init__(self, doc: OpenDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc = doc
        self.setWindowTitle(tr("Vragenlijst – cyclus {0}").format(doc.cycle.number))
        self.problems = InlineProblems()
        doc.failed.connect(self._failed)
        self.table = MeasurementTable()
        self.table.currentCellChanged.connect(lambda *_: self.show_measurement())
        self.results = ResultsView()
        self.results.apply_requested.connect(self.apply_to_inventory)
        self.empty_hint = plain()
        self.empty_hint.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        self.lower = QStackedWidget()
        self.lower.addWidget(self.empty_hint)
        self.lower.addWidget(self.results)
        splitter = QSplitter(Qt.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._upper())
        splitter.addWidget(self.lower)
        splitter.setSizes([150, 500])
        layout = QVBoxLayout(self)
        layout.addWidget(Guidance(tr(
            "Met een anonieme vragenlijst onderbouwt u de inventarisatie. Maak een meting aan, "
            "laat medewerkers invullen op dit scherm of op papier, of lees een antwoordbestand "
            "in. U ziet alleen uitkomsten van groepen, nooit losse antwoorden.")))
        self.closed_note = plain(style=WARNING_STYLE)
        layout.addWidget(self.closed_note)
        layout.addWidget(self.problems)
        layout.addWidget(splitter, 1)
        close = QDialogButtonBox(QDialogButtonBox.Close)
        close.button(QDialogButtonBox.Close).setText(tr("Sl&uiten"))
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self._fit_screen()
        self.refresh()
        wheel_guard.guard(self)  # the wheel scrolls; it changes only the field in use

    def _upper(self) -> QWidget:
        self.new_button = _button(tr("&Nieuwe meting…"), self.new_measurement)
        self.delete_button = _button(tr("&Verwijderen…"), self.delete_measurement,
                                     tr("Gekozen meting verwijderen"))
        self.screen_button = _button(tr("Invullen op dit &scherm…"), self.collect_on_screen)
        self.paper_button = _button(tr("&Papieren formulieren invoeren…"), self.enter_paper)
        self.file_button = _button(tr("Antwoord&bestand inlezen…"), self.import_file)
        self.settings_button = _button(tr("&Instellingen…"), self.edit_settings)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.delete_button, self.screen_button,
                       self.paper_button, self.file_button):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(self.settings_button)
        self.discussed = QLineEdit()
        self.discussed.setAccessibleName(tr("Uitkomsten besproken met de medewerkers"))
        self.discussed.setPlaceholderText(tr(
            "Hoe en wanneer, bijv. personeelsvergadering 12-12: uitkomsten per team doorgenomen"))
        self.discussed.editingFinished.connect(self._store_discussed)
        discussed = QFormLayout()
        discussed.addRow(tr("Uitkomsten besproken met de &medewerkers"), self.discussed)
        upper = QWidget()
        column = QVBoxLayout(upper)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.table, 1)
        column.addLayout(buttons)
        column.addLayout(discussed)
        return upper

    def _store_discussed(self) -> None:
        """How and when the results were discussed with the staff: the inspector asks."""
        measurement = self.table.current()
        text = self.discussed.text().strip()
        if measurement is None or text == measurement.discussed_with_staff:
            return
        self.doc.apply(SetFields(measurement, {"discussed_with_staff": text},
                                 caption=self.discussed.accessibleName()))

    def _fit_screen(self) -> None:
        screen = (self.parentWidget() or self).screen().availableGeometry()
        self.resize(min(1240, screen.width() - 40), min(760, screen.height() - 40))

    # -- showing -----------------------------------------------------------------------------

    def refresh(self, keep: m.Measurement | None = None) -> None:
        self.table.fill(self.doc.cycle, keep or self.table.current())
        editable = not self.doc.read_only
        self.closed_note.setText(tr(
            "Deze cyclus is afgesloten of het bestand is alleen om te lezen geopend: u kunt de "
            "metingen en uitkomsten bekijken, maar niets toevoegen of wijzigen."))
        self.closed_note.setVisible(not editable)
        self.new_button.setEnabled(editable)
        self.file_button.setEnabled(editable)
        self.settings_button.setEnabled(not self.doc.file.read_only)
        self.show_measurement()

    def show_measurement(self) -> None:
        measurement = self.table.current()
        editable = not self.doc.read_only and measurement is not None
        askable = editable and bool(measurement_scales(measurement, self.doc.org.sources))
        self.delete_button.setEnabled(editable)
        self.discussed.setEnabled(editable)
        self.discussed.setText(measurement.discussed_with_staff if measurement else "")
        self.screen_button.setEnabled(askable)
        self.paper_button.setEnabled(askable)
        if measurement is None or not measurement.responses:
            self.empty_hint.setText(
                tr("Nog geen metingen. Begin met 'Nieuwe meting'.") if measurement is None
                else tr("Bij '{0}' zijn nog geen vragenlijsten ingevuld.").format(
                    measurement.name))
            self.lower.setCurrentIndex(PLACEHOLDER)
            return
        if not self.doc.ensure_answers():  # scoring reads every answer; the reason is shown
            self.empty_hint.setText(tr("De antwoorden konden niet worden gelezen."))
            self.lower.setCurrentIndex(PLACEHOLDER)
            return
        results = measurement_results(self.doc.org, self.doc.cycle, measurement)
        self.results.show_results(results, not self.doc.read_only)
        self.lower.setCurrentIndex(RESULTS)

    def _failed(self, message: str) -> None:
        self.problems.show_problems([message])

    # -- actions -----------------------------------------------------------------------------

    def new_measurement(self) -> None:
        dialog = NewMeasurementDialog(self.doc, self)
        if dialog.exec() == QDialog.Accepted:
            self.refresh(dialog.created)

    def delete_measurement(self) -> None:
        measurement = self.table.current()
        if measurement is None or not confirm_delete(measurement, self):
            return
        # Answers deleted on purpose (for privacy) must not come back with an undo.
        answered = bool(measurement.responses)
        if self.doc.apply(RemoveRecord(measurement, self.doc.cycle.measurements,
                                       undoable=not answered)):
            self.problems.show_problems([])
            self.refresh()

    def collect_on_screen(self) -> None:
        measurement = self.table.current()
        if measurement is None:
            return
        start = KioskStartDialog(measurement, self)
        if start.exec() != QDialog.Accepted:
            return
        kiosk = KioskDialog(self.doc, measurement, start.code.text(), self)
        kiosk.setWindowState(kiosk.windowState() | Qt.WindowMaximized)
        kiosk.exec()
        self.refresh(measurement)

    def enter_paper(self) -> None:
        measurement = self.table.current()
        if measurement is not None:
            PaperEntryDialog(self.doc, measurement, self).exec()
            self.refresh(measurement)

    def import_file(self, path: str | None = None) -> None:
        self.importer = AnswerFileImport(self.doc, self, self.table.current())
        self.importer.imported.connect(self._imported)
        self.importer.failed.connect(self._failed)
        self.importer.start(path or None)

    def _imported(self, report: ImportReport) -> None:
        self.problems.show_problems([])
        self.refresh(report.measurement)

    def apply_to_inventory(self) -> None:
        if self.results.results is not None:
            ApplyDialog(self.doc, self.results.results, self).exec()

    def edit_settings(self) -> None:
        SurveySettingsDialog(self.doc, self).exec()
        self.refresh()

    def done(self, result: int) -> None:
        try:
            self.doc.failed.disconnect(self._failed)  # the window outlives no document
        except (RuntimeError, TypeError):
            pass  # already disconnected
        super().done(result)
