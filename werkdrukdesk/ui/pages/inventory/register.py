"""The tab 'Meldingen': the incident register of the current cycle, without names.

Each incident has a date, whether it came from within or from outside, its kind (the kinds of
that strand, `INCIDENT_KINDS`), the team, how serious it was and what followed. Its
description is checked for names before it is stored (`core.psa.names`): a known person's name
is never stored; a capitalised word that only looks like a name may be kept on purpose. Below the
list: how long entries are kept and when the next one goes, and the counts that may be shown
(`core.psa.incidents.summary`).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from werkdrukdesk.core import model as m
from werkdrukdesk.core.dates import format_date
from werkdrukdesk.core.labels import label
from werkdrukdesk.core.model.edits import SetFields
from werkdrukdesk.core.psa.incidents import IncidentSummary, next_removal, summary
from werkdrukdesk.core.psa.names import known_names, name_guesses
from werkdrukdesk.ui.document import OpenDocument
from werkdrukdesk.ui.forms.widgets import CodeChoice, DateField, Guidance, LongText, form, plain
from werkdrukdesk.ui.pages.inventory.study import RecordsBox

NO_TEAM = -1  # the team choice "not said": team ids start at 1
WARNING = "color: #a4161a;"


class IncidentsBox(RecordsBox):
    """The list of the cycle's incidents and the form of the chosen one."""

    edited = Signal()  # an incident was stored, added or removed: the counts below change

    def __init__(self, parent: QWidget | None = None):
        super().__init__("", parent)
        self.setTitle(self.tr("Meldingen in deze cyclus"))
        self.new_button.setText(self.tr("&Nieuwe melding"))
        self.records.setAccessibleName(self.tr("Meldingen in deze cyclus"))
        # Each entry's line wraps in the narrow panel instead of scrolling sideways.
        self.records.setMaximumHeight(self.records.fontMetrics().lineSpacing() * 10)
        self.records.setWordWrap(True)
        self.records.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.records.setResizeMode(QListView.Adjust)
        layout = form(self.fields)
        self.occurred_on = DateField()
        self.strand = CodeChoice([m.Strand.UNWANTED, m.Strand.AGGRESSION], names=self._where)
        self.kind = QComboBox()
        self.kind.activated.connect(self._kind_chosen)
        self.team = QComboBox()
        self.team.activated.connect(self._team_chosen)
        self.severity = CodeChoice(list(m.Severity))
        self.care = QCheckBox(self.tr("Opvang of nazorg &gegeven"))
        self.police = QCheckBox(self.tr("Aangifte of melding bij de &politie"))
        self.measure = QCheckBox(self.tr("Er volgde een &maatregel"))
        self.description = LongText(lines=4)
        self.description.setPlaceholderText(self.tr(
            "Wat er gebeurde en wat er daarna gedaan is. Geen namen: niet van wie het overkwam, "
            "niet van wie het meldde en niet van wie het deed."))
        self.description.editing_finished.connect(self._description_finished)
        self.name_warning = plain(style=WARNING)
        self.name_warning.setAccessibleName(self.tr("Namen in de beschrijving"))
        self.keep_anyway = QPushButton(self.tr("Toc&h opslaan"))
        self.keep_anyway.setToolTip(self.tr(
            "Alleen als het woord geen naam van een persoon is, bijvoorbeeld een plaats of een "
            "product."))
        self.keep_anyway.clicked.connect(self._store_description)
        for caption, widget in (
            (self.tr("&Datum"), self.occurred_on), (self.tr("&Waar vandaan"), self.strand),
            (self.tr("&Soort"), self.kind), (self.tr("&Team"), self.team),
            (self.tr("E&rnst"), self.severity), ("", self.care), ("", self.police),
            ("", self.measure), (self.tr("Beschr&ijving (zonder namen)"), self.description),
        ):
            if caption:
                layout.addRow(caption, widget)
            else:
                layout.addRow(widget)  # a check box: the whole width, all aligned alike
            widget.setAccessibleName((caption or widget.text()).replace("&", ""))
        layout.addRow(self.name_warning)  # the whole width: it names the words found
        layout.addRow("", self.keep_anyway)
        self.binder.date(self.occurred_on, "occurred_on")
        self.binder.choice(self.strand, "strand")
        self.binder.choice(self.severity, "severity")
        self.binder.flag(self.care, "care_given")
        self.binder.flag(self.police, "police_report")
        self.binder.flag(self.measure, "measure_taken")
        self._show_warning([], [])

    def _where(self, strand: m.Strand) -> str:
        if strand == m.Strand.UNWANTED:
            return self.tr("binnen het bedrijf (collega's, leidinggevenden)")
        return self.tr("van buitenaf (klanten, bezoekers, publiek)")

    # -- the list --------------------------------------------------------------------------

    def items(self) -> list[m.Incident]:
        return self.doc.cycle.incidents if self.doc else []

    def caption(self, record: m.Incident) -> str:
        followed = [text for on, text in ((record.care_given, self.tr("opvang")),
                                          (record.police_report, self.tr("politie")),
                                          (record.measure_taken, self.tr("maatregel"))) if on]
        where = self.tr("binnen") if record.strand == m.Strand.UNWANTED else self.tr(
            "van buitenaf")
        team = self.doc.team_name(record.team_id) if self.doc and record.team_id else self.tr(
            "team niet gezegd")
        parts = [format_date(record.occurred_on) or self.tr("geen datum"), where,
                 label(record.kind), team, label(record.severity)]
        if followed:
            parts.append(self.tr("gevolgd door: {0}").format(", ".join(followed)))
        return " · ".join(parts)

    def new_record(self) -> m.Incident:
        assert self.doc is not None
        return m.Incident(self.doc.today)

    def _gaps(self, record: m.Incident) -> list[str]:
        if record.occurred_on is None:
            return [self.tr("Vul de datum in: zonder datum kan de melding niet op tijd worden "
                            "verwijderd.")]
        return []

    def set_document(self, doc: OpenDocument | None, select=None) -> None:
        super().set_document(doc, select)
        self.edited.emit()

    def show_teams(self) -> None:
        self.team.clear()
        self.team.addItem(self.tr("(niet gezegd)"), NO_TEAM)
        for team in self.doc.cycle.teams if self.doc else []:
            self.team.addItem(team.name, team.id)

    def after_show(self, record: m.Incident | None) -> None:
        editable = self.doc is not None and not self.doc.read_only and record is not None
        self.kind.clear()
        if record is not None:
            kinds = m.INCIDENT_KINDS[record.strand]
            for kind in kinds:
                self.kind.addItem(label(kind), kind.value)
            self.kind.setCurrentIndex(kinds.index(record.kind) if record.kind in kinds else -1)
            found = self.team.findData(record.team_id if record.team_id is not None else NO_TEAM)
            self.team.setCurrentIndex(max(found, 0))
        self.description.set_text_quietly(record.description if record else "")
        self.description.setReadOnly(not editable)
        self.description.setEnabled(record is not None)
        for widget in (self.kind, self.team):
            widget.setEnabled(editable)
        self._show_warning([], [])

    def flush(self) -> None:
        self.description.flush()  # not bound to the binder: it is checked for names first
        super().flush()

    # -- storing -----------------------------------------------------------------------------

    def _apply(self, edit: SetFields) -> bool:
        record = edit.record
        kind = edit.values.get("kind", record.kind)
        strand = edit.values.get("strand", record.strand)
        if kind not in m.INCIDENT_KINDS[strand]:  # another strand: its own kinds
            edit = replace(edit, values={**edit.values, "kind": m.IncidentKind.OTHER})
        if not super()._apply(edit):
            return False
        if record.kind != kind:
            self.after_show(record)
        self.edited.emit()
        return True

    def _kind_chosen(self, index: int) -> None:
        if index >= 0:
            self.binder.change("kind", m.IncidentKind(self.kind.itemData(index)))

    def _team_chosen(self, index: int) -> None:
        team_id = self.team.itemData(index)
        self.binder.change("team_id", None if team_id == NO_TEAM else team_id)

    def _description_finished(self) -> None:
        """Stored only when it holds no name; otherwise it stays in the field to be rewritten."""
        record = self.binder.record
        if record is None or self.doc is None:
            return
        text = self.description.toPlainText()
        if not self.doc.ensure_cycles():  # the names of every cycle count; said why
            return
        known = known_names(text, self.doc.org)
        guesses = [] if known else name_guesses(text, self.doc.org)
        if known or guesses:
            self._show_warning(known, guesses)
            return
        self._store_description()

    def _store_description(self) -> None:
        self._show_warning([], [])
        self.binder.change("description", self.description.toPlainText())

    def _show_warning(self, known: list[str], guesses: list[str]) -> None:
        words = ", ".join(f"'{w}'" for w in known or guesses)
        if known:
            text = self.tr(
                "Niet opgeslagen: in de beschrijving staat {0}, de naam van iemand die in dit "
                "bestand voorkomt. Schrijf het op zonder namen, bijvoorbeeld 'een collega' of "
                "'een klant'.").format(words)
        elif guesses:
            text = self.tr(
                "Nog niet opgeslagen: {0} lijkt een naam. Schrijf het op zonder namen, "
                "bijvoorbeeld 'een collega' of 'een klant'. Is het geen naam van een persoon, "
                "kies dan 'Toch opslaan'.").format(words)
        else:
            text = ""
        self.name_warning.setText(text)
        self.name_warning.setVisible(bool(text))
        self.keep_anyway.setVisible(bool(guesses) and not known)


class RegisterTab(QWidget):
    """The tab 'Meldingen': the register, how long entries are kept, and the safe counts."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc: OpenDocument | None = None
        self.incidents = IncidentsBox()
        self.incidents.edited.connect(self.show_counts)
        self.retention = plain()
        self.retention.setAccessibleName(self.tr("Bewaartermijn"))
        self.counts = plain()
        self.counts.setAccessibleName(self.tr("Aantallen meldingen"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 4, 0)
        layout.addWidget(Guidance(self.tr(
            "Leg hier vast wat er gebeurde aan ongewenst gedrag binnen het bedrijf en aan "
            "agressie van buitenaf. Zo ziet u waar het vaker gebeurt en wat helpt. Schrijf geen "
            "namen op: het register is er om te leren, niet om mensen aan te wijzen.")))
        layout.addWidget(self.incidents)
        layout.addWidget(self.retention)
        layout.addWidget(self.counts)
        layout.addStretch()

    def set_document(self, doc: OpenDocument | None) -> None:
        self.doc = doc
        self.incidents.set_document(doc)

    def flush(self) -> None:
        self.incidents.flush()

    def show_counts(self) -> None:
        doc = self.doc
        if doc is None:
            self.retention.setText("")
            self.counts.setText("")
            return
        months = doc.org.psa_policy.retention_months
        due = next_removal(doc.org)
        text = self.tr("Een melding wordt {0} maanden na de datum uit het bestand verwijderd "
                       "(AVG: niet langer bewaren dan nodig).").format(months)
        if due is not None:
            text += " " + self.tr("De eerstvolgende gaat eruit op {0}.").format(format_date(due))
        self.retention.setText(text)
        self.counts.setText(self.counts_text(summary(doc.org, doc.cycle)))

    def counts_text(self, result: IncidentSummary) -> str:
        lines = [self.tr("Aantallen in deze cyclus:")]
        for row in result.rows:
            if row.kind is not None:
                continue
            kinds = ", ".join(f"{label(r.kind)} {r.count}" for r in result.rows
                              if r.kind is not None and r.group == row.group
                              and r.strand == row.strand)
            lines.append(self.tr("• {0}, {1}: {2} ({3})").format(
                row.group or self.tr("hele organisatie"), label(row.strand), row.count, kinds))
        if len(lines) == 1:
            lines.append(self.tr("• nog geen meldingen die getoond kunnen worden"))
        if result.withheld:
            lines.append(self.tr(
                "Sommige aantallen staan hier niet, om mensen te beschermen: een aantal voor een "
                "groep van minder dan {0} mensen kan naar iemand wijzen.").format(
                m.MIN_ANONYMOUS_GROUP))
        return "\n".join(lines)
