"""The evaluation of the process of the whole cycle: how it was evaluated and what it taught."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QGridLayout, QGroupBox, QWidget

from werkdrukdesk.core import model as m
from werkdrukdesk.core.labels import label
from werkdrukdesk.core.model.edits import SetFields
from werkdrukdesk.core.readiness.coverage import problems_process_evaluation
from werkdrukdesk.ui.document import OpenDocument
from werkdrukdesk.ui.forms.binding import Binder
from werkdrukdesk.ui.forms.widgets import DateField, InlineProblems, LongText, form


class ProcessEvaluationBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Hoe ging het proces?"), parent)
        self.doc: OpenDocument | None = None
        self.problems = InlineProblems()
        self.binder = Binder(self._apply, self.problems, self._check)
        layout = form(self)
        layout.addRow(self.problems.holder())
        layout.addRow(self.tr("Zo is geëvalueerd"), self._methods())
        self.how_it_went = LongText(lines=3)
        self.do_differently = LongText(lines=3)
        self.policy_changes = LongText(lines=3)
        self.evaluated_on = DateField()
        for caption, widget, bind, attr in (
            (self.tr("&Verloop van het proces"), self.how_it_went, self.binder.text,
             "how_it_went"),
            (self.tr("Wat de volgende keer &anders kan"), self.do_differently, self.binder.text,
             "do_differently"),
            (self.tr("&Beleid en maatregelen aangepast"), self.policy_changes, self.binder.text,
             "policy_changes"),
            (self.tr("Datu&m procesevaluatie"), self.evaluated_on, self.binder.date,
             "evaluated_on"),
        ):
            layout.addRow(caption, widget)
            widget.setAccessibleName(caption.replace("&", ""))
            bind(widget, attr)
        for text in (self.how_it_went, self.do_differently, self.policy_changes):
            text.setMaximumHeight(text.minimumHeight() * 2)  # long text scrolls inside
        self.how_it_went.setPlaceholderText(self.tr(
            "Was het zorgvuldig? Deden medewerkers en OR/PVT mee? Liep de planning?"
        ))
        self.policy_changes.setPlaceholderText(self.tr(
            "Wat verandert er door deze evaluatie aan uw beleid en uw aanpak?"
        ))

    def _methods(self) -> QWidget:
        holder = QWidget()
        grid = QGridLayout(holder)  # two columns, so long labels never push the page wider
        grid.setContentsMargins(0, 0, 0, 0)
        self.method_boxes: dict[m.EvaluationMethod, QCheckBox] = {}
        for index, method in enumerate(m.EvaluationMethod):
            text = label(method)
            check = QCheckBox(text[:1].upper() + text[1:])
            check.setAccessibleName(self.tr("Methode: {0}").format(text))
            check.toggled.connect(self._methods_toggled)
            grid.addWidget(check, index // 2, index % 2)
            self.method_boxes[method] = check
        return holder

    def set_document(self, doc: OpenDocument | None) -> None:
        self.flush()
        self.doc = doc
        process = doc.cycle.process_evaluation if doc else None
        editable = doc is not None and not doc.read_only
        self.binder.show(process if process else m.ProcessEvaluation(), editable)
        for method, check in self.method_boxes.items():
            check.blockSignals(True)
            check.setChecked(bool(process) and method in process.methods)
            check.blockSignals(False)
            check.setEnabled(editable)

    def _check(self, process: m.ProcessEvaluation) -> list[str]:
        return problems_process_evaluation(self.doc.cycle, self.doc.today) if self.doc else []

    def _apply(self, edit: SetFields) -> bool:
        # The process evaluation is kept in the cycle's row.
        return self.doc is not None and self.doc.apply(edit.within(self.doc.cycle, False))

    def _methods_toggled(self) -> None:
        if self.doc is None:
            return
        process = self.doc.cycle.process_evaluation
        chosen = [x for x, check in self.method_boxes.items() if check.isChecked()]
        if set(chosen) == set(process.methods):
            return
        caption = self.tr("methoden van de procesevaluatie")
        edit = SetFields(process, {"methods": chosen}, caption=caption)
        if not self._apply(edit):
            self.set_document(self.doc)
            return
        self.problems.show_problems(self._check(process))

    def flush(self) -> None:
        if self.doc is not None and not self.doc.read_only:
            self.binder.flush()
