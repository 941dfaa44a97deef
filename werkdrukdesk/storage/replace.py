"""Putting a whole organisation file in place at once, by a writer that holds the file's lock.

`import --force`, `demo --force`, a new file and a restored backup all end here: the new
database is written to a partial file of its own beside the target, flushed, and swapped in
with one rename. A writer killed halfway leaves the old file as it was (its partial file is
cleared by the next writer); a full disk leaves neither a partial file nor its journal.
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Callable
from pathlib import Path

from werkdrukdesk.core.errors import WerkdrukError
from werkdrukdesk.core.i18n import translate
from werkdrukdesk.storage.atomic import (
    NAME_ROOM,
    partial_path,
    remove_quietly,
    restrict_to_owner,
    sync_folder,
)
from werkdrukdesk.storage.platform.retry import FileHeldError, replace_file

PARTIAL = ".nieuw"
JOURNAL_SIDES = ("-journal", "-wal", "-shm")


def side_files(path: Path) -> list[Path]:
    """The files SQLite may leave beside `path`."""
    return [path.with_name(path.name + side) for side in JOURNAL_SIDES]


def replace_whole(target: Path, fill: Callable[[Path], None]) -> None:
    """`fill(partial)` writes a complete database into the (empty, owner-only) partial file;
    then it replaces `target`. The caller holds the target's writer lock."""
    clear_stale_partials(target)
    partial = partial_path(target, PARTIAL)
    try:
        os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        fill(partial)
        restrict_to_owner(partial)
        replace_file(partial, target)
    except sqlite3.Error as error:
        remove_quietly(partial, *side_files(partial))
        raise WerkdrukError(
            translate("Storage", "Het bestand {file} kon niet worden geschreven: {reason}.")
            .format(file=target.name, reason=_reason(error))
        ) from None
    except FileHeldError as error:
        remove_quietly(partial, *side_files(partial))
        raise WerkdrukError(str(error.strerror)) from None
    except OSError as error:
        remove_quietly(partial, *side_files(partial))
        raise WerkdrukError(
            translate("Storage", "Het bestand {file} kon niet worden geschreven ({reason}).")
            .format(file=target.name, reason=error.strerror or error)
        ) from None
    sync_folder(target.parent)


def clear_stale_partials(target: Path) -> None:
    """Partial files of writers that were killed: under the lock nobody else is writing them.
    Matched by exact name (a glob would read `[` and `*` in the file's name as a pattern)."""
    mine = re.compile(re.escape(f".{target.name[:NAME_ROOM]}.") + "[0-9a-f]{8}"
                      + re.escape(PARTIAL) + "(-journal|-wal|-shm)?")
    try:
        names = os.listdir(target.parent)
    except OSError:
        return
    remove_quietly(*(target.parent / name for name in names if mine.fullmatch(name)))


def _reason(error: sqlite3.Error) -> str:
    from werkdrukdesk.storage.errors import explain

    return explain(error)
