"""What every step page shares: its title, its guidance, a scrolling body, the open document."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from werkdrukdesk.core.readiness.base import whole
from werkdrukdesk.ui.document import OpenDocument
from werkdrukdesk.ui.forms import wheel_guard
from werkdrukdesk.ui.forms.widgets import Guidance
from werkdrukdesk.ui.steps import Step


class StepPage(QWidget):
    """Subclasses build their controls on `self.body` and implement `refresh()`.

    `refresh()` runs when a file is opened, another cycle is chosen, or the page is shown (a
    page the window does not show waits for its next show: see `asleep`); it fills the
    controls from `self.doc` (None when no file is open) and disables editing when
    `self.doc.read_only`.
    """

    scrolls = True  # pages with their own big table set this False and manage space themselves
    # The window's stack of steps sets `asleep` while another step is shown: another cycle
    # then only marks the page `stale`, and it is filled again when shown.
    asleep = False
    stale = False

    def __init__(self, step: Step, parent: QWidget | None = None):
        super().__init__(parent)
        self.step = step
        self.doc: OpenDocument | None = None
        title = QLabel(step.title)
        title.setObjectName("stepTitle")
        title.setStyleSheet("QLabel#stepTitle { font-size: 18pt; font-weight: 600; }")
        title.setAccessibleName(step.title)
        outer = QVBoxLayout(self)
        outer.addWidget(title)
        self.guidance = Guidance(step.guidance)
        outer.addWidget(self.guidance)
        content = QWidget()
        self.body = QVBoxLayout(content)
        self.body.setContentsMargins(0, 8, 0, 0)
        if self.scrolls:
            scroller = QScrollArea()
            scroller.setWidgetResizable(True)
            scroller.setFrameShape(QScrollArea.NoFrame)
            scroller.setAccessibleName(step.title)
            scroller.setWidget(content)
            scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarAsNeeded)
            outer.addWidget(scroller, 1)
        else:
            outer.addWidget(content, 1)

    def set_document(self, doc: OpenDocument | None) -> None:
        if doc is not self.doc:
            if self.doc is not None:
                self.doc.cycle_changed.disconnect(self._cycle_changed)
                self.doc.day_changed.disconnect(self._cycle_changed)
            if doc is not None:
                doc.cycle_changed.connect(self._cycle_changed)
                doc.day_changed.connect(self._cycle_changed)
            self.doc = doc
        self.update_now()

    def update_now(self) -> None:
        self.stale = False
        self.show_guidance()
        self.refresh()

    def show_guidance(self) -> None:
        """The step's opening words for what the open file covers (it may have been widened
        or narrowed since this page last showed)."""
        guidance = self.step.guidance_for(self.doc is not None and whole(self.doc.org))
        if guidance != self.guidance.text():
            self.guidance.setText(guidance)
        wheel_guard.guard(self)  # also the controls a refresh may have built

    def _cycle_changed(self) -> None:
        """A page the window does not show waits for its next show (see `asleep`)."""
        if self.asleep:
            self.stale = True
        else:
            self.update_now()

    def refresh(self) -> None:
        """Fill the controls from the document; override."""

    def leave(self) -> None:
        """Called before another page is shown or the window closes: store pending typing."""

    def need_fields(self) -> dict[str, QWidget]:
        """The control where each need (a key of readiness_base.NEEDS) is met; override."""
        return {}

    def focus_need(self, need: str) -> bool:
        """Put the cursor where `need` is met (its tab chosen, scrolled into view); the page
        itself when this step has no such control. True if a control got the cursor."""
        widget = self.need_fields().get(need)
        if widget is None or not widget.isEnabled():
            self.setFocus(Qt.OtherFocusReason)
            return False
        reveal(widget)
        widget.setFocus(Qt.OtherFocusReason)
        return True


def reveal(widget: QWidget) -> None:
    """Choose the tabs that hold `widget` and scroll every scroll area around it to it."""
    child, parent = widget, widget.parentWidget()
    while parent is not None:
        tabs = parent.parentWidget()
        if isinstance(parent, QStackedWidget) and isinstance(tabs, QTabWidget):
            tabs.setCurrentWidget(child)
        child, parent = parent, parent.parentWidget()
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget)
        parent = parent.parentWidget()
