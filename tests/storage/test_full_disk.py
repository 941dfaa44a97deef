"""A disk that fills up: one line, the file as it was, and nothing left beside it (no partial
file, no journal, no lock). Needs a small real disk (a tmpfs mounted as root); skipped without."""

import sqlite3

from tests.disks import fill
from tests.pinned import PINNED_DAY
from werkdrukdesk.core import model as m
from werkdrukdesk.demo.build import build_demo
from werkdrukdesk.storage import create_file, open_file
from werkdrukdesk.storage.errors import explain
from werkdrukdesk.storage.interchange import to_json


def _beside(folder):
    return sorted(p.name for p in folder.iterdir() if p.name != "opvulling")


def _intact(path):
    with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.close()


def test_an_import_onto_a_full_disk_leaves_nothing(full_disk, tmp_path, run_cli):
    source = tmp_path / "groot.json"
    demo = build_demo("large", today=PINNED_DAY)
    source.write_text(to_json(demo, with_answers=True), encoding="utf-8")
    code, _, err = run_cli("import", source, "-o", full_disk / "groot.werkdruk")
    assert code == 2 and "Traceback" not in err and err.count("\n") == 1
    assert "vol" in err
    assert _beside(full_disk) == []


def test_a_file_on_a_disk_that_fills_keeps_what_it_had(full_disk):
    path = full_disk / "org.werkdruk"
    create_file(path, m.Profile("Korenaar"), PINNED_DAY).close()
    fill(full_disk)
    with open_file(path) as file:  # the lock is taken, even when its note cannot be written
        try:
            for n in range(200):
                file.save(m.Document(f"Verslag {n}", summary="x" * 20_000))
        except sqlite3.Error as error:  # the window's change seam tells it as below
            assert "vol" in explain(error)
        else:
            raise AssertionError("the disk never filled")
    assert _beside(full_disk) == ["org.werkdruk"]
    _intact(path)
    with open_file(path, read_only=True) as file:
        stored = file.load().documents
    assert [d.title for d in stored] == [f"Verslag {n}" for n in range(len(stored))]


def test_answers_imported_onto_a_full_disk_are_none_and_leave_nothing(full_disk, tmp_path,
                                                                      run_cli):
    path = full_disk / "org.werkdruk"
    create_file(path, m.Profile("Korenaar"), PINNED_DAY).close()
    with open_file(path) as file:
        file.save(m.Team("Bakkerij", 40), file.load().cycles[0].id)
    answers = tmp_path / "antwoorden.csv"
    lines = ["Team;time_pressure_1;time_pressure_2"] + ["Bakkerij;4;3"] * 4000
    answers.write_text("\n".join(lines), encoding="utf-8")
    fill(full_disk)
    before = path.read_bytes()
    code, out, err = run_cli("survey", "import", path, answers, "--measurement", "Voorjaar")
    assert code == 2 and "Traceback" not in err and err.count("\n") == 1, (out, err)
    assert "vol" in err
    assert path.read_bytes() == before
    assert _beside(full_disk) == ["org.werkdruk"]
