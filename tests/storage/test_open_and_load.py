"""Opening a file as the window does (`open_and_load`): SQLite's quick check runs beside the
loading, yet nothing is written before it passed, and a damaged file is refused and left as it
was, lock and all."""

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.pinned import PINNED_DAY
from werkdrukdesk.core.errors import WerkdrukError
from werkdrukdesk.demo.build import build_demo
from werkdrukdesk.paths import backups_dir
from werkdrukdesk.storage import open_file
from werkdrukdesk.storage.backup import backups_of
from werkdrukdesk.storage.file import open_and_load, write_new_file
from werkdrukdesk.storage.interchange import to_json
from werkdrukdesk.storage.lock import lock_path
from werkdrukdesk.storage.records.answers import attach_answers, loaded_answers


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    path = tmp_path_factory.mktemp("open") / "voorbeeld.werkdruk"
    write_new_file(path, build_demo("small", today=PINNED_DAY)).close()
    return path


@pytest.fixture
def copy(sample, tmp_path):
    target = tmp_path / "kopie.werkdruk"
    shutil.copyfile(sample, target)
    return target


def test_it_gives_what_opening_and_loading_give_and_makes_the_daily_copy(copy):
    with open_file(copy, read_only=True) as plain:
        full = plain.load()
    assert backups_of(copy, backups_dir()) == []
    file, org = open_and_load(copy)
    try:
        assert attach_answers(org, loaded_answers(full)) > 0  # they were not loaded
        assert to_json(org, with_answers=True) == to_json(full, with_answers=True)
        assert not file.read_only
        assert [p.stem.endswith("-dagelijks") for p in backups_of(copy, backups_dir())] == [True]
    finally:
        file.close()
    assert not lock_path(copy).exists()


def test_read_only_it_writes_nothing_and_takes_no_lock(copy):
    before = copy.read_bytes()
    file, org = open_and_load(copy, read_only=True)
    try:
        assert file.read_only and org.cycles
        assert not lock_path(copy).exists()
    finally:
        file.close()
    assert copy.read_bytes() == before
    assert backups_of(copy, backups_dir()) == []


def _damage_the_answers(path):
    """Overwrite the first page of the answers, which loading without answers never reads."""
    with sqlite3.connect(path) as db:
        page_size = db.execute("PRAGMA page_size").fetchone()[0]
        root = db.execute("SELECT rootpage FROM sqlite_master WHERE name = 'answers'").fetchone()[0]
    db.close()
    with path.open("r+b") as handle:  # pages count from 1
        handle.seek((root - 1) * page_size)
        handle.write(b"\xff" * page_size)


def _refused(path, read_only=False) -> str:
    before = path.read_bytes()
    with pytest.raises(WerkdrukError) as caught:
        open_and_load(path, read_only=read_only)
    assert path.read_bytes() == before
    assert backups_of(path, backups_dir()) == []  # no copy of a damaged file either
    assert not lock_path(path).exists()
    return str(caught.value)


@pytest.mark.parametrize("read_only", [False, True])
def test_a_damaged_page_that_loading_never_reads_is_still_refused(copy, read_only):
    _damage_the_answers(copy)
    message = _refused(copy, read_only)
    assert "beschadigd" in message and "niet gewijzigd" in message
    assert "beschadigd" in _refused(copy, read_only)  # the lock went: refused the same again


def test_a_truncated_file_is_refused(copy):
    data = copy.read_bytes()
    copy.write_bytes(data[: len(data) // 3])
    assert "beschadigd" in _refused(copy)


def test_a_foreign_database_is_refused_as_foreign_and_a_damaged_one_as_damaged(tmp_path):
    path = tmp_path / "boekhouding.werkdruk"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)")
        db.executemany("INSERT INTO invoices (amount) VALUES (?)", [(12.5,)] * 2000)
    db.close()
    assert "ander programma" in _refused(path)
    with sqlite3.connect(path) as db:
        page_size = db.execute("PRAGMA page_size").fetchone()[0]
    db.close()
    with path.open("r+b") as handle:  # the table's second page
        handle.seek(2 * page_size)
        handle.write(b"\xff" * page_size)
    assert "beschadigd" in _refused(path)


def test_a_missing_column_in_a_table_loading_never_reads_is_refused(copy):
    """The layout check comes after the loading here: it still comes before any write."""
    with sqlite3.connect(copy) as db:
        db.execute("ALTER TABLE attachments DROP COLUMN added_on")
    db.close()
    message = _refused(copy)
    assert "beschadigd" in message and "niet gewijzigd" in message


def test_opening_and_reading_a_current_file_does_without_sqlite_utils(copy):
    """sqlite-utils (a tenth of a second to import) is for writing; the window's start only
    reads. Run in a fresh interpreter, as a start is."""
    script = (
        "import sys\n"
        "from werkdrukdesk.storage.file import open_and_load\n"
        f"file, org = open_and_load({str(copy)!r})\n"
        "file.close()\n"
        "assert org.profile.name, 'nothing read'\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'sqlite_utils'))\n"
    )
    # The program's folders are the test's own (tests/conftest.py), in the environment.
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          env=env, check=False, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
    with open_file(copy) as file:  # and the first write still finds it
        file.save_profile(file.load_recent().profile)


@pytest.mark.parametrize("table", ["organisation", "survey_settings", "psa_policy"])
def test_a_file_without_its_one_row_is_damaged_and_left_as_it_was(copy, table):
    """A file edited with another program so that a table of one row has none: said to be
    damaged (it used to escape as an unexpected error for two of these), lock released."""
    with sqlite3.connect(copy) as conn:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute(f"DELETE FROM {table}")
    before = copy.read_bytes()
    with pytest.raises(WerkdrukError, match="onvolledig|beschadigd"):
        open_and_load(copy)
    assert copy.read_bytes() == before
    assert not lock_path(copy).exists()
