"""A few plain sentences on how far voorlichting got this cycle: topics and people reached."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from werkdrukdesk.core import model as m
from werkdrukdesk.core.labels import joined, label
from werkdrukdesk.core.readiness.coverage import gap_lines, newcomers_note, reach, topic_coverage


class CoverageSummary(QGroupBox):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Stand van de voorlichting in deze cyclus"), parent)
        self.text = QLabel()
        self.text.setTextFormat(Qt.PlainText)  # team names are user text
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextSelectableByMouse | Qt.TextSelectableByKeyboard)
        self.text.setAccessibleName(self.tr("Stand van de voorlichting"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)

    def show_cycle(
        self, cycle: m.Cycle | None, headcount_fallback: int = 0, today: date | None = None
    ) -> None:
        if cycle is None:
            self.text.clear()
            return
        lines = self.topic_lines(cycle) + self.reach_lines(cycle, headcount_fallback, today)
        self.text.setText("\n".join(f"• {line}" for line in lines))
        self.text.setAccessibleDescription(self.text.text())

    def topic_lines(self, cycle: m.Cycle) -> list[str]:
        if not cycle.sessions:
            return [self.tr("Er is in deze cyclus nog geen voorlichting vastgelegd.")]
        result = topic_coverage(cycle)
        if result.staff_missing:
            staff = self.tr("Medewerkers: nog niet aan bod geweest: {0}.").format(
                joined(label(t) for t in result.staff_missing)
            )
        else:
            staff = self.tr("Medewerkers: alle onderwerpen zijn aan bod geweest.")
        if result.managers_missing:
            managers = self.tr(
                "Leidinggevenden: nog geen voorlichting over signalen van werkstress bij "
                "medewerkers herkennen."
            )
        else:
            managers = self.tr(
                "Leidinggevenden: signalen van werkstress bij medewerkers herkennen is aan bod "
                "geweest."
            )
        return [staff, managers]

    def reach_lines(
        self, cycle: m.Cycle, headcount_fallback: int, today: date | None = None
    ) -> list[str]:
        if not cycle.sessions:
            return []
        result = reach(cycle, headcount_fallback, today)
        if result.headcount:
            lines = [self.tr("Bereikt: minstens {0} van de {1} medewerkers ({2}%).").format(
                result.reached, result.headcount, result.percent
            )]
        else:
            lines = [self.tr("Bereikt: minstens {0} mensen.").format(result.reached)]
        if result.unreached_teams:
            lines.append(self.tr("Nog niemand bereikt in: {0}.").format(
                joined(t.name for t in result.unreached_teams)
            ))
        few = [t for t in result.teams if 0 < t.reached and t.percent < 50]
        if few:
            lines.append(self.tr("Minder dan de helft bereikt in: {0}.").format(joined(
                self.tr("{0} ({1} van {2})").format(t.name, t.reached, t.headcount) for t in few
            )))
        lines += [self.tr("Per team: {0}.").format(joined(
            self.tr("{0} {1} van {2}").format(t.name, t.reached, t.headcount)
            for t in result.teams if t.headcount > 0))] if result.teams else []
        if today is not None:
            lines += gap_lines(cycle, today, headcount_fallback)
        return lines + [newcomers_note()]
