"""No command's output lands on an organisation file: real processes, real files, real links."""

import os
import sqlite3

import pytest

from tests.pinned import PINNED_DAY
from werkdrukdesk.core import model as m
from werkdrukdesk.storage import create_file


@pytest.fixture
def files(tmp_path):
    """Two organisation files and a foreign SQLite database, with their bytes as they are."""
    org, other, foreign = (tmp_path / n for n in ("org.werkdruk", "ander.werkdruk", "agenda.db"))
    create_file(org, m.Profile("Korenaar"), PINNED_DAY).close()
    create_file(other, m.Profile("Ander"), PINNED_DAY).close()
    with sqlite3.connect(foreign) as db:
        db.execute("CREATE TABLE afspraak (wanneer TEXT)")
    db.close()
    return org, other, foreign


def _bytes(*paths):
    return [p.read_bytes() for p in paths]


OUTPUT_COMMANDS = [
    ["export", "{org}", "-o"],
    ["export", "{org}", "--with-answers", "-o"],
    ["report", "plan", "{org}", "-o"],
    ["plan", "export", "{org}", "-o"],
    ["survey", "template", "{org}", "-o"],
]


def _command(words, org, target):
    return [w.format(org=org) for w in words] + [str(target)]


@pytest.mark.parametrize("words", OUTPUT_COMMANDS)
@pytest.mark.parametrize("target", ["org", "other", "foreign", "link", "journal"])
def test_an_output_never_replaces_an_organisation_file(files, tmp_path, run_cli, words, target):
    org, other, foreign = files
    link = tmp_path / "plan.csv"
    link.symlink_to(org)
    journal = tmp_path / "ander.werkdruk-journal"
    out = {"org": org, "other": other, "foreign": foreign, "link": link,
           "journal": journal}[target]
    before = _bytes(org, other, foreign)
    code, stdout, err = run_cli(*_command(words, org, out))
    assert code == 2, (stdout, err)
    assert err.count("\n") == 1 and "Traceback" not in err
    if words[0] != "plan" or target == "link":  # plan refuses other extensions first
        assert "andere naam" in err
    assert _bytes(org, other, foreign) == before
    assert link.is_symlink() and not journal.exists()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_an_output_beside_them_is_written(files, tmp_path, run_cli):
    org, _, _ = files
    assert run_cli("export", org, "-o", tmp_path / "org.json")[0] == 0
    assert run_cli("report", "plan", org, "-o", tmp_path / "org.pdf")[0] == 0


@pytest.mark.parametrize("case", ["too long", "under a file", "no folder"])
def test_an_output_that_cannot_be_made_is_one_line(files, tmp_path, run_cli, case):
    org, _, _ = files
    (tmp_path / "gewoon-bestand").write_text("x")
    out = {"too long": tmp_path / ("x" * 300 + ".json"),
           "under a file": tmp_path / "gewoon-bestand" / "uit.json",
           "no folder": tmp_path / "geen" / "map" / "uit.json"}[case]
    code, _, err = run_cli("export", org, "-o", out)
    assert code == 2 and "Traceback" not in err and err.count("\n") == 1
    assert "kon niet worden geschreven" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["org.werkdruk", "ander.werkdruk", "agenda.db", "gewoon-bestand", "program"])


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_an_output_on_a_read_only_disk_is_one_line(files, read_only_folder, run_cli):
    org, _, _ = files
    code, _, err = run_cli("export", org, "-o", read_only_folder / "uit.json")
    assert code == 2 and "Traceback" not in err and err.count("\n") == 1
    assert list(read_only_folder.iterdir()) == []
