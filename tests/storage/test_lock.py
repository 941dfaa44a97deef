"""One writer at a time; readers are always welcome; a crashed holder never blocks."""

import subprocess
import sys

import pytest

from tests.pinned import PINNED_DAY
from werkdrukdesk.core import model as m
from werkdrukdesk.core.errors import WerkdrukError
from werkdrukdesk.storage import create_file, open_file
from werkdrukdesk.storage.lock import FileInUseError, lock_path


@pytest.fixture
def path(tmp_path):
    path = tmp_path / "korenaar.werkdruk"
    create_file(path, m.Profile("Korenaar"), PINNED_DAY).close()
    return path


def test_a_second_writer_is_refused_but_may_read(path):
    with open_file(path) as first:
        with pytest.raises(FileInUseError, match="al geopend"):
            open_file(path)
        with open_file(path, read_only=True) as reader:
            assert reader.load().profile.name == "Korenaar"
        first.save(m.Document("RI&E"))
    with open_file(path) as again:  # free once the first one closed
        assert [d.title for d in again.load().documents] == ["RI&E"]
    assert not lock_path(path).exists()


def test_another_process_is_refused_too(path):
    code = (
        "import sys, time\n"
        "from werkdrukdesk.storage import open_file\n"
        f"f = open_file({str(path)!r})\n"
        "print('open', flush=True)\n"
        "sys.stdin.readline()\n"
    )
    holder = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(FileInUseError):
            open_file(path)
    finally:
        holder.kill()  # as a crash would: no clean close
        holder.wait()
    with open_file(path) as after_crash:
        assert after_crash.load().profile.name == "Korenaar"


def test_a_file_that_fails_its_checks_leaves_no_lock(tmp_path):
    path = tmp_path / "kapot.werkdruk"
    path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    with pytest.raises(WerkdrukError, match="beschadigd"):
        open_file(path)
    assert not lock_path(path).exists()
