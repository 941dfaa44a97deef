"""The windows in English and in Dutch: the choice of language, and a walk through every step
of the large demo in English that finds none of the program's Dutch sentences left."""

import re
from datetime import date

import pytest
from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from tests.ui.conftest import speaking
from werkdrukdesk.core import i18n
from werkdrukdesk.core.codec import to_plain
from werkdrukdesk.demo.build import build_demo
from werkdrukdesk.storage.file import write_new_file
from werkdrukdesk.ui import language, settings
from werkdrukdesk.ui.main_window import MainWindow


@pytest.mark.parametrize(
    ("choice", "system", "expected"),
    [
        (None, ["nl-NL", "en-US"], "nl"),
        (None, ["en-GB", "nl-NL"], "en"),
        (None, ["de-DE", "en-US"], "en"),
        (None, ["tr_TR"], "nl"),  # neither: the language of the law the program is about
        ("en", ["nl-NL"], "en"),
        ("nl", ["en-US"], "nl"),
        ("fr", ["en-US"], "en"),  # a setting we do not know is ignored
    ],
)
def test_the_language_follows_the_system_unless_the_user_chose(choice, system, expected):
    assert language.chosen_language(choice, system) == expected


def test_the_choice_is_remembered_and_can_go_back_to_the_system():
    settings.set_language_choice("en")
    assert settings.language_choice() == "en"
    settings.set_language_choice(None)
    assert settings.language_choice() is None


@pytest.fixture
def english(qapp):
    yield from speaking(qapp, "en")


@pytest.fixture
def large_demo(tmp_path):
    path = tmp_path / "demo.werkdruk"
    write_new_file(path, build_demo("large", today=date(2026, 11, 28))).close()
    return path


def shown_texts(window: QWidget) -> list[str]:
    """Every text a user can see or hear on the window as it is now."""
    texts = [window.windowTitle()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        texts += [widget.toolTip(), widget.accessibleName()]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            texts += item_texts(widget.model())
    for menu in window.menuBar().findChildren(QMenu):
        texts += [menu.title(), *(action.text() for action in menu.actions())]
    return [t for t in texts if t]


def item_texts(model) -> list[str]:
    """Headers and cells of a list or table (the first 300 rows are plenty)."""
    listing = isinstance(model, QAbstractListModel)  # its columnCount is private
    columns = 1 if listing else model.columnCount(QModelIndex())
    texts = [str(model.headerData(c, Qt.Horizontal) or "") for c in range(columns)]
    for row in range(min(model.rowCount(QModelIndex()), 300)):
        texts += [str(model.index(row, c).data() or "") for c in range(columns)]
    return texts


def data_strings(value) -> list[str]:
    """Every text in the organisation's own data (the demo's is Dutch, as a user's would be)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, list):
        return [text for item in value for text in data_strings(item)]
    return []


def dutch_fragments(data: str) -> set[str]:
    """Pieces of three words or more of every program sentence whose English differs, except
    pieces the user's own data happens to contain."""
    fragments = set()
    for (_, source), english in i18n.catalogue("en").items():
        if english == source:
            continue
        for piece in re.split(r"\{[^{}]*\}|%\d|<[^<>]+>|\n", source):
            piece = piece.strip(" .,:;()&")
            piece = piece.replace("&", "")
            if len(piece.split()) >= 3 and piece not in data:
                fragments.add(piece)
    return fragments


def test_every_step_of_the_large_demo_speaks_english(qtbot, english, large_demo, monkeypatch):
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.Ok)
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1366, 740)
    window.show()
    with qtbot.waitSignal(window.file_opened, timeout=20000):
        window.open_path(large_demo)
    assert window.doc.ensure_answers()  # the model opens without them
    data = "\n".join(data_strings(to_plain(window.doc.org)))
    fragments = dutch_fragments(data)
    assert len(fragments) > 300  # the catalogue is really there
    left = {}
    for row in range(window.sidebar.count()):
        window.sidebar.setCurrentRow(row)
        QApplication.processEvents()
        for text in shown_texts(window):
            plain = text.replace("&", "")
            left.update({f: row for f in fragments if f in plain})
    assert not left, f"Dutch left on steps: {sorted(left.items())[:10]}"
    assert window.sidebar.item(3).text().startswith("Action plan")
    window.close_document()
