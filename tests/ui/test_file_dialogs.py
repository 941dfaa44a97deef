"""File dialogs start where the owner keeps her files (the documents folder, then the folder
she used last, remembered across starts), and speak Dutch from top to bottom."""

from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel

from tests.pinned import PINNED_DAY
from tests.ui.conftest import speaking
from werkdrukdesk.core import model as m
from werkdrukdesk.storage import create_file
from werkdrukdesk.ui import settings
from werkdrukdesk.ui.files import dialogs as file_dialogs

ENGLISH_WORDS = ("Look in", "Files of type", "File name", "Save", "Open", "Cancel", "Back",
                 "Forward", "Detail View", "List View", "Name", "Size", "Date Modified")


class Asked:
    def __init__(self):
        self.dialogs: list[QFileDialog] = []
        self.answers: list[str] = []

    def __call__(self, dialog: QFileDialog) -> str:
        self.dialogs.append(dialog)
        return self.answers.pop(0)


@pytest.fixture(autouse=True)
def home(tmp_path, monkeypatch):
    """A home folder with a documents folder of its own, as most owners have."""
    folder = tmp_path / "home"
    (folder / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(folder))
    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(folder / "Documents"))
    return folder


@pytest.fixture
def asked(monkeypatch):
    """Each dialog the program shows, answered with the next of `asked.answers`."""
    answering = Asked()
    monkeypatch.setattr(file_dialogs, "ask", answering)
    return answering


@pytest.fixture
def dutch(qapp):
    yield from speaking(qapp, "nl")


def folder_of(dialog: QFileDialog) -> Path:
    return Path(dialog.directory().absolutePath())


def test_the_first_dialog_opens_in_the_documents_folder_then_the_last_folder_used(
        window, qtbot, tmp_path, asked, home):
    own = tmp_path / "Bakkerij stukken"
    own.mkdir()
    path = own / "bakkerij.werkdruk"
    with create_file(path, m.Profile("Bakkerij De Korenschoof"), PINNED_DAY):
        pass
    asked.answers = [str(path), ""]
    with qtbot.waitSignal(window.file_opened, timeout=10000):
        window.actions_.choose_file()
    first = asked.dialogs[0]
    assert folder_of(first) == (home / "Documents").resolve()
    assert first.testOption(QFileDialog.DontUseNativeDialog)
    assert settings.last_folder() == own.resolve()
    window.actions_.save_copy()  # cancelled, but it opened where the file came from
    assert folder_of(asked.dialogs[1]) == own.resolve()
    assert asked.dialogs[1].acceptMode() == QFileDialog.AcceptSave
    assert Path(asked.dialogs[1].selectedFiles()[0]).name == "bakkerij (kopie).werkdruk"


def test_the_last_folder_is_remembered_across_starts_and_forgotten_when_gone(tmp_path, asked,
                                                                            home):
    gone = tmp_path / "weg"
    gone.mkdir()
    asked.answers = [str(gone / "plan.pdf"), ""]
    assert file_dialogs.save_file_name(None, "PDF opslaan als", "plan.pdf", "PDF (*.pdf)")
    assert settings.load_settings()["last_folder"] == str(gone.resolve())  # on disk
    gone.rmdir()
    file_dialogs.open_file_name(None, "Bestand openen", "*.werkdruk")
    assert folder_of(asked.dialogs[1]) == (home / "Documents").resolve()


@pytest.mark.parametrize("saving", [True, False])
def test_the_dialog_speaks_dutch_from_top_to_bottom(qtbot, dutch, saving):
    dialog = file_dialogs.file_dialog(None, "PDF opslaan als", "PDF-documenten (*.pdf)", saving)
    qtbot.addWidget(dialog)
    dialog.show()
    texts = [w.text() for w in dialog.findChildren(QLabel)]
    texts += [b.text() or b.toolTip() for b in dialog.findChildren(QAbstractButton)]
    plain = [t.replace("&", "").rstrip(":") for t in texts if t]
    assert "Zoeken in" in plain and "Bestandsnaam" in plain and "Bestandstype" in plain
    assert ("Opslaan" if saving else "Openen") in plain and "Annuleren" in plain
    assert not [t for t in plain if t in ENGLISH_WORDS]


def test_a_typed_name_windows_refuses_is_not_taken(qtbot, monkeypatch, tmp_path):
    asked, refused = Asked(), []
    asked.answers = [str(tmp_path / "plan: R&D?.pdf"), str(tmp_path / "CON.pdf"),
                     str(tmp_path / "plan R&D.pdf")]
    monkeypatch.setattr(file_dialogs, "ask", asked)
    monkeypatch.setattr(file_dialogs, "refuse", lambda _parent, message: refused.append(message))
    chosen = file_dialogs.save_file_name(None, "Opslaan", "plan.pdf", "PDF (*.pdf)")
    assert chosen == str(tmp_path / "plan R&D.pdf")
    assert len(refused) == 2 and "plan: R&D?.pdf" in refused[0] and "werkt niet" in refused[0]
    assert "'plan_ R&D_.pdf'" in refused[0] and "'_CON.pdf'" in refused[1]
    assert Path(asked.dialogs[-1].selectedFiles()[0]).name == "_CON.pdf"
