"""One writer at a time: a lock file beside the organisation file, held while it is open.

The operating system releases the lock when the program ends, also after a crash or power cut,
so a stale lock never blocks the owner. The lock sits beside the file the path resolves to
(through symlinks and `..`), so every way of naming one file meets the same lock; on a system
that ignores letter case, names that differ only in case already are the same lock file.
The system calls for each system are in `platform.locking`.
"""

from __future__ import annotations

import errno
import os
import socket
from pathlib import Path
from typing import BinaryIO, Self

from werkdrukdesk.core.errors import WerkdrukError
from werkdrukdesk.core.i18n import translate
from werkdrukdesk.storage.guard import resolved
from werkdrukdesk.storage.platform.locking import let_go, try_lock

# Where nobody may write, nobody can change the file either: no lock is needed there.
NOBODY_WRITES = (errno.EROFS, errno.EACCES, errno.EPERM)


class FileInUseError(WerkdrukError):
    """Another program (or window) has the file open for writing."""


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".in-gebruik")


class WriterLock:
    def __init__(self, path: str | os.PathLike[str], platform: str | None = None):
        """`platform` (a `sys.platform` value) chooses the system calls; this system's by
        default, another only in tests."""
        self.path = lock_path(resolved(path))
        self.platform = platform
        self._handle: BinaryIO | None = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()

    def acquire(self) -> WriterLock:
        for _attempt in range(5):
            try:
                # Unbuffered: nothing waits in memory to be written when the lock is let go.
                handle = open(self.path, "a+b", buffering=0)  # noqa: SIM115 - held while open
            except OSError as error:
                if error.errno in NOBODY_WRITES:
                    return self
                raise FileInUseError(_cannot_lock(self.path, error)) from None
            if not try_lock(handle, self.platform):
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
        self._handle = handle
        _sign(handle)
        return self

    def release(self) -> None:
        if self._handle is not None:
            let_go(self._handle, self.path, self.platform)
            self._handle = None


def _sign(handle: BinaryIO) -> None:
    """Who holds the lock, for the message of the next one; a full disk keeps the lock nameless."""
    try:
        handle.seek(0)
        handle.truncate()
        handle.write(f"{socket.gethostname()} {os.getpid()}\n".encode())
    except OSError:
        pass


def _cannot_lock(path: Path, error: OSError) -> str:
    return translate("Storage", "{file} kon niet worden vergrendeld ({reason}); er is niets "
                                "gewijzigd.").format(file=path.name, reason=error.strerror or error)


def _still_there(path: Path, handle: BinaryIO) -> bool:
    """Whether the locked file is still the one at `path` (not removed by its last holder)."""
    try:
        return os.path.samestat(os.stat(path), os.fstat(handle.fileno()))
    except OSError:
        return False


def _in_use(name: str, handle: BinaryIO) -> str:
    """Who holds the lock on file `name`, as the lock file tells: a computer, or nobody known."""
    handle.seek(0)
    words = handle.read(1000).decode("utf-8", "replace").split()
    if words:
        return translate(
            "Storage",
            "{file} is in gebruik: het is al geopend op computer {computer}. "
            "Tot het daar gesloten is, kunt u het alleen bekijken; er is niets gewijzigd.",
        ).format(file=name, computer=words[0])
    return translate(
        "Storage",
        "{file} is in gebruik: het is al geopend in een ander venster. "
        "Tot het daar gesloten is, kunt u het alleen bekijken; er is niets gewijzigd.",
    ).format(file=name)

