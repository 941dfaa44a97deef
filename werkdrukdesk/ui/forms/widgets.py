"""Small widgets every step uses: guidance, inline problems, dates, code choices, forms."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from werkdrukdesk.core.labels import label

# Re-exported: every step takes its small widgets from this module.
from werkdrukdesk.ui.forms.date_field import DateField as DateField


class Guidance(QLabel):
    """The few plain sentences that open a step."""

    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(text, parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.PlainText)
        self.setObjectName("guidance")
        self.setAccessibleName(self.tr("Uitleg bij deze stap"))
        self.setStyleSheet(
            "QLabel#guidance { background: #eef4fb; border: 1px solid #c9dcf0;"
            " border-radius: 4px; padding: 8px; color: #1d3557; }"
        )


class SteadyTabs(QTabWidget):
    """Tabs that are not repainted whole when something inside them changes size.

    Qt's QTabWidget answers every layout request from inside (a message under a field, a
    list that grows a scroll bar) by placing its tab bar and pages again and repainting
    everything it holds, even when nothing moves: after an edit that was a repaint of the
    whole step, 8 ms of a 16 ms frame. Where the tabs go depends only on the tab widget's
    own size, its tab bar and its settings; when none of those changed since the last
    request, the request is only passed on (what is inside may change the size hint).
    A resize or a new tab places everything anew as before."""

    _placed: tuple[object, ...] | None = None

    def _placement(self) -> tuple[object, ...]:
        bar = self.tabBar()
        corners = tuple(None if w is None else (w.isVisible(), w.sizeHint().toTuple())
                        for w in (self.cornerWidget(Qt.TopLeftCorner),
                                  self.cornerWidget(Qt.TopRightCorner)))
        return (self.size().toTuple(), bar.isVisibleTo(self), bar.sizeHint().toTuple(),
                self.count(), self.tabPosition(), self.tabShape(), self.documentMode(),
                self.font().key(), corners)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest and self.isVisible():
            placement = self._placement()
            if placement == self._placed:
                self.updateGeometry()  # as Qt does after placing: the parents may follow
                return True
            self._placed = placement
        return super().event(event)


class InlineProblems(QLabel):
    """Mistakes explained next to the form, in Dutch, instead of in pop-ups.

    The space a message takes is kept when it goes, so the fields under it do not move when a
    message comes or goes (the next click would land on the wrong one, and moving the form
    repaints all of it: most of an edit's time). One line is kept from the start; a longer
    message makes the space taller once, and it stays so, also for the next record shown: its
    fields then stand where the last one's stood. In a form layout, which drops a hidden
    row's space, add `holder()`.

    `steady=False` is for the window's banner above the pages: nothing stands still under it
    while a message shows, so it takes only what its message needs and none when empty (else
    one long refusal leaves an empty band above every page for the rest of the session)."""

    def __init__(self, parent: QWidget | None = None, steady: bool = True):
        super().__init__(parent)
        self.steady = steady
        self.setWordWrap(True)
        self.setTextFormat(Qt.PlainText)
        self.setAccessibleName(self.tr("Meldingen"))
        self.setStyleSheet("color: #a4161a;")
        self.setMinimumHeight(self.fontMetrics().lineSpacing() + 4)
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(steady)
        self.setSizePolicy(policy)
        self.hide()

    def show_problems(self, problems: list[str]) -> None:
        text = "\n".join(f"• {p}" for p in problems)
        # Unchanged, nothing is touched: no layout pass and no repaint for the same message.
        if text != self.text():
            self.setText(text)
        if self.isHidden() == bool(problems):
            self.setVisible(bool(problems))

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if not self.steady:
            return
        # The height the message needs at the width it got is kept for when it goes; not
        # more (a layout with room to spare may give it more, and a window must still shrink).
        needed = self.heightForWidth(self.width()) if self.text() else 0
        if needed > self.minimumHeight():
            self.setMinimumHeight(needed)

    def holder(self) -> QWidget:
        """This message in a widget that always stays, for a form layout: QFormLayout
        gives a hidden row no space at all, so the fields below would jump."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self)
        return box


class CodeChoice(QComboBox):
    """A choice between the codes of one enum, shown with their Dutch labels."""

    def __init__(self, codes: list[Enum], parent: QWidget | None = None, names=None):
        super().__init__(parent)
        # Qt hands a StrEnum back as a plain str, so the codes themselves are kept here; the
        # item data holds the code's text for findData().
        self._codes = list(codes)
        for code in self._codes:
            self.addItem(names(code) if names else label(code), code.value)

    def code(self) -> Enum:
        return self._codes[max(self.currentIndex(), 0)]

    def set_code(self, code: Enum) -> None:
        self.setCurrentIndex(self._codes.index(code) if code in self._codes else 0)


class LongText(QPlainTextEdit):
    """Multi-line text that reports when the user leaves it, like a line edit does."""

    editing_finished = Signal()

    def __init__(self, parent: QWidget | None = None, lines: int = 3):
        super().__init__(parent)
        self.setTabChangesFocus(True)  # Tab moves on, so the form stays keyboard-friendly
        # A fixed height of a few lines keeps forms compact; longer text scrolls inside.
        self.setFixedHeight(self.fontMetrics().lineSpacing() * (lines + 1) + 12)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        self._dirty = False
        self.textChanged.connect(self._mark)

    def _mark(self) -> None:
        self._dirty = True

    def focusOutEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().focusOutEvent(event)
        self.flush()

    def flush(self) -> None:
        if self._dirty:
            self._dirty = False
            self.editing_finished.emit()

    def set_text_quietly(self, text: str) -> None:
        self.blockSignals(True)
        self.setPlainText(text)
        self.blockSignals(False)
        self._dirty = False


def form(parent: QWidget | None = None) -> QFormLayout:
    layout = QFormLayout(parent)
    layout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
    layout.setRowWrapPolicy(QFormLayout.WrapLongRows)
    layout.setLabelAlignment(Qt.AlignLeft)
    return layout


def separator() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.HLine)
    line.setFrameShadow(QFrame.Sunken)
    return line


def side_by_side(
    left: QWidget, right: QWidget, sizes: tuple[int, int], stretch: tuple[int, int]
) -> QSplitter:
    """A list or table beside its editor; the user may move the border, never hide a side."""
    splitter = QSplitter(Qt.Horizontal)
    splitter.setChildrenCollapsible(False)
    splitter.addWidget(left)
    splitter.addWidget(right)
    splitter.setStretchFactor(0, stretch[0])
    splitter.setStretchFactor(1, stretch[1])
    splitter.setSizes(list(sizes))
    return splitter


def plain(text: str = "", style: str = "", parent: QWidget | None = None) -> QLabel:
    """A wrapping label that shows user text literally ('R&D <Noord>')."""
    shown = QLabel(text, parent)
    shown.setTextFormat(Qt.PlainText)
    shown.setWordWrap(True)
    if style:
        shown.setStyleSheet(style)
    return shown


def spoken(caption: str) -> str:
    """A caption without its mnemonic marks, as a screen reader should say it."""
    return caption.replace("&&", "\0").replace("&", "").replace("\0", "&")


def literal(text: str) -> str:
    """Text from the owner (a name, a path) for a menu item or button: an ampersand in
    "R&D" is shown, not taken as the mark of an Alt letter."""
    return text.replace("&", "&&")


class MadeWhenShown(QWidget):
    """A stand-in for a widget that is made the first time it shows (its tab is chosen) or
    `content()` is asked for: a step's tab that a file may never show costs nothing before."""

    def __init__(self, make: Callable[[], QWidget], parent: QWidget | None = None):
        super().__init__(parent)
        self._make = make
        self._content: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    @property
    def made(self) -> bool:
        return self._content is not None

    def content(self) -> QWidget:
        if self._content is None:
            self._content = self._make()
            self._layout.addWidget(self._content)
            self._content.show()  # now, not at the next pass of the event loop
        return self._content

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        self.content()
        super().showEvent(event)
