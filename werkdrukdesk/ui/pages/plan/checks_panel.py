"""'Controle van het plan': the plan's checks of "Klaar voor de inspectie?" (core.readiness.
plan_review) as a compact list under the table of measures. Lines that pass are folded into a
count; the rest say what to do, and a line about one measure takes the owner to it."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from werkdrukdesk.core.readiness.plan_review import ReviewLine, Severity, plan_review
from werkdrukdesk.ui.document import OpenDocument
from werkdrukdesk.ui.pages.base import StepPage

# Mark and colour per severity; the mark and the spoken prefix carry the meaning, so it does
# not rest on colour alone.
MARKS = {Severity.PROBLEM: "✗", Severity.WARNING: "!", Severity.OK: "✓"}
COLOURS = {
    Severity.PROBLEM: QColor("#a4161a"),
    Severity.WARNING: QColor("#8a5300"),
    Severity.OK: QColor("#2b6e3a"),
}
ORDER = {Severity.PROBLEM: 0, Severity.WARNING: 1, Severity.OK: 2}


class PlanChecksPanel(QWidget):
    measure_chosen = Signal(int)  # the id of the measure a clicked line is about

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc: OpenDocument | None = None
        self.checks: list[ReviewLine] = []
        # OpenDocument.add announces a change before the new record is in its list, so the
        # checks run once control is back in the event loop; that also folds bursts of edits.
        self.later = QTimer(self)
        self.later.setSingleShot(True)
        self.later.setInterval(0)
        self.later.timeout.connect(self._after_change)
        self.spoken = {
            Severity.PROBLEM: self.tr("Ontbreekt"),
            Severity.WARNING: self.tr("Let op"),
            Severity.OK: self.tr("In orde"),
        }
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(self._header())
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Controle van het plan"))
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.list.setResizeMode(QListWidget.Adjust)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollPerPixel)
        self.list.setMinimumHeight(self.list.fontMetrics().lineSpacing() * 3 + 8)
        self.list.itemClicked.connect(self._chosen)
        self.list.itemActivated.connect(self._chosen)  # Enter on the keyboard
        self.caption.setBuddy(self.list)
        layout.addWidget(self.list, 1)

    def _header(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.caption = QLabel(self.tr("Controle van het &plan"))
        self.caption.setStyleSheet("font-weight: 600;")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.PlainText)
        self.show_passed = QCheckBox(self.tr("T&oon wat in orde is"))
        self.show_passed.setAccessibleName(self.tr("Ook de controles tonen die in orde zijn"))
        self.show_passed.toggled.connect(self._fill)
        row.addWidget(self.caption)
        row.addWidget(self.summary, 1)
        row.addWidget(self.show_passed)
        return row

    def set_document(self, doc: OpenDocument | None) -> None:
        """Follow `doc`: checks are redone after every stored edit, from any page."""
        if doc is not self.doc:
            if self.doc is not None:
                self.doc.changed.disconnect(self.later.start)
            if doc is not None:
                doc.changed.connect(self.later.start)
            self.doc = doc
        self.refresh()

    def _after_change(self) -> None:
        """While another step is shown the checks wait: the plan page redoes them on show."""
        page = self.parentWidget()
        while page is not None and not isinstance(page, StepPage):
            page = page.parentWidget()
        if page is not None and page.asleep:
            page.stale = True
        else:
            self.refresh()

    def refresh(self) -> None:
        self.later.stop()
        doc = self.doc
        checks = plan_review(doc.org, doc.cycle, doc.today, doc.readiness()) if doc else []
        if checks == self.checks and self.list.count():
            return  # the same lines: an edit that changed no check leaves the list alone
        self.checks = checks
        self._fill()

    def _fill(self) -> None:
        failed = sorted((c for c in self.checks if not c.ok), key=lambda c: ORDER[c.severity])
        passed = [c for c in self.checks if c.ok]
        self.list.clear()
        shown = failed + (passed if self.show_passed.isChecked() else [])
        for check in shown:
            self.list.addItem(self._item(check))
        if self.checks and not shown:
            self.list.addItem(self._item(ReviewLine(True, self.tr(
                "Alles is in orde: het plan doorstaat alle {0} controles.").format(len(passed)))))
        self.summary.setText(self._summary(failed, passed))
        self.show_passed.setEnabled(bool(passed))
        self.setEnabled(self.doc is not None)

    def _summary(self, failed: list[ReviewLine], passed: list[ReviewLine]) -> str:
        if self.doc is None:
            return ""
        problems = sum(c.severity == Severity.PROBLEM and not c.detail for c in failed)
        warnings = sum(c.severity == Severity.WARNING for c in failed)
        parts = []
        if problems:
            parts.append(self.tr("✗ {0} om op te lossen").format(problems))
        if warnings:
            parts.append(self.tr("! {0} om op te letten").format(warnings))
        parts.append(self.tr("✓ {0} in orde").format(len(passed)))
        return " · ".join(parts)

    def _item(self, check: ReviewLine) -> QListWidgetItem:
        severity = Severity.OK if check.ok else check.severity
        indent = "      " if check.detail else ""  # a measure under its check
        item = QListWidgetItem(f"{indent}{MARKS[severity]} {check.message}")
        item.setForeground(QBrush(COLOURS[severity]))
        item.setData(Qt.UserRole, check.measure_id)
        item.setData(Qt.AccessibleTextRole, f"{self.spoken[severity]}: {check.message}")
        if check.measure_id is not None:
            item.setToolTip(self.tr("Klik (of druk op Enter) om deze maatregel te openen."))
        return item

    def _chosen(self, item: QListWidgetItem) -> None:
        measure_id = item.data(Qt.UserRole)
        if measure_id is not None:
            self.measure_chosen.emit(measure_id)
