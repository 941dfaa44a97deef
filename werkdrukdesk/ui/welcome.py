"""The first screen when no file is open: start a new organisation or open one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from werkdrukdesk import APP_NAME
from werkdrukdesk.ui import settings


class Welcome(QWidget):
    new_requested = Signal()
    open_requested = Signal()
    recent_chosen = Signal(Path)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        title = QLabel(f"<h1>{APP_NAME}</h1>")
        intro = QLabel(
            self.tr(
                "Met WerkdrukDesk brengt u werkdruk in uw organisatie in kaart, maakt u een plan "
                "van aanpak en legt u vast wat u doet, zoals de Arbeidsinspectie dat wil zien. "
                "Alles staat in één bestand per organisatie, op uw eigen computer."
            )
        )
        intro.setWordWrap(True)
        self.new_button = QPushButton(self.tr("&Nieuwe organisatie beginnen"))
        self.open_button = QPushButton(self.tr("Bestaand bestand &openen…"))
        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.recent = QListWidget()
        self.recent.setAccessibleName(self.tr("Recente bestanden"))
        self.recent.itemActivated.connect(
            lambda item: self.recent_chosen.emit(Path(item.data(Qt.UserRole)))
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(80, 40, 80, 40)
        for widget in (title, intro, self.new_button, self.open_button):
            layout.addWidget(widget)
        layout.addWidget(QLabel(self.tr("Recente bestanden (dubbelklik of Enter om te openen):")))
        layout.addWidget(self.recent, 1)
        self.refresh()

    def refresh(self) -> None:
        self.recent.clear()
        for path in settings.recent_files():
            item = QListWidgetItem(f"{path.name} — {path.parent}")
            item.setData(Qt.UserRole, str(path))
            self.recent.addItem(item)
