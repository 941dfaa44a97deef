"""Per measure of the cycle: did it work, how do we know, and what now."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from werkdrukdesk.core import model as m
from werkdrukdesk.core.dates import format_date
from werkdrukdesk.core.labels import label
from werkdrukdesk.core.model.edits import SetFields
from werkdrukdesk.core.readiness.coverage import (
    awaits_evaluation,
    measures_awaiting_evaluation,
    problems_measure_evaluation,
)
from werkdrukdesk.ui.document import OpenDocument
from werkdrukdesk.ui.forms.binding import Binder
from werkdrukdesk.ui.forms.widgets import (
    CodeChoice,
    DateField,
    InlineProblems,
    LongText,
    form,
    side_by_side,
)

TITLE, STATUS, EFFECT, MARK = range(4)


def _plain(text: str = "") -> QLabel:
    widget = QLabel(text)
    widget.setTextFormat(Qt.PlainText)
    widget.setWordWrap(True)
    return widget


class MeasureEvaluationsBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Werkten de maatregelen?"), parent)
        self.doc: OpenDocument | None = None
        self.measure: m.Measure | None = None
        self.status = _plain()
        self.status.setAccessibleName(self.tr("Stand van de evaluatie van maatregelen"))
        # titles of measures need the room more than the form
        splitter = side_by_side(self._table(), self._editor(), (600, 480), (6, 5))
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)

    def _table(self) -> QTableWidget:
        self.table = QTableWidget(0, 4)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setHorizontalHeaderLabels(
            [self.tr("Maatregel"), self.tr("Status"), self.tr("Effect"), self.tr("Evaluatie")]
        )
        self.table.setAccessibleName(self.tr("Maatregelen van deze cyclus"))
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectRows)
        self.table.setSelectionMode(QTableWidget.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setMinimumHeight(260)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TITLE, QHeaderView.Stretch)
        for column in (STATUS, EFFECT, MARK):
            header.setSectionResizeMode(column, QHeaderView.ResizeToContents)
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        self.table.currentCellChanged.connect(lambda row, *_: self._select(row))
        return self.table

    def _editor(self) -> QWidget:
        editor = QWidget()
        self.heading = _plain()
        font = QFont(self.heading.font())
        font.setBold(True)
        self.heading.setFont(font)
        self.problems = InlineProblems()
        self.binder = Binder(self._apply, self.problems, self._check)
        self.effect = CodeChoice(list(m.Effect))
        self.how_assessed = LongText(lines=2)
        self.outcome = LongText(lines=2)
        self.next_steps = LongText(lines=2)
        self.evaluated_on = DateField()
        layout = form(editor)
        layout.addRow(self.heading)
        self.intended = _plain()  # what the plan meant it to do, beside what came of it
        self.intended.setTextFormat(Qt.PlainText)  # the owner's own words
        self.intended.setAccessibleName(self.tr("Beoogd resultaat en beoordeling"))
        layout.addRow(self.intended)
        layout.addRow(self.problems.holder())
        for caption, widget, bind, attr in (
            (self.tr("&Effect"), self.effect, self.binder.choice, "effect"),
            (self.tr("&Hoe vastgesteld"), self.how_assessed, self.binder.text, "how_assessed"),
            (self.tr("&Uitkomst"), self.outcome, self.binder.text, "outcome"),
            (self.tr("Volgende &stappen"), self.next_steps, self.binder.text, "next_steps"),
            (self.tr("&Datum evaluatie"), self.evaluated_on, self.binder.date, "evaluated_on"),
        ):
            layout.addRow(caption, widget)
            widget.setAccessibleName(caption.replace("&", ""))
            bind(widget, attr)
        for text in (self.how_assessed, self.outcome, self.next_steps):
            text.setMaximumHeight(text.minimumHeight() * 2)  # long text scrolls inside
        self.how_assessed.setPlaceholderText(
            self.tr("Bijvoorbeeld: besproken in het teamoverleg, of uit de tweede meting")
        )
        return editor

    # -- filling ---------------------------------------------------------------------------

    def set_document(self, doc: OpenDocument | None) -> None:
        if self.measure is not None:
            self.binder.flush()
        self.doc = doc
        measures = doc.cycle.measures if doc else []
        current = self.measure
        self.table.blockSignals(True)
        self.table.setRowCount(len(measures))
        for row, measure in enumerate(measures):
            self._fill_row(row, measure)
        row = next((i for i, x in enumerate(measures) if x is current), 0 if measures else -1)
        self.table.setCurrentCell(row, TITLE)
        self.table.blockSignals(False)
        # Row heights follow the final column widths, known once the layout has run.
        QTimer.singleShot(0, self.table, self.table.resizeRowsToContents)
        self._select(row)
        self._show_status()

    def _fill_row(self, row: int, measure: m.Measure) -> None:
        evaluation = measure.evaluation
        effect = evaluation.effect if evaluation else m.Effect.NOT_YET_KNOWN
        texts = {
            TITLE: measure.title,
            STATUS: label(measure.status),
            EFFECT: label(effect),
            MARK: self._mark(measure),
        }
        for column, text in texts.items():
            item = QTableWidgetItem(text)
            if column == MARK and awaits_evaluation(measure):
                item.setForeground(Qt.darkRed)
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.table.setItem(row, column, item)

    def _mark(self, measure: m.Measure) -> str:
        if awaits_evaluation(measure):
            return self.tr("nog evalueren")
        if measure.evaluation and measure.evaluation.effect != m.Effect.NOT_YET_KNOWN:
            return self.tr("geëvalueerd")
        return ""

    def _show_status(self) -> None:
        if self.doc is None:
            self.status.clear()
            return
        if not self.doc.cycle.measures:
            self.status.setText(self.tr(
                "Deze cyclus heeft nog geen maatregelen. Leg ze vast bij 'Plan van aanpak'."
            ))
            return
        waiting = len(measures_awaiting_evaluation(self.doc.cycle))
        if waiting == 1:
            text = self.tr(
                "1 uitgevoerde maatregel is nog niet geëvalueerd; die staat gemarkeerd met "
                "'nog evalueren'."
            )
        elif waiting:
            text = self.tr(
                "{0} uitgevoerde maatregelen zijn nog niet geëvalueerd; ze staan gemarkeerd "
                "met 'nog evalueren'."
            ).format(waiting)
        else:
            text = self.tr("Alle uitgevoerde maatregelen zijn geëvalueerd.")
        self.status.setText(text)

    def _select(self, row: int) -> None:
        measures = self.doc.cycle.measures if self.doc else []
        if self.measure is not None:
            self.binder.flush()  # typing in the previous measure is stored on that measure
        self.measure = measures[row] if 0 <= row < len(measures) else None
        if self.measure is None:
            self.heading.setText(self.tr("Kies een maatregel in de lijst."))
            self.intended.clear()
            self.binder.show(m.MeasureEvaluation(), False)
            return
        self.heading.setText(self.measure.title)
        self.intended.setText(self._intended(self.measure))
        # A draft evaluation is shown until the first edit attaches it to the measure.
        evaluation = self.measure.evaluation or m.MeasureEvaluation()
        self.binder.show(evaluation, not self.doc.read_only)

    def _intended(self, measure: m.Measure) -> str:
        """The intended result and the plan for judging it, as the plan step recorded them."""
        lines = [self.tr("Beoogd resultaat: {0}").format(measure.intended_result.strip())
                 if measure.intended_result.strip() else
                 self.tr("Beoogd resultaat: niet vastgelegd in het plan van aanpak.")]
        if measure.judge_how.strip() or measure.judge_on:
            lines.append(self.tr("Afgesproken beoordeling: {0}").format(", ".join(
                x for x in (measure.judge_how.strip(), format_date(measure.judge_on)) if x)))
        if measure.existing:
            lines.append(self.tr("Deze maatregel bestond al voor het plan van aanpak."))
        return "\n".join(lines)

    # -- storing ---------------------------------------------------------------------------

    def _check(self, evaluation: m.MeasureEvaluation) -> list[str]:
        if self.measure is None:
            return []
        return problems_measure_evaluation(self.measure, evaluation, self.doc.today)

    def _apply(self, edit: SetFields) -> bool:
        measure = self.measure
        if measure is None or self.doc is None:
            return False
        evaluation = edit.target
        # The form starts on a new evaluation; its first field attaches it to the measure.
        attach = [] if measure.evaluation is evaluation else [
            SetFields(measure, {"evaluation": evaluation}, caption=edit.caption)]
        if not self.doc.apply(edit.within(measure), *attach):
            return False
        self._fill_row(self.doc.cycle.measures.index(measure), measure)
        self._show_status()
        return True

    def flush(self) -> None:
        if self.measure is not None and self.doc is not None and not self.doc.read_only:
            self.binder.flush()
