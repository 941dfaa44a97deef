"""Listing folders of 50, 100 and 200 client files with `portfolio --json`, against opening
each file with plain `sqlite3` and reading one row, in the same run.

Every fifth client is the large sample organisation (250 staff, 3 cycles), the others the small
one (18 staff, 2 cycles): an adviser's clients are mostly small. Each sample is written once,
as the program writes a file (with the summary it keeps for the portfolio, judged on the pinned
day), and copied under the clients' names (building 40 large samples would take minutes); the
three folders share their copies by hard links where the file system allows, to keep the disk
use down: SQLite reads a linked file as any other. The command runs in this process (no
interpreter start in the figure), its JSON read back. Median of 3 after one warm-up each.

Each folder is listed three ways: cold, with the portfolio's memory (`storage.portfolio.
remembered`, in the program's cache folder) removed before every run, as in the first listing
of a day: each file's summary is read (`storage.portfolio.summary`); warm, the memory left from
the run before, as when the window's folder watch or the adviser lists the same folder again
that day; and in full, cold over copies without a summary (a file of an older version, or one
whose program has not closed it yet), so every file is judged in full. All against the same
baseline.

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
    """For each count, a folder of files with a summary and one of the same without."""
    from werkdrukdesk.demo.build import build_demo
    from werkdrukdesk.storage.file import write_new_file

    root = tmp_path_factory.mktemp("portfolio")
    samples = {}
    for size in ("small", "large"):
        samples[size] = root / f"{size}.werkdruk"
        write_new_file(samples[size], build_demo(size, today=PINNED_DAY),
                       today=PINNED_DAY).close()
    without = {"small": root / "small-zonder.werkdruk", "large": large_demo}
    write_new_file(without["small"], build_demo("small", today=PINNED_DAY)).close()
    made = {}
    for kind, chosen in (("summary", samples), ("none", without)):
        pool = root / f"alle-{kind}"
        pool.mkdir()
        for number in range(max(COUNTS)):
            size = "large" if number % LARGE_EVERY == LARGE_EVERY - 1 else "small"
            shutil.copyfile(chosen[size], pool / f"klant-{number:03}.werkdruk")
        for count in COUNTS:
            folder = root / f"{count}-{kind}"
            folder.mkdir()
            for number in range(count):
                name = f"klant-{number:03}.werkdruk"
                try:
                    os.link(pool / name, folder / name)
                except OSError:  # no hard links here: a copy reads the same
                    shutil.copyfile(pool / name, folder / name)
            made[count, kind] = folder
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
    per_file: dict[str, list[float]] = {"cold": [], "warm": [], "in full": []}
    for count in COUNTS:
        folder = folders[count, "summary"]
        plain, _ = median_of(lambda f=folder: _plain_sqlite(f), runs=3)
        for kind in per_file:
            listed_folder = folders[count, "none"] if kind == "in full" else folder
            listed, _ = median_of(
                lambda f=listed_folder, c=count, k=kind: _portfolio(f, c, cold=k != "warm"),
                runs=3)
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
