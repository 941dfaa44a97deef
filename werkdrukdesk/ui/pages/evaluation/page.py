"""Step 6, evaluatie: per measure whether it worked, the process as a whole, and the next cycle."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from werkdrukdesk.ui.pages.base import StepPage
from werkdrukdesk.ui.pages.evaluation.comparison import ComparisonBox
from werkdrukdesk.ui.pages.evaluation.incidents import IncidentsBeforeAfter
from werkdrukdesk.ui.pages.evaluation.measures import MeasureEvaluationsBox
from werkdrukdesk.ui.pages.evaluation.process import ProcessEvaluationBox
from werkdrukdesk.ui.steps import Step


def _plain(text: str = "") -> QLabel:
    widget = QLabel(text)
    widget.setTextFormat(Qt.PlainText)  # measurement names are user text
    widget.setWordWrap(True)
    return widget


class EvaluationPage(StepPage):
    start_next_cycle_requested = Signal()  # the main window asks, closes and opens the cycle

    def __init__(self, step: Step, parent: QWidget | None = None):
        super().__init__(step, parent)
        self.measures = MeasureEvaluationsBox()
        self.process = ProcessEvaluationBox()
        self.comparison = ComparisonBox()
        self.incidents = IncidentsBeforeAfter()  # the whole PSA policy only
        self.body.addWidget(self.measures)
        self.body.addWidget(self.process)
        self.body.addWidget(self.comparison)
        self.body.addWidget(self.incidents)
        self.body.addWidget(self._next_cycle_box())
        self.body.addStretch()
        # The base page's scroll area takes focus; name it for screen readers.
        for area in self.findChildren(QScrollArea, options=Qt.FindDirectChildrenOnly):
            area.setAccessibleName(self.tr("Evaluatie van deze cyclus"))
        self.refresh()

    def _next_cycle_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Volgende cyclus"))
        self.next_explanation = _plain(self.tr(
            "Een nieuwe cyclus neemt de teams, de werkdruk- en energiebronnen en de maatregelen "
            "die nog niet klaar zijn mee; deze cyclus wordt dan afgesloten en blijft als "
            "geschiedenis te lezen, maar kan niet meer worden gewijzigd."
        ))
        self.next_button = QPushButton(self.tr("&Nieuwe cyclus starten…"))
        self.next_button.clicked.connect(self.start_next_cycle_requested)
        self.closed_note = _plain()
        row = QHBoxLayout()
        row.addWidget(self.next_button)
        row.addStretch()
        layout = QVBoxLayout(box)
        layout.addWidget(self.next_explanation)
        layout.addWidget(self.closed_note)
        layout.addLayout(row)
        return box

    def need_fields(self) -> dict[str, QWidget]:
        process = self.process
        methods = next(iter(process.method_boxes.values()))
        return {"evaluated": self.measures.table, "next_cycle": process.policy_changes,
                "process": process.how_it_went if process.doc and
                process.doc.cycle.process_evaluation.methods else methods}

    def refresh(self) -> None:
        self.measures.set_document(self.doc)
        self.process.set_document(self.doc)
        self.comparison.set_document(self.doc)
        self.incidents.set_document(self.doc)
        read_only = self.doc is None or self.doc.read_only
        self.next_button.setEnabled(not read_only)
        if self.doc is not None and self.doc.read_only:
            self.closed_note.setText(self.tr(
                "Deze cyclus is afgesloten of het bestand is alleen om te lezen geopend; "
                "een nieuwe cyclus starten kan hier niet."
            ))
        self.closed_note.setVisible(self.doc is not None and self.doc.read_only)

    def leave(self) -> None:
        self.measures.flush()
        self.process.flush()
