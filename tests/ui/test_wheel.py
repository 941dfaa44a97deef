"""Scrolling with the mouse wheel never changes data: on every step of both sample organisations,
a wheel turn over each drop-down, number field, slider and tab bar leaves it and the file as they
were; the page scrolls instead. In the field being edited, the wheel still works."""

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QSpinBox, QWidget

from tests.pinned import PINNED_DAY
from tests.ui.conftest import open_in
from werkdrukdesk.core.codec import to_plain
from werkdrukdesk.demo.build import build_demo
from werkdrukdesk.storage import open_file
from werkdrukdesk.storage.file import write_new_file
from werkdrukdesk.ui.forms.wheel_guard import GUARDED
from werkdrukdesk.ui.pages.organisation.page import OrganisationPage


@pytest.fixture(params=["small", "large"])
def opened(request, window, qtbot, tmp_path):
    path = tmp_path / "demo.werkdruk"
    write_new_file(path, build_demo(request.param, today=PINNED_DAY)).close()
    window.resize(1366, 740)
    return open_in(window, qtbot, path), path


def turn_wheel(widget: QWidget, notches: int = -3) -> QWheelEvent:
    """A real wheel event through the application, as the mouse sends it (down = negative)."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(),
                        QPoint(0, 120 * notches), Qt.NoButton, Qt.NoModifier,
                        Qt.ScrollUpdate, False)
    QApplication.sendEvent(widget, event)
    return event


def value(widget: QWidget) -> object:
    if isinstance(widget, QComboBox):
        return widget.currentIndex()
    if hasattr(widget, "value"):
        return widget.value()
    return widget.currentIndex()


def guarded_fields(page: QWidget) -> list[QWidget]:
    return [w for kind in GUARDED for w in page.findChildren(kind)
            if w.isVisibleTo(page) and w.isEnabled() and type(w).__name__ != "QScrollBar"]


def test_the_wheel_over_any_field_of_any_step_changes_nothing(opened):
    window, path = opened
    stored = to_plain(open_file(path, read_only=True).load())
    turned = 0
    for row in range(window.sidebar.count()):
        window.sidebar.setCurrentRow(row)
        page = window.pages.currentWidget()
        window.sidebar.setFocus()  # as while scrolling: the pointer is over a field, not in it
        for field in guarded_fields(page):
            before = value(field)
            for notches in (-3, 3):
                turn_wheel(field, notches)
            assert value(field) == before, (page.step.key, field.accessibleName())
            turned += 1
    assert turned > 20  # the walk really met the fields it is about
    assert to_plain(open_file(path, read_only=True).load()) == stored


def test_the_wheel_passing_a_field_is_left_for_the_page(opened):
    """A field without focus leaves the wheel unaccepted, which is what makes Qt hand a real
    (spontaneous) wheel event on to the scroll area around it. A test cannot send a spontaneous
    event, and Qt does not pass on synthetic ones, so the hand-over is checked here, and the
    scrolling of the page itself is left to Qt."""
    window, _ = opened
    window.sidebar.setCurrentRow(0)
    page = window.pages.currentWidget()
    assert isinstance(page, OrganisationPage)
    window.sidebar.setFocus()
    for field in guarded_fields(page):
        assert not turn_wheel(field, -3).isAccepted(), field.accessibleName()


def test_the_field_in_use_still_follows_the_wheel(opened, qtbot):
    """The control: the same event does change a field that has keyboard focus."""
    window, _ = opened
    window.sidebar.setCurrentRow(0)
    page = window.pages.currentWidget()
    spin = next(f for f in guarded_fields(page) if isinstance(f, QSpinBox))
    window.activateWindow()
    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus)
    before = spin.value()
    turn_wheel(spin, 1)
    assert spin.value() != before
    spin.setValue(before)
