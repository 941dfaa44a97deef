"""Choosing a file: Qt's own dialog, starting in the folder used last or else the user's
documents folder, which the settings remember.

Qt's own dialog rather than the system's: a system dialog (GTK, a desktop portal) speaks the
system's language, whatever the program speaks. Qt's dialog takes most of its words from the
qtbase catalogue ui.language installs; the few that catalogue leaves in English ("Look in",
"Files of type") are set here, so the whole dialog speaks the program's language.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from werkdrukdesk import APP_NAME
from werkdrukdesk.storage.platform.names import is_safe_file_name, safe_file_name
from werkdrukdesk.ui import settings


def documents_folder() -> Path:
    """The user's documents folder; the home folder where there is none."""
    found = QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


def start_folder() -> Path:
    """The folder a file was last chosen in, while it exists; else the documents folder."""
    last = settings.last_folder()
    return last if last is not None and last.is_dir() else documents_folder()


def file_dialog(parent: QWidget | None, title: str, filters: str, saving: bool) -> QFileDialog:
    """A file dialog in the program's language, opened in `start_folder()`."""
    dialog = QFileDialog(parent, title, str(start_folder()), filters)
    dialog.setOption(QFileDialog.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptSave if saving else QFileDialog.AcceptOpen)
    dialog.setFileMode(QFileDialog.AnyFile if saving else QFileDialog.ExistingFile)
    labels = {
        QFileDialog.LookIn: QCoreApplication.translate("FileDialog", "&Zoeken in:"),
        QFileDialog.FileName: QCoreApplication.translate("FileDialog", "Bestands&naam:"),
        QFileDialog.FileType: QCoreApplication.translate("FileDialog", "Bestands&type:"),
        QFileDialog.Accept: (QCoreApplication.translate("FileDialog", "Op&slaan") if saving
                             else QCoreApplication.translate("FileDialog", "&Openen")),
        QFileDialog.Reject: QCoreApplication.translate("FileDialog", "Annuleren"),
    }
    for role, text in labels.items():
        dialog.setLabelText(role, text)
    return dialog


def ask(dialog: QFileDialog) -> str:
    """Show `dialog` and wait: the file chosen, or '' when cancelled. Tests replace this."""
    if dialog.exec() != QDialog.Accepted or not dialog.selectedFiles():
        return ""
    return dialog.selectedFiles()[0]


def save_file_name(parent: QWidget | None, title: str, file_name: str, filters: str) -> str:
    """Ask where to save `file_name`; '' when cancelled. The folder chosen is remembered.
    A typed name that Windows would refuse (or read as another file) is not taken: the dialog
    comes back with a name that works everywhere, and says why."""
    dialog = file_dialog(parent, title, filters, saving=True)
    dialog.selectFile(file_name)
    while True:
        chosen = ask(dialog)
        name = Path(chosen).name if chosen else ""
        if not chosen or is_safe_file_name(name):
            return _remembered(chosen)
        better = safe_file_name(Path(name).stem, _ending(name))
        refuse(parent, QCoreApplication.translate(
            "FileDialog",
            "De naam '{0}' werkt niet op elke computer: Windows staat geen tekens als "
            "< > : \" / \\ | ? * toe, geen punt of spatie aan het eind en geen namen als CON of "
            "NUL. Voorstel: '{1}'.").format(name, better))
        dialog.setDirectory(str(Path(chosen).parent))
        dialog.selectFile(better)


def _ending(name: str) -> str:
    ending = Path(name.rstrip(" .")).suffix
    return ending if ending and is_safe_file_name("x" + ending) else ""


def refuse(parent: QWidget | None, message: str) -> None:
    """Say why a name was not taken. Tests replace this."""
    QMessageBox.warning(parent, APP_NAME, message)


def open_file_name(parent: QWidget | None, title: str, filters: str) -> str:
    """Ask which file to open; '' when cancelled. The folder chosen is remembered."""
    return _remembered(ask(file_dialog(parent, title, filters, saving=False)))


def _remembered(chosen: str) -> str:
    if chosen:
        settings.set_last_folder(Path(chosen).parent)
    return chosen
