"""The questionnaires' answers of the open file, read in the background once the window shows.

The window opens a file without its answers (`Records.load_without_answers`): they are most of
a large file and nothing shown at start needs them. Right after the window shows, an
`AnswerLoader` reads them in a worker thread, on a read-only connection of its own
(`storage.records.answers.read_answers`), the shown cycle first. A screen, check or report
that needs answers calls `OpenDocument.ensure_answers()`, which returns at once when they are
in, waits for the worker with a wait cursor when it is still busy, and otherwise reads what is
left itself. Answers that were not read refuse to be used (`core.model.NOT_LOADED`), so a
consumer that forgot to ask fails loudly instead of scoring nobody.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThreadPool, Signal
from PySide6.QtGui import QGuiApplication

from werkdrukdesk import logs
from werkdrukdesk.core import model as m
from werkdrukdesk.storage.errors import explain
from werkdrukdesk.storage.records.answers import (
    Answers,
    Cancelled,
    all_loaded,
    answers_of,
    attach_answers,
    fill_cycles,
    in_memory,
    measurements_to_load,
    read_answers,
    read_in_background,
)
from werkdrukdesk.ui.background import no_collection_in_workers

if TYPE_CHECKING:
    from werkdrukdesk.ui.document import OpenDocument


STOP_WAIT_S = 5.0  # a read called off stops within milliseconds; this is only a bound


class _Signals(QObject):
    # Lives apart from the loader, so a worker that finishes after the file closed (and the
    # loader is gone) emits into a connection Qt has already dropped.
    finished = Signal(object)


class AnswerLoader(QObject):
    """Reads the answers of one open document; `loaded` once they are attached to its model."""

    loaded = Signal()
    finished = Signal()  # the background reading ended, with or without the answers

    def __init__(self, doc: OpenDocument):
        super().__init__(doc)
        self.doc = doc
        self.running = False
        self._done = threading.Event()
        self._found: tuple[Answers, dict[int, m.Cycle]] | None = None
        self._cancelled = False
        self._failed = False  # the worker could not read them: no second try in the background
        app = QCoreApplication.instance()
        if app is not None:  # quitting does not wait for answers nobody will see
            app.aboutToQuit.connect(self.cancel)

    def start(self) -> None:
        """Start reading what is not loaded yet, the cycle the window shows first, then the
        older cycles the file opened without (`Records.load_recent`), answers and all."""
        ids = measurements_to_load(self.doc.org, self.doc.cycle)
        older = {m.stored_id(c) for c in self.doc.org.cycles if not c.loaded}
        if (self.running or self._cancelled or self._failed or not (ids or older)
                or in_memory(self.doc.file.conn)):
            return  # (a copy in memory, or after a failure, `ensure` reads on this thread)
        self.running, self._found = True, None
        self._done.clear()
        path, signals = self.doc.file.path, _Signals()
        signals.finished.connect(self._arrived)

        def work() -> None:
            found = None
            try:
                with no_collection_in_workers():
                    found = read_in_background(path, ids, older, lambda: self._cancelled)
            except Cancelled:
                pass
            except Exception:  # noqa: BLE001 - ensure() reads again and says what failed
                logs.logger().exception("Reading the answers in the background failed")
            self._found = found
            self._done.set()
            try:
                signals.finished.emit(found)
            except RuntimeError:  # the program is ending and Qt let go of the signal's owner
                pass

        QThreadPool.globalInstance().start(work)

    def cancel(self) -> None:
        """Call the reading off (the file closes, the program quits), and wait the moment it
        takes the worker to notice: a worker still running while Python shuts down crashes."""
        self._cancelled = True  # the worker's statements ask this and stop
        if self.running:
            self._done.wait(STOP_WAIT_S)

    def _arrived(self, found: tuple[Answers, dict[int, m.Cycle]] | None) -> None:
        if not self.running:
            return  # `ensure` took the worker's answers already
        self.running = False
        self._failed = found is None and not self._cancelled
        if found is not None:
            answers, cycles = found
            # A cycle the window loaded itself meanwhile (`ensure_cycles`) keeps its records
            # and takes only the answers.
            fill_cycles(self.doc.org, cycles)
            if attach_answers(self.doc.org, answers) or cycles:
                self.loaded.emit()
        if not self._cancelled:  # called off: the file closed, nobody waits any more
            self.finished.emit()

    def follow(self, then: Callable[[], None]) -> bool:
        """Start the background reading if it is not under way and call `then` once it ends;
        False (and `then` is not called) when it cannot run in the background."""
        self.start()
        if self.running:
            self.finished.connect(then, Qt.SingleShotConnection)
        return self.running

    def ready(self) -> bool:
        return all_loaded(self.doc.org)

    def ensure(self) -> bool:
        """Every answer of the document in memory; False (and the document's `failed`) when
        the file cannot be read."""
        if all_loaded(self.doc.org):
            return True
        QGuiApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            if self.running:
                self._done.wait()
                self._arrived(self._found)  # the worker's own signal follows, and adds nothing
            if not self.doc.ensure_cycles():  # what the worker did not bring; said why
                return False
            ids = measurements_to_load(self.doc.org, self.doc.cycle)
            if ids:  # the worker failed, was stopped or never ran: read the rest here
                conn = self.doc.file.conn
                found = (answers_of(conn, ids) if in_memory(conn)
                         else read_answers(self.doc.file.path, ids))
                attach_answers(self.doc.org, found)
                self.loaded.emit()
        except sqlite3.Error as error:
            self.doc.failed.emit(self.tr(
                "De antwoorden van de vragenlijsten konden niet worden gelezen: {0}.").format(
                    explain(error)))
            return False
        except (ValueError, TypeError):  # an answer no version writes
            self.doc.failed.emit(self.tr(
                "De antwoorden in {0} zijn beschadigd en kunnen niet worden gelezen. Gebruik een "
                "reservekopie of vraag hulp; het bestand is niet gewijzigd.").format(
                    self.doc.file.path.name))
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        return all_loaded(self.doc.org)
