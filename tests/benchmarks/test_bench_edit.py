"""One edit, from the widget to the committed file and the refreshed window, on the large sample.

500 edits mixed over the steps, made as the owner makes them (type and leave a field, pick
from a list, tick a box) with the window open on that step; each is timed from the widget's
signal until the event queue is empty again: stored in one committed transaction
(`synchronous = FULL`), logged for undo, the page and the step marks brought up to date, and
everything that follows in the event loop done too: timers of zero delay (the plan's panel),
layout requests passed up from widget to parent one pass at a time, and the repaint of the
window. "Empty" is seen, not assumed: the queue is worked through again and again until a pass
finds nothing to do (the event dispatcher says whether a pass handled anything), and the clock
stops after the last pass that had work. After the clock stops, an application-wide event
filter counts what one more pass still delivers (printed; it should be next to nothing: a
cursor that blinks), and the queue is emptied the same way, untimed, before each edit, so no
edit pays for the one before it.
Against a bare `UPDATE` of one row and its commit, `synchronous = FULL`, on a copy of the
same file, in the same run: one bare commit right after each edit (untimed for the edit), so
both sides meet the same disk; on a shared machine a sync takes 1 ms one minute and 20 ms
the next. Goal: the 95th percentile under one screen frame (16.7 ms) plus that commit,
percentile for percentile (the commit's own 95th). The processor time of each edit (this
process, every thread; waiting for the disk is not in it) is printed beside, as the part the
program itself decides. The slowest 5% are printed by kind (step and field), each split into
the edit's own call (stored, page and marks brought up to date) and the event work after it
(layout, repaint), to show where a slow edit spends its time. Nothing is asserted about time.
"""

import shutil
import sqlite3
import statistics
import time
from collections import defaultdict

import pytest
from PySide6.QtCore import QAbstractEventDispatcher, QEvent, QEventLoop, QObject
from PySide6.QtWidgets import QApplication, QCheckBox, QLineEdit, QSpinBox

from tests.benchmarks.conftest import show
from tests.ui.conftest import open_in
from tests.ui.test_every_edit_sticks import bound_fields, edit, show_step
from werkdrukdesk.ui.forms.widgets import CodeChoice
from werkdrukdesk.ui.main_window import MainWindow

EDITS = 500
FRAME_MS = 1000 / 60
QUICK = (QLineEdit, CodeChoice, QCheckBox, QSpinBox)  # fields an edit leaves at once


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


class EventCount(QObject):
    """Counts every event Qt delivers, to any object, while installed on the application."""

    def __init__(self):
        super().__init__()
        self.delivered = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        self.delivered += 1
        return False


def drain() -> float:
    """Work through the event queue until a pass finds nothing to do; returns the moment
    (perf_counter) the last pass with work ended. One pass is not enough: an event handled
    in it may post another (a layout request goes to the parent, then a repaint). No Python
    runs per event here, so the measuring costs the edit nothing."""
    dispatcher = QAbstractEventDispatcher.instance()
    finished = time.perf_counter()
    for _ in range(1000):
        if not dispatcher.processEvents(QEventLoop.AllEvents):
            return finished
        finished = time.perf_counter()
    raise AssertionError("the event queue never became empty")


def left_over(count: EventCount) -> int:
    """Events one more pass delivers after `drain` (untimed): what the clock might have missed."""
    QApplication.instance().installEventFilter(count)
    count.delivered = 0
    QApplication.processEvents()
    QApplication.instance().removeEventFilter(count)
    return count.delivered


class BareCommits:
    """The baseline: one row updated and committed with `synchronous = FULL`, nothing else."""

    def __init__(self, path):
        self.conn = sqlite3.connect(path, isolation_level=None)
        self.conn.execute("PRAGMA synchronous = FULL")
        self.times: list[float] = []

    def one(self) -> None:
        start = time.perf_counter()
        self.conn.execute("BEGIN")
        self.conn.execute("UPDATE organisation SET notes = ? WHERE id = 1",
                          [f"noot {len(self.times)}"])
        self.conn.execute("COMMIT")
        self.times.append((time.perf_counter() - start) * 1000)


def slowest_by_kind(times: list[float], kinds: list[tuple[str, float]], p95: float) -> str:
    """The edits at or above the 95th percentile, grouped by step and field: how many, and the
    median of the whole edit, of its own call and of the event work after it."""
    slow: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for total, (kind, own) in zip(times, kinds):
        if total >= p95:
            slow[kind].append((total, own))
    lines = ["slowest 5% by kind (count: median whole / own call / events after, ms):"]
    for kind, found in sorted(slow.items(), key=lambda item: -len(item[1])):
        whole = statistics.median(t for t, _ in found)
        own = statistics.median(o for _, o in found)
        after = statistics.median(t - o for t, o in found)
        lines.append(f"  {len(found):3d}: {whole:5.1f} / {own:5.1f} / {after:5.1f}  {kind}")
    return "\n".join(lines)


@pytest.mark.benchmark
def test_one_edit_against_a_bare_update_and_commit(qtbot, large_demo, tmp_path, capsys):
    path = tmp_path / "groot.werkdruk"
    shutil.copy(large_demo, path)
    baseline_path = tmp_path / "kaal.werkdruk"
    shutil.copy(large_demo, baseline_path)

    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1366, 740)
    window.show()
    open_in(window, qtbot, path)
    steps = range(window.sidebar.count())
    count = EventCount()
    missed = 0
    bare = BareCommits(baseline_path)
    times: list[float] = []
    cpu: list[float] = []
    kinds: list[tuple[str, float]] = []  # per edit: step and field, and the edit's own call
    while len(times) < EDITS:  # round the steps, a few edits on each, until there are enough
        for row in steps:
            page = show_step(window, row)
            fields = [f for f in bound_fields(page) if isinstance(f, QUICK)
                      and not (isinstance(f, QLineEdit) and f.isReadOnly())]
            for field in fields[:EDITS - len(times)]:
                drain()
                start, start_cpu = time.perf_counter(), time.process_time()
                edit(field)
                returned = time.perf_counter()
                times.append((drain() - start) * 1000)
                kinds.append((f"{page.step.key}: {field.accessibleName() or type(field).__name__}",
                              (returned - start) * 1000))
                cpu.append((time.process_time() - start_cpu) * 1000)
                missed += left_over(count)
                bare.one()
    bare.conn.close()
    kept = len(window.doc.history.undoable)
    window.close_document()

    median, p95 = statistics.median(times), percentile(times, 0.95)
    bare_median, bare_p95 = statistics.median(bare.times), percentile(bare.times, 0.95)
    goal = FRAME_MS + bare_p95
    show(capsys, (
        f"edit: {len(times)} edits over {len(steps)} steps ({kept} kept for undo): median "
        f"{median:.1f} ms, 95th percentile {p95:.1f} ms; bare UPDATE + commit median "
        f"{bare_median:.1f} ms, 95th percentile {bare_p95:.1f} ms; ratio median "
        f"{median / bare_median:.1f}x, 95th percentile {p95 / bare_p95:.1f}x; goal: 95th "
        f"percentile under a frame plus the commit ({goal:.1f} ms): "
        f"{'met' if p95 <= goal else 'MISSED'}; processor time of an edit: median "
        f"{statistics.median(cpu):.1f} ms, 95th percentile {percentile(cpu, 0.95):.1f} ms; "
        f"events left after the clock stopped: {missed} in all"
    ))
    show(capsys, slowest_by_kind(times, kinds, p95))
    assert len(times) == EDITS and kept > 0
