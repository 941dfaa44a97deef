"""SQLite's errors told apart by their result code, with real errors from real files."""

import sqlite3

import pytest

from werkdrukdesk.storage.errors import explain, is_busy, primary_code


def error_of(action) -> sqlite3.Error:
    with pytest.raises(sqlite3.Error) as raised:
        action()
    return raised.value


def test_a_file_locked_by_another_connection_is_busy(tmp_path):
    path = tmp_path / "a.db"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN EXCLUSIVE")
    other = sqlite3.connect(path, timeout=0)
    error = error_of(lambda: other.execute("SELECT * FROM t").fetchall())
    assert is_busy(error) and "bezet door een ander programma" in explain(error)
    holder.execute("ROLLBACK")
    holder.close()
    other.close()


def test_a_read_only_file_is_explained(tmp_path):
    path = tmp_path / "a.db"
    sqlite3.connect(path).execute("CREATE TABLE t (x)").connection.commit()
    reader = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    error = error_of(lambda: reader.execute("INSERT INTO t VALUES (1)"))
    assert primary_code(error) == "SQLITE_READONLY" and "schrijfbeveiligd" in explain(error)
    assert not is_busy(error)
    reader.close()


def test_an_error_that_is_not_from_sqlite_itself_is_unknown():
    error = sqlite3.ProgrammingError("Cannot operate on a closed database.")
    assert primary_code(error) == "" and not is_busy(error)
    assert explain(error).startswith("onbekende fout van de database")
