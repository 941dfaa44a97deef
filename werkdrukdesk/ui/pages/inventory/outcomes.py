"""What came out of a group conversation per source: a small table of source | what came out,
beside the conversation's overall outcome (core.model.ConversationOutcome).

A row per source in use (and per archived source that already holds an outcome); only rows with
text are kept on the record. The table edits one field of the conversation through the form's
binder, so a refused store puts back what the file holds.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from werkdrukdesk.core import model as m

SOURCE, TEXT = 0, 1


class SourceOutcomes(QTableWidget):
    """One row per source: its name (fixed) and what came out about it (typed in the cell)."""

    def __init__(self, changed: Callable[[list[m.ConversationOutcome]], None]):
        super().__init__(0, 2)
        self._changed = changed
        self.source_ids: list[int] = []
        self.setHorizontalHeaderLabels([self.tr("Bron"), self.tr("Wat kwam eruit (zonder namen)")])
        self.horizontalHeader().setSectionResizeMode(SOURCE, QHeaderView.ResizeToContents)
        self.horizontalHeader().setSectionResizeMode(TEXT, QHeaderView.Stretch)
        self.verticalHeader().hide()
        self.setWordWrap(True)
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * 8)
        self.setAccessibleName(self.tr("Uitkomsten per bron"))
        self.itemChanged.connect(self._item_changed)

    def show_outcomes(self, sources: list[m.Source], record: m.GroupConversation | None,
                      editable: bool) -> None:
        """Fill the rows for `record` (none: empty and disabled) without storing anything."""
        texts = {o.source_id: o.text for o in record.outcomes_per_source} if record else {}
        shown = [s for s in sources if s.id is not None and (not s.archived or s.id in texts)]
        self.blockSignals(True)
        self.setRowCount(len(shown))
        self.source_ids = []
        for row, source in enumerate(shown):
            assert source.id is not None
            self.source_ids.append(source.id)
            name = QTableWidgetItem(source.name)
            name.setFlags(Qt.ItemIsEnabled | Qt.ItemIsSelectable)
            self.setItem(row, SOURCE, name)
            self.setItem(row, TEXT, QTableWidgetItem(texts.get(source.id, "")))
        self.blockSignals(False)
        self.resizeRowsToContents()
        self.setEnabled(record is not None)
        self.setEditTriggers(QAbstractItemView.AllEditTriggers if editable
                             else QAbstractItemView.NoEditTriggers)

    def outcomes(self) -> list[m.ConversationOutcome]:
        """The rows with text, in the order shown."""
        found = []
        for row, source_id in enumerate(self.source_ids):
            item = self.item(row, TEXT)
            text = item.text().strip() if item else ""
            if text:
                found.append(m.ConversationOutcome(source_id, text))
        return found

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == TEXT:
            self._changed(self.outcomes())
