"""One writer at a time: a lock file beside the organisation file, held while it is open.

The operating system releases the lock when the program ends, also after a crash or power cut,
so a stale lock never blocks the owner.
"""

from __future__ import annotations

import os
import socket
from pathlib import Path

from werkdrukdesk.core.errors import WerkdrukError
from werkdrukdesk.core.i18n import translate


class FileInUseError(WerkdrukError):
    """Another program (or window) has the file open for writing."""


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".in-gebruik")


class WriterLock:
    def __init__(self, path: Path):
        self.path = lock_path(path)
        self._handle = None

    def acquire(self) -> WriterLock:
        for _attempt in range(5):
            try:
                handle = open(self.path, "a+")  # noqa: SIM115 - held while the file is open
            except OSError:
                return self  # a read-only folder: nobody can write the file there either
            if not _try_lock(handle):
                message = _in_use(self.path.name.removesuffix(".in-gebruik"), handle)
                handle.close()
                raise FileInUseError(message)
            if _still_there(self.path, handle):
                break
            handle.close()  # the previous holder removed it just now: lock the new one
        else:
            raise FileInUseError(
                translate("Storage", "{file} kon niet worden vergrendeld; probeer het opnieuw.")
                .format(file=self.path.name)
            )
        handle.seek(0)
        handle.truncate()
        handle.write(f"{socket.gethostname()} {os.getpid()}\n")
        handle.flush()
        self._handle = handle
        return self

    def release(self) -> None:
        if self._handle is not None:
            if os.name != "nt":  # Windows cannot remove a file that is still open
                self.path.unlink(missing_ok=True)
            self._handle.close()  # closing releases the lock
            self._handle = None


def _still_there(path: Path, handle) -> bool:
    """Whether the locked file is still the one at `path` (not removed by its last holder)."""
    try:
        return os.path.samestat(os.stat(path), os.fstat(handle.fileno()))
    except OSError:
        return False


def _in_use(name: str, handle) -> str:
    """Who holds the lock on file `name`, as the lock file tells: a computer, or nobody known."""
    handle.seek(0)
    words = handle.read().split()
    if words:
        return translate(
            "Storage",
            "{file} is al geopend op computer {computer}. "
            "U kunt het alleen bekijken tot het daar gesloten is.",
        ).format(file=name, computer=words[0])
    return translate(
        "Storage",
        "{file} is al geopend in een ander venster. "
        "U kunt het alleen bekijken tot het daar gesloten is.",
    ).format(file=name)


if os.name == "nt":
    import msvcrt

    def _try_lock(handle) -> bool:
        try:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

else:
    import fcntl

    def _try_lock(handle) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False
