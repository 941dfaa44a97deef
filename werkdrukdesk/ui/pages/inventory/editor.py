"""Beside the inventory grid: the form for one cell, and the cycle's conclusion."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QCompleter, QLabel, QLineEdit, QVBoxLayout, QWidget

from werkdrukdesk.core import model as m
from werkdrukdesk.core.balance import hybrid_teams, problems_rating
from werkdrukdesk.core.labels import rating_label
from werkdrukdesk.core.model.edits import SetFields
from werkdrukdesk.core.rules import problems_cycle
from werkdrukdesk.ui.forms.binding import Binder
from werkdrukdesk.ui.forms.widgets import CodeChoice, InlineProblems, LongText, form, plain, spoken

RATINGS = list(m.Rating)


def add_row(layout, caption: str, widget: QWidget) -> None:
    layout.addRow(caption, widget)
    widget.setAccessibleName(spoken(caption))


def capped(lines: int) -> LongText:
    """A multi-line field that grows to about `lines` lines, not to Qt's large default."""
    edit = LongText(lines=min(lines, 3))
    edit.setMaximumHeight(edit.fontMetrics().lineSpacing() * lines + 16)
    return edit


def stacked(layout: QVBoxLayout, caption: str, widget: QWidget) -> None:
    """A caption above its field: long Dutch captions then leave the field its full width."""
    shown = QLabel(caption)
    shown.setWordWrap(True)
    shown.setBuddy(widget)
    layout.addWidget(shown)
    layout.addWidget(widget)
    widget.setAccessibleName(spoken(caption))


class CellEditor(QWidget):
    """The rating of one source in one team (or organisation-wide), with its evidence."""

    def __init__(self, apply: Callable[[SetFields], bool], parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.heading = plain(style="font-weight: 600;")
        self.explanation = plain(style="color: #4a4a4a;")
        self.empty = plain(self.tr(
            "Kies een vakje in het overzicht (met de muis of de pijltjestoetsen) en druk op "
            "Enter om het hier te beoordelen."))
        self.problems = InlineProblems()
        self.binder = Binder(apply, self.problems, problems_rating)
        fields = QWidget()
        rows = form(fields)
        rows.setContentsMargins(0, 0, 0, 0)
        self.rating = CodeChoice(
            RATINGS, names=lambda r: rating_label(m.SourceKind.DEMAND, r))
        add_row(rows, self.tr("Oo&rdeel"), self.rating)
        self.binder.choice(self.rating, "rating")
        self.evidence = CodeChoice(list(m.Evidence))
        add_row(rows, self.tr("&Gebaseerd op"), self.evidence)
        self.binder.choice(self.evidence, "evidence")
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(self.tr("bijv. meting voorjaar, teamoverleg 12-03"))
        add_row(rows, self.tr("&Welke precies"), self.reference)
        self.binder.text(self.reference, "evidence_reference")
        self.note = capped(8)
        add_row(rows, self.tr("&Toelichting"), self.note)
        self.binder.text(self.note, "note")
        # For a source of unwanted behaviour or aggression: what the incident register holds.
        self.register_note = plain(style="color: #1d3557;")
        self.register_note.setAccessibleName(self.tr("Meldingen in het register"))
        self.register_note.hide()
        for widget in (self.heading, self.explanation, self.register_note, self.empty, fields,
                       self.problems):
            layout.addWidget(widget)
        layout.addStretch()
        self.fields = fields

    def show_cell(self, rating: m.SourceRating | None, source: m.Source | None, where: str,
                  editable: bool, references: list[str] | None = None,
                  register_note: str = "") -> None:
        """Show one cell's rating; `rating` may be new (not yet stored) until the first edit.
        `references` are offered while typing "Welke precies" (the conversations recorded);
        `register_note` says what the incident register holds (only for the other strands,
        which alone may be based on it)."""
        self.register_note.setText(register_note)
        self.register_note.setVisible(bool(register_note))
        register_row = list(m.Evidence).index(m.Evidence.INCIDENT_REGISTER)
        self.evidence.view().setRowHidden(register_row, not register_note and not (
            rating is not None and rating.evidence == m.Evidence.INCIDENT_REGISTER))
        completer = QCompleter(references or [], self.reference)
        completer.setCaseSensitivity(Qt.CaseInsensitive)
        completer.setFilterMode(Qt.MatchContains)
        self.reference.setCompleter(completer)
        self.empty.setVisible(rating is None)
        self.fields.setVisible(rating is not None)
        self.heading.setText(f"{source.name} – {where}" if source else "")
        self.explanation.setText(source.explanation if source else "")
        if source is not None:
            for i, code in enumerate(RATINGS):  # the words depend on the kind of source
                self.rating.setItemText(i, rating_label(source.kind, code))
        self.binder.show(rating, editable)

    def focus_first(self) -> None:
        self.rating.setFocus(Qt.ShortcutFocusReason)

    def flush(self) -> None:
        self.binder.flush()


class ConclusionBox(QWidget):
    """The outcome 'no risk found, because…' and how hybrid work was taken into account."""

    def __init__(self, apply: Callable[[SetFields], bool], parent: QWidget | None = None):
        super().__init__(parent)
        self.cycle: m.Cycle | None = None
        self.problems = InlineProblems()
        self.binder = Binder(apply, self.problems, self._check)
        layout = QVBoxLayout(self)
        self.no_risk = QCheckBox(self.tr("&Geen risico op werkstress gevonden"))
        self.no_risk.setAccessibleName(self.tr("Geen risico op werkstress gevonden"))
        self.binder.flag(self.no_risk, "no_risk")
        layout.addWidget(self.no_risk)
        layout.addWidget(plain(self.tr(
            "Dit is een geldige uitkomst, mits u opschrijft waarom. Anders vult u het overzicht "
            "in.")))
        self.reason = capped(5)
        stacked(layout, self.tr("Om&dat…"), self.reason)
        self.binder.text(self.reason, "no_risk_reason")
        layout.addSpacing(8)
        self.hybrid_teams = plain()
        layout.addWidget(self.hybrid_teams)
        self.hybrid = capped(8)
        stacked(layout, self.tr("Zo is &hybride werken bij de beoordeling meegenomen"), self.hybrid)
        self.binder.text(self.hybrid, "hybrid_consideration")
        layout.addWidget(self.problems)
        layout.addStretch()

    def show_cycle(self, cycle: m.Cycle | None, editable: bool) -> None:
        self.cycle = cycle
        self.hybrid_teams.setText(self._hybrid_text(cycle))
        self.binder.show(cycle, editable)

    def _hybrid_text(self, cycle: m.Cycle | None) -> str:
        if cycle is None:
            return ""
        teams = hybrid_teams(cycle)
        if not teams:
            return self.tr("Geen enkel team werkt volgens de teamgegevens (deels) hybride.")
        names = ", ".join(t.name for t in teams)
        return self.tr("Deze teams werken (deels) hybride of tijd- en plaatsonafhankelijk: {0}."
                       ).format(names)

    def _check(self, cycle: m.Cycle) -> list[str]:
        problems = problems_cycle(cycle)
        if cycle.no_risk and any(r.rating == m.Rating.PROBLEM for r in cycle.ratings):
            problems.append(self.tr(
                "U meldt geen risico, maar in het overzicht staan bronnen die te hoog of te laag "
                "zijn. Kijk of dat klopt."))
        if hybrid_teams(cycle) and not cycle.hybrid_consideration.strip():
            problems.append(self.tr(
                "Er werken teams hybride; beschrijf hoe u dat bij de beoordeling hebt meegenomen."))
        return problems

    def flush(self) -> None:
        self.binder.flush()
