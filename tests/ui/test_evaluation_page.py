"""The evaluation step with a real widget on a real .werkdruk file."""

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication

from tests.pinned import PINNED_DAY
from werkdrukdesk.core import model as m
from werkdrukdesk.storage import create_file, open_file
from werkdrukdesk.ui.document import OpenDocument
from werkdrukdesk.ui.pages.evaluation.page import EvaluationPage
from werkdrukdesk.ui.steps import steps


@pytest.fixture
def path(tmp_path) -> Path:
    path = tmp_path / "bakkerij.werkdruk"
    with create_file(path, m.Profile("Bakkerij Ayşe Yılmaz", headcount=9), PINNED_DAY) as file:
        cycle = file.load().cycles[0]
        file.save(m.Team("Winkel", 9), cycle.id)
        file.save(m.Measure("Vaste pauzes", status=m.MeasureStatus.DONE,
                            completed_on=date(2025, 9, 1),
                            intended_result="Iedereen neemt elke dienst een echte pauze.",
                            judge_how="Groepsgesprek", judge_on=date(2025, 11, 1)), cycle.id)
        file.save(m.Measure("Geen mail na 18 uur", status=m.MeasureStatus.IN_PROGRESS),
                  cycle.id)
        file.save(m.Measure("Werkoverleg", status=m.MeasureStatus.DONE,
                            evaluation=m.MeasureEvaluation(m.Effect.EFFECTIVE, "gesprek")),
                  cycle.id)
    return path


def _page(qtbot, path: Path, read_only: bool = False):
    file = open_file(path, read_only=read_only)
    page = EvaluationPage(next(s for s in steps() if s.key == "evaluation"))
    qtbot.addWidget(page)
    page.resize(1100, 640)
    page.show()
    page.set_document(OpenDocument(file, file.load()))
    return page, file


@pytest.fixture
def page(qtbot, path):
    page, file = _page(qtbot, path)
    yield page
    file.close()


def _cycle(path: Path) -> m.Cycle:
    with open_file(path, read_only=True) as file:
        return file.load().cycles[0]


def _type(edit, text: str) -> None:
    edit.setText(text)
    edit.editingFinished.emit()


def test_done_measures_without_an_evaluation_are_marked(page):
    box = page.measures
    assert box.table.rowCount() == 3
    assert [box.table.item(r, 3).text() for r in range(3)] == [
        "nog evalueren", "", "geëvalueerd"]
    assert box.table.item(0, 1).text() == "uitgevoerd"
    assert "1 uitgevoerde maatregel" in box.status.text()


def test_a_first_edit_creates_the_evaluation_and_stores_it(page, path):
    box = page.measures
    assert page.doc.cycle.measures[0].evaluation is None
    box.effect.set_code(m.Effect.PARTLY)
    box.effect.activated.emit(box.effect.currentIndex())
    assert page.doc.cycle.measures[0].evaluation.effect is m.Effect.PARTLY
    box.how_assessed.setPlainText("Gesprek met Ayşe Yılmaz en het team")
    box.outcome.setPlainText("Pauzes lukken op drukke zaterdagen nog niet.")
    box.next_steps.setPlainText("Zaterdag een extra kracht.")
    _type(box.evaluated_on, "15-10-2025")
    box.table.setCurrentCell(1, 0)  # switching measures stores what was typed
    stored = _cycle(path).measures[0].evaluation
    assert stored == m.MeasureEvaluation(
        m.Effect.PARTLY, "Gesprek met Ayşe Yılmaz en het team",
        "Pauzes lukken op drukke zaterdagen nog niet.", "Zaterdag een extra kracht.",
        date(2025, 10, 15))
    assert box.table.item(0, 2).text() == "werkt deels"
    assert box.table.item(0, 3).text() == "geëvalueerd"
    assert "Alle uitgevoerde maatregelen zijn geëvalueerd" in box.status.text()
    # only looking at a measure creates nothing
    assert _cycle(path).measures[1].evaluation is None


def test_measure_problems_are_shown_inline(page):
    box = page.measures
    box.effect.set_code(m.Effect.NOT_EFFECTIVE)
    box.effect.activated.emit(box.effect.currentIndex())
    text = box.problems.text()
    assert "hoe u heeft vastgesteld" in text and "wat u nu gaat doen" in text
    assert not box.problems.isHidden()


def test_a_message_coming_or_going_leaves_the_fields_where_they_are(page):
    """A message under the heading keeps its space when it goes: the fields do not move under
    the cursor (QFormLayout gives a hidden row no space; the message sits in a holder)."""
    box = page.measures

    def choose(effect: m.Effect) -> tuple[int, bool]:
        box.effect.set_code(effect)
        box.effect.activated.emit(box.effect.currentIndex())
        for _ in range(20):  # the layout passes a change of size sets off
            QApplication.processEvents()
        return box.effect.mapTo(page, QPoint(0, 0)).y(), box.problems.isHidden()

    top, hidden = choose(m.Effect.NOT_YET_KNOWN)
    assert hidden
    assert choose(m.Effect.EFFECTIVE) == (top, False)  # one line: the space kept from the start
    choose(m.Effect.NOT_EFFECTIVE)  # two lines: the space grows once
    lower, hidden = choose(m.Effect.NOT_YET_KNOWN)
    assert hidden and lower > top
    assert choose(m.Effect.NOT_EFFECTIVE) == (lower, False)
    assert choose(m.Effect.EFFECTIVE) == (lower, False)


def test_the_process_evaluation_is_stored_on_the_cycle(page, path):
    process = page.process
    process.method_boxes[m.EvaluationMethod.GROUP_MEETINGS].setChecked(True)
    process.method_boxes[m.EvaluationMethod.SECOND_MEASUREMENT].setChecked(True)
    assert "twee metingen" in process.problems.text()
    assert "hoe het proces" in process.problems.text()
    process.how_it_went.setPlainText("Zorgvuldig, iedereen deed mee.")
    process.do_differently.setPlainText("Eerder beginnen.")
    process.policy_changes.setPlainText("Planning per kwartaal.")
    _type(process.evaluated_on, "01-12-2025")
    page.leave()
    stored = _cycle(path).process_evaluation
    assert stored.methods == [m.EvaluationMethod.GROUP_MEETINGS,
                              m.EvaluationMethod.SECOND_MEASUREMENT]
    assert stored.how_it_went == "Zorgvuldig, iedereen deed mee."
    assert stored.do_differently == "Eerder beginnen."
    assert stored.policy_changes == "Planning per kwartaal."
    assert stored.evaluated_on == date(2025, 12, 1)


def test_the_comparison_waits_for_answers_in_two_measurements(qtbot, path):
    page, file = _page(qtbot, path)
    assert page.comparison.isHidden()
    file.close()
    with open_file(path) as file:
        cycle = file.load().cycles[0]
        file.save(m.Measurement("Voormeting <maart>"), cycle.id)
        file.save(m.Measurement("Nameting"), cycle.id)
    page, file = _page(qtbot, path)
    assert not page.comparison.isHidden() and page.comparison.details.isHidden()
    assert "Zodra ze allebei ingevulde vragenlijsten" in page.comparison.waiting.text()
    file.close()


def test_the_next_cycle_button_emits_the_request(page, qtbot):
    assert page.next_button.isEnabled()
    assert "teams" in page.next_explanation.text()
    with qtbot.waitSignal(page.start_next_cycle_requested, timeout=1000):
        page.next_button.click()


def test_a_closed_cycle_is_shown_read_only(qtbot, path):
    with open_file(path) as file:
        cycle = file.load().cycles[0]
        cycle.closed = True
        file.save(cycle)
    page, file = _page(qtbot, path)
    box = page.measures
    assert box.table.rowCount() == 3
    box.table.setCurrentCell(2, 0)
    assert box.how_assessed.toPlainText() == "gesprek"
    assert not box.effect.isEnabled() and box.how_assessed.isReadOnly()
    assert page.process.how_it_went.isReadOnly()
    assert not any(c.isEnabled() for c in page.process.method_boxes.values())
    assert not page.next_button.isEnabled()
    assert not page.closed_note.isHidden()
    page.leave()
    file.close()


def test_a_file_opened_for_reading_disables_the_next_cycle(qtbot, path):
    page, file = _page(qtbot, path, read_only=True)
    assert not page.next_button.isEnabled()
    file.close()


def test_without_a_document_nothing_can_be_edited(qtbot):
    page = EvaluationPage(next(s for s in steps() if s.key == "evaluation"))
    qtbot.addWidget(page)
    page.set_document(None)
    assert page.measures.table.rowCount() == 0
    assert not page.next_button.isEnabled() and not page.measures.effect.isEnabled()


def test_the_intended_result_stands_next_to_the_outcome(page):
    box = page.measures
    box.table.setCurrentCell(0, 0)
    said = box.intended.text()
    assert "Beoogd resultaat: Iedereen neemt elke dienst een echte pauze." in said
    assert "Afgesproken beoordeling: Groepsgesprek, 01-11-2025" in said
    box.table.setCurrentCell(1, 0)
    assert box.intended.text() == "Beoogd resultaat: niet vastgelegd in het plan van aanpak."
