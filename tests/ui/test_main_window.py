"""The main window in a real (offscreen) Qt session."""

from pathlib import Path

import pytest

from werkdrukdesk.core import model as m
from werkdrukdesk.storage import create_file
from werkdrukdesk.ui import main_window, settings
from werkdrukdesk.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot):
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    return win


@pytest.fixture
def werkdruk_file(tmp_path) -> Path:
    path = tmp_path / "kapsalon.werkdruk"
    with create_file(path, m.Profile("Kapsalon Ayşe Yılmaz", headcount=7)) as file:
        cycle = file.load().cycles[0]
        file.save(m.Team("Salon", 7), cycle.id)
    return path


def test_the_sidebar_lists_every_step_and_buttons_move_through_them(window, qtbot):
    titles = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert titles == ["Organisatie", "Inventarisatie", "Balans", "Plan van aanpak",
                      "Voorlichting", "Evaluatie", "Overzicht & afdrukken"]
    window.next_button.click()
    window.next_button.click()
    assert window.pages.currentIndex() == 2
    window.previous_button.click()
    assert window.sidebar.currentRow() == 1
    for _ in range(10):
        window.next_button.click()
    assert window.sidebar.currentRow() == 6


def test_opening_a_file_shows_it_and_remembers_it(window, werkdruk_file):
    assert window.open_path(werkdruk_file)
    assert "Kapsalon Ayşe Yılmaz" in window.windowTitle()
    assert "kapsalon.werkdruk" in window.windowTitle()
    assert "teams: 1" in window.step_pages[0].facts.text()
    assert settings.recent_files()[0] == werkdruk_file.resolve()


def test_a_bad_file_is_explained_and_the_open_one_stays(window, werkdruk_file, tmp_path,
                                                        monkeypatch):
    window.open_path(werkdruk_file)
    shown = []
    monkeypatch.setattr(main_window.QMessageBox, "warning",
                        lambda parent, title, text: shown.append(text))
    junk = tmp_path / "junk.werkdruk"
    junk.write_bytes(b"not a database")
    assert not window.open_path(junk)
    assert shown and "geen WerkdrukDesk-bestand" in shown[0]
    assert "Kapsalon" in window.windowTitle() and window.file.path == werkdruk_file
