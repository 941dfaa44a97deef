"""The measurements of a cycle: a list, a new measurement with its set of sources, deleting.

A second measurement must ask the same sources as the first, or the two cannot be compared;
so a new measurement proposes the set of the one before it (in this cycle, or else the last of
the cycle before) and says where the chosen set differs.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from werkdrukdesk.core import i18n
from werkdrukdesk.core import model as m
from werkdrukdesk.core.dates import format_date
from werkdrukdesk.core.errors import WerkdrukError
from werkdrukdesk.core.labels import label, source_kind
from werkdrukdesk.core.model.edits import AddRecord
from werkdrukdesk.core.survey.compare import source_set_warnings
from werkdrukdesk.core.survey.scoring import measurement_order, score_measurement
from werkdrukdesk.storage.survey_store import find_measurement
from werkdrukdesk.ui.document import OpenDocument
from werkdrukdesk.ui.forms import wheel_guard
from werkdrukdesk.ui.forms.widgets import CodeChoice, DateField, InlineProblems, form, plain, spoken
from werkdrukdesk.ui.language import LOCALES
from werkdrukdesk.ui.survey.common import WARNING_STYLE, attempt, cell, follow_widths, tr

NAME, WHEN, METHOD, COUNT = range(4)


def ordered(cycle: m.Cycle) -> list[m.Measurement]:
    return sorted(cycle.measurements, key=measurement_order)


def previous_measurement(org: m.Organisation, cycle: m.Cycle) -> m.Measurement | None:
    """The measurement a new one follows: the cycle's last, or else the last of an earlier cycle."""
    if cycle.measurements:
        return ordered(cycle)[-1]
    earlier = sorted((c for c in org.cycles if c.number < cycle.number), key=lambda c: c.number)
    for older in reversed(earlier):
        if older.measurements:
            return ordered(older)[-1]
    return None


def askable_sources(org: m.Organisation) -> list[m.Source]:
    """Sources with statements, in the order of the paper form; archived ones are not offered."""
    return sorted((s for s in org.sources if s.items and not s.archived and s.id is not None),
                  key=lambda s: (s.position, s.id))


def set_warnings(org: m.Organisation, before: m.Measurement, chosen: list[int]) -> list[str]:
    """Where the chosen sources differ from those of the measurement before, in Dutch."""
    settings = org.survey_settings
    # Without responses scoring is cheap: only the scales (sources and items) matter here.
    first = score_measurement(replace(before, responses=[]), org.sources, [], settings)
    draft = m.Measurement(tr("de nieuwe meting"), source_ids=chosen)
    second = score_measurement(draft, org.sources, [], settings)
    return source_set_warnings(first, second)


def default_name(today: date) -> str:
    month = LOCALES[i18n.current()].standaloneMonthName(today.month)
    return tr("Werkdrukvragenlijst {0} {1}").format(month, today.year)


class MeasurementTable(QTableWidget):
    """Name, date, method and the number of questionnaires: a count, never their content."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(0, 4, parent)
        self.shown: list[m.Measurement] = []
        self.setHorizontalHeaderLabels(
            [tr("Meting"), tr("Datum"), tr("Manier"), tr("Ingevulde vragenlijsten")])
        self.setAccessibleName(tr("Metingen in deze cyclus"))
        self.setEditTriggers(QTableWidget.NoEditTriggers)
        self.setSelectionBehavior(QTableWidget.SelectRows)
        self.setSelectionMode(QTableWidget.SingleSelection)
        self.verticalHeader().hide()
        self.setWordWrap(True)
        header = self.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.Stretch)
        for column in (WHEN, METHOD, COUNT):
            header.setSectionResizeMode(column, QHeaderView.ResizeToContents)
        self.fit_rows = follow_widths(self)

    def fill(self, cycle: m.Cycle | None, keep: m.Measurement | None) -> None:
        self.shown = ordered(cycle) if cycle else []
        self.blockSignals(True)
        self.setRowCount(len(self.shown))
        for row, measurement in enumerate(self.shown):
            self.setItem(row, NAME, cell(measurement.name))
            self.setItem(row, WHEN, cell(format_date(measurement.held_on) or tr("(geen datum)")))
            self.setItem(row, METHOD, cell(label(measurement.method)))
            self.setItem(row, COUNT, cell(str(len(measurement.responses)), align_right=True))
        self.fit_rows()
        chosen = next((r for r, x in enumerate(self.shown) if x is keep), len(self.shown) - 1)
        self.setCurrentCell(chosen, NAME)
        self.blockSignals(False)

    def current(self) -> m.Measurement | None:
        row = self.currentRow()
        return self.shown[row] if 0 <= row < len(self.shown) else None


def confirm_delete(measurement: m.Measurement, parent: QWidget) -> bool:
    """Once to delete; a measurement with answers asks a second time, naming the count."""
    first = QMessageBox.question(
        parent, tr("Meting verwijderen"),
        tr("Meting '{0}' verwijderen?").format(measurement.name),
        QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
    if first != QMessageBox.Yes:
        return False
    if not measurement.responses:
        return True
    second = QMessageBox.question(
        parent, tr("Ook de antwoorden verwijderen?"),
        tr("Bij deze meting horen {0} ingevulde vragenlijsten. Die gaan dan ook verloren en zijn "
           "niet terug te halen. Echt verwijderen?").format(len(measurement.responses)),
        QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
    return second == QMessageBox.Yes


class NewMeasurementDialog(QDialog):
    """Name, date, how the answers come in, and the sources asked."""

    def __init__(self, doc: OpenDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc = doc
        self.created: m.Measurement | None = None
        # It may look back past the cycle before, to the last cycle that had one.
        self.previous = previous_measurement(doc.org, doc.cycle) if doc.ensure_cycles() else None
        today = doc.today
        self.setWindowTitle(tr("Nieuwe meting"))
        self.name = QLineEdit(default_name(today))
        self.held_on = DateField()
        self.held_on.set_date(today)
        self.method = CodeChoice(list(m.CollectionMethod))
        layout = QVBoxLayout(self)
        fields = form()
        for caption, widget in ((tr("&Naam"), self.name), (tr("&Datum"), self.held_on),
                                (tr("&Manier van invullen"), self.method)):
            fields.addRow(caption, widget)
            widget.setAccessibleName(spoken(caption))
        layout.addLayout(fields)
        layout.addWidget(self._sources_part(), 1)
        self.problems = InlineProblems()
        layout.addWidget(self.problems)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(tr("Meting &aanmaken"))
        buttons.button(QDialogButtonBox.Cancel).setText(tr("Annuleren"))
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 640)
        self._show_warnings()
        wheel_guard.guard(self)  # the wheel scrolls; it changes only the field in use

    def _sources_part(self) -> QWidget:
        part = QWidget()
        layout = QVBoxLayout(part)
        layout.setContentsMargins(0, 0, 0, 0)
        if self.previous is not None:
            intro = tr("Voorgesteld: dezelfde bronnen als bij '{0}', zodat u de metingen kunt "
                       "vergelijken.").format(self.previous.name)
        else:
            intro = tr("Kies de bronnen waarover u de medewerkers vragen wilt stellen.")
        caption = QLabel(tr("&Bronnen in de vragenlijst"))
        layout.addWidget(caption)
        layout.addWidget(plain(intro))
        self.sources = QListWidget()
        self.sources.setAccessibleName(tr("Bronnen in de vragenlijst"))
        caption.setBuddy(self.sources)
        wanted = set(self.previous.source_ids) if self.previous else None
        for source in askable_sources(self.doc.org):
            item = QListWidgetItem(f"{source.name} ({source_kind(source.kind, source.strand)})")
            item.setData(Qt.UserRole, source.id)
            item.setFlags(Qt.ItemIsEnabled | Qt.ItemIsUserCheckable | Qt.ItemIsSelectable)
            on = wanted is None or source.id in wanted
            item.setCheckState(Qt.Checked if on else Qt.Unchecked)
            self.sources.addItem(item)
        self.sources.itemChanged.connect(lambda _item: self._show_warnings())
        layout.addWidget(self.sources, 1)
        self.warnings = plain(style=WARNING_STYLE)
        self.warnings.setAccessibleName(tr("Verschillen met de vorige meting"))
        layout.addWidget(self.warnings)
        return part

    def chosen(self) -> list[int]:
        items = (self.sources.item(row) for row in range(self.sources.count()))
        return [item.data(Qt.UserRole) for item in items if item.checkState() == Qt.Checked]

    def _show_warnings(self) -> None:
        found = set_warnings(self.doc.org, self.previous, self.chosen()) if self.previous else []
        self.warnings.setText("\n".join(f"Let op: {w}" for w in found))
        self.warnings.setVisible(bool(found))

    def problems_found(self) -> list[str]:
        problems = []
        name = " ".join(self.name.text().split())
        if not name:
            problems.append(tr("Geef de meting een naam."))
        elif find_measurement(self.doc.cycle, name) is not None:
            problems.append(tr("Deze cyclus heeft al een meting met die naam."))
        try:
            if self.held_on.current_date() is None:
                problems.append(tr("Vul de datum van de meting in (dd-mm-jjjj)."))
        except WerkdrukError as error:
            problems.append(str(error))
        if not self.chosen():
            problems.append(tr("Kies minstens één bron."))
        return problems

    def create(self) -> None:
        problems = self.problems_found()
        self.problems.show_problems(problems)
        if problems:
            return
        measurement = m.Measurement(
            " ".join(self.name.text().split()), self.held_on.current_date(),
            self.method.code(), self.chosen())
        stored, message = attempt(
            self.doc, lambda: self.doc.apply(AddRecord(measurement, self.doc.cycle.measurements)))
        if stored:
            self.created = measurement
            self.accept()
        else:
            self.problems.show_problems([message or tr("De meting kon niet worden opgeslagen.")])
