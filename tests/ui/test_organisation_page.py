"""Step 1 in a real widget on a real file."""

from datetime import date

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from tests.pinned import PINNED_DAY
from werkdrukdesk.core import model as m
from werkdrukdesk.storage import create_file, open_file
from werkdrukdesk.ui.document import OpenDocument
from werkdrukdesk.ui.pages.organisation import lists as organisation_lists
from werkdrukdesk.ui.pages.organisation.page import OrganisationPage
from werkdrukdesk.ui.steps import steps


@pytest.fixture
def setup(qtbot, tmp_path):
    path = tmp_path / "org.werkdruk"
    file = create_file(path, m.Profile("Bakkerij"), PINNED_DAY)
    doc = OpenDocument(file, file.load())
    page = OrganisationPage(next(s for s in steps() if s.key == "organisation"))
    qtbot.addWidget(page)
    page.set_document(doc)
    yield page, doc, path
    file.close()


def finish(edit, text):
    edit.setText(text)
    edit.editingFinished.emit()


def test_profile_edits_are_stored_at_once(setup):
    page, doc, path = setup
    finish(page.name, "Ayşe Yılmaz Bakkerij & Zn <Noord>")
    finish(page.kvk, "12345678")
    page.headcount.setValue(14)
    page.headcount.editingFinished.emit()
    finish(page.rie_date, "3-9-2025")
    page.notes.setFocus()
    page.notes.setPlainText("Twintig pagina's " * 200)
    page.leave()
    profile = open_file(path, read_only=True).load().profile
    assert profile.name == "Ayşe Yılmaz Bakkerij & Zn <Noord>"
    assert (profile.kvk_number, profile.headcount, profile.rie_date) == (
        "12345678", 14, date(2025, 9, 3))
    assert profile.notes.startswith("Twintig pagina's")
    assert page.rie_date.text() == "03-09-2025"


def test_mistakes_are_explained_inline_and_bad_dates_not_stored(setup):
    page, doc, path = setup
    finish(page.kvk, "123")
    assert "8 cijfers" in page.problems.text() and page.problems.isVisibleTo(page)
    top = page.problems.geometry()
    finish(page.rie_date, "31-02-2025")
    # explained beside the field, marked for eyes and screen readers, the form unmoved
    assert page.rie_date.problem == "Die dag bestaat niet: februari 2025 heeft 28 dagen."
    assert page.rie_date.accessibleDescription() == page.rie_date.problem
    assert page.rie_date.text() == "31-02-2025" and "a4161a" in page.rie_date.styleSheet()
    assert page.problems.geometry() == top
    assert open_file(path, read_only=True).load().profile.rie_date is None
    finish(page.rie_date, "28 feb 2025")
    assert page.rie_date.problem == "" and page.rie_date.accessibleDescription() == ""
    assert page.rie_date.text() == "28-02-2025" and page.rie_date.styleSheet() == ""
    assert open_file(path, read_only=True).load().profile.rie_date == date(2025, 2, 28)


def test_teams_are_added_edited_and_removed(setup, monkeypatch):
    page, doc, path = setup
    teams = page.teams
    teams.add_team()
    teams.table.item(0, 0).setText("R&D <Noord>")
    teams.table.item(0, 1).setText("12")
    teams.table.item(0, 2).setCheckState(organisation_lists.Qt.Checked)
    stored = open_file(path, read_only=True).load().cycles[0].teams
    assert [(t.name, t.headcount, t.hybrid) for t in stored] == [("R&D <Noord>", 12, True)]
    teams.table.item(0, 1).setText("twaalf")
    assert "als getal" in teams.problems.text()
    teams.add_team()
    teams.table.item(1, 0).setText("r&d <noord>")
    assert "al een team" in teams.problems.text()
    monkeypatch.setattr(organisation_lists.QMessageBox, "question",
                        lambda *a: organisation_lists.QMessageBox.Yes)
    teams.table.setCurrentCell(0, 0)
    teams.remove_team()
    assert len(open_file(path, read_only=True).load().cycles[0].teams) == 1


def test_documents_are_kept(setup):
    page, doc, path = setup
    page.documents.add_document()
    finish(page.documents.title_edit, "Verdiepend onderzoek werkdruk 2025")
    finish(page.documents.date, "01-10-2025")
    stored = open_file(path, read_only=True).load().documents
    assert [(d.title, d.document_date) for d in stored] == [
        ("Verdiepend onderzoek werkdruk 2025", date(2025, 10, 1))]


def test_where_the_rie_covers_werkdruk_is_stored(setup):
    page, doc, path = setup
    page.covers_werkdruk.setChecked(True)
    page.covers_aggression.setChecked(True)
    finish(page.werkdruk_place, "Hoofdstuk 4, blz. 12")
    finish(page.werkdruk_date, "01-02-2025")
    profile = open_file(path, read_only=True).load().profile
    assert (profile.rie_covers_werkdruk, profile.rie_covers_unwanted,
            profile.rie_covers_aggression) == (True, False, True)
    assert profile.rie_werkdruk_place == "Hoofdstuk 4, blz. 12"
    assert profile.rie_werkdruk_date == date(2025, 2, 1)


def test_changes_since_the_rie_are_kept_and_removed(setup):
    page, doc, path = setup
    page.changes.add_change()
    box = page.changes
    box.kind.setCurrentIndex(box.kind.findData(m.ChangeKind.HYBRID_WORK))
    box.kind.activated.emit(box.kind.currentIndex())
    finish(box.date, "15-03-2026")
    box.description.setPlainText("De administratie werkt twee dagen thuis.")
    box.description.flush()
    [change] = open_file(path, read_only=True).load().changes
    assert (change.kind, change.changed_on) == (m.ChangeKind.HYBRID_WORK, date(2026, 3, 15))
    assert change.description == "De administratie werkt twee dagen thuis."
    assert "hybride werken" in box.list.item(0).text()
    box.remove_change()
    assert open_file(path, read_only=True).load().changes == []


def _settle() -> None:
    for _ in range(20):  # the layout passes a change of size sets off
        QApplication.processEvents()


def _top(widget, page) -> int:
    _settle()
    return widget.mapTo(page, QPoint(0, 0)).y()


def _mac_sized(page) -> None:
    """The system font of a Mac (13 pt): the documents' form is then taller than the list
    beside it, so a row more or less in the form changes the box's height."""
    font = QFont(page.font())
    font.setPointSize(13)
    page.setFont(font)
    page.resize(1100, 700)
    page.show()


def test_a_document_message_coming_or_going_leaves_the_changes_below_in_place(setup):
    """QFormLayout gives a hidden row no space: the message under the document's form sits in
    a holder, so the box under it does not move when the message comes or goes."""
    page, doc, path = setup
    _mac_sized(page)
    page.documents.add_document()
    box = page.documents
    finish(box.title_edit, "")
    shown = _top(page.changes, page)
    assert "titel" in box.problems.text() and not box.problems.isHidden()
    finish(box.title_edit, "RI&E Bakkerij Ayşe Yılmaz")
    assert box.problems.isHidden()
    assert _top(page.changes, page) == shown
    finish(box.title_edit, "  ")
    assert _top(page.changes, page) == shown and not box.problems.isHidden()


def test_a_closed_cycle_keeps_its_teams_fixed(setup, qtbot):
    page, doc, path = setup
    page.teams.add_team()
    doc.file.start_next_cycle(doc.org, PINNED_DAY)
    doc.choose_cycle(doc.org.cycles[0])
    assert not page.teams.add_button.isEnabled()
    assert page.teams.table.rowCount() == 1
    assert not page.teams.table.item(0, 0).flags() & organisation_lists.Qt.ItemIsEditable
    assert page.name.isEnabled()  # the profile belongs to the organisation, not the cycle
