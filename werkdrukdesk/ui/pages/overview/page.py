"""Step 7: where the cycle stands, and the deadlines that need attention."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QProgressBar, QVBoxLayout, QWidget

from werkdrukdesk.core.cycles import due_soon, overdue_measures
from werkdrukdesk.core.dates import format_date
from werkdrukdesk.core.readiness.step_progress import step_progress
from werkdrukdesk.ui.pages.base import StepPage
from werkdrukdesk.ui.pages.overview.printing import PrintBox
from werkdrukdesk.ui.pages.overview.readiness import ReadinessBox
from werkdrukdesk.ui.progress_marks import missing_text, spoken
from werkdrukdesk.ui.steps import Step, steps


class OverviewPage(StepPage):
    def __init__(self, step: Step, parent: QWidget | None = None):
        super().__init__(step, parent)
        box = QGroupBox(self.tr("Hoe ver bent u?"))
        grid = QGridLayout(box)
        self.bars: dict[str, QProgressBar] = {}
        self.needs: dict[str, QLabel] = {}
        for row, other in enumerate(s for s in steps() if s.key != "overview"):
            bar = QProgressBar()
            bar.setAccessibleName(other.title)
            bar.setRange(0, 100)
            bar.setFormat(self.tr("%p% op orde"))
            needs = QLabel()
            needs.setTextFormat(Qt.PlainText)
            needs.setWordWrap(True)
            needs.setAccessibleName(self.tr("Nog nodig bij {0}").format(other.title))
            grid.addWidget(QLabel(other.title), row, 0)
            grid.addWidget(bar, row, 1)
            grid.addWidget(needs, row, 2)
            self.bars[other.key] = bar
            self.needs[other.key] = needs
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 2)
        self.body.addWidget(box)
        self.readiness_box = ReadinessBox()
        self.body.addWidget(self.readiness_box)
        deadlines = QGroupBox(self.tr("Termijnen"))
        self.deadlines = QLabel()
        self.deadlines.setTextFormat(Qt.PlainText)
        self.deadlines.setWordWrap(True)
        self.deadlines.setAccessibleName(self.tr("Termijnen"))
        QVBoxLayout(deadlines).addWidget(self.deadlines)
        self.body.addWidget(deadlines)
        self.print_box = PrintBox()
        self.body.addWidget(self.print_box)
        self.body.addStretch()

    def refresh(self) -> None:
        self.print_box.set_document(self.doc)
        self.readiness_box.set_document(self.doc)
        if self.doc is None:
            return
        progress = step_progress(self.doc.org, self.doc.cycle, self.doc.today,
                                 self.doc.readiness())
        titles = {s.key: s.title for s in steps()}
        for key, bar in self.bars.items():
            bar.setValue(progress[key].percent)
            needs = missing_text(progress[key], limit=len(progress[key].missing))
            bar.setToolTip(needs)
            bar.setAccessibleDescription(spoken(titles[key], progress[key]))
            self.needs[key].setText(needs)
        self.deadlines.setText("\n".join(self._deadline_lines(self.doc.today)))

    def _deadline_lines(self, today: date) -> list[str]:
        cycle = self.doc.cycle
        late = overdue_measures(cycle, today)
        soon = due_soon(cycle, today)
        lines = [
            self.tr("Over de termijn: {0} (uiterlijk {1}, {2})").format(
                x.title, format_date(x.deadline), x.responsible or self.tr("niemand aangewezen")
            )
            for x in late
        ]
        lines += [
            self.tr("Binnen 30 dagen: {0} (uiterlijk {1})").format(x.title, format_date(x.deadline))
            for x in soon
        ]
        return lines or [self.tr("Geen maatregelen over de termijn of binnen 30 dagen.")]
