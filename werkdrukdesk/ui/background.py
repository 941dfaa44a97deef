"""Running slow work (opening a big file, copying it) off the main thread, with progress."""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QProgressDialog, QWidget

from werkdrukdesk import logs
from werkdrukdesk.core.errors import WerkdrukError

SHOW_PROGRESS_AFTER_MS = 400


_held = 0  # workers running now; Python's cycle collector waits while any is
_held_lock = threading.Lock()


@contextmanager
def no_collection_in_workers() -> Iterator[None]:
    """Python collects garbage cycles in whichever thread happens to allocate. In a worker that
    may free Qt objects that belong to the main thread, and Qt crashes (seen as a segmentation
    fault while a report was built). So while a worker runs, automatic collection is off; it
    resumes, on the main thread's allocations, when the last worker is done."""
    global _held
    with _held_lock:
        _held += 1
        gc.disable()
    try:
        yield
    finally:
        with _held_lock:
            _held -= 1
            if _held == 0:
                gc.enable()


def run_quietly(work: Callable[[], None]) -> None:
    """Work to have done ahead of need, in the thread pool: nothing waits for it and nothing is
    said about it; what fails is only logged (the need then does the work itself)."""

    def run() -> None:
        try:
            with no_collection_in_workers():
                work()
        except Exception:  # noqa: BLE001 - ahead of need only
            logs.logger().exception("Work ahead of need failed")

    QThreadPool.globalInstance().start(run)


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(str)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any]):
        super().__init__()
        self.work = work
        self.signals = _Signals()

    def run(self) -> None:
        try:
            with no_collection_in_workers():
                result = self.work()
        except WerkdrukError as error:
            self.signals.failed.emit(str(error))
        except Exception as error:  # noqa: BLE001 - logged and reported, never swallowed
            logs.logger().exception("Unexpected error in a background task")
            self.signals.failed.emit(QCoreApplication.translate(
                "BackgroundTask", "Er ging iets onverwachts mis ({0}). Wat al in het bestand "
                "stond, is veilig. Een verslag voor de makers staat in {1}.").format(
                    error, logs.log_file()))
        else:
            self.signals.finished.emit(result)


class BackgroundTask(QObject):
    """One piece of work in the thread pool; `done(result)` or `failed(message)` on the main
    thread. A busy indicator appears only when the work takes noticeably long."""

    done = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QWidget, label: str, work: Callable[[], Any]):
        super().__init__(parent)
        self._progress = QProgressDialog(label, "", 0, 0, parent)
        self._progress.setCancelButton(None)
        self._progress.setWindowModality(Qt.WindowModal)
        self._progress.setMinimumDuration(SHOW_PROGRESS_AFTER_MS)
        self._progress.setAccessibleName(label)
        self._progress.reset()
        self._job = _Job(work)
        self._job.signals.finished.connect(self._finish)
        self._job.signals.failed.connect(self._fail)

    def start(self) -> BackgroundTask:
        self._progress.setValue(0)
        QThreadPool.globalInstance().start(self._job)
        return self

    def _finish(self, result: Any) -> None:
        self._progress.reset()
        self.done.emit(result)
        QTimer.singleShot(0, self.deleteLater)

    def _fail(self, message: str) -> None:
        self._progress.reset()
        self.failed.emit(message)
        QTimer.singleShot(0, self.deleteLater)
