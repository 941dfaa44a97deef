"""Steps' pages are made when first shown and filled when shown, so opening a big file costs
only the page on screen; the sidebar's progress needs no page at all."""

from datetime import date

import pytest
from PySide6.QtWidgets import QHeaderView

from werkdrukdesk.core.model.edits import SetFields
from werkdrukdesk.demo.build import build_demo
from werkdrukdesk.storage.file import write_new_file
from werkdrukdesk.ui.files import actions as file_actions
from werkdrukdesk.ui.main_window import MainWindow
from werkdrukdesk.ui.pages.base import StepPage
from werkdrukdesk.ui.pages.evaluation import comparison as evaluation_comparison
from werkdrukdesk.ui.pages.organisation.page import OrganisationPage
from werkdrukdesk.ui.pages.plan.page import PlanPage

ORGANISATION, INVENTORY, PLAN, EVALUATION = 0, 1, 3, 5


@pytest.fixture
def demo(tmp_path):
    path = tmp_path / "demo.werkdruk"
    write_new_file(path, build_demo("small", today=date(2026, 11, 28))).close()
    return path


@pytest.fixture
def window(qtbot, demo):
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.file_opened, timeout=10000):
        win.open_path(demo)
    yield win
    win.close_document()


@pytest.fixture
def worked_out(monkeypatch):
    """Counts how often the evaluation step works out its comparisons."""
    calls = []
    real = evaluation_comparison.comparisons
    monkeypatch.setattr(evaluation_comparison, "comparisons",
                        lambda org, cycle: calls.append(cycle.number) or real(org, cycle))
    return calls


def made(window) -> list[str]:
    return [page.step.key for page in window.pages.made_pages()]


def refreshes(monkeypatch, page_class) -> list[StepPage]:
    calls = []
    real = page_class.refresh
    monkeypatch.setattr(page_class, "refresh", lambda self: calls.append(self) or real(self))
    return calls


def test_opening_a_file_makes_only_the_page_on_screen(window, worked_out):
    assert made(window) == ["organisation"]
    assert window.pages.currentWidget() is window.step_pages[ORGANISATION]
    assert window.step_pages[ORGANISATION].doc is window.doc
    assert worked_out == []  # the evaluation's comparison waits until that step is shown
    marks = [window.sidebar.item(r).text().split("\n")[-1] for r in range(7)]
    assert all(mark == "✓" or mark.endswith("%") for mark in marks)


def test_a_step_is_made_and_filled_when_first_shown(window, worked_out, monkeypatch):
    window.sidebar.setCurrentRow(EVALUATION)
    page = window.pages.currentWidget()
    assert isinstance(page, StepPage) and page.step.key == "evaluation"
    assert window.pages.indexOf(page) == EVALUATION
    assert page.doc is window.doc and worked_out == [window.doc.cycle.number]
    assert not page.comparison.isHidden()
    assert made(window) == ["organisation", "evaluation"]
    asked = []  # the page's button reaches the window's "start a new cycle" once made
    monkeypatch.setattr(file_actions.QMessageBox, "question",
                        lambda *args: asked.append(args) or file_actions.QMessageBox.No)
    page.next_button.click()
    assert len(asked) == 1


def test_asking_for_a_page_makes_it_up_to_date(window):
    plan = window.step_pages[PLAN]
    assert isinstance(plan, PlanPage) and plan.doc is window.doc
    assert window.sidebar.currentRow() == ORGANISATION  # asking does not show it
    assert len(window.step_pages) == 7 and window.step_pages[-1].step.key == "overview"


def test_a_hidden_page_waits_for_its_show_to_follow_another_cycle(window, monkeypatch):
    window.sidebar.setCurrentRow(PLAN)
    window.sidebar.setCurrentRow(ORGANISATION)
    plan_fills = refreshes(monkeypatch, PlanPage)
    organisation_fills = refreshes(monkeypatch, OrganisationPage)
    first = next(c for c in window.doc.org.cycles if c.number == 1)
    window.doc.choose_cycle(first)
    assert len(organisation_fills) == 1  # the page on screen follows at once
    assert plan_fills == []
    window.sidebar.setCurrentRow(PLAN)
    assert len(plan_fills) == 1
    plan = window.step_pages[PLAN]
    assert plan.read_only_note.isVisibleTo(plan)  # the first cycle is closed


def test_a_page_fetched_while_hidden_has_caught_up_with_the_cycle(window):
    window.sidebar.setCurrentRow(PLAN)
    window.sidebar.setCurrentRow(ORGANISATION)
    first = next(c for c in window.doc.org.cycles if c.number == 1)
    window.doc.choose_cycle(first)
    plan = window.step_pages[PLAN]
    assert not plan.new_button.isEnabled() and not plan.stale


def test_plan_checks_wait_while_the_plan_is_hidden(window, qtbot, monkeypatch):
    window.sidebar.setCurrentRow(PLAN)
    panel = window.step_pages[PLAN].checks
    window.sidebar.setCurrentRow(ORGANISATION)
    redone = []
    real = panel.refresh
    monkeypatch.setattr(panel, "refresh", lambda: redone.append(1) or real())
    cycle = window.doc.cycle
    assert window.doc.apply(SetFields(cycle, {"consent_date": None}, part=cycle.approval,
                                      in_cycle=False))
    qtbot.waitUntil(lambda: not panel.later.isActive())
    assert redone == []
    window.sidebar.setCurrentRow(PLAN)
    assert redone == [1]
    assert any("instemming" in panel.list.item(i).text().lower()
               for i in range(panel.list.count()))


def test_the_comparison_is_worked_out_again_only_after_a_change(window, worked_out):
    window.sidebar.setCurrentRow(EVALUATION)
    window.sidebar.setCurrentRow(ORGANISATION)
    window.sidebar.setCurrentRow(EVALUATION)
    assert len(worked_out) == 1
    window.doc.changed.emit()
    window.sidebar.setCurrentRow(ORGANISATION)
    window.sidebar.setCurrentRow(EVALUATION)
    assert len(worked_out) == 2


def test_closing_lets_every_made_page_let_go_of_the_document(window):
    window.sidebar.setCurrentRow(PLAN)
    window.close_document()
    assert all(page.doc is None for page in window.pages.made_pages())


def test_the_comparison_table_fits_its_columns_again_after_filling(window):
    window.sidebar.setCurrentRow(EVALUATION)
    table = window.pages.currentWidget().comparison.table
    header = table.horizontalHeader()
    assert header.sectionResizeMode(0) == QHeaderView.Stretch
    assert all(header.sectionResizeMode(c) == QHeaderView.ResizeToContents for c in range(1, 7))
    assert table.rowCount() > 0
