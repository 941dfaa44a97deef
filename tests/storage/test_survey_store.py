"""Importing a preview into a real .werkdruk file: all rows or none, and never an identity."""

import hashlib
import sqlite3

import pytest

from tests import survey_answer_files as files
from tests.pinned import PINNED_DAY
from werkdrukdesk.core import model as m
from werkdrukdesk.core.cycles import current_cycle
from werkdrukdesk.core.errors import WerkdrukError
from werkdrukdesk.core.survey.answer_columns import Role
from werkdrukdesk.core.survey.import_preview import preview_answers
from werkdrukdesk.demo.build import build_demo
from werkdrukdesk.storage import open_file
from werkdrukdesk.storage.file import write_new_file
from werkdrukdesk.storage.survey_store import find_measurement, import_answers

DEMO_MEASUREMENT = "Werkdrukvragenlijst april 2026"


@pytest.fixture
def path(tmp_path):
    path = tmp_path / "van-dijk.werkdruk"
    write_new_file(path, build_demo("small", today=PINNED_DAY)).close()
    return path


@pytest.fixture
def file(path):
    with open_file(path) as opened:
        yield opened


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def preview_for(file, data: bytes, name: str = "antwoorden.csv"):
    org = file.load()
    cycle = current_cycle(org)
    return cycle, preview_answers(data, org.sources, cycle.teams, name)


@pytest.mark.parametrize("make, name, count", [
    (files.dutch_excel_csv, "antwoorden.csv", files.DUTCH_ACCEPTED),
    (files.forms_csv, "forms.csv", files.FORMS_ACCEPTED),
    (files.answers_xlsx, "antwoorden.xlsx", files.XLSX_ACCEPTED),
])
def test_import_creates_a_file_measurement_and_stores_no_identity(file, path, make, name, count):
    assert files.leaks(path) == []  # the demo itself holds none of these people
    before = files.count_responses(path)
    cycle, preview = preview_for(file, make(), name)
    report = import_answers(file, cycle, "Vragenlijst najaar (bestand)", preview, PINNED_DAY)
    assert (report.created, report.imported) == (True, count)
    assert report.dropped == [c.name for c in preview.dropped] and report.dropped
    assert files.count_responses(path)[0] == before[0] + count
    stored = find_measurement(current_cycle(open_file(path, read_only=True).load()),
                              "vragenlijst  NAJAAR (bestand)")
    assert stored.method is m.CollectionMethod.FILE
    assert stored.source_ids == [1, 2, 7, 19]  # the sources whose items had a column
    assert [(r.team_id, r.answers) for r in stored.responses] == [
        (r.team_id, r.answers) for r in preview.accepted]
    # The real proof: no name, e-mail address or IP address anywhere in the file.
    assert files.leaks(path) == []
    assert files.leaks(path, files.timestamps()) == []


def test_a_second_file_adds_to_the_same_measurement(file, path):
    cycle, preview = preview_for(file, files.dutch_excel_csv())
    import_answers(file, cycle, "Najaar", preview, PINNED_DAY)
    cycle, preview = preview_for(file, files.answers_xlsx(), "a.xlsx")
    report = import_answers(file, cycle, " najaar ", preview, PINNED_DAY)
    assert report.created is False and len(report.measurement.responses) == 9
    names = [ms.name for ms in current_cycle(file.load()).measurements]
    assert names.count("Najaar") == 1


def test_answers_fit_an_existing_measurement_with_the_same_sources(file, path):
    before = files.count_responses(path)
    cycle, preview = preview_for(file, files.forms_csv(), "forms.csv")
    report = import_answers(file, cycle, DEMO_MEASUREMENT, preview, PINNED_DAY)
    assert report.created is False and report.measurement.method is m.CollectionMethod.PAPER
    assert files.count_responses(path)[0] == before[0] + files.FORMS_ACCEPTED


def test_answers_outside_an_existing_measurement_import_nothing(file, path):
    data = ("Team;time_pressure_1;autonomy_content_3\r\nBakkerij;4;2\r\nBakkerij;3;\r\n"
            "Winkel en lunchroom;2;5\r\n").encode("cp1252")
    cycle, preview = preview_for(file, data)
    before = digest(path)
    with pytest.raises(WerkdrukError, match="vroeg niet naar 1 vraag") as error:
        import_answers(file, cycle, DEMO_MEASUREMENT, preview, PINNED_DAY)
    assert "Mijn ideeën over het werk" in str(error.value)
    assert digest(path) == before


@pytest.mark.parametrize("data", [
    files.HEADER_ONLY, files.wrong_teams_and_values_csv(), b"Naam;Leeftijd\r\nRenee;41\r\n",
])
def test_nothing_accepted_imports_nothing_and_says_so(file, path, data):
    before = digest(path)
    cycle, preview = preview_for(file, data)
    with pytest.raises(WerkdrukError, match="Er is niets ingelezen"):
        import_answers(file, cycle, "Najaar", preview, PINNED_DAY)
    assert digest(path) == before
    assert find_measurement(current_cycle(file.load()), "Najaar") is None


def test_a_failure_halfway_leaves_no_measurement_and_no_answers(file, path):
    cycle, preview = preview_for(file, files.dutch_excel_csv())
    preview.accepted[-1].answers["time_pressure_1"] = 9  # the database refuses this one
    before = files.count_responses(path)
    with pytest.raises(WerkdrukError, match="niets ingelezen"):
        import_answers(file, cycle, "Najaar", preview, PINNED_DAY)
    assert files.count_responses(path) == before
    assert find_measurement(current_cycle(file.load()), "Najaar") is None
    assert find_measurement(cycle, "Najaar") is None  # nor in the objects in memory
    existing = find_measurement(cycle, DEMO_MEASUREMENT)
    count = len(existing.responses)
    with pytest.raises(WerkdrukError):
        import_answers(file, cycle, DEMO_MEASUREMENT, preview, PINNED_DAY)
    assert files.count_responses(path) == before and len(existing.responses) == count


def test_cancel_means_no_call_and_nothing_written(file, path):
    before = digest(path)
    _, preview = preview_for(file, files.dutch_excel_csv())
    remapped = preview.remap(3, Role.IGNORED)  # looking around in the preview writes nothing
    assert remapped.accepted
    file.close()
    assert digest(path) == before


def test_the_measurement_needs_a_name_and_a_writable_file(file, path):
    cycle, preview = preview_for(file, files.dutch_excel_csv())
    with pytest.raises(WerkdrukError, match="naam"):
        import_answers(file, cycle, "   ", preview, PINNED_DAY)
    with (open_file(path, read_only=True) as reader,
          pytest.raises(WerkdrukError, match="alleen om te lezen")):
        import_answers(reader, cycle, "Najaar", preview, PINNED_DAY)
    assert find_measurement(current_cycle(file.load()), "Najaar") is None


def test_a_preview_of_another_cycle_is_refused(file, path):
    org = file.load()
    old = min(org.cycles, key=lambda c: c.number)
    _, preview = preview_for(file, files.dutch_excel_csv())  # teams of the newest cycle
    with pytest.raises(WerkdrukError, match="andere cyclus"):
        import_answers(file, old, "Najaar", preview, PINNED_DAY)


def test_responses_are_stored_as_team_and_item_only(file, path):
    cycle, preview = preview_for(file, files.dutch_excel_csv())
    import_answers(file, cycle, "Najaar", preview, PINNED_DAY)
    with sqlite3.connect(path) as db:
        assert [r[1] for r in db.execute("PRAGMA table_info(responses)")] == [
            "id", "measurement_id", "team_id"]
        assert [r[1] for r in db.execute("PRAGMA table_info(answers)")] == [
            "response_id", "item_key", "value"]
