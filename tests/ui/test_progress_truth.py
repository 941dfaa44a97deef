"""One truth about progress in the real window: the sidebar, the overview's bars and "Klaar
voor de inspectie?" agree, say what is missing, and every open point leads to its place."""

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.core.readiness_org import ready_org
from tests.pinned import PINNED_DAY
from werkdrukdesk.core import model as m
from werkdrukdesk.core.readiness.chain import open_checks, readiness
from werkdrukdesk.demo.build import build_demo
from werkdrukdesk.storage import open_file
from werkdrukdesk.storage.file import write_new_file
from werkdrukdesk.ui.survey.window import SurveyWindow

ORGANISATION, OVERVIEW = 0, 6


def open_org(window, qtbot, tmp_path, org: m.Organisation):
    path = tmp_path / "org.werkdruk"
    write_new_file(path, org).close()
    with qtbot.waitSignal(window.file_opened, timeout=10000):
        window.open_path(path)


def without_health_service() -> m.Organisation:
    org = ready_org()
    org.profile = replace(org.profile, occupational_health_service="", company_doctor="")
    for x in org.cycles[0].measures:  # nothing overdue on the pinned day
        if x.is_open:
            x.deadline = date(2027, 3, 1)
    return org


def test_a_step_with_an_open_check_never_shows_a_tick(window, qtbot, tmp_path):
    open_org(window, qtbot, tmp_path, build_demo("large", today=PINNED_DAY))
    doc = window.doc
    gaps = open_checks(readiness(doc.org, doc.cycle, doc.today))
    assert gaps
    for row, step in enumerate(window.pages.steps):
        text = window.sidebar.item(row).text()
        if any(c.step == step.key for c in gaps) or step.key == "overview":
            assert "✓" not in text and "%" in text, text
    overview = window.step_pages[OVERVIEW]
    assert all(bar.value() < 100 for key, bar in overview.bars.items()
               if any(c.step == key for c in gaps))


def test_the_missing_health_service_is_named_and_its_link_leads_to_the_field(
        window, qtbot, tmp_path):
    open_org(window, qtbot, tmp_path, without_health_service())
    item = window.sidebar.item(ORGANISATION)
    assert "✓" not in item.text()
    assert item.toolTip() == "Nog nodig: arbodienst of bedrijfsarts"
    assert "Nog nodig: arbodienst of bedrijfsarts" in item.data(Qt.AccessibleTextRole)
    qtbot.keyClick(window, Qt.Key_7, Qt.ControlModifier)
    overview = window.pages.currentWidget()
    assert overview.needs["organisation"].text() == "Nog nodig: arbodienst of bedrijfsarts"
    assert "arbodienst" in overview.bars["organisation"].toolTip()
    button = next(b for b in overview.readiness_box.buttons
                  if "Arbodienst of bedrijfsarts bekend" in b.accessibleName())
    assert button.text() == "Naar Organisatie →" and button.focusPolicy() & Qt.TabFocus
    button.setFocus()
    qtbot.keyClick(button, Qt.Key_Space)  # the keyboard follows the link, not only the mouse
    assert window.sidebar.currentRow() == ORGANISATION
    page = window.pages.currentWidget()
    assert QApplication.focusWidget() is page.occupational_health_service
    page.occupational_health_service.setText("Arbodienst Midden")
    page.occupational_health_service.editingFinished.emit()
    assert window.sidebar.item(ORGANISATION).text().endswith("✓")
    assert window.sidebar.item(ORGANISATION).toolTip() == "Alles op orde."


def test_a_link_opens_the_tab_where_the_point_is_solved(window, qtbot, tmp_path):
    org = without_health_service()
    org.cycles[0].plan_coherence = ""
    org.cycles[0].measures = [replace(x, coherence="") for x in org.cycles[0].measures]
    open_org(window, qtbot, tmp_path, org)
    window.sidebar.setCurrentRow(OVERVIEW)
    box = window.pages.currentWidget().readiness_box
    next(b for b in box.buttons if "samenhang" in b.accessibleName()).click()
    plan = window.pages.currentWidget()
    assert plan.step.key == "plan" and plan.tabs.currentWidget() is plan.approval
    assert QApplication.focusWidget() is plan.approval.coherence


def test_the_discussion_with_staff_can_be_recorded_where_the_link_leads(
        window, qtbot, tmp_path):
    org = build_demo("small", today=PINNED_DAY)
    for x in org.cycles[-1].measurements:
        x.discussed_with_staff = ""
    open_org(window, qtbot, tmp_path, org)
    inventory = window.sidebar.item(1)
    assert "uitkomsten besproken met de medewerkers" in inventory.toolTip()
    survey = SurveyWindow(window.doc, window)
    qtbot.addWidget(survey)
    survey.table.setCurrentCell(0, 0)
    assert survey.discussed.isEnabled() and survey.discussed.text() == ""
    survey.discussed.setText("Personeelsvergadering 12-12-2026, per team doorgenomen")
    survey.discussed.editingFinished.emit()
    assert "uitkomsten besproken" not in inventory.toolTip()
    survey.reject()
    path = window.doc.file.path
    window.close_document()
    with open_file(path, read_only=True) as file:
        stored = file.load().cycles[-1].measurements
    assert "Personeelsvergadering 12-12-2026, per team doorgenomen" in [
        x.discussed_with_staff for x in stored]
