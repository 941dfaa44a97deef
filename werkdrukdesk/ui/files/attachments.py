"""Bestand › Bijlagen…: the documents kept in the file as proof (the RI&E, the consent letter,
a scan of a signed attendance sheet): listed, added, opened with the system's viewer, removed.

The list reads only the descriptions; the content is read when a document is opened, its
checksum checked (`storage.attachments`). Opening puts a copy in a private temporary folder,
removed when the program ends, since the system's viewer needs a file.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from werkdrukdesk import APP_NAME
from werkdrukdesk.core import model as m
from werkdrukdesk.core.dates import format_date
from werkdrukdesk.core.errors import WerkdrukError
from werkdrukdesk.reports.attachments.describe import proves_word, size_text, what_it_proves
from werkdrukdesk.storage import attachments
from werkdrukdesk.storage.attachments.media import MAX_BYTES
from werkdrukdesk.ui.document import OpenDocument
from werkdrukdesk.ui.files import dialogs as file_dialogs


def file_filter() -> str:
    return QCoreApplication.translate(
        "AttachmentsDialog", "PDF, foto's en Office-bestanden (*.pdf *.png *.jpg *.jpeg *.docx "
        "*.doc *.xlsx *.xls *.pptx *.odt *.ods)")


def targets(doc: OpenDocument) -> list[tuple[m.Proves, int, str]]:
    """What a new attachment can prove: the documents, and the records of the chosen cycle."""
    cycle = doc.cycle
    found = [(m.Proves.DOCUMENT, d.id, d.title) for d in doc.org.documents if d.id is not None]
    found += [(m.Proves.CONVERSATION, t.id, doc.team_name(t.team_id)) for t in
              cycle.conversations if t.id is not None]
    found.append((m.Proves.CONSENT, m.stored_id(cycle), ""))
    found += [(m.Proves.SESSION, s.id, f"{format_date(s.held_on)} {s.title}".strip())
              for s in cycle.sessions if s.id is not None]
    found += [(m.Proves.MEASURE_EVALUATION, x.id, x.title) for x in cycle.measures
              if x.id is not None]
    found.append((m.Proves.PROCESS_EVALUATION, m.stored_id(cycle), ""))
    return [(proves, target, f"{proves_word(proves)}: {name}" if name else proves_word(proves))
            for proves, target, name in found]


def ask_target(parent: QWidget, captions: list[str]) -> int | None:
    """Which record the new attachment proves (an index into `captions`); tests replace it."""
    choice, ok = QInputDialog.getItem(
        parent, QCoreApplication.translate("AttachmentsDialog", "Waar is het een bewijs van?"),
        QCoreApplication.translate("AttachmentsDialog", "Bij welk onderdeel hoort dit document?"),
        captions, 0, False)
    return captions.index(choice) if ok and choice in captions else None


def open_with_system(path: Path) -> bool:
    """Hand a file to the system's viewer; tests replace it."""
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))


class AttachmentsDialog(QDialog):
    def __init__(self, parent: QWidget, doc: OpenDocument):
        super().__init__(parent)
        self.doc = doc
        self.listed: list[m.Attachment] = []
        self._copies: Path | None = None
        self.setWindowTitle(self.tr("Bijlagen"))
        self.resize(860, 420)
        intro = QLabel(self.tr(
            "Documenten die iets bewijzen: de RI&E, de brief met de instemming van de OR of "
            "PVT, notulen van een groepsgesprek, een foto of scan van een getekende "
            "presentielijst. Ze worden in het bestand zelf bewaard (hoogstens {0} MB per "
            "document) en komen achter het dossier als u dat met bijlagen afdrukt.").format(
                MAX_BYTES // 1024 // 1024))
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([
            self.tr("Bewijs voor"), self.tr("Bestand"), self.tr("Grootte"),
            self.tr("Toegevoegd op")])
        self.table.setAccessibleName(self.tr("Bijlagen in dit bestand"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda _: self.open_selected())
        self.add_button = QPushButton(self.tr("&Toevoegen…"))
        self.add_button.clicked.connect(self.add)
        self.open_button = QPushButton(self.tr("&Openen"))
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button = QPushButton(self.tr("&Verwijderen"))
        self.remove_button.clicked.connect(self.remove_selected)
        close = QPushButton(self.tr("&Sluiten"))
        close.clicked.connect(self.accept)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.PlainText)
        self.message.setAccessibleName(self.tr("Melding"))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.open_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.add_button.setEnabled(not doc.file.read_only)
        self.refresh()

    def refresh(self) -> None:
        self.doc.ensure_cycles()  # an attachment may prove a record of any cycle
        self.listed = attachments.listed(self.doc.file)
        self.table.setRowCount(len(self.listed))
        for row, attachment in enumerate(self.listed):
            for column, text in enumerate((
                    what_it_proves(self.doc.org, attachment), attachment.file_name,
                    size_text(attachment.size), format_date(attachment.added_on))):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self._selection_changed()

    def selected(self) -> m.Attachment | None:
        rows = self.table.selectionModel().selectedRows()
        return self.listed[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        chosen = self.selected() is not None
        self.open_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen and not self.doc.file.read_only)

    def _say(self, text: str) -> None:
        self.message.setText(text)

    def add(self) -> None:
        name = file_dialogs.open_file_name(self, self.tr("Document toevoegen"), file_filter())
        if not name:
            return
        options = targets(self.doc)
        index = ask_target(self, [caption for _, _, caption in options])
        if index is None:
            return
        proves, target, _ = options[index]
        path = Path(name)
        try:
            with self.doc.operation(self.tr("bijlage '{0}' toegevoegd").format(path.name)):
                added = attachments.add_file(self.doc.file, proves, target, path,
                                             self.doc.today)
        except WerkdrukError as error:
            self._say(str(error))
            return
        self.doc.changed.emit()  # the Bewerken menu names it
        self.refresh()
        self.table.selectRow(next(i for i, a in enumerate(self.listed) if a.id == added.id))
        self._say(self.tr("Toegevoegd: {0}").format(added.file_name))

    def open_selected(self) -> None:
        """A copy in a private temporary folder, handed to the system's viewer."""
        attachment = self.selected()
        if attachment is None:
            return
        try:
            data = attachments.read(self.doc.file, attachment)
            copy = self._copy_folder() / f"{attachment.id}" / attachment.file_name
            copy.parent.mkdir(exist_ok=True)
            copy.write_bytes(data)
        except WerkdrukError as error:
            self._say(str(error))
            return
        except OSError as error:
            self._say(self.tr("De bijlage kon niet worden klaargezet om te openen ({0}).")
                      .format(error.strerror or error))
            return
        if not open_with_system(copy):
            self._say(self.tr("Er is geen programma gevonden dat {0} opent. Een kopie staat in "
                              "{1}.").format(attachment.file_name, copy.parent))

    def remove_selected(self) -> None:
        attachment = self.selected()
        if attachment is None:
            return
        # No question first: Bewerken › Ongedaan maken brings it back, content and all.
        try:
            with self.doc.operation(
                    self.tr("bijlage '{0}' verwijderd").format(attachment.file_name)):
                attachments.remove(self.doc.file, attachment)
        except WerkdrukError as error:
            self._say(str(error))
            return
        self.doc.changed.emit()
        self.refresh()
        self._say(self.tr("Verwijderd: {0}. Met Bewerken › Ongedaan maken (Ctrl+Z) komt de "
                          "bijlage terug.").format(attachment.file_name))

    def _copy_folder(self) -> Path:
        if self._copies is None:
            self._copies = Path(tempfile.mkdtemp(prefix="werkdrukdesk-bijlagen-"))
            os.chmod(self._copies, 0o700)  # scans name people: for this user only
            app = QCoreApplication.instance()
            folder = self._copies
            if app is not None:
                app.aboutToQuit.connect(lambda: shutil.rmtree(folder, ignore_errors=True))
        return self._copies


def warn_about_attachments(parent: QWidget, doc: OpenDocument, name: str) -> None:
    """After a person was removed: attachments may name them too, and the program cannot look
    inside them. Say so and list them, so the owner can check each one."""
    listed = attachments.listed(doc.file)
    if not listed:
        return
    lines = "\n".join(f"• {a.file_name} ({what_it_proves(doc.org, a)})" for a in listed[:20])
    more = len(listed) - 20
    if more > 0:
        lines += "\n" + QCoreApplication.translate(
            "AttachmentsDialog", "… en nog {0} andere").format(more)
    QMessageBox.information(parent, APP_NAME, QCoreApplication.translate(
        "AttachmentsDialog", "'{0}' is uit de gegevens verwijderd, maar bijlagen kunnen deze "
        "persoon ook noemen, zoals een presentielijst of notulen. WerkdrukDesk kan niet in "
        "bijlagen kijken. Bekijk deze bijlagen zelf en verwijder of vervang ze waar nodig via "
        "Bestand › Bijlagen:\n\n{1}").format(name, lines))


def dossier_builder(doc: OpenDocument, org: m.Organisation, cycle: m.Cycle):
    """For the print box: a build function of the dossier with its attachments. The
    attachments of `cycle` are read here, on the window's thread (which owns the file's
    connection); the returned function may then run in a worker thread."""
    from werkdrukdesk.core import i18n
    from werkdrukdesk.reports.attachments.describe import in_dossier
    from werkdrukdesk.reports.attachments.dossier import dossier_with_attachments

    stored = [(a, attachments.read(doc.file, a)) for a in attachments.listed(doc.file)
              if in_dossier(org, cycle, a)]

    def build(printed_on, language: str, **options: object) -> bytes:
        with i18n.language(language):
            return dossier_with_attachments(org, cycle, printed_on=printed_on,
                                            attachments=stored, **options)
    return build
