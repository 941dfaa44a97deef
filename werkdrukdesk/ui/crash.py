"""An unexpected error in the window: write it down, tell the user what to do, keep running.

Every edit is already in the file when it is made, so nothing typed before the error is lost.
"""

from __future__ import annotations

import sys
import traceback
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from werkdrukdesk import APP_NAME, __version__, clock
from werkdrukdesk.paths import logs_dir

_showing = False


def log_error(kind: type, error: BaseException, tb) -> Path | None:
    """Append the error to the program's log; None when even that is impossible."""
    path = logs_dir() / "werkdrukdesk.log"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as log:
            log.write(f"\n=== {clock.now():%Y-%m-%d %H:%M:%S} {APP_NAME} {__version__}\n")
            log.write("".join(traceback.format_exception(kind, error, tb)))
    except OSError:
        return None
    return path


def handle_exception(kind: type, error: BaseException, tb) -> None:
    global _showing
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, tb)
        return
    log = log_error(kind, error, tb)
    if _showing or QApplication.instance() is None:
        return  # one message at a time; the log has them all
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
