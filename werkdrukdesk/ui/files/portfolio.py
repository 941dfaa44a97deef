"""Bestand › Portefeuille…: every client file in some folders, in one sortable table.

The rows come from `storage.portfolio` (which only reads: no lock, no migration, no write);
double-clicking a row opens that file in the main window. While the window is shown it follows
the folders: a file added, removed or changed there reads the table again, a moment later so a
burst of changes (a copy of 200 files, a save) is one reading. *Vernieuwen* reads it at once.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from werkdrukdesk import clock
from werkdrukdesk.core.dates import format_date
from werkdrukdesk.core.errors import WerkdrukError
from werkdrukdesk.storage.portfolio import PortfolioRow, list_folders
from werkdrukdesk.ui.files import dialogs as file_dialogs

SORT_ROLE = Qt.UserRole + 1
PATH_ROLE = Qt.UserRole + 2
FOLLOW_DELAY_MS = 500  # quiet time after the last change in a folder before reading again
# Each watched file costs an open handle on macOS and BSD (often 256 in all): beyond this many
# client files only the folders are watched. A save is seen there too, as SQLite's journal and
# the writer's lock file come and go beside it; only a file overwritten in place by another tool
# is then missed.
MAX_WATCHED_FILES = 100


class _Item(QTableWidgetItem):
    """A cell that sorts by its own key (numbers as numbers, dates as dates, empty last)."""

    def __init__(self, text: str, key: object):
        super().__init__(text)
        self.setData(SORT_ROLE, key)
        self.setFlags(self.flags() & ~Qt.ItemIsEditable)

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.data(SORT_ROLE), other.data(SORT_ROLE)
        if mine is None or theirs is None:
            return theirs is None and mine is not None
        try:
            return bool(mine < theirs)
        except TypeError:
            return str(mine) < str(theirs)


class PortfolioDialog(QDialog):
    def __init__(self, parent: QWidget, open_path, folders: list[Path] | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Portefeuille"))
        self.resize(1000, 480)
        self.open_path = open_path
        self.folders: list[Path] = list(folders or [])
        self.rows: list[PortfolioRow] = []
        self.folders_label = QLabel()
        self.folders_label.setWordWrap(True)
        self.table = QTableWidget(0, 8)
        self.table.setHorizontalHeaderLabels([
            self.tr("Organisatie"), self.tr("Bestand"), self.tr("Cyclus"),
            self.tr("Open punten"), self.tr("Te laat"), self.tr("Volgende termijn"),
            self.tr("Gewijzigd"), self.tr("Staat")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.cellDoubleClicked.connect(self._open_row)
        add = QPushButton(self.tr("Map &toevoegen…"))
        add.clicked.connect(self.choose_folder)
        refresh = QPushButton(self.tr("&Vernieuwen"))
        refresh.clicked.connect(self.refresh)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(refresh)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "Alle .werkdruk-bestanden in de gekozen mappen (niet in mappen daaronder). "
            "Hier wordt niets gewijzigd; dubbelklik op een rij om het bestand te openen.")))
        layout.addWidget(self.folders_label)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        # Folders (a file added, removed, renamed) and the files themselves (a save).
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(self._changed_outside)
        self.watcher.fileChanged.connect(self._changed_outside)
        self.follow_timer = QTimer(self)
        self.follow_timer.setSingleShot(True)
        self.follow_timer.setInterval(FOLLOW_DELAY_MS)
        self.follow_timer.timeout.connect(self.refresh)
        self.stale = False  # changes while hidden are not followed: read again when shown
        self.refresh()

    def choose_folder(self) -> None:
        folder = ask_folder(self, self.tr("Map met klantbestanden kiezen"))
        if folder and Path(folder) not in self.folders:
            self.folders.append(Path(folder))
            self.refresh()

    def refresh(self, today: date | None = None) -> None:
        if not self.folders:
            self.folders_label.setText(self.tr("Nog geen map gekozen."))
        else:
            self.folders_label.setText(self.tr("Mappen: {folders}").format(
                folders="; ".join(str(f) for f in self.folders)))
        try:
            # Files unchanged since they were judged today are not judged again (the table
            # shows no deadlines): following the folders stays quick with 200 clients.
            self.rows = list_folders(self.folders, today or clock.today(), with_deadlines=False)
        except WerkdrukError as error:
            self.rows = []
            self.folders_label.setText(str(error))
        self._fill()
        self._watch()

    # -- following the folders while shown ---------------------------------------------------

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self.stale:
            self.stale = False
            self.refresh()
        else:
            self._watch()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().hideEvent(event)
        self.follow_timer.stop()
        self.stale = True
        self._watch()  # hidden: nothing is watched

    def _changed_outside(self, _path: str) -> None:
        self.follow_timer.start()  # (re)started: one reading after the burst

    def _watch(self) -> None:
        """Watch the chosen folders and their client files while shown, nothing otherwise."""
        wanted: set[str] = set()
        if self.isVisible():
            wanted = {str(f) for f in self.folders if f.is_dir()}
            files = {str(row.path) for row in self.rows if row.path.is_file()}
            if len(files) <= MAX_WATCHED_FILES:
                wanted |= files
        watched = set(self.watcher.directories()) | set(self.watcher.files())
        if watched - wanted:
            self.watcher.removePaths(sorted(watched - wanted))
        if wanted - watched:
            self.watcher.addPaths(sorted(wanted - watched))

    def _fill(self) -> None:
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(self.rows))
        for number, row in enumerate(self.rows):
            cells = [
                _Item(row.organisation or "–", row.organisation.lower() or None),
                _Item(row.path.name, row.path.name.lower()),
                _Item(_text(row.cycle), row.cycle),
                _Item("–" if row.checks is None else f"{row.open_checks}/{row.checks}",
                      row.open_checks),
                _Item(_text(row.overdue), row.overdue),
                _Item(format_date(row.next_deadline) or "–", row.next_deadline),
                _Item(format_date(row.changed.date()) if row.changed else "–", row.changed),
                _Item(row.state_text(), row.state_text()),
            ]
            cells[0].setData(PATH_ROLE, str(row.path))
            if row.note:
                for cell in cells:
                    cell.setToolTip(row.note)
            for column, cell in enumerate(cells):
                self.table.setItem(number, column, cell)
        self.table.setSortingEnabled(True)

    def _open_row(self, row: int, _column: int) -> None:
        item = self.table.item(row, 0)
        if item is not None:
            self.open_path(Path(item.data(PATH_ROLE)))


def _text(value: int | None) -> str:
    return "–" if value is None else str(value)


def ask_folder(parent: QWidget, title: str) -> str:
    """A folder chosen in the program's own dialog, or '' when cancelled. Tests replace this."""
    dialog = QFileDialog(parent, title, str(file_dialogs.start_folder()))
    dialog.setOption(QFileDialog.DontUseNativeDialog)
    dialog.setFileMode(QFileDialog.Directory)
    dialog.setOption(QFileDialog.ShowDirsOnly)
    return file_dialogs.ask(dialog)
