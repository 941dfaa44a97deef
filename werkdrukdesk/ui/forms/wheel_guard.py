"""The mouse wheel scrolls the page; it changes a value only in the field the user is in.

Without this, scrolling a form with the wheel turns every drop-down, number or slider that
passes under the pointer (PVT became OR, stored at once). A guarded field without keyboard focus
hands the wheel on to the page around it, which scrolls as the user meant.

The guard sits on the fields themselves, not on the whole application: a filter on the
application would run Python for every event of every widget (a fifth more start-up time).
`guard(root)` is called whenever a page has (re)built its controls; calling it again is harmless.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollBar,
    QTabBar,
    QWidget,
)

GUARDED = (QComboBox, QAbstractSpinBox, QAbstractSlider, QTabBar)


class WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, QWidget):
            return False
        if watched.hasFocus():
            return False
        event.ignore()  # ignored and filtered: Qt offers the wheel to the parent instead
        return True


_guard: WheelGuard | None = None


def guard(root: QWidget) -> None:
    """Guard every drop-down, number field, slider and tab bar inside `root` (and `root`)."""
    global _guard
    if _guard is None:
        _guard = WheelGuard(QApplication.instance())
    fields = [w for kind in GUARDED for w in root.findChildren(kind)]
    if isinstance(root, GUARDED):
        fields.append(root)
    for field in fields:
        if not isinstance(field, QScrollBar):
            field.installEventFilter(_guard)
