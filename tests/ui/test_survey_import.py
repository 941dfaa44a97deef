"""Reading an answer file: the preview, changing a column, cancelling, importing."""

from datetime import date

import pytest
from PySide6.QtWidgets import QDialog

from tests.ui.survey_helpers import demo_file, open_doc, reload, table_texts, texts
from werkdrukdesk.ui.survey import import_dialog
from werkdrukdesk.ui.survey.import_dialog import ROLE
from werkdrukdesk.ui.survey.window import SurveyWindow

KEYS = ["time_pressure_1", "time_pressure_2", "hectic_periods_1"]
ROWS = [
    ("Renée Oosterbroek", "renee@bakkerij.example", "Bakkerij", "4", "5", "3"),
    ("Joost Zwanenburg", "joost@ziggo.example", "Winkel en lunchroom", "2", "", "vaak"),
    ("Fatima Ouladali", "fatima@hotmail.example", "Catering en bestellingen", "1", "2", "3"),
    ("Sem van Wieringen", "sem@bakkerij.example", "Bakkerij", "9", "2", "3"),
    ("Noor Brinkhorst", "noor@kpn.example", "Kantoor", "3", "3", "3"),
    ("Ruud Tammeling", "ruud@tammeling.example", "", "5", "5", "5"),
]


@pytest.fixture
def setup(qtbot, tmp_path):
    path = demo_file(tmp_path / "bakkerij.werkdruk")
    answers = tmp_path / "antwoorden.csv"
    lines = [";".join(["Naam", "E-mailadres", "Team", *KEYS])]
    lines += [";".join(row) for row in ROWS]
    answers.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    doc = open_doc(path)
    window = SurveyWindow(doc)
    qtbot.addWidget(window)
    yield window, doc, path, answers
    doc.file.close()


@pytest.fixture
def preview_action(monkeypatch):
    """The preview dialog runs `preview_action.then(dialog)` instead of waiting for a user."""

    class Scripted(import_dialog.ImportPreviewDialog):
        then = None
        seen = []

        def exec(self):
            Scripted.seen.append(self)
            Scripted.then(self)
            return self.result()

    monkeypatch.setattr(import_dialog, "ImportPreviewDialog", Scripted)
    return Scripted


def read(qtbot, window, answers, preview_action):
    window.import_file(str(answers))
    qtbot.waitUntil(lambda: bool(preview_action.seen), timeout=5000)
    return preview_action.seen[-1]


def test_the_preview_drops_identifying_columns_and_cancel_writes_nothing(
        qtbot, setup, preview_action):
    window, doc, path, answers = setup
    before, file_before = path.read_bytes(), answers.read_bytes()
    preview_action.then = lambda dialog: dialog.reject()
    dialog = read(qtbot, window, answers, preview_action)
    rows = table_texts(dialog.table)
    assert rows[0].startswith("Naam | wordt niet ingelezen")
    assert rows[1].startswith("E-mailadres | wordt niet ingelezen")
    assert dialog.table.cellWidget(0, ROLE) is None  # cannot be chosen back
    assert dialog.table.cellWidget(2, ROLE).currentText() == "team"
    assert "niet ingelezen: 'Naam'" in dialog.notices.text()
    assert "6 rijen gelezen: 4 ingevulde vragenlijsten worden ingelezen; 2 rijen worden " \
        "overgeslagen" in (
        dialog.counts.text())
    reasons = [dialog.rejected.item(i).text() for i in range(dialog.rejected.count())]
    assert reasons == ["rij 5: waarde '9' bij vraag 'time_pressure_1' is geen antwoord van 1 "
                       "tot en met 5", "rij 6: team 'Kantoor' bestaat niet"]
    seen = " ".join(texts(dialog))
    assert "renee@bakkerij.example" not in seen and "Oosterbroek" not in seen
    assert path.read_bytes() == before and answers.read_bytes() == file_before
    assert len(reload(path).cycles[-1].measurements) == 1


def test_a_column_can_be_changed_and_the_answers_are_imported(qtbot, setup, preview_action):
    window, doc, path, answers = setup

    def change_and_import(dialog):
        combo = dialog.table.cellWidget(3, ROLE)  # time_pressure_1, with the '9'
        ignore = combo.findData("ignored")
        combo.setCurrentIndex(ignore)
        combo.activated.emit(ignore)
        dialog.change_role(0, "team")  # an identifying column stays dropped
        assert "nooit ingelezen" in dialog.problems.text()
        dialog.name.setCurrentText("Online vragenlijst mei <2026>")
        dialog.held_on.setText("15-05-2026")
        dialog.do_import()

    preview_action.then = change_and_import
    dialog = read(qtbot, window, answers, preview_action)
    assert dialog.result() == QDialog.Accepted
    assert "5 ingevulde vragenlijsten" in dialog.counts.text()  # the '9' row no longer fails
    stored = next(x for x in reload(path).cycles[-1].measurements
                  if x.name == "Online vragenlijst mei <2026>")
    assert stored.held_on == date(2026, 5, 15) and len(stored.responses) == 5
    assert all(set(r.answers) <= set(KEYS[1:]) for r in stored.responses)
    assert {"hectic_periods_1": 4} == {k: v for k, v in stored.responses[1].answers.items()
                                       if k == "hectic_periods_1"}
    assert window.table.current().name == "Online vragenlijst mei <2026>"


def test_an_unreadable_file_is_explained_in_the_window(qtbot, setup, tmp_path):
    window, doc, path, answers = setup
    empty = tmp_path / "leeg.csv"
    empty.write_bytes(b"")
    window.import_file(str(empty))
    qtbot.waitUntil(lambda: window.problems.isVisibleTo(window), timeout=5000)
    assert "leeg" in window.problems.text()
