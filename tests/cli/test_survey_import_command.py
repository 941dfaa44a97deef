"""`werkdrukdesk survey import` as a user runs it: a real process, real files."""

import hashlib

import pytest

from tests import survey_answer_files as files
from tests.pinned import PINNED_DAY
from werkdrukdesk.core.cycles import current_cycle
from werkdrukdesk.demo.build import build_demo
from werkdrukdesk.storage import open_file
from werkdrukdesk.storage.file import write_new_file


@pytest.fixture
def demo(tmp_path):
    path = tmp_path / "van-dijk.werkdruk"
    write_new_file(path, build_demo("small", today=PINNED_DAY)).close()
    return path


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def one_line(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("werkdrukdesk: "), err
    return lines[0]


def test_import_of_a_dutch_excel_csv(tmp_path, demo, run_cli):
    answers = tmp_path / "Antwoorden werkdruk.csv"
    answers.write_bytes(files.dutch_excel_csv())
    before = files.count_responses(demo)[0]
    code, out, err = run_cli("survey", "import", demo, answers, "--measurement", "Najaar 2026")
    assert (code, err) == (0, "")
    assert "kunnen iemand herkenbaar maken" in out
    assert "'Tijdstempel'" in out and "'Naam'" in out and "'E-mailadres'" in out
    assert "Afgewezen rijen (3):" in out
    for reason in files.DUTCH_REJECTED.values():
        assert f"  {reason}\n" in out
    assert "5 ingevulde vragenlijsten ingelezen in de nieuwe meting 'Najaar 2026'" in out
    assert files.count_responses(demo)[0] == before + 5
    assert files.leaks(demo) == [] and files.leaks(demo, files.timestamps()) == []
    # Once more, now with the spreadsheet: added to the same measurement.
    sheet = tmp_path / "antwoorden.xlsx"
    sheet.write_bytes(files.answers_xlsx())
    code, out, err = run_cli("survey", "import", demo, sheet, "--measurement", "najaar 2026")
    assert code == 0 and "4 ingevulde vragenlijsten ingelezen in de meting 'Najaar 2026'" in out
    with open_file(demo, read_only=True) as file:
        cycle = max(file.load().cycles, key=lambda c: c.number)
    assert [len(ms.responses) for ms in cycle.measurements if ms.name == "Najaar 2026"] == [9]
    assert files.leaks(demo) == []


def test_many_rejected_rows_are_cut_short(tmp_path, demo, run_cli):
    answers = tmp_path / "veel-fout.csv"
    answers.write_bytes(files.many_rejected_csv(25))
    code, out, _ = run_cli("survey", "import", demo, answers, "--measurement", "Najaar")
    assert code == 0 and "Afgewezen rijen (25):" in out
    assert out.count("  rij ") == 20 and "  en nog 5\n" in out
    assert "1 ingevulde vragenlijsten ingelezen" in out


@pytest.mark.parametrize("data, name, message", [
    (files.EMPTY, "leeg.csv", "leeg"),
    (files.RANDOM_BYTES, "rommel.csv", "geen tekstbestand"),
    (files.RANDOM_BYTES, "rommel.xlsx", "Excel"),
    (files.HEADER_ONLY, "kop.csv", "Er is niets ingelezen"),
    (files.wrong_teams_and_values_csv(), "fout.csv", "alle 5 rijen zijn afgewezen"),
])
def test_nothing_importable_is_exit_2_and_leaves_the_file_alone(
    tmp_path, demo, run_cli, data, name, message
):
    answers = tmp_path / name
    answers.write_bytes(data)
    before = digest(demo)
    code, out, err = run_cli("survey", "import", demo, answers, "--measurement", "Najaar")
    assert code == 2 and message in one_line(err)
    assert digest(demo) == before
    if "afgewezen" in message:  # the reasons are shown before giving up
        assert "rij 2: team 'Keukenn' bestaat niet" in out


@pytest.mark.parametrize("args, message", [
    (["{answers}", "--measurement", "   "], "naam"),
    (["{answers}"], "--measurement"),
    (["{tmp}/weg.csv", "--measurement", "Najaar"], "bestaat niet"),
    (["{tmp}", "--measurement", "Najaar"], "map"),
])
def test_bad_arguments_are_exit_2(tmp_path, demo, run_cli, args, message):
    answers = tmp_path / "a.csv"
    answers.write_bytes(files.dutch_excel_csv())
    before = digest(demo)
    args = [a.format(tmp=tmp_path, answers=answers) for a in args]
    code, _, err = run_cli("survey", "import", demo, *args)
    assert code == 2 and message in one_line(err)
    assert digest(demo) == before


def test_answers_outside_the_existing_measurement_are_exit_2(tmp_path, demo, run_cli):
    answers = tmp_path / "a.csv"
    answers.write_bytes(b"Team;autonomy_content_3\r\nBakkerij;4\r\n")
    with open_file(demo, read_only=True) as file:  # its name follows the demo's day
        (existing,) = [x.name for x in current_cycle(file.load()).measurements]
    before = digest(demo)
    code, _, err = run_cli("survey", "import", demo, answers, "--measurement", existing)
    assert code == 2 and "vroeg niet naar 1 vraag" in one_line(err)
    assert digest(demo) == before
