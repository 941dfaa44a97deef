"""Marking the sources not yet rated for one team as 'in orde' in one go, with the evidence.

An owner who has discussed the whole list with a team should not need 25 separate edits for the
sources that turned out fine; the evidence still has to be named.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from werkdrukdesk.core import model as m
from werkdrukdesk.core.model.edits import AddRecord, Edit, SetFields
from werkdrukdesk.ui.document import OpenDocument
from werkdrukdesk.ui.forms.widgets import CodeChoice, InlineProblems, form

EVIDENCE = [m.Evidence.GROUP_DISCUSSION, m.Evidence.QUESTIONNAIRE, m.Evidence.DOCUMENT]


def unrated_sources(doc: OpenDocument, team_id: int | None) -> list[m.Source]:
    rated = {
        r.source_id
        for r in doc.cycle.ratings
        if r.team_id == team_id and r.rating != m.Rating.UNRATED
    }
    return [s for s in doc.active_sources() if s.id not in rated]


def mark_rest_fine(
    doc: OpenDocument, team_id: int | None, evidence: m.Evidence, reference: str
) -> int:
    """Rate every unrated active source of the team 'fine', as one edit; returns how many
    were stored (none when the file refused)."""
    edits: list[Edit] = []
    existing = {(r.source_id, r.team_id): r for r in doc.cycle.ratings}
    for source in unrated_sources(doc, team_id):
        rating = existing.get((source.id, team_id))
        values = {"rating": m.Rating.FINE, "evidence": evidence,
                  "evidence_reference": (rating.evidence_reference if rating else "") or reference}
        if rating is None:
            edits.append(AddRecord(m.SourceRating(source.id, team_id, **values),
                                   doc.cycle.ratings))
        else:
            edits.append(SetFields(rating, values))
    label = QCoreApplication.translate("FillRestDialog", "rest van {0} op 'in orde'").format(
        doc.team_name(team_id))
    return len(edits) if edits and doc.apply(*edits, label=label) else 0


class FillRestDialog(QDialog):
    def __init__(self, team_name: str, count: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Rest op 'in orde' zetten"))
        text = QLabel(
            self.tr(
                "{0} bronnen van '{1}' zijn nog niet beoordeeld. Zet ze in één keer op 'in orde' "
                "als u ze met het team hebt doorgenomen of als de vragenlijst dat laat zien. Waar "
                "baseert u dat op?"
            ).format(count, team_name)
        )
        text.setWordWrap(True)
        self.evidence = CodeChoice(EVIDENCE)
        self.evidence.setAccessibleName(self.tr("Gebaseerd op"))
        self.reference = QLineEdit()
        self.reference.setAccessibleName(self.tr("Welke precies"))
        self.reference.setPlaceholderText(self.tr("bijv. teamoverleg 12-03-2026"))
        self.problems = InlineProblems()
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        fields = form()
        fields.addRow(self.tr("&Gebaseerd op"), self.evidence)
        fields.addRow(self.tr("&Welke precies"), self.reference)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(fields)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)

    def accept(self) -> None:
        if not self.reference.text().strip():
            self.problems.show_problems(
                [self.tr("Schrijf op welk gesprek, welke meting of welk document het is.")]
            )
            return
        super().accept()
