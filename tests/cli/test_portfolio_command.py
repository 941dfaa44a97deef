"""`werkdrukdesk portfolio`: the table, its JSON and one calendar of every client's terms,
read from real files in a folder (healthy, damaged, newer, older, open in another process,
read-only), none of which changes."""

import json

import pytest

from tests.storage.test_portfolio import checksums, make_clients
from werkdrukdesk.storage.lock import WriterLock


@pytest.fixture
def clients(tmp_path):
    folder = tmp_path / "klanten"
    folder.mkdir()
    make_clients(folder)
    lock = WriterLock(folder / "open.werkdruk").acquire()  # held by this process, not the CLI's
    yield folder
    lock.release()
    (folder / "alleen.werkdruk").chmod(0o644)


def test_the_table_shows_every_file_and_changes_none(clients, run_cli):
    before = checksums(clients)
    code, out, err = run_cli("portfolio", clients)
    assert code == 0, err
    assert "Organisatie" in out and "Open punten" in out
    for name, state in [("gezond", "in orde"), ("kapot", "beschadigd"),
                        ("nieuwer", "nieuwere versie"), ("ouder", "oudere versie"),
                        ("open", "geopend op computer")]:
        line = next(x for x in out.splitlines() if f"{name}.werkdruk" in x)
        assert state in line, line
    assert "dieper.werkdruk" not in out and "notities" not in out
    assert checksums(clients) == before


def test_the_json_has_one_object_per_file(clients, run_cli):
    before = checksums(clients)
    code, out, err = run_cli("portfolio", clients, "--json", "--lang", "en")
    assert code == 0, err
    rows = {row["file"].rsplit("/", 1)[-1]: row for row in json.loads(out)}
    assert len(rows) == 7
    assert rows["gezond.werkdruk"]["states"] == [] and rows["gezond.werkdruk"]["checks"] > 0
    assert rows["kapot.werkdruk"]["states"] == ["damaged"]
    assert rows["nieuwer.werkdruk"]["states"] == ["newer"]
    assert rows["ouder.werkdruk"]["states"] == ["older"]
    assert rows["open.werkdruk"]["states"] == ["in_use"] and rows["open.werkdruk"]["holder"]
    assert rows["gezond.werkdruk"]["state"] == "fine"
    assert checksums(clients) == before


def test_deadlines_make_one_calendar(clients, run_cli, tmp_path):
    before = checksums(clients)
    out_file = tmp_path / "alle.ics"
    code, out, err = run_cli("portfolio", "deadlines", clients, "-o", out_file)
    assert code == 0, err
    text = out_file.read_text("utf-8").replace("\r\n ", "")
    assert text.count("BEGIN:VEVENT") > 0
    assert text.count("BEGIN:VEVENT") == text.count("SUMMARY:Termijn: Bakkerij & Lunchroom")
    assert "Overgeslagen: kapot.werkdruk" in out and "geschreven naar" in out
    assert checksums(clients) == before


@pytest.mark.parametrize("args, words", [
    (["portfolio", "{tmp}/nergens"], "bestaat niet"),
    (["portfolio", "deadlines", "{dir}", "-o", "{tmp}/alle.txt"], ".ics"),
    (["portfolio", "deadlines", "{dir}", "-o", "{dir}/gezond.werkdruk"], ".ics"),
    (["portfolio", "{dir}", "-o", "{tmp}/alle.ics"], "deadlines"),
])
def test_bad_input_is_one_line(clients, run_cli, tmp_path, args, words):
    before = checksums(clients)
    code, out, err = run_cli(*[a.format(tmp=tmp_path, dir=clients) for a in args])
    assert code == 2 and err.startswith("werkdrukdesk: ") and words in err, (out, err)
    assert checksums(clients) == before
