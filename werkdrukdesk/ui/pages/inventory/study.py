"""The deeper study without a questionnaire: group conversations per team and an external
study, each a list of records with a form beside it (the questionnaire has its own window).

The rules they must meet are core's (`core.readiness.routes`); the form shows what a record
still lacks in those words, so the owner sees why "Klaar voor de inspectie?" is not yet happy.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from werkdrukdesk.core import model as m
from werkdrukdesk.core.dates import format_date
from werkdrukdesk.core.model.edits import AddRecord, RemoveRecord, SetFields
from werkdrukdesk.core.readiness.routes import conversation_gaps, external_gaps
from werkdrukdesk.core.rules import MAX_HEADCOUNT
from werkdrukdesk.ui.document import OpenDocument
from werkdrukdesk.ui.forms.binding import Binder
from werkdrukdesk.ui.forms.widgets import (
    DateField,
    Guidance,
    InlineProblems,
    LongText,
    form,
    literal,
)
from werkdrukdesk.ui.pages.inventory.outcomes import SourceOutcomes


def _count() -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(0, MAX_HEADCOUNT)
    return spin


class RecordsBox(QGroupBox):
    """A list of one kind of record of the cycle, buttons to add and remove, and its form.
    Its own words have one context ("StudyRecords"), whichever kind of record shows them.

    Each kind says for itself (and must): `items()` its records in the cycle, `caption(record)`
    its line in the list, `new_record()` a blank one, and `_gaps(record)` what it still lacks
    to count for the inspector."""

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(title, parent)
        self.doc: OpenDocument | None = None
        self.problems = InlineProblems()
        self.binder = Binder(self._apply, self.problems, self._gaps)
        self.records = QListWidget()
        self.records.setMaximumHeight(self.records.fontMetrics().lineSpacing() * 6)
        self.records.currentRowChanged.connect(self._select)
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.add)
        self.remove_button = QPushButton(QCoreApplication.translate("StudyRecords",
                                                                    "Verwijderen"))
        self.remove_button.clicked.connect(self.remove)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        self.fields = QWidget()
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(self.records)
        self.layout_.addLayout(buttons)
        self.layout_.addWidget(self.problems)
        self.layout_.addWidget(self.fields)

    def show_teams(self) -> None:
        """Refill what depends on the cycle's teams."""

    # -- showing ---------------------------------------------------------------------------

    def set_document(self, doc: OpenDocument | None, select: Any = None) -> None:
        self.flush()
        self.doc = doc
        self.show_teams()
        shown = self.items()
        self.records.blockSignals(True)
        self.records.clear()
        self.records.addItems([self.caption(r) for r in shown])
        self.records.blockSignals(False)
        editable = doc is not None and not doc.read_only
        self.new_button.setEnabled(editable)
        self.remove_button.setEnabled(editable and bool(shown))
        row = next((i for i, r in enumerate(shown) if r is select), len(shown) - 1)
        self.records.setCurrentRow(row)
        self._select(row)

    def _select(self, row: int) -> None:
        shown = self.items()
        record = shown[row] if 0 <= row < len(shown) else None
        if record is not self.binder.record:
            self.flush()
        self.fields.setVisible(record is not None)
        self.binder.show(record, self.doc is not None and not self.doc.read_only)
        self.after_show(record)

    def after_show(self, record: Any) -> None:
        """Fill what the binder does not (check boxes per team)."""

    def flush(self) -> None:
        self.binder.flush()

    def _apply(self, edit: SetFields) -> bool:
        record = edit.record
        if self.doc is None or not self.doc.apply(edit):
            return False
        row = self.records.currentRow()
        if 0 <= row < self.records.count():
            self.records.item(row).setText(self.caption(record))
        return True

    # -- adding and removing ---------------------------------------------------------------

    def add(self) -> None:
        if self.doc is None or self.doc.read_only:
            return
        self.flush()
        record = self.new_record()
        if self.doc.apply(AddRecord(record, self.items())):
            self.set_document(self.doc, select=record)

    def remove(self) -> None:
        row = self.records.currentRow()
        shown = self.items()
        if self.doc is None or not 0 <= row < len(shown):
            return
        record = shown[row]
        # No question first: Bewerken › Ongedaan maken brings it back.
        self.binder.record = None  # nothing left to flush into a removed record
        if self.doc.apply(RemoveRecord(record, shown)):
            self.set_document(self.doc)


class ConversationsBox(RecordsBox):
    """Groepsgesprekken: one structured conversation with one team each."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__("", parent)
        self.setTitle(self.tr("Groepsgesprekken per team"))
        self.new_button.setText(self.tr("&Nieuw groepsgesprek"))
        self.records.setAccessibleName(self.tr("Groepsgesprekken in deze cyclus"))
        self.layout_.insertWidget(0, Guidance(self.tr(
            "Een groepsgesprek met een team telt als verdiepend onderzoek als iemand anders dan de "
            "eigen leidinggevende het leidt, minstens de helft van het team meepraat, u opschrijft "
            "wat eruit kwam (in het algemeen of per bron) zonder namen te noemen, en u de "
            "uitkomsten daarna met de medewerkers bespreekt. Voor teams van minder dan {0} "
            "mensen is dit de beste weg.").format(m.MIN_ANONYMOUS_GROUP)))
        layout = form(self.fields)
        self.team = QComboBox()
        self.held_on = DateField()
        self.led_by = QLineEdit()
        self.led_by.setPlaceholderText(self.tr("bijv. de preventiemedewerker of de arbodienst"))
        self.independent = QCheckBox(
            self.tr("Deze persoon &is niet de leidinggevende van het team"))
        self.participants = _count()
        self.outcomes = LongText(lines=5)
        self.outcomes.setPlaceholderText(self.tr(
            "Wat er in het algemeen uitkwam, bijv. 'De zaterdag is voor iedereen te vol.' "
            "Geen namen."))
        self.per_source = SourceOutcomes(self._outcomes_edited)
        self.no_names = QLabel(self.tr(
            "Schrijf per bron kort op wat eruit kwam. Noem geen namen: niet wie iets zei en niet "
            "over wie het ging. Laat een bron leeg als die niet aan bod kwam."))
        self.no_names.setWordWrap(True)
        self.without_names = QCheckBox(self.tr("Er staan &geen namen in de uitkomsten"))
        self.discussed_on = DateField()
        self.discussed_how = QLineEdit()
        self.discussed_how.setPlaceholderText(self.tr("bijv. in het werkoverleg"))
        for caption, widget, bind, attr in (
            (self.tr("&Team"), self.team, self.binder.item, "team_id"),
            (self.tr("&Datum"), self.held_on, self.binder.date, "held_on"),
            (self.tr("Ge&leid door"), self.led_by, self.binder.text, "led_by"),
            ("", self.independent, self.binder.flag, "leader_independent"),
            (self.tr("&Aantal deelnemers"), self.participants, self.binder.number,
             "participants"),
            (self.tr("&Uitkomsten algemeen"), self.outcomes, self.binder.text, "outcomes"),
            ("", self.without_names, self.binder.flag, "without_names"),
            (self.tr("Be&sproken op"), self.discussed_on, self.binder.date, "discussed_on"),
            (self.tr("&Hoe besproken"), self.discussed_how, self.binder.text, "discussed_how"),
        ):
            layout.addRow(caption, widget)
            widget.setAccessibleName(caption.replace("&", "") or widget.text().replace("&", ""))
            bind(widget, attr)
        layout.insertRow(6, "", self.no_names)
        layout.insertRow(7, self.tr("Per bron"), self.per_source)

    def after_show(self, record: m.GroupConversation | None) -> None:
        sources = self.doc.org.sources if self.doc else []
        editable = self.doc is not None and not self.doc.read_only
        self.per_source.show_outcomes(sources, record, editable)

    def _outcomes_edited(self, found: list[m.ConversationOutcome]) -> None:
        record = self.binder.record
        self.binder.change("outcomes_per_source", found)
        if record is not None and record.outcomes_per_source != found:
            # Not stored: the table shows again what the file holds, once the edit is over.
            QTimer.singleShot(0, lambda: self.after_show(self.binder.record))

    def items(self) -> list[m.GroupConversation]:
        return self.doc.cycle.conversations if self.doc else []

    def caption(self, record: m.GroupConversation) -> str:
        team = self.doc.team_name(record.team_id) if self.doc and record.team_id else ""
        return self.tr("{0}, {1}").format(team or self.tr("(nog geen team)"),
                                          format_date(record.held_on) or self.tr("geen datum"))

    def new_record(self) -> m.GroupConversation:
        assert self.doc is not None
        talked = {c.team_id for c in self.doc.cycle.conversations}
        team = next((t.id for t in self.doc.cycle.teams if t.id not in talked), None)
        return m.GroupConversation(team, self.doc.today)

    def _gaps(self, record: m.GroupConversation) -> list[str]:
        return conversation_gaps(record, self.doc.cycle) if self.doc else []

    def show_teams(self) -> None:
        self.team.clear()
        for team in self.doc.cycle.teams if self.doc else []:
            self.team.addItem(team.name, team.id)


class ExternalStudiesBox(RecordsBox):
    """An external study by an arbodienst or adviser, with the teams it covered."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__("", parent)
        self.setTitle(self.tr("Extern onderzoek"))
        self.new_button.setText(self.tr("Nieuw e&xtern onderzoek"))
        self.records.setAccessibleName(self.tr("Externe onderzoeken in deze cyclus"))
        self.layout_.insertWidget(0, Guidance(self.tr(
            "Liet u de werkdruk onderzoeken door een arbodienst of adviseur? Vul hier in wie het "
            "deed, hoe, welke teams meededen, hoeveel mensen meededen en waar het rapport ligt. "
            "Het telt als minstens de helft meedeed en u de uitkomsten met de medewerkers "
            "besprak.")))
        layout = form(self.fields)
        self.carried_out_by = QLineEdit()
        self.held_on = DateField()
        self.method = QLineEdit()
        self.method.setPlaceholderText(self.tr("bijv. vragenlijst en gesprekken per team"))
        self.teams_box = QWidget()
        self.teams_layout = QVBoxLayout(self.teams_box)
        self.teams_layout.setContentsMargins(0, 0, 0, 0)
        self.team_checks: dict[int, QCheckBox] = {}
        self.participants = _count()
        self.invited = _count()
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(self.tr("bijv. map arbo, rapport maart"))
        self.discussed_on = DateField()
        self.discussed_how = QLineEdit()
        for caption, widget, bind, attr in (
            (self.tr("Uitgevoe&rd door"), self.carried_out_by, self.binder.text, "carried_out_by"),
            (self.tr("Datu&m"), self.held_on, self.binder.date, "held_on"),
            (self.tr("&Werkwijze"), self.method, self.binder.text, "method"),
            (self.tr("Aantal deelnemers"), self.participants, self.binder.number,
             "participants"),
            (self.tr("Van hoeveel gevraagd"), self.invited, self.binder.number, "invited"),
            (self.tr("Waar ligt het rapport"), self.reference, self.binder.text, "reference"),
            (self.tr("Bes&proken op"), self.discussed_on, self.binder.date, "discussed_on"),
            (self.tr("Hoe besproken"), self.discussed_how, self.binder.text, "discussed_how"),
        ):
            layout.addRow(caption, widget)
            widget.setAccessibleName(caption.replace("&", ""))
            bind(widget, attr)
        layout.insertRow(3, self.tr("Welke teams"), self.teams_box)

    def items(self) -> list[m.ExternalStudy]:
        return self.doc.cycle.external_studies if self.doc else []

    def caption(self, record: m.ExternalStudy) -> str:
        return self.tr("{0}, {1}").format(record.carried_out_by or self.tr("(nog geen naam)"),
                                          format_date(record.held_on) or self.tr("geen datum"))

    def new_record(self) -> m.ExternalStudy:
        assert self.doc is not None
        return m.ExternalStudy(held_on=self.doc.today,
                               team_ids=[t.id for t in self.doc.cycle.teams if t.id is not None])

    def _gaps(self, record: m.ExternalStudy) -> list[str]:
        return external_gaps(record, self.doc.cycle) if self.doc else []

    def show_teams(self) -> None:
        for check in self.team_checks.values():
            check.deleteLater()
        self.team_checks = {}
        for team in self.doc.cycle.teams if self.doc else []:
            if team.id is None:
                continue
            check = QCheckBox(literal(team.name))  # a name, never an Alt-letter
            check.setAccessibleName(self.tr("Team {0} deed mee").format(team.name))
            check.toggled.connect(self._teams_toggled)
            self.teams_layout.addWidget(check)
            self.team_checks[team.id] = check

    def after_show(self, record: m.ExternalStudy | None) -> None:
        editable = self.doc is not None and not self.doc.read_only
        for team_id, check in self.team_checks.items():
            check.blockSignals(True)
            check.setChecked(record is not None and team_id in record.team_ids)
            check.blockSignals(False)
            check.setEnabled(editable and record is not None)

    def _teams_toggled(self) -> None:
        record = self.binder.record
        if record is None:
            return
        chosen = [t for t, check in self.team_checks.items() if check.isChecked()]
        self.binder.change("team_ids", chosen)
        self.after_show(self.binder.record)


class StudyRoutes(QWidget):
    """The tab 'Onderzoek': conversations and external studies of the current cycle."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.conversations = ConversationsBox()
        self.external = ExternalStudiesBox()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 4, 0)
        layout.addWidget(self.conversations)
        layout.addWidget(self.external)
        layout.addStretch()

    def set_document(self, doc: OpenDocument | None) -> None:
        self.conversations.set_document(doc)
        self.external.set_document(doc)

    def flush(self) -> None:
        self.conversations.flush()
        self.external.flush()
