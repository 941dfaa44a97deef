"""The overview step's "Klaar voor de inspectie?" box: what is still open, and a button to the
place where each point is solved."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from werkdrukdesk.core.readiness.base import scope, whole
from werkdrukdesk.core.readiness.chain import Check, is_ready, open_checks, readiness
from werkdrukdesk.ui.document import OpenDocument
from werkdrukdesk.ui.steps import steps


class ReadinessBox(QGroupBox):
    """The inspector's checks for the chosen cycle: a verdict, then each open point with its
    action and a button to the step (and field) where it is done."""

    go_to = Signal(str, str)  # step key, the need to put the cursor on (see StepPage.focus_need)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Klaar voor de inspectie?"), parent)
        self.doc: OpenDocument | None = None
        self.checks: list[Check] = []
        self.buttons: list[QPushButton] = []
        self.summary = _label(self.tr("Klaar voor de inspectie: samenvatting"))
        self.summary.setStyleSheet("font-weight: 600;")
        self.summary.setTextInteractionFlags(
            Qt.TextSelectableByMouse | Qt.TextSelectableByKeyboard)
        self.points = QWidget()
        self.points.setAccessibleName(self.tr("Open punten voor de inspectie"))
        self.grid = QGridLayout(self.points)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setColumnStretch(0, 1)
        self.scope = _label(self.tr("Waar deze punten over gaan"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.scope)
        layout.addWidget(self.points)

    def set_document(self, doc: OpenDocument | None, today: date | None = None) -> None:
        self.doc = doc
        if doc is None:
            self.checks = []
        elif today is None or today == doc.today:
            self.checks = doc.readiness()
        else:
            self.checks = readiness(doc.org, doc.cycle, today)
        self._fill_points(open_checks(self.checks))
        if doc is None:
            self.summary.setText("")
            self.scope.setText("")
            return
        self.scope.setText(scope(doc.org))
        self.summary.setText(self._summary(whole(doc.org)))
        self.points.setVisible(not is_ready(self.checks))
        met = [c.title for c in self.checks if c.ok]
        self.summary.setToolTip(self.tr("Op orde:") + "\n" + "\n".join(f"✓ {t}" for t in met)
                                if met else "")

    def points_text(self) -> str:
        """Every open point as it reads on screen, one after the other."""
        labels = (self.grid.itemAtPosition(row, 0) for row in range(self.grid.rowCount()))
        return "\n\n".join(item.widget().text() for item in labels if item)

    def _fill_points(self, gaps: list[Check]) -> None:
        while self.grid.count():
            self.grid.takeAt(0).widget().deleteLater()
        self.buttons = []
        titles = {s.key: s.title for s in steps()}
        for row, check in enumerate(gaps):
            text = self.tr("{0}. {1}\n{2}").format(row + 1, check.title, check.action)
            point = _label(check.title, text)
            point.setToolTip(self.tr("Wettelijke basis: {0}").format(check.basis))
            self.grid.addWidget(point, row, 0)
            where = titles.get(check.step, check.step_name)
            button = QPushButton(self.tr("Naar {0} →").format(where))
            button.setAccessibleName(self.tr("Naar {0}: {1}").format(where, check.title))
            button.setToolTip(self.tr("Daar lost u dit op: stap {0}").format(where))
            button.setAccessibleDescription(check.action)
            button.clicked.connect(
                lambda _=False, c=check: self.go_to.emit(c.step, c.need_key or c.key))
            self.grid.addWidget(button, row, 1, Qt.AlignTop)
            self.buttons.append(button)

    def _summary(self, whole_psa: bool) -> str:
        """The verdict; a werkdruk-only file that is ready is ready for werkdruk only, and
        the verdict says so itself (the scope note below says why)."""
        total, gaps = len(self.checks), len(open_checks(self.checks))
        met = total - gaps
        if not gaps and whole_psa:
            return self.tr("✓ Klaar: alle {0} punten die de inspecteur bij werkdruk, ongewenst "
                           "gedrag en agressie nakijkt, zijn op orde.").format(total)
        if not gaps:
            return self.tr("✓ Klaar voor werkdruk: alle {0} punten die de inspecteur bij "
                           "werkdruk nakijkt, zijn op orde. Ongewenst gedrag en agressie zijn "
                           "niet nagekeken.").format(total)
        return self.tr("Op orde: {0} van de {1} punten; nog open: {2}.").format(
            met, total, gaps)


def _label(name: str, text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextSelectableByMouse)
    label.setAccessibleName(name)
    return label
