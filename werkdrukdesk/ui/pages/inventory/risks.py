"""The tab "Risico's op agressie": per team of the current cycle, what in its work makes
aggression from outside more likely (`m.AggressionRisk`). Each tick is stored with the team."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QGridLayout, QGroupBox, QVBoxLayout, QWidget

from werkdrukdesk.core import model as m
from werkdrukdesk.core.labels import label
from werkdrukdesk.core.model.edits import SetFields
from werkdrukdesk.ui.document import OpenDocument
from werkdrukdesk.ui.forms.widgets import Guidance, literal, plain

RISKS = list(m.AggressionRisk)


class AggressionRisks(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc: OpenDocument | None = None
        self.checks: dict[tuple[int, m.AggressionRisk], QCheckBox] = {}
        self.box = QGroupBox(self.tr("Wat speelt er per team?"))
        self.grid = QGridLayout(self.box)
        self.empty = plain()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 4, 0)
        layout.addWidget(Guidance(self.tr(
            "Wie alleen werkt, 's avonds werkt, met geld of spullen omgaat, zorgt voor mensen in "
            "nood of 'nee' moet verkopen, loopt meer kans op agressie van klanten of bezoekers. "
            "Vink per team aan wat in het werk voorkomt: zo ziet u waar maatregelen het meest "
            "nodig zijn.")))
        layout.addWidget(self.empty)
        layout.addWidget(self.box)
        layout.addStretch()

    def set_document(self, doc: OpenDocument | None) -> None:
        self.doc = doc
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.checks = {}
        teams = [t for t in doc.cycle.teams if t.id is not None] if doc else []
        editable = doc is not None and not doc.read_only
        row = 0
        for team in teams:
            name = plain(team.name, "font-weight: 600;")
            self.grid.addWidget(name, row, 0)
            row += 1
            for n, risk in enumerate(RISKS):
                check = QCheckBox(literal(label(risk)))
                check.setAccessibleName(self.tr("{0}: {1}").format(team.name, label(risk)))
                check.setChecked(risk in team.aggression_risks)
                check.setEnabled(editable)
                check.toggled.connect(lambda on, t=team, r=risk: self._toggled(t, r, on))
                self.grid.addWidget(check, row + n, 0)
                self.checks[team.id, risk] = check
            row += len(RISKS)
        self.box.setVisible(bool(teams))
        self.empty.setText("" if teams or doc is None else
                           self.tr("Voeg eerst bij Organisatie de teams toe."))
        self.empty.setVisible(not teams and doc is not None)

    def _toggled(self, team: m.Team, risk: m.AggressionRisk, on: bool) -> None:
        if self.doc is None:
            return
        before = list(team.aggression_risks)
        chosen = [r for r in RISKS if (r == risk and on) or (r != risk and r in before)]
        caption = self.tr("risico's op agressie")
        if not self.doc.apply(SetFields(team, {"aggression_risks": chosen}, caption=caption)):
            # not stored: the box shows what the file holds
            check = self.checks.get((team.id, risk)) if team.id is not None else None
            if check is not None:
                check.blockSignals(True)
                check.setChecked(risk in before)
                check.blockSignals(False)
