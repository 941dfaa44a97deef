"""How cost grows with years of use: the large sample with 3, 6 and 10 cycles (each with its
two measurements and every answer; see years.py), opened, held in memory and printed.

- start: `python -m werkdrukdesk FILE --exit-when-ready` against a bare PySide6 window, wall
  time of fresh interpreters, median of 3 after one warm-up each (as test_bench_start);
- memory: peak resident memory with the window idle on the file (the answers are read after
  that, in the background), and once every answer is read (`ensure_answers`), against the
  bare window;
- the dossier of the newest cycle, built in this process from a full load, against the bare
  ReportLab document of test_bench_dossier with the same tables.

Start should not grow with the years beyond what the open cycle needs. Figures are printed;
nothing is asserted about time or memory.
"""

import time

import pytest

from tests.benchmarks.conftest import (
    BARE_WINDOW,
    PROGRAM,
    REPORT_PEAK,
    median_of,
    run_python,
    show,
)
from tests.benchmarks.test_bench_dossier import PRINTED_ON, bare_document
from tests.benchmarks.years import write_large_sample
from tests.pinned import PINNED_DAY
from werkdrukdesk.core.cycles import current_cycle
from werkdrukdesk.reports.registry import builder
from werkdrukdesk.storage import open_file

YEARS = (3, 6, 10)
RUNS = 3

# The window on the file, quitting once every answer has been read (from the background or,
# if it has not finished, at once): the memory of a window that has used everything.
PROGRAM_WITH_ANSWERS = """
import sys
from tests.pinned import PINNED_DAY
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from werkdrukdesk.ui.main_window import MainWindow
app = QApplication(sys.argv[:1])
window = MainWindow()
window.show()
def all_read(_):
    assert window.doc.ensure_answers()
    QTimer.singleShot(0, app.quit)
window.file_opened.connect(all_read)
window.open_path(Path(sys.argv[1]), quiet=True)
app.exec()
window.close_document()
"""


@pytest.fixture(scope="module")
def samples(tmp_path_factory):
    folder = tmp_path_factory.mktemp("years")
    return {n: write_large_sample(folder / f"groot-{n}-cycli.werkdruk", n, PINNED_DAY)
            for n in YEARS}


def peak_mib(script: str, *args) -> float:
    _, out = run_python("-c", script + REPORT_PEAK, *args)
    line = next(line for line in out.splitlines() if line.startswith("PEAK_KIB "))
    return int(line.split()[1]) / 1024


def _runs(values: list[float], unit: str = "s") -> str:
    return ", ".join(f"{v:.2f}" if unit == "s" else f"{v:.0f}" for v in values)


@pytest.mark.benchmark
def test_start_with_years_of_use(samples, capsys):
    bare, bare_runs = median_of(lambda: run_python("-c", BARE_WINDOW)[0], runs=RUNS)
    first = None
    for n, path in samples.items():
        program, runs = median_of(
            lambda path=path: run_python("-m", "werkdrukdesk", path, "--exit-when-ready")[0],
            runs=RUNS)
        first = first or program
        show(capsys, (
            f"years: start with {n} cycles {program:.2f} s (runs {_runs(runs)}); bare window "
            f"{bare:.2f} s (runs {_runs(bare_runs)}); ratio {program / bare:.1f}x; "
            f"{program / first:.2f}x the start with {YEARS[0]} cycles"))
    assert bare > 0


@pytest.mark.benchmark
def test_memory_with_years_of_use(samples, capsys):
    pytest.importorskip("resource", reason="ru_maxrss needs the resource module")
    bare, _ = median_of(lambda: peak_mib(BARE_WINDOW), runs=RUNS)
    for n, path in samples.items():
        idle, idle_runs = median_of(lambda path=path: peak_mib(PROGRAM, path), runs=RUNS)
        read, read_runs = median_of(lambda path=path: peak_mib(PROGRAM_WITH_ANSWERS, path),
                                    runs=RUNS)
        show(capsys, (
            f"years: memory with {n} cycles: window idle on the file {idle:.0f} MiB (runs "
            f"{_runs(idle_runs, 'MiB')}), with every answer read {read:.0f} MiB (runs "
            f"{_runs(read_runs, 'MiB')}); bare window {bare:.0f} MiB; ratios "
            f"{idle / bare:.1f}x and {read / bare:.1f}x"))
    assert bare > 0


def _seconds(build) -> float:
    start = time.perf_counter()
    build()
    return time.perf_counter() - start


@pytest.mark.benchmark
def test_dossier_with_years_of_use(samples, capsys):
    build = builder("dossier")

    def timings(org, cycle):
        dossier = median_of(
            lambda: _seconds(lambda: build(org, cycle, printed_on=PRINTED_ON)), runs=RUNS)
        bare = median_of(lambda: _seconds(lambda: bare_document(org, cycle)), runs=RUNS)
        return dossier, bare

    for n, path in samples.items():
        with open_file(path, read_only=True) as file:
            org = file.load()
        cycle = current_cycle(org)
        (dossier, runs), (bare, bare_runs) = timings(org, cycle)
        show(capsys, (
            f"years: dossier with {n} cycles (cycle {cycle.number}) {dossier:.2f} s (runs "
            f"{_runs(runs)}); bare ReportLab document {bare:.2f} s (runs {_runs(bare_runs)}); "
            f"ratio {dossier / bare:.1f}x"))
        assert dossier > 0 and bare > 0
