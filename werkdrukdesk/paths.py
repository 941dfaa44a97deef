"""Where the program keeps its own things (never the organisation files themselves)."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

from werkdrukdesk import APP_NAME

_dirs = platformdirs.PlatformDirs(APP_NAME, appauthor=False)


def resources_dir() -> Path:
    """The bundled resources: next to the package in a checkout, inside the bundle when frozen."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def settings_dir() -> Path:
    return Path(_dirs.user_config_dir)


def data_dir() -> Path:
    return Path(_dirs.user_data_dir)


def backups_dir() -> Path:
    return data_dir() / "backups"


def logs_dir() -> Path:
    return Path(_dirs.user_log_dir)


def cache_dir() -> Path:
    """What the program may forget at any time and work out again (the portfolio's memory)."""
    return Path(_dirs.user_cache_dir)
