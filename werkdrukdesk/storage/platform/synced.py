"""Files in a synced folder (OneDrive, Dropbox, Google Drive, iCloud Drive) and the conflict
copies their sync tools leave beside a file.

A synced folder is safe for one computer at a time: the writer lock lives on this computer, so
a second computer that opens the file meanwhile writes its own version, and the sync tool keeps
both by making a conflict copy ("Bakkerij (1).werkdruk", "Bakkerij-LAPTOP-7.werkdruk",
"Bakkerij (Ayşe's conflicted copy 2026-01-02).werkdruk"). Recognised by the folder's name and
place, the marker files of the tools, and the environment variables OneDrive sets on Windows.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from werkdrukdesk.storage.platform.paths import path_key

ONEDRIVE, DROPBOX, GOOGLE_DRIVE, ICLOUD = "OneDrive", "Dropbox", "Google Drive", "iCloud Drive"
ONEDRIVE_VARIABLES = ("OneDrive", "OneDriveCommercial", "OneDriveConsumer")
ICLOUD_PARTS = ("library", "mobile documents", "com~apple~clouddocs")
ENDING = ".werkdruk"


@dataclass(frozen=True)
class SyncedFolder:
    service: str  # one of the four names above, as the owner knows it
    root: Path  # the folder the tool keeps in step


def _service_by_name(name: str) -> str | None:
    """The sync tool a folder belongs to, by the name it gives its own folder."""
    folded = name.casefold()
    if folded == "onedrive" or folded.startswith(("onedrive - ", "onedrive-")):
        return ONEDRIVE  # "OneDrive - Bakkerij BV" (Windows), "OneDrive-Personal" (macOS)
    if folded == "dropbox" or folded.startswith(("dropbox (", "dropbox-")):
        return DROPBOX  # "Dropbox (Persoonlijk)", "Dropbox-Bakkerij" (macOS CloudStorage)
    if folded in {"google drive", "my drive", "mijn drive", "googledrive"} or \
            folded.startswith("googledrive-"):
        return GOOGLE_DRIVE  # "My Drive" inside "GoogleDrive-naam@example.nl" (macOS)
    if folded in {"icloud drive", "iclouddrive"}:
        return ICLOUD  # Windows: C:\Users\naam\iCloudDrive
    return None


def _service_by_marker(folder: Path) -> str | None:
    """The tool whose hidden marker lies in `folder` (Dropbox's root holds `.dropbox`)."""
    try:
        if (folder / ".dropbox").is_file() or (folder / ".dropbox.cache").is_dir():
            return DROPBOX
    except OSError:
        pass
    return None


def _inside(path: Path, root: Path) -> bool:
    """Whether `path` lies in `root`, compared as this system compares names."""
    key, top = path_key(path), path_key(root).rstrip(os.sep)
    return key == top or key.startswith(top + os.sep)


def synced_folder(path: str | os.PathLike[str],
                  environ: Mapping[str, str] | None = None) -> SyncedFolder | None:
    """The synced folder `path` lies in, the nearest one; None when it lies in none."""
    path = Path(os.path.abspath(path))
    environ = os.environ if environ is None else environ
    folders = [path.parent, *path.parent.parents]
    folded = [part.casefold() for part in path.parts]
    for start in range(len(folded) - len(ICLOUD_PARTS) + 1):
        if tuple(folded[start:start + len(ICLOUD_PARTS)]) == ICLOUD_PARTS:
            return SyncedFolder(ICLOUD, Path(*path.parts[:start + len(ICLOUD_PARTS)]))
    for folder in folders:
        service = _service_by_marker(folder) or _service_by_name(folder.name)
        if service is not None:
            return SyncedFolder(service, folder)
    for variable in ONEDRIVE_VARIABLES:
        root = environ.get(variable, "")
        if root and _inside(path, Path(root)):
            return SyncedFolder(ONEDRIVE, Path(root))
    return None


def _conflict_pattern(stem: str) -> re.Pattern[str]:
    """How the tools name a second version of `stem`.werkdruk."""
    own = re.escape(unicodedata.normalize("NFC", stem))
    variants = (
        r" \(\d+\)",  # Windows, OneDrive, Google Drive: "naam (1)"
        r" \d+",  # iCloud Drive: "naam 2"
        r"-(?=[A-Z0-9_-]*[A-Z])[A-Z0-9][A-Z0-9_-]*",  # OneDrive: "naam-LAPTOP-7" (computer)
        r" \([^()]*(?i:conflicted copy|conflicterende kopie|conflict)[^()]*(?:\(\d+\))?\)",
        r"\.sync-conflict-[0-9-]+-\w+",  # Syncthing
    )
    return re.compile(own + "(?:" + "|".join(variants) + ")")


def conflict_copies(path: str | os.PathLike[str]) -> list[Path]:
    """The organisation files beside `path` that look like a sync tool's copy of it."""
    path = Path(path)
    pattern = _conflict_pattern(path.stem)
    try:
        names = os.listdir(path.parent)
    except OSError:
        return []
    found = []
    for name in names:
        if not name.casefold().endswith(ENDING) or name == path.name:
            continue
        stem = unicodedata.normalize("NFC", name[:-len(ENDING)])
        if pattern.fullmatch(stem):
            found.append(path.parent / name)
    return sorted(found)
