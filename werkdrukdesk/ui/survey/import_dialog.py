"""Reading an answer file (CSV or XLSX): choose it, read it off the main thread, check the
preview, and only then import. Cancelling writes nothing at all.

The preview lists every column with what it will be: the team, a statement, or not used. A
column that can identify someone (name, e-mail, IP address, timestamp) is dropped and cannot be
chosen back; the notice says so.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QListWidget,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from werkdrukdesk.core import model as m
from werkdrukdesk.core.errors import WerkdrukError
from werkdrukdesk.core.survey.answer_columns import Role
from werkdrukdesk.core.survey.answer_table import read_answer_file
from werkdrukdesk.core.survey.import_preview import Preview, preview_answers
from werkdrukdesk.storage.survey_store import ImportReport, find_measurement, import_answers
from werkdrukdesk.ui.background import BackgroundTask
from werkdrukdesk.ui.document import OpenDocument
from werkdrukdesk.ui.files import dialogs as file_dialogs
from werkdrukdesk.ui.forms import wheel_guard
from werkdrukdesk.ui.forms.widgets import DateField, InlineProblems, form, plain, spoken
from werkdrukdesk.ui.survey.common import WARNING_STYLE, cell, follow_widths, tr

COLUMN, ROLE = range(2)
FILTER = "Antwoordbestanden (*.csv *.xlsx *.txt);;Alle bestanden (*)"


def read_preview(path: str, sources: list[m.Source], teams: list[m.Team]) -> Preview:
    """The slow part, for a worker thread: read the file and propose a mapping."""
    return preview_answers(read_answer_file(path), sources, teams, Path(path).name)


class AnswerFileImport(QObject):
    """Choose a file, read it in the background, show the preview; `imported` when stored."""

    imported = Signal(object)  # ImportReport
    failed = Signal(str)

    def __init__(self, doc: OpenDocument, parent: QWidget, measurement: m.Measurement | None):
        super().__init__(parent)
        self.doc, self.parent_widget, self.measurement = doc, parent, measurement

    def start(self, path: str | None = None) -> BackgroundTask | None:
        if path is None:
            path = file_dialogs.open_file_name(
                self.parent_widget, tr("Antwoordbestand kiezen"), tr(FILTER))
        if not path:
            return None
        sources = list(self.doc.org.sources)
        teams = list(self.doc.cycle.teams)
        task = BackgroundTask(self.parent_widget, tr("Het antwoordbestand wordt gelezen…"),
                              lambda: read_preview(path, sources, teams))
        task.done.connect(lambda preview: self.show_preview(preview, Path(path).name))
        task.failed.connect(self.failed)
        return task.start()

    def show_preview(self, preview: Preview, file_name: str) -> None:
        dialog = ImportPreviewDialog(self.doc, preview, file_name, self.measurement,
                                     self.parent_widget)
        self.dialog = dialog  # tests reach it here
        if dialog.exec() == QDialog.Accepted and dialog.report is not None:
            self.imported.emit(dialog.report)


def _role_model(preview: Preview, parent: QObject) -> QStandardItemModel:
    """One list of choices shared by every column's combo box: quicker for wide files."""
    choices = QStandardItemModel(parent)
    for text, data in [(tr("niet gebruiken"), Role.IGNORED.value), (tr("team"), Role.TEAM.value)]:
        item = QStandardItem(text)
        item.setData(data, Qt.UserRole)
        choices.appendRow(item)
    for key, item_def in preview.questionnaire.items.items():
        text = item_def.text if len(item_def.text) <= 70 else item_def.text[:69] + "…"
        item = QStandardItem(tr("vraag: {0}").format(text))
        item.setData(f"item:{key}", Qt.UserRole)
        choices.appendRow(item)
    return choices


class ImportPreviewDialog(QDialog):
    """The proposal for one answer file; `report` is set once the answers are stored."""

    def __init__(self, doc: OpenDocument, preview: Preview, file_name: str,
                 measurement: m.Measurement | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc, self.preview = doc, preview
        self.report: ImportReport | None = None
        self.setWindowTitle(tr("Antwoordbestand inlezen – {0}").format(file_name))
        self.choices = _role_model(preview, self)
        layout = QVBoxLayout(self)
        layout.addWidget(plain(tr("{0} ({1}). Controleer per kolom wat erin staat; er wordt "
                                  "pas iets opgeslagen als u op Inlezen klikt.").format(
                                      file_name, preview.description)))
        self.notices = plain(style=WARNING_STYLE)
        self.notices.setAccessibleName(tr("Opmerkingen bij het bestand"))
        layout.addWidget(self.notices)
        self.table = self._column_table()
        layout.addWidget(self.table, 3)
        self.counts = plain()
        self.counts.setAccessibleName(tr("Aantal rijen"))
        layout.addWidget(self.counts)
        self.rejected = QListWidget()
        self.rejected.setAccessibleName(tr("Overgeslagen rijen en waarom"))
        self.rejected.setMaximumHeight(self.rejected.fontMetrics().lineSpacing() * 6 + 12)
        layout.addWidget(self.rejected)
        layout.addLayout(self._target(measurement))
        self.problems = InlineProblems()
        layout.addWidget(self.problems)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(tr("&Inlezen"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(tr("&Annuleren"))
        self.buttons.accepted.connect(self.do_import)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(940, 700)
        self.show_preview()
        wheel_guard.guard(self)  # the wheel scrolls; it changes only the field in use

    def _column_table(self) -> QTableWidget:
        table = QTableWidget(0, 2)
        table.setHorizontalHeaderLabels([tr("Kolom in het bestand"), tr("Wordt ingelezen als")])
        table.setAccessibleName(tr("Kolommen van het bestand"))
        table.setEditTriggers(QTableWidget.NoEditTriggers)
        table.verticalHeader().hide()
        table.setWordWrap(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(COLUMN, QHeaderView.Stretch)
        header.setSectionResizeMode(ROLE, QHeaderView.Stretch)
        self.fit_rows = follow_widths(table)
        return table

    def _target(self, measurement: m.Measurement | None) -> QVBoxLayout:
        self.name = QComboBox()
        self.name.setEditable(True)
        for existing in self.doc.cycle.measurements:
            self.name.addItem(existing.name)
        if measurement is not None:
            self.name.setCurrentText(measurement.name)
        elif not self.doc.cycle.measurements:
            self.name.setCurrentText(tr("Werkdrukvragenlijst"))
        self.held_on = DateField()
        self.held_on.set_date(self.doc.today)
        fields = form()
        for caption, widget in ((tr("&Meting (bestaand of nieuw)"), self.name),
                                (tr("&Datum bij een nieuwe meting"), self.held_on)):
            fields.addRow(caption, widget)
            widget.setAccessibleName(spoken(caption))
        self.target_note = plain()
        self.target_note.setAccessibleName(tr("Waar de antwoorden terechtkomen"))
        self.name.currentTextChanged.connect(lambda _text: self._show_target())
        layout = QVBoxLayout()
        layout.addLayout(fields)
        layout.addWidget(self.target_note)
        self._show_target()
        return layout

    def _show_target(self) -> None:
        name = " ".join(self.name.currentText().split())
        existing = find_measurement(self.doc.cycle, name) if name else None
        if existing is not None:
            text = tr("De antwoorden komen bij de bestaande meting '{0}', die nu {1} ingevulde "
                      "vragenlijsten heeft.").format(existing.name, len(existing.responses))
        elif name:
            text = tr("Er komt een nieuwe meting '{0}' met de bronnen die in het bestand "
                      "staan.").format(name)
        else:
            text = tr("Geef de meting een naam.")
        self.target_note.setText(text)
        self.held_on.setEnabled(existing is None)

    # -- showing and changing the proposal -------------------------------------------------------

    def show_preview(self) -> None:
        preview = self.preview
        self.notices.setText("\n".join(preview.notices))
        self.notices.setVisible(bool(preview.notices))
        self.table.setRowCount(len(preview.columns))
        for row, column in enumerate(preview.columns):
            self.table.setItem(row, COLUMN, cell(column.name))
            self.table.removeCellWidget(row, ROLE)
            if column.role is Role.IDENTIFYING:
                why = f" ({column.why})" if column.why else ""
                self.table.setItem(row, ROLE, cell(
                    tr("wordt niet ingelezen: kan iemand herkenbaar maken") + why))
            else:
                self.table.setItem(row, ROLE, cell(""))
                self.table.setCellWidget(row, ROLE, self._role_combo(row, column))
        self.fit_rows()
        self.counts.setText(tr("{2} rijen gelezen: {0} ingevulde vragenlijsten worden "
                               "ingelezen; {1} rijen worden overgeslagen.").format(
            len(preview.accepted), len(preview.rejected), len(preview.table.rows)))
        self.rejected.clear()
        self.rejected.addItems([r.reason for r in preview.rejected])
        self.rejected.setVisible(bool(preview.rejected))
        reason = preview.empty_reason()
        self.problems.show_problems([reason] if reason else [])
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(
            bool(preview.accepted) and not self.doc.read_only)

    def _role_combo(self, row: int, column) -> QComboBox:
        combo = QComboBox()
        combo.setModel(self.choices)
        combo.setAccessibleName(tr("Wat kolom '{0}' is").format(column.name))
        wanted = f"item:{column.item_key}" if column.role is Role.ITEM else column.role.value
        combo.setCurrentIndex(max(combo.findData(wanted, Qt.UserRole), 0))
        combo.activated.connect(lambda _i, r=row, c=combo: self.change_role(r, c.currentData()))
        return combo

    def change_role(self, index: int, choice: str) -> None:
        role, _, key = choice.partition(":")
        try:
            self.preview = self.preview.remap(index, Role(role), key or None)
        except WerkdrukError as error:
            self.problems.show_problems([str(error)])
            return
        self.show_preview()

    # -- importing -------------------------------------------------------------------------------

    def do_import(self) -> None:
        if self.doc.read_only:
            self.problems.show_problems([tr("Deze cyclus is afgesloten; inlezen kan niet.")])
            return
        try:
            held_on = self.held_on.current_date() or self.doc.today
            self.report = import_answers(self.doc.file, self.doc.cycle, self.name.currentText(),
                                         self.preview, held_on)
        except WerkdrukError as error:
            self.problems.show_problems([str(error)])
            return
        self.doc.changed.emit()
        self.accept()
