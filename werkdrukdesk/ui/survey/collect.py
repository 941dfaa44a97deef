"""Collecting answers on this screen: one anonymous respondent after another.

The window fills the screen. Each respondent picks a team, answers one page per source and
presses "Klaar": the questionnaire is stored at once and every answer is wiped from the screen.
From the thank-you page there is no way back, so nobody sees a colleague's answers. Only the
owner leaves this mode, with the code they chose when starting it; closing the window by other
means asks for the code as well. A respondent who walks away half-way is wiped after a while.
"""

from __future__ import annotations

import hmac

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from werkdrukdesk.core import model as m
from werkdrukdesk.core.psa.scope import beyond_werkdruk
from werkdrukdesk.core.survey.scoring import measurement_scales, threshold
from werkdrukdesk.ui.document import OpenDocument
from werkdrukdesk.ui.forms.widgets import InlineProblems, form, plain, spoken
from werkdrukdesk.ui.survey.common import PROBLEM_STYLE, store_responses, team_choices, tr
from werkdrukdesk.ui.survey.kiosk_pages import SourcePage, TeamPage, ThanksPage

MIN_CODE = 4
IDLE_MS = 3 * 60 * 1000  # an unfinished questionnaire left this long is wiped
INPUT_EVENTS = (QEvent.KeyPress, QEvent.MouseButtonPress, QEvent.Wheel)
KIOSK_STYLE = (
    "QLabel, QRadioButton, QPushButton { font-size: 15pt; }"
    "QRadioButton { padding: 6px; }"
    "QRadioButton#answer { padding: 10px 12px; background: white; border: 1px solid #b8c2cc;"
    " border-radius: 6px; }"
    "QRadioButton#answer:checked { background: #d6e6f7; border: 2px solid #1d5fa8; }"
    "QRadioButton#answer:focus { border: 2px solid #1d3557; }"
    "QRadioButton::indicator { width: 20px; height: 20px; }"
)


def scrolling(page: QWidget) -> QScrollArea:
    """Long pages (many teams, large text) scroll instead of squeezing their text."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.NoFrame)
    area.setWidget(page)
    return area


def _code_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.Password)
    return field


class KioskStartDialog(QDialog):
    """The owner chooses the code that will end the collecting screen."""

    def __init__(self, measurement: m.Measurement, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Invullen op dit scherm"))
        self.setMinimumWidth(520)
        self.code = _code_field()
        self.again = _code_field()
        layout = QVBoxLayout(self)
        layout.addWidget(plain(tr(
            "Medewerkers vullen de vragenlijst '{0}' hierna één voor één in op dit scherm. Het "
            "scherm is dan alleen voor de vragenlijst. Kies een code van minstens {1} tekens "
            "waarmee u het scherm straks weer sluit, en houd die voor uzelf.").format(
                measurement.name, MIN_CODE)))
        fields = form()
        for caption, widget in ((tr("&Code"), self.code), (tr("Code &nogmaals"), self.again)):
            fields.addRow(caption, widget)
            widget.setAccessibleName(spoken(caption))
        layout.addLayout(fields)
        self.problems = InlineProblems()
        layout.addWidget(self.problems)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(tr("&Beginnen"))
        buttons.button(QDialogButtonBox.Cancel).setText(tr("Annuleren"))
        buttons.accepted.connect(self.check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def check(self) -> None:
        code = self.code.text()
        if len(code.strip()) < MIN_CODE:
            self.problems.show_problems([tr("Kies een code van minstens {0} tekens.").format(
                MIN_CODE)])
        elif code != self.again.text():
            self.problems.show_problems([tr("De twee codes zijn niet gelijk.")])
        else:
            self.accept()


class ExitDialog(QDialog):
    """Asks the owner's code; only the right code closes the collecting screen."""

    def __init__(self, code: str, unsaved: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self._code = code
        self.setWindowTitle(tr("Scherm sluiten"))
        self.setMinimumWidth(440)
        self.field = _code_field()
        self.field.setAccessibleName(tr("Code van de eigenaar"))
        layout = QVBoxLayout(self)
        text = tr("Alleen de eigenaar sluit dit scherm. Typ de code die u bij het begin koos.")
        if unsaved:
            text += " " + tr("Wat nu half is ingevuld, wordt niet opgeslagen.")
        layout.addWidget(plain(text))
        layout.addWidget(self.field)
        self.problems = InlineProblems()
        layout.addWidget(self.problems)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(tr("Scherm &sluiten"))
        buttons.button(QDialogButtonBox.Cancel).setText(tr("&Terug naar de vragenlijst"))
        buttons.accepted.connect(self.check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def check(self) -> None:
        if hmac.compare_digest(self.field.text().encode(), self._code.encode()):
            self.accept()
        else:
            self.field.clear()
            self.problems.show_problems([tr("Deze code klopt niet.")])


class KioskDialog(QDialog):
    """The collecting screen. `stored` counts the questionnaires stored while it was open."""

    def __init__(self, doc: OpenDocument, measurement: m.Measurement, code: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.doc, self.measurement, self._code = doc, measurement, code
        self.stored = 0
        self._unlocked = False
        sources = measurement_scales(measurement, doc.org.sources)
        strands = beyond_werkdruk(sources)
        self.setWindowTitle(tr("Vragenlijst werkdruk en sociale veiligheid") if strands
                            else tr("Werkdrukvragenlijst"))
        self.setStyleSheet(KIOSK_STYLE)
        self.team_page = TeamPage(team_choices(doc.cycle), threshold(doc.org.survey_settings),
                                  doc.org.survey_settings.answers_handled_by, strands=strands)
        self.source_pages = self._source_pages(sources)
        self.thanks_page = ThanksPage()
        self.stack = QStackedWidget()
        for page in (self.team_page, *self.source_pages, self.thanks_page):
            self.stack.addWidget(scrolling(page))
        self.hint = plain(style=PROBLEM_STYLE)
        self.hint.setAccessibleName(tr("Melding"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.hint)
        layout.addLayout(self._buttons())
        self.idle = QTimer(self, singleShot=True, interval=IDLE_MS, timeout=self.wipe)
        self._show(0)

    def _source_pages(self, sources: list[m.Source]) -> list[SourcePage]:
        pages, number = [], 1
        for position, source in enumerate(sources, 1):
            part = tr("Deel {0} van {1}").format(position, len(sources))
            pages.append(SourcePage(source, number, part))
            number += len(source.items)
        return pages

    def _buttons(self) -> QHBoxLayout:
        self.back_button = QPushButton(tr("&Vorige"))
        self.back_button.clicked.connect(self.back)
        self.next_button = QPushButton()
        self.next_button.clicked.connect(self.advance)
        self.exit_button = QPushButton(tr("Scherm sluiten (eigenaar)…"))
        self.exit_button.setStyleSheet("font-size: 10pt;")
        self.exit_button.clicked.connect(self.ask_exit)
        row = QHBoxLayout()
        row.addWidget(self.exit_button)
        row.addStretch()
        row.addWidget(self.back_button)
        row.addWidget(self.next_button)
        return row

    # -- moving through one questionnaire ----------------------------------------------------

    def _show(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        page = self.stack.currentWidget().widget()
        last = len(self.source_pages)
        self.back_button.setVisible(1 <= index <= last)  # never back past a stored response
        texts = {0: tr("&Beginnen"), last: tr("&Klaar"), last + 1: tr("Volgende &collega")}
        self.next_button.setText(texts.get(index, tr("V&olgende")) if last else tr("&Klaar"))
        self.hint.clear()
        if hasattr(page, "enter"):
            page.enter()
        else:
            self.next_button.setFocus()

    def advance(self) -> None:
        index = self.stack.currentIndex()
        if index == 0 and not self.team_page.chosen()[0]:
            self.hint.setText(tr("Kies eerst uw team, of 'Zeg ik liever niet'."))
        elif index == len(self.source_pages) + 1:
            self._show(0)
        elif index == len(self.source_pages):
            self.finish()
        else:
            self._show(index + 1)

    def back(self) -> None:
        index = self.stack.currentIndex()
        if 1 <= index <= len(self.source_pages):
            self._show(index - 1)

    def answers(self) -> dict[str, int]:
        return {key: value for page in self.source_pages for key, value in page.answers().items()}

    def finish(self) -> None:
        answers = self.answers()
        if not answers:
            self.hint.setText(tr("U hebt nog geen enkele vraag beantwoord."))
            return
        response = m.Response(self.team_page.chosen()[1], answers)
        problem = store_responses(self.doc, self.measurement, [response])
        if problem:
            self.hint.setText(problem + " " + tr("Roep de eigenaar erbij."))
            return
        self.stored += 1
        self.wipe(to=len(self.source_pages) + 1)

    def wipe(self, to: int = 0) -> None:
        """Forget the current respondent's choices; by default back to the first page."""
        self.team_page.clear()
        for page in self.source_pages:
            page.clear()
        self._show(to)

    def busy(self) -> bool:
        return bool(self.answers()) or self.team_page.chosen()[0]

    # -- keyboard, idle time and leaving -------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.key() in (Qt.Key_Return, Qt.Key_Enter):
            self.advance()
        elif event.key() == Qt.Key_Escape:
            self.ask_exit()
        else:
            super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in INPUT_EVENTS and self.busy():
            self.idle.start()
        return False

    def showEvent(self, event) -> None:  # noqa: N802
        QApplication.instance().installEventFilter(self)
        super().showEvent(event)

    def hideEvent(self, event) -> None:  # noqa: N802
        QApplication.instance().removeEventFilter(self)
        self.idle.stop()
        super().hideEvent(event)

    def ask_exit(self) -> bool:
        dialog = ExitDialog(self._code, self.busy(), self)
        if dialog.exec() != QDialog.Accepted:
            return False
        self._unlocked = True
        self.wipe()
        self.accept()
        return True

    def reject(self) -> None:
        """Escape and other ways to dismiss a dialog: only with the owner's code."""
        if self._unlocked:
            super().reject()
        else:
            self.ask_exit()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self._unlocked:
            event.accept()
            return
        event.ignore()
        QTimer.singleShot(0, self, self.ask_exit)  # not inside the window manager's close request
