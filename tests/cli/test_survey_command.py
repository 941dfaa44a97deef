"""`survey results` and `survey template` as a user or a script runs them."""

import csv
import io
import json

import pytest

from tests.pinned import PINNED_DAY
from werkdrukdesk.core.cycles import current_cycle
from werkdrukdesk.core.model import Profile
from werkdrukdesk.core.survey.scoring import score_measurement
from werkdrukdesk.demo.build import build_demo
from werkdrukdesk.storage import open_file
from werkdrukdesk.storage.file import create_file, write_new_file


@pytest.fixture(scope="module")
def large(tmp_path_factory):
    """One large demo file shared by the read-only tests of this module."""
    path = tmp_path_factory.mktemp("survey") / "Zorgkring.werkdruk"
    write_new_file(path, build_demo("large", today=PINNED_DAY)).close()
    return path


def test_results_json_has_both_measurements_of_the_newest_cycle(large, run_cli):
    code, out, err = run_cli("survey", "results", large, "--json")
    assert (code, err) == (0, "")
    document = json.loads(out)
    with open_file(large, read_only=True) as file:
        org = file.load()
    cycle = current_cycle(org)
    assert document["cycle"] == cycle.number
    assert [r["measurement"] for r in document["measurements"]] == [
        m.name for m in sorted(cycle.measurements, key=lambda m: m.held_on)
    ]
    for measurement, shown in zip(sorted(cycle.measurements, key=lambda m: m.held_on),
                                  document["measurements"]):
        expected = score_measurement(measurement, org.sources, cycle.teams,
                                     org.survey_settings, cycle.number)
        part = shown["participation"]
        assert part["respondents"] == len(measurement.responses)
        assert part["headcount"] == sum(t.headcount for t in cycle.teams)
        assert len(part["teams"]) == len(cycle.teams)
        organisation = shown["groups"][0]
        assert organisation["name"] == "Hele organisatie"
        assert organisation["n"] == expected.groups[0].n
        assert len(organisation["scores"]) == len(measurement.source_ids)
        for score in organisation["scores"]:
            mean = expected.groups[0].scores[score["source_id"]].mean
            assert score["mean"] == round(mean, 2) and 1 <= score["mean"] <= 5
        assert [g["name"] for g in shown["groups"][1:]] == [t.name for t in cycle.teams]
        assert all(s["alpha"] is not None for s in shown["sources"])
    (comparison,) = document["comparisons"]
    assert comparison["changes"] and {"ci_low", "ci_high", "hedges_g", "verdict"} <= set(
        comparison["changes"][0])


def test_results_as_text_and_for_a_named_older_measurement(large, run_cli):
    code, out, err = run_cli("survey", "results", large)
    assert (code, err) == (0, "")
    assert out.count("Meting: ") == 2 and "Vergelijking:" in out
    assert "Hele organisatie: " in out and "Deelname: " in out
    with open_file(large, read_only=True) as file:
        oldest = min(file.load().cycles, key=lambda c: c.number)
    name = oldest.measurements[1].name
    code, out, _ = run_cli("survey", "results", large, "--measurement", f"  {name.upper()} ",
                           "--json")
    document = json.loads(out)
    assert code == 0 and document["cycle"] == oldest.number
    assert [r["measurement"] for r in document["measurements"]] == [name]
    assert document["comparisons"] == []


def test_unknown_measurement_is_one_line_and_exit_2(large, run_cli):
    code, out, err = run_cli("survey", "results", large, "--measurement", "Bestaat niet")
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "Bestaat niet" in err and "Traceback" not in err


def test_a_raised_threshold_hides_small_teams_everywhere(tmp_path, run_cli):
    path = tmp_path / "bakkerij.werkdruk"
    write_new_file(path, build_demo("small", today=PINNED_DAY)).close()
    with open_file(path) as file:
        settings = file.load().survey_settings
        settings.min_group_size = 7
        file.save_survey_settings(settings)
    code, out, _ = run_cli("survey", "results", path, "--json")
    (measurement,) = json.loads(out)["measurements"]
    assert code == 0 and measurement["threshold"] == 7
    for group in measurement["groups"]:
        if group["suppressed"]:
            assert group["n"] is None and group["fewer_than"] == 7 and "scores" not in group
        else:
            assert group["n"] >= 7
    for team in measurement["participation"]["teams"]:
        assert team["respondents"] is None or team["respondents"] >= 7
    assert any(g["suppressed"] for g in measurement["groups"])
    code, text, _ = run_cli("survey", "results", path)
    assert "minder dan 7" in text


def test_template_is_a_semicolon_csv_with_bom_of_the_first_measurement(large, tmp_path, run_cli):
    sheet = tmp_path / "antwoordblad.csv"
    code, out, err = run_cli("survey", "template", large, "-o", sheet)
    assert (code, err) == (0, "")
    assert "team" in out and "1 = nooit" in out
    data = sheet.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))
    with open_file(large, read_only=True) as file:
        org = file.load()
    asked = set(current_cycle(org).measurements[0].source_ids)
    keys = [i.key for s in sorted(org.sources, key=lambda s: s.position) if s.id in asked
            for i in s.items]
    assert rows == [["team", *keys]]


def test_template_without_measurements_has_every_active_source(tmp_path, run_cli):
    path = tmp_path / "leeg.werkdruk"
    create_file(path, Profile(name="Kapsalon Ayşe"), PINNED_DAY).close()
    sheet = tmp_path / "blad.csv"
    assert run_cli("survey", "template", path, "-o", sheet)[0] == 0
    with sheet.open(encoding="utf-8-sig", newline="") as handle:
        (header,) = list(csv.reader(handle, delimiter=";"))
    with open_file(path, read_only=True) as file:
        sources = file.load().sources
    assert header[0] == "team"
    assert header[1:] == [i.key for s in sources if not s.archived for i in s.items]
    code, _, err = run_cli("survey", "template", path, "-o", path)
    assert code == 2 and err.count("\n") == 1
