"""Shared by the window tests: the main window, shown, and its file closed afterwards."""

import pytest

from werkdrukdesk.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot):
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close_document()


def open_in(window: MainWindow, qtbot, path) -> MainWindow:
    """Open `path` in `window` the way the program does (in the background) and wait for it."""
    with qtbot.waitSignal(window.file_opened, timeout=10000):
        window.open_path(path)
    return window
