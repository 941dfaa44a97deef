"""Bestand › Bijlagen…: a real file added through the dialog, listed, opened with the system's
viewer (a copy), refused when too large, removed; and the AVG removal that points at them."""

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.pinned import PINNED_DAY
from tests.reports.test_dossier_attachments import rie_pdf, scanned_sheet
from tests.ui.conftest import open_in
from werkdrukdesk.core import model as m
from werkdrukdesk.demo.build import build_demo
from werkdrukdesk.storage import attachments
from werkdrukdesk.storage.attachments.media import MAX_BYTES
from werkdrukdesk.storage.file import write_new_file
from werkdrukdesk.ui.document import OpenDocument
from werkdrukdesk.ui.files import actions as file_actions
from werkdrukdesk.ui.files import attachments as dialog_module
from werkdrukdesk.ui.files.attachments import AttachmentsDialog


@pytest.fixture
def doc(tmp_path):
    with write_new_file(tmp_path / "demo.werkdruk", build_demo("small", today=PINNED_DAY)) as f:
        yield OpenDocument(f, f.load())


def _choose(monkeypatch, path, caption_start):
    monkeypatch.setattr(dialog_module.file_dialogs, "open_file_name", lambda *a: str(path))
    monkeypatch.setattr(dialog_module, "ask_target", lambda parent, captions: next(
        i for i, c in enumerate(captions) if c.startswith(caption_start)))


def test_add_list_open_and_remove_a_real_file(qtbot, doc, tmp_path, monkeypatch):
    sheet = tmp_path / "Presentielijst Ayşe Yılmaz.png"
    sheet.write_bytes(scanned_sheet())
    dialog = AttachmentsDialog(None, doc)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 0 and not dialog.open_button.isEnabled()
    _choose(monkeypatch, sheet, "Voorlichting")
    dialog.add_button.click()
    assert dialog.table.rowCount() == 1
    session = doc.cycle.sessions[0]
    assert dialog.table.item(0, 0).text().startswith("Voorlichting (presentielijst): ")
    assert session.title in dialog.table.item(0, 0).text()
    assert dialog.table.item(0, 1).text() == sheet.name
    assert dialog.table.item(0, 3).text() == PINNED_DAY.strftime("%d-%m-%Y")
    [stored] = attachments.listed(doc.file)
    assert (stored.proves, stored.target_id) == (m.Proves.SESSION, session.id)
    # Opened: a copy, byte for byte, handed to the system's viewer.
    opened = []
    monkeypatch.setattr(dialog_module, "open_with_system", lambda path: opened.append(path) or 1)
    copies = tmp_path / "kopieën"
    monkeypatch.setattr(dialog_module.tempfile, "mkdtemp",
                        lambda prefix: copies.mkdir() or str(copies))
    dialog.open_button.click()
    assert opened and opened[0].name == sheet.name and copies in opened[0].parents
    assert opened[0].read_bytes() == sheet.read_bytes()
    # Removed at once; undo brings it back, content and checksum and all.
    dialog.remove_button.click()
    assert dialog.table.rowCount() == 0 and attachments.listed(doc.file) == []
    assert "Ongedaan maken" in dialog.message.text()
    assert doc.undo_label == f"bijlage '{sheet.name}' verwijderd"
    assert doc.undo()
    [back] = attachments.listed(doc.file)
    assert back == stored and attachments.read(doc.file, back) == sheet.read_bytes()
    assert doc.undo_label == f"bijlage '{sheet.name}' toegevoegd"


def test_too_large_is_refused_with_a_message(qtbot, doc, tmp_path, monkeypatch):
    big = tmp_path / "RI&E scan.pdf"
    big.write_bytes(b"%PDF-" + b"0" * MAX_BYTES)
    dialog = AttachmentsDialog(None, doc)
    qtbot.addWidget(dialog)
    _choose(monkeypatch, big, "Document")
    dialog.add_button.click()
    assert "hoogstens 25 MB" in dialog.message.text()
    assert dialog.table.rowCount() == 0


def test_each_kind_of_proof_is_offered(doc):
    offered = {proves for proves, _, _ in dialog_module.targets(doc)}
    assert {m.Proves.DOCUMENT, m.Proves.CONSENT, m.Proves.SESSION, m.Proves.MEASURE_EVALUATION,
            m.Proves.PROCESS_EVALUATION} <= offered


def test_removing_a_person_points_at_the_attachments(window, qtbot, tmp_path, monkeypatch):
    path = tmp_path / "demo.werkdruk"
    with write_new_file(path, build_demo("small", today=PINNED_DAY)) as file:
        org = file.load()
        attachments.add(file, m.Proves.DOCUMENT, org.documents[0].id, "RI&E.pdf", rie_pdf(2),
                        PINNED_DAY)
    open_in(window, qtbot, path)
    monkeypatch.setattr(file_actions.QInputDialog, "getText",
                        lambda *a, **k: ("Łukasz Kowalczyk", True))
    monkeypatch.setattr(file_actions.QMessageBox, "question", lambda *a, **k: QMessageBox.No)
    told = []
    monkeypatch.setattr(dialog_module.QMessageBox, "information",
                        lambda parent, title, text: told.append(text))
    window.actions_.remove_person()
    assert len(told) == 1 and "RI&E.pdf" in told[0] and "niet in bijlagen kijken" in told[0]
    assert window.actions_.attachments_action.isEnabled()


def test_the_print_box_appends_the_attachments_to_the_dossier(qtbot, doc, tmp_path,
                                                              monkeypatch):
    from pypdf import PdfReader

    from werkdrukdesk.ui.files import opener
    from werkdrukdesk.ui.pages.overview.printing import PrintBox

    attachments.add(doc.file, m.Proves.SESSION, doc.cycle.sessions[0].id, "lijst.png",
                    scanned_sheet(), PINNED_DAY)
    monkeypatch.setattr(opener, "viewer_known", lambda mime_type=opener.PDF: True)
    monkeypatch.setattr(opener.QDesktopServices, "openUrl", lambda url: True)
    box = PrintBox()
    qtbot.addWidget(box)
    box.set_document(doc)
    box.kind.setCurrentIndex(box.kind.findData("plan"))
    assert not box.with_attachments.isEnabled()
    box.kind.setCurrentIndex(box.kind.findData("dossier"))
    assert box.with_attachments.isEnabled()
    plain, whole = tmp_path / "dossier.pdf", tmp_path / "met bijlagen.pdf"
    with qtbot.waitSignal(box.printed, timeout=60000):
        box.build_to(plain)
    box.with_attachments.setChecked(True)
    with qtbot.waitSignal(box.printed, timeout=60000):
        box.build_to(whole)
    # the contents of the appendix, the title page and the sheet's page
    assert len(PdfReader(whole).pages) == len(PdfReader(plain).pages) + 3
