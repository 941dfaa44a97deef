"""An unexpected error shows what to do, is logged, and loses nothing."""

import sys

from werkdrukdesk.paths import logs_dir
from werkdrukdesk.ui import crash


def test_an_unexpected_error_is_logged_and_explained(qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(crash.QMessageBox, "critical",
                        lambda parent, title, text: shown.append(text))
    try:
        raise RuntimeError("kapot <R&D>")
    except RuntimeError:
        crash.handle_exception(*sys.exc_info())
    log = (logs_dir() / "werkdrukdesk.log").read_text(encoding="utf-8")
    assert "RuntimeError: kapot <R&D>" in log
    assert len(shown) == 1
    assert "staat veilig in het bestand" in shown[0] and str(logs_dir()) in shown[0]


def test_a_slot_that_fails_in_the_running_window_does_not_end_the_program(qtbot, monkeypatch):
    from PySide6.QtCore import QTimer

    shown = []
    monkeypatch.setattr(crash.QMessageBox, "critical",
                        lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(sys, "excepthook", crash.handle_exception)

    def broken():
        raise ValueError("onverwacht")

    QTimer.singleShot(0, broken)
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert "onverwacht" in (logs_dir() / "werkdrukdesk.log").read_text(encoding="utf-8")


def test_background_work_that_fails_unexpectedly_is_logged_in_full_and_explained(qtbot):
    from PySide6.QtWidgets import QWidget

    from werkdrukdesk.ui.background import BackgroundTask

    def work():
        raise KeyError("geen-sleutel")

    parent = QWidget()
    qtbot.addWidget(parent)
    task = BackgroundTask(parent, "Bezig", work)
    with qtbot.waitSignal(task.failed, timeout=5000) as failed:
        task.start()
    message = failed.args[0]
    assert "Er ging iets onverwachts mis" in message and "Traceback" not in message
    assert str(logs_dir()) in message
    log = (logs_dir() / "werkdrukdesk.log").read_text(encoding="utf-8")
    assert "Traceback" in log and "KeyError: 'geen-sleutel'" in log
    assert "2026-11-28" in log  # the program's clock, pinned in the tests
    qtbot.wait(20)  # the finished task removes itself before its window goes
