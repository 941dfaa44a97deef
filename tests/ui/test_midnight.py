"""Left open overnight: after midnight the window judges deadlines by the new day, no restart."""

from datetime import date, datetime, time, timedelta

import pytest

from tests.pinned import PINNED_DAY
from tests.ui.conftest import open_in
from werkdrukdesk import clock
from werkdrukdesk.core import model as m
from werkdrukdesk.storage import create_file
from werkdrukdesk.ui.main_window import MainWindow
from werkdrukdesk.ui.pages.plan.page import PlanPage

DEADLINE = date(2027, 3, 27)  # the evening before summer time starts in the Netherlands


@pytest.fixture
def window(qtbot, tmp_path):
    path = tmp_path / "bakkerij.werkdruk"
    with create_file(path, m.Profile("Bakkerij Ayşe", headcount=9), PINNED_DAY) as file:
        cycle = file.load().cycles[0]
        file.save(m.Team("Bakkerij", 9), cycle.id)
        file.save(m.Measure("Vaste pauzes", responsible="Ayşe", deadline=DEADLINE), cycle.id)
    clock.pin(datetime.combine(DEADLINE, time(23, 59, 30)))
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    yield open_in(win, qtbot, path)
    win.close_document()


def plan_page(window) -> PlanPage:
    window.sidebar.setCurrentRow(3)
    page = window.pages.currentWidget()
    assert isinstance(page, PlanPage)
    return page


def test_a_measure_due_today_turns_late_after_midnight(window, qtbot):
    page = plan_page(window)
    assert "te laat" not in page.count.text()
    assert window.doc.today == DEADLINE
    window.notice_new_day()  # a minute's timer before midnight: nothing moves yet
    assert "te laat" not in page.count.text()

    clock.pin(datetime.combine(DEADLINE + timedelta(days=1), time(0, 0, 30)))
    with qtbot.waitSignal(window.doc.day_changed, timeout=5000):
        window.day_watch.timeout.emit()  # what the running timer does once a minute
    assert window.doc.today == DEADLINE + timedelta(days=1)
    assert "1 te laat" in page.count.text()
    assert "te laat" in window.deadline_notice.text()


def test_pages_shown_later_also_use_the_new_day(window, qtbot):
    clock.pin(datetime.combine(DEADLINE + timedelta(days=1), time(0, 0, 30)))
    window.notice_new_day()
    assert "1 te laat" in plan_page(window).count.text()


def test_the_day_is_checked_by_a_running_timer(window):
    assert window.day_watch.isActive() and window.day_watch.interval() <= 60_000
