"""The portfolio's memory of files judged today (`storage.portfolio.remembered`): a later
listing gives exactly what judging in full gives, takes a remembered row only while the
program, the day and the file are the same, and never breaks the listing when the memory is
odd. Each test has its own cache folder (tests/conftest.py points XDG_CACHE_HOME at tmp_path).

To see which rows came from the memory, some tests write a made-up organisation name into it:
a row that shows the made-up name was taken over, a row that shows the file's own name was
judged in full."""

import json
import os
import shutil
import sqlite3
import sys
from dataclasses import replace
from datetime import timedelta

import pytest

from tests.pinned import PINNED_DAY
from werkdrukdesk.demo.build import build_demo
from werkdrukdesk.storage.portfolio import list_folders, listing, read_row, remembered
from werkdrukdesk.storage.portfolio.calendar import deadlines_calendar

NAMES = ("anna", "bram", "cem")
MADE_UP = "Verzonnen B.V."


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    from werkdrukdesk.storage.file import write_new_file

    path = tmp_path_factory.mktemp("sample") / "sample.werkdruk"
    write_new_file(path, build_demo("small", today=PINNED_DAY)).close()
    return path


@pytest.fixture
def clients(tmp_path, sample):
    folder = tmp_path / "klanten"
    folder.mkdir()
    for name in NAMES:
        shutil.copyfile(sample, folder / f"{name}.werkdruk")
    return folder


@pytest.fixture
def judged(monkeypatch):
    """The names of the files judged in full, in order."""
    names = []
    real = listing._judge

    def counting(path, *args):
        names.append(path.stem)
        return real(path, *args)

    monkeypatch.setattr(listing, "_judge", counting)
    return names


def table(folder, today=PINNED_DAY):
    return {row.path.stem: row for row in list_folders([folder], today, with_deadlines=False)}


def make_up_names():
    """Write a made-up organisation into every remembered row."""
    stored = json.loads(remembered.memory_file().read_bytes())
    for entry in stored["rows"].values():
        entry[2][0] = MADE_UP
    remembered.memory_file().write_text(json.dumps(stored), encoding="utf-8")


def test_a_second_listing_gives_the_same_rows_without_judging_again(clients, judged):
    first = table(clients)
    assert judged == list(NAMES)
    second = table(clients)
    assert judged == list(NAMES)  # nothing judged again
    assert second == first
    full = {row.path.stem: row for row in list_folders([clients], PINNED_DAY)}
    assert {name: replace(row, deadlines=None) for name, row in full.items()} == second
    assert all(row.checks and row.deadlines is None for row in second.values())

    memory = remembered.memory_file()
    assert memory.is_file() and clients not in memory.parents
    assert sorted(p.name for p in clients.iterdir()) == [f"{n}.werkdruk" for n in NAMES]
    if sys.platform != "win32":
        assert memory.stat().st_mode & 0o077 == 0  # the owner's alone
    make_up_names()
    assert {row.organisation for row in table(clients).values()} == {MADE_UP}  # taken over


def test_a_saved_change_is_judged_again_and_shown(clients, judged):
    from werkdrukdesk.storage.file import open_file

    before = table(clients)
    with open_file(clients / "bram.werkdruk") as opened:
        org = opened.load()
        opened.save_profile(replace(org.profile, name="Kapsalon Ayşe Yılmaz & R&D <Noord>"))
    make_up_names()
    judged.clear()
    after = table(clients)
    assert judged == ["bram"]
    assert after["bram"].organisation == "Kapsalon Ayşe Yılmaz & R&D <Noord>"
    assert after["bram"].checks == before["bram"].checks
    assert after["anna"].organisation == MADE_UP  # unchanged files stay remembered


def test_the_next_day_every_row_is_judged_again(clients, judged):
    before = table(clients)["anna"]
    assert before.next_deadline is not None
    later = before.next_deadline + timedelta(days=1)  # that measure is overdue from then on
    make_up_names()
    judged.clear()
    after = table(clients, later)
    assert sorted(judged) == list(NAMES)
    assert after["anna"].organisation != MADE_UP
    assert after["anna"].overdue > before.overdue
    assert after["anna"] == replace(read_row(clients / "anna.werkdruk", later), deadlines=None)


def _another_version(monkeypatch, folder):
    import werkdrukdesk

    monkeypatch.setattr(werkdrukdesk, "__version__", "99.0.0")
    remembered.program.cache_clear()


def _a_journal_beside(monkeypatch, folder):
    for name in NAMES:  # a write under way, or a crashed one SQLite has yet to roll back
        (folder / f"{name}.werkdruk-journal").write_bytes(b"")


def _garbage(monkeypatch, folder):
    remembered.memory_file().write_bytes(b"\xff{not json")


def _wrong_shapes(monkeypatch, folder):
    stored = json.loads(remembered.memory_file().read_bytes())
    keys = sorted(stored["rows"])
    stored["rows"][keys[0]] = "anna"
    stored["rows"][keys[1]][2] = [MADE_UP, "2", 36, 3, 0, None, False]  # a cycle as text
    stored["rows"][keys[2]][2][3] = 99  # more open checks than checks
    remembered.memory_file().write_text(json.dumps(stored), encoding="utf-8")


def _replaced_by_a_twin(monkeypatch, folder):
    """Each file replaced by another of the same size, modification time and header."""
    for name in NAMES:
        path = folder / f"{name}.werkdruk"
        twin = folder / f".{name}.twin"
        shutil.copyfile(path, twin)
        with sqlite3.connect(twin) as db:
            old = db.execute("SELECT name FROM organisation").fetchone()[0]
            db.execute("UPDATE organisation SET name = ?", ["X" * len(old)])
        db.close()
        header = path.read_bytes()[:100]
        with open(twin, "r+b") as handle:  # the old change counter back, as if never changed
            handle.seek(24)
            handle.write(header[24:28])
            handle.seek(92)
            handle.write(header[92:96])
        assert twin.read_bytes()[:100] == header
        assert twin.stat().st_size == path.stat().st_size
        info = path.stat()
        os.replace(twin, path)
        os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns))


@pytest.mark.parametrize("spoil", [_another_version, _a_journal_beside, _garbage,
                                   _wrong_shapes, _replaced_by_a_twin])
def test_a_remembered_row_is_only_taken_under_the_same_conditions(clients, monkeypatch,
                                                                  spoil):
    truth = table(clients)
    make_up_names()
    spoil(monkeypatch, clients)
    rows = table(clients)
    assert MADE_UP not in {row.organisation for row in rows.values()}
    if spoil is _replaced_by_a_twin:
        assert {row.organisation for row in rows.values()} == {"X" * len(truth["anna"]
                                                                        .organisation)}
    else:
        assert rows == truth
    if spoil is not _a_journal_beside:  # judged again and remembered anew
        assert table(clients) == rows


def test_a_file_with_a_write_under_way_or_in_wal_mode_is_never_remembered(clients):
    path = clients / "anna.werkdruk"
    assert remembered.seal(path, path.stat()) is not None
    (clients / "anna.werkdruk-wal").write_bytes(b"")
    assert remembered.seal(path, path.stat()) is None
    (clients / "anna.werkdruk-wal").unlink()
    wal = clients / "bram.werkdruk"
    with sqlite3.connect(wal) as db:
        db.execute("PRAGMA journal_mode = WAL")
    db.close()
    assert remembered.seal(wal, wal.stat()) is None


def test_a_memory_that_cannot_be_read_or_written_never_stops_the_listing(clients, judged):
    truth = table(clients)
    remembered.memory_file().unlink()
    remembered.memory_file().mkdir()  # neither readable as a file nor replaceable
    assert table(clients) == truth
    shutil.rmtree(remembered.memory_file().parent)
    remembered.memory_file().parent.parent.mkdir(parents=True, exist_ok=True)
    remembered.memory_file().parent.write_bytes(b"")  # the cache folder is a file
    judged.clear()
    assert table(clients) == truth
    assert table(clients) == truth and judged == list(NAMES) * 2  # nothing remembered


def test_the_calendar_judges_in_full_and_refuses_rows_without_deadlines(clients):
    table(clients)
    full = list_folders([clients], PINNED_DAY)
    assert all(row.deadlines for row in full)
    assert deadlines_calendar(full, listing.datetime(2026, 11, 28, 12)).count(b"VEVENT") > 0
    with pytest.raises(ValueError, match="without its deadlines"):
        deadlines_calendar(list_folders([clients], PINNED_DAY, with_deadlines=False),
                           listing.datetime(2026, 11, 28, 12))
