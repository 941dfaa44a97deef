"""One team on the balance page: what weighs on it, the suggested verdict, and the owner's own."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSpinBox, QVBoxLayout, QWidget

from werkdrukdesk.core import model as m
from werkdrukdesk.core.balance import (
    RatedSource,
    TeamPicture,
    problems_balance,
    suggested_verdict,
    suggestion_reason,
)
from werkdrukdesk.core.labels import label
from werkdrukdesk.core.model.edits import SetFields
from werkdrukdesk.ui.forms.binding import Binder
from werkdrukdesk.ui.forms.widgets import CodeChoice, InlineProblems, form, plain, separator
from werkdrukdesk.ui.pages.balance.bar import BalanceBar
from werkdrukdesk.ui.pages.balance.team_list import picture_words
from werkdrukdesk.ui.pages.inventory.editor import add_row, capped

HINT_STYLE = ("background: #f4f1fa; border: 1px solid #d8cfe8; border-radius: 4px; padding: 6px;"
              " color: #2b2141;")


class TeamDetail(QWidget):
    def __init__(self, apply: Callable[[SetFields], bool], parent: QWidget | None = None):
        super().__init__(parent)
        self.cycle: m.Cycle | None = None
        self.picture = TeamPicture(None)
        self.editable = False
        layout = QVBoxLayout(self)
        self.heading = plain(style="font-size: 13pt; font-weight: 600;")
        self.facts = plain(style="color: #4a4a4a;")
        self.bar = BalanceBar()
        self.sources = plain()
        self.sources.setTextInteractionFlags(Qt.TextSelectableByKeyboard
                                             | Qt.TextSelectableByMouse)
        self.sources.setAccessibleName(self.tr("Bronnen die op dit team drukken"))
        for widget in (self.heading, self.facts, self.bar, self.sources):
            layout.addWidget(widget)
        layout.addWidget(self._suggestion_part())
        layout.addWidget(separator())
        self.problems = InlineProblems()
        self.binder = Binder(apply, self.problems, self._check)
        layout.addWidget(self._form_part())
        layout.addWidget(self.problems)
        layout.addStretch()

    def _suggestion_part(self) -> QWidget:
        part = QWidget()
        row = QHBoxLayout(part)
        row.setContentsMargins(0, 0, 0, 0)
        self.hint = plain(style=HINT_STYLE)
        self.hint.setAccessibleName(self.tr("Voorstel"))
        self.take_over = QPushButton(self.tr("&Voorstel overnemen"))
        self.take_over.clicked.connect(self.take_suggestion)
        row.addWidget(self.hint, 1)
        row.addWidget(self.take_over, 0, Qt.AlignTop)
        return part

    def _form_part(self) -> QWidget:
        part = QWidget()
        rows = form(part)
        rows.setContentsMargins(0, 0, 0, 0)
        self.verdict = CodeChoice(list(m.Verdict))
        add_row(rows, self.tr("Uw &oordeel"), self.verdict)
        self.binder.choice(self.verdict, "verdict")
        self.priority = QSpinBox()
        self.priority.setSpecialValueText(self.tr("geen"))
        self.priority.setToolTip(self.tr("1 = dit team krijgt als eerste aandacht."))
        add_row(rows, self.tr("&Prioriteit"), self.priority)
        self.binder.number(self.priority, "priority")  # 0 ('geen') is stored as no priority
        self.rest = capped(5)
        add_row(rows, self.tr("&Rust en herstel"), self.rest)
        self.binder.text(self.rest, "rest_and_recovery")
        self.private = capped(5)
        add_row(rows, self.tr("&Werk en privé"), self.private)
        self.binder.text(self.private, "work_private_balance")
        self.note = capped(5)
        add_row(rows, self.tr("Toe&lichting"), self.note)
        self.binder.text(self.note, "note")
        return part

    def show_team(self, team: m.Team | None, balance: m.TeamBalance | None, cycle: m.Cycle | None,
                  picture: TeamPicture, scale: int, editable: bool, strands: bool = False) -> None:
        """Show one team; `balance` may be new (not yet stored) until the first edit.
        `strands`: the file names unwanted behaviour and aggression apart from werkdruk."""
        self.cycle, self.picture, self.editable = cycle, picture, editable
        self.heading.setText(team.name if team else self.tr("Geen team gekozen"))
        self.facts.setText(self._facts(team))
        self.bar.setVisible(team is not None)
        self.bar.show_picture(picture if team else None, scale, picture_words(picture, strands))
        self.sources.setText(self._source_lines(picture) if team else "")
        self.priority.setRange(0, max(len(cycle.teams) if cycle else 0, 1))
        self.binder.show(balance, editable)
        self.update_hint()

    def update_hint(self) -> None:
        record = self.binder.record
        suggestion = suggested_verdict(self.picture)
        self.hint.setVisible(record is not None)
        self.hint.setText(self.tr("Voorstel op grond van de inventarisatie: {0}. {1} U beslist "
                                  "zelf; neem het voorstel over of kies een ander oordeel.")
                          .format(label(suggestion), suggestion_reason(self.picture)))
        self.take_over.setVisible(record is not None)
        self.take_over.setEnabled(bool(self.editable and record is not None
                                       and suggestion != m.Verdict.UNDECIDED
                                       and record.verdict != suggestion))

    def take_suggestion(self) -> None:
        """Choose the suggested verdict as if the owner picked it in the list."""
        suggestion = suggested_verdict(self.picture)
        self.verdict.set_code(suggestion)
        self.verdict.activated.emit(self.verdict.currentIndex())
        self.verdict.setFocus(Qt.OtherFocusReason)

    def _facts(self, team: m.Team | None) -> str:
        if team is None:
            return ""
        text = (self.tr("{0} medewerkers").format(team.headcount) if team.headcount
                else self.tr("Aantal medewerkers niet ingevuld"))
        if team.hybrid:
            text += self.tr(", werkt (deels) hybride")
        return text + "."

    def _source_lines(self, picture: TeamPicture) -> str:
        # Unwanted behaviour and aggression in groups of their own: they are not werkdruk.
        groups = [
            (self.tr("Ongewenst gedrag of agressie te vaak"), picture.strands_too_often),
            (self.tr("Werkdrukbronnen te hoog"), picture.werkdruk_too_high),
            (self.tr("Energiebronnen te laag"), picture.resources_too_low),
            (self.tr("Ongewenst gedrag of agressie dat aandacht nodig heeft"),
             picture.strands_attention),
            (self.tr("Werkdrukbronnen die aandacht nodig hebben"), picture.werkdruk_attention),
            (self.tr("Energiebronnen die aandacht nodig hebben"), picture.resources_attention),
        ]
        lines = [f"• {title} ({len(found)}): {self._names(found)}" for title, found in groups
                 if found]
        if picture.rated < picture.total:
            lines.append("• " + self.tr("Nog niet beoordeeld: {0} van de {1} bronnen.").format(
                picture.total - picture.rated, picture.total))
        return "\n".join(lines) or self.tr("Bij de inventarisatie is voor dit team geen enkele "
                                           "bron te hoog, te laag of een aandachtspunt.")

    def _names(self, found: tuple[RatedSource, ...]) -> str:
        wide = self.tr(" (hele organisatie)")
        return ", ".join(r.source.name + (wide if r.organisation_wide else "") for r in found)

    def _check(self, balance: m.TeamBalance) -> list[str]:
        return problems_balance(balance, self.cycle, self.picture) if self.cycle else []

    def flush(self) -> None:
        self.binder.flush()
