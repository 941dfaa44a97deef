"""Reading a whole input file, bounded: a device, a pipe or an endless file gets a message.

`/dev/zero` reports a size of 0 and never ends; a named pipe blocks until someone writes. Only
ordinary files are read, and never more than `limit` bytes of them.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from io import BufferedReader
from pathlib import Path

from werkdrukdesk.core.errors import WerkdrukError
from werkdrukdesk.core.i18n import translate


def read_bounded(path: str | os.PathLike[str], limit: int) -> bytes:
    """The bytes of the ordinary file `path`, at most `limit` of them (else a message)."""
    with open_bounded(path, limit) as (handle, _):
        try:
            data = handle.read(limit + 1)
        except OSError as error:
            raise unreadable(Path(path), error) from None
    if len(data) > limit:  # it grew while being read
        raise WerkdrukError(_too_large(Path(path)))
    return data


@contextmanager
def open_bounded(path: str | os.PathLike[str],
                 limit: int) -> Iterator[tuple[BufferedReader, int]]:
    """The ordinary file `path` opened to be read, with its size, which is at most `limit`
    (else a message): for reading a large file in pieces. It may still change while it is
    read; the reader checks that it read exactly that size."""
    path = Path(path)
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise WerkdrukError(translate(
                "Reading", "{file} is een map, geen bestand om in te lezen.").format(file=path))
        if not stat.S_ISREG(info.st_mode):
            raise WerkdrukError(translate(
                "Reading", "{file} is geen gewoon bestand (maar een apparaat of een pijp) en "
                "wordt niet ingelezen.").format(file=path))
        if info.st_size > limit:
            raise WerkdrukError(_too_large(path))
        handle = path.open("rb")
    except FileNotFoundError:
        raise WerkdrukError(translate(
            "Reading", "Het bestand {file} bestaat niet.").format(file=path)) from None
    except OSError as error:
        raise unreadable(path, error) from None
    with handle:
        yield handle, info.st_size


def unreadable(path: Path, error: OSError) -> WerkdrukError:
    return WerkdrukError(translate(
        "Reading", "{file} kan niet worden gelezen ({reason}).").format(
            file=path.name, reason=error.strerror or error))


def _too_large(path: Path) -> str:
    return translate("Reading", "{file} is te groot om in te lezen.").format(file=path.name)
