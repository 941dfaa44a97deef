"""`werkdrukdesk plan export FILE -o OUT.csv|OUT.xlsx|OUT.ics [--cycle N]`."""

import csv
import io

import pytest
from openpyxl import load_workbook


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    import subprocess
    import sys

    path = tmp_path_factory.mktemp("plan") / "Van Dijk.werkdruk"
    done = subprocess.run([sys.executable, "-m", "werkdrukdesk", "demo", str(path)],
                          check=False, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return path


def _one_error_line(err: str) -> str:
    lines = [line for line in err.splitlines() if "propagateSizeHints" not in line]
    assert len(lines) == 1 and lines[0].startswith("werkdrukdesk: "), err
    return lines[0]


def test_csv_of_the_newest_cycle(tmp_path, run_cli, demo_file):
    out = tmp_path / "plan.csv"
    code, stdout, err = run_cli("plan", "export", demo_file, "-o", out)
    assert (code, err) == (0, "") and "cyclus 2" in stdout
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig")), delimiter=";"))
    assert rows[0][:3] == ["Nr", "Maatregel", "Omschrijving"] and len(rows) > 5


def test_xlsx_and_ics_of_an_earlier_cycle(tmp_path, run_cli, demo_file):
    xlsx, ics = tmp_path / "plan.XLSX", tmp_path / "termijnen.ics"
    assert run_cli("plan", "export", demo_file, "-o", xlsx, "--cycle", "1")[0] == 0
    assert load_workbook(xlsx).active["A2"].value == "M1"
    code, stdout, err = run_cli("plan", "export", demo_file, "-o", ics, "--cycle", "1")
    assert (code, err) == (0, "") and "cyclus 1" in stdout
    assert ics.read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")


@pytest.mark.parametrize("name", ["plan.pdf", "plan", "plan.csv.txt"])
def test_another_extension_is_refused_in_one_line(tmp_path, run_cli, demo_file, name):
    code, out, err = run_cli("plan", "export", demo_file, "-o", tmp_path / name)
    assert (code, out) == (2, "")
    assert ".csv, .xlsx of .ics" in _one_error_line(err)
    assert list(tmp_path.iterdir()) == []


def test_a_missing_cycle_or_file_is_one_line(tmp_path, run_cli, demo_file):
    code, _, err = run_cli("plan", "export", demo_file, "-o", tmp_path / "p.csv", "--cycle", "7")
    assert code == 2 and "Cyclus 7" in _one_error_line(err)
    code, _, err = run_cli("plan", "export", tmp_path / "weg.werkdruk", "-o", tmp_path / "p.csv")
    assert code == 2
    _one_error_line(err)
    code, _, err = run_cli("plan")
    assert code == 2
    _one_error_line(err)
