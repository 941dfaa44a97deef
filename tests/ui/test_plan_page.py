"""The plan van aanpak page with a real file, in an offscreen Qt session."""

from datetime import date

import pytest
from PySide6.QtCore import Qt

from tests.pinned import PINNED_DAY
from werkdrukdesk.core import model as m
from werkdrukdesk.storage import create_file, open_file
from werkdrukdesk.ui.document import OpenDocument
from werkdrukdesk.ui.pages.plan.page import PlanPage
from werkdrukdesk.ui.pages.plan.table import OVERDUE_BACKGROUND
from werkdrukdesk.ui.steps import steps

LONG_AGO = date(2020, 3, 1)
LATER = date(2099, 1, 31)


@pytest.fixture
def path(tmp_path):
    """A bakery with two teams, an inventory with problems and three measures."""
    path = tmp_path / "bakkerij.werkdruk"
    council = m.ParticipationBody.WORKS_COUNCIL
    profile = m.Profile("Bakkerij Ayşe Yılmaz", participation_body=council)
    with create_file(path, profile, PINNED_DAY) as file:
        org = file.load()
        cycle, sources = org.cycles[0], org.sources
        keuken, rd = m.Team("Keuken", 6), m.Team("R&D <Noord>", 3)
        for team in (keuken, rd):
            file.save(team, cycle.id)
        file.save(m.SourceRating(sources[0].id, keuken.id, m.Rating.PROBLEM), cycle.id)
        file.save(m.SourceRating(sources[1].id, None, m.Rating.ATTENTION), cycle.id)
        file.save(m.SourceRating(sources[2].id, rd.id, m.Rating.FINE), cycle.id)
        measures = [
            m.Measure("Pauzes inroosteren", level=m.Level.TEAM, responsible="Ayşe Yılmaz",
                      deadline=LONG_AGO, targets=[m.Target(sources[0].id, keuken.id)]),
            m.Measure("Geen mail na 18 uur", responsible="Jan de Vries", deadline=LATER,
                      targets=[m.Target(sources[1].id, None)]),
            m.Measure("Coaching", level=m.Level.INDIVIDUAL, status=m.MeasureStatus.DONE,
                      completed_on=LONG_AGO, deadline=LONG_AGO),
        ]
        for measure in measures:
            file.save(measure, cycle.id)
    return path


@pytest.fixture
def page(qtbot, path):
    file = open_file(path)
    doc = OpenDocument(file, file.load())
    step = next(s for s in steps() if s.key == "plan")
    page = PlanPage(step)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.set_document(doc)
    page.show()
    yield page
    file.close()


def _reload(path) -> m.Cycle:
    with open_file(path, read_only=True) as file:
        return file.load().cycles[-1]


def _titles(page) -> list[str]:
    return [x.title for x in page.model.measures]


def _select(page, title: str) -> m.Measure:
    row = _titles(page).index(title)
    page.table.selectRow(row)
    return page.model.measures[row]


def _cell(page, row: int, column: int, role=Qt.DisplayRole):
    return page.model.data(page.model.index(row, column), role)


def _finish(widget, text: str) -> None:
    widget.setText(text)
    widget.editingFinished.emit()


def test_the_table_shows_the_plan_in_order_with_overdue_measures_marked(page):
    assert _titles(page) == ["Geen mail na 18 uur", "Pauzes inroosteren", "Coaching"]
    row = _titles(page).index("Pauzes inroosteren")
    assert _cell(page, row, 1) == "team"
    assert _cell(page, row, 2) == "Te veel werk in te weinig tijd (Keuken)"
    assert _cell(page, row, 3) == "Ayşe Yılmaz"
    assert _cell(page, row, 4) == "01-03-2020"
    assert _cell(page, row, 5) == "gepland, te laat"  # in words, not by colour alone
    assert _cell(page, row, 0, Qt.BackgroundRole).color() == OVERDUE_BACKGROUND
    done = _titles(page).index("Coaching")
    assert _cell(page, done, 5) == "uitgevoerd"  # done measures are never late
    assert _cell(page, done, 0, Qt.BackgroundRole) is None
    assert "1 te laat" in page.count.text()


def test_filters_narrow_the_table_and_keep_the_selection_when_they_can(page):
    chosen = _select(page, "Pauzes inroosteren")
    assert page.editor.title.text() == "Pauzes inroosteren"
    filters = page.filters
    filters.team.setCurrentIndex(filters.team.findText("Keuken"))
    assert _titles(page) == ["Pauzes inroosteren"]
    assert page.table.selectionModel().selectedRows()[0].row() == 0
    filters.team.setCurrentIndex(filters.team.findText("Hele organisatie"))
    assert _titles(page) == ["Geen mail na 18 uur"]
    assert page.editor.measure is chosen  # hidden in the table, still in the editor
    filters.team.setCurrentIndex(0)
    assert page.model.measures[page.table.selectionModel().selectedRows()[0].row()] is chosen
    filters.level.setCurrentIndex(filters.level.findData(m.Level.INDIVIDUAL))
    assert _titles(page) == ["Coaching"]
    filters.level.setCurrentIndex(0)
    filters.status.setCurrentIndex(filters.status.findText("Nog open (gepland of bezig)"))
    assert "Coaching" not in _titles(page)
    filters.responsible.setText("jan")
    assert _titles(page) == ["Geen mail na 18 uur"]
    filters.responsible.clear()
    filters.only_overdue.setChecked(True)
    assert _titles(page) == ["Pauzes inroosteren"]
    assert "1 van 3" in page.count.text()


def test_sorting_by_a_column_keeps_the_chosen_measure(page):
    chosen = _select(page, "Coaching")
    page.table.horizontalHeader().sectionClicked.emit(0)  # by title
    assert _titles(page) == ["Coaching", "Geen mail na 18 uur", "Pauzes inroosteren"]
    page.table.horizontalHeader().sectionClicked.emit(0)
    assert _titles(page)[0] == "Pauzes inroosteren"
    assert page.editor.measure is chosen
    assert page.table.selectionModel().selectedRows()[0].row() == 2


def test_edits_in_the_editor_are_stored_and_shown_in_the_table(page, path):
    _select(page, "Pauzes inroosteren")
    editor = page.editor
    _finish(editor.title, "Pauzes voor R&D <Noord> inroosteren")
    _finish(editor.responsible, "Łukasz Ĳsselmeer")
    _finish(editor.deadline, "1-1-2099")
    editor.description.setPlainText("Elke dag een echte pauze.")
    editor.description.flush()
    editor.status.setCurrentIndex(editor.status.findData(m.MeasureStatus.IN_PROGRESS))
    editor.status.activated.emit(editor.status.currentIndex())
    stored = next(x for x in _reload(path).measures if x.title.startswith("Pauzes voor"))
    assert stored.title == "Pauzes voor R&D <Noord> inroosteren"
    assert stored.responsible == "Łukasz Ĳsselmeer"
    assert stored.deadline == date(2099, 1, 1)
    assert stored.description == "Elke dag een echte pauze."
    assert stored.status == m.MeasureStatus.IN_PROGRESS
    row = _titles(page).index("Pauzes voor R&D <Noord> inroosteren")
    assert _cell(page, row, 4) == "01-01-2099"
    assert _cell(page, row, 5) == "bezig"  # no longer late


def test_mistakes_are_explained_inline(page):
    _select(page, "Geen mail na 18 uur")
    editor = page.editor
    _finish(editor.start_date, "31-12-2099")
    assert "De uiterste datum ligt voor de startdatum." in editor.problems.text()
    assert not editor.problems.isHidden()
    _finish(editor.deadline, "45-13-2026")
    assert "Er is geen maand 13" in editor.deadline.problem
    editor.status.setCurrentIndex(editor.status.findData(m.MeasureStatus.DONE))
    editor.status.activated.emit(editor.status.currentIndex())
    assert "Vul in wanneer de maatregel is uitgevoerd." in editor.problems.text()


def test_targets_offer_the_inventory_problems_and_any_other_source(page, path):
    measure = _select(page, "Coaching")
    targets = page.editor.targets
    texts = [targets.list.item(i).text() for i in range(targets.list.count())]
    assert texts == ["Te veel werk in te weinig tijd — Keuken (te hoog)",
                     "Langdurig hectisch werk — Hele organisatie (aandacht nodig)"]
    targets.list.item(0).setCheckState(Qt.Checked)
    targets.source.setCurrentIndex(2)
    targets.team.setCurrentIndex(targets.team.findText("R&D <Noord>"))
    targets.add_button.click()
    # Added on top, with what the inventory said of that pair.
    assert targets.list.item(0).text() == "Weinig inspraak in je werk — R&D <Noord> (in orde)"
    stored = next(x for x in _reload(path).measures if x.id == measure.id)
    team_ids = {t.name: t.id for t in _reload(path).teams}
    assert set(stored.targets) == {
        m.Target(page.doc.org.sources[0].id, team_ids["Keuken"]),
        m.Target(page.doc.org.sources[2].id, team_ids["R&D <Noord>"]),
    }
    assert "2 bronnen" in _cell(page, _titles(page).index("Coaching"), 2)


def test_a_team_measure_aimed_only_at_the_organisation_is_flagged(page):
    _select(page, "Geen mail na 18 uur")
    editor = page.editor
    editor.level.setCurrentIndex(editor.level.findData(m.Level.TEAM))
    editor.level.activated.emit(editor.level.currentIndex())
    assert "teamniveau" in editor.problems.text()


def test_related_measures_are_stored(page, path):
    measure = _select(page, "Coaching")
    related = page.editor.related
    assert related.list.count() == 2
    related.list.item(0).setCheckState(Qt.Checked)
    other_id = related.list.item(0).data(Qt.UserRole)
    stored = next(x for x in _reload(path).measures if x.id == measure.id)
    assert stored.related_measure_ids == [other_id]


def test_a_new_measure_is_stored_selected_and_ready_for_its_title(page, path, qtbot):
    page.filters.only_overdue.setChecked(True)  # a new one shows even through the filters
    page.activateWindow()
    page.new_button.click()
    assert page.editor.measure.title == "Nieuwe maatregel"
    assert page.model.measures[page.table.selectionModel().selectedRows()[0].row()].title == (
        "Nieuwe maatregel")
    qtbot.waitUntil(lambda: page.editor.title.hasFocus())
    _finish(page.editor.title, "Werkoverleg over planning")
    assert "Werkoverleg over planning" in [x.title for x in _reload(path).measures]


def test_deleting_needs_no_question_because_undo_brings_it_back(page, path):
    _select(page, "Pauzes inroosteren")
    page.delete_button.click()
    assert [x.title for x in _reload(path).measures] == ["Geen mail na 18 uur", "Coaching"]
    assert "Pauzes inroosteren" not in _titles(page)
    assert page.editor.measure is not None  # the next one is chosen
    assert page.doc.undo_label == "maatregel 'Pauzes inroosteren' verwijderd"
    assert page.doc.undo()
    assert "Pauzes inroosteren" in [x.title for x in _reload(path).measures]
    assert "Pauzes inroosteren" in _titles(page)


def test_consent_and_coherence_of_the_plan_are_stored(page, path):
    approval = page.approval
    assert "OR of PVT" in approval.problems.text()
    approval.consent_body.setCurrentIndex(
        approval.consent_body.findData(m.ParticipationBody.WORKS_COUNCIL))
    approval.consent_body.activated.emit(approval.consent_body.currentIndex())
    assert "Vul de datum van de instemming in." in approval.problems.text()
    _finish(approval.consent_date, "15-01-2026")
    _finish(approval.signed_by, "Ayşe Yılmaz")
    approval.coherence.setPlainText("Eerst de pauzes, dan het overleg.")
    approval.coherence.flush()
    cycle = _reload(path)
    assert cycle.approval.consent_body == m.ParticipationBody.WORKS_COUNCIL
    assert cycle.approval.consent_date == date(2026, 1, 15)
    assert cycle.approval.employer_signed_by == "Ayşe Yılmaz"
    assert cycle.plan_coherence == "Eerst de pauzes, dan het overleg."
    assert approval.problems.isHidden()


def test_rie_consent_consultation_and_staff_involvement_are_stored(page, path):
    approval = page.approval
    _finish(approval.rie_consent_date, "05-01-2026")
    approval.consultation_how.setPlainText("Personeelsoverleg met iedereen")
    approval.consultation_how.flush()
    assert "geraadpleegd" in approval.problems.text()  # a consultation without its date
    _finish(approval.consulted_on, "12-01-2026")
    approval.consultation_outcome.setPlainText("Vaste pauzes eerst.")
    approval.consultation_outcome.flush()
    approval.staff_involvement.setPlainText("Elk team koos zijn maatregelen.")
    approval.staff_involvement.flush()
    cycle = _reload(path)
    assert cycle.approval.rie_consent_date == date(2026, 1, 5)
    assert cycle.approval.consulted_on == date(2026, 1, 12)
    assert cycle.approval.consultation_how == "Personeelsoverleg met iedereen"
    assert cycle.approval.consultation_outcome == "Vaste pauzes eerst."
    assert cycle.plan_staff_involvement == "Elk team koos zijn maatregelen."


def test_a_closed_cycle_is_shown_but_not_editable(page):
    doc = page.doc
    old = doc.cycle
    doc.start_next_cycle()  # closes the old one; open measures are carried over
    carried = [_cell(page, row, 0) for row in range(page.model.rowCount())]
    assert "↻ Pauzes inroosteren" in carried
    _select(page, "Pauzes inroosteren")
    assert page.editor.carried.isVisibleTo(page)
    doc.choose_cycle(old)
    assert page.read_only_note.isVisibleTo(page)
    assert not page.new_button.isEnabled()
    _select(page, "Coaching")
    assert page.editor.measure.title == "Coaching"
    assert page.editor.title.isReadOnly()
    assert not page.editor.targets.list.isEnabled()
    assert not page.delete_button.isEnabled()
    assert not page.approval.consent_body.isEnabled()


def test_no_document_shows_nothing(qtbot):
    page = PlanPage(next(s for s in steps() if s.key == "plan"))
    qtbot.addWidget(page)
    page.set_document(None)
    assert page.model.rowCount() == 0
    assert not page.new_button.isEnabled()


def test_the_page_fits_a_laptop_screen(page):
    hint = page.minimumSizeHint()
    assert hint.width() <= 1100 and hint.height() <= 600


def test_tab_moves_from_the_filters_through_the_table_into_the_editor(page):
    _select(page, "Coaching")
    chain, widget = [], page.filters.team
    for _ in range(12):
        chain.append(widget)
        widget = widget.nextInFocusChain()
        while widget.focusPolicy() == Qt.NoFocus or not widget.isVisibleTo(page):
            widget = widget.nextInFocusChain()
    assert chain.index(page.new_button) < chain.index(page.table) < chain.index(
        page.editor.title) < chain.index(page.editor.description)


def test_purpose_and_an_existing_measure_are_stored(page, path):
    _select(page, "Geen mail na 18 uur")
    editor = page.editor
    editor.intended_result.setPlainText("Niemand leest 's avonds nog werkmail.")
    editor.intended_result.flush()
    _finish(editor.judge_how, "Groepsgesprek per team")
    _finish(editor.judge_on, "1-3-2027")
    editor.existing.setChecked(True)
    stored = next(x for x in _reload(path).measures if x.title == "Geen mail na 18 uur")
    assert stored.intended_result == "Niemand leest 's avonds nog werkmail."
    assert (stored.judge_how, stored.judge_on, stored.existing) == (
        "Groepsgesprek per team", date(2027, 3, 1), True)
    row = _titles(page).index("Geen mail na 18 uur")
    assert _cell(page, row, 5) == "bestaat al"
