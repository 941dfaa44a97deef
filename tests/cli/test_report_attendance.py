"""`werkdrukdesk report attendance FILE -o OUT.pdf [--cycle N] [--session ID]` from the outside."""

import subprocess
import sys

import pypdf
import pytest

from werkdrukdesk.core.cycles import current_cycle
from werkdrukdesk.storage import open_file


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("attendance") / "Van Dijk.werkdruk"
    done = subprocess.run([sys.executable, "-m", "werkdrukdesk", "demo", str(path)],
                          check=False, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return path


@pytest.fixture(scope="module")
def demo_org(demo_file):
    with open_file(demo_file, read_only=True) as file:
        return file.load()


def _one_error_line(err: str) -> str:
    lines = [line for line in err.splitlines() if "propagateSizeHints" not in line]
    assert len(lines) == 1 and lines[0].startswith("werkdrukdesk: "), err
    return lines[0]


def _text(path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(path).pages)


def test_the_sheet_of_one_session(tmp_path, run_cli, demo_file, demo_org):
    session = max(current_cycle(demo_org).sessions, key=lambda x: len(x.attendees))
    out = tmp_path / "presentielijst.pdf"
    code, stdout, err = run_cli("report", "attendance", demo_file, "-o", out,
                                "--session", session.id)
    assert (code, err) == (0, "")
    assert str(out) in stdout
    text = _text(out)
    assert "Presentielijst voorlichting psychosociale arbeidsbelasting" in text  # a whole-PSA file
    assert all(" ".join(a.name.split()) in text for a in session.attendees)


def test_a_session_of_an_earlier_cycle(tmp_path, run_cli, demo_file, demo_org):
    session = demo_org.cycles[0].sessions[0]
    out = tmp_path / "oud.pdf"
    code, _, err = run_cli("report", "attendance", demo_file, "-o", out,
                           "--cycle", "1", "--session", session.id)
    assert (code, err) == (0, "")
    assert " ".join(session.title.split()) in _text(out)


def test_without_a_session_the_sheet_is_blank(tmp_path, run_cli, demo_file):
    out = tmp_path / "leeg.pdf"
    code, _, err = run_cli("report", "attendance", demo_file, "-o", out)
    assert (code, err) == (0, "")
    assert "Handtekening" in _text(out)


def test_an_unknown_session(tmp_path, run_cli, demo_file, demo_org):
    out = tmp_path / "x.pdf"
    code, _, err = run_cli("report", "attendance", demo_file, "-o", out, "--session", "999")
    assert code == 2
    line = _one_error_line(err)
    assert "999" in line and "kies uit" in line
    assert str(current_cycle(demo_org).sessions[0].id) in line
    assert not out.exists()


def test_a_session_that_is_not_a_number(tmp_path, run_cli, demo_file):
    code, _, err = run_cli("report", "attendance", demo_file, "-o", tmp_path / "x.pdf",
                           "--session", "een")
    assert code == 2 and "--session" in _one_error_line(err)
