"""Step 2, the inventory grid and its editors, in a real widget on a real file."""

import pytest
from PySide6.QtCore import Qt

from tests.pinned import PINNED_DAY
from werkdrukdesk.core import model as m
from werkdrukdesk.core.model.edits import AddRecord
from werkdrukdesk.storage import create_file, open_file
from werkdrukdesk.ui.document import OpenDocument
from werkdrukdesk.ui.pages.inventory.grid import Group
from werkdrukdesk.ui.pages.inventory.page import InventoryPage
from werkdrukdesk.ui.steps import steps


def make_file(path, closed=False):
    with create_file(path, m.Profile("Kapsalon Ayşe Yılmaz", headcount=9), PINNED_DAY) as file:
        cycle = file.load().cycles[0]
        file.save(m.Team("Salon", 6), cycle.id)
        file.save(m.Team("R&D <Noord>", 3, hybrid=True), cycle.id)
        if closed:
            cycle.closed = True
            file.save(cycle)


@pytest.fixture
def open_page(qtbot, tmp_path):
    opened = []

    def make(closed=False):
        path = tmp_path / "salon.werkdruk"
        make_file(path, closed)
        file = open_file(path)
        opened.append(file)
        doc = OpenDocument(file, file.load())
        page = InventoryPage(next(s for s in steps() if s.key == "inventory"))
        qtbot.addWidget(page)
        page.set_document(doc)
        page.resize(1100, 600)
        page.show()
        return page, doc, path

    yield make
    for file in opened:
        file.close()


def choose(page, source_name, column):
    row = next(r for r, x in enumerate(page.model.rows)
               if x.source is not None and x.source.name == source_name)
    page.grid.setCurrentIndex(page.model.index(row, column))
    return page.model.index(row, column)


def pick(combo, code):
    combo.set_code(code)
    combo.activated.emit(combo.currentIndex())


def finish(edit, text):
    edit.setText(text)
    edit.editingFinished.emit()


def test_the_grid_shows_demands_then_resources_against_every_team(open_page):
    page, doc, _ = open_page()
    model = page.model
    assert [page.model.team_name(c) for c in range(model.columnCount())] == [
        "Hele organisatie", "Salon", "R&D <Noord>"]
    kinds = [x.source.kind for x in model.rows if x.source is not None]
    assert kinds == sorted(kinds, key=lambda k: k != m.SourceKind.DEMAND)
    assert model.rows[0].is_group and not model.flags(model.index(0, 0)) & Qt.ItemIsSelectable
    first = model.rows[1].source
    assert model.headerData(1, Qt.Vertical, Qt.ToolTipRole).endswith(first.explanation)
    assert model.data(model.index(1, 1)) == "–"
    assert "R&D" in model.headerData(2, Qt.Horizontal) and "⌂" in model.headerData(
        2, Qt.Horizontal)


def test_the_first_edit_of_a_cell_creates_its_rating_and_stores_it(open_page):
    page, doc, path = open_page()
    index = choose(page, "Te veel werk in te weinig tijd", 2)
    assert page.editor.heading.text() == "Te veel werk in te weinig tijd – R&D <Noord>"
    assert page.editor.rating.itemText(list(m.Rating).index(m.Rating.PROBLEM)) == "te hoog"
    assert doc.cycle.ratings == []
    pick(page.editor.rating, m.Rating.PROBLEM)
    assert "onderbouwing" in page.model.data(index, Qt.ToolTipRole)
    assert page.model.data(index) == "te hoog *"
    assert "waarop u deze beoordeling baseert" in page.editor.problems.text()
    pick(page.editor.evidence, m.Evidence.GROUP_DISCUSSION)
    finish(page.editor.reference, "Teamoverleg 12-03-2026")
    page.editor.note.setPlainText("Veel spoedklussen van Ayşe's klanten")
    page.leave()
    assert page.model.data(index) == "te hoog"
    assert page.editor.problems.isHidden()
    stored = open_file(path, read_only=True).load().cycles[0].ratings
    team = next(t for t in doc.cycle.teams if t.name == "R&D <Noord>")
    assert [(r.team_id, r.rating, r.evidence, r.evidence_reference, r.note) for r in stored] == [
        (team.id, m.Rating.PROBLEM, m.Evidence.GROUP_DISCUSSION, "Teamoverleg 12-03-2026",
         "Veel spoedklussen van Ayşe's klanten")]
    assert len(doc.cycle.ratings) == 1


def test_resources_read_too_low_and_organisation_wide_cells_store_without_team(open_page):
    page, doc, path = open_page()
    choose(page, "Steun van collega's", 0)
    assert page.editor.rating.itemText(list(m.Rating).index(m.Rating.PROBLEM)) == "te laag"
    pick(page.editor.rating, m.Rating.ATTENTION)
    stored = open_file(path, read_only=True).load().cycles[0].ratings
    assert [(r.team_id, r.rating) for r in stored] == [(None, m.Rating.ATTENTION)]


def test_arrow_keys_skip_group_headings_and_enter_jumps_to_the_editor(open_page, qtbot):
    page, doc, _ = open_page()
    model = page.model
    last_demand = max(r for r, x in enumerate(model.rows)
                      if x.group == Group.DEMANDS and not x.is_group)
    page.grid.setFocus()
    page.grid.setCurrentIndex(model.index(last_demand, 1))
    qtbot.keyClick(page.grid, Qt.Key_Down)
    current = page.grid.currentIndex()
    assert current.row() == last_demand + 2 and current.column() == 1
    qtbot.keyClick(page.grid, Qt.Key_Right)
    assert page.grid.currentIndex().column() == 2
    page.tabs.setCurrentIndex(2)
    qtbot.keyClick(page.grid, Qt.Key_Return)
    assert page.tabs.currentIndex() == 0 and page.focusWidget() is page.editor.rating


def test_own_sources_are_added_checked_and_archived(open_page):
    page, doc, path = open_page()
    box = page.own_sources
    box.add_source()
    assert "Geef de bron een naam." in box.problems.text()
    finish(box.name, "te veel werk in te weinig tijd")
    box.add_source()
    assert "al een bron" in box.problems.text()
    finish(box.name, "Lawaai bij de föhns")
    box.kind.set_code(m.SourceKind.DEMAND)
    box.explanation.setPlainText("Föhns & tondeuses <hard>")
    box.add_source()
    assert box.problems.isHidden() and box.name.text() == ""
    names = [x.source.name for x in page.model.rows if x.source]
    assert "Lawaai bij de föhns" in names
    sources = open_file(path, read_only=True).load().sources
    source = next(s for s in sources if s.name == "Lawaai bij de föhns")
    assert (source.kind, source.explanation, source.built_in) == (
        m.SourceKind.DEMAND, "Föhns & tondeuses <hard>", False)
    box.list.setCurrentRow(0)
    box.toggle_archived()
    assert "Lawaai bij de föhns" not in [x.source.name for x in page.model.rows if x.source]
    assert box.archive_button.text() == "Terug&halen"
    sources = open_file(path, read_only=True).load().sources
    assert next(s for s in sources if s.name.startswith("Lawaai")).archived


def test_no_risk_and_hybrid_work_are_stored_on_the_cycle(open_page):
    page, doc, path = open_page()
    box = page.conclusion
    assert "R&D <Noord>" in box.hybrid_teams.text()
    assert "hybride" in box.problems.text()
    box.no_risk.setChecked(True)
    assert "waarom er geen risico" in box.problems.text()
    box.reason.setPlainText("Kleine salon, drukte is goed te plannen.")
    box.reason.flush()
    box.hybrid.setPlainText("Thuiswerkdagen besproken in het teamoverleg.")
    page.leave()
    cycle = open_file(path, read_only=True).load().cycles[0]
    assert cycle.no_risk and cycle.no_risk_reason == "Kleine salon, drukte is goed te plannen."
    assert cycle.hybrid_consideration == "Thuiswerkdagen besproken in het teamoverleg."
    assert box.problems.isHidden()


def test_a_closed_cycle_is_shown_but_not_editable(open_page):
    page, doc, _ = open_page(closed=True)
    assert doc.read_only
    choose(page, "Te weinig pauzes", 1)
    assert page.editor.heading.text() == "Te weinig pauzes – Salon"
    assert not page.editor.rating.isEnabled() and page.editor.note.isReadOnly()
    assert not page.conclusion.no_risk.isEnabled()
    assert not page.own_sources.add_button.isEnabled()


def test_no_document_shows_nothing(qtbot):
    page = InventoryPage(next(s for s in steps() if s.key == "inventory"))
    qtbot.addWidget(page)
    page.set_document(None)
    assert page.model.rowCount() == 0 and page.editor.fields.isHidden()


def test_a_refused_store_leaves_the_model_and_the_cell_as_the_file_has_them(open_page,
                                                                             monkeypatch):
    from werkdrukdesk.core.errors import WerkdrukError

    page, doc, path = open_page()
    messages = []
    doc.failed.connect(messages.append)

    def refuse(*args):
        raise WerkdrukError("De schijf is vol.")

    monkeypatch.setattr(doc.file, "save", refuse)
    index = choose(page, "Te weinig pauzes", 1)
    pick(page.editor.rating, m.Rating.PROBLEM)
    assert messages == ["De schijf is vol."]
    assert doc.cycle.ratings == [] and page.model.data(index) == "–"
    assert page.editor.rating.code() == m.Rating.UNRATED
    assert open_file(path, read_only=True).load().cycles[0].ratings == []


def test_the_rest_of_a_team_is_marked_fine_in_one_go_with_evidence(open_page, monkeypatch):
    from werkdrukdesk.ui.pages.inventory import page as inventory_module

    page, doc, path = open_page()
    team = doc.cycle.teams[0]
    page.grid.setCurrentIndex(page.model.index_of(doc.active_sources()[0].id, team.id))

    def answer(dialog):
        dialog.reference.setText("Teamoverleg 12-03-2026")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(inventory_module.FillRestDialog, "exec", answer)
    before = {(r.source_id, r.rating) for r in doc.cycle.ratings if r.team_id == team.id}
    page.fill_rest()
    ratings = open_file(path, read_only=True).load().cycles[0].ratings
    stored = [r for r in ratings if r.team_id == team.id]
    assert len(stored) == len(doc.active_sources())
    for rating in stored:
        if (rating.source_id, rating.rating) in before:
            continue  # what the owner had rated stays as it was
        assert rating.rating == m.Rating.FINE
        assert rating.evidence == m.Evidence.GROUP_DISCUSSION
        assert rating.evidence_reference == "Teamoverleg 12-03-2026"
    problems = [r for r in stored if r.rating == m.Rating.PROBLEM]
    assert problems == [r for r in stored if (r.source_id, m.Rating.PROBLEM) in before]


def test_filling_the_rest_needs_a_named_basis(qtbot):
    from werkdrukdesk.ui.pages.inventory.fill import FillRestDialog

    dialog = FillRestDialog("Salon", 20)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.result() == 0 and "Schrijf op" in dialog.problems.text()


# -- the deeper study by group conversations or an external study ------------------------------


def _checked(check, on):
    check.setChecked(on)  # toggled is what the binder listens to


def test_a_group_conversation_is_added_filled_in_and_removed(open_page, monkeypatch):
    from datetime import date

    from PySide6.QtWidgets import QMessageBox

    from werkdrukdesk.core.readiness.chain import readiness

    page, doc, path = open_page()
    box = page.study.conversations
    assert page.tabs.tabText(page.study_tab) == "Onder&zoek"
    box.new_button.click()
    (talk,) = doc.cycle.conversations
    salon = next(t for t in doc.cycle.teams if t.name == "Salon")
    assert talk.team_id == salon.id and box.team.currentText() == "Salon"
    assert "hoeveel mensen" in box.problems.text()
    finish(box.led_by, "Preventiemedewerker")
    _checked(box.independent, True)
    box.participants.setValue(4)
    box.participants.editingFinished.emit()
    box.outcomes.setPlainText("Te veel werk: de zaterdag is te vol.")
    box.outcomes.flush()
    _checked(box.without_names, True)
    box.discussed_on.set_date(date(2026, 3, 17))
    box.discussed_on.date_edited.emit(date(2026, 3, 17))
    finish(box.discussed_how, "In het werkoverleg")
    assert box.problems.isHidden(), box.problems.text()
    # the second conversation goes to the team that had none yet
    box.new_button.click()
    assert box.team.currentText() == "R&D <Noord>"
    box.team.setCurrentIndex(0)
    box.team.activated.emit(0)
    page.leave()
    stored = open_file(path, read_only=True).load().cycles[0].conversations
    assert [(c.team_id, c.led_by, c.leader_independent, c.participants, c.without_names,
             c.discussed_how) for c in stored][0] == (
        salon.id, "Preventiemedewerker", True, 4, True, "In het werkoverleg")
    assert stored[1].team_id == salon.id
    checks = {c.key: c for c in readiness(doc.org, doc.cycle, PINNED_DAY)}
    assert checks["study"].ok and "'R&D <Noord>'" in checks["per_team"].action

    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.Yes)
    box.remove_button.click()
    assert len(doc.cycle.conversations) == 1
    assert len(open_file(path, read_only=True).load().cycles[0].conversations) == 1


def test_an_external_study_names_its_teams_and_numbers(open_page):
    from datetime import date

    page, doc, path = open_page()
    box = page.study.external
    box.new_button.click()
    (study,) = doc.cycle.external_studies
    assert sorted(study.team_ids) == sorted(t.id for t in doc.cycle.teams)
    finish(box.carried_out_by, "Arbodienst Oost")
    finish(box.method, "Gesprekken per team")
    finish(box.reference, "Map arbo")
    box.participants.setValue(5)
    box.participants.editingFinished.emit()
    box.invited.setValue(9)
    box.invited.editingFinished.emit()
    box.discussed_on.date_edited.emit(date(2026, 4, 1))
    finish(box.discussed_how, "Werkoverleg")
    noord = next(t for t in doc.cycle.teams if t.name == "R&D <Noord>")
    _checked(box.team_checks[noord.id], False)
    assert box.problems.isHidden(), box.problems.text()
    stored = open_file(path, read_only=True).load().cycles[0].external_studies
    assert [(x.carried_out_by, x.participants, x.invited, x.team_ids) for x in stored] == [
        ("Arbodienst Oost", 5, 9, [t.id for t in doc.cycle.teams if t.name == "Salon"])]
    assert box.records.item(0).text().startswith("Arbodienst Oost")


def test_a_closed_cycle_shows_the_routes_but_cannot_change_them(open_page):
    page, _, _ = open_page(closed=True)
    assert not page.study.conversations.new_button.isEnabled()
    assert not page.study.external.new_button.isEnabled()


def test_a_rating_may_name_a_recorded_conversation_as_its_basis(open_page):
    from datetime import date

    page, doc, _ = open_page()
    salon = next(t for t in doc.cycle.teams if t.name == "Salon")
    doc.apply(AddRecord(m.GroupConversation(salon.id, date(2026, 3, 3)), doc.cycle.conversations))
    choose(page, "Te weinig pauzes", 1)
    completer = page.editor.reference.completer()
    assert completer.model().data(completer.model().index(0, 0)) == (
        "Groepsgesprek Salon 03-03-2026")
    choose(page, "Te weinig pauzes", 2)  # another team: not its conversation
    assert page.editor.reference.completer().model().rowCount() == 0


def test_the_study_tab_has_no_alt_letter_twice(open_page):
    import re

    from PySide6.QtWidgets import QAbstractButton, QLabel

    page, _, _ = open_page()
    study = page.study
    texts = [w.text() for w in study.findChildren(QAbstractButton) if w.text()]
    texts += [w.text() for w in study.findChildren(QLabel) if w.buddy() is not None]
    texts += [page.tabs.tabText(i) for i in range(page.tabs.count())]
    texts += [page.fill_button.text(), page.survey_button.text()]
    letters = [match.group(1).lower() for t in texts  # "&&" is a plain "&"
               for match in [re.search(r"(?<!&)&(?!&)(\w)", t)] if match]
    assert len(letters) == len(set(letters)), sorted(letters)



def test_a_conversation_says_per_source_what_came_out_without_names(open_page, monkeypatch):
    from PySide6.QtCore import QCoreApplication

    from werkdrukdesk.core.readiness.routes import conversations

    page, doc, path = open_page()
    box = page.study.conversations
    assert "Noem geen namen" in box.no_names.text()
    box.new_button.click()
    (talk,) = doc.cycle.conversations
    table = box.per_source
    names = [table.item(row, 0).text() for row in range(table.rowCount())]
    assert names == [s.name for s in doc.active_sources()]
    assert not table.item(0, 0).flags() & Qt.ItemIsEditable  # the source's name stays
    row = names.index("Te weinig pauzes")
    breaks = doc.active_sources()[row]
    assert "in het algemeen of per bron" in box.problems.text()
    table.item(row, 1).setText("  Pauzes schieten erbij in op drukke dagen. ")
    assert talk.outcomes_per_source == [
        m.ConversationOutcome(breaks.id, "Pauzes schieten erbij in op drukke dagen.")]
    assert "in het algemeen of per bron" not in box.problems.text()  # one source is enough
    box.participants.setValue(4)
    box.participants.editingFinished.emit()
    assert talk in conversations(doc.cycle) and talk.outcomes == ""
    with open_file(path, read_only=True) as file:
        (stored,) = file.load().cycles[0].conversations
    assert stored.outcomes_per_source == talk.outcomes_per_source

    # emptied again: nothing is kept, and the form asks for the outcomes once more
    table.item(row, 1).setText("")
    assert talk.outcomes_per_source == []
    assert "in het algemeen of per bron" in box.problems.text()
    # a refused store leaves the record and, once the edit is over, the table as the file has them
    monkeypatch.setattr(doc, "apply", lambda *edits, label=None: False)
    table.item(row, 1).setText("Niet bewaard")
    assert talk.outcomes_per_source == []
    QCoreApplication.processEvents()
    assert box.per_source.item(row, 1).text() == ""


def test_unwanted_behaviour_and_aggression_stand_apart_from_the_werkdrukbronnen(qtbot, tmp_path):
    """In a whole-PSA file they are no werkdrukbron (as in the balance step): a group of their
    own after the energiebronnen, saying that they count by how often they happen."""
    from tests.ui.survey_helpers import demo_file, open_doc

    doc = open_doc(demo_file(tmp_path / "bakkerij.werkdruk"))
    try:
        page = InventoryPage(next(s for s in steps() if s.key == "inventory"))
        qtbot.addWidget(page)
        page.set_document(doc)
        model = page.model
        headings = [model.headerData(r, Qt.Vertical) for r in model.group_rows()]
        assert headings == ["Werkdrukbronnen", "Energiebronnen", "Ongewenst gedrag en agressie"]
        last = model.group_rows()[-1]
        assert "te vaak" in model.data(model.index(last, 0))
        strands = {x.source.name for x in model.rows[last + 1:]}
        assert strands == {s.name for s in doc.org.sources if not s.archived
                           and s.strand != m.Strand.WERKDRUK}
        assert all(x.source is None or x.source.strand == m.Strand.WERKDRUK
                   for x in model.rows[:last])
    finally:
        doc.file.close()
