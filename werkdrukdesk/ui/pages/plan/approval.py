"""The plan as a whole: how the measures hang together, how staff helped choose them, the OR/PVT's
consent to the RI&E's approach and to the plan (WOR art. 27 lid 1 sub d) or, without one, the
consultation of the employees (Arbowet art. 12 lid 3), and the employer's signature. All are
fields of the cycle, stored with the cycle."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from werkdrukdesk.core import model as m
from werkdrukdesk.core.labels import label
from werkdrukdesk.core.model.edits import SetFields
from werkdrukdesk.core.plan.listing import problems_approval
from werkdrukdesk.ui.document import OpenDocument
from werkdrukdesk.ui.forms.binding import Binder
from werkdrukdesk.ui.forms.widgets import CodeChoice, DateField, InlineProblems, LongText, form


class ApprovalTab(QScrollArea):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc: OpenDocument | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        content = QWidget()
        layout = QVBoxLayout(content)
        self.coherence_problems = InlineProblems()
        self.cycle_binder = Binder(self._apply, self.coherence_problems)
        self.problems = InlineProblems()
        self.binder = Binder(self._apply, self.problems, self._check)
        layout.addWidget(self._coherence_box())
        layout.addWidget(self._involvement_box())
        layout.addWidget(self._consent_box())
        layout.addWidget(self._consultation_box())
        layout.addStretch()
        self.setWidget(content)

    def _coherence_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Samenhang van het plan"))
        layout = QVBoxLayout(box)
        hint = QLabel(self.tr(
            "Beschrijf in een paar zinnen hoe de maatregelen samen de werkdruk aanpakken: welke "
            "eerst komen, welke elkaar versterken en waarom deze keuze past bij wat de "
            "inventarisatie liet zien."
        ))
        hint.setWordWrap(True)
        self.coherence = LongText(lines=5)
        self.coherence.setMaximumHeight(self.coherence.fontMetrics().lineSpacing() * 10 + 14)
        self.coherence.setAccessibleName(self.tr("Samenhang van het plan"))
        self.cycle_binder.text(self.coherence, "plan_coherence")
        layout.addWidget(hint)
        layout.addWidget(self.coherence)
        layout.addWidget(self.coherence_problems)
        return box

    def _involvement_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Hoe medewerkers meedachten"))
        layout = QVBoxLayout(box)
        hint = QLabel(self.tr(
            "Schrijf op hoe de medewerkers hebben meegedacht over de maatregelen, bijvoorbeeld in "
            "het werkoverleg of een werkgroep. U kunt het ook bij elke maatregel apart invullen."
        ))
        hint.setWordWrap(True)
        self.staff_involvement = LongText(lines=3)
        self.staff_involvement.setMaximumHeight(
            self.staff_involvement.fontMetrics().lineSpacing() * 6 + 14)
        self.staff_involvement.setAccessibleName(self.tr("Hoe medewerkers meedachten"))
        self.cycle_binder.text(self.staff_involvement, "plan_staff_involvement")
        layout.addWidget(hint)
        layout.addWidget(self.staff_involvement)
        return box

    def _consultation_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Raadpleging van de medewerkers (zonder OR of PVT)"))
        outer = QVBoxLayout(box)
        hint = QLabel(self.tr(
            "Heeft uw organisatie geen ondernemingsraad en geen personeelsvertegenwoordiging, dan "
            "bespreekt u de RI&E en het plan van aanpak met de medewerkers zelf. Leg vast "
            "wanneer, hoe en wat eruit kwam."))
        hint.setWordWrap(True)
        outer.addWidget(hint)
        layout = form()
        outer.addLayout(layout)
        self.consulted_on = DateField()
        self._add(layout, self.tr("Geraadpleegd op"), self.consulted_on)
        self.binder.date(self.consulted_on, "consulted_on")
        self.consultation_how = LongText(lines=2)
        self.consultation_how.setMaximumHeight(
            self.consultation_how.fontMetrics().lineSpacing() * 5 + 14)
        self._add(layout, self.tr("Hoe"), self.consultation_how)
        self.binder.text(self.consultation_how, "consultation_how")
        self.consultation_outcome = LongText(lines=2)
        self.consultation_outcome.setMaximumHeight(
            self.consultation_outcome.fontMetrics().lineSpacing() * 5 + 14)
        self._add(layout, self.tr("Wat eruit kwam"), self.consultation_outcome)
        self.binder.text(self.consultation_outcome, "consultation_outcome")
        return box

    def _consent_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Instemming en ondertekening"))
        outer = QVBoxLayout(box)
        hint = QLabel(self.tr(
            "Heeft uw organisatie een ondernemingsraad of personeelsvertegenwoordiging, dan moet "
            "die instemmen met de aanpak van de RI&E en met het plan van aanpak. Leg vast wie "
            "heeft ingestemd en wanneer."
        ))
        hint.setWordWrap(True)
        outer.addWidget(hint)
        outer.addWidget(self.problems)
        layout = form()
        outer.addLayout(layout)
        self.consent_body = CodeChoice(list(m.ParticipationBody), names=self._body_name)
        self._add(layout, self.tr("Ingestemd door"), self.consent_body)
        self.binder.choice(self.consent_body, "consent_body")
        self.rie_consent_date = DateField()
        self._add(layout, self.tr("Instemming met de aanpak van de RI&&E"), self.rie_consent_date)
        self.binder.date(self.rie_consent_date, "rie_consent_date")
        self.consent_date = DateField()
        self._add(layout, self.tr("Instemming met het plan"), self.consent_date)
        self.binder.date(self.consent_date, "consent_date")
        self.consent_note = LongText(lines=2)
        self.consent_note.setMaximumHeight(self.consent_note.fontMetrics().lineSpacing() * 5 + 14)
        self._add(layout, self.tr("Toelichting"), self.consent_note)
        self.binder.text(self.consent_note, "consent_note")
        self.signed_by = QLineEdit()
        self._add(layout, self.tr("Ondertekend door (werkgever)"), self.signed_by)
        self.binder.text(self.signed_by, "employer_signed_by")
        self.signed_on = DateField()
        self._add(layout, self.tr("Ondertekend op"), self.signed_on)
        self.binder.date(self.signed_on, "employer_signed_on")
        return box

    def _body_name(self, body: m.ParticipationBody) -> str:
        # labels.label() mixes up codes that share a value ("none" is also Evidence.NONE).
        if body == m.ParticipationBody.NONE:
            return self.tr("nog niemand")
        return label(body)

    def _add(self, layout: QFormLayout, caption: str, widget: QWidget) -> None:
        layout.addRow(caption, widget)
        widget.setAccessibleName(caption.replace("&&", "&"))

    def set_document(self, doc: OpenDocument | None) -> None:
        self.doc = doc
        editable = doc is not None and not doc.read_only
        self.cycle_binder.show(doc.cycle if doc else None, editable)
        self.binder.show(doc.cycle.approval if doc else None, editable)

    def flush(self) -> None:
        self.cycle_binder.flush()
        self.binder.flush()

    def _apply(self, edit: SetFields) -> bool:
        # The coherence text and the approval are both columns of the cycle's row.
        return self.doc.apply(edit.within(self.doc.cycle, False)) if self.doc else False

    def _check(self, approval: m.PlanApproval) -> list[str]:
        if self.doc is None:
            return []
        return problems_approval(approval, self.doc.org.profile, self.doc.today)
