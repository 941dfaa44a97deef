"""Changes in work or organisation since the RI&E: a new team, hybrid work, a reorganisation,
new work. Arbowet art. 5 lid 4 asks to bring the RI&E up to date after such a change; the
readiness check `rie_current` reads this list."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from werkdrukdesk.core import model as m
from werkdrukdesk.core.dates import format_date
from werkdrukdesk.core.labels import label
from werkdrukdesk.core.model.edits import AddRecord, RemoveRecord, SetFields
from werkdrukdesk.ui.document import OpenDocument
from werkdrukdesk.ui.forms.binding import Binder
from werkdrukdesk.ui.forms.widgets import CodeChoice, DateField, InlineProblems, LongText, form


class ChangesBox(QGroupBox):
    """The list of changes since the RI&E, with a small editor."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Veranderingen sinds de RI&&E"), parent)
        self.doc: OpenDocument | None = None
        hint = QLabel(self.tr(
            "Kwam er een team bij, ging men hybride werken, was er een reorganisatie of nieuw "
            "werk? Zet het hier met de datum. Na zo'n verandering werkt u het werkdrukdeel van de "
            "RI&E bij en vult u daar de nieuwe datum in."))
        hint.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Veranderingen"))
        self.list.setMaximumWidth(340)
        self.list.currentRowChanged.connect(self._select)
        self.problems = InlineProblems()
        self.binder = Binder(self._apply, self.problems)
        editor = QWidget()
        layout = form(editor)
        self.kind = CodeChoice(list(m.ChangeKind))
        self.date = DateField()
        self.description = LongText(lines=2)
        for caption, widget in ((self.tr("Soort verandering"), self.kind),
                                (self.tr("Datum"), self.date),
                                (self.tr("Wat veranderde"), self.description)):
            layout.addRow(caption, widget)
            widget.setAccessibleName(caption.replace("&&", "&"))
        self.binder.choice(self.kind, "kind")
        self.binder.date(self.date, "changed_on")
        self.binder.text(self.description, "description")
        layout.addRow(self.problems)
        self.add_button = QPushButton(self.tr("Verandering toevoegen"))
        self.remove_button = QPushButton(self.tr("Verandering verwijderen"))
        self.add_button.clicked.connect(self.add_change)
        self.remove_button.clicked.connect(self.remove_change)
        left = QVBoxLayout()
        left.addWidget(self.list)
        left.addWidget(self.add_button)
        left.addWidget(self.remove_button)
        row = QHBoxLayout()
        row.addLayout(left)
        row.addWidget(editor, 1)
        outer = QVBoxLayout(self)
        outer.addWidget(hint)
        outer.addLayout(row)

    def set_document(self, doc: OpenDocument | None) -> None:
        self.doc = doc
        self.refresh()

    def refresh(self, select: int = 0) -> None:
        changes = self.doc.org.changes if self.doc else []
        self.list.blockSignals(True)
        self.list.clear()
        for change in changes:
            self.list.addItem(self._caption(change))
        self.list.blockSignals(False)
        editable = bool(self.doc) and not self.doc.file.read_only
        self.add_button.setEnabled(editable)
        self.remove_button.setEnabled(editable and bool(changes))
        if changes:
            self.list.setCurrentRow(min(select, len(changes) - 1))
            self._select(self.list.currentRow())
        else:
            self.binder.show(None, False)

    def _caption(self, change: m.OrganisationChange) -> str:
        when = format_date(change.changed_on) or self.tr("datum onbekend")
        what = " ".join(change.description.split())
        return f"{when}: {label(change.kind)}{' — ' + what if what else ''}"

    def _select(self, row: int) -> None:
        if self.doc and 0 <= row < len(self.doc.org.changes):
            self.binder.show(self.doc.org.changes[row], not self.doc.file.read_only)

    def _apply(self, edit: SetFields) -> bool:
        if self.doc is None:
            return False
        change = edit.record
        stored = self.doc.apply(replace(edit, in_cycle=False))
        row = self.doc.org.changes.index(change)
        self.list.item(row).setText(self._caption(change))
        return stored

    def add_change(self) -> None:
        if self.doc is None:
            return
        change = m.OrganisationChange(m.ChangeKind.NEW_TEAM, self.doc.today)
        if self.doc.apply(AddRecord(change, self.doc.org.changes, in_cycle=False)):
            self.refresh(select=len(self.doc.org.changes) - 1)
            self.description.setFocus()

    def remove_change(self) -> None:
        row = self.list.currentRow()
        if self.doc is None or row < 0:
            return
        change = self.doc.org.changes[row]
        if self.doc.apply(RemoveRecord(change, self.doc.org.changes)):
            self.refresh(select=row)

    def leave(self) -> None:
        self.binder.flush()
