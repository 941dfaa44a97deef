"""Bestand › Eigen bibliotheek…: chosen measures out of one real file, into another open one;
a library from a newer version refused with one message and the file unchanged."""

import json
import sqlite3

import pytest

from tests.pinned import PINNED_DAY
from werkdrukdesk.core import model as m
from werkdrukdesk.demo.build import build_demo
from werkdrukdesk.storage import create_file
from werkdrukdesk.storage.file import write_new_file
from werkdrukdesk.ui.document import OpenDocument
from werkdrukdesk.ui.files import library as dialog_module
from werkdrukdesk.ui.files.library import LibraryDialog


@pytest.fixture
def demo(tmp_path):
    with write_new_file(tmp_path / "demo.werkdruk", build_demo("small", today=PINNED_DAY)) as f:
        yield OpenDocument(f, f.load())


@pytest.fixture
def empty(tmp_path):
    with create_file(tmp_path / "Ayşe Yılmaz.werkdruk", m.Profile(name="Ayşe Yılmaz"),
                     PINNED_DAY) as f:
        yield OpenDocument(f, f.load())


def test_chosen_measures_go_out_and_into_another_file(qtbot, demo, empty, tmp_path):
    dialog = LibraryDialog(None, demo)
    qtbot.addWidget(dialog)
    assert dialog.measures.count() == len(demo.cycle.measures) > 2
    for n in range(1, dialog.measures.count()):  # only the first goes along
        dialog.measures.item(n).setCheckState(dialog_module.Qt.Unchecked)
    library = tmp_path / "lib.json"
    assert dialog.export_to(library)
    document = json.loads(library.read_text("utf-8"))
    assert [x["title"] for x in document["measures"]] == [demo.cycle.measures[0].title]
    own = [s.name for s in demo.org.sources if not s.built_in and not s.archived]
    assert [s["name"] for s in document["sources"]] == own

    other = LibraryDialog(None, empty)
    qtbot.addWidget(other)
    assert other.measures.count() == 0
    with qtbot.waitSignal(empty.changed):
        assert other.import_from(library)
    assert other.measures.count() == 1 and "1 maatregelen" in other.status.text()
    stored = empty.file.load()
    assert [x.title for x in stored.cycles[0].measures] == [demo.cycle.measures[0].title]
    assert {s.name for s in stored.sources} >= set(own)


def test_a_newer_library_is_refused_with_the_file_untouched(qtbot, empty, tmp_path,
                                                             monkeypatch):
    library = tmp_path / "nieuw.json"
    library.write_text(json.dumps({"format": "werkdrukdesk-library", "format_version": 2}),
                       encoding="utf-8")
    shown = []
    monkeypatch.setattr(dialog_module.QMessageBox, "warning",
                        lambda parent, title, text: shown.append(text))
    dialog = LibraryDialog(None, empty)
    qtbot.addWidget(dialog)
    sources = len(empty.file.load().sources)
    assert not dialog.import_from(library)
    assert len(shown) == 1 and "nieuwere versie" in shown[0]
    assert len(empty.file.load().sources) == sources


def test_a_library_the_disk_refuses_at_the_end_leaves_window_and_file_as_they_were(
        qtbot, empty, tmp_path, monkeypatch):
    """Everything was written and the model had followed, then the commit failed: the window
    must not keep sources and measures the file does not have, and nothing may crash."""
    real = dialog_module.import_library

    def full_at_commit(*args):
        real(*args)
        error = sqlite3.OperationalError("database or disk is full")
        error.sqlite_errorname = "SQLITE_FULL"
        raise error

    monkeypatch.setattr(dialog_module, "import_library", full_at_commit)
    shown = []
    monkeypatch.setattr(dialog_module.QMessageBox, "warning",
                        lambda parent, title, text: shown.append(text))
    dialog = LibraryDialog(None, empty)
    qtbot.addWidget(dialog)
    before = [s.name for s in empty.org.sources]
    assert not dialog.import_from(_library_file(tmp_path))
    assert len(shown) == 1 and "de schijf is vol" in shown[0]
    assert [s.name for s in empty.org.sources] == before
    assert empty.cycle.measures == [] and empty.file.load().cycles[0].measures == []
    assert empty.undo_label is None


def _library_file(tmp_path, key="eigen_1"):
    path = tmp_path / f"{key}.json"
    path.write_text(json.dumps({
        "format": "werkdrukdesk-library", "format_version": 1,
        "sources": [{"name": "Roosterdruk", "kind": "demand",
                     "items": [{"key": key, "text": "Mijn rooster wisselt vaak."}]}],
        "measures": [{"title": "Rooster vier weken vooruit",
                      "sources": [{"name": "Roosterdruk"}]}]}), encoding="utf-8")
    return path


def test_a_new_organisation_starts_from_a_library_in_the_intake(window, qtbot, tmp_path,
                                                                  monkeypatch):
    from PySide6.QtWidgets import QDialog

    from werkdrukdesk.core.catalogue import builtin_sources
    from werkdrukdesk.ui.files import actions as file_actions
    from werkdrukdesk.ui.intake.dialog import IntakeDialog

    clash = next(s.items[0].key for s in builtin_sources() if s.items)
    refused = IntakeDialog()
    qtbot.addWidget(refused)
    refused.name.setText("R&D <Noord>")
    assert refused.use_library(_library_file(tmp_path, clash))  # a good file by itself
    assert any(clash in p for p in refused.intake()[1])  # but not in a new organisation
    assert not refused.use_library(tmp_path / "nergens.json")
    assert "bestaat niet" in refused.library_label.text()

    library = _library_file(tmp_path)

    class Filled(IntakeDialog):
        def exec(self):
            self.name.setText("Ayşe Yılmaz")
            assert self.use_library(library)
            assert "1 eigen bronnen en 1 maatregelen" in self.library_label.text()
            return QDialog.Accepted

    path = tmp_path / "nieuw.werkdruk"
    monkeypatch.setattr(file_actions, "IntakeDialog", Filled)
    monkeypatch.setattr(file_actions.file_dialogs, "save_file_name", lambda *a: str(path))
    window.actions_.new_file()
    qtbot.waitUntil(lambda: window.doc is not None)
    org = window.doc.org
    own = next(s for s in org.sources if s.name == "Roosterdruk")
    [measure] = org.cycles[0].measures
    assert measure.targets == [m.Target(own.id, None)] and measure.responsible == ""
    window.close_document()
