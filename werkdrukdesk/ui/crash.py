"""An unexpected error in the window: write it down, tell the user what to do, keep running.

Every edit is already in the file when it is made, so nothing typed before the error is lost.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QMessageBox

from werkdrukdesk import APP_NAME, logs

_showing = False


def log_error(kind: type, error: BaseException, tb) -> Path | None:
    """Write the error with its traceback to the program's log; None when that is impossible."""
    log = logs.logger()
    log.error("Unexpected error in the window", exc_info=(kind, error, tb))
    for handler in log.handlers:
        handler.flush()
    path = logs.log_file()
    return path if path.exists() else None


def handle_exception(kind: type, error: BaseException, tb) -> None:
    global _showing
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, tb)
        return
    log = log_error(kind, error, tb)
    app = QApplication.instance()
    if _showing or app is None or QThread.currentThread() is not app.thread():
        return  # one message at a time, and only from the window's own thread; the log has all
    _showing = True
    try:
        where = str(log) if log else QApplication.translate("Crash", "(geen verslag mogelijk)")
        QMessageBox.critical(
            None,
            APP_NAME,
            QApplication.translate(
                "Crash",
                "Er ging iets mis dat WerkdrukDesk niet had verwacht. Alles wat u tot nu toe "
                "hebt ingevuld, staat veilig in het bestand.\n\nU kunt gewoon verder werken. "
                "Gebeurt het vaker, sluit het programma dan en open het bestand opnieuw. Een "
                "verslag voor de makers staat in:\n{0}",
            ).format(where),
        )
    finally:
        _showing = False


def install() -> None:
    sys.excepthook = handle_exception
