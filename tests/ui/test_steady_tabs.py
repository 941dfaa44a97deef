"""Tabs that are not repainted whole when something inside them changes size."""

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from tests.benchmarks.test_bench_edit import drain
from werkdrukdesk.ui.forms.widgets import SteadyTabs


class Paints(QObject):
    """The largest area the watched widget was asked to repaint."""

    def __init__(self):
        super().__init__()
        self.largest = 0

    def eventFilter(self, watched, event):  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint:
            self.largest = max(self.largest, event.rect().width() * event.rect().height())
        return False


def tabs_with_a_message(qtbot, kind):
    tabs = kind()
    page = QWidget()
    layout = QVBoxLayout(page)
    message = QLabel("Ayşe Yılmaz")
    message.setWordWrap(True)
    layout.addWidget(message)
    layout.addStretch()
    tabs.addTab(page, "Maatregelen")
    tabs.addTab(QWidget(), "R&D <Noord>")
    qtbot.addWidget(tabs)
    tabs.resize(600, 400)
    tabs.show()
    qtbot.waitExposed(tabs)
    drain()
    return tabs, page, message


def share_repainted_after_a_longer_message(qtbot, kind) -> float:
    """The largest part of the tabs repainted when a message inside grows to more lines."""
    tabs, _page, message = tabs_with_a_message(qtbot, kind)
    paints = Paints()
    tabs.installEventFilter(paints)
    message.setText("Geef 'Werk per dienst eerlijk verdelen' een verantwoordelijke. " * 8)
    drain()
    return paints.largest / (tabs.width() * tabs.height())


def test_a_message_growing_inside_repaints_the_message_not_the_tabs(qtbot):
    assert share_repainted_after_a_longer_message(qtbot, QTabWidget) == 1  # Qt's own tabs
    assert share_repainted_after_a_longer_message(qtbot, SteadyTabs) < 0.5


def test_a_resize_and_a_hidden_tab_bar_still_place_the_pages(qtbot):
    tabs, page, _message = tabs_with_a_message(qtbot, SteadyTabs)
    width, top = page.width(), page.mapTo(tabs, page.rect().topLeft()).y()
    tabs.resize(800, 400)
    drain()
    assert page.width() > width
    tabs.tabBar().hide()  # as step 1 does for a werkdruk-only file
    drain()
    assert page.mapTo(tabs, page.rect().topLeft()).y() < top
    tabs.tabBar().show()
    drain()
    assert page.mapTo(tabs, page.rect().topLeft()).y() == top
