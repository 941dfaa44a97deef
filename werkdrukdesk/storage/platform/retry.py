"""Replacing and removing a file, patiently: on Windows a virus scanner, the search indexer or a
sync tool (OneDrive, Dropbox) may hold a file open for a moment, and then a rename or removal
fails with a sharing violation. Such a failure is tried again a few times, briefly; when it
persists, the message says in plain words what is going on and what to do.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

from werkdrukdesk.core.i18n import translate

# Windows' "the file is in use by another process" and "part of the file is locked".
SHARING_VIOLATIONS = (32, 33)
ACCESS_DENIED = 5  # what Windows also says while a scanner still holds a file just written
WAITS = (0.05, 0.1, 0.2, 0.4, 0.8)  # about one and a half seconds in all


class FileHeldError(PermissionError):
    """A file stayed in use by another program; `str()` is the plain explanation."""


def is_sharing_violation(error: OSError) -> bool:
    """Whether another program holding the file (for now) is the likely cause of `error`."""
    winerror = getattr(error, "winerror", None)
    if winerror is not None:
        return winerror in (*SHARING_VIOLATIONS, ACCESS_DENIED)
    return isinstance(error, PermissionError) and os.name == "nt"


def held_message(path: Path) -> str:
    return translate(
        "Storage",
        "{file} is even in gebruik door een ander programma, bijvoorbeeld een virusscanner of "
        "een synchronisatieprogramma zoals OneDrive of Dropbox. Wacht een ogenblik en probeer "
        "het opnieuw; sluit het bestand in andere programma's als het zo blijft.",
    ).format(file=path.name)


def patiently(action: Callable[[], None], path: Path, *,
              waits: tuple[float, ...] = WAITS,
              sleep: Callable[[float], None] = time.sleep,
              held: Callable[[OSError], bool] = is_sharing_violation) -> None:
    """Run `action` (a rename or a removal of `path`); on a sharing violation wait and try
    again, and after the last wait raise `FileHeldError`. Access denied is tried again too (a
    scanner's handle gives it on a rename), but in the end it passes unchanged, since it may
    as well mean write-protected; other errors pass at once."""
    for wait in (*waits, None):
        try:
            action()
            return
        except OSError as error:
            if not held(error):
                raise
            if wait is None:
                if getattr(error, "winerror", None) == ACCESS_DENIED:
                    raise  # still refused: perhaps write-protected; the caller explains that
                failure = FileHeldError(error.errno, held_message(path))
                failure.filename = str(path)
                raise failure from error
            sleep(wait)


def replace_file(source: Path | str, target: Path | str,
                 sleep: Callable[[float], None] = time.sleep) -> None:
    """`os.replace(source, target)`, patient with a target another program holds."""
    patiently(lambda: os.replace(source, target), Path(target), sleep=sleep)


def remove_file(path: Path | str, sleep: Callable[[float], None] = time.sleep) -> None:
    """Remove `path` (gone already is fine), patient with a file another program holds."""
    patiently(lambda: Path(path).unlink(missing_ok=True), Path(path), sleep=sleep)
