"""Files the system hands to the running program: on macOS, Finder gives a double-clicked
`.werkdruk` file (the app owns the type, see installer/werkdrukdesk.spec) as a file-open event,
never on the command line. Windows and Linux pass it on the command line (`run(path)`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFileOpenEvent


class FileOpenEvents(QObject):
    """Installed on the application: each file-open event opens that file in `window`."""

    def __init__(self, window: QObject):
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.FileOpen and isinstance(event, QFileOpenEvent):
            if event.file():
                self.window.open_path(Path(event.file()))
            return True
        return super().eventFilter(watched, event)
