"""Printing from the overview step: choose a document, build it in the background, open it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from werkdrukdesk.core import i18n
from werkdrukdesk.core import model as m
from werkdrukdesk.core.dates import format_date
from werkdrukdesk.core.errors import WerkdrukError
from werkdrukdesk.reports import registry
from werkdrukdesk.storage.atomic import write_bytes_atomically
from werkdrukdesk.storage.platform.names import safe_file_name
from werkdrukdesk.ui import settings
from werkdrukdesk.ui.background import BackgroundTask
from werkdrukdesk.ui.document import OpenDocument
from werkdrukdesk.ui.files import dialogs as file_dialogs
from werkdrukdesk.ui.files import opener
from werkdrukdesk.ui.files.attachments import dossier_builder
from werkdrukdesk.ui.forms.widgets import InlineProblems, form


def report_titles() -> dict[str, str]:
    def tr(text: str) -> str:
        return QCoreApplication.translate("", text)  # lupdate files a bare tr() under ""

    return {
        "plan": tr("Plan van aanpak"),
        "dossier": tr("Dossier van deze cyclus"),
        "attendance": tr("Presentielijst voor een voorlichting"),
        "questionnaire": tr("Vragenlijst op papier"),
        "evaluation": tr("Evaluatie van de maatregelen"),
        "readiness": tr("Klaar voor de inspectie? (actielijst)"),
        "poster": tr("Blad voor aan de muur: gedragscode, vertrouwenspersoon en melden"),
    }


WALL_SHEET = "poster"


class PrintBox(QGroupBox):
    """Builds the chosen document off the main thread and opens it in the PDF viewer."""

    printed = Signal(Path)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Afdrukken"), parent)
        self.doc: OpenDocument | None = None
        self.last_pdf: Path | None = None
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Welk document"))
        self.titles = report_titles()
        for kind in registry.available():
            self.kind.addItem(self.titles.get(kind, kind), kind)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.session = QComboBox()
        self.session.setAccessibleName(self.tr("Voor welke voorlichting"))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Taal van het document"))
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(settings.report_language()))
        self.language.currentIndexChanged.connect(
            lambda: settings.set_report_language(self.language.currentData()))
        self.with_attachments = QCheckBox(self.tr("Met de &bijlagen achteraan (PDF's en foto's)"))
        self.make_button = QPushButton(self.tr("PDF &maken en openen…"))
        self.make_button.clicked.connect(self.make_pdf)
        self.print_button = QPushButton(self.tr("Af&drukken"))
        self.print_button.setEnabled(False)
        self.print_button.clicked.connect(self.print_pdf)
        self.folder_button = QPushButton(self.tr("Map &openen"))
        self.folder_button.setAccessibleName(self.tr("Map met het document openen"))
        self.folder_button.setEnabled(False)
        self.folder_button.clicked.connect(self.open_folder)
        self.viewer_missing = False
        self.status = QLabel()
        self.status.setTextFormat(Qt.PlainText)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Uitkomst van het afdrukken"))
        self.problems = InlineProblems()
        layout = form(self)
        layout.addRow(self.tr("&Document"), self.kind)
        layout.addRow(self.tr("&Voorlichting"), self.session)
        layout.addRow(self.tr("&Taal"), self.language)
        layout.addRow("", self.with_attachments)
        buttons = QHBoxLayout()
        buttons.addWidget(self.make_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.folder_button)
        buttons.addStretch()
        layout.addRow(buttons)
        layout.addRow(self.problems.holder())
        layout.addRow(self.status)
        self._kind_changed()

    def set_document(self, doc: OpenDocument | None) -> None:
        self.doc = doc
        self.session.clear()
        self.session.addItem(self.tr("Leeg formulier"), None)
        for session in (doc.cycle.sessions if doc else []):
            caption = f"{format_date(session.held_on)} {session.title}".strip()
            self.session.addItem(caption, session.id)
        self._offer_poster(doc is not None and m.Strand.UNWANTED in doc.org.strands)
        self.make_button.setEnabled(doc is not None and self.kind.count() > 0)

    def _offer_poster(self, whole_psa: bool) -> None:
        """The sheet for the wall belongs to the whole PSA policy: offered only for a file
        that covers it (the builder refuses a werkdruk-only file)."""
        index = self.kind.findData(WALL_SHEET)
        if whole_psa and index < 0 and WALL_SHEET in registry.available():
            self.kind.addItem(self.titles.get(WALL_SHEET, WALL_SHEET), WALL_SHEET)
        elif not whole_psa and index >= 0:
            self.kind.removeItem(index)

    def _kind_changed(self) -> None:
        self.session.setEnabled(self.kind.currentData() == "attendance")
        self.with_attachments.setEnabled(self.kind.currentData() == "dossier")

    def suggested_name(self) -> str:
        name = f"{self.doc.org.profile.name} - {self.kind.currentText()} - {self.doc.today}"
        return safe_file_name(name, ".pdf", fallback=self.tr("document"))

    def make_pdf(self) -> None:
        name = file_dialogs.save_file_name(
            self, self.tr("PDF opslaan als"), self.suggested_name(),
            self.tr("PDF-documenten (*.pdf)"))
        if name:
            self.build_to(Path(name if name.lower().endswith(".pdf") else name + ".pdf"))

    def build_to(self, target: Path) -> BackgroundTask | None:
        """Build the chosen document into `target`; the viewer opens when it is ready."""
        kind = self.kind.currentData()
        org, cycle = self.doc.snapshot()  # edits made while it builds do not reach it
        source = self.doc.file.path  # the PDF never replaces it, nor any other .werkdruk file
        options = {"session_id": self.session.currentData()} if kind == "attendance" else {}
        language, today = self.language.currentData(), self.doc.today
        with_proof = None
        if kind == "dossier" and self.with_attachments.isChecked():
            try:
                with_proof = dossier_builder(self.doc, org, cycle)
            except WerkdrukError as error:  # an attachment no longer matches its checksum
                self._failed(str(error))
                return None

        def work() -> Path:  # in a worker thread: the language is this build's only
            pdf = (with_proof(today, language) if with_proof else
                   registry.build(kind, org, cycle, printed_on=today, language=language,
                                  **options))
            write_bytes_atomically(target, pdf, [source])
            return target

        self.make_button.setEnabled(False)
        self.problems.show_problems([])
        self.status.setText(self.tr("Bezig met maken…"))
        task = BackgroundTask(self, self.tr("Document maken…"), work)
        task.done.connect(self._built)
        task.failed.connect(self._failed)
        return task.start()

    def _built(self, path: Path) -> None:
        self.last_pdf = path
        self.make_button.setEnabled(True)
        self.print_button.setEnabled(True)
        self.folder_button.setEnabled(True)
        self.status.setText(self.tr("Opgeslagen: {0}").format(path))
        self.viewer_missing = not opener.open_document(path)
        if self.viewer_missing:
            self.problems.show_problems([self.tr(
                "Het document is opgeslagen, maar er is geen programma gevonden dat PDF-bestanden "
                "opent. Klik op 'Map openen' en open het document daar, of installeer een "
                "PDF-lezer.")])
        self.printed.emit(path)

    def open_folder(self) -> None:
        """Show the folder of the last document; where even that fails, name the folder."""
        if self.last_pdf is not None and not opener.open_folder(self.last_pdf.parent):
            self.problems.show_problems([self.tr(
                "De map kon niet worden geopend. Het document staat in: {0}").format(
                    self.last_pdf.parent)])

    def _failed(self, message: str) -> None:
        self.make_button.setEnabled(True)
        self.status.setText("")
        self.problems.show_problems([message])

    def print_pdf(self) -> None:
        """Hand the PDF to the system's printing; where that is not possible, say so."""
        if self.last_pdf is None:
            return
        if not send_to_printer(self.last_pdf):
            self.problems.show_problems([self.tr(
                "Afdrukken vanuit WerkdrukDesk lukt hier niet. Het document staat open in uw "
                "PDF-lezer; druk het daar af."
            ) if not self.viewer_missing else self.tr(
                "Afdrukken vanuit WerkdrukDesk lukt hier niet, en er is geen PDF-lezer. Zet het "
                "document op een computer met een PDF-lezer en druk het daar af: het staat in "
                "{0}").format(self.last_pdf.parent)])


def send_to_printer(path: Path) -> bool:
    """The system's own way to print a PDF: Windows' print verb, or lp elsewhere."""
    try:
        if sys.platform == "win32":
            os.startfile(str(path), "print")  # type: ignore[attr-defined]
            return True
        printer = shutil.which("lp") or shutil.which("lpr")
        if printer:
            done = subprocess.run([printer, str(path)], capture_output=True, check=False)
            return done.returncode == 0
    except OSError:
        pass
    return False
