"""The guided wizard end to end: a new user's walk from an empty file to a complete cycle in
the real main window, then closing, reopening and finding everything back; and starting the
next cycle from the evaluation step."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.ui.walkthrough_helpers import (
    APPROVAL,
    BALANCE,
    BALANCES,
    BULK_REFERENCE,
    COMPLETED_ON,
    DEMAND_RATING,
    DEMAND_TOO_HIGH,
    DOCUMENT,
    EVALUATION,
    HYBRID_CONSIDERATION,
    HYBRID_COUNT,
    HYBRID_TEAM,
    INVENTORY,
    MANAGER_ATTENDEE,
    MANAGER_SESSION,
    MEASURE_EVALUATION,
    ORG_MEASURE,
    ORGANISATION,
    OVERVIEW,
    OWN_SOURCE,
    PLAN,
    PLAN_COHERENCE,
    PROCESS,
    PROFILE,
    RD_COUNT,
    RD_TEAM,
    RESOURCE_RATING,
    RESOURCE_TOO_LOW,
    SESSIONS,
    STAFF_ATTENDEE,
    STAFF_SESSION,
    TEAM_MEASURE,
    evaluate_measure,
    fill_balance,
    fill_inventory_problems,
    fill_organisation,
    fill_plan,
    fill_process_evaluation,
    fill_sessions,
    go_to,
    mark_done,
    rate_every_other_cell,
    source_id,
    start_new_organisation,
    step_mark,
    team_id,
)
from tests.ui.walkthrough_survey import hold_questionnaire
from werkdrukdesk.core import model as m
from werkdrukdesk.storage import open_file
from werkdrukdesk.ui.files import actions as file_actions
from werkdrukdesk.ui.main_window import MainWindow


@pytest.fixture
def new_window(qtbot):
    """Makes shown main windows; whatever is still open is closed after the test."""
    windows = []

    def make() -> MainWindow:
        window = MainWindow()
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close_document()


def percent(window: MainWindow, row: int) -> int:
    mark = step_mark(window, row)
    return 100 if mark == "✓" else int(mark.rstrip("%"))


# -- the walk --------------------------------------------------------------------------------

def walk_organisation_to_balance(window: MainWindow, qtbot, monkeypatch, folder) -> None:
    fill_organisation(window)
    assert step_mark(window, ORGANISATION) == "✓"
    go_to(window, INVENTORY)
    fill_inventory_problems(window)
    page = window.step_pages[INVENTORY]
    rd = team_id(window, RD_TEAM.name)
    for name, shown in ((DEMAND_TOO_HIGH, "te hoog"), (RESOURCE_TOO_LOW, "te laag")):
        assert page.model.data(page.model.index_of(source_id(window, name), rd)) == shown
    assert 0 < percent(window, INVENTORY) < 100  # two of the 52 team cells: it rose
    assert rate_every_other_cell(window) == 2 * 26 - 2
    # Every cell rated is not the whole inventory: the inspector asks for the study behind it.
    assert step_mark(window, INVENTORY) != "✓"
    assert window.sidebar.item(INVENTORY).toolTip().startswith("Nog nodig: verdiepend onderzoek")
    hold_questionnaire(window, qtbot, monkeypatch, folder)
    assert step_mark(window, INVENTORY) == "✓"
    go_to(window, BALANCE)
    fill_balance(window)
    assert step_mark(window, BALANCE) == "✓"


def walk_plan_to_overview(window: MainWindow) -> None:
    go_to(window, PLAN)
    fill_plan(window)
    # A plan on paper is not yet a plan carried out: that is what still holds the step back.
    assert window.sidebar.item(PLAN).toolTip() == "Nog nodig: maatregelen op tijd uitgevoerd"
    go_to(window, SESSIONS)
    fill_sessions(window)
    assert step_mark(window, SESSIONS) == "✓"
    go_to(window, EVALUATION)
    assert step_mark(window, EVALUATION) != "✓"
    go_to(window, PLAN)  # back through the sidebar: the measure was carried out
    mark_done(window, ORG_MEASURE.title, COMPLETED_ON)
    assert step_mark(window, PLAN) == "✓"
    go_to(window, EVALUATION)
    evaluate_measure(window, ORG_MEASURE.title, MEASURE_EVALUATION)
    fill_process_evaluation(window, PROCESS)
    go_to(window, OVERVIEW)
    overview = window.step_pages[OVERVIEW]
    assert all(bar.value() == bar.maximum() for bar in overview.bars.values())


# -- what must be back -----------------------------------------------------------------------

def ids(org: m.Organisation) -> dict[str, int]:
    cycle = org.cycles[-1]
    found = {t.name: t.id for t in cycle.teams}
    found |= {s.name: s.id for s in org.sources}
    found |= {x.title: x.id for x in cycle.measures}
    return found


def check_organisation_and_inventory(org: m.Organisation) -> None:
    assert org.profile == PROFILE
    cycle = org.cycles[-1]
    assert [(t.name, t.headcount, t.hybrid, t.manager) for t in cycle.teams] == [
        (HYBRID_TEAM.name, HYBRID_TEAM.headcount, True, ""),
        (RD_TEAM.name, RD_TEAM.headcount, False, RD_TEAM.manager)]
    assert [replace(d, id=None) for d in org.documents] == [DOCUMENT]
    own = [s for s in org.sources if not s.built_in]
    assert [(s.name, s.kind, s.explanation, s.archived) for s in own] == [
        (OWN_SOURCE.name, OWN_SOURCE.kind, OWN_SOURCE.explanation, False)]
    known, rd = ids(org), ids(org)[RD_TEAM.name]
    ratings = {(r.source_id, r.team_id): r for r in cycle.ratings}
    assert len(ratings) == len(cycle.ratings) == 2 * len(org.sources) == 52
    for name, wanted in ((DEMAND_TOO_HIGH, DEMAND_RATING), (RESOURCE_TOO_LOW, RESOURCE_RATING)):
        stored = ratings.pop((known[name], rd))
        assert replace(stored, source_id=0, team_id=None, id=None) == wanted
    assert {(r.rating, r.evidence, r.evidence_reference, r.note) for r in ratings.values()} == {
        (m.Rating.FINE, m.Evidence.QUESTIONNAIRE, BULK_REFERENCE, "")}
    assert cycle.hybrid_consideration == HYBRID_CONSIDERATION and not cycle.no_risk


def check_balance_and_plan(org: m.Organisation) -> None:
    cycle, known = org.cycles[-1], ids(org)
    rd = known[RD_TEAM.name]
    stored = {b.team_id: (b.verdict, b.priority, b.rest_and_recovery) for b in cycle.balances}
    assert stored == {known[name]: wanted for name, wanted in BALANCES.items()}
    first, second = sorted(cycle.measures, key=lambda x: x.id)
    assert replace(first, id=None) == replace(
        ORG_MEASURE, status=m.MeasureStatus.DONE, completed_on=COMPLETED_ON,
        evaluation=MEASURE_EVALUATION, targets=[m.Target(known[DEMAND_TOO_HIGH], rd)])
    assert replace(second, id=None) == replace(
        TEAM_MEASURE, targets=[m.Target(known[RESOURCE_TOO_LOW], rd)],
        related_measure_ids=[first.id])
    assert cycle.approval == APPROVAL
    assert cycle.plan_coherence == PLAN_COHERENCE


def check_sessions_and_evaluation(org: m.Organisation) -> None:
    cycle, known = org.cycles[-1], ids(org)
    staff, managers = sorted(cycle.sessions, key=lambda s: s.held_on)
    assert replace(staff, id=None) == replace(
        STAFF_SESSION, attendees=[m.Attendee(STAFF_ATTENDEE, known[HYBRID_TEAM.name])],
        team_counts={known[RD_TEAM.name]: RD_COUNT, known[HYBRID_TEAM.name]: HYBRID_COUNT})
    assert replace(managers, id=None) == replace(
        MANAGER_SESSION, attendees=[m.Attendee(MANAGER_ATTENDEE, None)])
    assert staff.attendance() == 1 + RD_COUNT + HYBRID_COUNT
    assert cycle.process_evaluation == PROCESS


def check_everything(org: m.Organisation) -> None:
    assert len(org.cycles) == 1 and not org.cycles[0].closed
    check_organisation_and_inventory(org)
    check_balance_and_plan(org)
    check_sessions_and_evaluation(org)


def check_pages_show_it(window: MainWindow) -> None:
    """A few values as the reopened pages show them, literally ('&' and '<' included)."""
    organisation = window.step_pages[ORGANISATION]
    assert organisation.name.text() == PROFILE.name
    assert organisation.teams.table.item(1, 0).text() == RD_TEAM.name
    go_to(window, PLAN)
    plan = window.step_pages[PLAN]
    assert sorted(x.title for x in plan.model.measures) == sorted(
        [ORG_MEASURE.title, TEAM_MEASURE.title])
    go_to(window, SESSIONS)
    sessions = window.step_pages[SESSIONS]
    titles = [sessions.table.item(r, 1).text() for r in range(sessions.table.rowCount())]
    assert titles == [STAFF_SESSION.title, MANAGER_SESSION.title]


# -- the tests -------------------------------------------------------------------------------

def test_a_new_user_walks_the_whole_cycle_and_finds_it_all_back(new_window, qtbot, monkeypatch,
                                                                 tmp_path):
    path = tmp_path / "kapsalon.werkdruk"
    window = new_window()
    start_new_organisation(window, qtbot, monkeypatch, path)
    refused: list[str] = []
    window.doc.failed.connect(refused.append)
    walk_organisation_to_balance(window, qtbot, monkeypatch, tmp_path)
    walk_plan_to_overview(window)
    marks = [step_mark(window, row) for row in range(window.sidebar.count())]
    assert marks == ["✓"] * 7
    assert refused == [] and window.banner.isHidden()
    check_everything(window.doc.org)
    window.close()

    again = new_window()
    recent = again.welcome.recent.item(0)
    assert recent is not None and recent.text().startswith(path.name)
    with qtbot.waitSignal(again.file_opened, timeout=10000):
        again.welcome.recent.itemActivated.emit(recent)  # Enter on the recent file
    assert again.doc.file.path == path
    assert PROFILE.name in again.windowTitle()
    assert [step_mark(again, row) for row in range(again.sidebar.count())] == ["✓"] * 7
    check_everything(again.doc.org)
    check_pages_show_it(again)
    again.close()
    with open_file(path) as file:
        check_everything(file.load())


def test_a_new_cycle_takes_teams_and_open_measures_and_keeps_the_old_one_read_only(
        new_window, qtbot, monkeypatch, tmp_path):
    path = tmp_path / "kapsalon.werkdruk"
    window = new_window()
    start_new_organisation(window, qtbot, monkeypatch, path)
    fill_organisation(window)
    go_to(window, INVENTORY)
    fill_inventory_problems(window)
    go_to(window, PLAN)
    fill_plan(window)
    mark_done(window, ORG_MEASURE.title, COMPLETED_ON)
    go_to(window, EVALUATION)
    old = window.doc.cycle
    asked = []
    monkeypatch.setattr(file_actions.QMessageBox, "question",
                        lambda *args: asked.append(args) or QMessageBox.Yes)
    window.step_pages[EVALUATION].next_button.click()
    assert asked, "starting a new cycle should ask first"
    check_new_cycle(window, old)
    check_old_cycle_read_only(window, old)
    window.close()
    with open_file(path) as file:
        org = file.load()
    assert [(c.number, c.closed) for c in org.cycles] == [(1, True), (2, False)]
    [carried] = org.cycles[1].measures
    known = ids(org)  # the new cycle's R&D <Noord>, the same source as before
    assert carried.title == TEAM_MEASURE.title
    assert carried.targets == [m.Target(known[RESOURCE_TOO_LOW], known[RD_TEAM.name])]


def check_new_cycle(window: MainWindow, old: m.Cycle) -> None:
    new = window.doc.cycle
    assert new is not old and new.number == 2 and old.closed
    assert "Cyclus 2 van 2" in window.cycle_label.text()
    assert [(t.name, t.headcount, t.hybrid, t.manager) for t in new.teams] == [
        (t.name, t.headcount, t.hybrid, t.manager) for t in old.teams]
    [carried] = new.measures  # the done measure stays behind, the planned one comes along
    was = next(x for x in old.measures if x.title == TEAM_MEASURE.title)
    assert carried.carried_from_measure_id == was.id and carried.is_open
    assert carried.related_measure_ids == []  # its partner was done and stayed behind
    assert [t.team_id for t in carried.targets] == [team_id(window, RD_TEAM.name)]
    go_to(window, PLAN)
    plan = window.step_pages[PLAN]
    assert [plan.model.data(plan.model.index(r, 0)) for r in range(plan.model.rowCount())] == [
        "↻ " + TEAM_MEASURE.title]
    assert plan.new_button.isEnabled()


def check_old_cycle_read_only(window: MainWindow, old: m.Cycle) -> None:
    """Chosen again through the Cyclus menu, the old cycle can be read but not changed."""
    action = next(a for a in window.actions_.cycle_menu.actions()
                  if a.text().startswith("Cyclus 1"))
    action.trigger()
    assert window.doc.cycle is old and window.doc.read_only
    assert "afgesloten" in window.cycle_label.text()
    plan = window.step_pages[PLAN]
    plan.table.selectRow(0)
    assert plan.editor.measure in old.measures
    assert plan.editor.title.isReadOnly() and plan.editor.responsible.isReadOnly()
    assert not plan.editor.status.isEnabled() and not plan.new_button.isEnabled()
    assert not plan.approval.consent_body.isEnabled()
    go_to(window, EVALUATION)
    assert not window.step_pages[EVALUATION].next_button.isEnabled()
    assert not window.step_pages[EVALUATION].measures.effect.isEnabled()
    go_to(window, INVENTORY)
    assert not window.step_pages[INVENTORY].editor.rating.isEnabled()
    go_to(window, ORGANISATION)
    teams = window.step_pages[ORGANISATION].teams
    assert not teams.add_button.isEnabled(), (
        "In a closed cycle 'Team toevoegen' stays enabled: TeamsBox._fill_row "
        "(werkdrukdesk/ui/pages/organisation/lists.py) raises TypeError on "
        "'Qt.ItemIsEditable if editable else 0' (ItemFlag | int), so the refresh stops early")
    shown = [teams.table.item(r, 0).text() for r in range(teams.table.rowCount())]
    assert shown == [t.name for t in old.teams]
    assert not teams.table.item(0, 0).flags() & Qt.ItemIsEditable
