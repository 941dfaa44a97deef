"""What the window says about a file in a synced folder, and the comparison of conflict copies.

Once per file, on opening, a notice explains what a synced folder means for it (one computer at
a time; the daily backup stays outside the synced folder). When a sync tool left copies beside
the file, the owner may compare them with it, side by side, to keep the right one; the copies
are only read (`storage.platform.peek`), never locked, changed or migrated. The rules are in
`storage.platform.synced`; this module only speaks.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from werkdrukdesk import APP_NAME
from werkdrukdesk.core.dates import format_date
from werkdrukdesk.paths import backups_dir
from werkdrukdesk.storage.platform.peek import FileSummary, summarise
from werkdrukdesk.storage.platform.synced import SyncedFolder, conflict_copies, synced_folder
from werkdrukdesk.ui import settings
from werkdrukdesk.ui.files import opener


def tr(text: str) -> str:
    return QCoreApplication.translate("SyncedFiles", text)


def synced_notice(path: Path, synced: SyncedFolder, backups: Path) -> str:
    """The plain explanation for a file in a synced folder."""
    text = tr(
        "{file} staat in een map die {service} bijhoudt. Dat gaat goed zolang u het bestand op "
        "één computer tegelijk gebruikt. De vergrendeling van het programma werkt alleen op deze "
        "computer: opent iemand het bestand tegelijk op een andere computer, dan maakt {service} "
        "een tweede versie en raakt een deel van het werk uit beeld.\n\n"
        "Sluit het bestand dus hier, en wacht tot {service} klaar is met bijwerken, voordat u "
        "het op een andere computer opent."
    ).format(file=path.name, service=synced.service)
    backups_synced = synced_folder(backups / "x")
    if backups_synced is None:
        return text + "\n\n" + tr(
            "De dagelijkse reservekopie maakt het programma buiten de gesynchroniseerde map, op "
            "deze computer: {folder}").format(folder=backups)
    return text + "\n\n" + tr(
        "Let op: ook de map met reservekopieën ({folder}) wordt door {service} bijgehouden."
    ).format(folder=backups, service=backups_synced.service)


def copies_question(path: Path, copies: list[Path]) -> str:
    names = "\n".join(f"• {copy.name}" for copy in copies)
    return tr(
        "Naast {file} staan bestanden die eruitzien als een tweede versie ervan, gemaakt door "
        "een synchronisatieprogramma:\n{names}\n\nMisschien is het bestand op twee computers "
        "tegelijk gebruikt. Wilt u ze vergelijken, zodat u het juiste bestand kunt houden?"
    ).format(file=path.name, names=names)


class SyncedFiles(QObject):
    """Checks each file the window opens; its message boxes are shown without waiting."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.parent_widget = parent
        self.notice: QMessageBox | None = None
        self.question: QMessageBox | None = None
        self.comparison: CompareDialog | None = None

    def check(self, path: Path) -> None:
        synced = synced_folder(path)
        if synced is not None and settings.first_notice("synced", path):
            self.notice = QMessageBox(QMessageBox.Information, APP_NAME,
                                      synced_notice(path, synced, backups_dir()),
                                      QMessageBox.Ok, self.parent_widget)
            self.notice.open()
        copies = conflict_copies(path)
        if copies:
            self.question = QMessageBox(QMessageBox.Question, APP_NAME,
                                        copies_question(path, copies),
                                        QMessageBox.Yes | QMessageBox.No, self.parent_widget)
            self.question.button(QMessageBox.Yes).setText(tr("&Vergelijken"))
            self.question.button(QMessageBox.No).setText(tr("&Later"))
            self.question.accepted.connect(lambda: self.compare(path, copies))
            self.question.open()

    def compare(self, path: Path, copies: list[Path]) -> CompareDialog:
        self.comparison = CompareDialog(path, copies, self.parent_widget)
        self.comparison.open()
        return self.comparison


ROWS = ("file", "organisation", "cycle", "changed", "measures", "sessions", "size")


def row_titles() -> dict[str, str]:
    return {
        "file": tr("Bestand"), "organisation": tr("Organisatie"),
        "cycle": tr("Laatste cyclus"), "changed": tr("Laatst gewijzigd"),
        "measures": tr("Maatregelen in die cyclus"),
        "sessions": tr("Voorlichtingen in die cyclus"), "size": tr("Grootte"),
    }


def cells(summary: FileSummary, is_open: bool) -> dict[str, str]:
    """The column of one file, in words."""
    name = summary.path.name + (tr(" (nu geopend)") if is_open else "")
    if summary.problem:
        return {"file": name, "organisation": summary.problem}
    changed = summary.changed
    return {
        "file": name,
        "organisation": summary.organisation,
        "cycle": tr("cyclus {0} (van {1})").format(summary.cycle, summary.cycles)
        if summary.cycle is not None else "–",
        "changed": f"{format_date(changed.date())} {changed:%H:%M}" if changed else "–",
        "measures": str(summary.measures),
        "sessions": str(summary.sessions),
        "size": tr("{0} kB").format(max(1, round(summary.size / 1024))),
    }


class CompareDialog(QDialog):
    """The open file and its copies side by side; it reads them and changes nothing."""

    def __init__(self, path: Path, copies: list[Path], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Versies vergelijken"))
        self.folder = path.parent
        self.summaries = [summarise(p) for p in (path, *copies)]
        layout = QVBoxLayout(self)
        explanation = QLabel(tr(
            "Hieronder staan het geopende bestand en de andere versies naast elkaar. Het "
            "programma leest de andere versies alleen; het verandert er niets aan. Kies welk "
            "bestand het juiste is en werk daarin verder. Zet de andere versies daarna zelf "
            "opzij, bijvoorbeeld in een map 'oud', zodat niemand er per ongeluk in verder werkt."))
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        titles = row_titles()
        self.table = QTableWidget(len(ROWS), len(self.summaries))
        self.table.setVerticalHeaderLabels([titles[row] for row in ROWS])
        self.table.horizontalHeader().hide()
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        for column, summary in enumerate(self.summaries):
            texts = cells(summary, is_open=column == 0)
            for row, key in enumerate(ROWS):
                item = QTableWidgetItem(texts.get(key, ""))
                item.setFlags(Qt.ItemIsEnabled | Qt.ItemIsSelectable)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        show = buttons.addButton(tr("&Map tonen"), QDialogButtonBox.ActionRole)
        show.clicked.connect(lambda: opener.open_folder(self.folder))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 360)

    def text(self, row: str, column: int) -> str:
        item = self.table.item(ROWS.index(row), column)
        return item.text() if item else ""
