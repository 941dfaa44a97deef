"""Shared by the window tests: the main window, shown, and its file closed afterwards."""

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from tests.pinned import PINNED_DAY
from werkdrukdesk.core import i18n
from werkdrukdesk.demo.build import build_demo
from werkdrukdesk.storage.file import write_new_file
from werkdrukdesk.ui import language
from werkdrukdesk.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot):
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close_document()


@pytest.fixture(scope="session")
def large_file(tmp_path_factory) -> Path:
    """The large sample (250 staff, 3 cycles, 112,000 answers), written once per run; a test
    that opens it takes `large_copy`."""
    path = tmp_path_factory.mktemp("groot") / "groot.werkdruk"
    write_new_file(path, build_demo("large", today=PINNED_DAY)).close()
    return path


@pytest.fixture
def large_copy(large_file, tmp_path) -> Path:
    """A copy of the large sample of the test's own, under a name an owner might give it: the
    window writes on opening (a daily copy, a purge), and tests edit it."""
    path = tmp_path / "Bakkerij R&D <Noord>.werkdruk"
    shutil.copyfile(large_file, path)
    return path


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
