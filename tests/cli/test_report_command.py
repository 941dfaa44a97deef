"""`werkdrukdesk report KIND FILE -o OUT.pdf [--cycle N]` as a user or a script meets it."""

import io

import pypdf
import pytest


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    """One real demo file for the whole module: writing it is the slow part."""
    import subprocess
    import sys

    path = tmp_path_factory.mktemp("report") / "Van Dijk.werkdruk"
    done = subprocess.run([sys.executable, "-m", "werkdrukdesk", "demo", str(path)],
                          check=False, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return path


def _one_error_line(err: str) -> str:
    lines = [line for line in err.splitlines() if "propagateSizeHints" not in line]
    assert len(lines) == 1 and lines[0].startswith("werkdrukdesk: "), err
    return lines[0]


def test_plan_of_the_newest_cycle(tmp_path, run_cli, demo_file):
    out = tmp_path / "plan van aanpak.pdf"
    code, stdout, err = run_cli("report", "plan", demo_file, "-o", out)
    assert (code, err) == (0, "")
    assert str(out) in stdout
    reader = pypdf.PdfReader(io.BytesIO(out.read_bytes()))
    pages = len(reader.pages)
    assert reader.metadata["/Author"] == "Bakkerij & Lunchroom Van Dijk"
    assert reader.metadata["/Subject"].startswith("Cyclus 2")
    assert f"pagina {pages} van {pages}" in reader.pages[-1].extract_text()


def test_plan_of_an_earlier_cycle(tmp_path, run_cli, demo_file):
    out = tmp_path / "cyclus1.pdf"
    code, _, err = run_cli("report", "plan", demo_file, "-o", out, "--cycle", "1")
    assert (code, err) == (0, "")
    assert pypdf.PdfReader(out).metadata["/Subject"].startswith("Cyclus 1")


def test_a_cycle_that_does_not_exist(tmp_path, run_cli, demo_file):
    out = tmp_path / "x.pdf"
    code, _, err = run_cli("report", "plan", demo_file, "-o", out, "--cycle", "99")
    assert code == 2
    assert "Cyclus 99" in _one_error_line(err)
    assert not out.exists() and not (tmp_path / "x.pdf.tmp").exists()


@pytest.mark.parametrize("kind", ["taart", "PLAN", ""])
def test_an_unknown_kind(tmp_path, run_cli, demo_file, kind):
    code, _, err = run_cli("report", kind, demo_file, "-o", tmp_path / "x.pdf")
    assert code == 2
    assert "Onbekend rapport" in _one_error_line(err)


def test_never_writes_over_the_organisation_file(run_cli, demo_file):
    before = demo_file.read_bytes()
    code, _, err = run_cli("report", "plan", demo_file, "-o", demo_file)
    assert code == 2 and ".werkdruk" in _one_error_line(err)
    assert demo_file.read_bytes() == before


@pytest.mark.parametrize(
    "args, message",
    [
        (["report", "plan", "{tmp}/weg.werkdruk", "-o", "{tmp}/x.pdf"], "bestaat niet"),
        (["report", "plan", "{demo}", "-o", "{tmp}/geen/map/x.pdf"], "kon niet"),
        (["report", "plan", "{demo}", "-o", "{tmp}/x.pdf", "--cycle", "een"], "--cycle"),
        (["report", "plan", "{demo}"], "-o"),
    ],
)
def test_bad_input_ends_with_status_2_and_one_line(tmp_path, run_cli, demo_file, args, message):
    code, _, err = run_cli(*(a.format(tmp=tmp_path, demo=demo_file) for a in args))
    assert code == 2
    assert message in _one_error_line(err)
