"""Bad input is one line and exit status 2, never a traceback, and no file changes: numbers
JSON cannot mean, text no file can hold, tampered organisation files, endless inputs."""

import json
import os
import sqlite3

import pytest

from tests.pinned import PINNED_DAY
from werkdrukdesk.demo.build import build_demo
from werkdrukdesk.storage.file import write_new_file
from werkdrukdesk.storage.interchange import to_json


@pytest.fixture(scope="module")
def export_text():
    return to_json(build_demo("small", today=PINNED_DAY), with_answers=True)


def _one_line(code, out, err, *words):
    lines = [line for line in err.splitlines() if "propagateSizeHints" not in line]  # Qt's
    assert code == 2, (out, err)
    assert len(lines) == 1 and lines[0].startswith("werkdrukdesk: ") and "Traceback" not in err
    for word in words:
        assert word in lines[0]


def _names(folder):
    return sorted(p.name for p in folder.iterdir() if p.name != "program")


def _edit(text, change):
    document = json.loads(text)
    change(document["organisation"])
    return json.dumps(document)  # a lone surrogate as the escape \ud800, as JSON allows


def _first_team(org):
    return org["cycles"][0]["teams"][0]


JSON_CASES = {
    "beyond 64 bits": lambda t: _edit(t, lambda o: _first_team(o).update(headcount=2**70)),
    "an id beyond 64 bits": lambda t: _edit(t, lambda o: o["cycles"][0].update(id=2**64)),
    "thousands of digits": lambda t: _edit(t, lambda o: _first_team(o).update(headcount=7))
    .replace('"headcount": 7', '"headcount": ' + "9" * 5000, 1),
    "a lone surrogate": lambda t: _edit(t, lambda o: o["profile"].update(name="Bakkerij \ud800")),
    "NaN": lambda t: _edit(t, lambda o: o["survey_settings"].update(demand_too_high=float("nan"))),
    "Infinity": lambda t: _edit(t, lambda o: o["profile"].update(
        paid_hours_per_week=float("inf"))),
    "-Infinity": lambda t: _edit(t, lambda o: o["survey_settings"].update(
        resource_too_low=float("-inf"))),
    "a duplicate id": lambda t: _edit(
        t, lambda o: o["cycles"][0]["teams"].append(dict(_first_team(o)))),
}


@pytest.mark.parametrize("case", JSON_CASES)
def test_json_that_no_file_can_hold_is_one_line(tmp_path, run_cli, export_text, case):
    source, target = tmp_path / "in.json", tmp_path / "uit.werkdruk"
    source.write_text(JSON_CASES[case](export_text), encoding="utf-8")
    _one_line(*run_cli("import", source, "-o", target), "JSON")
    assert not target.exists()
    assert _names(tmp_path) == ["in.json"]


def test_a_duplicate_id_is_named_not_a_database_error(tmp_path, run_cli, export_text):
    source = tmp_path / "in.json"
    source.write_text(JSON_CASES["a duplicate id"](export_text), encoding="utf-8")
    code, out, err = run_cli("import", source, "-o", tmp_path / "uit.werkdruk")
    _one_line(code, out, err, "meer dan eens", "teams")
    assert "UNIQUE" not in err


TAMPERING = {
    "a dropped column": "ALTER TABLE teams DROP COLUMN hybrid",
    "an unknown status": "UPDATE measures SET status = 'weg'",
    "text that is not UTF-8": "UPDATE teams SET name = CAST(x'ff41' AS TEXT)",
    "an infinite number": "UPDATE organisation SET paid_hours_per_week = 9e999",
    "a dropped table": "DROP TABLE session_topics",
}


@pytest.mark.parametrize("case", TAMPERING)
@pytest.mark.parametrize("command", [["export", "{file}", "-o", "{tmp}/uit.json"],
                                     ["check", "{file}"],
                                     ["report", "plan", "{file}", "-o", "{tmp}/uit.pdf"],
                                     ["survey", "results", "{file}"],
                                     ["{file}", "--exit-when-ready"]])
def test_a_tampered_file_is_refused_as_damaged_and_left_alone(tmp_path, run_cli, case, command):
    path = tmp_path / "org.werkdruk"
    write_new_file(path, build_demo("small", today=PINNED_DAY)).close()
    with sqlite3.connect(path) as db:
        db.execute(TAMPERING[case])
    db.close()
    before = path.read_bytes()
    args = [w.format(file=path, tmp=tmp_path) for w in command]
    _one_line(*run_cli(*args), "beschadigd")
    assert path.read_bytes() == before
    assert _names(tmp_path) == ["org.werkdruk"]


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
@pytest.mark.parametrize("command", [["import", "{input}", "-o", "{tmp}/uit.werkdruk"],
                                     ["survey", "import", "{file}", "{input}",
                                      "--measurement", "Voorjaar"]])
@pytest.mark.parametrize("endless", ["/dev/zero", "fifo"])
def test_a_device_or_a_pipe_is_not_read(tmp_path, run_cli, command, endless):
    path = tmp_path / "org.werkdruk"
    write_new_file(path, build_demo("small", today=PINNED_DAY)).close()
    before = path.read_bytes()
    if endless == "fifo":
        endless = tmp_path / "pijp"
        os.mkfifo(endless)
    args = [w.format(input=endless, file=path, tmp=tmp_path) for w in command]
    _one_line(*run_cli(*args), "geen gewoon bestand")
    assert path.read_bytes() == before and not (tmp_path / "uit.werkdruk").exists()


def test_a_file_locked_by_another_program_is_in_use_not_damaged(tmp_path, run_cli):
    """Another program (here sqlite3 itself) holds the database locked: the file is fine."""
    path = tmp_path / "org.werkdruk"
    write_new_file(path, build_demo("small", today=PINNED_DAY)).close()
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        code, out, err = run_cli("check", path)
        _one_line(code, out, err, "in gebruik door een ander programma", "probeer het zo opnieuw")
        assert "beschadigd" not in err and "reservekopie" not in err
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert run_cli("check", path)[0] in (0, 1)
