"""The main window: a sidebar with the steps of the cycle and one page per step."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from werkdrukdesk import APP_NAME
from werkdrukdesk.core.cycles import current_cycle
from werkdrukdesk.core.errors import WerkdrukError
from werkdrukdesk.storage import WerkdrukFile, open_file
from werkdrukdesk.ui import settings
from werkdrukdesk.ui.steps import Step, steps
from werkdrukdesk.ui.summary import summary_lines

FILE_FILTER = "WerkdrukDesk-bestanden (*.werkdruk)"


class StepPage(QWidget):
    """Guidance for a step and what is already recorded for it."""

    def __init__(self, step: Step):
        super().__init__()
        self.step = step
        title = QLabel(f"<h2>{step.title}</h2>")
        guidance = QLabel(step.guidance)
        guidance.setWordWrap(True)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.PlainText)
        self.facts.setAccessibleName(self.tr("Stand van zaken"))
        layout = QVBoxLayout(self)
        for widget in (title, guidance, self.facts):
            layout.addWidget(widget)
        layout.addStretch()

    def show_lines(self, lines: list[str]) -> None:
        self.facts.setText("\n".join(lines))


class MainWindow(QMainWindow):
    file_opened = Signal(Path)

    def __init__(self) -> None:
        super().__init__()
        self.file: WerkdrukFile | None = None
        self.setWindowTitle(APP_NAME)
        self.resize(1200, 720)
        self.sidebar = QListWidget()
        self.sidebar.setAccessibleName(self.tr("Stappen"))
        self.sidebar.setFixedWidth(220)
        self.pages = QStackedWidget()
        self.step_pages = [StepPage(step) for step in steps()]
        for page in self.step_pages:
            self.sidebar.addItem(page.step.title)
            self.pages.addWidget(page)
        self.sidebar.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.previous_button = QPushButton(self.tr("&Vorige"))
        self.next_button = QPushButton(self.tr("V&olgende"))
        self.previous_button.clicked.connect(lambda: self._move(-1))
        self.next_button.clicked.connect(lambda: self._move(1))
        self.setCentralWidget(self._layout())
        self._menus()
        self.sidebar.setCurrentRow(0)

    def _layout(self) -> QWidget:
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.previous_button)
        buttons.addWidget(self.next_button)
        right = QVBoxLayout()
        right.addWidget(self.pages, 1)
        right.addLayout(buttons)
        body = QHBoxLayout()
        body.addWidget(self.sidebar)
        body.addLayout(right, 1)
        central = QWidget()
        central.setLayout(body)
        return central

    def _menus(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Bestand"))
        open_action = QAction(self.tr("&Openen…"), self)
        open_action.setShortcut(QKeySequence.Open)
        open_action.triggered.connect(self.choose_file)
        menu.addAction(open_action)
        self.recent_menu = menu.addMenu(self.tr("&Recente bestanden"))
        self._fill_recent()
        quit_action = QAction(self.tr("&Afsluiten"), self)
        quit_action.setShortcut(QKeySequence.Quit)
        quit_action.triggered.connect(self.close)
        menu.addAction(quit_action)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in settings.recent_files():
            action = self.recent_menu.addAction(str(path))
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))
        self.recent_menu.setEnabled(bool(self.recent_menu.actions()))

    def _move(self, delta: int) -> None:
        row = min(max(self.sidebar.currentRow() + delta, 0), self.sidebar.count() - 1)
        self.sidebar.setCurrentRow(row)

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Bestand openen"), "", FILE_FILTER)
        if name:
            self.open_path(Path(name))

    def open_path(self, path: Path, quiet: bool = False) -> bool:
        """Open a file; on failure say why (or raise, when quiet) and keep what was open."""
        try:
            opened = open_file(path)
            org = opened.load()
        except WerkdrukError as error:
            if quiet:
                raise
            QMessageBox.warning(self, APP_NAME, str(error))
            return False
        if self.file:
            self.file.close()
        self.file = opened
        self.setWindowTitle(f"{org.profile.name} — {path.name} — {APP_NAME}")
        cycle = current_cycle(org)
        for page in self.step_pages:
            page.show_lines(summary_lines(page.step.key, org, cycle, date.today()))
        settings.remember_file(path)
        self._fill_recent()
        self.file_opened.emit(path)
        return True

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if self.file:
            self.file.close()
        super().closeEvent(event)
