"""The main window: a welcome screen, then a sidebar with the steps and one page per step."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
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
from werkdrukdesk.core.readiness.memo import judging
from werkdrukdesk.core.readiness.step_progress import step_progress
from werkdrukdesk.storage.file import NotWritableError, open_and_load
from werkdrukdesk.storage.lock import FileInUseError
from werkdrukdesk.storage.records.store import prepare_writing
from werkdrukdesk.ui import settings
from werkdrukdesk.ui.background import BackgroundTask, run_quietly
from werkdrukdesk.ui.deadline_notice import DeadlineLabel, deadline_notice
from werkdrukdesk.ui.document import OpenDocument
from werkdrukdesk.ui.edits.menu import EditActions
from werkdrukdesk.ui.files.actions import FileActions
from werkdrukdesk.ui.files.synced import SyncedFiles
from werkdrukdesk.ui.forms.widgets import InlineProblems
from werkdrukdesk.ui.help.window import HelpMenu
from werkdrukdesk.ui.pages.base import StepPage
from werkdrukdesk.ui.pages.registry import PageList, StepStack
from werkdrukdesk.ui.progress_marks import show_on_item
from werkdrukdesk.ui.welcome import Welcome

DAY_WATCH_MS = 60_000
PREPARE_WRITING_AFTER_MS = 250  # after the window shows a file: sqlite-utils for the first edit


class MainWindow(QMainWindow):
    file_opened = Signal(Path)
    open_failed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.doc: OpenDocument | None = None
        self.setWindowTitle(APP_NAME)
        self.resize(1280, 760)
        self.welcome = Welcome()
        self.screens = QStackedWidget()
        self.screens.addWidget(self.welcome)
        self.screens.addWidget(self._workspace())
        self.setCentralWidget(self.screens)
        self.actions_ = FileActions(self)
        self.edits = EditActions(self, before=self.actions_.cycle_menu)
        self.synced_files = SyncedFiles(self)
        self.help = HelpMenu(self)
        self.welcome.new_requested.connect(self.actions_.new_file)
        self.welcome.open_requested.connect(self.actions_.choose_file)
        self.welcome.recent_chosen.connect(self.open_path)
        self.pages.page_made.connect(self._page_made)
        self.sidebar.setCurrentRow(0)
        # Ctrl+1..7 jump straight to a step; F6 puts the keyboard in the step list.
        for row in range(self.sidebar.count()):
            QShortcut(QKeySequence(f"Ctrl+{row + 1}"), self, lambda r=row: self._go_to(r))
        QShortcut(QKeySequence("F6"), self, self.sidebar.setFocus)
        QShortcut(QKeySequence("Alt+Left"), self, lambda: self._move(-1))
        QShortcut(QKeySequence("Alt+Right"), self, lambda: self._move(1))
        # Left open overnight, the window moves to the new day by itself: overdue measures and
        # the deadline notice follow without a restart.
        self.day_watch = QTimer(self, interval=DAY_WATCH_MS, timeout=self.notice_new_day)
        self.day_watch.start()

    def notice_new_day(self) -> None:
        if self.doc is not None:
            self.doc.notice_new_day()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.ActivationChange and self.isActiveWindow():
            self.notice_new_day()  # back at the computer in the morning: no wait for the timer

    @property
    def step_pages(self) -> PageList:
        """The page of each step; `step_pages[row]` makes it if it was not shown yet."""
        return PageList(self.pages)

    def _page_made(self, page: StepPage) -> None:
        if hasattr(page, "start_next_cycle_requested"):
            page.start_next_cycle_requested.connect(self.actions_.start_next_cycle)
        if hasattr(page, "readiness_box"):
            page.readiness_box.go_to.connect(self.go_to_step)

    def _row_of(self, key: str | None) -> int | None:
        return next((r for r, step in enumerate(self.pages.steps) if step.key == key), None)

    def go_to_step(self, key: str, need: str = "") -> None:
        """Show step `key` with the cursor where `need` is met (see StepPage.focus_need)."""
        row = self._row_of(key)
        if row is None:
            return
        self.sidebar.setCurrentRow(row)
        self.pages.currentWidget().focus_need(need)

    def _go_to(self, row: int) -> None:
        self.sidebar.setCurrentRow(row)
        self.pages.currentWidget().setFocus()

    # -- layout ----------------------------------------------------------------------------

    def _workspace(self) -> QWidget:
        self.sidebar = QListWidget()
        self.sidebar.setAccessibleName(self.tr("Stappen van de cyclus"))
        self.sidebar.setFixedWidth(230)
        self.sidebar.setStyleSheet("QListWidget::item { padding: 8px 6px; }")
        self.pages = StepStack()  # a step's page is made when the step is first shown
        for step in self.pages.steps:
            self.sidebar.addItem(step.title)
        self.sidebar.currentRowChanged.connect(self._show_step)
        self.banner = InlineProblems(steady=False)  # gives its room back when empty
        self.deadline_notice = DeadlineLabel()  # information on opening, not a problem
        self.cycle_label = QLabel()
        self.cycle_label.setAccessibleName(self.tr("Getoonde cyclus"))
        # Alt+arrows, as in a browser; letters are left to the pages' own buttons.
        self.previous_button = QPushButton(self.tr("← Vorige"))
        self.next_button = QPushButton(self.tr("Volgende →"))
        self.previous_button.setToolTip(self.tr("Vorige stap (Alt+pijl links)"))
        self.next_button.setToolTip(self.tr("Volgende stap (Alt+pijl rechts)"))
        self.previous_button.setAccessibleName(self.tr("Vorige stap"))
        self.next_button.setAccessibleName(self.tr("Volgende stap"))
        self.previous_button.clicked.connect(lambda: self._move(-1))
        self.next_button.clicked.connect(lambda: self._move(1))
        buttons = QHBoxLayout()
        buttons.addWidget(self.cycle_label)
        buttons.addStretch()
        buttons.addWidget(self.previous_button)
        buttons.addWidget(self.next_button)
        right = QVBoxLayout()
        right.addWidget(self.deadline_notice)
        right.addWidget(self.banner)
        right.addWidget(self.pages, 1)
        right.addLayout(buttons)
        body = QHBoxLayout()
        body.addWidget(self.sidebar)
        body.addLayout(right, 1)
        workspace = QWidget()
        workspace.setLayout(body)
        return workspace

    def _move(self, delta: int) -> None:
        row = min(max(self.sidebar.currentRow() + delta, 0), self.sidebar.count() - 1)
        self.sidebar.setCurrentRow(row)

    def _show_step(self, row: int) -> None:
        self.pages.show_step(row)
        # The deadlines greet the owner on opening; the overview step keeps them after that.
        self.deadline_notice.hide()
        self.previous_button.setEnabled(row > 0)
        self.next_button.setEnabled(row < self.sidebar.count() - 1)

    # -- files -----------------------------------------------------------------------------

    def open_path(self, path: Path, quiet: bool = False, read_only: bool = False) -> None:
        """Open a file in the background; on failure say why and keep what was open."""

        def work():
            try:
                # Without the answers and the cycles before the one before the open one:
                # nothing shown at start needs them, and the answers are most of a large
                # file. They follow in the background once the window shows.
                return open_and_load(path, read_only=read_only)
            except (FileInUseError, NotWritableError) as error:
                return None, str(error)

        task = BackgroundTask(self, self.tr("Bestand openen…"), work)
        task.done.connect(lambda result: self._opened(Path(path), *result) if result[0]
                          else self._in_use(Path(path), result[1], quiet))
        task.failed.connect(lambda message: self._open_failed(message, quiet))
        task.start()

    def _in_use(self, path: Path, message: str, quiet: bool) -> None:
        """Another window or program writes this file: offer to look without changing."""
        if quiet:
            self.open_failed.emit(message)
            return
        answer = QMessageBox.question(
            self, APP_NAME, message + "\n\n" + self.tr("Wilt u het nu alleen bekijken?")
        )
        if answer == QMessageBox.Yes:
            self.open_path(path, read_only=True)
        else:
            self.open_failed.emit(message)

    def _open_failed(self, message: str, quiet: bool) -> None:
        if not quiet:
            QMessageBox.warning(self, APP_NAME, message)
        self.open_failed.emit(message)

    def _opened(self, path: Path, file, org) -> None:
        self.close_document()
        self.doc = OpenDocument(file, org)
        self.doc.changed.connect(self._after_edit)
        self.doc.failed.connect(lambda message: self.banner.show_problems([message]))
        self.doc.cycle_changed.connect(self._after_change)
        self.doc.day_changed.connect(self._new_day)
        # The step it was closed on; chosen before the document arrives, so only that page fills.
        self.sidebar.setCurrentRow(self._row_of(settings.last_step(path)) or 0)
        self.pages.set_document(self.doc)
        self.screens.setCurrentIndex(1)
        self._after_change()
        self._show_notices()
        settings.remember_file(path)
        self.actions_.document_opened()
        QTimer.singleShot(0, self.doc.load_answers_in_background)  # once the window is idle
        # Well before the owner's first edit can come, but after the window is ready.
        QTimer.singleShot(PREPARE_WRITING_AFTER_MS, lambda: run_quietly(prepare_writing))
        self.file_opened.emit(path)
        self.synced_files.check(path)  # after the window shows the file

    def _new_day(self) -> None:
        self._after_change()
        self._show_notices()

    def _show_notices(self) -> None:
        """On opening and at midnight: entries removed from the register, then deadlines."""
        notices = [self.doc.purge_notice(), deadline_notice(self.doc)]
        self.deadline_notice.show_notice("\n\n".join(n for n in notices if n))

    def store_typing(self) -> None:
        """Store what is typed on the shown step but not yet stored (its field still has
        the cursor)."""
        current = self.pages.currentWidget()
        if isinstance(current, StepPage):
            current.leave()

    def close_document(self) -> None:
        if self.doc is None:
            return
        self.store_typing()
        # The next time this file opens, it opens on this step.
        settings.remember_step(self.doc.file.path, self.pages.steps[self.sidebar.currentRow()].key)
        self.pages.set_document(None)
        self.doc.stop_loading_answers()
        # Closing judges a changed file once more for the portfolio, and ends the history.
        self.doc.file.close(today=self.doc.today)
        self.doc = None
        self.edits.follow()

    def _after_edit(self) -> None:
        """After an edit only what it can have changed: the menus of recent files and cycles
        stay unless it wrote a cycle (its title, closed or not)."""
        change = self.doc.last_change if self.doc is not None else None
        self._after_change(menus=change is None or "cycles" in change.tables)

    def _after_change(self, menus: bool = True) -> None:
        """Title, cycle line and the progress beside each step follow every stored edit."""
        self.banner.show_problems([])
        if self.doc is None:
            return
        doc = self.doc
        reading = self.tr(" (alleen lezen)") if doc.file.read_only else ""
        self.setWindowTitle(
            f"{doc.org.profile.name} — {doc.file.path.name}{reading} — {APP_NAME}"
        )
        state = self.tr(" (afgesloten, alleen bekijken)") if doc.cycle.closed else ""
        self.cycle_label.setText(
            self.tr("Cyclus {0} van {1}{2}").format(doc.cycle.number, len(doc.org.cycles), state)
        )
        with judging():  # the marks share with the checks what both work out
            progress = step_progress(doc.org, doc.cycle, doc.today, doc.readiness())
        for row, step in enumerate(self.pages.steps):
            show_on_item(self.sidebar.item(row), step.title, progress[step.key])
        if menus:
            self.actions_.document_changed()
        self.edits.follow()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self.close_document()
        super().closeEvent(event)
