"""An attachment added from a file on disk, read in pieces (`attachments.add_file`), and what
keeps the file safe meanwhile: one transaction, undone whole on a full disk or on a document
that changes while it is read; every read checked against the checksum."""

import hashlib
import os
import sqlite3

import pytest

from tests.pinned import PINNED_DAY
from werkdrukdesk.core import model as m
from werkdrukdesk.core.errors import WerkdrukError
from werkdrukdesk.storage import attachments
from werkdrukdesk.storage.attachments import store
from werkdrukdesk.storage.attachments.media import MAX_BYTES

# Crosses the pieces it is read in, and ends in the middle of one.
CONTENT = b"%PDF-1.7\n" + os.urandom(2 * store.PIECE + 12345)


@pytest.fixture
def cycle_id(file):
    return file.load().cycles[0].id


@pytest.fixture
def scan(tmp_path):
    scan = tmp_path / "RI&E scan Ayşe.pdf"
    scan.write_bytes(CONTENT)
    return scan


def _on_disk(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_file_stored_in_pieces_comes_back_byte_for_byte(file, cycle_id, scan):
    added = attachments.add_file(file, m.Proves.CONSENT, cycle_id, scan, PINNED_DAY)
    [found] = attachments.listed(file)
    assert found == added
    assert (found.file_name, found.media_type, found.size) == (
        "RI&E scan Ayşe.pdf", "application/pdf", len(CONTENT))
    assert found.sha256 == hashlib.sha256(CONTENT).hexdigest()
    assert attachments.read(file, found) == CONTENT


def test_too_large_refused_before_reading(file, cycle_id, tmp_path, path):
    big = tmp_path / "groot.pdf"
    with big.open("wb") as handle:
        handle.write(b"%PDF-1.7\n")
        handle.truncate(MAX_BYTES + 1)  # sparse: the size is what counts
    before = _on_disk(path)
    with pytest.raises(WerkdrukError, match="hoogstens 25 MB"):
        attachments.add_file(file, m.Proves.CONSENT, cycle_id, big, PINNED_DAY)
    assert attachments.listed(file) == [] and _on_disk(path) == before


@pytest.mark.parametrize("name, data, words", [
    ("scan.pdf", b"\x89PNG\r\n\x1a\nnot a pdf", "geen echt PDF-bestand"),
    ("leeg.png", b"", "leeg"),
    ("notities.txt", b"tekst", "kan niet als bijlage"),
])
def test_wrong_kinds_refused(file, cycle_id, tmp_path, name, data, words):
    (tmp_path / name).write_bytes(data)
    with pytest.raises(WerkdrukError, match=words):
        attachments.add_file(file, m.Proves.CONSENT, cycle_id, tmp_path / name, PINNED_DAY)
    with pytest.raises(WerkdrukError, match="bestaat niet"):
        attachments.add_file(file, m.Proves.CONSENT, cycle_id, tmp_path / "weg.pdf",
                             PINNED_DAY)


def test_a_full_disk_leaves_the_file_as_it_was(file, cycle_id, scan, path):
    attachments.add(file, m.Proves.CONSENT, cycle_id, "eerst.pdf", b"%PDF-1.4\n", PINNED_DAY)
    before = _on_disk(path)
    # SQLite's own limit on the file's pages answers as a full disk does (SQLITE_FULL).
    pages = file.db.execute("PRAGMA page_count").fetchone()[0]
    file.db.execute(f"PRAGMA max_page_count = {pages + 100}")
    with pytest.raises(WerkdrukError, match="schijf is vol.*niet gewijzigd"):
        attachments.add_file(file, m.Proves.CONSENT, cycle_id, scan, PINNED_DAY)
    with pytest.raises(WerkdrukError, match="schijf is vol"):
        attachments.add(file, m.Proves.CONSENT, cycle_id, "scan.pdf", CONTENT, PINNED_DAY)
    assert [a.file_name for a in attachments.listed(file)] == ["eerst.pdf"]
    assert _on_disk(path) == before


def test_a_document_changed_while_read_is_refused(file, cycle_id, scan, path, monkeypatch):
    checked = store.check_start

    def grows_after_it_was_measured(*args):
        kind = checked(*args)
        with scan.open("ab") as other_program:
            other_program.write(b"nog een bladzijde")
        return kind

    monkeypatch.setattr(store, "check_start", grows_after_it_was_measured)
    before = _on_disk(path)
    with pytest.raises(WerkdrukError, match="veranderde terwijl het werd ingelezen"):
        attachments.add_file(file, m.Proves.CONSENT, cycle_id, scan, PINNED_DAY)
    assert attachments.listed(file) == [] and _on_disk(path) == before


@pytest.mark.parametrize("change", [
    "UPDATE attachment_contents SET content = substr(content, 1, length(content) - 1)",
    "UPDATE attachment_contents SET content = zeroblob(length(content))",
    "DELETE FROM attachment_contents",
])
def test_every_read_checks_the_content(file, cycle_id, scan, path, change):
    added = attachments.add_file(file, m.Proves.CONSENT, cycle_id, scan, PINNED_DAY)
    conn = sqlite3.connect(path)
    with conn:  # another program changes the stored content
        conn.execute(change)
    conn.close()
    with pytest.raises(attachments.ChecksumError,
                       match="RI&E scan Ayşe.pdf is beschadigd: de inhoud klopt niet meer"):
        attachments.read(file, added)
