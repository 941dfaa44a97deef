"""The overview step: progress, deadlines, and printing a real PDF in the background."""

import sys
from datetime import timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication

from tests.pinned import PINNED_DAY
from werkdrukdesk.demo.build import build_demo
from werkdrukdesk.storage import open_file
from werkdrukdesk.storage.file import write_new_file
from werkdrukdesk.ui.document import OpenDocument
from werkdrukdesk.ui.files import opener
from werkdrukdesk.ui.pages.overview import printing as overview_print
from werkdrukdesk.ui.pages.overview.page import OverviewPage
from werkdrukdesk.ui.steps import steps


@pytest.fixture
def page(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "demo.werkdruk"
    write_new_file(path, build_demo("small", today=PINNED_DAY)).close()
    file = open_file(path)
    doc = OpenDocument(file, file.load())
    opened = []
    monkeypatch.setattr(opener, "viewer_known", lambda mime_type=opener.PDF: True)
    monkeypatch.setattr(opener.QDesktopServices, "openUrl",
                        lambda url: opened.append(url.toLocalFile()) or True)
    widget = OverviewPage(next(s for s in steps() if s.key == "overview"))
    qtbot.addWidget(widget)
    widget.set_document(doc)
    widget.opened = opened
    yield widget
    file.close()


def test_overdue_measures_are_named_with_their_owner(page):
    cycle = page.doc.cycle
    late = next(x for x in cycle.measures if x.is_open)
    late.deadline = PINNED_DAY - timedelta(days=3)
    page.refresh()
    assert f"Over de termijn: {late.title}" in page.deadlines.text()


def test_the_plan_is_built_in_the_background_and_opened(page, qtbot, tmp_path):
    target = tmp_path / "plan van aanpak.pdf"
    box = page.print_box
    box.kind.setCurrentIndex(box.kind.findData("plan"))
    with qtbot.waitSignal(box.printed, timeout=30000):
        box.build_to(target)
    text = "".join(p.extract_text() for p in PdfReader(target).pages)
    assert page.doc.org.profile.name in text
    assert page.opened == [str(target)]
    assert box.print_button.isEnabled() and "Opgeslagen" in box.status.text()


def test_the_report_is_built_from_a_snapshot_that_later_edits_do_not_reach(page, qtbot, tmp_path):
    target = tmp_path / "dossier.pdf"
    box = page.print_box
    box.kind.setCurrentIndex(box.kind.findData("dossier"))
    before = page.doc.org.profile.name
    with qtbot.waitSignal(box.printed, timeout=30000):
        box.build_to(target)
        page.doc.org.profile.name = "Later hernoemd"  # an edit while the worker builds
        page.doc.cycle.measures.clear()  # and one that would trip a worker reading along
    text = "".join(p.extract_text() for p in PdfReader(target).pages)
    assert before in text and "Later hernoemd" not in text


def test_a_failure_is_explained_and_nothing_half_written(page, qtbot, tmp_path):
    target = tmp_path / "geen-map" / "plan.pdf"
    box = page.print_box
    failures = []
    box.problems.show_problems = lambda problems: failures.extend(problems)
    task = box.build_to(target)
    with qtbot.waitSignal(task.failed, timeout=30000):
        pass
    assert failures and "kon niet worden geschreven" in failures[0]
    assert not target.exists() and box.make_button.isEnabled()


def test_printing_without_a_printer_says_what_to_do(page, monkeypatch):
    box = page.print_box
    box.last_pdf = page.doc.file.path
    monkeypatch.setattr(overview_print, "send_to_printer", lambda path: False)
    shown = []
    box.problems.show_problems = lambda problems: shown.extend(problems)
    box.print_pdf()
    assert "PDF-lezer" in shown[0]


def test_without_a_pdf_reader_the_owner_is_told_and_can_open_the_folder(page, qtbot, tmp_path,
                                                                        monkeypatch):
    monkeypatch.setattr(opener, "viewer_known", lambda mime_type=opener.PDF: False)
    target = tmp_path / "stukken" / "plan.pdf"
    target.parent.mkdir()
    box = page.print_box
    with qtbot.waitSignal(box.printed, timeout=30000):
        box.build_to(target)
    assert target.exists() and page.opened == []  # saved, and no reader was started
    assert not box.problems.isHidden()
    assert "geen programma gevonden dat PDF-bestanden opent" in box.problems.text()
    assert "Map openen" in box.problems.text()
    assert box.folder_button.isEnabled() and box.folder_button.text() == "Map &openen"
    box.folder_button.click()
    assert page.opened == [str(target.parent)]


def test_when_even_the_folder_does_not_open_its_place_is_named(page, qtbot, tmp_path,
                                                              monkeypatch):
    target = tmp_path / "plan.pdf"
    with qtbot.waitSignal(page.print_box.printed, timeout=30000):
        page.print_box.build_to(target)
    monkeypatch.setattr(opener.QDesktopServices, "openUrl", lambda url: False)
    page.print_box.open_folder()
    assert str(tmp_path) in page.print_box.problems.text()


def test_a_message_coming_or_going_leaves_the_status_line_where_it_is(page, qtbot, tmp_path):
    """A failed build says why under the buttons; the next build takes the message away. The
    line under it stays put (QFormLayout gives a hidden row no space; the message sits in a
    holder)."""
    box = page.print_box
    page.resize(1100, 700)
    page.show()

    def build(target, ends: str) -> tuple[int, bool]:
        task = box.build_to(target)
        with qtbot.waitSignal(getattr(task, ends), timeout=30000):
            pass
        for _ in range(20):  # the layout passes a change of size sets off
            QApplication.processEvents()
        return box.status.mapTo(page, QPoint(0, 0)).y(), box.problems.isHidden()

    top, hidden = build(tmp_path / "geen-map" / "plan.pdf", "failed")
    assert not hidden and "kon niet worden geschreven" in box.problems.text()
    assert build(tmp_path / "plan.pdf", "done") == (top, True)
    assert "Opgeslagen" in box.status.text()


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="the system reports it there")
def test_a_system_without_xdg_tools_has_no_known_pdf_reader(monkeypatch):
    monkeypatch.setattr(opener.shutil, "which", lambda name: None)
    assert not opener.viewer_known()
    assert not opener.open_document(opener.Path("plan.pdf"))


def test_the_wall_sheet_is_offered_for_the_whole_psa_policy_only(page, qtbot, tmp_path):
    from werkdrukdesk.core import model as m
    from werkdrukdesk.core.psa.scope import set_scope

    box = page.print_box
    for source in set_scope(page.doc.org, m.PsaScope.WERKDRUK):  # as the organisation step does
        page.doc.file.save(source)
    page.refresh()
    assert box.kind.findData("poster") < 0
    for source in set_scope(page.doc.org, m.PsaScope.WHOLE):
        page.doc.file.save(source)
    page.refresh()
    box.kind.setCurrentIndex(box.kind.findData("poster"))
    assert box.kind.currentText().startswith("Blad voor aan de muur")
    target = tmp_path / "muur.pdf"
    with qtbot.waitSignal(box.printed, timeout=30000):
        box.build_to(target)
    assert "Zo gaan we met elkaar om" in PdfReader(target).pages[0].extract_text()
    for source in set_scope(page.doc.org, m.PsaScope.WERKDRUK):
        page.doc.file.save(source)
    page.refresh()
    assert box.kind.findData("poster") < 0
