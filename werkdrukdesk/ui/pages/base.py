"""What every step page shares: its title, its guidance, a scrolling body, the open document."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from werkdrukdesk.ui.document import OpenDocument
from werkdrukdesk.ui.steps import Step
from werkdrukdesk.ui.widgets import Guidance


class StepPage(QWidget):
    """Subclasses build their controls on `self.body` and implement `refresh()`.

    `refresh()` runs when a file is opened, another cycle is chosen, or the page is shown; it
    fills the controls from `self.doc` (None when no file is open) and disables editing when
    `self.doc.read_only`.
    """

    scrolls = True  # pages with their own big table set this False and manage space themselves

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
        outer.addWidget(Guidance(step.guidance))
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
        self.doc = doc
        if doc is not None:
            doc.cycle_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Fill the controls from the document; override."""

    def leave(self) -> None:
        """Called before another page is shown or the window closes: store pending typing."""
