"""Work off the main thread never runs Python's garbage collector there: collecting in a worker
can free Qt objects of the main thread, which crashed a report build once."""

import gc

from PySide6.QtWidgets import QWidget

from werkdrukdesk.ui.background import BackgroundTask


def test_the_collector_is_off_while_a_worker_runs_and_back_on_after(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    seen = []
    task = BackgroundTask(parent, "Bezig", lambda: seen.append(gc.isenabled()) or "klaar")
    with qtbot.waitSignal(task.done, timeout=5000) as done:
        task.start()
    assert done.args == ["klaar"] and seen == [False]
    assert gc.isenabled()
    qtbot.wait(20)  # the finished task removes itself before its window goes


def test_a_failing_worker_also_gives_the_collector_back(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)

    def broken():
        raise ValueError("kapot")

    task = BackgroundTask(parent, "Bezig", broken)
    with qtbot.waitSignal(task.failed, timeout=5000):
        task.start()
    assert gc.isenabled()
    qtbot.wait(20)
