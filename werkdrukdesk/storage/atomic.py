"""Writing output files so that a failure never leaves half a file behind."""

from __future__ import annotations

import os
from pathlib import Path

from werkdrukdesk.core.errors import WerkdrukError
from werkdrukdesk.core.i18n import translate


def write_bytes_atomically(path: Path, data: bytes) -> None:
    """Write next to the target, flush to disk, then swap it in."""
    path = Path(path)
    partial = path.with_name(path.name + ".tmp")
    try:
        with partial.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, path)
    except OSError as error:
        partial.unlink(missing_ok=True)
        reason = error.strerror or str(error)
        raise WerkdrukError(
            translate("Storage", "{file} kon niet worden geschreven ({reason}).").format(
                file=path, reason=reason)
        ) from None


def write_text_atomically(path: Path, text: str) -> None:
    write_bytes_atomically(path, text.encode("utf-8"))
