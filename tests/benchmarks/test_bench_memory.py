"""Peak memory with the large demo open, against a bare PySide6 window.

Each side runs in a fresh interpreter that shows its main window, runs until the event queue is
empty, and then reports its own peak resident set size (VmHWM on Linux, ru_maxrss elsewhere:
see REPORT_PEAK in conftest.py). Median of 3 after one warm-up each (memory hardly varies).
The goal is at most 150 MiB with the large demo open; nothing is asserted about it.
"""

import pytest

from tests.benchmarks.conftest import (
    BARE_WINDOW,
    PROGRAM,
    REPORT_PEAK,
    median_of,
    run_python,
    show,
)

pytest.importorskip("resource", reason="ru_maxrss needs the resource module (not on Windows)")

GOAL_MIB = 150


def peak_mib(script: str, *args) -> float:
    _, out = run_python("-c", script + REPORT_PEAK, *args)
    line = next(line for line in out.splitlines() if line.startswith("PEAK_KIB "))
    return int(line.split()[1]) / 1024


@pytest.mark.benchmark
def test_peak_memory_with_the_large_demo_open(large_demo, capsys):
    bare, _ = median_of(lambda: peak_mib(BARE_WINDOW), runs=3)
    program, runs = median_of(lambda: peak_mib(PROGRAM, large_demo), runs=3)

    show(capsys, (
        f"memory: peak RSS with the large demo open {program:.0f} MiB "
        f"(runs {', '.join(f'{r:.0f}' for r in runs)}); bare PySide6 window {bare:.0f} MiB; "
        f"the program adds {program - bare:.0f} MiB; ratio {program / bare:.1f}x "
        f"(goal <= {GOAL_MIB} MiB: {'met' if program <= GOAL_MIB else 'MISSED'})"
    ))
    assert program > 0 and bare > 0
