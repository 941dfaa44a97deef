"""Backup copies of an organisation file, made with SQLite's backup API."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from werkdrukdesk.core.errors import WerkdrukError


def backup_copy(conn: sqlite3.Connection, source: Path, folder: Path, reason: str) -> Path:
    """Copy the open database to `folder` as one consistent snapshot; returns the copy's path."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"{source.stem}-{stamp}-{reason}.werkdruk"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        copy = sqlite3.connect(target)
        try:
            conn.backup(copy)
        finally:
            copy.close()
        target.chmod(0o600)
    except (OSError, sqlite3.Error) as error:
        target.unlink(missing_ok=True)
        raise WerkdrukError(
            f"Er kon geen reservekopie van {source.name} worden gemaakt ({error}); "
            "het bestand is daarom niet bijgewerkt."
        ) from None
    return target
