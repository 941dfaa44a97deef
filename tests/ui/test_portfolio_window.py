"""Bestand › Portefeuille…: the client files of a folder in a sortable table; a double-click
opens one in the main window; nothing in the folder changes."""

from PySide6.QtCore import Qt

from tests.pinned import PINNED_DAY
from tests.storage.test_portfolio import checksums, make_clients
from werkdrukdesk.ui.files import portfolio as portfolio_window
from werkdrukdesk.ui.files.portfolio import PATH_ROLE, PortfolioDialog


def _rows(dialog):
    table = dialog.table
    return [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def test_the_table_shows_each_file_sorts_and_opens_one(window, qtbot, tmp_path, monkeypatch):
    folder = tmp_path / "klanten"
    folder.mkdir()
    make_clients(folder)
    before = checksums(folder)
    monkeypatch.setattr(portfolio_window, "ask_folder", lambda parent, title: str(folder))
    window.actions_.show_portfolio()
    dialog = window.actions_.portfolio
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 7)
    states = {row[1]: row[7] for row in _rows(dialog)}
    assert states["gezond.werkdruk"] == "in orde"
    assert states["kapot.werkdruk"] == "beschadigd"
    assert states["nieuwer.werkdruk"] == "nieuwere versie"
    assert states["ouder.werkdruk"] == "oudere versie"

    dialog.table.sortItems(1, Qt.DescendingOrder)
    assert [row[1] for row in _rows(dialog)][0] == "ouder.werkdruk"
    dialog.table.sortItems(4, Qt.AscendingOrder)  # unknown (unreadable) last
    overdue = [row[4] for row in _rows(dialog)]
    numbers = [int(x) for x in overdue if x != "–"]
    assert numbers == sorted(numbers) and overdue[-1] == "–" and overdue[0] != "–"

    healthy = next(r for r in range(7) if dialog.table.item(r, 1).text() == "gezond.werkdruk")
    assert dialog.table.item(healthy, 0).data(PATH_ROLE).endswith("gezond.werkdruk")
    with qtbot.waitSignal(window.file_opened, timeout=10000):
        dialog.table.cellDoubleClicked.emit(healthy, 1)
    assert window.doc.file.path.name == "gezond.werkdruk"
    window.close_document()
    dialog.close()
    assert checksums(folder) == before


def test_a_missing_folder_is_said_not_raised(qtbot, tmp_path):
    dialog = PortfolioDialog(None, lambda path: None, [tmp_path / "nergens"])
    qtbot.addWidget(dialog)
    dialog.refresh(PINNED_DAY)
    assert dialog.table.rowCount() == 0 and "bestaat niet" in dialog.folders_label.text()


def test_the_shown_table_follows_the_folder(qtbot, tmp_path, monkeypatch):
    """A client file that appears, is renamed away or changes while the window is shown is in
    the table soon after, without pressing Vernieuwen; hidden, nothing is watched."""
    from werkdrukdesk.core import model as m
    from werkdrukdesk.storage import create_file

    folder = tmp_path / "klanten"
    folder.mkdir()
    create_file(folder / "eerste.werkdruk", m.Profile(name="Eerste"), PINNED_DAY).close()
    dialog = PortfolioDialog(None, lambda path: None, [folder])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert [row[0] for row in _rows(dialog)] == ["Eerste"]

    create_file(folder / "Ayşe Yılmaz.werkdruk", m.Profile(name="R&D <Noord>"),
                PINNED_DAY).close()
    qtbot.waitUntil(lambda: sorted(row[0] for row in _rows(dialog)) == [
        "Eerste", "R&D <Noord>"], timeout=10000)
    (folder / "eerste.werkdruk").rename(tmp_path / "weg.werkdruk")
    qtbot.waitUntil(lambda: [row[0] for row in _rows(dialog)] == ["R&D <Noord>"],
                    timeout=10000)

    # A save in another window: the row follows, also when only the folder is watched.
    from werkdrukdesk.storage import open_file

    for limit in (100, 0):
        monkeypatch.setattr(portfolio_window, "MAX_WATCHED_FILES", limit)
        dialog.refresh()
        assert len(dialog.watcher.files()) == (1 if limit else 0)
        with open_file(folder / "Ayşe Yılmaz.werkdruk") as file:
            profile = file.load().profile
            profile.name = f"Nieuwe naam {limit}"
            file.save_profile(profile)
        wanted = [profile.name]
        qtbot.waitUntil(lambda w=wanted: [row[0] for row in _rows(dialog)] == w, timeout=10000)

    dialog.hide()
    assert dialog.watcher.directories() == [] and dialog.watcher.files() == []
    (tmp_path / "weg.werkdruk").rename(folder / "terug.werkdruk")
    dialog.show()  # read again on showing: what changed while hidden is there too
    assert sorted(row[0] for row in _rows(dialog)) == ["Eerste", "Nieuwe naam 0"]
    assert dialog.watcher.directories() == [str(folder)]


def test_a_file_edited_in_the_window_carries_its_summary_once_closed(window, qtbot, tmp_path):
    """Open in a window: the summary no longer holds after an edit; closed: judged on the
    window's day, and the portfolio shows what the window showed."""
    import sqlite3

    from tests.ui.conftest import open_in
    from werkdrukdesk.core.cycles import current_cycle
    from werkdrukdesk.core.model.edits import SetFields
    from werkdrukdesk.demo.build import build_demo
    from werkdrukdesk.storage.file import write_new_file
    from werkdrukdesk.storage.portfolio import listing, summary

    path = tmp_path / "bakkerij.werkdruk"
    write_new_file(path, build_demo("small", today=PINNED_DAY), today=PINNED_DAY).close()

    def summaries():
        with sqlite3.connect(path) as conn:
            found = conn.execute("SELECT change_counter, judged_on, checks, open_checks "
                                 "FROM portfolio_summary").fetchall()
        conn.close()
        return found

    (written, *_), = summaries()
    assert written == summary.change_counter(path)
    open_in(window, qtbot, path)
    measure = current_cycle(window.doc.org).measures[0]
    title = "Ayşe Yılmaz: R&D <Noord> eerlijk roosteren"
    assert window.doc.apply(SetFields(measure, {"title": title}))
    assert summaries()[0][0] == written  # the row stays, but the file moved on
    shown = window.doc.readiness()
    window.close_document()
    assert summary.change_counter(path) > written
    (counter, judged_on, checks, open_checks), = summaries()
    assert counter == summary.change_counter(path) and judged_on == PINNED_DAY.isoformat()
    assert (checks, open_checks) == (len(shown), sum(not c.ok for c in shown))
    assert listing._summarised(path, PINNED_DAY, listing.PortfolioRow(path), []) is not None
