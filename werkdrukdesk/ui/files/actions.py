"""The Bestand and Cyclus menus: new, open, recent, save a copy, switch or start a cycle."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QDialog, QInputDialog, QMainWindow, QMessageBox

from werkdrukdesk import APP_NAME, clock
from werkdrukdesk.core.errors import WerkdrukError
from werkdrukdesk.paths import backups_dir
from werkdrukdesk.storage import create_file
from werkdrukdesk.storage.backup import backup_copy, backups_of, restore
from werkdrukdesk.storage.forget import backups_holding, forget_in_backups
from werkdrukdesk.storage.platform.names import safe_file_name
from werkdrukdesk.ui import settings
from werkdrukdesk.ui.background import BackgroundTask
from werkdrukdesk.ui.files import dialogs as file_dialogs
from werkdrukdesk.ui.forms.widgets import literal
from werkdrukdesk.ui.intake.dialog import IntakeDialog
from werkdrukdesk.ui.language import add_language_menu


def file_filter() -> str:
    return QCoreApplication.translate("FileActions", "WerkdrukDesk-bestanden (*.werkdruk)")


class FileActions(QObject):
    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        menu = window.menuBar().addMenu(self.tr("&Bestand"))
        self._action(menu, self.tr("&Nieuwe organisatie…"), self.new_file, QKeySequence.New)
        self._action(menu, self.tr("&Openen…"), self.choose_file, QKeySequence.Open)
        self.recent_menu = menu.addMenu(self.tr("&Recente bestanden"))
        self._action(menu, self.tr("Porte&feuille…"), self.show_portfolio)
        self.copy_action = self._action(
            menu, self.tr("&Kopie opslaan als…"), self.save_copy, QKeySequence.SaveAs
        )
        self.restore_action = self._action(
            menu, self.tr("Reservekopie &terugzetten…"), self.restore_backup
        )
        self.attachments_action = self._action(menu, self.tr("&Bijlagen…"), self.show_attachments)
        self.library_action = self._action(menu, self.tr("Eigen &bibliotheek…"),
                                           self.show_library)
        self.person_action = self._action(
            menu, self.tr("&Persoon uit het bestand verwijderen…"), self.remove_person
        )
        add_language_menu(window, menu)
        menu.addSeparator()
        self._action(menu, self.tr("&Afsluiten"), window.close, QKeySequence.Quit)
        self.cycle_menu = window.menuBar().addMenu(self.tr("&Cyclus"))
        self.document_changed()

    def _action(self, menu, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    # -- files -----------------------------------------------------------------------------

    def new_file(self) -> None:
        dialog = IntakeDialog(self.window)
        if dialog.exec() != QDialog.Accepted:
            return
        intake, _ = dialog.intake()
        name = file_dialogs.save_file_name(
            self.window, self.tr("Waar wilt u het bestand bewaren?"),
            safe_file_name(intake.profile.name, ".werkdruk", fallback=self.tr("organisatie")),
            file_filter())
        if not name:
            return
        path = Path(name) if name.endswith(".werkdruk") else Path(name + ".werkdruk")
        try:
            with create_file(path, intake.profile, clock.today(), overwrite=path.exists()) as file:
                cycle = file.load().cycles[0]
                for team in intake.teams:
                    file.save(team, cycle.id)
                if intake.library is not None:  # started from the adviser's own library
                    from werkdrukdesk.storage.library import import_library

                    import_library(file, file.load(), intake.library)
        except WerkdrukError as error:
            QMessageBox.warning(self.window, APP_NAME, str(error))
            return
        self.window.open_path(path)

    def choose_file(self) -> None:
        name = file_dialogs.open_file_name(self.window, self.tr("Bestand openen"), file_filter())
        if name:
            self.window.open_path(Path(name))

    def show_portfolio(self) -> None:
        """The adviser's table of client files; it stays open beside the main window."""
        from werkdrukdesk.ui.files.portfolio import PortfolioDialog

        if getattr(self, "portfolio", None) is None:
            self.portfolio = PortfolioDialog(self.window, self.window.open_path)
        self.portfolio.show()
        self.portfolio.raise_()
        if not self.portfolio.folders:
            self.portfolio.choose_folder()

    def show_attachments(self) -> None:
        """The documents kept in the file as proof (ui.files.attachments)."""
        from werkdrukdesk.ui.files.attachments import AttachmentsDialog

        if self.window.doc is not None:
            AttachmentsDialog(self.window, self.window.doc).exec()

    def show_library(self) -> None:
        """Own sources and measures to or from a library file (ui.files.library)."""
        from werkdrukdesk.ui.files.library import LibraryDialog

        if self.window.doc is not None:
            LibraryDialog(self.window, self.window.doc).exec()

    def save_copy(self) -> None:
        doc = self.window.doc
        if doc is None:
            return
        name = file_dialogs.save_file_name(
            self.window, self.tr("Kopie opslaan als"),
            safe_file_name(self.tr("{0} (kopie)").format(doc.file.path.stem), ".werkdruk"),
            file_filter())
        if not name:
            return
        task = BackgroundTask(
            self.window, self.tr("Kopie maken…"), lambda: doc.file.save_copy(Path(name))
        )
        task.done.connect(
            lambda _: self.window.statusBar().showMessage(
                self.tr("Kopie opgeslagen: {0}").format(name), 8000
            )
        )
        task.failed.connect(lambda message: QMessageBox.warning(self.window, APP_NAME, message))
        task.start()

    def restore_backup(self) -> None:
        """Put a backup copy in place of the open file, after keeping a copy of it as it is."""
        doc = self.window.doc
        copies = backups_of(doc.file.path, backups_dir())
        if not copies:
            QMessageBox.information(self.window, APP_NAME, self.tr(
                "Er is nog geen reservekopie van dit bestand. WerkdrukDesk maakt er elke dag "
                "een als u het bestand opent."))
            return
        names = [_backup_caption(copy) for copy in copies]
        choice, ok = QInputDialog.getItem(
            self.window, self.tr("Reservekopie terugzetten"),
            self.tr("Welke reservekopie wilt u terugzetten? Wat u daarna hebt veranderd, gaat "
                    "verloren; van de huidige stand wordt eerst nog een kopie gemaakt."),
            names, 0, False)
        if not ok:
            return
        path = doc.file.path
        try:
            backup_copy(doc.file.conn, path, backups_dir(), "voor-terugzetten")
            self.window.close_document()
            restore(copies[names.index(choice)], path)
        except WerkdrukError as error:
            QMessageBox.warning(self.window, APP_NAME, str(error))
        self.window.open_path(path)

    def remove_person(self) -> None:
        """An AVG request: a person's name goes out of every record of every cycle."""
        name, ok = QInputDialog.getText(
            self.window, self.tr("Persoon verwijderen"),
            self.tr("Wie moet uit het bestand? Typ de naam zoals die is ingevuld. De naam "
                    "verdwijnt uit alle cycli, ook afgesloten; dat kan niet ongedaan worden "
                    "(behalve met een reservekopie)."))
        if not ok or len(name.strip()) < 2:
            return
        count = self.window.doc.remove_person(name.strip())
        self.window.statusBar().showMessage(
            self.tr("'{0}' is verwijderd uit {1} onderdelen. Dit en de bewerkingen ervoor "
                    "kunnen niet meer ongedaan worden gemaakt.").format(name.strip(), count)
            if count else self.tr("'{0}' kwam nergens voor.").format(name.strip()), 10000)
        self._forget_in_backups(name.strip())
        from werkdrukdesk.ui.files.attachments import warn_about_attachments

        warn_about_attachments(self.window, self.window.doc, name.strip())

    def _forget_in_backups(self, name: str) -> None:
        """The backup copies still hold the name: say so, and rewrite them when asked."""
        path = self.window.doc.file.path
        holding = backups_holding(path, backups_dir(), name)
        if not holding:
            return
        answer = QMessageBox.question(self.window, self.tr("Reservekopieën"), self.tr(
            "{0} reservekopieën van dit bestand bevatten '{1}' nog. Zal WerkdrukDesk ze "
            "herschrijven zonder die naam? Kopieën die niet te herschrijven zijn (van een "
            "oudere versie), worden verwijderd.").format(len(holding), name))
        if answer != QMessageBox.Yes:
            return
        rewritten, removed = forget_in_backups(path, backups_dir(), name)
        self.window.statusBar().showMessage(self.tr(
            "Reservekopieën zonder '{0}': {1} herschreven, {2} verwijderd.").format(
                name, rewritten, removed), 10000)

    # -- menus that follow the document ----------------------------------------------------

    def document_opened(self) -> None:
        self.window.welcome.refresh()
        self._fill_recent()

    def document_changed(self) -> None:
        self._fill_recent()
        self._fill_cycles()
        self.copy_action.setEnabled(self.window.doc is not None)
        self.attachments_action.setEnabled(self.window.doc is not None)
        self.library_action.setEnabled(self.window.doc is not None)
        self.person_action.setEnabled(
            self.window.doc is not None and not self.window.doc.file.read_only
        )
        self.restore_action.setEnabled(
            self.window.doc is not None and not self.window.doc.file.read_only
        )

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in settings.recent_files():
            action = self.recent_menu.addAction(literal(str(path)))
            action.triggered.connect(lambda _=False, p=path: self.window.open_path(p))
        self.recent_menu.setEnabled(bool(self.recent_menu.actions()))

    def _fill_cycles(self) -> None:
        self.cycle_menu.clear()
        doc = self.window.doc
        self.cycle_menu.setEnabled(doc is not None)
        if doc is None:
            return
        group = QActionGroup(self.cycle_menu)
        for cycle in sorted(doc.org.cycles, key=lambda c: c.number):
            state = self.tr(" (afgesloten)") if cycle.closed else ""
            action = self.cycle_menu.addAction(
                self.tr("Cyclus {0}: {1}{2}").format(cycle.number, literal(cycle.title), state)
            )
            action.setCheckable(True)
            action.setChecked(cycle is doc.cycle)
            action.triggered.connect(lambda _=False, c=cycle: doc.choose_cycle(c))
            group.addAction(action)
        self.cycle_menu.addSeparator()
        start = self.cycle_menu.addAction(self.tr("&Nieuwe cyclus starten…"))
        start.triggered.connect(self.start_next_cycle)
        start.setEnabled(not doc.file.read_only)

    def start_next_cycle(self) -> None:
        doc = self.window.doc
        answer = QMessageBox.question(
            self.window,
            self.tr("Nieuwe cyclus starten"),
            self.tr(
                "Een nieuwe cyclus neemt de teams, de bronnen en de maatregelen die nog "
                "open staan mee. De huidige cyclus wordt afgesloten en blijft als "
                "geschiedenis te lezen. Doorgaan?"
            ),
        )
        if answer == QMessageBox.Yes:
            doc.start_next_cycle()


def _backup_caption(copy: Path) -> str:
    """'28-11-2026 07:58 (voor bijwerken)' from the copy's name."""
    found = re.search(r"-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})\d{2}-\d{6}-(.+)$", copy.stem)
    if not found:
        return copy.name
    year, month, day, hour, minute, reason = found.groups()
    return f"{day}-{month}-{year} {hour}:{minute} ({reason.replace('-', ' ')})"
