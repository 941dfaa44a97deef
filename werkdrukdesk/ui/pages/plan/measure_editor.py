"""The editor for one measure of the plan van aanpak, beside the table of measures."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from werkdrukdesk.core import model as m
from werkdrukdesk.core.model.edits import SetFields
from werkdrukdesk.core.rules import problems_measure
from werkdrukdesk.ui.document import OpenDocument
from werkdrukdesk.ui.forms.binding import Binder
from werkdrukdesk.ui.forms.widgets import CodeChoice, DateField, InlineProblems, LongText, form
from werkdrukdesk.ui.pages.plan.targets import RelatedBox, TargetsBox


class MeasureEditor(QStackedWidget):
    """Shows a hint when no measure is chosen, else a scrolling form bound to the measure."""

    stored = Signal(object)  # the measure, after a successful store

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc: OpenDocument | None = None
        self.measure: m.Measure | None = None
        self.problems = InlineProblems()
        self.binder = Binder(self._apply, self.problems, problems_measure)
        self.empty = QLabel(self.tr(
            "Kies links een maatregel om die te bekijken of aan te passen, of maak een nieuwe "
            "maatregel."
        ))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        self.empty.setMargin(12)
        self.addWidget(self.empty)
        self.addWidget(self._scroller())

    def _scroller(self) -> QScrollArea:
        content = QWidget()
        layout = QVBoxLayout(content)
        self.carried = QLabel(self.tr("↻ Overgenomen uit de vorige cyclus, omdat hij nog open "
                                      "stond."))
        self.carried.setWordWrap(True)
        self.carried.setStyleSheet("color: #44546a;")
        layout.addWidget(self.carried)
        layout.addWidget(self.problems)
        layout.addWidget(self._what_box())
        layout.addWidget(self._purpose_box())
        layout.addWidget(self._when_box())
        layout.addWidget(self._involvement_box())
        layout.addStretch()
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QScrollArea.NoFrame)
        scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        scroller.setWidget(content)
        scroller.setAccessibleName(self.tr("Gegevens van de maatregel"))
        self.scroller = scroller
        return scroller

    def _what_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Wat en waarvoor"))
        layout = form(box)
        self.title = QLineEdit()
        self._add(layout, self.tr("&Maatregel"), self.title)
        self.binder.text(self.title, "title")
        self.description = _capped(LongText(lines=3), lines=6)
        self._add(layout, self.tr("Omschrijving"), self.description)
        self.binder.text(self.description, "description")
        self.level = CodeChoice(list(m.Level))
        self.level.setToolTip(self.tr(
            "Begin bij maatregelen voor de hele organisatie, dan per team, dan voor "
            "individuele medewerkers."
        ))
        self._add(layout, self.tr("Niveau"), self.level)
        self.binder.choice(self.level, "level")
        self.targets = TargetsBox()
        knelpunten = self.tr("Knelpunten")
        self.targets.edited.connect(
            lambda targets: self._change_list("targets", targets, knelpunten))
        layout.addRow(self._caption(knelpunten))
        layout.addRow(self.targets)
        return box

    def _purpose_box(self) -> QGroupBox:
        """What the measure should achieve and how and when that will be judged (step 6 puts
        the outcome beside it); and whether it was already in place before this plan."""
        box = QGroupBox(self.tr("Doel en beoordeling"))
        layout = form(box)
        layout.setRowWrapPolicy(QFormLayout.WrapAllRows)
        self.existing = QCheckBox(self.tr("Bestaat al: was er al voor dit plan van aanpa&k"))
        self.existing.setToolTip(self.tr(
            "Een bestaande maatregel staat in het plan bij de bronnen en teams waar hij al "
            "helpt, maar telt niet als iets wat het plan toevoegt."))
        self.existing.setAccessibleName(self.tr("Bestaat al"))
        layout.addRow(self.existing)
        self.binder.flag(self.existing, "existing")
        self.intended_result = self._long(layout, self.tr("Beoogd result&aat"), "intended_result")
        self.judge_how = self._line(layout, self.tr("Zo beoordelen we het effect"), "judge_how")
        self.judge_on = self._date(layout, self.tr("Beoordelen op"), "judge_on")
        return box

    def _when_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Wie en wanneer"))
        layout = form(box)
        self.responsible = self._line(layout, self.tr("Ve&rantwoordelijk"), "responsible")
        self.carried_out_by = self._line(layout, self.tr("Voert uit"), "carried_out_by")
        self.start_date = self._date(layout, self.tr("Start"), "start_date")
        self.deadline = self._date(layout, self.tr("&Uiterste datum"), "deadline")
        self.budget = self._line(layout, self.tr("Budget en middelen"), "budget")
        self.status = CodeChoice(list(m.MeasureStatus))
        self._add(layout, self.tr("Status"), self.status)
        self.binder.choice(self.status, "status")
        self.completed_on = self._date(layout, self.tr("Uitgevoerd op"), "completed_on")
        return box

    def _involvement_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Betrokkenheid en samenhang"))
        layout = form(box)
        layout.setRowWrapPolicy(QFormLayout.WrapAllRows)  # long captions above their boxes
        self.staff = self._long(layout, self.tr("Zo zijn medewerkers betrokken"),
                                "staff_involvement")
        self.council = self._long(layout, self.tr("Zo is de OR of PVT betrokken"),
                                  "council_involvement")
        self.coherence = self._long(layout, self.tr("Samenhang met andere maatregelen"),
                                    "coherence")
        self.related = RelatedBox()
        related = self.tr("Hangt samen met")
        self.related.edited.connect(
            lambda ids: self._change_list("related_measure_ids", ids, related))
        layout.addRow(self._caption(related))
        layout.addRow(self.related)
        return box

    # -- small builders ----------------------------------------------------------------------

    def _add(self, layout: QFormLayout, caption: str, widget: QWidget) -> None:
        layout.addRow(caption, widget)
        widget.setAccessibleName(caption.replace("&", ""))

    def _caption(self, text: str) -> QLabel:
        caption = QLabel(text)
        caption.setStyleSheet("font-weight: 600;")
        return caption

    def _line(self, layout: QFormLayout, caption: str, attr: str) -> QLineEdit:
        edit = QLineEdit()
        self._add(layout, caption, edit)
        self.binder.text(edit, attr)
        return edit

    def _long(self, layout: QFormLayout, caption: str, attr: str) -> LongText:
        edit = _capped(LongText(lines=2), lines=4)
        self._add(layout, caption, edit)
        self.binder.text(edit, attr)
        return edit

    def _date(self, layout: QFormLayout, caption: str, attr: str) -> DateField:
        field = DateField()
        self._add(layout, caption, field)
        self.binder.date(field, attr)
        return field

    # -- use -------------------------------------------------------------------------------

    def show_measure(self, doc: OpenDocument | None, measure: m.Measure | None) -> None:
        """Fill the form (or show the hint when there is nothing to edit)."""
        self.doc = doc
        self.measure = measure
        editable = doc is not None and not doc.read_only
        self.binder.show(measure, editable)
        for edit in (self.title, self.responsible, self.carried_out_by, self.budget,
                     self.judge_how):
            edit.setCursorPosition(0)  # show the start of long text, not its tail
        self.targets.show_measure(doc, measure)
        self.related.show_measure(doc, measure)
        self.targets.set_editable(editable)
        self.related.set_editable(editable)
        self.carried.setVisible(bool(measure and measure.carried_from_measure_id))
        self.setCurrentIndex(1 if measure is not None else 0)

    def tab_chain(self) -> list[QWidget]:
        """The editor's inputs in the order Tab should visit them."""
        t = self.targets
        return [self.title, self.description, self.level, t.list, t.source, t.team,
                t.add_button, self.existing, self.intended_result, self.judge_how,
                self.judge_on, self.responsible, self.carried_out_by, self.start_date,
                self.deadline, self.budget, self.status, self.completed_on, self.staff,
                self.council, self.coherence, self.related.list]

    def focus_title(self) -> None:
        self.scroller.ensureWidgetVisible(self.title)
        self.title.setFocus(Qt.OtherFocusReason)
        self.title.selectAll()

    def flush(self) -> None:
        self.binder.flush()

    def _apply(self, edit: SetFields) -> bool:
        if self.doc is None or not self.doc.apply(edit):
            return False
        self.stored.emit(edit.record)
        return True

    def _change_list(self, attr: str, values: list, caption: str) -> None:
        """A changed list of knelpunten or related measures; refused, the old one shows."""
        measure = self.measure
        if measure is None or self.doc is None:
            return
        if not self._apply(SetFields(measure, {attr: values}, caption=caption)):
            self.show_measure(self.doc, measure)
            return
        self.problems.show_problems(problems_measure(measure))


def _capped(edit: LongText, lines: int) -> LongText:
    """Keep a text box from taking the whole editor; longer text scrolls inside it."""
    edit.setMaximumHeight(edit.fontMetrics().lineSpacing() * lines + 14)
    return edit
