"""A 20 MB attachment stored in the file and read back, against a plain copy of the same file,
in the same run. Goal: within 2x the copy.

Storing, as the window adds a document: read from disk in pieces, checked (kind, size), each
piece added to the SHA-256 and written into the file, in one committed transaction
(synchronous FULL, as every edit). Reading back: the content read and its checksum checked
again. The copy: `shutil.copyfile`, flushed to disk (`fsync`, as the file's commit
is), and read back. Median of 5 after one warm-up each. Nothing is asserted about time.

Also printed, to see where the time goes: storing and reading back on their own, and one
SHA-256 of the 20 MB (done once when storing and once when reading back; the copy does none).
"""

import hashlib
import os
import shutil
import statistics
import time

import pytest

from tests.benchmarks.conftest import median_of, show
from tests.pinned import PINNED_DAY
from werkdrukdesk.core import model as m
from werkdrukdesk.storage import attachments, create_file

SIZE = 20 * 1024 * 1024


@pytest.fixture
def source(tmp_path):
    source = tmp_path / "RI&E scan.pdf"
    source.write_bytes(b"%PDF-1.7\n" + os.urandom(SIZE - 9))  # does not compress, like a scan
    return source


def _stored_and_read(source, parts: list[tuple[float, float]]) -> float:
    """Into a new client file each time (made before the clock starts): an attachment added
    to a file whose pages are free after a removal costs more, as SQLite journals them.
    Appends (storing, reading back) to `parts`."""
    path = source.with_name("klant.werkdruk")
    path.unlink(missing_ok=True)
    file = create_file(path, m.Profile(name="Klant"), PINNED_DAY)
    cycle_id = file.load().cycles[0].id
    start = time.perf_counter()
    added = attachments.add_file(file, m.Proves.CONSENT, cycle_id, source, PINNED_DAY)
    stored = time.perf_counter()
    back = attachments.read(file, added)
    took = time.perf_counter() - start
    file.close()
    assert len(back) == SIZE
    parts.append((stored - start, took - (stored - start)))
    return took


def _hashed(source) -> float:
    data = source.read_bytes()
    start = time.perf_counter()
    hashlib.sha256(data).hexdigest()
    return time.perf_counter() - start


def _copied_and_read(source) -> float:
    target = source.with_name("kopie.pdf")
    start = time.perf_counter()
    shutil.copyfile(source, target)
    with open(target, "rb+") as handle:
        os.fsync(handle.fileno())
    back = target.read_bytes()
    took = time.perf_counter() - start
    assert len(back) == SIZE
    target.unlink()
    return took


@pytest.mark.benchmark
def test_a_20_mb_attachment_against_a_plain_copy(source, capsys):
    copy, _ = median_of(lambda: _copied_and_read(source))
    parts: list[tuple[float, float]] = []
    stored, _ = median_of(lambda: _stored_and_read(source, parts))
    hashing, _ = median_of(lambda: _hashed(source))
    storing = statistics.median(part[0] for part in parts[1:])
    reading = statistics.median(part[1] for part in parts[1:])
    show(capsys, (
        f"20 MB attachment stored and read back: {stored * 1000:.0f} ms; plain copy (fsync) "
        f"and read back: {copy * 1000:.0f} ms; ratio {stored / copy:.1f}x (goal at most 2x)"))
    show(capsys, (
        f"  of which storing {storing * 1000:.0f} ms, reading back {reading * 1000:.0f} ms; "
        f"one SHA-256 of the 20 MB alone: {hashing * 1000:.0f} ms (done twice)"))
    assert stored > 0 and copy > 0
