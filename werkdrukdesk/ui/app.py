"""Starting the program: the Qt application, the main window and the file to open."""

from __future__ import annotations

import importlib
import logging
import os
import sys
from pathlib import Path

from werkdrukdesk import APP_NAME
from werkdrukdesk.core.errors import WerkdrukError

# The modules without Qt that the window needs at start (storage, the checks).
# Imported before PySide6, because PySide6 reads the source of every module imported after it
# (to see whether the module uses its optional features): for these about 140 modules that
# was 30–60 ms of a start. A module missing here is only imported a little more slowly.
PLAIN_MODULES = (
    "werkdrukdesk.storage.file",
    "werkdrukdesk.storage.forget",
    "werkdrukdesk.storage.history",
    "werkdrukdesk.storage.retention",
    "werkdrukdesk.storage.platform.names",
    "werkdrukdesk.storage.platform.peek",
    "werkdrukdesk.storage.platform.synced",
    "werkdrukdesk.core.privacy",
    "werkdrukdesk.core.psa.scope",
    "werkdrukdesk.core.plan.own_library",
    "werkdrukdesk.core.readiness.chain",
    "werkdrukdesk.core.readiness.step_progress",
    "werkdrukdesk.ui.settings",
    "html",
    "subprocess",
    "tomllib",
)


def _import_plain_modules() -> None:
    for name in PLAIN_MODULES:
        importlib.import_module(name)


def run(path: Path | None = None, exit_when_ready: bool = False,
        language: str | None = None) -> int:
    """Show the main window with `path` (or the last file); `language` overrides the user's
    choice and the system's for this run."""
    _import_plain_modules()
    from PySide6.QtCore import QLocale, QThreadPool, QTimer
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from werkdrukdesk.paths import resources_dir
    from werkdrukdesk.ui import crash, settings, style
    from werkdrukdesk.ui.language import chosen_language, install
    from werkdrukdesk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setDesktopFileName("werkdrukdesk")  # matches installer/linux/werkdrukdesk.desktop
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "werkdrukdesk.png")))
    style.install(app)  # drop-down lists open below their box
    install(app, chosen_language(language or settings.language_choice(),
                                 QLocale.system().uiLanguages()))
    crash.install()
    window = MainWindow()
    window.show()
    if sys.platform == "darwin":  # a .werkdruk file double-clicked in Finder
        # Only macOS sends file-open events; a filter on the application sees every event
        # of every widget, thousands while the window starts.
        from werkdrukdesk.ui.files.file_open import FileOpenEvents

        app.installEventFilter(FileOpenEvents(window))
    start_file = path or next((p for p in settings.recent_files() if p.exists()), None)
    failure: list[str] = []
    if exit_when_ready:
        # Quit once the window shows the file and the event queue is empty: nobody is there
        # to read a dialog, so an error goes to the command line instead.
        window.file_opened.connect(lambda _: QTimer.singleShot(0, app.quit))
        window.open_failed.connect(lambda message: (failure.append(message), app.quit()))
        if not start_file:
            QTimer.singleShot(0, app.quit)
    if start_file:
        window.open_path(Path(start_file), quiet=exit_when_ready)
    status = app.exec()
    # `--exit-when-ready` quits without closing the window: the file, its lock and the
    # workers are done with here, not left to the end of the process.
    window.close_document()
    QThreadPool.globalInstance().waitForDone()
    if failure:
        raise WerkdrukError(failure[0])
    global _window_done
    _window_done = True
    return status


_window_done = False  # the window ran and everything it opened is closed


def leave_after_window(status: int) -> None:
    """End the process at once after the window ran and closed what it opened (the file, its
    lock, the workers). Python would otherwise tear down every object of the program and of
    Qt one by one on its way out, about a tenth of a second; Qt's own objects are still
    deleted properly first (on X11 that hands the clipboard on). Does nothing otherwise."""
    if not _window_done:
        return
    import shiboken6
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is not None:
        # Windows without a parent only: deleting one deletes its dialogs with it.
        for widget in [w for w in app.topLevelWidgets() if w.parentWidget() is None]:
            shiboken6.delete(widget)
        shiboken6.delete(app)
    logging.shutdown()  # the log file's last lines
    for stream in (sys.stdout, sys.stderr):
        if stream is not None:  # None in a program started without a console (Windows)
            stream.flush()
    os._exit(status)
