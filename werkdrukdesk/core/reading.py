"""Reading a whole input file, bounded: a device, a pipe or an endless file gets a message.

`/dev/zero` reports a size of 0 and never ends; a named pipe blocks until someone writes. Only
ordinary files are read, and never more than `limit` bytes of them.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from werkdrukdesk.core.errors import WerkdrukError
from werkdrukdesk.core.i18n import translate


def read_bounded(path: str | os.PathLike[str], limit: int) -> bytes:
    """The bytes of the ordinary file `path`, at most `limit` of them (else a message)."""
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
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except FileNotFoundError:
        raise WerkdrukError(translate(
            "Reading", "Het bestand {file} bestaat niet.").format(file=path)) from None
    except OSError as error:
        raise WerkdrukError(translate(
            "Reading", "{file} kan niet worden gelezen ({reason}).").format(
                file=path.name, reason=error.strerror or error)) from None
    if len(data) > limit:  # it grew while being read
        raise WerkdrukError(_too_large(path))
    return data


def _too_large(path: Path) -> str:
    return translate("Reading", "{file} is te groot om in te lezen.").format(file=path.name)
