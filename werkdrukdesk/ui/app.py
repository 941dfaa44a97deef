"""Starting the program: the Qt application, the main window and the file to open."""

from __future__ import annotations

import sys
from pathlib import Path

from werkdrukdesk import APP_NAME


def run(path: Path | None = None, exit_when_ready: bool = False) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from werkdrukdesk.ui import settings
    from werkdrukdesk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    window = MainWindow()
    window.show()
    start_file = path or next((p for p in settings.recent_files() if p.exists()), None)
    if start_file:
        # Unattended runs have nobody to read a dialog: the error goes to the command line.
        window.open_path(Path(start_file), quiet=exit_when_ready)
    if exit_when_ready:
        # Runs once the event queue is empty: the window is shown and idle.
        QTimer.singleShot(0, app.quit)
    return app.exec()
