"""Incidents leave the file on the day their retention period ends, not a day before."""

import sqlite3
from datetime import date

import pytest

from werkdrukdesk.core import model as m
from werkdrukdesk.storage import open_file
from werkdrukdesk.storage.retention import purge_expired

OLD = "Klant dreigde met een mes bij de toonbank"


def _register(file) -> None:
    org = file.load()
    cycle = org.cycles[0]
    team = file.save(m.Team("Winkel", headcount=6), cycle.id)
    file.save(m.Incident(date(2024, 12, 4), kind=m.IncidentKind.THREAT, team_id=team.id,
                         description=OLD), cycle.id)
    file.save(m.Incident(date(2025, 6, 1), description="Schelden bij de kassa"), cycle.id)
    file.save(m.Incident(None, description="Nog zonder datum"), cycle.id)


def test_the_day_before_nothing_goes_and_on_the_day_the_entry_leaves_the_file(file, path):
    _register(file)
    file.close()
    with open_file(path) as opened:
        org = opened.load()
        assert purge_expired(opened, org, date(2026, 12, 3)) == 0
        assert len(org.cycles[0].incidents) == 3
    assert OLD.encode() in path.read_bytes()
    with open_file(path) as opened:
        org = opened.load()
        assert purge_expired(opened, org, date(2026, 12, 4)) == 1
        assert [i.description for i in org.cycles[0].incidents] == [
            "Schelden bij de kassa", "Nog zonder datum"]
    with open_file(path) as opened:
        assert len(opened.load().cycles[0].incidents) == 2
        assert purge_expired(opened, opened.load(), date(2026, 12, 4)) == 0
    assert OLD.encode() not in path.read_bytes()  # not in a free page either


def test_a_purge_that_fails_halfway_removes_nothing(file, path, monkeypatch):
    _register(file)
    org = file.load()
    real_delete = file.delete
    calls = []

    def second_fails(record):
        calls.append(record)
        if len(calls) == 2:
            raise sqlite3.OperationalError("disk I/O error")
        real_delete(record)

    monkeypatch.setattr(file, "delete", second_fails)
    with pytest.raises(sqlite3.OperationalError):
        purge_expired(file, org, date(2030, 1, 1))
    assert len(calls) == 2  # the first was deleted before the second failed
    assert len(org.cycles[0].incidents) == 3
    assert len(file.load().cycles[0].incidents) == 3


def test_the_backup_copies_lose_the_expired_entries_too(file, path, tmp_path):
    from werkdrukdesk.paths import backups_dir
    from werkdrukdesk.storage.backup import backup_copy, backups_of
    from werkdrukdesk.storage.retention import purge_in_backups

    _register(file)
    kept = backup_copy(file.db.conn, path, backups_dir(), "voor-terugzetten")
    file.close()
    copies = backups_of(path, backups_dir())
    assert kept in copies and OLD.encode() in kept.read_bytes()
    with open_file(path) as opened:
        assert purge_expired(opened, opened.load(), date(2026, 12, 4)) == 1
    assert purge_in_backups(path, backups_dir(), date(2026, 12, 3)) == (0, 0)
    assert purge_in_backups(path, backups_dir(), date(2026, 12, 4)) == (1, 0)  # the one with it
    assert not any(OLD.encode() in c.read_bytes() for c in backups_of(path, backups_dir()))
    with open_file(kept, read_only=True) as copy:
        assert len(copy.load().cycles[0].incidents) == 2
