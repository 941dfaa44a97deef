"""Collecting answers: the kiosk screen, one respondent after another, and keying in paper."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from tests.ui.survey_helpers import demo_file, open_doc, reload, texts
from werkdrukdesk.core.survey.scoring import measurement_scales
from werkdrukdesk.ui.survey import collect, paper_entry
from werkdrukdesk.ui.survey.collect import KioskDialog, KioskStartDialog
from werkdrukdesk.ui.survey.paper_entry import PaperEntryDialog

CODE = "tulp-42"


@pytest.fixture
def doc(tmp_path):
    opened = open_doc(demo_file(tmp_path / "bakkerij.werkdruk"))
    yield opened
    opened.file.close()


@pytest.fixture
def typed_code(monkeypatch):
    """The owner's exit dialog, with what they type set in `typed_code.text`."""

    class Typed(collect.ExitDialog):
        text = ""
        shown = 0

        def exec(self):
            Typed.shown += 1
            self.field.setText(Typed.text)
            self.check()
            return self.result()

    monkeypatch.setattr(collect, "ExitDialog", Typed)
    return Typed


@pytest.fixture
def kiosk(qtbot, doc):
    """Makes collecting screens; the owner leaves them at the end of the test, so closing
    them does not wait for a code."""
    made = []

    def make() -> KioskDialog:
        screen = KioskDialog(doc, doc.cycle.measurements[0], CODE)
        qtbot.addWidget(screen)
        screen.resize(1366, 740)
        screen.show()
        made.append(screen)
        return screen

    yield make
    for screen in made:
        screen._unlocked = True


def answer_all(qtbot, screen: KioskDialog, key) -> None:
    for page in screen.source_pages:
        assert screen.stack.currentWidget().widget() is page
        for row in page.rows:
            qtbot.keyClick(row.group.buttons()[0], key)
        qtbot.keyClick(screen, Qt.Key_Return)


def test_two_respondents_in_a_row_never_see_each_other(qtbot, doc, kiosk, tmp_path):
    screen = kiosk()
    measurement = doc.cycle.measurements[0]
    before = len(measurement.responses)
    bakery = doc.cycle.teams[0]
    qtbot.keyClick(screen, Qt.Key_Return)
    assert "Kies eerst uw team" in screen.hint.text()
    screen.team_page.group.button(bakery.id).click()
    qtbot.keyClick(screen, Qt.Key_Return)
    answer_all(qtbot, screen, Qt.Key_4)
    assert screen.stack.currentWidget().widget() is screen.thanks_page
    assert screen.stored == 1 and not screen.back_button.isVisible()
    screen.back()
    assert screen.stack.currentWidget().widget() is screen.thanks_page
    # Nothing of the first respondent is left on any page.
    assert screen.team_page.group.checkedButton() is None
    assert all(row.value() is None for page in screen.source_pages for row in page.rows)
    qtbot.keyClick(screen, Qt.Key_Return)  # "Volgende collega"
    assert screen.stack.currentIndex() == 0 and not screen.back_button.isVisible()
    screen.back()
    assert screen.stack.currentIndex() == 0
    screen.team_page.group.buttons()[-1].click()  # "Zeg ik liever niet"
    qtbot.keyClick(screen, Qt.Key_Return)
    first = screen.source_pages[0]
    for row in first.rows:
        qtbot.keyClick(row.group.buttons()[0], Qt.Key_2)
    qtbot.keyClick(screen, Qt.Key_Return)
    screen.back()  # within one respondent going back is fine
    assert screen.stack.currentWidget().widget() is first
    assert all(row.value() == 2 for row in first.rows)
    screen._show(len(screen.source_pages))
    screen.advance()  # "Klaar"
    assert screen.stored == 2
    stored = reload(tmp_path / "bakkerij.werkdruk").cycles[-1].measurements[0].responses
    assert len(stored) == before + 2
    keys = [i.key for s in measurement_scales(measurement, doc.org.sources) for i in s.items]
    assert stored[-2].team_id == bakery.id and stored[-2].answers == dict.fromkeys(keys, 4)
    assert stored[-1].team_id is None
    assert stored[-1].answers == {i.key: 2 for i in first.source.items}


def test_a_respondent_who_answered_nothing_stores_nothing(qtbot, doc, kiosk):
    screen = kiosk()
    screen.team_page.group.buttons()[0].click()
    screen._show(len(screen.source_pages))
    screen.advance()
    assert "nog geen enkele vraag" in screen.hint.text() and screen.stored == 0


def test_leaving_needs_the_owners_code(qtbot, doc, kiosk, typed_code):
    screen = kiosk()
    typed_code.text = "1234"
    screen.ask_exit()
    assert screen.isVisible()
    qtbot.keyClick(screen, Qt.Key_Escape)
    assert screen.isVisible() and typed_code.shown == 2
    assert not screen.close()  # the window manager's close button is guarded too
    qtbot.waitUntil(lambda: typed_code.shown == 3)
    assert screen.isVisible()
    screen.team_page.group.buttons()[0].click()
    typed_code.text = CODE
    screen.ask_exit()
    assert not screen.isVisible() and screen.result() == QDialog.Accepted
    assert screen.team_page.group.checkedButton() is None  # wiped on the way out


def test_the_exit_dialog_says_when_the_code_is_wrong(qtbot):
    dialog = collect.ExitDialog(CODE, unsaved=True)
    qtbot.addWidget(dialog)
    dialog.field.setText("fout")
    dialog.check()
    assert "klopt niet" in dialog.problems.text() and dialog.field.text() == ""
    assert "niet opgeslagen" in " ".join(texts(dialog))


def test_the_start_asks_a_code_of_four_characters_twice(qtbot, doc):
    dialog = KioskStartDialog(doc.cycle.measurements[0])
    qtbot.addWidget(dialog)
    dialog.code.setText("abc")
    dialog.check()
    assert "minstens 4 tekens" in dialog.problems.text()
    dialog.code.setText(CODE)
    dialog.again.setText("tulp-43")
    dialog.check()
    assert "niet gelijk" in dialog.problems.text()
    dialog.again.setText(CODE)
    dialog.check()
    assert dialog.result() == QDialog.Accepted


def test_an_idle_half_filled_questionnaire_is_wiped(qtbot, doc, kiosk):
    screen = kiosk()
    screen.team_page.group.buttons()[0].click()
    qtbot.keyClick(screen, Qt.Key_Return)
    qtbot.keyClick(screen.source_pages[0].rows[0].group.buttons()[0], Qt.Key_3)
    assert screen.idle.isActive()
    screen.idle.timeout.emit()
    assert screen.stack.currentIndex() == 0 and not screen.busy()


def paper(qtbot, doc) -> PaperEntryDialog:
    dialog = PaperEntryDialog(doc, doc.cycle.measurements[0])
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def type_keys(qtbot, dialog: PaperEntryDialog, keys: str) -> None:
    for key in keys:
        qtbot.keyClick(dialog.focusWidget(), key)


def test_paper_forms_are_keyed_in_with_digits_and_stored_with_ctrl_enter(qtbot, doc, tmp_path):
    dialog = paper(qtbot, doc)
    measurement = doc.cycle.measurements[0]
    before = len(measurement.responses)
    dialog.entries[0].setFocus()
    type_keys(qtbot, dialog, "12")
    type_keys(qtbot, dialog, "x")
    assert "'x' is geen antwoord" in dialog.hint.text()
    type_keys(qtbot, dialog, "3 5")
    qtbot.keyClick(dialog.focusWidget(), Qt.Key_Return, Qt.ControlModifier)
    assert "Kies eerst het team" in dialog.hint.text() and dialog.entered == 0
    winkel = doc.cycle.teams[1]
    dialog.team.setCurrentIndex(dialog.team.findData(winkel.id))
    dialog.entries[5].setFocus()
    qtbot.keyClick(dialog.focusWidget(), Qt.Key_Return, Qt.ControlModifier)
    assert dialog.entered == 1 and "deze ronde: 1" in dialog.count.text()
    assert all(e.text() == "" for e in dialog.entries)
    assert dialog.focusWidget() is dialog.entries[0]
    keys = [e.item.key for e in dialog.entries]
    stored = reload(tmp_path / "bakkerij.werkdruk").cycles[-1].measurements[0].responses
    assert len(stored) == before + 1
    assert stored[-1].team_id == winkel.id
    assert stored[-1].answers == {keys[0]: 1, keys[1]: 2, keys[2]: 3, keys[4]: 5}
    # A second form: the team stays, the numbering and order are those of the paper form.
    type_keys(qtbot, dialog, "55")
    dialog.save_button.click()
    assert dialog.entered == 2
    assert [e.accessibleName() for e in dialog.entries[:2]] == [
        "Antwoord op vraag 1", "Antwoord op vraag 2"]


def test_closing_with_an_unsaved_form_asks_first(qtbot, doc, monkeypatch):
    dialog = paper(qtbot, doc)
    dialog.entries[0].setFocus()
    type_keys(qtbot, dialog, "4")
    monkeypatch.setattr(paper_entry.QMessageBox, "question",
                        lambda *a, **k: QMessageBox.No)
    dialog.reject()
    assert dialog.isVisible()
    monkeypatch.setattr(paper_entry.QMessageBox, "question",
                        lambda *a, **k: QMessageBox.Yes)
    dialog.reject()
    assert not dialog.isVisible()


def test_a_closed_cycle_stores_no_answers(qtbot, doc):
    doc.choose_cycle(doc.org.cycles[0])
    dialog = paper(qtbot, doc)
    dialog.team.setCurrentIndex(1)
    dialog.entries[0].setText("3")
    dialog.save()
    assert "afgesloten" in dialog.hint.text() and dialog.entered == 0
    dialog.entries[0].clear()


def test_a_failed_store_keeps_the_answers_on_screen(qtbot, doc, kiosk, monkeypatch):
    import sqlite3

    screen = kiosk()

    def broken(measurement_id, responses):
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(doc.file, "add_responses", broken)
    before = len(doc.cycle.measurements[0].responses)
    screen.team_page.group.buttons()[0].click()
    screen._show(len(screen.source_pages))
    qtbot.keyClick(screen.source_pages[-1].rows[0].group.buttons()[0], Qt.Key_5)
    screen.advance()
    assert "Opslaan is mislukt" in screen.hint.text() and "eigenaar" in screen.hint.text()
    assert screen.stored == 0 and len(doc.cycle.measurements[0].responses) == before
    assert screen.source_pages[-1].rows[0].value() == 5


def test_the_owner_chooses_who_handles_the_answers_and_the_kiosk_says_so(qtbot, doc, kiosk):
    from tests.ui.survey_helpers import reload as reload_org
    from werkdrukdesk.core import model as m
    from werkdrukdesk.ui.survey.settings_dialog import SurveySettingsDialog

    # the sample: the owner types in the paper forms, and the kiosk says the file is theirs
    assert doc.org.survey_settings.answers_handled_by == m.AnswerHandling.OWNER
    screen = kiosk()
    said = " ".join(texts(screen.team_page))
    assert "is uw werkgever" in said and "ook de werkgever niet" not in said
    dialog = SurveySettingsDialog(doc)
    qtbot.addWidget(dialog)
    dialog.handled_by.set_code(m.AnswerHandling.INDEPENDENT)
    dialog.handled_by.activated.emit(dialog.handled_by.currentIndex())
    assert dialog.status.text() == "Opgeslagen."
    assert reload_org(doc.file.path).survey_settings.answers_handled_by == (
        m.AnswerHandling.INDEPENDENT)
    dialog.restore_defaults()  # thresholds go back; the choice of who handles them stays
    assert doc.org.survey_settings.answers_handled_by == m.AnswerHandling.INDEPENDENT
    said = " ".join(texts(kiosk().team_page))
    assert "iemand anders dan uw werkgever beheert" in said


def test_the_kiosk_names_what_its_questionnaire_asks_about(qtbot, doc, kiosk):
    from werkdrukdesk.core import model as m

    measurement = doc.cycle.measurements[0]
    asked = measurement_scales(measurement, doc.org.sources)
    assert {x.strand for x in asked} > {m.Strand.WERKDRUK}  # the sample asks all three
    screen = kiosk()
    assert screen.windowTitle() == "Vragenlijst werkdruk en sociale veiligheid"
    assert "Welkom bij de vragenlijst over werkdruk en sociale veiligheid" in texts(
        screen.team_page)
    # the same measurement asking werkdruk sources only (its answers are not read here)
    measurement.source_ids = [x.id for x in asked if x.strand == m.Strand.WERKDRUK]
    screen = kiosk()
    assert screen.windowTitle() == "Werkdrukvragenlijst"
    assert "Welkom bij de werkdrukvragenlijst" in texts(screen.team_page)
