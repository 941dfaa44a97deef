"""The open document: edits that the file refuses are explained and change nothing."""

import sqlite3

import pytest

from tests.pinned import PINNED_DAY
from werkdrukdesk.core import model as m
from werkdrukdesk.core.model.edits import AddRecord
from werkdrukdesk.storage import create_file, open_file
from werkdrukdesk.ui.document import OpenDocument


@pytest.fixture
def path(tmp_path):
    return tmp_path / "korenaar.werkdruk"


@pytest.fixture
def file(path):
    with create_file(path, m.Profile("Bakkerij De Korenaar"), PINNED_DAY) as opened:
        yield opened


@pytest.mark.parametrize("sqlite_says, code, user_reads", [
    ("database or disk is full", "SQLITE_FULL", "de schijf is vol"),
    ("attempt to write a readonly database", "SQLITE_READONLY", "schrijfbeveiligd"),
    ("database is locked", "SQLITE_BUSY", "even bezet"),
])
def test_a_refused_write_is_explained_and_the_file_keeps_its_last_state(
        file, path, monkeypatch, sqlite_says, code, user_reads):
    doc = OpenDocument(file, file.load())
    messages = []
    doc.failed.connect(messages.append)

    def full(*args, **kwargs):
        error = sqlite3.OperationalError(sqlite_says)
        error.sqlite_errorname = code  # as SQLite itself sets it; the message is not read
        raise error

    monkeypatch.setattr(file, "save", full)
    assert not doc.apply(AddRecord(m.Document("Verslag"), doc.org.documents, in_cycle=False))
    assert doc.org.documents == []  # the model shows what the file holds
    assert "Opslaan is mislukt" in messages[0] and user_reads in messages[0]
    assert open_file(path, read_only=True).load().documents == []
