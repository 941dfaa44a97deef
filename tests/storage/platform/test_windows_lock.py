"""The writer lock and owner-only permissions with the Windows branch selected, on any system.

A stand-in for `msvcrt` keeps Windows' rules that matter here: a locked byte refuses every other
handle (also in the same program), an unlocked one is free, and the bytes before it stay
readable. What only Windows itself can show (that the system lets go after a crash, that a
scanner's handle blocks removal) is not tested here.
"""

import os
import sys
import types

import pytest

from werkdrukdesk.storage.lock import FileInUseError, WriterLock, lock_path
from werkdrukdesk.storage.platform import locking


class FakeMsvcrt(types.ModuleType):
    LK_UNLCK, LK_NBLCK = 0, 2

    def __init__(self):
        super().__init__("msvcrt")
        self.held: dict[tuple[int, int, int], int] = {}  # (device, inode, offset) -> handle
        self.calls: list[tuple[int, int]] = []

    def locking(self, fd, mode, nbytes):
        assert nbytes == 1
        status = os.fstat(fd)
        region = (status.st_dev, status.st_ino, os.lseek(fd, 0, os.SEEK_CUR))
        self.calls.append((mode, region[2]))
        if mode == self.LK_NBLCK:
            if region in self.held:
                raise PermissionError(13, "Permission denied")  # as msvcrt raises it
            self.held[region] = fd
        elif mode == self.LK_UNLCK:
            if self.held.get(region) != fd:
                raise PermissionError(13, "Permission denied")
            del self.held[region]


@pytest.fixture
def msvcrt(monkeypatch):
    fake = FakeMsvcrt()
    monkeypatch.setitem(sys.modules, "msvcrt", fake)
    return fake


def test_one_writer_at_a_time_on_windows(tmp_path, msvcrt):
    target = tmp_path / "bakkerij.werkdruk"
    first = WriterLock(target, platform="win32").acquire()
    assert msvcrt.calls == [(FakeMsvcrt.LK_NBLCK, locking.WINDOWS_LOCK_OFFSET)]
    with pytest.raises(FileInUseError, match="al geopend op computer"):
        WriterLock(target, platform="win32").acquire()  # the holder's name is still readable
    first.release()
    assert msvcrt.held == {}  # unlocked before closing, not left to the system
    assert not lock_path(target).exists()  # nobody else had it open: removed after closing
    with WriterLock(target, platform="win32").acquire():
        pass


def test_the_holders_name_sits_before_the_locked_byte(tmp_path, msvcrt):
    target = tmp_path / "bakkerij.werkdruk"
    with WriterLock(target, platform="win32").acquire():
        written = lock_path(target).read_bytes()
        assert 0 < len(written) < locking.WINDOWS_LOCK_OFFSET
        assert str(os.getpid()).encode() in written


def test_a_lock_file_another_program_opened_stays_on_windows(tmp_path, msvcrt, monkeypatch):
    target = tmp_path / "bakkerij.werkdruk"
    lock = WriterLock(target, platform="win32").acquire()

    def refuse(self, missing_ok=False):
        raise PermissionError(13, "in use")  # Windows: an open file cannot be removed

    monkeypatch.setattr(type(lock.path), "unlink", refuse)
    lock.release()  # no error: the next writer simply takes the lock on the file that stays
    monkeypatch.undo()
    assert lock_path(target).exists()


def test_the_posix_branch_is_the_default_here(tmp_path):
    if sys.platform == "win32":
        pytest.skip("this system takes the Windows branch")
    target = tmp_path / "bakkerij.werkdruk"
    with WriterLock(target).acquire(), pytest.raises(FileInUseError):
        WriterLock(target).acquire()


def test_owner_only_permissions_per_system(tmp_path):
    answers = tmp_path / "antwoorden.csv"
    answers.write_text("x")
    answers.chmod(0o644)
    assert locking.restrict_to_owner(answers, platform="win32") is False  # folder's rules
    assert answers.stat().st_mode & 0o777 == 0o644
    if os.name != "nt":
        assert locking.restrict_to_owner(answers, platform="linux") is True
        assert answers.stat().st_mode & 0o777 == 0o600
        assert locking.restrict_to_owner(tmp_path, platform="darwin") is True
        assert tmp_path.stat().st_mode & 0o777 == 0o700
