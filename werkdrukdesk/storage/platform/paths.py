"""Comparing paths the way the system does.

Windows ignores letter case and takes `/` for `\\`; macOS (APFS and HFS+ as they are set up
out of the box) ignores letter case and the difference between a composed "é" and an "e" with
a separate accent; Linux compares the bytes. One function gives a key per path that is equal
exactly when the system would find the same file; it never touches the disk, so each system's
rule can be tested on any system.
"""

from __future__ import annotations

import ntpath
import os
import posixpath
import sys
import unicodedata


def system_kind(platform: str | None = None) -> str:
    """'windows', 'macos' or 'linux' (every other system compares like Linux)."""
    platform = sys.platform if platform is None else platform
    if platform.startswith("win"):
        return "windows"
    return "macos" if platform == "darwin" else "linux"


def path_key(path: str | os.PathLike[str], platform: str | None = None) -> str:
    """A key for `path` (best given absolute) that two names of one file share on `platform`
    (a value of `sys.platform`; this system's by default)."""
    text = os.fspath(path)
    kind = system_kind(platform)
    if kind == "windows":
        return unicodedata.normalize("NFC", ntpath.normcase(ntpath.normpath(text))).casefold()
    normal = posixpath.normpath(text)
    if kind == "macos":
        return unicodedata.normalize("NFC", normal).casefold()
    return normal


def same_path(first: str | os.PathLike[str], second: str | os.PathLike[str],
              platform: str | None = None) -> bool:
    return path_key(first, platform) == path_key(second, platform)
