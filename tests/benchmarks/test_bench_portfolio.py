"""Listing folders of 50, 100 and 200 client files with `portfolio --json`, against opening
each file with plain `sqlite3` and reading one row, in the same run.

Every fifth client is the large sample organisation (250 staff, 3 cycles), the others the small
one (18 staff, 2 cycles): an adviser's clients are mostly small. Each sample is written once
and copied under the clients' names (building 40 large samples would take minutes); the three
folders share their copies by hard links where the file system allows, to keep the disk use
down: SQLite reads a linked file as any other. The command runs in this process (no interpreter
start in the figure), its JSON read back. Median of 3 after one warm-up each.

Each folder is listed twice over: cold, with the portfolio's memory (`storage.portfolio.
remembered`, in the program's cache folder) removed before every run, so every file is judged in
full, as in the first listing of a day; and warm, the memory left from the run before, as when
the window's folder watch or the adviser lists the same folder again that day. Both against
the same baseline.

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


def _portfolio(folder, count, cold) -> float:
    from werkdrukdesk.cli.main import main
    from werkdrukdesk.storage.portfolio.remembered import memory_file

    if cold:
        memory_file().unlink(missing_ok=True)
    out = io.StringIO()
    start = time.perf_counter()
    with contextlib.redirect_stdout(out):
        status = main(["portfolio", str(folder), "--json"])
    seconds = time.perf_counter() - start
    rows = json.loads(out.getvalue())
    assert status == 0 and len(rows) == count
    assert all(row["checks"] for row in rows)  # every file was read and judged
    assert memory_file().is_file()
    return seconds


@pytest.mark.benchmark
def test_portfolio_against_plain_sqlite(folders, capsys):
    per_file: dict[str, list[float]] = {"cold": [], "warm": []}
    for count, folder in folders.items():
        plain, _ = median_of(lambda f=folder: _plain_sqlite(f), runs=3)
        for kind in per_file:
            listed, _ = median_of(
                lambda f=folder, c=count, k=kind: _portfolio(f, c, cold=k == "cold"), runs=3)
            per_file[kind].append(listed / count * 1000)
            show(capsys, (
                f"portfolio --json of {count} files ({count // LARGE_EVERY} large), {kind}: "
                f"{listed * 1000:.1f} ms ({per_file[kind][-1]:.2f} ms a file); plain sqlite3, "
                f"one row each: {plain * 1000:.1f} ms ({plain / count * 1000:.2f} ms a file); "
                f"ratio {listed / plain:.2f}x"))
            assert listed > 0 and plain > 0
    # Growth is worse than linear when a file costs more the more files there are: compare
    # the most files with the fewest (noise on a shared machine moves each figure by ~20%).
    for kind, figures in per_file.items():
        growth = figures[-1] / figures[0]
        show(capsys, (
            f"{kind}: ms a file at {', '.join(map(str, COUNTS))} files: "
            f"{', '.join(f'{x:.2f}' for x in figures)}; {COUNTS[-1]} against {COUNTS[0]} "
            f"files: {growth:.2f}x a file ({'linear' if growth <= 1.25 else 'WORSE than linear'})"))
