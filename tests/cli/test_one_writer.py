"""`import --force` and `demo --force` are writers like the window: they take the file's lock
(on the file the path resolves to), replace it all at once and say so only when it is done."""

import json
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
from werkdrukdesk.paths import backups_dir
from werkdrukdesk.storage import create_file, open_file
from werkdrukdesk.storage.backup import backups_of
from werkdrukdesk.storage.lock import FileInUseError

ROOT = Path(__file__).resolve().parents[2]
HOLDER = """
import sys
from werkdrukdesk.storage import open_file
f = open_file(sys.argv[1])
print('open', flush=True)
sys.stdin.readline()
"""
pytestmark = pytest.mark.skipif(os.name == "nt", reason="uses SIGKILL and symlinks")


def _env():
    return {**os.environ, "PYTHONPATH": str(ROOT)}


def _cli(*args):
    return subprocess.Popen([sys.executable, "-m", "werkdrukdesk", *map(str, args)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env())


class Holder:
    """Another process with the file open for writing, as the window has it."""

    def __init__(self, path):
        self.process = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)],
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        text=True, env=_env())
        assert self.process.stdout.readline().strip() == "open"

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.process.kill()
        self.process.wait()


def _name(path):
    with open_file(path, read_only=True) as file:
        return file.load().profile.name


def _exported_name(source):
    return json.loads(source.read_text(encoding="utf-8"))["organisation"]["profile"]["name"]


@pytest.fixture
def org(tmp_path):
    path = tmp_path / "org.werkdruk"
    create_file(path, m.Profile("Korenaar"), PINNED_DAY).close()
    return path


@pytest.fixture(scope="module")
def exports(tmp_path_factory):
    """Two large exports of different organisations, for writes that take a while."""
    folder = tmp_path_factory.mktemp("exports")
    demo = folder / "demo.werkdruk"
    own = {name: str(folder / name.lower()) for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME",
                                                          "XDG_STATE_HOME", "XDG_CACHE_HOME")}
    for args in (["demo", demo, "--size", "large"],
                 ["export", demo, "-o", folder / "a.json", "--with-answers"]):
        subprocess.run([sys.executable, "-m", "werkdrukdesk", *map(str, args)],
                       env={**_env(), **own}, check=True, capture_output=True)
    document = json.loads((folder / "a.json").read_text(encoding="utf-8"))
    document["organisation"]["profile"]["name"] = "Tweede"
    (folder / "b.json").write_text(json.dumps(document), encoding="utf-8")
    return folder / "a.json", folder / "b.json"


@pytest.mark.parametrize("command", [["import", "{json}", "-o", "{target}", "--force"],
                                     ["demo", "{target}", "--force"]])
def test_force_waits_for_no_one_and_changes_nothing_while_the_file_is_open(
        org, exports, run_cli, command):
    before = org.read_bytes()
    with Holder(org):
        code, out, err = run_cli(*[w.format(json=exports[0], target=org) for w in command])
        assert code == 2 and "in gebruik" in err and err.count("\n") == 1, (out, err)
        assert out == "" and org.read_bytes() == before
    code, out, err = run_cli(*[w.format(json=exports[0], target=org) for w in command])
    assert code == 0, err
    assert _name(org) != "Korenaar"


def test_force_keeps_a_copy_of_the_file_it_replaces(org, exports, run_cli):
    assert run_cli("import", exports[0], "-o", org, "--force")[0] == 0
    (copy,) = [c for c in backups_of(org, backups_dir()) if "voor-vervangen" in c.name]
    assert _name(copy) == "Korenaar"


def test_a_symlink_or_dotdot_meets_the_same_lock(org, tmp_path, exports, run_cli):
    link = tmp_path / "snelkoppeling.werkdruk"
    link.symlink_to(org)
    (tmp_path / "map").mkdir()
    around = tmp_path / "map" / ".." / "org.werkdruk"
    with Holder(org):
        for other in (link, around):
            with pytest.raises(FileInUseError, match="in gebruik"):
                open_file(other)
        code, _, err = run_cli("import", exports[0], "-o", link, "--force")
        assert code == 2 and "in gebruik" in err
    with Holder(link), pytest.raises(FileInUseError):
        open_file(org)
    assert _name(org) == "Korenaar" and link.is_symlink()
    assert run_cli("import", exports[0], "-o", link, "--force")[0] == 0
    assert link.is_symlink() and _name(org) != "Korenaar"  # written through the link


def test_two_imports_at_once_never_lose_what_they_report(org, exports):
    for _round in range(3):
        runs = {_cli("import", source, "-o", org, "--force"): source for source in exports}
        outcomes = {}
        for run, source in runs.items():
            out, err = run.communicate(timeout=120)
            outcomes[source] = (run.returncode, out, err)
            assert run.returncode in (0, 2) and "Traceback" not in err
            assert run.returncode == 0 or "in gebruik" in err
        winners = [s for s, (code, _, _) in outcomes.items() if code == 0]
        assert winners, outcomes
        names = {source: _exported_name(source) for source in exports}
        assert _name(org) in {names[s] for s in winners}
        for code, out, _ in outcomes.values():
            assert (code == 0) == ("Ingelezen" in out)


def test_an_import_killed_at_any_moment_leaves_the_old_file_or_the_new(org, exports, run_cli):
    chance = random.Random(14)
    for _round in range(4):
        run = _cli("import", exports[0], "-o", org, "--force")
        time.sleep(chance.uniform(0.3, 2.5))
        os.kill(run.pid, signal.SIGKILL)
        run.wait()
        with sqlite3.connect(org) as db:
            assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        db.close()
        assert _name(org) in {"Korenaar", _exported_name(exports[0])}
    assert run_cli("import", exports[1], "-o", org, "--force")[0] == 0
    assert _name(org) == "Tweede"
    assert sorted(p.name for p in org.parent.iterdir() if p.name != "program") == ["org.werkdruk"]
