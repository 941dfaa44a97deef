"""Files that hold every answer are as private as the organisation file: owner-only."""

import os
import stat

import pytest

from werkdrukdesk.paths import backups_dir
from werkdrukdesk.storage.backup import backups_of

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")


def _mode(path):
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def usual_umask():
    """The common 022: new files readable by everyone unless the program says otherwise."""
    before = os.umask(0o022)
    yield
    os.umask(before)


def test_an_export_with_answers_is_owner_only(tmp_path, run_cli, usual_umask):
    org, full, plain = tmp_path / "org.werkdruk", tmp_path / "alles.json", tmp_path / "kaal.json"
    assert run_cli("demo", org)[0] == 0
    full.write_text("oud")
    full.chmod(0o644)  # an earlier, world-readable file of the same name
    assert run_cli("export", org, "-o", full, "--with-answers")[0] == 0
    assert _mode(full) == 0o600 and '"answers_included": true' in full.read_text()
    assert run_cli("export", org, "-o", plain)[0] == 0
    assert _mode(plain) == 0o644  # no answers: an ordinary file


def test_backups_and_their_folder_are_owner_only(tmp_path, run_cli, usual_umask):
    org = tmp_path / "org.werkdruk"
    assert run_cli("demo", org)[0] == 0  # opening it made the first daily copy
    assert run_cli("demo", org, "--force")[0] == 0  # and a copy of what it replaced
    copies = backups_of(org, backups_dir())
    assert len(copies) >= 2
    assert {_mode(copy) for copy in copies} == {0o600}
    assert _mode(backups_dir()) == 0o700
    assert _mode(org) == 0o600
