"""Replacing and removing a file that another program holds for a moment (Windows)."""

import os

import pytest

from werkdrukdesk.core.errors import WerkdrukError
from werkdrukdesk.storage import atomic, backup
from werkdrukdesk.storage.platform import retry
from werkdrukdesk.storage.platform.retry import FileHeldError, is_sharing_violation


def sharing_violation() -> OSError:
    error = PermissionError(13, "The process cannot access the file")
    error.winerror = 32  # as Windows sets it
    return error


class Flaky:
    """os.replace that fails `times` times with a sharing violation, then works."""

    def __init__(self, times: int, error=sharing_violation):
        self.times, self.error, self.calls = times, error, 0
        self.real = os.replace

    def __call__(self, source, target):
        self.calls += 1
        if self.calls <= self.times:
            raise self.error()
        self.real(source, target)


def test_a_sharing_violation_is_told_apart():
    assert is_sharing_violation(sharing_violation())
    locked = PermissionError(13, "part locked")
    locked.winerror = 33
    assert is_sharing_violation(locked)
    assert not is_sharing_violation(FileNotFoundError(2, "gone"))
    if os.name != "nt":
        assert not is_sharing_violation(PermissionError(13, "no rights"))  # POSIX: real


def test_a_short_hold_is_waited_out(tmp_path, monkeypatch):
    flaky = Flaky(times=3)
    monkeypatch.setattr(os, "replace", flaky)
    waits = []
    source, target = tmp_path / "a", tmp_path / "b"
    source.write_text("nieuw")
    retry.replace_file(source, target, sleep=waits.append)
    assert target.read_text() == "nieuw" and flaky.calls == 4
    assert waits == list(retry.WAITS[:3])


def test_a_lasting_hold_is_explained_in_plain_words(tmp_path, monkeypatch):
    monkeypatch.setattr(os, "replace", Flaky(times=99))
    waits = []
    with pytest.raises(FileHeldError) as raised:
        retry.replace_file(tmp_path / "a", tmp_path / "doel.pdf", sleep=waits.append)
    assert waits == list(retry.WAITS)
    assert sum(waits) < 2  # brief: the owner is not kept waiting
    message = raised.value.strerror
    assert "doel.pdf" in message and "in gebruik door een ander programma" in message


def test_other_errors_are_not_retried(tmp_path, monkeypatch):
    flaky = Flaky(times=1, error=lambda: FileNotFoundError(2, "weg"))
    monkeypatch.setattr(os, "replace", flaky)
    with pytest.raises(FileNotFoundError):
        retry.replace_file(tmp_path / "a", tmp_path / "b", sleep=lambda _s: None)
    assert flaky.calls == 1


def test_an_output_written_while_a_scanner_holds_the_target(tmp_path, monkeypatch):
    monkeypatch.setattr(retry.time, "sleep", lambda _s: None)
    monkeypatch.setattr(os, "replace", Flaky(times=2))
    atomic.write_text_atomically(tmp_path / "rapport.csv", "a;b\n")
    assert (tmp_path / "rapport.csv").read_text() == "a;b\n"

    monkeypatch.setattr(os, "replace", Flaky(times=99))
    with pytest.raises(WerkdrukError, match="even in gebruik"):
        atomic.write_text_atomically(tmp_path / "rapport.csv", "c;d\n")
    assert (tmp_path / "rapport.csv").read_text() == "a;b\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rapport.csv"]  # no partial left


def test_removal_waits_too(tmp_path, monkeypatch):
    victim = tmp_path / "oud.werkdruk"
    victim.write_text("x")
    calls = []
    real_unlink = type(victim).unlink

    def unlink(self, missing_ok=False):
        calls.append(self)
        if len(calls) < 3:
            raise sharing_violation()
        real_unlink(self, missing_ok=missing_ok)

    monkeypatch.setattr(type(victim), "unlink", unlink)
    retry.remove_file(victim, sleep=lambda _s: None)
    assert not victim.exists() and len(calls) == 3


def test_a_backup_copy_waits_for_its_target(tmp_path, monkeypatch):
    import sqlite3

    monkeypatch.setattr(retry.time, "sleep", lambda _s: None)
    source = tmp_path / "org.werkdruk"
    conn = sqlite3.connect(source)
    conn.execute("create table t (x)")
    conn.commit()
    monkeypatch.setattr(os, "replace", Flaky(times=2))
    made = backup.backup_copy(conn, source, tmp_path / "kopieen", "dagelijks")
    conn.close()
    assert made.exists()


def test_access_denied_is_waited_for_but_not_called_a_held_file(tmp_path, monkeypatch):
    def denied():
        error = PermissionError(13, "Access is denied")
        error.winerror = 5
        return error

    flaky = Flaky(times=99, error=denied)
    monkeypatch.setattr(os, "replace", flaky)
    with pytest.raises(PermissionError) as raised:
        retry.replace_file(tmp_path / "a", tmp_path / "b", sleep=lambda _s: None)
    assert not isinstance(raised.value, FileHeldError)
    assert flaky.calls == len(retry.WAITS) + 1
