"""The main window in a real (offscreen) Qt session, with real files."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidgetItem, QWidget

from tests.pinned import PINNED_DAY
from tests.ui.conftest import open_in
from werkdrukdesk.core import model as m
from werkdrukdesk.core.model.edits import SetFields
from werkdrukdesk.storage import create_file, open_file
from werkdrukdesk.ui import main_window, settings
from werkdrukdesk.ui.files import actions as file_actions
from werkdrukdesk.ui.files import dialogs as file_dialogs
from werkdrukdesk.ui.intake.dialog import IntakeDialog
from werkdrukdesk.ui.main_window import MainWindow

STEP_TITLES = ["Organisatie", "Inventarisatie", "Balans", "Plan van aanpak", "Voorlichting",
               "Evaluatie", "Overzicht & afdrukken"]


@pytest.fixture
def werkdruk_file(tmp_path) -> Path:
    path = tmp_path / "kapsalon.werkdruk"
    with create_file(path, m.Profile("Kapsalon Ayşe Yılmaz", headcount=7), PINNED_DAY) as file:
        cycle = file.load().cycles[0]
        file.save(m.Team("Salon", 7), cycle.id)
    return path


def test_without_a_file_the_welcome_screen_shows(window):
    assert window.screens.currentWidget() is window.welcome


def test_the_sidebar_lists_every_step_and_buttons_move_through_them(window, qtbot,
                                                                    werkdruk_file):
    open_in(window, qtbot, werkdruk_file)
    titles = [window.sidebar.item(i).text().split("\n")[0] for i in range(window.sidebar.count())]
    assert titles == STEP_TITLES
    assert all("%" in window.sidebar.item(i).text() or "✓" in window.sidebar.item(i).text()
               for i in range(window.sidebar.count()))
    window.next_button.click()
    window.next_button.click()
    assert window.pages.currentIndex() == 2
    window.previous_button.click()
    assert window.sidebar.currentRow() == 1
    for _ in range(10):
        window.next_button.click()
    assert window.sidebar.currentRow() == 6 and not window.next_button.isEnabled()


def test_opening_a_file_shows_it_and_remembers_it(window, qtbot, werkdruk_file):
    open_in(window, qtbot, werkdruk_file)
    assert window.screens.currentIndex() == 1
    assert "Kapsalon Ayşe Yılmaz" in window.windowTitle()
    assert "kapsalon.werkdruk" in window.windowTitle()
    assert settings.recent_files()[0] == werkdruk_file.resolve()
    assert "Cyclus 1 van 1" in window.cycle_label.text()


def test_a_bad_file_is_explained_and_the_open_one_stays(window, qtbot, werkdruk_file, tmp_path,
                                                        monkeypatch):
    open_in(window, qtbot, werkdruk_file)
    shown = []
    monkeypatch.setattr(main_window.QMessageBox, "warning",
                        lambda parent, title, text: shown.append(text))
    junk = tmp_path / "junk.werkdruk"
    junk.write_bytes(b"not a database")
    with qtbot.waitSignal(window.open_failed, timeout=10000):
        window.open_path(junk)
    assert shown and "geen WerkdrukDesk-bestand" in shown[0]
    assert "Kapsalon" in window.windowTitle() and window.doc.file.path == werkdruk_file


def test_new_organisation_through_the_intake(window, qtbot, tmp_path, monkeypatch):
    target = tmp_path / "nieuw.werkdruk"

    def fill_intake(dialog):
        dialog.name.setText("R&D <Noord> B.V.")
        dialog.teams.setItem(0, 0, QTableWidgetItem("Ontwikkeling"))
        dialog.teams.setItem(0, 1, QTableWidgetItem("9"))
        dialog.teams.item(0, 2).setCheckState(Qt.Checked)
        dialog.teams.setItem(1, 0, QTableWidgetItem("Werkplaats Łódź"))
        dialog.teams.setItem(1, 1, QTableWidgetItem("6"))
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(IntakeDialog, "exec", fill_intake)
    monkeypatch.setattr(file_dialogs, "ask", lambda dialog: str(target))
    with qtbot.waitSignal(window.file_opened, timeout=10000):
        window.actions_.new_file()
    org = open_file(target, read_only=True).load()
    assert org.profile.name == "R&D <Noord> B.V." and org.profile.headcount == 15
    assert [(t.name, t.headcount, t.hybrid) for t in org.cycles[0].teams] == [
        ("Ontwikkeling", 9, True), ("Werkplaats Łódź", 6, False)]


def test_the_intake_explains_mistakes_inline(qtbot):
    dialog = IntakeDialog()
    qtbot.addWidget(dialog)
    dialog.teams.setItem(0, 0, QTableWidgetItem("Keuken"))
    dialog.teams.setItem(0, 1, QTableWidgetItem("twaalf"))
    dialog.accept()
    assert dialog.result() == 0
    assert "naam van de organisatie" in dialog.problems.text()
    assert "als getal" in dialog.problems.text()


def test_starting_a_new_cycle_from_the_menu(window, qtbot, werkdruk_file, monkeypatch):
    open_in(window, qtbot, werkdruk_file)
    monkeypatch.setattr(file_actions.QMessageBox, "question",
                        lambda *a: file_actions.QMessageBox.Yes)
    window.actions_.start_next_cycle()
    assert "Cyclus 2 van 2" in window.cycle_label.text()
    org = open_file(werkdruk_file, read_only=True).load()
    assert [c.closed for c in org.cycles] == [True, False]
    assert [t.name for t in org.cycles[1].teams] == ["Salon"]


def test_save_a_copy(window, qtbot, werkdruk_file, tmp_path, monkeypatch):
    open_in(window, qtbot, werkdruk_file)
    target = tmp_path / "kopie.werkdruk"
    monkeypatch.setattr(file_dialogs, "ask", lambda dialog: str(target))
    window.actions_.save_copy()
    qtbot.waitUntil(target.exists, timeout=10000)
    assert open_file(target, read_only=True).load().profile.name == "Kapsalon Ayşe Yılmaz"


def test_steps_can_be_reached_by_keyboard_alone(window, qtbot, werkdruk_file):
    open_in(window, qtbot, werkdruk_file)
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.keyClick(window, Qt.Key_Right, Qt.AltModifier)
    assert window.sidebar.currentRow() == 1
    qtbot.keyClick(window, Qt.Key_4, Qt.ControlModifier)
    assert window.sidebar.currentRow() == 3
    qtbot.keyClick(window, Qt.Key_Left, Qt.AltModifier)
    assert window.sidebar.currentRow() == 2
    qtbot.keyClick(window, Qt.Key_F6)
    assert window.sidebar.hasFocus()
    qtbot.keyClick(window.sidebar, Qt.Key_Down)
    assert window.sidebar.currentRow() == 3


def test_every_input_on_every_step_has_a_name_for_screen_readers(window, qtbot, tmp_path):
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QHeaderView,
        QLineEdit,
        QPlainTextEdit,
    )

    from werkdrukdesk.demo.build import build_demo
    from werkdrukdesk.storage.file import write_new_file

    path = tmp_path / "demo.werkdruk"
    write_new_file(path, build_demo("small", today=PINNED_DAY)).close()
    open_in(window, qtbot, path)
    kinds = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)
    unnamed = []
    for page in window.step_pages:
        for widget in page.findChildren(QWidget):
            if isinstance(widget, QAbstractButton):
                named = widget.text().strip() or widget.accessibleName()
            elif isinstance(widget, kinds) and not isinstance(widget, QHeaderView):
                named = widget.accessibleName()
            else:
                continue
            internal = widget.objectName().startswith("qt_")  # Qt's own corner buttons
            inner = isinstance(widget.parent(), (QAbstractSpinBox, QComboBox))
            if not named and not internal and widget.isVisibleTo(page) \
                    and widget.parent() is not None and not inner:
                unnamed.append(f"{page.step.key}: {type(widget).__name__} {widget.objectName()}")
    assert unnamed == []


def test_a_file_open_elsewhere_can_be_looked_at_read_only(window, qtbot, werkdruk_file,
                                                         monkeypatch):
    elsewhere = open_file(werkdruk_file)  # another window or program writes it
    try:
        asked = []
        monkeypatch.setattr(main_window.QMessageBox, "question",
                            lambda parent, title, text: asked.append(text)
                            or main_window.QMessageBox.Yes)
        with qtbot.waitSignal(window.file_opened, timeout=10000):
            window.open_path(werkdruk_file)
        assert "al geopend" in asked[0]
        assert window.doc.file.read_only and "alleen lezen" in window.windowTitle()
        assert not window.doc.apply(SetFields(window.doc.org.profile, {"name": "Anders"}))
        assert "alleen om te lezen" in window.banner.text()
    finally:
        elsewhere.close()


def test_the_banner_gives_its_room_back_when_its_message_goes(window, qtbot, werkdruk_file):
    """A long refusal pushes the step down while it shows; once it goes the banner takes no
    room, so no empty red band stays above every step for the rest of the session."""
    open_in(window, qtbot, werkdruk_file)
    window.sidebar.setCurrentRow(1)  # the deadline notice steps aside: only the banner moves
    qtbot.waitUntil(lambda: window.deadline_notice.isHidden())
    top = window.pages.y()
    line = window.banner.fontMetrics().lineSpacing()
    window.doc.failed.emit("\n".join(["Het bestand 'R&D <Noord>' is geweigerd."] * 6))
    qtbot.waitUntil(lambda: window.pages.y() >= top + 6 * line)
    window.banner.show_problems(["Kort."])  # a shorter message takes only its own lines
    qtbot.waitUntil(lambda: window.pages.y() < top + 3 * line)
    window.banner.show_problems([])
    qtbot.waitUntil(lambda: window.pages.y() == top)
    assert window.banner.isHidden()


def test_a_backup_can_be_put_back_from_the_menu(window, qtbot, werkdruk_file, monkeypatch):
    open_in(window, qtbot, werkdruk_file)  # opening made today's copy
    assert window.doc.apply(SetFields(window.doc.org.profile, {"name": "Later veranderd"}))
    monkeypatch.setattr(file_actions.QInputDialog, "getItem",
                        lambda parent, title, label, items, current, editable: (items[-1], True))
    with qtbot.waitSignal(window.file_opened, timeout=10000):
        window.actions_.restore_backup()
    assert window.doc.org.profile.name == "Kapsalon Ayşe Yılmaz"
    from werkdrukdesk.paths import backups_dir
    from werkdrukdesk.storage.backup import backups_of

    kept = [p.name for p in backups_of(werkdruk_file, backups_dir())]
    assert any(name.endswith("voor-terugzetten.werkdruk") for name in kept)


def test_a_person_is_removed_from_every_record_also_closed_cycles(window, qtbot, tmp_path,
                                                                   monkeypatch):
    from werkdrukdesk.core.codec import to_plain
    from werkdrukdesk.demo.build import build_demo
    from werkdrukdesk.paths import backups_dir
    from werkdrukdesk.storage.backup import backups_of
    from werkdrukdesk.storage.file import write_new_file

    path = tmp_path / "groot.werkdruk"
    write_new_file(path, build_demo("small", today=PINNED_DAY)).close()
    open_in(window, qtbot, path)
    name = "Łukasz Kowalczyk"
    assert window.doc.ensure_answers()
    assert name in str(to_plain(window.doc.org.cycles[0]))  # a closed cycle
    monkeypatch.setattr(file_actions.QInputDialog, "getText", lambda *a, **k: (name, True))
    asked = []
    monkeypatch.setattr(file_actions.QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or file_actions.QMessageBox.Yes)
    window.actions_.remove_person()
    stored = open_file(path, read_only=True).load()
    assert name not in str(to_plain(stored)) and "[verwijderd]" in str(to_plain(stored))
    # The day's backup made on opening held the name: the owner was told, and it is rewritten.
    assert len(asked) == 1 and "reservekopieën" in asked[0]
    copies = backups_of(path, backups_dir())
    assert copies and all(name.encode() not in c.read_bytes() for c in copies)


def test_the_deadline_notice_greets_on_opening_and_steps_aside_after(window, qtbot, tmp_path):
    from werkdrukdesk.demo.build import build_demo
    from werkdrukdesk.storage.file import write_new_file

    path = tmp_path / "demo.werkdruk"
    # the small demo has a measure past its deadline
    write_new_file(path, build_demo("small", today=PINNED_DAY)).close()
    open_in(window, qtbot, path)
    assert window.deadline_notice.isVisibleTo(window)
    assert "te laat" in window.deadline_notice.text()
    window.next_button.click()
    assert not window.deadline_notice.isVisibleTo(window)


def test_a_file_reopens_on_the_step_where_it_was_closed(qtbot, werkdruk_file, tmp_path):
    other = tmp_path / "ander.werkdruk"
    with create_file(other, m.Profile("Bakkerij De Korenschoof"), PINNED_DAY):
        pass
    first = MainWindow()
    qtbot.addWidget(first)
    first.show()
    open_in(first, qtbot, werkdruk_file)
    first.sidebar.setCurrentRow(3)  # Plan van aanpak
    open_in(first, qtbot, other)  # another file: it starts at the first step
    assert first.sidebar.currentRow() == 0
    first.sidebar.setCurrentRow(4)
    first.close()  # as at the end of the day
    assert settings.last_step(werkdruk_file) == "plan"
    assert settings.last_step(other) == "sessions"
    again = MainWindow()
    qtbot.addWidget(again)
    again.show()
    open_in(again, qtbot, werkdruk_file)
    assert again.sidebar.currentRow() == 3
    assert again.pages.currentWidget().step.key == "plan"
    assert again.pages.currentWidget().doc is again.doc
    again.close_document()


def test_an_ampersand_in_a_path_or_cycle_title_shows_in_the_menus(window, qtbot, tmp_path):
    """Qt reads '&' in a menu item as the mark of its Alt letter; "R&D" must show as typed."""
    folder = tmp_path / "R&D <Noord>"
    folder.mkdir()
    path = folder / "Ayşe & co.werkdruk"
    with create_file(path, m.Profile(name="R&D"), PINNED_DAY) as file:
        cycle = file.load().cycles[0]
        cycle.title = "Q1 & Q2"
        file.save(cycle)
    open_in(window, qtbot, path)
    recent = [a.text() for a in window.actions_.recent_menu.actions()]
    assert str(path).replace("&", "&&") in recent
    cycles = [a.text() for a in window.actions_.cycle_menu.actions()]
    assert "Cyclus 1: Q1 && Q2" in cycles
