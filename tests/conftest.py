"""Shared test setup: no screen, no user folders touched, a fresh file per test."""

import os
import sys
from pathlib import Path

import pytest
from hypothesis import settings

from tests.pinned import PINNED_MOMENT
from werkdrukdesk import clock

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Pinned from the start, so fixtures of a module or session (which run before any test's own
# fixtures) and the child processes they start run on the pinned day too.
os.environ[clock.PIN_VARIABLE] = PINNED_MOMENT.isoformat()
clock.pin(PINNED_MOMENT)

ROOT = Path(__file__).resolve().parent.parent

# Property tests draw the same examples on every run, so the README's test line passes or fails
# the same way on every machine and every day. To let them look further, for a while:
# HYPOTHESIS_PROFILE=explore .venv/bin/pytest tests/core
settings.register_profile("repeatable", derandomize=True)
settings.register_profile("explore", max_examples=1000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))

pytest_plugins = ["tests.disks"]  # read_only_folder, full_disk


@pytest.fixture(autouse=True)
def pinned_clock(monkeypatch):
    """Every test runs on the same day, whatever the machine's date; so do the program's child
    processes (the command line, a second window) through the clock's environment variable."""
    clock.pin(PINNED_MOMENT)
    monkeypatch.setenv(clock.PIN_VARIABLE, PINNED_MOMENT.isoformat())
    yield
    clock.pin(PINNED_MOMENT)  # a test that moved the clock leaves it where the next expects it


@pytest.fixture(autouse=True)
def private_program_folders(tmp_path, monkeypatch):
    """Settings, backups and logs go to the test's own folder, never the user's."""
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(name, str(tmp_path / "program" / name.lower()))
    monkeypatch.setenv("APPDATA", str(tmp_path / "program" / "appdata"))
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "program" / "localappdata"))


@pytest.fixture
def run_cli():
    """Run the real command line in a child process; returns (exit code, stdout, stderr)."""
    import subprocess

    def run(*args: str, cwd: Path | None = None):
        done = subprocess.run(
            [sys.executable, "-m", "werkdrukdesk", *map(str, args)],
            capture_output=True,
            text=True,
            cwd=cwd,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            timeout=120,
        )
        return done.returncode, done.stdout, done.stderr

    return run
