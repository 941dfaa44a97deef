"""Killing the program at any moment loses at most the edit in progress and never damages
the file; a whole new file (import, demo) either appears complete or not at all."""

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.pinned import PINNED_DAY
from werkdrukdesk.core import model as m
from werkdrukdesk.storage import create_file, open_file

ROOT = Path(__file__).resolve().parents[2]
WRITER = """
import sys
from werkdrukdesk.core import model as m
from werkdrukdesk.storage import open_file
file = open_file(sys.argv[1])
n = len(file.load().documents)
while True:
    n += 1
    file.save(m.Document(f"Verslag {n}", summary="x" * 3000))
    print(n, flush=True)
"""


def _env():
    return {**os.environ, "PYTHONPATH": str(ROOT)}


@pytest.mark.skipif(os.name == "nt", reason="uses SIGKILL")
def test_killing_a_writer_at_random_moments_never_damages_the_file(tmp_path):
    path = tmp_path / "proef.werkdruk"
    create_file(path, m.Profile("Proef"), PINNED_DAY).close()
    chance = random.Random(2026)
    for _round in range(6):
        writer = subprocess.Popen([sys.executable, "-c", WRITER, str(path)],
                                  stdout=subprocess.PIPE, text=True, env=_env())
        last = 0
        deadline = time.monotonic() + chance.uniform(0.3, 1.2)
        while time.monotonic() < deadline:
            line = writer.stdout.readline()
            if line.strip():
                last = int(line)
        os.kill(writer.pid, signal.SIGKILL)
        writer.wait()
        # What the writer reported before it died but this loop had not read yet (a busy
        # machine reads behind): every number printed was committed first.
        last = max([last, *(int(n) for n in writer.stdout.read().split())])
        with sqlite3.connect(path) as db:
            assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        with open_file(path, read_only=True) as file:
            stored = [d.title for d in file.load().documents]
        # Every edit the writer reported is there; at most the one in flight is not.
        assert last <= len(stored) <= last + 1
        assert stored == [f"Verslag {i}" for i in range(1, len(stored) + 1)]


NEW_FILE = """
import sys
from datetime import date
from werkdrukdesk.demo.build import build_demo
from werkdrukdesk.storage.file import write_new_file
write_new_file(sys.argv[1], build_demo("large", today=date(2026, 11, 28))).close()
print("klaar", flush=True)
"""


@pytest.mark.skipif(os.name == "nt", reason="uses SIGKILL")
@pytest.mark.parametrize("after", [0.15, 0.4, 0.8])
def test_a_new_file_killed_halfway_is_absent_not_broken(tmp_path, after):
    path = tmp_path / "groot.werkdruk"
    writer = subprocess.Popen([sys.executable, "-c", NEW_FILE, str(path)],
                              stdout=subprocess.PIPE, text=True, env=_env())
    time.sleep(after)
    os.kill(writer.pid, signal.SIGKILL)
    writer.wait()
    if path.exists():  # finished before the kill: then it must be whole
        with open_file(path, read_only=True) as file:
            assert len(file.load().cycles) == 3
    else:
        assert not path.exists()
