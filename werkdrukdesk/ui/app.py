"""Starting the program: the Qt application, the main window and the file to open."""

from __future__ import annotations

import sys
from pathlib import Path

from werkdrukdesk import APP_NAME
from werkdrukdesk.core.errors import WerkdrukError


def run(path: Path | None = None, exit_when_ready: bool = False,
        language: str | None = None) -> int:
    """Show the main window with `path` (or the last file); `language` overrides the user's
    choice and the system's for this run."""
    from PySide6.QtCore import QLocale, QTimer
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
    from werkdrukdesk.ui.files.file_open import FileOpenEvents

    opens = FileOpenEvents(window)  # macOS: a .werkdruk file double-clicked in Finder
    app.installEventFilter(opens)
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
    if failure:
        raise WerkdrukError(failure[0])
    return status
