"""Writing output files so that a failure never leaves half a file behind.

The data goes to a partial file of its own beside the target (so two writers never share one),
is flushed to disk and then swapped in. An output never replaces an organisation file or the
command's input (see `guard`). Outputs that hold answers are readable by their owner only.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterable
from pathlib import Path

from werkdrukdesk.core.errors import WerkdrukError
from werkdrukdesk.core.i18n import translate
from werkdrukdesk.storage.guard import refuse_output
from werkdrukdesk.storage.platform.locking import restrict_to_owner as owner_only
from werkdrukdesk.storage.platform.retry import FileHeldError, remove_file, replace_file

NAME_ROOM = 200  # of a file name's 255 bytes, for the partial file's own name


def partial_path(path: Path, ending: str = ".tmp") -> Path:
    """A fresh, hidden name beside `path` for writing before the swap."""
    return path.with_name(f".{path.name[:NAME_ROOM]}.{secrets.token_hex(4)}{ending}")


def write_bytes_atomically(
    path: str | os.PathLike[str],
    data: bytes,
    protect: Iterable[str | os.PathLike[str]] = (),
    owner_only: bool = False,
    durable: bool = True,
) -> None:
    """Write `data` to `path` all at once. `protect` names the inputs it must not replace;
    `owner_only` makes the file readable by its owner alone (it holds answers or names).
    Not `durable` (a cache the program can always make again): whole or not there, but not
    forced to the disk, which costs two syncs."""
    path = Path(path)
    refuse_output(path, protect)
    partial = partial_path(path)
    try:
        handle = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                         0o600 if owner_only else 0o666)
        with open(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            if durable:
                os.fsync(stream.fileno())
        if owner_only:
            restrict_to_owner(partial)
        replace_file(partial, path)
    except OSError as error:
        remove_quietly(partial)
        raise WerkdrukError(cannot_write(path, error)) from None
    if durable:
        sync_folder(path.parent)


def write_text_atomically(
    path: str | os.PathLike[str],
    text: str,
    protect: Iterable[str | os.PathLike[str]] = (),
    owner_only: bool = False,
) -> None:
    write_bytes_atomically(path, text.encode("utf-8"), protect, owner_only)


def cannot_write(path: Path, error: OSError) -> str:
    if isinstance(error, FileHeldError):
        return str(error.strerror)  # says itself what happened and what to do
    reason = error.strerror or str(error)
    return translate("Storage", "{file} kon niet worden geschreven ({reason}).").format(
        file=path, reason=reason)


def remove_quietly(*paths: Path) -> None:
    """Remove what a failed write left; a path that cannot even be named is simply gone."""
    for path in paths:
        with contextlib.suppress(OSError, ValueError):
            remove_file(path)


def restrict_to_owner(path: Path) -> None:
    """Answers and names are personal data: only the owner may read the file (on Windows the
    folder's access rules apply; see `platform.locking`)."""
    owner_only(path)


def sync_folder(folder: Path) -> None:
    """Make the swap itself survive a power cut (POSIX; elsewhere the system takes care)."""
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):
        handle = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)
