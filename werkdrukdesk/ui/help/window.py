"""Help at hand: the Help menu, F1 for the step on screen, and the window that shows the help.

The texts are data (resources/help/*.toml, Dutch and English; see help_texts). The window
stays open beside the program and follows F1 to whatever step is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QMainWindow,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from werkdrukdesk.ui.help import texts as help_texts
from werkdrukdesk.ui.help.texts import START

ALL_TERMS = "terms"  # the topic that lists every explained word


class HelpWindow(QDialog):
    """A non-modal window: a choice of topic and the text, readable with the keyboard."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Help bij WerkdrukDesk"))
        self.resize(640, 620)
        self.topic = QComboBox()
        self.topic.setAccessibleName(self.tr("Onderwerp van de help"))
        for key in help_texts.topics():
            self.topic.addItem(help_texts.title(key), key)
        self.topic.addItem(self.tr("Alle begrippen"), ALL_TERMS)
        self.topic.currentIndexChanged.connect(self._show_chosen)
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.text.setAccessibleName(self.tr("Helptekst"))
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.button(QDialogButtonBox.Close).setText(self.tr("&Sluiten"))
        buttons.rejected.connect(self.close)
        chooser = QFormLayout()
        chooser.addRow(self.tr("&Onderwerp"), self.topic)
        layout = QVBoxLayout(self)
        layout.addLayout(chooser)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.show_topic(START)

    def headings(self) -> help_texts.Headings:
        return help_texts.Headings(
            asks=self.tr("Wat deze stap vraagt"),
            why=self.tr("Waarom de inspecteur dit wil zien"),
            example=self.tr("Voorbeeld: een bakkerij met 18 medewerkers"),
            terms=self.tr("Begrippen"),
        )

    def show_topic(self, key: str) -> None:
        index = self.topic.findData(key)
        if index < 0:
            index = self.topic.findData(START)
        if index == self.topic.currentIndex():
            self._show_chosen()
        else:
            self.topic.setCurrentIndex(index)  # shows it through currentIndexChanged

    def current_topic(self) -> str:
        return self.topic.currentData()

    def _show_chosen(self) -> None:
        key = self.topic.currentData()
        if key == ALL_TERMS:
            body = f"<h2>{self.tr('Begrippen')}</h2>" + help_texts.terms_html()
        else:
            body = help_texts.topic_html(key, self.headings())
        self.text.setHtml(body)


class HelpMenu(QObject):
    """Help › help for this step (F1) and the list of words. The window is made when first
    asked for, so starting the program reads no help text."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.main = window
        self._window: HelpWindow | None = None
        menu = window.menuBar().addMenu(QCoreApplication.translate("HelpMenu", "&Help"))
        self.step_action = QAction(
            QCoreApplication.translate("HelpMenu", "Help bij &deze stap"), window)
        self.step_action.setShortcut(QKeySequence(QKeySequence.HelpContents))
        self.step_action.triggered.connect(lambda: self.open(current_topic(window)))
        self.terms_action = QAction(QCoreApplication.translate("HelpMenu", "&Begrippen"), window)
        self.terms_action.triggered.connect(lambda: self.open(ALL_TERMS))
        menu.addAction(self.step_action)
        menu.addAction(self.terms_action)

    @property
    def window(self) -> HelpWindow:
        if self._window is None:
            self._window = HelpWindow(self.main)
        return self._window

    def open(self, key: str) -> None:
        shown = self.window
        shown.show_topic(key)
        shown.show()
        shown.raise_()
        shown.activateWindow()
        shown.text.setFocus()


def current_topic(window: QMainWindow) -> str:
    """The step on screen, or 'start' while no file is open."""
    if window.screens.currentWidget() is window.welcome:
        return START
    return window.pages.steps[window.sidebar.currentRow()].key
