"""Step 1's tab 'Gedragscode en opvang': the arrangements against unwanted behaviour and
aggression an inspector asks to see (`m.PsaPolicy`), each in a box of its own with its facts
and dates and one line on why it is asked for. Only a file with the whole PSA policy shows it.

Each arrangement is a record of its own inside the policy, so each box has its own `Binder`;
they all store the one policy row (an edit `within` the policy).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from werkdrukdesk.core import model as m
from werkdrukdesk.core.model.edits import SetFields
from werkdrukdesk.core.model.psa import MAX_RETENTION_MONTHS, MIN_RETENTION_MONTHS
from werkdrukdesk.ui.document import OpenDocument
from werkdrukdesk.ui.forms.binding import Binder
from werkdrukdesk.ui.forms.widgets import (
    CodeChoice,
    DateField,
    InlineProblems,
    LongText,
    form,
    plain,
    spoken,
)

WHY_STYLE = "color: #4a5560;"
MAX_HOURS = 168  # a week; later than that is no longer 'opvang'


class ArrangementsTab(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc: OpenDocument | None = None
        self.problems = InlineProblems()
        self.binders: dict[str, Binder] = {}  # by the policy's field name ("code", ...)
        intro = plain(self.tr(
            "Wat u heeft afgesproken tegen ongewenst gedrag binnen het bedrijf en agressie van "
            "buitenaf. De inspectie vraagt ernaar; vul in wat er is, met de datum waarop het "
            "is vastgesteld. Wat nog ontbreekt, laat u leeg."))
        # Two columns, each as tall as its own boxes; made column by column, so Tab goes down
        # the left column first (unwanted behaviour), then the right (incidents, aggression).
        columns = QHBoxLayout()
        for boxes in ((self._code_box(), self._adviser_box(), self._complaints_box()),
                      (self._reporting_box(), self._house_rules_box(), self._aftercare_box())):
            column = QVBoxLayout()
            for box in boxes:
                column.addWidget(box)
            column.addStretch()
            columns.addLayout(column, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(intro)
        layout.addWidget(self.problems)
        layout.addLayout(columns)
        layout.addStretch()

    # -- the six boxes ---------------------------------------------------------------------

    def _code_box(self) -> QGroupBox:
        box, layout = self._box("code", self.tr("Gedragscode"), self.tr(
            "Zo weet iedereen welk gedrag wel en niet past, en kan niemand zeggen dat hij het "
            "niet wist."))
        self.code_set_on = self._date(layout, "code", self.tr("Vastgesteld op"), "set_on")
        self.code_core = LongText(lines=3)
        self._add(layout, self.tr("De kern in een paar zinnen"), self.code_core)
        self.binders["code"].text(self.code_core, "core_text")
        self.code_known = self._line(layout, "code", self.tr("Zo kennen medewerkers de code"),
                                     "how_staff_know")
        self.code_known.setPlaceholderText(self.tr("bijvoorbeeld: bij indiensttreding "
                                                   "uitgereikt, elk jaar besproken"))
        self.code_reference = self._line(layout, "code", self.tr("Waar de hele code staat"),
                                         "reference")
        return box

    def _adviser_box(self) -> QGroupBox:
        box, layout = self._box("adviser", self.tr("Vertrouwenspersoon"), self.tr(
            "Iemand bij wie medewerkers in vertrouwen terechtkunnen als ze last hebben van "
            "ongewenst gedrag, zonder dat het meteen een klacht wordt."))
        self.adviser_kind = CodeChoice(list(m.AdviserKind))
        self._add(layout, self.tr("Intern of extern"), self.adviser_kind)
        self.binders["adviser"].choice(self.adviser_kind, "kind")
        self.adviser_name = self._line(layout, "adviser", self.tr("Naam of bureau"), "name")
        self.adviser_reach = self._line(layout, "adviser", self.tr("Zo is hij of zij te bereiken"),
                                        "how_to_reach")
        self.adviser_reach.setPlaceholderText(self.tr("telefoon, e-mail, wanneer"))
        self.adviser_trained = self._flag(layout, "adviser",
                                          self.tr("Opgeleid als vertrouwenspersoon"), "trained")
        self.adviser_since = self._date(layout, "adviser", self.tr("Aangesteld op"),
                                        "appointed_on")
        return box

    def _complaints_box(self) -> QGroupBox:
        box, layout = self._box("complaints", self.tr("Klachtenregeling"), self.tr(
            "Wie een klacht indient, moet weten wie die behandelt, en erop kunnen rekenen dat "
            "dat eerlijk gebeurt."))
        self.complaints_set_on = self._date(layout, "complaints", self.tr("Vastgesteld op"),
                                            "set_on")
        self.committee = self._line(layout, "complaints", self.tr("Wie behandelt klachten"),
                                    "committee")
        self.committee.setPlaceholderText(self.tr("bijvoorbeeld: de klachtencommissie van de "
                                                  "branche"))
        self.independent = self._flag(
            layout, "complaints", self.tr("Onafhankelijk: niemand erin werkt onder dezelfde "
                                          "leidinggevende als de aangeklaagde"), "independent")
        self.complaints_reference = self._line(layout, "complaints",
                                               self.tr("Waar de regeling staat"), "reference")
        return box

    def _reporting_box(self) -> QGroupBox:
        box, layout = self._box("reporting", self.tr("Melden en registreren"), self.tr(
            "Alleen wat gemeld en bijgehouden wordt, ziet u terugkomen en kunt u aanpakken."))
        self.reporting_set_on = self._date(layout, "reporting", self.tr("Vastgesteld op"),
                                           "set_on")
        self.how_to_report = LongText(lines=2)
        self._add(layout, self.tr("Zo meldt een medewerker een voorval"), self.how_to_report)
        self.binders["reporting"].text(self.how_to_report, "how_to_report")
        self.registered_by = self._line(layout, "reporting", self.tr("Wie houdt het register bij"),
                                        "registered_by")
        self.registered_by.setPlaceholderText(self.tr("een functie, bijvoorbeeld: "
                                                      "preventiemedewerker"))
        self.policy_binder = Binder(self._apply, self.problems)
        self.retention = QSpinBox()
        self.retention.setRange(MIN_RETENTION_MONTHS, MAX_RETENTION_MONTHS)
        self.retention.setSuffix(self.tr(" maanden"))
        self._add(layout, self.tr("Meldingen bewaren"), self.retention)
        self.retention.setToolTip(self.tr(
            "Daarna haalt het programma een melding uit het register: niet langer bewaren dan "
            "nodig (AVG)."))
        self.policy_binder.number(self.retention, "retention_months")
        return box

    def _house_rules_box(self) -> QGroupBox:
        box, layout = self._box("house_rules", self.tr("Huisregels voor klanten en bezoekers"),
                                self.tr("Zo weten klanten en bezoekers wat niet wordt "
                                        "geaccepteerd en wat er dan gebeurt."))
        self.house_set_on = self._date(layout, "house_rules", self.tr("Vastgesteld op"),
                                       "set_on")
        self.where_shown = self._line(layout, "house_rules", self.tr("Waar ze te lezen zijn"),
                                      "where_shown")
        self.where_shown.setPlaceholderText(self.tr("bijvoorbeeld: bij de ingang en op de "
                                                    "website"))
        self.house_reference = self._line(layout, "house_rules",
                                          self.tr("Waar de tekst bewaard is"), "reference")
        return box

    def _aftercare_box(self) -> QGroupBox:
        box, layout = self._box("aftercare", self.tr("Opvang en nazorg"), self.tr(
            "Na een nare gebeurtenis heeft iemand snel steun nodig; vastgelegd is wie dat "
            "regelt, ook als de eigenaar er niet is."))
        self.aftercare_set_on = self._date(layout, "aftercare", self.tr("Vastgesteld op"),
                                           "set_on")
        self.aftercare_who = self._line(layout, "aftercare", self.tr("Wie vangt op"), "who")
        self.aftercare_who.setPlaceholderText(self.tr("een functie, bijvoorbeeld: "
                                                      "de leidinggevende van dienst"))
        self.within_hours = QSpinBox()
        self.within_hours.setRange(0, MAX_HOURS)
        self.within_hours.setSpecialValueText(self.tr("niet ingevuld"))  # 0: not said (None)
        self.within_hours.setSuffix(self.tr(" uur"))
        self._add(layout, self.tr("Binnen hoeveel uur"), self.within_hours)
        self.within_hours.editingFinished.connect(self._hours_edited)
        self.referral = self._line(layout, "aftercare", self.tr("Verwijzing naar"), "referral")
        self.referral.setPlaceholderText(self.tr("bijvoorbeeld: bedrijfsarts, Slachtofferhulp"))
        return box

    # -- building helpers --------------------------------------------------------------------

    def _box(self, part: str, title: str, why: str):
        box = QGroupBox(title)
        outer = QVBoxLayout(box)
        outer.addWidget(plain(why, WHY_STYLE))
        # The fields in a widget of their own: a date field puts its hint line in its
        # parent's form (forms.date_field.DateHint), which must be this form.
        fields = QWidget()
        layout = form(fields)
        layout.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(fields)
        self.binders[part] = Binder(self._apply, self.problems)
        return box, layout

    def _line(self, layout, part: str, caption: str, attr: str) -> QLineEdit:
        edit = QLineEdit()
        self._add(layout, caption, edit)
        self.binders[part].text(edit, attr)
        return edit

    def _date(self, layout, part: str, caption: str, attr: str) -> DateField:
        field = DateField()
        self._add(layout, caption, field)
        self.binders[part].date(field, attr)
        return field

    def _flag(self, layout, part: str, caption: str, attr: str) -> QCheckBox:
        check = QCheckBox(caption)
        check.setAccessibleName(spoken(caption))
        layout.addRow("", check)
        self.binders[part].flag(check, attr)
        return check

    def _add(self, layout, caption: str, widget: QWidget) -> None:
        layout.addRow(caption, widget)
        widget.setAccessibleName(spoken(caption))

    # -- filling and storing -----------------------------------------------------------------

    def need_fields(self) -> dict[str, QWidget]:
        """Where each arrangement's readiness check is met: the first field of its box."""
        return {"code_of_conduct": self.code_set_on, "confidential_adviser": self.adviser_kind,
                "complaints_procedure": self.committee, "incident_reporting": self.how_to_report,
                "house_rules": self.house_set_on, "aftercare": self.aftercare_who}

    def set_document(self, doc: OpenDocument | None) -> None:
        self.doc = doc
        policy = doc.org.psa_policy if doc else None
        editable = bool(doc) and not doc.file.read_only  # organisation-wide, like the profile
        for part, binder in self.binders.items():
            binder.show(getattr(policy, part) if policy else None, editable)
        self.policy_binder.show(policy, editable)
        self._fill_hours()
        self.within_hours.setEnabled(editable)

    def leave(self) -> None:
        for binder in self.binders.values():
            binder.flush()

    def _apply(self, edit: SetFields) -> bool:
        # Every arrangement is a part of the one policy row.
        return self.doc.apply(edit.within(self.doc.org.psa_policy, False)) if self.doc else False

    def _fill_hours(self) -> None:
        hours = self.doc.org.psa_policy.aftercare.within_hours if self.doc else None
        self.within_hours.blockSignals(True)
        self.within_hours.setValue(hours or 0)
        self.within_hours.blockSignals(False)

    def _hours_edited(self) -> None:
        """0 is 'not filled in' (None), not 'at once': the binder's plain number would store 0."""
        self.binders["aftercare"].change("within_hours", self.within_hours.value() or None)
        self._fill_hours()  # refused: back to what the file holds
