"""Start to an interactive main window with the large demo open, against a bare PySide6 window.

Both sides run as a fresh interpreter each time, exactly as a user starts them:
`python -m werkdrukdesk groot.werkdruk --exit-when-ready` (quits once the window shows the file
and the event queue is empty) against a script that shows an empty QMainWindow and quits when
idle. Wall time from spawning the process to its exit, median of 5 after one warm-up each.
The goal is a ratio of at most 2; nothing is asserted about time.
"""

import pytest

from tests.benchmarks.conftest import BARE_WINDOW, median_of, run_python, show

GOAL_RATIO = 2.0


@pytest.mark.benchmark
def test_start_with_the_large_demo_against_a_bare_window(large_demo, capsys):
    bare, bare_runs = median_of(lambda: run_python("-c", BARE_WINDOW)[0])
    program, program_runs = median_of(
        lambda: run_python("-m", "werkdrukdesk", large_demo, "--exit-when-ready")[0])

    ratio = program / bare
    verdict = "met" if ratio <= GOAL_RATIO else "MISSED"
    show(capsys, (
        f"start: program with the large demo {program:.2f} s "
        f"(runs {', '.join(f'{t:.2f}' for t in program_runs)}); bare PySide6 window "
        f"{bare:.2f} s (runs {', '.join(f'{t:.2f}' for t in bare_runs)}); "
        f"ratio {ratio:.1f}x (goal <= {GOAL_RATIO:.0f}x: {verdict})"
    ))
    assert program > 0 and bare > 0
