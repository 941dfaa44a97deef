"""In the evaluation: how two questionnaire measurements compare, per group and source.

The pair is the two measurements of this cycle (or each with the one before it, if there are
more), or else the last of the previous cycle against the first of this one. Only groups shown
in both measurements are compared; the rest are named as not compared. A change is "duidelijk"
only when its 95% interval leaves out 0 (see docs/survey-scoring.md).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from werkdrukdesk.core import model as m
from werkdrukdesk.core.i18n import format_number
from werkdrukdesk.core.survey.compare import (
    VERDICT_LABELS,
    Change,
    ChangeVerdict,
    Comparison,
    compare,
)
from werkdrukdesk.core.survey.output import CHANCE_NOTE_FROM
from werkdrukdesk.core.survey.results import MeasurementResults
from werkdrukdesk.core.survey.scoring import measurement_order, score_measurement
from werkdrukdesk.ui.document import OpenDocument
from werkdrukdesk.ui.forms.widgets import plain, spoken
from werkdrukdesk.ui.survey.common import WARNING_STYLE, cell, follow_widths
from werkdrukdesk.ui.survey.comparison_chart import ComparisonChart

SOURCE, BEFORE, AFTER, DIFFERENCE, COUNTS, INTERVAL, VERDICT = range(7)
VERDICT_RATING = {ChangeVerdict.CLEARLY_BETTER: m.Rating.FINE,
                  ChangeVerdict.CLEARLY_WORSE: m.Rating.PROBLEM}


def _scored(org: m.Organisation, cycle: m.Cycle) -> list[MeasurementResults]:
    """The cycle's measurements that have answers, oldest first."""
    return [score_measurement(x, org.sources, cycle.teams, org.survey_settings, cycle.number)
            for x in sorted(cycle.measurements, key=measurement_order) if x.responses]


def comparisons(org: m.Organisation, cycle: m.Cycle) -> list[Comparison]:
    """Within the cycle when it has two measurements; else the previous cycle's last against
    this cycle's first."""
    current = _scored(org, cycle)
    if len(current) >= 2:
        return [compare(a, b) for a, b in pairwise(current)]
    earlier = sorted((c for c in org.cycles if c.number < cycle.number), key=lambda c: c.number)
    for older in reversed(earlier):
        previous = _scored(org, older)
        if previous and current:
            return [compare(previous[-1], current[0])]
    return []


@contextmanager
def columns_held(table: QTableWidget) -> Iterator[None]:
    """Columns that fit their contents would be measured again (and every row's height with
    them) after each cell; fill with them held, and let them fit once when done."""
    header = table.horizontalHeader()
    modes = [header.sectionResizeMode(c) for c in range(header.count())]
    for column, mode in enumerate(modes):
        if mode == QHeaderView.ResizeToContents:
            header.setSectionResizeMode(column, QHeaderView.Interactive)
    try:
        yield
    finally:
        for column, mode in enumerate(modes):
            header.setSectionResizeMode(column, mode)


def signed(value: float) -> str:
    return ("+" if value > 0 else "") + format_number(value)


def bound(value: float) -> str:
    """An interval bound; one that rounds to 0,00 gets a third decimal, so an interval that
    leaves out 0 never reads as if it held 0."""
    text = signed(value)
    if value != 0 and text in ("0,00", "+0,00"):
        text = ("+" if value > 0 else "-") + format_number(abs(value), 3)
    return text


class ComparisonBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Vergelijking van metingen"), parent)
        self.comparisons: list[Comparison] = []
        self._worked_out_for: tuple[OpenDocument, int] | None = None
        self.pair = QComboBox()
        self.pair.currentIndexChanged.connect(lambda _i: self._show_pair())
        self.group = QComboBox()
        self.group.currentIndexChanged.connect(lambda _i: self._show_group())
        self.intro, self.summary = plain(), plain()
        self.warnings = plain(style=WARNING_STYLE)
        self.not_compared = plain()
        for widget, name in ((self.intro, self.tr("Uitleg bij de vergelijking")),
                             (self.summary, self.tr("Samenvatting van de vergelijking")),
                             (self.warnings, self.tr("Waarschuwingen bij de vergelijking")),
                             (self.not_compared, self.tr("Niet vergeleken"))):
            widget.setAccessibleName(name)
        self.table = self._table()
        self.chart = ComparisonChart()
        choices = QFormLayout()
        self.pair_caption = self.tr("&Welke metingen:")
        choices.addRow(self.pair_caption, self.pair)
        choices.addRow(self.tr("&Groep:"), self.group)
        self.pair.setAccessibleName(spoken(self.pair_caption))
        self.group.setAccessibleName(self.tr("Groep"))
        self.waiting = plain(self.tr(
            "Deze cyclus heeft twee of meer metingen. Zodra ze allebei ingevulde vragenlijsten "
            "hebben, ziet u hier per bron wat er veranderd is."))
        self.reading = plain(self.tr(
            "De antwoorden van de vragenlijsten worden nog gelezen; de vergelijking volgt zo."))
        self._reading_for: OpenDocument | None = None  # the comparison follows the answers
        self.details = QWidget()
        inner = QVBoxLayout(self.details)
        inner.setContentsMargins(0, 0, 0, 0)
        for widget in (self.intro, self.warnings, self.summary):
            inner.addWidget(widget)
        inner.addLayout(choices)
        inner.addWidget(self.table)
        inner.addWidget(self.chart)
        inner.addWidget(self.not_compared)
        layout = QVBoxLayout(self)
        layout.addWidget(self.waiting)
        layout.addWidget(self.reading)
        layout.addWidget(self.details)
        self.hide()

    def _table(self) -> QTableWidget:
        table = QTableWidget(0, 7)
        table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        table.setHorizontalHeaderLabels([
            self.tr("Bron"), self.tr("Voor"), self.tr("Na"), self.tr("Verschil"),
            self.tr("Antwoorden voor / na"), self.tr("95%-interval"), self.tr("Uitkomst")])
        table.setAccessibleName(self.tr("Verschillen per bron"))
        table.setEditTriggers(QTableWidget.NoEditTriggers)
        table.setSelectionBehavior(QTableWidget.SelectRows)
        table.verticalHeader().hide()
        table.setWordWrap(True)
        # The page scrolls; the table shows all its rows instead of a scroll area of its own.
        table.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        table.setVerticalScrollMode(QAbstractItemView.ScrollPerPixel)
        header = table.horizontalHeader()
        header.setSectionResizeMode(SOURCE, QHeaderView.Stretch)
        for column in range(BEFORE, VERDICT + 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeToContents)
        self.fit_rows = follow_widths(table, self._fit_table)
        return table

    # -- filling ---------------------------------------------------------------------------------

    def set_document(self, doc: OpenDocument | None) -> None:
        self._reading_for = None
        if doc is not None and len(doc.cycle.measurements) >= 2 and not doc.answers_ready() \
                and doc.answers_follow(self._answers_read):
            # Scored when the answers are in, read in the background meanwhile; the page
            # does not wait for them.
            self._reading_for, self.comparisons, self._worked_out_for = doc, [], None
            self.waiting.hide()
            self.details.hide()
            self.reading.show()
            self.show()
            return
        self.reading.hide()
        self._work_out(doc)
        waiting = doc is not None and not self.comparisons and len(doc.cycle.measurements) >= 2
        self.waiting.setVisible(waiting)
        self.details.setVisible(bool(self.comparisons))
        self.setVisible(bool(self.comparisons) or waiting)
        self.pair.blockSignals(True)
        self.pair.clear()
        for comparison in self.comparisons:
            self.pair.addItem(f"'{comparison.before_name}' → '{comparison.after_name}'")
        self.pair.setCurrentIndex(len(self.comparisons) - 1)  # the newest pair first
        self.pair.blockSignals(False)
        self.pair.setEnabled(len(self.comparisons) > 1)
        if self.comparisons:
            self._show_pair()

    def _answers_read(self) -> None:
        if self._reading_for is not None:
            self.set_document(self._reading_for)

    def _work_out(self, doc: OpenDocument | None) -> None:
        """The comparisons take a while on a big file: work them out again only once the
        document has changed (or shows another cycle) since the last time."""
        worked_out_for = (doc, doc.version) if doc else None
        if worked_out_for != self._worked_out_for:
            if doc is not None and not doc.ensure_answers():  # scores every answer
                self.comparisons, self._worked_out_for = [], None
                return
            self.comparisons = comparisons(doc.org, doc.cycle) if doc else []
            self._worked_out_for = worked_out_for

    def current(self) -> Comparison:
        return self.comparisons[max(self.pair.currentIndex(), 0)]

    def _show_pair(self) -> None:
        comparison = self.current()
        self.intro.setText(self.tr(
            "'{0}' vergeleken met '{1}'. Per bron het gemiddelde voor en na (1 nooit tot 5 "
            "altijd), het verschil en het 95%-interval van dat verschil. Een verschil heet "
            "duidelijk als het hele interval boven of onder 0 ligt; anders kan het toeval zijn. "
            "Bij een werkdrukbron is lager beter, bij een energiebron hoger.").format(
                comparison.before_name, comparison.after_name))
        self.warnings.setText("\n".join(self.tr("Let op: {0}").format(w)
                                        for w in comparison.warnings))
        self.warnings.setVisible(bool(comparison.warnings))
        self.summary.setText(self._summary(comparison))
        self.not_compared.setText("\n".join(
            [self.tr("Niet vergeleken:")] + [f"• {r}" for r in comparison.not_compared]))
        self.not_compared.setVisible(bool(comparison.not_compared))
        chosen = self.group.currentData()
        self.group.blockSignals(True)
        self.group.clear()
        for key, name in dict.fromkeys((c.group_key, c.group_name) for c in comparison.changes):
            self.group.addItem(name, key)
        self.group.setCurrentIndex(max(self.group.findData(chosen), 0))
        self.group.blockSignals(False)
        self._show_group()

    def _summary(self, comparison: Comparison) -> str:
        counts = {verdict: 0 for verdict in ChangeVerdict}
        for change in comparison.changes:
            counts[change.verdict] += 1
        text = self.tr("Over alle groepen samen: {0} keer duidelijk beter, {1} keer duidelijk "
                       "slechter, {2} keer geen duidelijk verschil.").format(
            counts[ChangeVerdict.CLEARLY_BETTER], counts[ChangeVerdict.CLEARLY_WORSE],
            counts[ChangeVerdict.NO_CLEAR_CHANGE])
        if len(comparison.changes) >= CHANCE_NOTE_FROM:
            text += " " + self.tr(
                "Van elke twintig vergelijkingen valt er gemiddeld één 'duidelijk' uit door "
                "toeval alleen: let vooral op veranderingen die u verwachtte of die in meer "
                "teams terugkomen.")
        return text

    def _show_group(self) -> None:
        comparison = self.current()
        changes = [c for c in comparison.changes if c.group_key == self.group.currentData()]
        with columns_held(self.table):
            self.table.setRowCount(len(changes))
            for row, change in enumerate(changes):
                self._fill_row(row, change)
        self.fit_rows()
        self.chart.show_changes(changes, comparison.before_name, comparison.after_name)

    def _fill_row(self, row: int, change: Change) -> None:
        values = {
            SOURCE: change.source_name,
            BEFORE: format_number(change.before_mean),
            AFTER: format_number(change.after_mean),
            DIFFERENCE: signed(change.difference),
            COUNTS: f"{change.n_before} / {change.n_after}",
            INTERVAL: self.tr("{0} tot {1}").format(bound(change.ci_low), bound(change.ci_high)),
        }
        for column, text in values.items():
            self.table.setItem(row, column, cell(text, align_right=column != SOURCE))
        self.table.setItem(row, VERDICT, cell(VERDICT_LABELS[change.verdict],
                                              VERDICT_RATING.get(change.verdict)))

    def _fit_table(self) -> None:
        rows = sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        frame = 2 * self.table.frameWidth()
        header = self.table.horizontalHeader().sizeHint().height()
        self.table.setFixedHeight(header + rows + frame + 2)
