"""Synced folders and conflict copies, with the folders laid out here as the tools make them."""

import os

import pytest

from tests.pinned import PINNED_DAY
from werkdrukdesk.core import model as m
from werkdrukdesk.storage import create_file, open_file
from werkdrukdesk.storage.lock import lock_path
from werkdrukdesk.storage.platform.peek import summarise
from werkdrukdesk.storage.platform.synced import (
    DROPBOX,
    GOOGLE_DRIVE,
    ICLOUD,
    ONEDRIVE,
    conflict_copies,
    synced_folder,
)


def placed(root, *parts):
    folder = root.joinpath(*parts[:-1])
    folder.mkdir(parents=True, exist_ok=True)
    return folder / parts[-1]


@pytest.mark.parametrize(("parts", "service", "root_parts"), [
    (("OneDrive", "Documenten", "Bakkerij.werkdruk"), ONEDRIVE, ("OneDrive",)),
    (("OneDrive - Bakkerij BV", "Bakkerij.werkdruk"), ONEDRIVE, ("OneDrive - Bakkerij BV",)),
    (("Library", "CloudStorage", "OneDrive-Personal", "a", "B.werkdruk"), ONEDRIVE,
     ("Library", "CloudStorage", "OneDrive-Personal")),
    (("Dropbox (Persoonlijk)", "HR", "B.werkdruk"), DROPBOX, ("Dropbox (Persoonlijk)",)),
    (("Google Drive", "B.werkdruk"), GOOGLE_DRIVE, ("Google Drive",)),
    (("Library", "CloudStorage", "GoogleDrive-ayse@example.nl", "My Drive", "B.werkdruk"),
     GOOGLE_DRIVE, ("Library", "CloudStorage", "GoogleDrive-ayse@example.nl", "My Drive")),
    (("GoogleDrive", "B.werkdruk"), GOOGLE_DRIVE, ("GoogleDrive",)),
    (("Library", "Mobile Documents", "com~apple~CloudDocs", "Werk", "B.werkdruk"), ICLOUD,
     ("Library", "Mobile Documents", "com~apple~CloudDocs")),
    (("iCloudDrive", "B.werkdruk"), ICLOUD, ("iCloudDrive",)),
])
def test_a_synced_folder_by_its_name_and_place(tmp_path, parts, service, root_parts):
    found = synced_folder(placed(tmp_path, *parts), environ={})
    assert found is not None and found.service == service
    assert found.root == tmp_path.joinpath(*root_parts)


def test_dropbox_by_its_marker_whatever_the_folder_is_called(tmp_path):
    root = tmp_path / "Werkmap"
    (root / ".dropbox.cache").mkdir(parents=True)
    found = synced_folder(placed(root, "HR", "B.werkdruk"), environ={})
    assert found is not None and (found.service, found.root) == (DROPBOX, root)
    (tmp_path / "Ander").mkdir()
    (tmp_path / "Ander" / ".dropbox").write_text("{}")
    assert synced_folder(tmp_path / "Ander" / "B.werkdruk", environ={}).service == DROPBOX


def test_onedrive_by_the_variables_windows_sets(tmp_path):
    documents = tmp_path / "Bedrijfsdocumenten"  # a redirected folder with another name
    file = placed(documents, "Arbo", "B.werkdruk")
    for variable in ("OneDrive", "OneDriveCommercial"):
        found = synced_folder(file, environ={variable: str(documents)})
        assert found is not None and (found.service, found.root) == (ONEDRIVE, documents)
    assert synced_folder(file, environ={"OneDrive": str(tmp_path / "Elders")}) is None


def test_an_ordinary_folder_is_not_synced(tmp_path):
    assert synced_folder(placed(tmp_path, "Documenten", "Drive-in", "B.werkdruk"), {}) is None
    assert synced_folder(placed(tmp_path, "Mobile Documents", "B.werkdruk"), {}) is None


def test_conflict_copies_beside_the_open_file(tmp_path):
    names = [
        "Bakkerij.werkdruk",  # the file itself
        "Bakkerij (1).werkdruk", "Bakkerij (2).werkdruk",  # Windows, OneDrive, Google Drive
        "Bakkerij-LAPTOP-7.werkdruk", "Bakkerij-DESKTOP-AB12CD.werkdruk",  # OneDrive
        "Bakkerij (conflicted copy 2026-01-02).werkdruk",  # Dropbox
        "Bakkerij (Ayşe's conflicted copy).werkdruk",
        "Bakkerij (Ayşe's conflicted copy 2026-01-02 (1)).werkdruk",
        "Bakkerij 2.werkdruk",  # iCloud
        "Bakkerij.sync-conflict-20260102-101500-ABCDEFG.werkdruk",  # Syncthing
        # not copies of it:
        "Bakkerij 2025 oud.werkdruk", "Bakkerij-archief.werkdruk", "Bakkerij (1).pdf",
        "Slagerij (1).werkdruk", "Bakkerijen.werkdruk", "Bakkerij (kopie).werkdruk",
    ]
    for name in names:
        (tmp_path / name).write_text("")
    found = [p.name for p in conflict_copies(tmp_path / "Bakkerij.werkdruk")]
    assert found == sorted(names[1:10])


def test_names_with_pattern_letters_are_read_as_letters(tmp_path):
    for name in ("R&D [Noord] (1).werkdruk", "R&D [Noord].werkdruk", "R&D N (1).werkdruk"):
        (tmp_path / name).write_text("")
    assert [p.name for p in conflict_copies(tmp_path / "R&D [Noord].werkdruk")] == [
        "R&D [Noord] (1).werkdruk"]


def test_a_copy_is_summarised_without_touching_it(tmp_path):
    copy = tmp_path / "Bakkerij (1).werkdruk"
    with create_file(copy, m.Profile("Bakkerij De Korenschoof"), PINNED_DAY) as file:
        cycle = file.load().cycles[0]
        file.save(m.Measure(title="Pauzes vastleggen"), cycle.id)
    before = sorted(os.listdir(tmp_path)), copy.read_bytes(), copy.stat().st_mtime_ns
    with open_file(copy):  # even while another window writes it
        summary = summarise(copy)
    assert summary.problem == ""
    assert summary.organisation == "Bakkerij De Korenschoof"
    assert (summary.cycle, summary.cycles, summary.measures, summary.sessions) == (1, 1, 1, 0)
    assert summary.changed is not None and summary.size > 0
    assert (sorted(os.listdir(tmp_path)), copy.read_bytes(), copy.stat().st_mtime_ns) == before
    assert not lock_path(copy).exists()


def test_something_else_is_named_not_read(tmp_path):
    other = tmp_path / "Bakkerij (1).werkdruk"
    other.write_bytes(b"geen database")
    assert "kon niet worden gelezen" in summarise(other).problem
    assert "kon niet worden gelezen" in summarise(tmp_path / "weg.werkdruk").problem
