"""Shared by the window tests: the main window, shown, and its file closed afterwards."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale

from werkdrukdesk.core import i18n
from werkdrukdesk.ui import language
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


def speaking(qapp, code: str) -> Iterator[None]:
    """For a fixture: the windows in language `code`, then Dutch again as the tests expect."""
    before = QLocale()
    language.install(qapp, code)
    yield
    for translator in qapp._werkdruk_translators:
        qapp.removeTranslator(translator)
    qapp._werkdruk_translators = []
    QLocale.setDefault(before)
    i18n.set_language("nl")
