"""The organisation's questionnaire settings: the thresholds behind the suggested ratings and
the smallest group whose results are shown (never below 5).

A value is stored as soon as it is finished and the whole set makes sense; a set with a problem
is explained inline and not stored, so the file never holds settings the rules refuse.
"""

from __future__ import annotations

from dataclasses import asdict, fields, replace

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from werkdrukdesk.core import model as m
from werkdrukdesk.core.model.edits import SetFields
from werkdrukdesk.core.rules import problems_survey_settings
from werkdrukdesk.ui.document import OpenDocument
from werkdrukdesk.ui.forms import wheel_guard
from werkdrukdesk.ui.forms.widgets import CodeChoice, InlineProblems, form, plain, spoken
from werkdrukdesk.ui.survey.common import attempt, tr

DUTCH = QLocale(QLocale.Dutch, QLocale.Netherlands)


def _threshold_box() -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setLocale(DUTCH)  # a decimal comma, as the owner writes it
    box.setRange(0.0, 6.0)  # wider than the scale, so a wrong value is explained, not clipped
    box.setDecimals(2)
    box.setSingleStep(0.1)
    return box


class SurveySettingsDialog(QDialog):
    def __init__(self, doc: OpenDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc = doc
        self.setWindowTitle(tr("Instellingen van de vragenlijst"))
        self.min_group_size = QSpinBox()
        self.min_group_size.setRange(1, 500)  # 1-4 may be typed; the rule then explains why not
        self.boxes: dict[str, QSpinBox | QDoubleSpinBox] = {
            f.name: _threshold_box() for f in fields(m.SurveySettings)
            if f.name != "answers_handled_by"}  # a choice, below
        self.boxes["min_group_size"] = self.min_group_size
        layout = QVBoxLayout(self)
        layout.addWidget(plain(tr(
            "De gemiddelden lopen van 1 (nooit) tot 5 (altijd). Met deze grenzen stelt het "
            "programma een beoordeling voor. De standaardwaarden volgen de woorden van de schaal: "
            "vanaf 'soms' (3) verdient een werkdrukbron aandacht, halverwege 'soms' en 'vaak' "
            "(3,5) is hij te hoog. Voor energiebronnen geldt het spiegelbeeld.")))
        rows = form()
        captions = [
            ("min_group_size", tr("&Kleinste groep met uitkomsten (minstens 5)")),
            ("demand_too_high", tr("Werkdrukbron &te hoog vanaf")),
            ("demand_attention", tr("Werkdrukbron &aandacht nodig vanaf")),
            ("resource_too_low", tr("Energiebron te &laag tot en met")),
            ("resource_attention", tr("Energiebron aandacht &nodig tot en met")),
        ]
        for name, caption in captions:
            box = self.boxes[name]
            box.setAccessibleName(spoken(caption))
            box.editingFinished.connect(self.store)
            rows.addRow(caption, box)
        self.handled_by = CodeChoice(list(m.AnswerHandling))
        caption = tr("&Wie ziet en verwerkt de antwoorden op papier en op het scherm")
        self.handled_by.setAccessibleName(spoken(caption))
        self.handled_by.activated.connect(self.store)
        rows.addRow(caption, self.handled_by)
        layout.addLayout(rows)
        layout.addWidget(plain(tr(
            "Het papieren formulier en het scherm zeggen precies wat u hier kiest, en beloven niet "
            "meer. Voert u de formulieren zelf in, kies dan de werkgever.")))
        self.problems = InlineProblems()
        layout.addWidget(self.problems)
        self.status = plain()
        self.status.setAccessibleName(tr("Status"))
        layout.addWidget(self.status)
        self._buttons(layout)
        self.show_settings(doc.org.survey_settings)
        wheel_guard.guard(self)  # the wheel scrolls; it changes only the field in use

    def _buttons(self, layout: QVBoxLayout) -> None:
        defaults = QPushButton(tr("&Standaardwaarden"))
        defaults.setAutoDefault(False)
        defaults.clicked.connect(self.restore_defaults)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.button(QDialogButtonBox.Close).setText(tr("S&luiten"))
        buttons.addButton(defaults, QDialogButtonBox.ResetRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        editable = not self.doc.file.read_only
        for box in self.boxes.values():
            box.setReadOnly(not editable)
        self.handled_by.setEnabled(editable)
        defaults.setEnabled(editable)

    def show_settings(self, settings: m.SurveySettings) -> None:
        self.handled_by.set_code(settings.answers_handled_by)
        for name, value in asdict(settings).items():
            if name not in self.boxes:
                continue
            self.boxes[name].blockSignals(True)
            self.boxes[name].setValue(value)
            self.boxes[name].blockSignals(False)

    def entered(self) -> m.SurveySettings:
        values = {f.name: self.boxes[f.name].value() for f in fields(m.SurveySettings)
                  if f.name in self.boxes}
        values["min_group_size"] = int(values["min_group_size"])
        handled_by = m.AnswerHandling(self.handled_by.code())
        return m.SurveySettings(**values, answers_handled_by=handled_by)

    def store(self) -> bool:
        """Store what is entered if the rules accept it; otherwise explain and keep the file."""
        settings = self.entered()
        current = self.doc.org.survey_settings
        if settings == current:
            self.problems.show_problems(problems_survey_settings(settings))
            return True
        problems = problems_survey_settings(settings)
        self.problems.show_problems(problems)
        if problems:
            self.status.setText(tr("Niet opgeslagen: los eerst de melding hierboven op."))
            return False
        edit = SetFields(current, {f.name: getattr(settings, f.name) for f in fields(settings)},
                         in_cycle=False)
        done, problem = attempt(self.doc, lambda: self.doc.apply(
            edit, label=tr("instellingen van de vragenlijst")))
        if not done:
            self.problems.show_problems([problem])
            self.status.clear()
            return False
        self.status.setText(tr("Opgeslagen."))
        return True

    def restore_defaults(self) -> None:
        handled_by = self.doc.org.survey_settings.answers_handled_by  # a choice, not a threshold
        self.show_settings(replace(m.SurveySettings(), answers_handled_by=handled_by))
        self.store()

    def reject(self) -> None:
        self.store()  # a value still being typed counts, as when leaving any field
        super().reject()
