"""Start to an interactive main window with the large demo open, against a bare PySide6 window.

Every side runs as a fresh interpreter each time, exactly as a user starts it:
`python -m werkdrukdesk groot.werkdruk --exit-when-ready` (quits once the window shows the file
and the event queue is empty) against a script that shows an empty QMainWindow and quits when
idle. Wall time from spawning the process to its exit, median of 5 after one warm-up each,
the sides taking turns so that a machine growing busier or quieter meets all of them alike.
The goal is a ratio of at most 2; nothing is asserted about time.

Three more sides say where the rest goes: a window of PySide6 alone as large as the one the
program shows at start (`plain_form.py`: the same kinds and numbers of fields, empty); the
program's own modules with the reading of the file, without Qt; and Python doing nothing, the
start both of those pay. The two parts together, less one Python start, are what the program
could take if building its page and reading its file cost nothing more than they do apart.
"""

from pathlib import Path

import pytest

from tests.benchmarks.conftest import BARE_WINDOW, in_turns, run_python, show

GOAL_RATIO = 2.0
PLAIN_FORM = Path(__file__).with_name("plain_form.py")
# What the window's worker does at start (the program's modules, then open and read), and
# nothing of Qt.
READING_ONLY = """
import sys
from werkdrukdesk.ui.app import _import_plain_modules
_import_plain_modules()
from werkdrukdesk.storage.file import open_and_load
open_and_load(sys.argv[1])[0].close()
"""


def _runs(values: list[float]) -> str:
    return ", ".join(f"{t:.2f}" for t in values)


@pytest.mark.benchmark
def test_start_with_the_large_demo_against_a_bare_window(large_demo, capsys):
    sides = {
        "bare": lambda: run_python("-c", BARE_WINDOW)[0],
        "program": lambda: run_python("-m", "werkdrukdesk", large_demo, "--exit-when-ready")[0],
        "form": lambda: run_python(PLAIN_FORM)[0],
        "reading": lambda: run_python("-c", READING_ONLY, large_demo)[0],
        "python": lambda: run_python("-c", "pass")[0],
    }
    (bare, bare_runs), (program, program_runs), (form, form_runs), (reading, reading_runs), (
        python, _) = in_turns(*sides.values())
    parts = form + reading - python

    ratio = program / bare
    verdict = "met" if ratio <= GOAL_RATIO else "MISSED"
    show(capsys, (
        f"start: program with the large demo {program:.2f} s (runs {_runs(program_runs)}); "
        f"bare PySide6 window {bare:.2f} s (runs {_runs(bare_runs)}); "
        f"ratio {ratio:.1f}x (goal <= {GOAL_RATIO:.0f}x: {verdict})"
    ))
    show(capsys, (
        f"start, where the rest goes: a plain PySide6 window of the same size {form:.2f} s "
        f"(runs {_runs(form_runs)}), {form / bare:.1f}x the bare window; the program's "
        f"modules and reading without Qt {reading:.2f} s (runs {_runs(reading_runs)}), "
        f"{reading / bare:.1f}x the bare window; Python alone {python:.2f} s; the two parts "
        f"together {parts:.2f} s, {parts / bare:.1f}x the bare window; the program is "
        f"{program / form:.1f}x the plain window and {program / parts:.2f}x its two parts"
    ))
    assert program > 0 and bare > 0 and form > 0 and reading > 0
