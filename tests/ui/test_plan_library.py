"""The measure library on the plan page, with a real file, in an offscreen Qt session."""

import re
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QDialog, QLabel, QTabWidget

from tests.pinned import PINNED_DAY
from werkdrukdesk.core import model as m
from werkdrukdesk.core.plan.library import all_suggestions
from werkdrukdesk.storage import create_file, open_file
from werkdrukdesk.ui.document import OpenDocument
from werkdrukdesk.ui.pages.plan import library as plan_library
from werkdrukdesk.ui.pages.plan.library import LibraryDialog
from werkdrukdesk.ui.pages.plan.page import PlanPage
from werkdrukdesk.ui.steps import steps

MENU_LETTERS = {"b", "c"}  # &Bestand and &Cyclus in the main window's menu bar


@pytest.fixture
def path(tmp_path):
    """A bakery where breaks are a problem in two teams and reachability in one."""
    path = tmp_path / "bakkerij.werkdruk"
    with create_file(path, m.Profile("Bakkerij Ayşe Yılmaz"), PINNED_DAY) as file:
        org = file.load()
        cycle = org.cycles[0]
        ids = {s.catalogue_key: s.id for s in org.sources}
        keuken, rd = m.Team("Keuken", 6), m.Team("R&D <Noord>", 3)
        for team in (keuken, rd):
            file.save(team, cycle.id)
        for source, team, rating in (("too_few_breaks", keuken, m.Rating.PROBLEM),
                                     ("too_few_breaks", rd, m.Rating.PROBLEM),
                                     ("reachability", rd, m.Rating.PROBLEM),
                                     ("clarity", keuken, m.Rating.ATTENTION)):
            file.save(m.SourceRating(ids[source], team.id, rating), cycle.id)
        file.save(m.Measure("Duidelijke taken", level=m.Level.TEAM, responsible="Jan",
                            targets=[m.Target(ids["clarity"], keuken.id)]), cycle.id)
    return path


@pytest.fixture
def page(qtbot, path):
    file = open_file(path)
    doc = OpenDocument(file, file.load())
    page = PlanPage(next(s for s in steps() if s.key == "plan"))
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.set_document(doc)
    page.show()
    yield page
    file.close()


def _ids(doc) -> dict[str, int]:
    return {s.catalogue_key: s.id for s in doc.org.sources}


def _teams(doc) -> dict[str, int]:
    return {t.name: t.id for t in doc.cycle.teams}


def _dialog(qtbot, page, focus=None) -> LibraryDialog:
    dialog = LibraryDialog(page.doc, focus, page)
    qtbot.addWidget(dialog)
    return dialog


def _keys(dialog) -> list[str]:
    return [dialog.list.item(i).data(Qt.UserRole) for i in range(dialog.list.count())]


def _choose(dialog, key: str) -> None:
    dialog.list.setCurrentRow(_keys(dialog).index(key))


def _reload(path) -> m.Cycle:
    with open_file(path, read_only=True) as file:
        return file.load().cycles[-1]


# -- the dialog ------------------------------------------------------------------------------


def test_the_library_shows_suggestions_for_the_cycles_problems_organisation_first(qtbot, page):
    dialog = _dialog(qtbot, page)
    assert dialog.scope.currentText() == "Knelpunten van deze cyclus"
    found = [dialog.by_key[k] for k in _keys(dialog)]
    assert found and all({"too_few_breaks", "reachability"} & set(s.sources) for s in found)
    levels = [s.level for s in found]
    assert levels[0] == m.Level.ORGANISATION and levels[-1] == m.Level.INDIVIDUAL
    assert dialog.count.text() == f"{len(found)} voorbeelden"
    # The first one is chosen and explained, with where it will be aimed.
    text = dialog.details.toPlainText()
    assert found[0].title in text and found[0].description in text
    assert "Wordt gekoppeld aan" in text and dialog.add_button.isEnabled()


def test_the_chosen_measures_sources_come_first_when_it_has_targets(qtbot, page):
    chosen = page.doc.cycle.measures[0]
    dialog = _dialog(qtbot, page, chosen)
    assert dialog.scope.currentText() == "Bronnen van de gekozen maatregel"
    assert all("clarity" in dialog.by_key[k].sources for k in _keys(dialog))
    dialog.scope.setCurrentIndex(dialog.scope.findText("Alle bronnen"))
    assert dialog.count.text() == "69 voorbeelden"


def test_search_and_level_narrow_the_list_and_nothing_found_is_explained(qtbot, page):
    dialog = _dialog(qtbot, page)
    dialog.level.setCurrentIndex(dialog.level.findText("team"))
    assert {dialog.by_key[k].level for k in _keys(dialog)} == {m.Level.TEAM}
    dialog.level.setCurrentIndex(0)
    dialog.search.setText("AVOND mail")
    assert _keys(dialog) == ["no_evening_email"]
    dialog.search.setText("bestaatniet")
    assert _keys(dialog) == [] and not dialog.add_button.isEnabled()
    assert "Geen voorbeeld gevonden" in dialog.details.toPlainText()


def test_user_names_in_the_explanation_show_as_typed(qtbot, page):
    dialog = _dialog(qtbot, page)
    dialog.search.setText("bereikbaarheid na werktijd")
    _choose(dialog, "reachability_after_hours")
    assert "Altijd bereikbaar moeten zijn — R&D <Noord>" in dialog.details.toPlainText()


def test_a_suggestion_already_in_the_plan_is_marked(qtbot, page, path):
    plan_library.add_suggestion(page.doc, _suggestion("no_evening_email"))
    dialog = _dialog(qtbot, page)
    row = _keys(dialog).index("no_evening_email")
    assert dialog.list.item(row).text().endswith("staat al in uw plan")


def _suggestion(key):
    return next(s for s in all_suggestions() if s.key == key)


# -- adding from the plan page ---------------------------------------------------------------


def _accept_with(monkeypatch, key: str | None):
    """Let the dialog's exec choose `key` (None: close without choosing)."""

    def exec_(dialog):
        if key is None:
            return QDialog.Rejected
        dialog.scope.setCurrentIndex(dialog.scope.findText("Alle bronnen"))
        _choose(dialog, key)
        return QDialog.Accepted

    monkeypatch.setattr(LibraryDialog, "exec", exec_)


def test_adding_an_organisation_measure_aims_it_at_the_shared_problem(
    qtbot, page, path, monkeypatch
):
    def breaks_uncovered() -> bool:
        lines = [page.checks.list.item(i).text() for i in range(page.checks.list.count())]
        return any(x.startswith("✗") and "'Te weinig pauzes'" in x for x in lines)

    assert breaks_uncovered()
    _accept_with(monkeypatch, "break_rules_for_all")
    page.filters.only_overdue.setChecked(True)  # shown even though the filter would hide it
    page.library_button.click()
    measure = page.editor.measure
    assert measure.title == "Een pauzeregeling die ook bij drukte geldt"
    assert page.model.measures[page.table.selectionModel().selectedRows()[0].row()] is measure
    assert page.editor.title.text() == measure.title
    assert page.editor.carried_out_by.text() == "directie of eigenaar"
    stored = next(x for x in _reload(path).measures if x.id == measure.id)
    ids = _ids(page.doc)
    # Breaks are a problem in both teams: one organisation-wide target covers them.
    assert stored.targets == [m.Target(ids["too_few_breaks"], None)]
    assert stored.level == m.Level.ORGANISATION
    assert stored.description.startswith("Wettelijk verplicht: wie meer dan 5,5 uur werkt")
    assert "Leg vast hoe lang" in stored.description  # the law first, then the suggestion
    assert stored.coherence.startswith("Werkt alleen als")
    qtbot.waitUntil(lambda: not breaks_uncovered())  # the plan checks follow at once


def test_adding_a_team_measure_aims_it_at_each_team_and_the_owner_adapts_it(
    page, path, monkeypatch
):
    _accept_with(monkeypatch, "group_chat_agreements")
    page.library_button.click()
    editor = page.editor
    ids, teams = _ids(page.doc), _teams(page.doc)
    assert editor.measure.targets == [m.Target(ids["reachability"], teams["R&D <Noord>"])]
    editor.responsible.setText("Łukasz Ĳsselmeer")
    editor.responsible.editingFinished.emit()
    editor.deadline.setText("1-2-2099")
    editor.deadline.editingFinished.emit()
    stored = next(x for x in _reload(path).measures if x.id == editor.measure.id)
    assert stored.responsible == "Łukasz Ĳsselmeer" and stored.deadline == date(2099, 2, 1)
    assert stored.level == m.Level.TEAM


def test_a_library_measure_changed_into_a_wrong_shape_is_explained_inline(page, monkeypatch):
    _accept_with(monkeypatch, "break_rules_for_all")  # aimed at the whole organisation
    page.library_button.click()
    editor = page.editor
    editor.level.setCurrentIndex(editor.level.findData(m.Level.TEAM))
    editor.level.activated.emit(editor.level.currentIndex())
    assert "teamniveau" in editor.problems.text() and not editor.problems.isHidden()


def test_closing_the_library_adds_nothing(page, path, monkeypatch):
    _accept_with(monkeypatch, None)
    page.library_button.click()
    assert len(_reload(path).measures) == 1
    assert page.model.rowCount() == 1


def test_a_closed_cycle_offers_no_library(page, monkeypatch):
    opened = []
    monkeypatch.setattr(LibraryDialog, "exec", lambda dialog: opened.append(1) or 0)
    old = page.doc.cycle
    page.doc.start_next_cycle()
    assert page.library_button.isEnabled()
    page.doc.choose_cycle(old)
    assert not page.library_button.isEnabled()
    page.add_from_library()
    assert opened == []


def test_no_document_no_library(qtbot):
    page = PlanPage(next(s for s in steps() if s.key == "plan"))
    qtbot.addWidget(page)
    page.set_document(None)
    assert not page.library_button.isEnabled()


def test_the_library_button_is_named_and_keyboard_reachable(page):
    assert page.library_button.text() == "Uit &de bibliotheek…"
    chain, widget = [], page.new_button
    for _ in range(3):
        widget = widget.nextInFocusChain()
        chain.append(widget)
    assert page.library_button in chain


def test_mnemonics_on_the_plan_page_do_not_clash(page):
    """Two controls with the same Alt-letter (or one shared with the menu bar) make the
    keyboard jump between them instead of acting."""
    texts = [w.text() for w in page.findChildren(QAbstractButton) if w.text()]
    texts += [w.text() for w in page.findChildren(QLabel) if w.buddy() is not None]
    tabs = page.findChild(QTabWidget)
    texts += [tabs.tabText(i) for i in range(tabs.count())]
    # "&&" is an ampersand in the text, not a mnemonic
    letters = [match.group(1).lower() for t in texts
               for match in [re.search(r"&(\w)", t.replace("&&", ""))] if match]
    assert len(letters) == len(set(letters)), sorted(letters)
    assert not MENU_LETTERS & set(letters)


def test_a_legal_minimum_is_shown_as_required_by_law_not_as_an_option(qtbot, page):
    dialog = _dialog(qtbot, page)
    dialog.scope.setCurrentIndex(dialog.scope.findText("Alle bronnen"))
    _choose(dialog, "enough_rest_between_shifts")
    row = dialog.list.currentItem().text()
    assert row.endswith("— wettelijk verplicht")
    text = dialog.details.toPlainText()
    assert "Wettelijk verplicht (Arbeidstijdenwet art. 5:3 en 5:8)" in text
    assert "11 uur" in text and "geen keuze maar een minimum" in text
    _choose(dialog, "no_evening_email")  # no law yet: an improvement, not marked
    assert "wettelijk verplicht" not in dialog.list.currentItem().text()
    assert "Wettelijk verplicht" not in dialog.details.toPlainText()
