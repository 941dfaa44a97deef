"""Step 1: the organisation's profile, its teams and the documents the policy refers to; how
much of the PSA policy the file covers, and (whole PSA only) the arrangements against unwanted
behaviour and aggression on a tab of their own."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from werkdrukdesk.core import model as m
from werkdrukdesk.core.model.edits import SetFields
from werkdrukdesk.core.rules import MAX_HEADCOUNT, problems_profile, review_exemption_applies
from werkdrukdesk.ui.forms import wheel_guard
from werkdrukdesk.ui.forms.binding import Binder
from werkdrukdesk.ui.forms.widgets import (
    CodeChoice,
    DateField,
    InlineProblems,
    LongText,
    MadeWhenShown,
    SteadyTabs,
    form,
)
from werkdrukdesk.ui.intake.scope import ScopeChoice
from werkdrukdesk.ui.pages.base import StepPage
from werkdrukdesk.ui.pages.organisation.arrangements import ArrangementsTab
from werkdrukdesk.ui.pages.organisation.changes import ChangesBox
from werkdrukdesk.ui.pages.organisation.lists import DocumentsBox, TeamsBox
from werkdrukdesk.ui.steps import Step


class OrganisationPage(StepPage):
    def __init__(self, step: Step, parent: QWidget | None = None):
        super().__init__(step, parent)
        self.problems = InlineProblems()
        self.binder = Binder(self._apply, self.problems, self._check)
        self.body.addWidget(self.problems)
        general = QWidget()
        general_layout = _column(general)
        columns = QHBoxLayout()
        left, right = QWidget(), QWidget()
        left_column, right_column = _column(left), _column(right)
        left_column.addWidget(self._general_box())
        left_column.addWidget(self._care_box())
        left_column.addWidget(self._scope_box())
        left_column.addStretch()
        right_column.addWidget(self._rie_box())
        right_column.addStretch()
        columns.addWidget(left, 1)
        columns.addWidget(right, 1)
        general_layout.addLayout(columns)
        self.teams = TeamsBox()
        self.documents = DocumentsBox()
        self.changes = ChangesBox()
        general_layout.addWidget(self.teams)
        general_layout.addWidget(self.documents)
        general_layout.addWidget(self.changes)
        general_layout.addStretch()
        # Made when first shown: a werkdruk-only file never shows it (and the window starts
        # sooner without its six boxes; the first step of every file is this one).
        self._arrangements = MadeWhenShown(self._make_arrangements)
        # A werkdruk-only file shows no tab bar and no frame: the step looks as it always did.
        self.tabs = FittingTabs()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(general, self.tr("&Organisatie"))
        self.tabs.addTab(self._arrangements, self.tr("&Gedragscode en opvang"))
        self.body.addWidget(self.tabs)
        self.body.addStretch()

    def _general_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Organisatie"))
        layout = form(box)
        self.name = self._line(layout, self.tr("&Naam"), "name")
        self.kvk = self._line(layout, self.tr("&KvK-nummer"), "kvk_number")
        self.sector = self._line(layout, self.tr("&Sector"), "sector")
        self.headcount = QSpinBox()
        self.headcount.setRange(0, MAX_HEADCOUNT)
        self.headcount.setSpecialValueText(self.tr("niet ingevuld"))  # 0 is never a headcount
        self._add(layout, self.tr("&Medewerkers in totaal"), self.headcount)
        self.binder.number(self.headcount, "headcount")
        self.hours = QDoubleSpinBox()
        self.hours.setRange(0, 10_000_000)
        self.hours.setDecimals(1)
        self.hours.setSpecialValueText(self.tr("niet ingevuld"))
        self.hours.setToolTip(self.tr("Alle betaalde uren van alle medewerkers samen, per week."))
        self._add(layout, self.tr("Betaalde &uren per week"), self.hours)
        self.binder.number(self.hours, "paid_hours_per_week")
        return box

    def _care_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Arbozorg en medezeggenschap"))
        layout = form(box)
        self.prevention_officer = self._line(
            layout, self.tr("&Preventiemedewerker"), "prevention_officer"
        )
        self.prevention_officer_contact = self._line(
            layout, self.tr("Zo bereiken medewerkers hem of haar"), "prevention_officer_contact"
        )
        self.body_choice = CodeChoice(list(m.ParticipationBody))
        self._add(layout, self.tr("&Medezeggenschap"), self.body_choice)
        self.binder.choice(self.body_choice, "participation_body")
        self.participation_body_contact = self._line(
            layout, self.tr("Contact OR/PVT"), "participation_body_contact"
        )
        self.occupational_health_service = self._line(
            layout, self.tr("&Arbodienst"), "occupational_health_service"
        )
        self.company_doctor = self._line(layout, self.tr("&Bedrijfsarts"), "company_doctor")
        return box

    def _scope_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Psychosociale arbeidsbelasting (PSA)"))
        self.scope = ScopeChoice()
        self.scope.chosen.connect(self._scope_chosen)
        QVBoxLayout(box).addWidget(self.scope)
        return box

    def _scope_chosen(self, scope: m.PsaScope) -> None:
        """Widen at once; narrow only after saying that nothing is deleted."""
        if self.doc is None or scope == self.doc.org.profile.psa_scope:
            return
        if scope == m.PsaScope.WERKDRUK and QMessageBox.question(
            self, self.tr("Alleen werkdruk"), self.tr(
                "Wilt u dit bestand beperken tot werkdruk?\n\n"
                "Ongewenst gedrag en agressie verdwijnen dan uit beeld: hun bronnen worden "
                "gearchiveerd en de tab 'Gedragscode en opvang' verdwijnt. Er wordt niets "
                "gewist. Wat u al heeft ingevuld, blijft in het bestand en komt terug als u "
                "later weer het hele PSA-beleid kiest."),
            QMessageBox.Yes | QMessageBox.No, QMessageBox.No,
        ) != QMessageBox.Yes:
            self.scope.set_scope(self.doc.org.profile.psa_scope)
            return
        if not self.doc.change_scope(scope):
            self.scope.set_scope(self.doc.org.profile.psa_scope)  # refused: as the file holds
        self._show_scope()
        self.show_guidance()

    def _show_scope(self) -> None:
        whole = bool(self.doc) and self.doc.org.profile.psa_scope == m.PsaScope.WHOLE
        self.tabs.setTabVisible(1, whole)
        self.tabs.tabBar().setVisible(whole)
        # The tab widget hands its focus to the tab bar; a hidden bar would catch Tab for good.
        self.tabs.setFocusPolicy(Qt.TabFocus if whole else Qt.NoFocus)
        if not whole:
            self.tabs.setCurrentIndex(0)

    def _rie_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("RI&&E"))
        layout = form(box)
        self.rie_date = DateField()
        self._add(layout, self.tr("Datum van de RI&&E"), self.rie_date)
        self.binder.date(self.rie_date, "rie_date")
        self.rie_instrument = self._line(layout, self.tr("Instrument"), "rie_instrument")
        self.branch = QCheckBox(self.tr("Erkend branche-instrument"))
        self.branch.setAccessibleName(self.tr("Erkend branche-instrument"))
        layout.addRow("", self.branch)
        self.binder.flag(self.branch, "rie_branch_recognised")
        self.covers_werkdruk = self._flag(layout, self.tr("De RI&&E behandelt werkdruk"),
                                          "rie_covers_werkdruk")
        self.werkdruk_place = self._line(layout, self.tr("Waar staat werkdruk"),
                                         "rie_werkdruk_place")
        self.werkdruk_place.setPlaceholderText(self.tr("hoofdstuk of bladzijde"))
        self.werkdruk_place.setToolTip(self.tr(
            "Waar in de RI&E, of in het verdiepend onderzoek waar die naar verwijst, werkdruk "
            "aan bod komt."))
        self.werkdruk_date = DateField()
        self._add(layout, self.tr("Datum van het werkdrukdeel"), self.werkdruk_date)
        self.binder.date(self.werkdruk_date, "rie_werkdruk_date")
        self.covers_unwanted = self._flag(
            layout, self.tr("De RI&&E behandelt ongewenst gedrag in de organisatie"),
            "rie_covers_unwanted")
        self.covers_unwanted.setToolTip(self.tr(
            "Intimidatie, seksuele intimidatie, pesten en discriminatie."))
        self.covers_aggression = self._flag(
            layout, self.tr("De RI&&E behandelt agressie en geweld van buiten"),
            "rie_covers_aggression")
        self.covers_aggression.setToolTip(self.tr("Door klanten, patiënten of andere derden."))
        self.review = CodeChoice(list(m.ReviewStatus))
        self._add(layout, self.tr("&Toetsing"), self.review)
        self.binder.choice(self.review, "rie_review")
        self.review_date = DateField()
        self._add(layout, self.tr("Getoetst op"), self.review_date)
        self.binder.date(self.review_date, "rie_review_date")
        self.rie_review_by = self._line(layout, self.tr("Getoetst door"), "rie_review_by")
        self.exemption = LongText(lines=2)
        self._add(layout, self.tr("Reden van vrijstelling"), self.exemption)
        self.binder.text(self.exemption, "rie_exemption_reason")
        self.arbocatalogus = self._line(layout, self.tr("Arbo&catalogus"), "arbocatalogus")
        self.notes = LongText(lines=2)
        self._add(layout, self.tr("Aantekeningen"), self.notes)
        self.binder.text(self.notes, "notes")
        return box

    def _flag(self, layout, caption: str, attr: str) -> QCheckBox:
        box = QCheckBox(caption)
        box.setAccessibleName(caption.replace("&&", "&"))
        layout.addRow("", box)
        self.binder.flag(box, attr)
        return box

    def _line(self, layout, caption: str, attr: str) -> QLineEdit:
        edit = QLineEdit()
        self._add(layout, caption, edit)
        self.binder.text(edit, attr)
        return edit

    def _add(self, layout, caption: str, widget: QWidget) -> None:
        layout.addRow(caption, widget)
        widget.setAccessibleName(caption.replace("&&", "&").replace("&", ""))

    def _apply(self, edit: SetFields) -> bool:
        return self.doc.apply(edit) if self.doc else False

    def _check(self, profile: m.Profile) -> list[str]:
        problems = problems_profile(profile)
        if profile.rie_review == m.ReviewStatus.NOT_DONE and review_exemption_applies(profile):
            problems.append(
                self.tr(
                    "Uw organisatie lijkt vrijgesteld van toetsing; kies dan 'vrijgesteld' en "
                    "schrijf de reden op."
                )
            )
        return problems

    def refresh(self) -> None:
        profile = self.doc.org.profile if self.doc else None
        editable = bool(self.doc) and not self.doc.file.read_only
        self.binder.show(profile, editable)
        if profile is not None:
            self.scope.set_scope(profile.psa_scope)
        self.scope.setEnabled(editable)
        if self._arrangements.made:
            self.arrangements.set_document(self.doc)
        self._show_scope()
        self.teams.set_document(self.doc)
        self.documents.set_document(self.doc)
        self.changes.set_document(self.doc)

    def leave(self) -> None:
        self.binder.flush()
        if self._arrangements.made:
            self.arrangements.leave()
        self.documents.leave()
        self.changes.leave()

    @property
    def arrangements(self) -> ArrangementsTab:
        """The step's second tab, made now if it was not yet."""
        return cast(ArrangementsTab, self._arrangements.content())

    def _make_arrangements(self) -> ArrangementsTab:
        tab = ArrangementsTab()
        tab.set_document(self.doc)
        wheel_guard.guard(tab)  # the page guarded what it had when it was filled
        return tab

    def _rie_field(self) -> QWidget:
        """The first RI&E field the check 'rie' still misses."""
        if not self.rie_date.text().strip():
            return self.rie_date
        if not self.covers_werkdruk.isChecked():
            return self.covers_werkdruk
        return self.werkdruk_place

    def need_fields(self) -> dict[str, QWidget]:
        named = bool(self.prevention_officer.text().strip())
        return {
            "name": self.name, "headcount": self.headcount, "participation": self.body_choice,
            "teams": self.teams.add_button, "rie": self._rie_field(), "review": self.review,
            "rie_current": self.werkdruk_date,
            "prevention": self.prevention_officer_contact if named else self.prevention_officer,
            "health_service": self.occupational_health_service,
            "rie_strands": (self.covers_aggression if self.covers_unwanted.isChecked()
                            else self.covers_unwanted),
            **self.arrangements.need_fields(),
        }


def _column(widget: QWidget) -> QVBoxLayout:
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(0, 0, 0, 0)
    return layout


class FittingTabs(SteadyTabs):
    """Tabs as tall as the tab shown, not the tallest: in a page that scrolls, the short tab
    would otherwise scroll on into the empty height of the long one."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    def _bar(self) -> int:
        return 0 if self.tabBar().isHidden() else self.tabBar().sizeHint().height() + 4

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        shown = self.currentWidget()
        hint = super().sizeHint()
        return QSize(hint.width(), shown.sizeHint().height() + self._bar()) if shown else hint

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        shown = self.currentWidget()
        hint = super().minimumSizeHint()
        return QSize(hint.width(), shown.minimumSizeHint().height() + self._bar()) \
            if shown else hint

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        shown = self.currentWidget()
        if shown is None or not shown.hasHeightForWidth():
            return super().heightForWidth(width) if shown is None else -1
        return shown.heightForWidth(width) + self._bar()
