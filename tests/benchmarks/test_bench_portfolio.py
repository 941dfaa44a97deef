"""Listing folders of 50, 100 and 200 client files with `portfolio --json`, against opening
each file with plain `sqlite3` and reading one row, in the same run.

Every fifth client is the large sample organisation (250 staff, 3 cycles), the others the small
one (18 staff, 2 cycles): an adviser's clients are mostly small. Each sample is written once
and copied under the clients' names (building 40 large samples would take minutes); the three
folders share their copies by hard links where the file system allows, to keep the disk use
down: SQLite reads a linked file as any other. The command runs in this process (no interpreter
start in the figure), its JSON read back. Median of 3 after one warm-up each.

The figures to watch: the ratio to the baseline, and the milliseconds per file staying about the
same from 50 to 200 files (linear growth). Nothing is asserted about time.
"""

import contextlib
import io
import json
import os
import shutil
import sqlite3
import time

import pytest

from tests.benchmarks.conftest import median_of, show
from tests.pinned import PINNED_DAY

COUNTS = (50, 100, 200)
LARGE_EVERY = 5  # one client in five is the large sample


@pytest.fixture(scope="module")
def folders(tmp_path_factory, large_demo):
    from werkdrukdesk.demo.build import build_demo
    from werkdrukdesk.storage.file import write_new_file

    root = tmp_path_factory.mktemp("portfolio")
    small = root / "klein.werkdruk"
    write_new_file(small, build_demo("small", today=PINNED_DAY)).close()
    pool = root / "alle"
    pool.mkdir()
    for number in range(max(COUNTS)):
        sample = large_demo if number % LARGE_EVERY == LARGE_EVERY - 1 else small
        shutil.copyfile(sample, pool / f"klant-{number:03}.werkdruk")
    made = {}
    for count in COUNTS:
        folder = root / str(count)
        folder.mkdir()
        for number in range(count):
            name = f"klant-{number:03}.werkdruk"
            try:
                os.link(pool / name, folder / name)
            except OSError:  # no hard links here: a copy reads the same
                shutil.copyfile(pool / name, folder / name)
        made[count] = folder
    return made


def _plain_sqlite(folder) -> float:
    start = time.perf_counter()
    for path in sorted(folder.glob("*.werkdruk")):
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        assert conn.execute("SELECT name FROM organisation").fetchone()
        conn.close()
    return time.perf_counter() - start


def _portfolio(folder, count) -> float:
    from werkdrukdesk.cli.main import main

    out = io.StringIO()
    start = time.perf_counter()
    with contextlib.redirect_stdout(out):
        status = main(["portfolio", str(folder), "--json"])
    seconds = time.perf_counter() - start
    rows = json.loads(out.getvalue())
    assert status == 0 and len(rows) == count
    assert all(row["checks"] for row in rows)  # every file was read and judged
    return seconds


@pytest.mark.benchmark
def test_portfolio_against_plain_sqlite(folders, capsys):
    per_file = []
    for count, folder in folders.items():
        plain, _ = median_of(lambda f=folder: _plain_sqlite(f), runs=3)
        listed, _ = median_of(lambda f=folder, c=count: _portfolio(f, c), runs=3)
        per_file.append(listed / count * 1000)
        show(capsys, (
            f"portfolio --json of {count} files ({count // LARGE_EVERY} large): "
            f"{listed * 1000:.0f} ms ({per_file[-1]:.1f} ms a file); plain sqlite3, one row "
            f"each: {plain * 1000:.1f} ms ({plain / count * 1000:.2f} ms a file); "
            f"ratio {listed / plain:.0f}x"))
        assert listed > 0 and plain > 0
    # Growth is worse than linear when a file costs more the more files there are: compare
    # the most files with the fewest (noise on a shared machine moves each figure by ~20%).
    growth = per_file[-1] / per_file[0]
    show(capsys, (
        f"ms a file at {', '.join(map(str, COUNTS))} files: "
        f"{', '.join(f'{x:.1f}' for x in per_file)}; {COUNTS[-1]} against {COUNTS[0]} files: "
        f"{growth:.2f}x a file ({'linear' if growth <= 1.25 else 'WORSE than linear'})"))
