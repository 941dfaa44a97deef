"""The writer lock's system calls and owner-only permissions, per system, behind one interface.

POSIX (Linux, macOS): `flock` on the whole lock file. It belongs to the open file, so a second
window of the same program is refused too, and the system lets go when the program ends.

Windows: `msvcrt.locking` on one byte far past the end of the lock file. Windows refuses other
programs to *read* locked bytes, so the lock sits where nobody reads and the first bytes (who
holds the lock) stay readable for the message of the next one. The byte is unlocked before the
file is closed (Windows lets go of a lock left at closing only "some time" later), and the lock
file is removed after closing when nobody else opened it meanwhile (an open file cannot be
removed there).

Owner-only permissions: on POSIX the file gets mode 0600 (and folders 0700). Windows has no
such modes (`chmod` only sets the read-only flag); there a file takes the access rules of its
folder, and the user's own folders (Documents, %LOCALAPPDATA% where the backups go) are open to
that user, the system and administrators only. The program changes no Windows access rules; a
file put in a shared folder has that folder's rules, on every system.
"""

from __future__ import annotations

import contextlib
import importlib
from pathlib import Path
from typing import Any, BinaryIO

from werkdrukdesk.storage.platform.paths import system_kind

WINDOWS_LOCK_OFFSET = 0x7FFF_FFFF  # one byte here: past any name written in the file


def _module(name: str) -> Any:
    """`msvcrt` or `fcntl`, whichever this system has (a test may provide a stand-in)."""
    return importlib.import_module(name)


def try_lock(handle: BinaryIO, platform: str | None = None) -> bool:
    """Take the lock on the open lock file without waiting; False when another holds it."""
    try:
        if system_kind(platform) == "windows":
            msvcrt = _module("msvcrt")
            handle.seek(WINDOWS_LOCK_OFFSET)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            handle.seek(0)
        else:
            fcntl = _module("fcntl")
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError:
        return False


def let_go(handle: BinaryIO, path: Path, platform: str | None = None) -> None:
    """Release the lock and close the lock file; remove it where the system allows."""
    if system_kind(platform) == "windows":
        with contextlib.suppress(OSError):
            msvcrt = _module("msvcrt")
            handle.seek(WINDOWS_LOCK_OFFSET)
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        with contextlib.suppress(OSError):
            handle.close()
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)  # fails, harmlessly, when another opened it just now
        return
    path.unlink(missing_ok=True)  # before letting go: the next holder makes a new one
    with contextlib.suppress(OSError):
        handle.close()  # closing releases the lock


def restrict_to_owner(path: Path, platform: str | None = None) -> bool:
    """Make `path` readable by its owner alone where the system has such modes; whether it
    did (see the module's words on Windows)."""
    if system_kind(platform) == "windows":
        return False
    try:
        path.chmod(0o700 if path.is_dir() else 0o600)
    except OSError:
        return False  # a file system without POSIX modes (a USB stick) keeps its own rules
    return True
