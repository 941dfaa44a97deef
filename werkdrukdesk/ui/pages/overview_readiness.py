"""The overview step's "Klaar voor de inspectie?" box: what is still open, and where to do it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from werkdrukdesk.core.readiness import Check, is_ready, open_checks, readiness
from werkdrukdesk.ui.document import OpenDocument
from werkdrukdesk.ui.steps import steps


class ReadinessBox(QGroupBox):
    """The inspector's checks for the chosen cycle: a verdict, then each open point with its
    action and the step where it is done."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Klaar voor de inspectie?"), parent)
        self.doc: OpenDocument | None = None
        self.checks: list[Check] = []
        self.summary = self._label(self.tr("Klaar voor de inspectie: samenvatting"))
        self.summary.setStyleSheet("font-weight: 600;")
        self.points = self._label(self.tr("Open punten voor de inspectie"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.points)

    @staticmethod
    def _label(name: str) -> QLabel:
        label = QLabel()
        label.setTextFormat(Qt.PlainText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextSelectableByMouse | Qt.TextSelectableByKeyboard)
        label.setAccessibleName(name)
        return label

    def set_document(self, doc: OpenDocument | None, today: date | None = None) -> None:
        self.doc = doc
        if doc is None:
            self.checks = []
            self.summary.setText("")
            self.points.setText("")
            return
        self.checks = readiness(doc.org, doc.cycle, today or doc.today)
        self.summary.setText(self._summary())
        self.points.setText("\n\n".join(self._point(n, c) for n, c in
                                        enumerate(open_checks(self.checks), start=1)))
        self.points.setVisible(not is_ready(self.checks))
        met = [c.title for c in self.checks if c.ok]
        self.summary.setToolTip(self.tr("Op orde:") + "\n" + "\n".join(f"✓ {t}" for t in met)
                                if met else "")

    def _summary(self) -> str:
        total, gaps = len(self.checks), len(open_checks(self.checks))
        met = total - gaps
        if not gaps:
            ready = self.tr("✓ Klaar: alle {0} punten die de inspecteur nakijkt, zijn op orde.")
            return ready.format(total)
        return self.tr("{0} van de {1} punten zijn op orde; nog {2} open:").format(
            met, total, gaps)

    def _point(self, number: int, check: Check) -> str:
        titles = {s.key: s.title for s in steps()}
        where = titles.get(check.step, check.step_name)
        return self.tr("{0}. {1}\n{2}\nWaar: stap {3}").format(
            number, check.title, check.action, where)
