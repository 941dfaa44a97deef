"""The voorlichting step with a real widget on a real .werkdruk file."""

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from tests.pinned import PINNED_DAY
from werkdrukdesk.core import model as m
from werkdrukdesk.storage import create_file, open_file
from werkdrukdesk.ui.document import OpenDocument
from werkdrukdesk.ui.pages.sessions import people as sessions_people
from werkdrukdesk.ui.pages.sessions.page import SessionsPage
from werkdrukdesk.ui.steps import steps


@pytest.fixture
def path(tmp_path) -> Path:
    path = tmp_path / "kapsalon.werkdruk"
    with create_file(path, m.Profile("Kapsalon Ayşe Yılmaz", headcount=12), PINNED_DAY) as file:
        cycle = file.load().cycles[0]
        file.save(m.Team("Salon", 7), cycle.id)
        file.save(m.Team("R&D <Noord>", 5), cycle.id)
    return path


@pytest.fixture
def page(qtbot, path):
    file = open_file(path)
    doc = OpenDocument(file, file.load())
    page = SessionsPage(next(s for s in steps() if s.key == "sessions"))
    qtbot.addWidget(page)
    page.resize(1100, 640)
    page.show()
    page.set_document(doc)
    yield page
    file.close()


def _stored(path: Path) -> list[m.InformationSession]:
    with open_file(path, read_only=True) as file:
        return file.load().cycles[0].sessions


def _type(edit, text: str) -> None:
    edit.setText(text)
    edit.editingFinished.emit()


def _choose(combo, code) -> None:
    combo.set_code(code)
    combo.activated.emit(combo.currentIndex())


def test_without_sessions_the_editor_waits_and_the_summary_says_so(page):
    assert page.table.rowCount() == 0
    assert page.stack.currentIndex() == 0
    assert "nog geen voorlichting" in page.summary.text.text()
    assert not page.remove_button.isEnabled()


def test_a_new_session_is_stored_with_every_field(page, path):
    page.new_button.click()
    editor = page.editor
    assert page.stack.currentIndex() == 1 and page.table.rowCount() == 1
    _type(editor.held_on, "3-2-2026")
    _type(editor.title_edit, "Werkstress bij Ayşe Yılmaz & co")
    _choose(editor.form_choice, m.SessionForm.TRAINING)
    _choose(editor.audience, m.Audience.EVERYONE)
    _type(editor.given_by, "Łukasz Nowak")
    editor.topic_boxes[m.Topic.WHAT_IS_STRESS].setChecked(True)
    editor.topic_boxes[m.Topic.SIGNALS_IN_OTHERS].setChecked(True)
    teams = page.doc.cycle.teams
    people = editor.attendees
    people.team_choice.setCurrentIndex(people.team_choice.findData(teams[1].id))
    people.name_edit.setText("Ayşe Yılmaz")
    people.add_button.click()
    people.name_edit.setText("Jan de Vries")
    people.name_edit.returnPressed.emit()
    spin = editor.counts.spins[teams[0].id]
    spin.setValue(4)
    spin.editingFinished.emit()
    editor.notes.setPlainText("Volgende keer met de bedrijfsarts.")
    page.leave()

    [session] = _stored(path)
    assert session.held_on == date(2026, 2, 3)
    assert session.title == "Werkstress bij Ayşe Yılmaz & co"
    assert (session.form, session.audience) == (m.SessionForm.TRAINING, m.Audience.EVERYONE)
    assert session.given_by == "Łukasz Nowak"
    assert isinstance(page.doc.cycle.sessions[0].form, m.SessionForm)  # an enum, not a str
    assert set(session.topics) == {m.Topic.WHAT_IS_STRESS, m.Topic.SIGNALS_IN_OTHERS}
    assert [(a.name, a.team_id) for a in session.attendees] == [
        ("Ayşe Yılmaz", teams[1].id), ("Jan de Vries", teams[1].id)]
    assert session.team_counts == {teams[0].id: 4}
    assert session.notes == "Volgende keer met de bedrijfsarts."
    # the list and the summary follow the edits
    assert page.table.item(0, 0).text() == "03-02-2026"
    assert page.table.item(0, 4).text() == "6"
    summary = page.summary.text.text()
    assert "signalen van werkstress bij medewerkers herkennen is aan bod" in summary
    assert "waar werkstress vandaan komt" in summary
    assert "minstens 6 van de 12 medewerkers (50%)" in summary
    assert "Minder dan de helft bereikt in: R&D <Noord> (2 van 5)" in summary
    assert editor.attendees.table.item(0, 0).text() == "Ayşe Yılmaz"


def test_attendees_can_be_renamed_moved_and_struck(page, path, qtbot, monkeypatch):
    monkeypatch.setattr(sessions_people.QMessageBox, "question",
                        lambda *a: sessions_people.QMessageBox.Yes)
    page.new_button.click()
    people = page.editor.attendees
    for name in ("Ayşe Yılmaz", "Piet"):
        people.name_edit.setText(name)
        people.add_button.click()
    people.table.item(1, 0).setText("Piet Öztürk")
    # the team is chosen with the table's own editor, as F2 or a double click opens it, and
    # confirmed with Enter: the real way, which once showed a team the file did not get
    team = page.doc.cycle.teams[1]
    index = people.table.model().index(1, 1)
    people.table.setCurrentIndex(index)
    people.table.edit(index)
    (combo,) = people.table.viewport().findChildren(QComboBox)
    assert combo.currentText() == "(geen team)"
    combo.setCurrentIndex(combo.findData(team.id))
    qtbot.keyClick(combo, Qt.Key_Return)
    qtbot.waitUntil(lambda: people.table.item(1, 1).data(Qt.UserRole) == team.id)
    assert people.table.item(1, 1).text() == "R&D <Noord>"
    assert [(a.name, a.team_id) for a in _stored(path)[0].attendees] == [
        ("Ayşe Yılmaz", None), ("Piet Öztürk", team.id)]
    people.table.setCurrentCell(0, 0)
    people.remove_button.click()
    assert [a.name for a in _stored(path)[0].attendees] == ["Piet Öztürk"]


def test_mistakes_are_explained_inline(page, path, qtbot):
    page.new_button.click()
    editor = page.editor
    problems = editor.problems.text()
    assert "Kies minstens één onderwerp" in problems and not editor.problems.isHidden()
    _type(editor.held_on, "31-02-2026")
    assert "februari 2026 heeft 28 dagen" in editor.held_on.problem
    editor.topic_boxes[m.Topic.SIGNALS_IN_OTHERS].setChecked(True)
    assert "telt alleen mee voor leidinggevenden" in editor.problems.text()
    people = editor.attendees
    people.add_button.click()
    assert "Typ eerst de naam" in people.problems.text()
    people.name_edit.setText("Ayşe Yılmaz")
    people.add_button.click()
    people.name_edit.setText("  ayşe   yılmaz ")
    people.add_button.click()
    assert "staat al op de lijst" in people.problems.text()
    people.table.item(0, 0).setText("   ")
    assert "zonder naam" in people.problems.text()
    qtbot.waitUntil(lambda: people.table.item(0, 0).text() == "Ayşe Yılmaz")
    assert [a.name for a in _stored(path)[0].attendees] == ["Ayşe Yılmaz"]
    assert _stored(path)[0].held_on == PINNED_DAY  # the wrong date was not stored


def test_removing_needs_no_question_because_undo_brings_it_back(page, path):
    page.new_button.click()
    page.new_button.click()
    page.remove_button.click()
    assert len(_stored(path)) == 1 and page.table.rowCount() == 1
    page.remove_button.click()
    assert _stored(path) == [] and page.stack.currentIndex() == 0
    assert page.doc.undo()
    assert len(_stored(path)) == 1 and page.table.rowCount() == 1


def test_a_closed_cycle_is_shown_but_not_editable(qtbot, path):
    with open_file(path) as file:
        org = file.load()
        cycle = org.cycles[0]
        file.save(m.InformationSession(date(2025, 5, 1), "Teamoverleg",
                                       topics=[m.Topic.CAUSES],
                                       attendees=[m.Attendee("Ayşe Yılmaz")]), cycle.id)
        cycle.closed = True
        file.save(cycle)
    file = open_file(path)
    page = SessionsPage(next(s for s in steps() if s.key == "sessions"))
    qtbot.addWidget(page)
    page.set_document(OpenDocument(file, file.load()))
    assert page.table.rowCount() == 1 and page.stack.currentIndex() == 1
    editor = page.editor
    assert editor.title_edit.text() == "Teamoverleg"
    assert not page.new_button.isEnabled() and not page.remove_button.isEnabled()
    # text stays readable and selectable, but cannot be changed
    assert editor.title_edit.isReadOnly() and editor.held_on.isReadOnly()
    assert editor.notes.isReadOnly() and not editor.audience.isEnabled()
    assert not editor.topic_boxes[m.Topic.CAUSES].isEnabled()
    assert not editor.attendees.add_button.isEnabled()
    assert not any(s.isEnabled() for s in editor.counts.spins.values())
    page.leave()
    file.close()


def test_team_names_with_markup_characters_show_as_typed(page):
    page.new_button.click()
    labels = [w.text() for w in page.editor.counts.findChildren(type(page.summary.text))]
    assert "R&D <Noord>" in labels
    combo = page.editor.attendees.team_choice
    assert combo.itemText(2) == "R&D <Noord>"


def test_striking_an_attendee_asks_and_the_list_keeps_its_place(page, path, monkeypatch):
    page.new_button.click()
    people = page.editor.attendees
    for number in range(40):
        people.name_edit.setText(f"Collega {number:02d}")
        people.add_button.click()
    asked = []
    monkeypatch.setattr(sessions_people.QMessageBox, "question",
                        lambda *a: asked.append(a[2]) or sessions_people.QMessageBox.No)
    people.table.setCurrentCell(35, 0)
    people.table.scrollToItem(people.table.item(35, 0))
    scrolled = people.table.verticalScrollBar().value()
    assert scrolled > 0
    people.remove_button.click()
    assert "Collega 35" in asked[0] and len(_stored(path)[0].attendees) == 40
    monkeypatch.setattr(sessions_people.QMessageBox, "question",
                        lambda *a: sessions_people.QMessageBox.Yes)
    people.remove_button.click()
    names = [a.name for a in _stored(path)[0].attendees]
    assert len(names) == 39 and "Collega 35" not in names
    assert people.table.verticalScrollBar().value() == scrolled
    assert people.table.item(people.table.currentRow(), 0).text() == "Collega 36"


def _stored_session(path: Path, session: m.InformationSession) -> None:
    with open_file(path) as file:
        cycle = file.load().cycles[0]
        teams = {t.name: t.id for t in cycle.teams}
        session.team_counts = {teams[k]: v for k, v in session.team_counts.items()}
        file.save(session, cycle.id)


def test_the_summary_counts_each_team_against_its_headcount(qtbot, path):
    _stored_session(path, m.InformationSession(
        date(2026, 10, 1), "Werkdruk", audience=m.Audience.EVERYONE, topics=list(m.Topic),
        team_counts={"Salon": 5, "R&D <Noord>": 5}))
    _stored_session(path, m.InformationSession(
        date(2026, 12, 15), "Voor wie er niet was", audience=m.Audience.STAFF))
    file = open_file(path)
    doc = OpenDocument(file, file.load())
    assert doc.today == PINNED_DAY  # the clock is pinned: 15-12-2026 is still to come
    page = SessionsPage(next(s for s in steps() if s.key == "sessions"))
    qtbot.addWidget(page)
    page.set_document(doc)
    summary = page.summary.text.text()
    assert "Per team: Salon 5 van 7 en R&D <Noord> 5 van 5." in summary
    assert "Salon: 2 van de 7 medewerkers nog niet bereikt." in summary
    assert "Gepland op 15-12-2026: Voor wie er niet was." in summary
    assert "kent geen datums van indiensttreding" in summary  # newcomers: said, not guessed
    file.close()
