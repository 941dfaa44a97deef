"""Which page class shows which step, and the stack that makes each page when first needed.

A step's page (and its module) is made the first time the step is shown, so opening a file
costs only the page that is on screen. The open document reaches a hidden page when it is
shown next, and a shown page is filled again every time it is shown.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from werkdrukdesk.ui.document import OpenDocument
from werkdrukdesk.ui.pages.base import StepPage
from werkdrukdesk.ui.steps import Step, steps

PAGE_CLASSES = {
    "organisation": ("organisation.page", "OrganisationPage"),
    "inventory": ("inventory.page", "InventoryPage"),
    "balance": ("balance.page", "BalancePage"),
    "plan": ("plan.page", "PlanPage"),
    "sessions": ("sessions.page", "SessionsPage"),
    "evaluation": ("evaluation.page", "EvaluationPage"),
    "overview": ("overview.page", "OverviewPage"),
}


def make_page(step: Step) -> StepPage:
    module_name, class_name = PAGE_CLASSES[step.key]
    module = importlib.import_module(f"werkdrukdesk.ui.pages.{module_name}")
    return getattr(module, class_name)(step)


class StepStack(QStackedWidget):
    """One place per step: an empty stand-in until the step is first shown, then its page."""

    page_made = Signal(object)  # a StepPage, just made

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.steps = steps()
        self.doc: OpenDocument | None = None
        self._made: dict[int, StepPage] = {}
        for _step in self.steps:
            self.addWidget(QWidget())

    def made_pages(self) -> list[StepPage]:
        return list(self._made.values())

    def page(self, row: int) -> StepPage:
        """The page of step `row`, made if need be and up to date with the open document."""
        page = self._made.get(row) or self._make(row)
        self._catch_up(page)
        return page

    def show_step(self, row: int) -> StepPage:
        """Leave the shown page (storing pending typing) and show step `row`, filled anew."""
        current = self.currentWidget()
        if isinstance(current, StepPage):
            current.leave()
            current.asleep = True
        page = self._made.get(row) or self._make(row)
        page.asleep = False
        self.setCurrentWidget(page)
        if not self._catch_up(page):
            page.update_now()
        return page

    def set_document(self, doc: OpenDocument | None) -> None:
        """The shown page follows at once; hidden pages let go of the old document now and
        take the new one when shown."""
        self.doc = doc
        current = self.currentWidget()
        for page in self._made.values():
            if page is current or doc is None:
                page.set_document(doc)

    def _make(self, row: int) -> StepPage:
        page = make_page(self.steps[row])
        page.asleep = True
        stand_in = self.widget(row)
        self.insertWidget(row, page)
        self.removeWidget(stand_in)
        stand_in.deleteLater()
        self._made[row] = page
        self.page_made.emit(page)
        return page

    def _catch_up(self, page: StepPage) -> bool:
        """Give `page` the open document or the refresh it missed; True if it was filled."""
        if page.doc is not self.doc:
            page.set_document(self.doc)
            return True
        if page.stale:
            page.update_now()
            return True
        return False


class PageList(Sequence):
    """`window.step_pages[row]`: the page of a step, made when asked for."""

    def __init__(self, stack: StepStack):
        self._stack = stack

    def __len__(self) -> int:
        return len(self._stack.steps)

    def __getitem__(self, row):  # type: ignore[override]
        if isinstance(row, slice):
            return [self._stack.page(r) for r in range(len(self))[row]]
        if not -len(self) <= row < len(self):
            raise IndexError(row)
        return self._stack.page(row % len(self))
