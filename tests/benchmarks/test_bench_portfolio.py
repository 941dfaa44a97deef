"""Listing a folder of client files with the portfolio, against opening each file with plain
`sqlite3` and reading one row, in the same run.

N copies of the small sample organisation (written once, then copied), for N = 20 and 50.
Median of 3 after one warm-up each. The portfolio loads every file whole and judges its
readiness, so it is many times the baseline; the figure to watch is that the ratio stays about
the same from 20 to 50 files (linear growth). Nothing is asserted about time.
"""

import shutil
import sqlite3

import pytest

from tests.benchmarks.conftest import median_of, show
from tests.pinned import PINNED_DAY

COUNTS = (20, 50)


@pytest.fixture(scope="module")
def folders(tmp_path_factory):
    from werkdrukdesk.demo.build import build_demo
    from werkdrukdesk.storage.file import write_new_file

    root = tmp_path_factory.mktemp("portfolio")
    sample = root / "voorbeeld.werkdruk"
    write_new_file(sample, build_demo("small", today=PINNED_DAY)).close()
    made = {}
    for count in COUNTS:
        folder = root / str(count)
        folder.mkdir()
        for number in range(count):
            shutil.copyfile(sample, folder / f"klant-{number:03}.werkdruk")
        made[count] = folder
    return made


def _plain_sqlite(folder) -> float:
    import time

    start = time.perf_counter()
    for path in sorted(folder.glob("*.werkdruk")):
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        assert conn.execute("SELECT name FROM organisation").fetchone()
        conn.close()
    return time.perf_counter() - start


def _portfolio(folder) -> float:
    import time

    from werkdrukdesk.storage.portfolio import list_folders

    start = time.perf_counter()
    rows = list_folders([folder], PINNED_DAY)
    assert all(row.checks for row in rows)
    return time.perf_counter() - start


@pytest.mark.benchmark
def test_portfolio_against_plain_sqlite(folders, capsys):
    for count, folder in folders.items():
        plain, _ = median_of(lambda f=folder: _plain_sqlite(f), runs=3)
        listed, _ = median_of(lambda f=folder: _portfolio(f), runs=3)
        show(capsys, (
            f"portfolio of {count} small files: {listed * 1000:.0f} ms "
            f"({listed / count * 1000:.1f} ms a file); plain sqlite3, one row each: "
            f"{plain * 1000:.1f} ms; ratio {listed / plain:.0f}x"))
        assert listed > 0 and plain > 0
