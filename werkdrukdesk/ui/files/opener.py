"""Handing a document or a folder to the system: the PDF reader, the file manager.

On Windows and macOS the system says itself when nothing opens a PDF. Elsewhere xdg-open
starts happily and only complains on stderr, so the program first asks xdg-mime whether any
program is set to open PDF files.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

PDF = "application/pdf"
ASK_TIMEOUT_S = 5


def viewer_known(mime_type: str = PDF) -> bool:
    """False when it is certain that no program opens `mime_type` here."""
    if sys.platform in ("win32", "darwin"):
        return True  # QDesktopServices reports a missing program there
    query = shutil.which("xdg-mime")
    if query is None:
        return shutil.which("xdg-open") is not None  # nothing to ask; can anything open it?
    try:
        found = subprocess.run([query, "query", "default", mime_type], capture_output=True,
                               text=True, timeout=ASK_TIMEOUT_S, check=False)
    except (OSError, subprocess.SubprocessError):
        return True  # could not ask: let the system try
    return bool(found.stdout.strip())


def open_document(path: Path) -> bool:
    """Open `path` (a PDF) in the system's reader; False when none is there or it failed."""
    return viewer_known() and bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))


def open_folder(folder: Path) -> bool:
    """Show `folder` in the file manager; False when that did not work."""
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))
