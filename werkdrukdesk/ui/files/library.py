"""Bestand › Eigen bibliotheek: the adviser's own sources and chosen measures to a file, and
such a file into the open organisation (storage.library, docs/library-format.md)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from werkdrukdesk import APP_NAME
from werkdrukdesk.core.errors import WerkdrukError
from werkdrukdesk.core.plan.own_library import own_sources
from werkdrukdesk.storage.library import import_library, read_library, summary, write_library
from werkdrukdesk.storage.platform.names import safe_file_name
from werkdrukdesk.ui.files import dialogs as file_dialogs


class LibraryDialog(QDialog):
    def __init__(self, parent, doc):
        super().__init__(parent)
        self.doc = doc
        self.setWindowTitle(self.tr("Eigen bibliotheek"))
        self.resize(620, 520)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Neem uw eigen bronnen (met hun vragen) en maatregelen mee naar een andere klant. "
            "In het bestand komen alleen titels, omschrijvingen, niveau, beoogd resultaat, hoe "
            "het effect wordt beoordeeld en de bronnen waar een maatregel op is gericht: geen "
            "namen van mensen, geen datums, geen status en geen teams."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.sources_label = QLabel()
        self.sources_label.setWordWrap(True)
        layout.addWidget(self.sources_label)
        layout.addWidget(QLabel(self.tr("Maatregelen van deze cyclus die meegaan:")))
        self.measures = QListWidget()
        self.measures.setAccessibleName(self.tr("Maatregelen die meegaan"))
        layout.addWidget(self.measures)
        buttons = QDialogButtonBox()
        self.export_button = QPushButton(self.tr("&Exporteren…"))
        self.import_button = QPushButton(self.tr("&Inlezen…"))
        buttons.addButton(self.export_button, QDialogButtonBox.ActionRole)
        buttons.addButton(self.import_button, QDialogButtonBox.ActionRole)
        buttons.addButton(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        self.export_button.clicked.connect(self.export)
        self.import_button.clicked.connect(self.import_)
        self.import_button.setEnabled(not doc.file.read_only)
        layout.addWidget(buttons)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.fill()

    def fill(self) -> None:
        names = [s.name for s in own_sources(self.doc.org)]
        self.sources_label.setText(
            self.tr("Eigen bronnen die meegaan: {0}").format(", ".join(names)) if names
            else self.tr("Dit bestand heeft geen eigen bronnen; alleen maatregelen gaan mee."))
        self.measures.clear()
        for measure in self.doc.cycle.measures:
            item = QListWidgetItem(measure.title)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Checked)
            item.setData(Qt.UserRole, measure.id)
            self.measures.addItem(item)

    def chosen(self) -> list:
        ticked = {self.measures.item(n).data(Qt.UserRole) for n in range(self.measures.count())
                  if self.measures.item(n).checkState() == Qt.Checked}
        return [x for x in self.doc.cycle.measures if x.id in ticked]

    def export(self) -> None:
        name = file_dialogs.save_file_name(
            self, self.tr("Bibliotheek opslaan"),
            safe_file_name(self.tr("bibliotheek"), ".json"),
            self.tr("Bibliotheek (*.json)"))
        if name:
            self.export_to(Path(name))

    def export_to(self, path: Path) -> bool:
        try:
            write_library(path, self.doc.org, self.chosen(), [self.doc.file.path])
        except WerkdrukError as error:
            QMessageBox.warning(self, APP_NAME, str(error))
            return False
        self.status.setText(self.tr("Bibliotheek geschreven naar {0}").format(path))
        return True

    def import_(self) -> None:
        name = file_dialogs.open_file_name(self, self.tr("Bibliotheek inlezen"),
                                           self.tr("Bibliotheek (*.json)"))
        if name:
            self.import_from(Path(name))

    def import_from(self, path: Path) -> bool:
        """Read a library into the open file; a bad one is one message, the file untouched."""
        try:
            with self.doc.operation(self.tr("bibliotheek '{0}' ingelezen").format(path.name)):
                done = import_library(self.doc.file, self.doc.org, read_library(path))
        except WerkdrukError as error:
            if isinstance(error.__cause__, sqlite3.Error):
                # The file refused a write, perhaps only at the commit, after the model had
                # taken the library in: the window shows the file again.
                self.doc.reread()
            QMessageBox.warning(self, APP_NAME, str(error))
            return False
        self.doc.changed.emit()  # the pages show the new sources and measures
        self.status.setText(summary(done))
        self.fill()
        return True
