"""The window on a file in a synced folder: one notice per file, and comparing conflict copies."""

from PySide6.QtWidgets import QMessageBox

from tests.pinned import PINNED_DAY
from tests.ui.conftest import open_in
from werkdrukdesk.core import model as m
from werkdrukdesk.storage import create_file
from werkdrukdesk.storage.lock import lock_path
from werkdrukdesk.ui.files import synced


def organisation(path, name, measures=()):
    path.parent.mkdir(parents=True, exist_ok=True)
    with create_file(path, m.Profile(name), PINNED_DAY) as file:
        cycle = file.load().cycles[0]
        for title in measures:
            file.save(m.Measure(title=title), cycle.id)
    return path


def test_a_file_in_onedrive_is_explained_once(window, qtbot, tmp_path):
    path = organisation(tmp_path / "OneDrive" / "Documenten" / "Bakkerij.werkdruk", "Bakkerij")
    open_in(window, qtbot, path)
    notice = window.synced_files.notice
    assert notice is not None and notice.isVisible()
    text = notice.text()
    assert "OneDrive" in text and "één computer tegelijk" in text
    assert "buiten de gesynchroniseerde map" in text
    notice.accept()
    window.synced_files.notice = None
    window.close_document()
    open_in(window, qtbot, path)  # the second time: no notice
    assert window.synced_files.notice is None


def test_an_ordinary_folder_says_nothing(window, qtbot, tmp_path):
    open_in(window, qtbot, organisation(tmp_path / "Documenten" / "B.werkdruk", "Bakkerij"))
    assert window.synced_files.notice is None and window.synced_files.question is None


def test_conflict_copies_are_offered_for_comparison(window, qtbot, tmp_path):
    folder = tmp_path / "Dropbox"
    path = organisation(folder / "Bakkerij.werkdruk", "Bakkerij", ["Pauzes", "Roosters"])
    copy = organisation(folder / "Bakkerij (Ayşe's conflicted copy 2026-01-02).werkdruk",
                        "Bakkerij", ["Pauzes"])
    before = copy.read_bytes()
    open_in(window, qtbot, path)
    question = window.synced_files.question
    assert question is not None and copy.name in question.text()
    window.synced_files.notice.accept()
    question.button(QMessageBox.Yes).click()
    dialog = window.synced_files.comparison
    assert dialog is not None and dialog.isVisible()
    assert dialog.text("file", 0) == "Bakkerij.werkdruk (nu geopend)"
    assert dialog.text("file", 1) == copy.name
    assert [dialog.text("measures", c) for c in (0, 1)] == ["2", "1"]
    assert [dialog.text("organisation", c) for c in (0, 1)] == ["Bakkerij", "Bakkerij"]
    assert dialog.text("cycle", 1) == "cyclus 1 (van 1)"
    dialog.reject()
    assert copy.read_bytes() == before and not lock_path(copy).exists()


def test_the_notice_names_a_synced_backup_folder_too(tmp_path):
    from werkdrukdesk.storage.platform.synced import SyncedFolder

    text = synced.synced_notice(tmp_path / "B.werkdruk", SyncedFolder("OneDrive", tmp_path),
                                tmp_path / "OneDrive" / "backups")
    assert "ook de map met reservekopieën" in text


def test_a_file_finder_hands_over_is_opened(window, qtbot, qapp, tmp_path):
    """macOS gives a double-clicked document as a file-open event, not on the command line."""
    from PySide6.QtGui import QFileOpenEvent

    from werkdrukdesk.ui.files.file_open import FileOpenEvents

    path = organisation(tmp_path / "Bakkerij.werkdruk", "Bakkerij")
    opens = FileOpenEvents(window)
    qapp.installEventFilter(opens)
    try:
        with qtbot.waitSignal(window.file_opened, timeout=10000):
            qapp.sendEvent(qapp, QFileOpenEvent(str(path)))
    finally:
        qapp.removeEventFilter(opens)
    assert window.doc is not None and window.doc.file.path.name == "Bakkerij.werkdruk"
