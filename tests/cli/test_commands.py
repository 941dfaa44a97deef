"""The command line as a user or a script meets it: real processes, real files."""

import json
import sqlite3

import pytest

from werkdrukdesk.storage.interchange import FORMAT_VERSION


def test_new_creates_a_file(tmp_path, run_cli):
    path = tmp_path / "Ayşe Yılmaz Kapsalon.werkdruk"
    code, out, err = run_cli("new", path, "--name", "Kapsalon Ayşe Yılmaz")
    assert (code, err) == (0, "")
    assert path.exists() and "Nieuw bestand" in out
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT name FROM organisation").fetchone() == ("Kapsalon Ayşe Yılmaz",)


def test_demo_export_import_export_is_identical(tmp_path, run_cli):
    demo, first, copy, second = (tmp_path / n for n in
                                 ("big.werkdruk", "1.json", "copy.werkdruk", "2.json"))
    assert run_cli("demo", demo, "--size", "large")[0] == 0
    assert run_cli("export", demo, "-o", first, "--with-answers")[0] == 0
    assert run_cli("import", first, "-o", copy)[0] == 0
    assert run_cli("export", copy, "-o", second, "--with-answers")[0] == 0
    assert first.read_bytes() == second.read_bytes()
    document = json.loads(first.read_text(encoding="utf-8"))
    assert document["format_version"] == FORMAT_VERSION
    assert len(document["organisation"]["cycles"]) == 3


def test_an_ordinary_export_carries_no_single_questionnaire(tmp_path, run_cli):
    demo, out = tmp_path / "d.werkdruk", tmp_path / "d.json"
    run_cli("demo", demo)
    assert run_cli("export", demo, "-o", out)[0] == 0
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["answers_included"] is False
    measurements = [x for c in document["organisation"]["cycles"] for x in c["measurements"]]
    assert measurements and all(x["responses"] == [] for x in measurements)
    assert '"answers"' not in out.read_text(encoding="utf-8")


def test_export_to_the_screen(tmp_path, run_cli):
    run_cli("new", tmp_path / "a.werkdruk", "--name", "R&D <Noord>")
    code, out, _ = run_cli("export", tmp_path / "a.werkdruk", "-o", "-")
    assert code == 0 and json.loads(out)["organisation"]["profile"]["name"] == "R&D <Noord>"


@pytest.mark.parametrize(
    "args, message",
    [
        (["new", "{tmp}/x.werkdruk", "--name", "  "], "naam"),
        (["new", "{tmp}/x.txt", "--name", "X"], ".werkdruk"),
        (["new", "{tmp}/geen/map/x.werkdruk", "--name", "X"], "bestaat niet"),
        (["new", "{tmp}/x.werkdruk"], "--name"),
        (["export", "{tmp}/weg.werkdruk", "-o", "{tmp}/x.json"], "bestaat niet"),
        (["export", "{tmp}/rommel.werkdruk", "-o", "{tmp}/x.json"], "geen WerkdrukDesk"),
        (["import", "{tmp}/weg.json", "-o", "{tmp}/x.werkdruk"], "bestaat niet"),
        (["import", "{tmp}/rommel.json", "-o", "{tmp}/x.werkdruk"], "onleesbaar"),
        (["import", "{tmp}/latin1.json", "-o", "{tmp}/x.werkdruk"], "UTF-8"),
        (["demo", "{tmp}/x.werkdruk", "--size", "huge"], "huge"),
        (["{tmp}/rommel.werkdruk", "--exit-when-ready"], "geen WerkdrukDesk"),
    ],
)
def test_bad_input_ends_with_status_2_and_one_line(tmp_path, run_cli, args, message):
    (tmp_path / "rommel.werkdruk").write_bytes(b"\x00\xff" * 300)
    (tmp_path / "rommel.json").write_text("{niet: json", encoding="utf-8")
    (tmp_path / "latin1.json").write_bytes('{"naam": "Ça va"}'.encode("latin-1"))
    code, out, err = run_cli(*(a.format(tmp=tmp_path) for a in args))
    lines = [line for line in err.splitlines() if "propagateSizeHints" not in line]
    assert code == 2
    assert len(lines) == 1 and lines[0].startswith("werkdrukdesk: ")
    assert message in lines[0]
    assert "Traceback" not in err
    assert not (tmp_path / "x.werkdruk").exists()


def test_commands_never_overwrite_without_force(tmp_path, run_cli):
    target = tmp_path / "a.werkdruk"
    run_cli("new", target, "--name", "Eerste")
    before = target.read_bytes()
    code, _, err = run_cli("demo", target)
    assert code == 2 and "bestaat al" in err and target.read_bytes() == before
    assert run_cli("demo", target, "--force")[0] == 0
    assert target.read_bytes() != before


def test_the_program_starts_and_stops_when_ready(tmp_path, run_cli):
    run_cli("new", tmp_path / "a.werkdruk", "--name", "Korenaar")
    code, _, err = run_cli(tmp_path / "a.werkdruk", "--exit-when-ready")
    assert code == 0, err
