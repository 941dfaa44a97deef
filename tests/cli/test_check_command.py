"""`werkdrukdesk check FILE [--json] [--cycle N]`: exit 0 when ready, 1 with the gaps and what
to do about them, 2 for a bad file or cycle (one line)."""

import json
import subprocess
import sys

import pytest

from tests.pinned import PINNED_DAY
from werkdrukdesk.core import model as m
from werkdrukdesk.core.cycles import current_cycle
from werkdrukdesk.core.readiness.chain import TITLES, readiness
from werkdrukdesk.storage import open_file

EXIT_READY, EXIT_GAPS, EXIT_BAD = 0, 1, 2


@pytest.fixture(scope="module")
def large_demo(tmp_path_factory):
    """The large demo, written once for the module through the real command line."""
    path = tmp_path_factory.mktemp("check") / "Waalstroom.werkdruk"
    done = subprocess.run(
        [sys.executable, "-m", "werkdrukdesk", "demo", str(path), "--size", "large"],
        check=False, capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return path


def _one_error_line(err: str) -> str:
    lines = [line for line in err.splitlines() if "propagateSizeHints" not in line]
    assert len(lines) == 1 and lines[0].startswith("werkdrukdesk: "), err
    return lines[0]


def _as_json(stdout: str) -> dict:
    found = json.loads(stdout)
    assert set(found) == {"ready", "scope", "checks"}
    covered = found["scope"]
    assert covered["psa"] in ("werkdruk", "whole") and "werkdruk" in covered["strands"]
    assert "art. 1 lid 3 sub e" in covered["note"]
    if covered["psa"] == "werkdruk":  # its "ready" says it is for werkdruk only
        assert covered["strands"] == ["werkdruk"] and "alleen over werkdruk" in covered["note"]
    for check in found["checks"]:
        assert {"key", "title", "ok", "action", "basis"} <= set(check)
        assert check["basis"].startswith(("Arbowet", "WOR"))
    return found


def test_a_new_organisation_lists_every_gap_with_its_action(tmp_path, run_cli):
    path = tmp_path / "nieuw.werkdruk"
    assert run_cli("new", path, "--name", "Bakkerij Łukasz")[0] == 0
    code, out, err = run_cli("check", path)
    assert (code, err) == (EXIT_GAPS, "")
    lines = out.splitlines()
    assert "Bakkerij Łukasz" in lines[0] and "Nog niet" in lines[1]
    marks = [line for line in lines if line[:2] in ("✓ ", "✗ ")]
    # a new file covers the whole PSA policy: every check, in order
    assert len(marks) == len(TITLES) and "hele beleid" in out
    failed = [n for n, line in enumerate(lines) if line.startswith("✗ ")]
    assert len(failed) >= 18
    for n in failed:  # each gap is followed by its action point and the step to do it in
        assert lines[n + 1].startswith("    Actie: ") and "(stap: " in lines[n + 1]
    code, out, _ = run_cli("check", path, "--json")
    found = _as_json(out)
    assert code == EXIT_GAPS and found["ready"] is False
    assert found["scope"]["strands"] == ["werkdruk", "unwanted", "aggression"]
    assert [c["key"] for c in found["checks"]] == list(TITLES)
    gaps = [c for c in found["checks"] if not c["ok"]]
    assert len(gaps) == len(failed) and all(c["action"] for c in gaps)


def test_the_demos_newest_cycle_shows_only_its_real_gaps(run_cli, large_demo):
    code, out, err = run_cli("check", large_demo, "--json")
    assert (code, err) == (EXIT_GAPS, "")
    gaps = {c["key"]: c for c in _as_json(out)["checks"] if not c["ok"]}
    # By design the running cycle has measures past their term, a measure finished less
    # than a month ago that is not evaluated yet, and no policy changes written down yet.
    assert set(gaps) <= {"carried_out", "evaluated", "next_cycle"}
    assert "carried_out" in gaps
    with open_file(large_demo, read_only=True) as file:
        org = file.load()
    expected = [c for c in readiness(org, current_cycle(org), PINNED_DAY) if not c.ok]
    assert [c.action for c in expected] == [c["action"] for c in gaps.values()]


@pytest.mark.parametrize("number", ["1", "2"])
def test_the_demos_finished_cycles_are_ready(run_cli, large_demo, number):
    code, out, err = run_cli("check", large_demo, "--cycle", number)
    assert (code, err) == (EXIT_READY, "")
    assert "Ja" in out and "✗" not in out and "Actie:" not in out
    code, out, _ = run_cli("check", large_demo, "--cycle", number, "--json")
    assert code == EXIT_READY and _as_json(out)["ready"] is True


def test_a_cycle_that_does_not_exist(run_cli, large_demo):
    code, out, err = run_cli("check", large_demo, "--cycle", "99")
    assert (code, out) == (EXIT_BAD, "")
    assert "Cyclus 99" in _one_error_line(err)


def test_a_file_that_does_not_exist_or_is_not_a_werkdruk_file(tmp_path, run_cli):
    code, _, err = run_cli("check", tmp_path / "weg.werkdruk")
    assert code == EXIT_BAD
    _one_error_line(err)
    junk = tmp_path / "rommel.werkdruk"
    junk.write_bytes(b"dit is geen database")
    code, _, err = run_cli("check", junk, "--json")
    assert code == EXIT_BAD
    _one_error_line(err)


def test_a_usage_mistake_is_one_line(run_cli):
    code, _, err = run_cli("check")
    assert code == EXIT_BAD
    _one_error_line(err)


def test_a_werkdruk_only_file_that_is_ready_says_it_is_ready_for_werkdruk_only(run_cli, large_demo):
    """The demo file is werkdruk only (for now): its "ready" must never read as ready for
    unwanted behaviour and aggression too."""
    with open_file(large_demo, read_only=True) as file:
        if file.load().profile.psa_scope != m.PsaScope.WERKDRUK:
            pytest.skip("the demo covers the whole PSA policy")
    code, out, _ = run_cli("check", large_demo, "--cycle", "1")
    assert code == EXIT_READY
    lines = out.splitlines()
    assert lines[1].startswith("Ja, voor werkdruk:") and "niet nagekeken" in lines[1]
    assert "alleen over werkdruk" in lines[2] and "agressie" in lines[2]
