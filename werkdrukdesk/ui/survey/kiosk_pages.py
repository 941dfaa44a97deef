"""The pages a respondent sees on the collecting screen: their team, one page per source with
five big answer buttons per statement, and a thank-you page.

Respondents only see the source's name and its statements, as on the paper form: never whether
it is a werkdrukbron or an energiebron, nor any numbers behind the answers.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from werkdrukdesk.core import model as m
from werkdrukdesk.core.catalogue import answer_labels
from werkdrukdesk.ui.forms.widgets import literal, plain
from werkdrukdesk.ui.survey.common import tr

NO_TEAM = 0  # the id of "zeg ik liever niet"; -1 would let Qt pick one, team ids start at 1
TEAMS_PER_COLUMN = 7
DIGITS = {Qt.Key_1: 1, Qt.Key_2: 2, Qt.Key_3: 3, Qt.Key_4: 4, Qt.Key_5: 5}


def heading(text: str, size: int = 20) -> QLabel:
    shown = plain(text)
    shown.setStyleSheet(f"font-size: {size}pt; font-weight: 600;")
    return shown


def clear_group(group: QButtonGroup) -> None:
    """Uncheck every button; an exclusive group does not allow that directly."""
    group.setExclusive(False)
    for button in group.buttons():
        button.setChecked(False)
    group.setExclusive(True)


class AnswerRow(QFrame):
    """One statement with five answer buttons; the keys 1 to 5 choose an answer too."""

    answered = Signal()

    def __init__(self, number: int, item: m.Item, parent: QWidget | None = None):
        super().__init__(parent)
        self.item = item
        self.setFrameShape(QFrame.StyledPanel)
        self.setAccessibleName(item.text)
        self.group = QButtonGroup(self)
        buttons = QHBoxLayout()
        for value, word in sorted(answer_labels().items()):
            button = QRadioButton(word)
            button.setAccessibleName(f"{word} ({value}): {item.text}")
            button.setObjectName("answer")
            self.group.addButton(button, value)
            buttons.addWidget(button, 1)
        self.group.idClicked.connect(lambda _value: self.answered.emit())
        layout = QVBoxLayout(self)
        layout.addWidget(plain(f"{number}. {item.text}"))
        layout.addLayout(buttons)

    def value(self) -> int | None:
        value = self.group.checkedId()
        return value if value > 0 else None

    def choose(self, value: int) -> None:
        self.group.button(value).setChecked(True)
        self.answered.emit()

    def clear(self) -> None:
        clear_group(self.group)

    def focus_answer(self) -> None:
        (self.group.checkedButton() or self.group.buttons()[0]).setFocus(Qt.OtherFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.key() in DIGITS and not event.modifiers() & ~Qt.KeypadModifier:
            self.choose(DIGITS[event.key()])
            return
        super().keyPressEvent(event)


class SourcePage(QWidget):
    """The statements of one source; answering one moves the keyboard to the next."""

    def __init__(self, source: m.Source, first_number: int, part: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.source = source
        layout = QVBoxLayout(self)
        layout.addWidget(plain(part, "font-size: 12pt; color: #555;"))
        layout.addWidget(heading(source.name))
        items = sorted(source.items, key=lambda x: x.position)
        self.rows = [AnswerRow(first_number + n, item) for n, item in enumerate(items)]
        for row in self.rows:
            row.answered.connect(lambda row=row: self._next_after(row))
            layout.addWidget(row)
        layout.addStretch()

    def _next_after(self, row: AnswerRow) -> None:
        position = self.rows.index(row)
        if position + 1 < len(self.rows):
            self.rows[position + 1].focus_answer()

    def answers(self) -> dict[str, int]:
        return {row.item.key: row.value() for row in self.rows if row.value() is not None}

    def clear(self) -> None:
        for row in self.rows:
            row.clear()

    def enter(self) -> None:
        open_rows = [row for row in self.rows if row.value() is None]
        (open_rows or self.rows)[0].focus_answer()


def who_sees(handled_by: m.AnswerHandling) -> str:
    """Who can see the answers given here, as the owner chose it, and no more. A sealed box is
    for paper: answers typed here go into the employer's file all the same."""
    if handled_by != m.AnswerHandling.INDEPENDENT:
        return tr("Uw antwoorden komen zonder naam in het bestand van uw werkgever. Het "
                  "programma laat uw losse antwoorden niet zien, maar wie het bestand beheert, "
                  "is uw werkgever.")
    return tr("Uw antwoorden komen zonder naam in een bestand dat iemand anders dan uw werkgever "
              "beheert. Uw werkgever ziet uw losse antwoorden niet, alleen de uitkomsten per "
              "groep.")


class TeamPage(QWidget):
    """Welcome, the anonymity promise and the choice of team."""

    def __init__(self, teams: list[tuple[str, int | None]], threshold: int,
                 handled_by: m.AnswerHandling = m.AnswerHandling.OWNER,
                 parent: QWidget | None = None, strands: bool = False):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(
            tr("Welkom bij de vragenlijst over werkdruk en sociale veiligheid") if strands
            else tr("Welkom bij de werkdrukvragenlijst")))
        layout.addWidget(plain(tr(
            "U vult de vragenlijst zonder naam in: uw naam wordt nergens gevraagd of bewaard. "
            "Uitkomsten worden alleen getoond voor groepen van minstens {0} collega's. Wie na u "
            "komt, kan uw antwoorden niet terugzien.").format(threshold)))
        self.who_sees = plain(who_sees(handled_by))
        layout.addWidget(self.who_sees)
        layout.addWidget(plain(tr(
            "Kies met de muis, of met de toetsen 1 tot en met 5; Enter gaat verder.")))
        choose = QLabel(tr("In welk team werkt u?"))
        choose.setStyleSheet("font-weight: 600;")
        layout.addWidget(choose)
        self.group = QButtonGroup(self)
        choices = [*teams, (tr("Zeg ik liever niet"), NO_TEAM)]
        grid = QGridLayout()
        per_column = max(TEAMS_PER_COLUMN, -(-len(choices) // 3))  # at most three columns
        for position, (name, team_id) in enumerate(choices):
            button = QRadioButton(literal(name))  # a team name is no mnemonic
            button.setAccessibleName(name)
            self.group.addButton(button, team_id)
            grid.addWidget(button, position % per_column, position // per_column)
        layout.addLayout(grid)
        layout.addStretch()

    def chosen(self) -> tuple[bool, int | None]:
        """(a choice was made, the team id or None for 'zeg ik liever niet')."""
        team_id = self.group.checkedId()
        if self.group.checkedButton() is None:
            return False, None
        return True, None if team_id == NO_TEAM else team_id

    def clear(self) -> None:
        clear_group(self.group)

    def enter(self) -> None:
        (self.group.checkedButton() or self.group.buttons()[0]).setFocus(Qt.OtherFocusReason)


class ThanksPage(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch()
        for text in (heading(tr("Bedankt voor het invullen!"), 24), plain(tr(
                "Uw antwoorden zijn opgeslagen. Ze zijn niet meer te bekijken of te wijzigen, "
                "ook niet door u. Geef het scherm gerust door aan een collega."))):
            text.setAlignment(Qt.AlignCenter)
            layout.addWidget(text)
        layout.addStretch()
