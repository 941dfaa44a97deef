"""The portfolio reads every client file in a folder and changes none: a healthy file, a
damaged one, one from a newer and one from an older version, one open elsewhere, one
read-only; one bad file never stops the rest."""

import hashlib
import os
import sqlite3

import pytest

from tests.pinned import PINNED_DAY, PINNED_MOMENT
from werkdrukdesk.demo.build import build_demo
from werkdrukdesk.storage.lock import WriterLock, lock_path
from werkdrukdesk.storage.portfolio import FileState, list_folders
from werkdrukdesk.storage.portfolio.calendar import deadlines_calendar
from werkdrukdesk.storage.portfolio.listing import organisation_files

KNOWN = {"gezond", "kapot", "nieuwer", "ouder", "open", "alleen"}


def _write(path):
    """As the program writes a file: with the summary the portfolio reads of it."""
    from werkdrukdesk.storage.file import write_new_file

    write_new_file(path, build_demo("small", today=PINNED_DAY), today=PINNED_DAY).close()


def make_clients(folder):
    """One file of every state the portfolio tells apart; returns the names."""
    for name in KNOWN:
        _write(folder / f"{name}.werkdruk")
    with sqlite3.connect(folder / "kapot.werkdruk") as db:
        db.execute("DROP TABLE session_topics")
    db.close()
    with sqlite3.connect(folder / "nieuwer.werkdruk") as db:
        db.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                   "VALUES ('werkdrukdesk', '0099_future', '2030-01-01')")
    db.close()
    with sqlite3.connect(folder / "ouder.werkdruk") as db:
        db.execute("DROP TABLE conversation_outcomes")
        db.execute("DELETE FROM _sqlite_migrations WHERE name = '0006_conversation_outcomes'")
    db.close()
    (folder / "alleen.werkdruk").chmod(0o444)
    (folder / "leeg.werkdruk").write_bytes(b"")
    (folder / "notities.txt").write_text("geen organisatie")
    (folder / "onder").mkdir()
    _write(folder / "onder" / "dieper.werkdruk")  # not read: one level only


def checksums(folder):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def clients(tmp_path):
    folder = tmp_path / "klanten"
    folder.mkdir()
    make_clients(folder)
    lock = WriterLock(folder / "open.werkdruk").acquire()
    yield folder
    lock.release()
    (folder / "alleen.werkdruk").chmod(0o644)


def test_every_state_is_told_and_no_file_changes(clients):
    before = checksums(clients)
    names_before = sorted(p.name for p in clients.iterdir())
    rows = {row.path.stem: row for row in list_folders([clients], PINNED_DAY)}
    assert set(rows) == KNOWN | {"leeg"}

    healthy = rows["gezond"]
    assert healthy.states == () and healthy.state_text() == "in orde"
    assert healthy.organisation == "Bakkerij & Lunchroom Van Dijk" and healthy.cycle == 2
    assert healthy.checks and 0 <= healthy.open_checks <= healthy.checks
    assert healthy.overdue is not None and healthy.next_deadline >= PINNED_DAY
    assert healthy.deadlines and all(r.deadline for r in healthy.deadlines)

    assert rows["kapot"].states == (FileState.DAMAGED,) and "beschadigd" in rows["kapot"].note
    assert rows["leeg"].states == (FileState.DAMAGED,) and rows["leeg"].checks is None
    newer = rows["nieuwer"]
    assert newer.states == (FileState.NEWER,) and "nieuwere versie" in newer.note
    assert newer.organisation == healthy.organisation and newer.cycle == 2
    assert newer.checks is None
    older = rows["ouder"]
    assert older.states == (FileState.OLDER,) and older.checks == healthy.checks
    assert older.open_checks == healthy.open_checks
    opened = rows["open"]
    assert opened.states == (FileState.IN_USE,) and opened.checks == healthy.checks
    assert opened.holder and opened.holder in opened.state_text()
    if os.geteuid() != 0:  # root writes everywhere
        assert FileState.READ_ONLY in rows["alleen"].states
        assert rows["alleen"].checks == healthy.checks

    # Listed again as the table does, first judged in full and then from the portfolio's
    # memory of today's judgements: the same rows (bar the deadlines, which the table has not)
    # and the memory kept apart from the client files.
    from dataclasses import replace

    from werkdrukdesk.storage.portfolio.remembered import memory_file

    for _ in range(2):
        again = {row.path.stem: row for row in list_folders([clients], PINNED_DAY,
                                                            with_deadlines=False)}
        assert again == {name: replace(row, deadlines=None) for name, row in rows.items()}
    assert memory_file().is_file() and clients not in memory_file().parents

    assert checksums(clients) == before
    assert sorted(p.name for p in clients.iterdir()) == names_before  # no journal, no lock
    with sqlite3.connect(f"{(clients / 'ouder.werkdruk').as_uri()}?mode=ro", uri=True) as db:
        applied = [r[0] for r in db.execute("SELECT name FROM _sqlite_migrations")]
    db.close()
    assert "0006_conversation_outcomes" not in applied  # not migrated on disk
    assert lock_path(clients / "open.werkdruk").exists()  # the owner still holds it


def test_an_unexpected_fault_in_one_file_does_not_stop_the_rest(clients, monkeypatch):
    from werkdrukdesk.storage.portfolio import listing

    real = listing._judged

    def failing(org, today, base, states):
        if base.path.stem == "gezond":
            raise RuntimeError("boom")
        return real(org, today, base, states)

    monkeypatch.setattr(listing, "_judged", failing)
    rows = {row.path.stem: row for row in list_folders([clients], PINNED_DAY)}
    assert FileState.DAMAGED in rows["gezond"].states
    assert rows["ouder"].checks is not None


def test_a_file_named_through_two_folders_is_listed_once(clients, tmp_path):
    assert len(organisation_files([clients, tmp_path / "klanten" / "..", clients])) == 7
    assert len(organisation_files([clients, clients])) == 7


def test_the_calendar_names_the_organisation_in_every_event(clients):
    rows = list_folders([clients], PINNED_DAY)
    text = deadlines_calendar(rows, PINNED_MOMENT).decode("utf-8")
    unfolded = text.replace("\r\n ", "")
    events = unfolded.count("BEGIN:VEVENT")
    assert events == sum(len(r.deadlines) for r in rows) > 0
    assert unfolded.count("SUMMARY:Termijn: Bakkerij & Lunchroom Van Dijk: ") == events
    uids = [line for line in unfolded.splitlines() if line.startswith("UID:")]
    assert len(set(uids)) == len(uids)  # the same measure in two files is two events
    assert text.startswith("BEGIN:VCALENDAR") and text.endswith("END:VCALENDAR\r\n")


def test_a_missing_folder_is_one_message(tmp_path):
    from werkdrukdesk.core.errors import WerkdrukError

    with pytest.raises(WerkdrukError, match="bestaat niet"):
        list_folders([tmp_path / "nergens"], PINNED_DAY)

