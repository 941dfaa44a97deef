"""Outputs never land on an organisation file.

A report, an export or an answer sheet is written wherever the user points `-o` (or a save
dialog). Whatever that path resolves to, it must not be the input of the command, an existing
`.werkdruk` file, any other SQLite database, or a side file of one (its journal or lock): the
write would replace every answer and name in it with a PDF or JSON, without a backup.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from pathlib import Path

from werkdrukdesk.core.errors import WerkdrukError
from werkdrukdesk.core.i18n import translate

SQLITE_HEADER = b"SQLite format 3\x00"
SUFFIX = ".werkdruk"
# Files SQLite and the program keep beside an organisation file.
SIDE_SUFFIXES = ("-journal", "-wal", "-shm", ".in-gebruik", ".nieuw")


def resolved(path: str | os.PathLike[str]) -> Path:
    """`path` with symlinks and `..` followed, as far as it exists; never raises."""
    try:
        return Path(os.path.realpath(path))
    except (OSError, ValueError):
        return Path(os.path.abspath(path))


def same_file(first: str | os.PathLike[str], second: str | os.PathLike[str]) -> bool:
    """Whether two paths name one file: through symlinks, `..`, hard links, or letter case on a
    system that ignores it (the file system itself answers, by comparing the files' ids)."""
    try:
        return os.path.samefile(first, second)
    except (OSError, ValueError):
        return resolved(first) == resolved(second)


def is_data_file(path: str | os.PathLike[str]) -> bool:
    """An existing organisation file or other SQLite database (by content or by name)."""
    target = resolved(path)
    try:
        info = target.stat()
    except (OSError, ValueError):
        return False
    if not stat.S_ISREG(info.st_mode):
        return False
    if target.suffix.lower() == SUFFIX or Path(path).suffix.lower() == SUFFIX:
        return True
    return holds_database(target)


def holds_database(path: str | os.PathLike[str]) -> bool:
    """Whether the file starts as every SQLite database does."""
    try:
        with open(path, "rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except (OSError, ValueError):
        return False


def _side_file_of(path: Path) -> Path | None:
    """The organisation file `path` belongs to when it is its journal, lock or partial copy."""
    for side in SIDE_SUFFIXES:
        if path.name.endswith(side) and len(path.name) > len(side):
            owner = path.with_name(path.name[: -len(side)])
            if is_data_file(owner):
                return owner
    return None


def refuse_output(
    output: str | os.PathLike[str], inputs: Iterable[str | os.PathLike[str]] = ()
) -> None:
    """Raise a one-line WerkdrukError when writing `output` could destroy an input or any
    organisation file; nothing has been written then."""
    output = Path(output)
    for given in inputs:
        if same_file(output, given):
            raise WerkdrukError(translate(
                "Storage", "{file} is het invoerbestand zelf; kies een andere naam voor wat er "
                "geschreven wordt. Er is niets gewijzigd.").format(file=output.name))
    if is_data_file(output) or _side_file_of(resolved(output)) or _side_file_of(output):
        raise WerkdrukError(translate(
            "Storage", "{file} is een organisatiebestand of een andere database; kies een andere "
            "naam voor wat er geschreven wordt. Er is niets gewijzigd.").format(file=output.name))
