"""Benchmarks print their timings and never fail on time: machines differ too much."""

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from tests.pinned import PINNED_DAY

# The `benchmark` marker is registered in pyproject.toml.


# -- shared by the start, dossier and memory benchmarks ------------------------------------

ROOT = Path(__file__).resolve().parent.parent.parent
RUNS = 5  # measured runs of each side, after one warm-up run of each
_PYCACHE = Path(tempfile.gettempdir()) / "werkdrukdesk-benchmark-pycache"

# The baseline of the start and memory benchmarks: PySide6 alone, in the same way the program
# starts (a QApplication, a main window shown, quit once the event queue is empty).
BARE_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
app.setApplicationName("Bare")
window = QMainWindow()
window.resize(1100, 720)
window.show()
QTimer.singleShot(0, app.quit)
status = app.exec()
"""
# Appended to a script to report its own peak resident memory on stdout. On Linux ru_maxrss
# (resource.getrusage) is not enough: a child keeps the high-water mark of the process it was
# forked from across exec, so from inside pytest every child would report at least pytest's
# own size. /proc/self/status' VmHWM belongs to the child's own memory map; ru_maxrss serves
# where there is no /proc (macOS reports it in bytes).
REPORT_PEAK = """
import resource
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
peak = peak // 1024 if sys.platform == "darwin" else peak
try:
    with open("/proc/self/status") as status:
        peak = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
except (OSError, StopIteration):
    pass
print("PEAK_KIB", peak)
"""
PROGRAM = """
import sys
from tests.pinned import PINNED_DAY
from werkdrukdesk.cli.main import main
status = main([sys.argv[1], "--exit-when-ready"])
if status:
    sys.exit(status)
"""


@pytest.fixture(scope="session")
def large_demo(tmp_path_factory) -> Path:
    """The large sample organisation (250 staff, 12 teams, 3 cycles), written once per run."""
    from werkdrukdesk.demo.build import build_demo
    from werkdrukdesk.storage.file import write_new_file

    path = tmp_path_factory.mktemp("benchmark") / "groot.werkdruk"
    write_new_file(path, build_demo("large", today=PINNED_DAY)).close()
    return path


def run_python(*args: str | Path, timeout: float = 120) -> tuple[float, str]:
    """`python ARGS` in a fresh interpreter (without a screen): returns (wall seconds, stdout).
    Fails the test, with the child's output, if the child fails.

    Bytecode is cached (in a folder of this run, not beside the sources) even where the
    environment says PYTHONDONTWRITEBYTECODE: an installed program starts from .pyc files, and
    compiling every module anew would measure the compiler, not the program."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPYCACHEPREFIX": str(_PYCACHE)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    start = time.perf_counter()
    done = subprocess.run([sys.executable, *map(str, args)], capture_output=True,
                          text=True, env=env, timeout=timeout, check=False)
    seconds = time.perf_counter() - start
    assert done.returncode == 0, f"exit {done.returncode}\n{done.stdout}\n{done.stderr}"
    return seconds, done.stdout


def in_turns(*measures, runs: int = RUNS) -> list[tuple[float, list[float]]]:
    """One warm-up call of each side (file cache, .pyc files, first-open backup), then `runs`
    rounds in which the sides take turns (A B C A B C …), so that a machine growing busier or
    quieter meets every side alike; (median, values) of each side."""
    for measure in measures:
        measure()
    values: list[list[float]] = [[] for _ in measures]
    for _ in range(runs):
        for side, measure in zip(values, measures, strict=True):
            side.append(measure())
    return [(statistics.median(side), side) for side in values]


def median_of(measure, runs: int = RUNS) -> tuple[float, list[float]]:
    """`in_turns` of one side: a warm-up call, then the median of `runs`."""
    return in_turns(measure, runs=runs)[0]


def show(capsys, text: str) -> None:
    """Print a figure past pytest's capture, so it shows in every run."""
    with capsys.disabled():
        print(f"\n[benchmark] {text}", flush=True)
