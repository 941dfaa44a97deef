"""The organisation's own sources: add one beside the catalogue, archive or bring one back."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from werkdrukdesk.core import model as m
from werkdrukdesk.core.balance import next_position, problems_own_source
from werkdrukdesk.core.labels import source_kind
from werkdrukdesk.core.model.edits import AddRecord, SetFields
from werkdrukdesk.ui.document import OpenDocument
from werkdrukdesk.ui.forms.widgets import CodeChoice, InlineProblems, form, plain
from werkdrukdesk.ui.pages.inventory.editor import add_row, capped


class OwnSourcesBox(QWidget):
    sources_changed = Signal()  # a source was added, archived or brought back

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc: OpenDocument | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(plain(self.tr(
            "Speelt er iets dat niet in de lijst staat? Voeg het toe als eigen bron. Het komt "
            "dan als regel in het overzicht.")))
        fields = QWidget()
        rows = form(fields)
        rows.setContentsMargins(0, 0, 0, 0)
        self.name = QLineEdit()
        add_row(rows, self.tr("&Naam"), self.name)
        self.kind = CodeChoice(list(m.SourceKind))
        add_row(rows, self.tr("&Soort"), self.kind)
        self.explanation = capped(4)
        add_row(rows, self.tr("&Uitleg"), self.explanation)
        layout.addWidget(fields)
        self.add_button = QPushButton(self.tr("Eigen bron &toevoegen"))
        self.add_button.clicked.connect(self.add_source)
        self.problems = InlineProblems()
        layout.addWidget(self.add_button, 0, Qt.AlignLeft)
        layout.addWidget(self.problems)
        layout.addWidget(self._list_part())
        layout.addStretch()

    def _list_part(self) -> QWidget:
        part = QWidget()
        layout = QVBoxLayout(part)
        layout.setContentsMargins(0, 8, 0, 0)
        caption = QLabel(self.tr("&Vastgelegde eigen bronnen"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Eigen bronnen"))
        self.list.setMinimumHeight(90)
        self.list.setWordWrap(True)
        caption.setBuddy(self.list)
        self.list.currentItemChanged.connect(lambda *_: self._update_button())
        self.archive_button = QPushButton(self.tr("&Archiveren"))
        self.archive_button.clicked.connect(self.toggle_archived)
        buttons = QHBoxLayout()
        buttons.addWidget(self.archive_button)
        buttons.addStretch()
        layout.addWidget(caption)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        return part

    def set_document(self, doc: OpenDocument | None) -> None:
        self.doc = doc
        editable = bool(doc) and not doc.read_only
        for widget in (self.name, self.kind, self.explanation, self.add_button):
            widget.setEnabled(editable)
        self.problems.show_problems([])
        self._fill()

    def _fill(self, chosen: m.Source | None = None) -> None:
        self.list.clear()
        own = [s for s in self.doc.org.sources if not s.built_in] if self.doc else []
        for source in own:
            text = f"{source.name} ({source_kind(source.kind, source.strand)})"
            if source.archived:
                text += self.tr(" – gearchiveerd")
            item = QListWidgetItem(text)
            item.setData(Qt.UserRole, source)
            item.setToolTip(source.explanation)
            self.list.addItem(item)
            if source is chosen:
                self.list.setCurrentItem(item)
        self._update_button()

    def chosen(self) -> m.Source | None:
        item = self.list.currentItem()
        return item.data(Qt.UserRole) if item else None

    def _update_button(self) -> None:
        source = self.chosen()
        archived = bool(source and source.archived)
        self.archive_button.setText(self.tr("Terug&halen") if archived else self.tr("&Archiveren"))
        self.archive_button.setEnabled(bool(self.doc and source and not self.doc.read_only))

    def add_source(self) -> None:
        if self.doc is None:
            return
        source = m.Source(
            name=self.name.text().strip(),
            kind=self.kind.code(),
            explanation=self.explanation.toPlainText().strip(),
            position=next_position(self.doc.org.sources),
        )
        problems = problems_own_source(source, self.doc.org.sources)
        self.problems.show_problems(problems)
        if problems or not self.doc.apply(AddRecord(source, self.doc.org.sources, in_cycle=False)):
            return
        self.name.clear()
        self.explanation.set_text_quietly("")
        self._fill(source)
        self.sources_changed.emit()

    def toggle_archived(self) -> None:
        """Archiving keeps the source and its past ratings; it only leaves the overview."""
        source = self.chosen()
        if self.doc is None or source is None:
            return
        archived = SetFields(source, {"archived": not source.archived}, in_cycle=False,
                             caption=self.tr("gearchiveerd"))
        if not self.doc.apply(archived):
            return
        self._fill(source)
        self.sources_changed.emit()
