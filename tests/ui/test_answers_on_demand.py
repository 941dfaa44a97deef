"""The window opens the large sample without its answers and reads them when needed: every
screen and report that scores answers shows what a full load shows, also when used at once."""

import io
import sqlite3
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.ui.conftest import open_in
from tests.ui.survey_helpers import texts
from werkdrukdesk.core import model as m
from werkdrukdesk.reports import registry
from werkdrukdesk.storage import open_file
from werkdrukdesk.ui import answers as answers_module
from werkdrukdesk.ui.document import OpenDocument
from werkdrukdesk.ui.files import opener
from werkdrukdesk.ui.pages.evaluation.comparison import comparisons
from werkdrukdesk.ui.survey.window import SurveyWindow


@pytest.fixture
def sample(large_copy) -> Path:
    return large_copy


def full(path: Path) -> m.Organisation:
    with open_file(path, read_only=True) as file:
        return file.load()


def responses(org: m.Organisation) -> list[m.Response]:
    return [r for c in org.cycles for x in c.measurements for r in x.responses]


def the_same_cycle(org: m.Organisation, cycle: m.Cycle) -> m.Cycle:
    return next(c for c in org.cycles if c.number == cycle.number)


def test_the_window_shows_the_file_before_its_answers_and_reads_them_after(window, qtbot,
                                                                           sample):
    at_show = []

    def shown(_) -> None:
        cycles = window.doc.org.cycles
        at_show.append((window.doc.answers_ready(), [c.loaded for c in cycles],
                        [r.loaded for c in cycles if c.loaded for x in c.measurements
                         for r in x.responses]))

    window.file_opened.connect(shown)
    open_in(window, qtbot, sample)
    ready, cycles, loaded = at_show[0]
    # The newest cycle and the one before are there, every questionnaire, none with answers;
    # the first cycle follows with its answers.
    assert cycles == [False, True, True]
    assert not ready and loaded and not any(loaded)
    qtbot.waitUntil(window.doc.answers_ready, timeout=10000)  # the worker brings them
    whole = full(sample)
    assert [(r.id, r.team_id, r.answers) for r in responses(window.doc.org)] == [
        (r.id, r.team_id, r.answers) for r in responses(whole)]


def test_the_evaluation_comparison_shown_at_once_follows_with_the_numbers_of_a_full_load(
        window, qtbot, sample):
    open_in(window, qtbot, sample)
    window.go_to_step("evaluation")  # before the worker has done anything
    box = window.pages.currentWidget().comparison
    assert not window.doc.answers_ready()  # the page did not wait for them
    assert box.reading.isVisibleTo(window) and not box.details.isVisibleTo(window)
    assert box.comparisons == []
    qtbot.waitUntil(lambda: bool(box.comparisons), timeout=20000)
    whole = full(sample)
    assert box.comparisons == comparisons(whole, the_same_cycle(whole, window.doc.cycle))
    assert box.details.isVisibleTo(window) and not box.reading.isVisibleTo(window)


def test_the_evaluation_comparison_reads_the_answers_itself_when_the_worker_failed(
        window, qtbot, sample, monkeypatch):
    real = answers_module.read_answers
    calls = []

    def fails(*args, **kwargs):  # the worker's reading
        calls.append("worker")
        raise sqlite3.OperationalError("disk I/O error")

    def reads(*args, **kwargs):  # the window's own
        calls.append("window")
        return real(*args, **kwargs)

    monkeypatch.setattr(answers_module, "read_in_background", fails)
    monkeypatch.setattr(answers_module, "read_answers", reads)
    open_in(window, qtbot, sample)
    window.go_to_step("evaluation")
    box = window.pages.currentWidget().comparison
    qtbot.waitUntil(lambda: bool(box.comparisons), timeout=20000)  # read on the window's thread
    whole = full(sample)
    assert box.comparisons == comparisons(whole, the_same_cycle(whole, window.doc.cycle))
    assert calls == ["worker", "window"]  # no second try in the background, one read after


def _survey_texts(monkeypatch) -> list[list[list[str]]]:
    """What the questionnaire window shows for each measurement, each time it is opened."""
    seen: list[list[list[str]]] = []

    def exec_(survey: SurveyWindow) -> int:
        per_measurement = []
        for row in range(survey.table.rowCount()):
            survey.table.setCurrentCell(row, 0)
            survey.show_measurement()
            per_measurement.append(texts(survey.results))
        seen.append(per_measurement)
        return 0

    monkeypatch.setattr(SurveyWindow, "exec", exec_)
    return seen


def test_the_questionnaire_window_opened_at_once_shows_the_results_of_a_full_load(
        window, qtbot, sample, tmp_path, monkeypatch):
    reference = tmp_path / "volledig.werkdruk"
    reference.write_bytes(sample.read_bytes())
    seen = _survey_texts(monkeypatch)
    open_in(window, qtbot, sample)
    window.go_to_step("inventory")
    window.pages.currentWidget().open_survey()
    assert window.doc.answers_ready()

    file = open_file(reference)
    try:
        page = window.pages.currentWidget()
        page.set_document(OpenDocument(file, file.load()))  # every answer read on opening
        page.open_survey()
    finally:
        file.close()
    at_once, loaded_whole = seen
    assert len(at_once) == len(window.doc.cycle.measurements) >= 2
    assert all(at_once) and at_once == loaded_whole


def test_a_report_printed_right_after_opening_is_the_one_of_a_full_load(window, qtbot, sample,
                                                                        tmp_path, monkeypatch):
    monkeypatch.setattr(opener, "viewer_known", lambda mime_type=opener.PDF: True)
    monkeypatch.setattr(opener.QDesktopServices, "openUrl", lambda url: True)
    open_in(window, qtbot, sample)
    window.go_to_step("overview")
    box = window.pages.currentWidget().print_box
    box.kind.setCurrentIndex(box.kind.findData("evaluation"))  # compares the measurements
    target = tmp_path / "evaluatie.pdf"
    with qtbot.waitSignal(box.printed, timeout=60000):
        box.build_to(target)
    whole = full(sample)
    expected = registry.build("evaluation", whole, the_same_cycle(whole, window.doc.cycle),
                              printed_on=window.doc.today)
    printed = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert printed == "".join(page.extract_text() for page in PdfReader(io.BytesIO(expected)).pages)
    assert "Vergelijking" in printed or "vergelijking" in printed


def _doc_without_answers(path: Path) -> OpenDocument:
    file = open_file(path)
    return OpenDocument(file, file.load_without_answers())


def test_asking_while_the_worker_reads_waits_for_it(qtbot, sample):
    doc = _doc_without_answers(sample)
    try:
        doc.load_answers_in_background()
        assert doc._answers().running
        assert doc.ensure_answers() and doc.answers_ready()
        qtbot.wait(50)  # the worker's own signal arrives after, and changes nothing
        assert [r.answers for r in responses(doc.org)] == [
            r.answers for r in responses(full(sample))]
    finally:
        doc.file.close()


def test_new_questionnaires_join_the_answers_read_later(qtbot, sample):
    from werkdrukdesk.ui.survey.common import store_responses

    doc = _doc_without_answers(sample)
    try:
        measurement = doc.cycle.measurements[-1]
        typed = m.Response(doc.cycle.teams[0].id, {"WD1": 2, "WD2": 3})
        assert store_responses(doc, measurement, [typed]) == ""
        assert not doc.answers_ready()
        assert doc.ensure_answers()
        assert typed.answers == {"WD1": 2, "WD2": 3} and measurement.answers_loaded()
        assert [r.answers for r in responses(doc.org)] == [
            r.answers for r in responses(full(sample))]
    finally:
        doc.file.close()


def test_closing_the_file_while_the_answers_load_calls_the_reading_off(window, qtbot, sample):
    open_in(window, qtbot, sample)
    doc = window.doc
    doc.load_answers_in_background()
    window.close_document()
    loader = doc._answers()
    qtbot.waitUntil(lambda: not loader.running, timeout=10000)
    assert loader._cancelled


def test_answers_that_cannot_be_read_are_said_and_still_refused(qtbot, sample, monkeypatch):
    def broken(*args, **kwargs):
        raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr(answers_module, "read_answers", broken)
    doc = _doc_without_answers(sample)
    try:
        with qtbot.waitSignal(doc.failed) as said:
            assert not doc.ensure_answers()
        assert "antwoorden" in said.args[0] and "konden niet worden gelezen" in said.args[0]
        assert not doc.answers_ready()
        with pytest.raises(m.AnswersNotLoaded):
            doc.snapshot()[1].measurements[0].responses[0].answers.get("WD1")
    finally:
        doc.file.close()


def test_an_older_file_opened_to_read_gives_the_answers_of_its_copy_brought_up_to_date(
        qtbot, sample):
    """Such a file is brought up to date in memory and left as it is: its answers come from
    that copy, not from the file."""
    from werkdrukdesk.storage import migrations

    @migrations.migration("9999_test_answers_turned")
    def turn(db):
        db.execute("UPDATE answers SET value = 6 - value")  # in the copy only

    try:
        file = open_file(sample, read_only=True)
        try:
            doc = OpenDocument(file, file.load_without_answers())
            doc.load_answers_in_background()
            assert not doc._answers().running  # the copy belongs to this thread
            assert doc.ensure_answers()
            expected = [r.answers for r in responses(file.load())]
            assert [r.answers for r in responses(doc.org)] == expected
            with sqlite3.connect(sample) as on_disk:
                first = responses(doc.org)[0]
                key, value = next(iter(first.answers.items()))
                stored = on_disk.execute(
                    "SELECT value FROM answers WHERE response_id = ? AND item_key = ?",
                    [first.id, key]).fetchone()[0]
            assert stored == 6 - value  # the file itself was not changed
        finally:
            file.close()
    finally:
        migrations.STEPS.pop()


def test_the_questionnaire_window_made_directly_asks_for_the_answers_itself(qtbot, sample):
    doc = _doc_without_answers(sample)
    try:
        survey = SurveyWindow(doc)
        qtbot.addWidget(survey)
        assert doc.answers_ready()
        shown = survey.results.results
        whole = full(sample)
        cycle = the_same_cycle(whole, doc.cycle)
        measurement = next(x for x in cycle.measurements if x.name == shown.measurement_name)
        from werkdrukdesk.ui.survey.results_view import measurement_results

        assert shown == measurement_results(whole, cycle, measurement)
    finally:
        doc.file.close()


def test_the_questionnaire_window_says_when_the_answers_cannot_be_read(qtbot, sample,
                                                                     monkeypatch):
    def broken(*args, **kwargs):
        raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr(answers_module, "read_answers", broken)
    doc = _doc_without_answers(sample)
    try:
        survey = SurveyWindow(doc)
        qtbot.addWidget(survey)
        assert survey.empty_hint.text() == "De antwoorden konden niet worden gelezen."
        assert not doc.answers_ready()
    finally:
        doc.file.close()
