"""Keying in paper questionnaires: the team, then one digit per statement, fast.

The statements are numbered as on the printed form: the sources of the measurement in catalogue
order, their statements in order. Typing 1 to 5 fills a box and moves on; a space or Enter
leaves it empty (not answered) and moves on; other keys are refused with a hint. Ctrl+Enter
stores the form and clears the boxes for the next one; the team stays, since forms are usually
entered in a pile per team.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from werkdrukdesk.core import model as m
from werkdrukdesk.core.survey.scoring import measurement_scales
from werkdrukdesk.ui.document import OpenDocument
from werkdrukdesk.ui.forms import wheel_guard
from werkdrukdesk.ui.forms.widgets import plain
from werkdrukdesk.ui.survey.common import PROBLEM_STYLE, store_responses, team_choices, tr

VALID = "12345"
NO_CHOICE, NO_TEAM = "choose", "none"
NAVIGATION = {Qt.Key_Tab, Qt.Key_Backtab, Qt.Key_Home, Qt.Key_End, Qt.Key_PageUp,
              Qt.Key_PageDown}


class DigitEntry(QLineEdit):
    """One answer box: 1-5 or empty. Emits `moved(+1/-1)` to pass the keyboard on."""

    moved = Signal(int)
    refused = Signal(str)
    save_requested = Signal()

    def __init__(self, number: int, item: m.Item, parent: QWidget | None = None):
        super().__init__(parent)
        self.item = item
        self.setMaxLength(1)
        self.setAlignment(Qt.AlignCenter)
        self.setFixedWidth(self.fontMetrics().horizontalAdvance("0") * 3 + 16)
        self.setAccessibleName(tr("Antwoord op vraag {0}").format(number))
        self.setToolTip(item.text)

    def value(self) -> int | None:
        return int(self.text()) if self.text() in tuple(VALID) else None

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        key, text = event.key(), event.text()
        ctrl = bool(event.modifiers() & Qt.ControlModifier)
        if key in (Qt.Key_Return, Qt.Key_Enter) and ctrl:
            self.save_requested.emit()
        elif text and text in VALID and not ctrl:
            self.setText(text)
            self.moved.emit(1)
        elif key in (Qt.Key_Space, Qt.Key_Return, Qt.Key_Enter, Qt.Key_Down, Qt.Key_Right):
            self.moved.emit(1)
        elif key in (Qt.Key_Up, Qt.Key_Left):
            self.moved.emit(-1)
        elif key in (Qt.Key_Backspace, Qt.Key_Delete):
            if not self.text() and key == Qt.Key_Backspace:
                self.moved.emit(-1)
            self.clear()
        elif key in NAVIGATION or ctrl or not text:
            super().keyPressEvent(event)
        else:
            self.refused.emit(text)


class PaperEntryDialog(QDialog):
    """`entered` counts the forms stored while it was open."""

    def __init__(self, doc: OpenDocument, measurement: m.Measurement,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.doc, self.measurement = doc, measurement
        self.entered = 0
        self.setWindowTitle(tr("Papieren formulieren invoeren – {0}").format(measurement.name))
        self.team = QComboBox()
        self.team.setAccessibleName(tr("Team op dit formulier"))
        self.team.addItem(tr("— kies het team van dit formulier —"), NO_CHOICE)
        for name, team_id in team_choices(doc.cycle):
            self.team.addItem(name, team_id)
        self.team.addItem(tr("Geen team ingevuld"), NO_TEAM)
        self.entries: list[DigitEntry] = []
        layout = QVBoxLayout(self)
        layout.addWidget(plain(tr(
            "Typ per vraag het cijfer dat is aangekruist: 1 nooit, 2 zelden, 3 soms, 4 vaak, "
            "5 altijd. Het volgende vak is dan meteen aan de beurt. Spatie of Enter: niet "
            "beantwoord. Ctrl+Enter slaat het formulier op.")))
        team_row = QHBoxLayout()
        caption = QLabel(tr("&Team:"))
        caption.setBuddy(self.team)
        team_row.addWidget(caption)
        team_row.addWidget(self.team, 1)
        layout.addLayout(team_row)
        layout.addWidget(self._entry_area(), 1)
        layout.addLayout(self._bottom())
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.save)
        self.resize(900, 680)
        wheel_guard.guard(self)  # the wheel scrolls; it changes only the field in use

    def _entry_area(self) -> QScrollArea:
        grid_widget = QWidget()
        grid = QGridLayout(grid_widget)
        grid.setColumnStretch(2, 1)
        row, number = 0, 1
        for source in measurement_scales(self.measurement, self.doc.org.sources):
            title = plain(source.name, "font-weight: 600; margin-top: 6px;")
            grid.addWidget(title, row, 0, 1, 3)
            row += 1
            for item in sorted(source.items, key=lambda x: x.position):
                entry = self._entry(number, item)
                grid.addWidget(QLabel(f"{number}."), row, 0, Qt.AlignRight)
                grid.addWidget(entry, row, 1)
                grid.addWidget(plain(item.text), row, 2)
                row, number = row + 1, number + 1
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setWidget(grid_widget)
        self.scroller.setAccessibleName(tr("Antwoorden van dit formulier"))
        return self.scroller

    def _entry(self, number: int, item: m.Item) -> DigitEntry:
        entry = DigitEntry(number, item)
        entry.moved.connect(lambda step, e=entry: self._move(e, step))
        entry.refused.connect(self._refused)
        entry.save_requested.connect(self.save)
        entry.textChanged.connect(lambda _text: self.hint.clear())
        self.entries.append(entry)
        return entry

    def _bottom(self) -> QVBoxLayout:
        self.hint = plain(style=PROBLEM_STYLE)
        self.hint.setAccessibleName(tr("Melding"))
        self.count = plain()
        self.count.setAccessibleName(tr("Aantal ingevoerde formulieren"))
        self._show_count()
        self.save_button = QPushButton(tr("&Opslaan en volgende formulier (Ctrl+Enter)"))
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        close = QPushButton(tr("&Sluiten"))
        close.setAutoDefault(False)
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout = QVBoxLayout()
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        return layout

    # -- typing --------------------------------------------------------------------------------

    def _move(self, entry: DigitEntry, step: int) -> None:
        position = self.entries.index(entry) + step
        if 0 <= position < len(self.entries):
            target = self.entries[position]
            target.setFocus(Qt.TabFocusReason)
            target.selectAll()
            self.scroller.ensureWidgetVisible(target)
        elif position >= len(self.entries):
            self.save_button.setFocus(Qt.TabFocusReason)

    def _refused(self, text: str) -> None:
        self.hint.setText(tr("'{0}' is geen antwoord: typ 1 tot en met 5, of spatie voor "
                             "niet beantwoord.").format(text))

    def answers(self) -> dict[str, int]:
        return {e.item.key: e.value() for e in self.entries if e.value() is not None}

    def save(self) -> None:
        choice = self.team.currentData()
        answers = self.answers()
        if choice == NO_CHOICE:
            self.hint.setText(tr("Kies eerst het team dat op het formulier staat (of 'Geen "
                                 "team ingevuld')."))
            self.team.setFocus()
            return
        if not answers:
            self.hint.setText(tr("Op dit formulier is nog geen enkel antwoord ingevuld."))
            return
        team_id = None if choice == NO_TEAM else choice
        problem = store_responses(self.doc, self.measurement, [m.Response(team_id, answers)])
        if problem:
            self.hint.setText(problem)
            return
        self.entered += 1
        for entry in self.entries:
            entry.clear()
        self._show_count()
        self.hint.clear()
        if self.entries:
            self._move(self.entries[0], 0)

    def _show_count(self) -> None:
        self.count.setText(tr("Formulieren opgeslagen in deze ronde: {0}").format(self.entered))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if self.isVisible() and self.answers() and QMessageBox.question(
            self, tr("Formulier niet opgeslagen"),
            tr("Het formulier dat u nu invoert, is nog niet opgeslagen. Toch sluiten?"),
            QMessageBox.Yes | QMessageBox.No, QMessageBox.No,
        ) != QMessageBox.Yes:
            event.ignore()
            return
        event.accept()

    def reject(self) -> None:
        self.close()  # Escape goes through the same question
