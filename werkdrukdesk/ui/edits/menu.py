"""The Bewerken menu: Ongedaan maken and Opnieuw, named after the edit they take back or redo."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from werkdrukdesk.ui.forms.widgets import literal


def redo_keys(platform: str = sys.platform) -> list[QKeySequence]:
    """Ctrl+Shift+Z everywhere, and Ctrl+Y where Windows programs have taught it."""
    keys = [QKeySequence("Ctrl+Shift+Z")]
    if platform.startswith("win"):
        keys.append(QKeySequence("Ctrl+Y"))
    return keys


class EditActions(QObject):
    def __init__(self, window: QMainWindow, before: QMenu | None = None):
        super().__init__(window)
        self.window = window
        self.menu = QMenu(self.tr("Be&werken"), window)
        if before is None:
            window.menuBar().addMenu(self.menu)
        else:
            window.menuBar().insertMenu(before.menuAction(), self.menu)
        self.undo_action = QAction(self.tr("&Ongedaan maken"), window)
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.undo_action.triggered.connect(self.undo)
        self.redo_action = QAction(self.tr("O&pnieuw"), window)
        self.redo_action.setShortcuts(redo_keys())
        self.redo_action.triggered.connect(self.redo)
        self.menu.addAction(self.undo_action)
        self.menu.addAction(self.redo_action)
        # Typing not yet stored is stored first, so that the menu names the newest edit.
        self.menu.aboutToShow.connect(self._store_typing)
        self.follow()

    def _store_typing(self) -> None:
        leave = getattr(self.window, "store_typing", None)
        if leave is not None:
            leave()
        self.follow()

    def follow(self) -> None:
        """Names and availability after every edit, undo, redo, opening and closing."""
        doc = getattr(self.window, "doc", None)
        undo = None if doc is None else doc.undo_label
        redo = None if doc is None else doc.redo_label
        self.undo_action.setEnabled(undo is not None)
        self.redo_action.setEnabled(redo is not None)
        self.undo_action.setText(self._named(self.tr("&Ongedaan maken"), undo))
        self.redo_action.setText(self._named(self.tr("O&pnieuw"), redo))

    def _named(self, verb: str, label: str | None) -> str:
        if label is None:
            return verb
        return self.tr("{0}: {1}").format(verb, literal(label or self.tr("wijziging")))

    def undo(self) -> None:
        self._step(undo=True)

    def redo(self) -> None:
        self._step(undo=False)

    def _step(self, undo: bool) -> None:
        doc = getattr(self.window, "doc", None)
        if doc is None:
            return
        label = doc.undo_label if undo else doc.redo_label
        done = doc.undo() if undo else doc.redo()
        if done:
            text = self.tr("Ongedaan gemaakt: {0}") if undo else self.tr("Opnieuw gedaan: {0}")
            self.window.statusBar().showMessage(
                text.format(label or self.tr("wijziging")), 5000)
        self.follow()
