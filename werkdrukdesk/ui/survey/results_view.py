"""The results of one measurement as the owner sees them, under the anonymity rule.

Everything shown comes from `core.survey.scoring.score_measurement`, which never hands out a
count or a score of a group under the threshold, nor a single response. This view keeps to
that: a hidden group reads "minder dan N", a hidden score "niet getoond".
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from werkdrukdesk.core import model as m
from werkdrukdesk.core.i18n import format_number
from werkdrukdesk.core.labels import rating_label, source_kind
from werkdrukdesk.core.survey.output import participation_text
from werkdrukdesk.core.survey.release import steps_note
from werkdrukdesk.core.survey.results import GroupResult, MeasurementResults, Scale, SourceScore
from werkdrukdesk.core.survey.scoring import Participation, score_measurement
from werkdrukdesk.ui.forms.widgets import plain, side_by_side
from werkdrukdesk.ui.survey.common import PROBLEM_STYLE, WARNING_STYLE, cell, follow_widths, tr

SOURCE, KIND, MEAN, SUGGESTION, COUNT, ALPHA = range(6)
TEAM, HEADCOUNT, FILLED, SHARE = range(4)


def measurement_results(org: m.Organisation, cycle: m.Cycle,
                        measurement: m.Measurement) -> MeasurementResults:
    return score_measurement(measurement, org.sources, cycle.teams, org.survey_settings,
                             cycle.number)


def group_caption(group: GroupResult, limit: int) -> str:
    if group.folded_into:
        return tr("{0} – meegeteld in '{1}'").format(group.name, group.folded_into)
    if group.suppressed:
        return tr("{0} – minder dan {1} ingevuld").format(group.name, limit)
    return tr("{0} – uitkomsten over {1} vragenlijsten").format(group.name, group.n)


def _table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(name)
    table.setEditTriggers(QTableWidget.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectRows)
    table.verticalHeader().hide()
    table.setWordWrap(True)
    return table


class ResultsView(QWidget):
    apply_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.results: MeasurementResults | None = None
        self.summary = plain()
        self.summary.setAccessibleName(tr("Samenvatting van de meting"))
        self.warnings = plain(style=WARNING_STYLE)
        self.warnings.setAccessibleName(tr("Waarschuwingen bij de meting"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.warnings)
        layout.addWidget(side_by_side(self._participation_part(), self._scores_part(),
                                      (330, 700), (1, 2)), 1)

    def _participation_part(self) -> QWidget:
        self.participation = _table(
            [tr("Team"), tr("Medewerkers"), tr("Ingevuld"), tr("Deelname")],
            tr("Deelname per team"))
        header = self.participation.horizontalHeader()
        header.setSectionResizeMode(TEAM, QHeaderView.Stretch)
        for column in (HEADCOUNT, FILLED, SHARE):
            header.setSectionResizeMode(column, QHeaderView.ResizeToContents)
        self.fit_participation = follow_widths(self.participation)
        part = QWidget()
        layout = QVBoxLayout(part)
        layout.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(tr("Deelname per team; onder de helft is gemarkeerd:"))
        caption.setWordWrap(True)
        layout.addWidget(caption)
        layout.addWidget(self.participation, 1)
        self.participation_note = plain(tr(
            "'Niet getoond': te weinig mensen, of met dat aantal zou uit te rekenen zijn hoeveel "
            "mensen van een klein team meededen."))
        layout.addWidget(self.participation_note)
        return part

    def _scores_part(self) -> QWidget:
        self.group = QComboBox()
        self.group.setAccessibleName(tr("Groep"))
        self.group.currentIndexChanged.connect(lambda _i: self._show_group())
        caption = QLabel(tr("&Groep:"))
        caption.setBuddy(self.group)
        self.apply_button = QPushButton(tr("&Gebruik als onderbouwing in de inventarisatie…"))
        self.apply_button.clicked.connect(self.apply_requested)
        row = QHBoxLayout()
        row.addWidget(caption)
        row.addWidget(self.group, 1)
        self.scores = _table([tr("Bron"), tr("Soort"), tr("Gemiddelde"), tr("Voorstel"),
                              tr("Antwoorden"), tr("Betrouwbaarheid (alfa)")],
                             tr("Uitkomsten per bron"))
        header = self.scores.horizontalHeader()
        header.setSectionResizeMode(SOURCE, QHeaderView.Stretch)
        for column in (KIND, MEAN, SUGGESTION, COUNT, ALPHA):
            header.setSectionResizeMode(column, QHeaderView.ResizeToContents)
        self.fit_scores = follow_widths(self.scores)
        self.group_note = plain()
        part = QWidget()
        layout = QVBoxLayout(part)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(plain(tr(
            "Gemiddelde op de schaal van 1 (nooit) tot 5 (altijd). Bij een werkdrukbron is hoger "
            "zwaarder, bij een energiebron is hoger beter. Het voorstel is een hulpmiddel: u "
            "beslist zelf wat in de inventarisatie komt.")))
        layout.addWidget(self.group_note)
        layout.addWidget(self.scores, 1)
        apply_row = QHBoxLayout()
        apply_row.addStretch()
        apply_row.addWidget(self.apply_button)
        layout.addLayout(apply_row)
        return part

    # -- filling ---------------------------------------------------------------------------------

    def show_results(self, results: MeasurementResults | None, editable: bool) -> None:
        self.results = results
        if results is None:
            return
        limit = results.threshold
        self.summary.setText(tr(
            "Deelname: {0}. Uitkomsten alleen voor groepen van minstens {1} mensen; losse "
            "antwoorden worden nooit getoond.").format(
                participation_text(results.overall, limit), limit) + " " + steps_note(limit))
        self.warnings.setText("\n".join(tr("Let op: {0}").format(w) for w in results.warnings))
        self.warnings.setVisible(bool(results.warnings))
        self._fill_participation(results.teams)
        self.participation_note.setVisible(any(p.respondents is None for p in results.teams))
        chosen = self.group.currentData()
        self.group.blockSignals(True)
        self.group.clear()
        for group in results.groups:
            self.group.addItem(group_caption(group, limit), group.key)
        self.group.setCurrentIndex(max(self.group.findData(chosen), 0))
        self.group.blockSignals(False)
        self._show_group()
        self.apply_button.setEnabled(editable)

    def _fill_participation(self, teams: tuple[Participation, ...]) -> None:
        """Counts the core hides (a few people, or a few by subtraction) read 'niet getoond'."""
        self.participation.setRowCount(len(teams))
        for row, part in enumerate(teams):
            filled = tr("niet getoond") if part.respondents is None else str(part.respondents)
            share = f"{round(100 * part.share)}%" if part.share is not None else "–"
            if part.low:
                share += tr(", onder de helft")
            self.participation.setItem(row, TEAM, cell(part.name))
            self.participation.setItem(row, HEADCOUNT, cell(
                str(part.headcount) if part.headcount else tr("onbekend"), align_right=True))
            self.participation.setItem(row, FILLED, cell(filled, align_right=True))
            self.participation.setItem(row, SHARE, cell(
                share, m.Rating.ATTENTION if part.low else None))
        self.fit_participation()

    def _show_group(self) -> None:
        results = self.results
        group = results.group(self.group.currentData()) if results else None
        if group is None:
            return
        note = ""
        if group.folded_into:
            note = tr("Dit team heeft geen eigen uitkomsten: de antwoorden tellen mee in "
                      "'{0}'.").format(group.folded_into)
        elif group.suppressed:
            note = tr("Minder dan {0} ingevulde vragenlijsten: geen uitkomsten, zodat niemand "
                      "herkenbaar wordt.").format(results.threshold)
        self.group_note.setText(note)
        self.group_note.setStyleSheet(PROBLEM_STYLE if note else "")
        self.group_note.setVisible(bool(note))
        scales = results.scales if not group.suppressed else ()
        self.scores.setRowCount(len(scales))
        for row, scale in enumerate(scales):
            self._fill_score(row, scale, group.scores.get(scale.source_id))
        self.fit_scores()

    def _fill_score(self, row: int, scale: Scale, score: SourceScore | None) -> None:
        self.scores.setItem(row, SOURCE, cell(scale.name))
        self.scores.setItem(row, KIND, cell(source_kind(scale.kind, scale.strand)))
        alpha = format_number(scale.alpha) if scale.alpha is not None else scale.alpha_note
        self.scores.setItem(row, ALPHA, cell(alpha))
        if score is None or score.suppressed:
            for column in (MEAN, COUNT):
                self.scores.setItem(row, column, cell("–", align_right=True))
            self.scores.setItem(row, SUGGESTION, cell(tr("niet getoond: te weinig antwoorden")))
            return
        self.scores.setItem(row, MEAN, cell(format_number(score.mean), align_right=True))
        self.scores.setItem(row, SUGGESTION, cell(rating_label(scale.kind, score.rating),
                                                  score.rating))
        self.scores.setItem(row, COUNT, cell(str(score.n), align_right=True))
