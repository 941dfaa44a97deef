"""The walkthrough's questionnaire: the staff's answers read from a file in the questionnaire
window, and how the results were discussed with them, as the owner records it."""

from __future__ import annotations

from pathlib import Path

from tests.ui.walkthrough_helpers import HYBRID_TEAM, INVENTORY, RD_TEAM
from werkdrukdesk.ui.main_window import MainWindow
from werkdrukdesk.ui.survey import import_dialog
from werkdrukdesk.ui.survey.window import SurveyWindow

ITEMS = ["time_pressure_1", "time_pressure_2", "hectic_periods_1"]
ANSWERS = [(HYBRID_TEAM.name, "3", "4", "2")] * 4 + [(RD_TEAM.name, "5", "4", "4")] * 5
MEASUREMENT = "Vragenlijst maart 2026"
DISCUSSED = "Werkoverleg 20-03-2026: uitkomsten per team besproken"


def hold_questionnaire(window: MainWindow, qtbot, monkeypatch, folder: Path) -> SurveyWindow:
    """9 of the 14 staff answer (both teams); the owner records the discussion afterwards."""
    answers = folder / "antwoorden.csv"
    lines = [";".join(["Team", *ITEMS]), *(";".join(row) for row in ANSWERS)]
    answers.write_text("\n".join(lines) + "\n", encoding="utf-8")
    imported = []

    def import_at_once(dialog):
        dialog.name.setCurrentText(MEASUREMENT)
        dialog.held_on.setText("15-03-2026")
        dialog.do_import()
        imported.append(dialog.report)
        return dialog.result()

    monkeypatch.setattr(import_dialog.ImportPreviewDialog, "exec", import_at_once)
    window.step_pages[INVENTORY]  # the questionnaire is opened from the inventory
    survey = SurveyWindow(window.doc, window)
    qtbot.addWidget(survey)
    survey.import_file(str(answers))
    qtbot.waitUntil(lambda: bool(imported), timeout=10000)
    assert imported[0] is not None and len(imported[0].measurement.responses) == len(ANSWERS)
    survey.discussed.setText(DISCUSSED)
    survey.discussed.editingFinished.emit()
    survey.reject()
    return survey
