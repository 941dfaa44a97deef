"""The adviser's own library: `library export`, `library import` and `new --library`.

Real files on both sides: what one client's file exports, another's takes in, without the
people, dates, statuses or teams that belong to the first client only."""

import hashlib
import json

import pytest

from tests.pinned import PINNED_DAY
from werkdrukdesk.core import model as m
from werkdrukdesk.core.cycles import current_cycle
from werkdrukdesk.storage import create_file, open_file

PERSON = "Ayşe Yılmaz"


@pytest.fixture
def client_file(tmp_path):
    """A client with an own source (with questions) and two measures: one open with a person
    responsible, a deadline and a team, one finished."""
    path = tmp_path / "R&D <Noord>.werkdruk"
    with create_file(path, m.Profile(name="R&D <Noord>"), PINNED_DAY) as file:
        org = file.load()
        cycle = current_cycle(org)
        own = file.save(m.Source(
            name="Roosterdruk in het weekend", kind=m.SourceKind.DEMAND, category="hours",
            explanation="Diensten op zaterdag en zondag.", position=99,
            items=[m.Item("weekend_1", "Ik werk vaker in het weekend dan ik wil.", 0),
                   m.Item("weekend_2", "Mijn weekenddiensten worden laat bekend.", 1)]))
        team = file.save(m.Team(name="Kassa", headcount=4, manager=PERSON), cycle.id)
        workload = next(s for s in org.sources if s.catalogue_key)
        file.save(m.Measure(
            title="Weekendrooster vier weken vooruit", description="Vast ritme per maand.",
            level=m.Level.TEAM, responsible=PERSON, carried_out_by=PERSON,
            start_date=PINNED_DAY, deadline=PINNED_DAY, status=m.MeasureStatus.IN_PROGRESS,
            intended_result="Minder last-minute wisselingen.", judge_how="tweede meting",
            judge_on=PINNED_DAY,
            targets=[m.Target(own.id, team.id), m.Target(workload.id, None)]), cycle.id)
        file.save(m.Measure(title="Pauzeruimte opgeknapt", responsible=PERSON,
                            status=m.MeasureStatus.DONE, completed_on=PINNED_DAY), cycle.id)
    return path, workload.catalogue_key


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_round_trip_moves_sources_and_measures_without_people_or_dates(
        tmp_path, run_cli, client_file):
    source_file, workload_key = client_file
    library = tmp_path / "bibliotheek.json"
    code, out, err = run_cli("library", "export", source_file, "-o", library)
    assert (code, err) == (0, "") and "1 eigen bronnen en 2 maatregelen" in out
    text = library.read_text(encoding="utf-8")
    assert PERSON not in text and PINNED_DAY.isoformat() not in text
    for private in ("Kassa", "in_progress", "done", "team_id", "responsible", "deadline"):
        assert private not in text, private
    document = json.loads(text)
    assert (document["format"], document["format_version"]) == ("werkdrukdesk-library", 1)

    other = tmp_path / "Bakkerij.werkdruk"
    assert run_cli("new", other, "--name", "Bakkerij")[0] == 0
    code, out, err = run_cli("library", "import", other, library)
    assert (code, err) == (0, "") and "1 eigen bronnen en 2 maatregelen" in out
    with open_file(other, read_only=True) as file:
        org = file.load()
    own = next(s for s in org.sources if s.name == "Roosterdruk in het weekend")
    assert [(i.key, i.text) for i in own.items] == [
        ("weekend_1", "Ik werk vaker in het weekend dan ik wil."),
        ("weekend_2", "Mijn weekenddiensten worden laat bekend.")]
    assert own.catalogue_key is None and own.explanation == "Diensten op zaterdag en zondag."
    measures = {x.title: x for x in current_cycle(org).measures}
    roster = measures["Weekendrooster vier weken vooruit"]
    workload = next(s for s in org.sources if s.catalogue_key == workload_key)
    assert (roster.level, roster.intended_result, roster.judge_how) == (
        m.Level.TEAM, "Minder last-minute wisselingen.", "tweede meting")
    assert set(roster.targets) == {m.Target(own.id, None), m.Target(workload.id, None)}
    for measure in measures.values():
        assert measure.status == m.MeasureStatus.PLANNED
        assert (measure.responsible, measure.carried_out_by) == ("", "")
        assert (measure.deadline, measure.start_date, measure.judge_on,
                measure.completed_on) == (None, None, None, None)

    # Again: nothing doubles, and the output says what was skipped.
    code, out, _ = run_cli("library", "import", other, library)
    assert code == 0 and "overgeslagen: Roosterdruk in het weekend" in out
    with open_file(other, read_only=True) as file:
        assert len(current_cycle(file.load()).measures) == 2


def test_only_open_measures(tmp_path, run_cli, client_file):
    library = tmp_path / "open.json"
    assert run_cli("library", "export", client_file[0], "-o", library,
                   "--measures", "open")[0] == 0
    titles = [x["title"] for x in json.loads(library.read_text("utf-8"))["measures"]]
    assert titles == ["Weekendrooster vier weken vooruit"]


def test_a_new_organisation_starts_from_a_library(tmp_path, run_cli, client_file):
    library = tmp_path / "lib.json"
    assert run_cli("library", "export", client_file[0], "-o", library)[0] == 0
    new = tmp_path / "Nieuw.werkdruk"
    code, out, err = run_cli("new", new, "--name", PERSON, "--library", library)
    assert (code, err) == (0, "") and "Nieuw bestand gemaakt" in out
    with open_file(new, read_only=True) as file:
        org = file.load()
    assert org.profile.name == PERSON
    assert any(s.name == "Roosterdruk in het weekend" for s in org.sources)
    assert len(current_cycle(org).measures) == 2


def _library(tmp_path, changes=None, **more):
    document = {"format": "werkdrukdesk-library", "format_version": 1, "measures": [],
                "sources": [{"name": "Nieuwe bron", "kind": "demand",
                             "items": [{"key": "weekend_1", "text": "Een vraag."}]}]}
    if isinstance(changes, list):  # not even an object
        document = changes
    else:
        document.update(changes or {}, **more)
    path = tmp_path / "lib.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def _one_line(err):
    lines = [line for line in err.splitlines() if "propagateSizeHints" not in line]
    assert len(lines) == 1 and lines[0].startswith("werkdrukdesk: "), err
    return lines[0]


def test_a_question_code_clash_is_refused_and_the_file_untouched(
        tmp_path, run_cli, client_file):
    target = client_file[0]
    before = _digest(target)
    code, out, err = run_cli("library", "import", target, _library(tmp_path))
    assert (code, out) == (2, "")
    line = _one_line(err)
    assert "weekend_1" in line and "Nieuwe bron" in line and "niets ingelezen" in line
    assert _digest(target) == before


@pytest.mark.parametrize("changes, words", [
    ({"format_version": 2}, "nieuwere versie"),
    ({"format": "werkdrukdesk"}, "geen bibliotheekbestand"),
    ({"format_version": "1"}, "formaatnummer"),
    ({"sources": {"name": "x"}}, "geen lijst"),
    ({"sources": [{"name": "", "kind": "demand"}]}, "'name' ontbreekt"),
    ({"sources": [{"name": "x", "kind": "soms"}]}, "'soms' is geen geldige waarde"),
    ({"measures": [{"title": "x", "sources": [{}]}]}, "zonder naam of code"),
    ({"measures": [{"title": "x", "level": [1]}]}, "'[1]' is geen geldige waarde"),
    ({"sources": [{"name": "Rooster", "kind": "demand"}, {"name": "ROOSTER", "kind": "demand"}]},
     "'ROOSTER' komt meer dan eens voor"),
    ({"sources": [{"name": "x", "kind": "demand", "items": [{"key": "a", "text": "1"},
                                                             {"key": "a", "text": "2"}]}]},
     "vraagcode a komt meer dan eens voor"),
    ({"measures": [{"title": "x", "description": "y" * 20_001}]}, "'description' ontbreekt"),
    ([], "geen bibliotheekbestand"),
])
def test_bad_libraries_are_one_dutch_line(tmp_path, run_cli, client_file, changes, words):
    target = client_file[0]
    before = _digest(target)
    code, _, err = run_cli("library", "import", target, _library(tmp_path, changes))
    assert code == 2 and words in _one_line(err)
    assert _digest(target) == before


def test_not_json_and_too_big(tmp_path, run_cli, client_file, monkeypatch):
    target = client_file[0]
    junk = tmp_path / "junk.json"
    junk.write_text("dit is { geen json", encoding="utf-8")
    code, _, err = run_cli("library", "import", target, junk)
    assert code == 2 and "geen leesbaar JSON-bestand" in _one_line(err)
    from werkdrukdesk.core.errors import WerkdrukError
    from werkdrukdesk.storage import library

    monkeypatch.setattr(library, "MAX_LIBRARY_BYTES", 10)
    with pytest.raises(WerkdrukError, match="te groot"):
        library.read_library(_library(tmp_path))


def test_new_with_a_clashing_library_makes_no_file(tmp_path, run_cli):
    built_in_key = "clash_1"
    path = _library(tmp_path, sources=[
        {"name": "A", "kind": "demand", "items": [{"key": built_in_key, "text": "Een."}]},
        {"name": "B", "kind": "resource", "items": [{"key": built_in_key, "text": "Twee."}]}])
    code, _, err = run_cli("new", tmp_path / "n.werkdruk", "--name", "N", "--library", path)
    assert code == 2 and "clash_1" in _one_line(err)
    assert not (tmp_path / "n.werkdruk").exists()


def test_a_closed_cycle_takes_no_measures_and_a_data_file_is_no_output(
        tmp_path, run_cli, client_file):
    path = client_file[0]
    with open_file(path) as file:
        cycle = current_cycle(file.load())
        cycle.closed = True
        file.save(cycle)
    before = _digest(path)
    library = _library(tmp_path, sources=[], measures=[{"title": "Nieuw"}])
    code, _, err = run_cli("library", "import", path, library)
    assert code == 2 and "afgesloten" in _one_line(err) and _digest(path) == before
    other = tmp_path / "ander.werkdruk"
    assert run_cli("new", other, "--name", "Ander")[0] == 0
    kept = _digest(other)
    code, _, err = run_cli("library", "export", path, "-o", other)
    assert code == 2 and _digest(other) == kept
    _one_line(err)


def test_a_source_the_file_lacks_is_left_out_of_a_measure(tmp_path):
    from werkdrukdesk.core.plan.own_library import LibraryMeasure, SourceRef, to_measure

    sources = [m.Source("Roosterdruk", m.SourceKind.DEMAND, id=7),
               m.Source("Oud", m.SourceKind.DEMAND, archived=True, id=8),
               m.Source("Werkdruk", m.SourceKind.DEMAND, catalogue_key="workload", id=9)]
    measure = to_measure(sources, LibraryMeasure("X", sources=[
        SourceRef(name="ROOSTERDRUK"), SourceRef(name="Oud"), SourceRef(name="Onbekend"),
        SourceRef("workload"), SourceRef("workload"), SourceRef("elders")]))
    assert measure.targets == [m.Target(7, None), m.Target(9, None)]
    assert measure.status == m.MeasureStatus.PLANNED and measure.deadline is None
