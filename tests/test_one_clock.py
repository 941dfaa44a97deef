"""One clock: only `werkdrukdesk/clock.py` asks the system for the date or time.

Everything else is given `today` by its caller, so the whole program can be run on any day (the
test suite pins one). This scans the source the way `test_architecture.py` scans imports.
"""

import ast
from pathlib import Path

from werkdrukdesk import clock

PACKAGE = Path(__file__).resolve().parent.parent / "werkdrukdesk"
CLOCK = PACKAGE / "clock.py"

# Calls that read the system clock, as attribute chains ending in these names.
CLOCK_READERS = {
    ("date", "today"), ("datetime", "today"), ("datetime", "now"), ("datetime", "utcnow"),
    ("time", "time"), ("time", "time_ns"), ("time", "localtime"), ("time", "gmtime"),
    ("time", "ctime"), ("time", "strftime"), ("QDate", "currentDate"),
    ("QDateTime", "currentDateTime"), ("QDateTime", "currentDateTimeUtc"),
    ("QDateTime", "currentMSecsSinceEpoch"), ("QDateTime", "currentSecsSinceEpoch"),
    ("QTime", "currentTime"),
}
# Names imported bare that read the clock when called (`from time import time`).
BARE_READERS = {("time", "time"), ("time", "localtime"), ("datetime", "now")}


def clock_reads(source: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            owner = node.func.value
            owner_name = (owner.attr if isinstance(owner, ast.Attribute)
                          else getattr(owner, "id", ""))
            if (owner_name, node.func.attr) in CLOCK_READERS:
                found.append(f"line {node.lineno}: {owner_name}.{node.func.attr}()")
        elif isinstance(node, ast.ImportFrom) and node.module:
            for alias in node.names:
                if (node.module, alias.name) in BARE_READERS:
                    found.append(f"line {node.lineno}: from {node.module} import {alias.name}")
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            if "'now'" in node.value.lower() or "current_timestamp" in node.value.lower():
                found.append(f"line {node.lineno}: SQL asks SQLite for the time")
    return found


def test_only_the_clock_module_reads_the_clock():
    offences = [
        f"{path.relative_to(PACKAGE)} {read}"
        for path in sorted(PACKAGE.rglob("*.py"))
        if path != CLOCK
        for read in clock_reads(path.read_text(encoding="utf-8"))
    ]
    sql = [f"{p.relative_to(PACKAGE)}" for p in PACKAGE.rglob("*.sql")
           if "'now'" in p.read_text().lower() or "current_timestamp" in p.read_text().lower()]
    assert offences + sql == []


def test_the_guard_sees_every_way_of_reading_the_clock():
    """The scan itself must find what it is meant to forbid, or the test above proves nothing."""
    samples = [
        "from datetime import date\nx = date.today()",
        "import datetime\nx = datetime.datetime.now()",
        "from time import time\nx = time()",
        "import time\nx = time.time()",
        "from PySide6.QtCore import QDate\nx = QDate.currentDate()",
        "db.execute(\"INSERT INTO t VALUES (datetime('now'))\")",
    ]
    for sample in samples:
        assert clock_reads(sample), sample
    assert clock_reads("from datetime import date\nx = date(2026, 1, 1).isoformat()") == []
    assert "today" in clock.__doc__ and clock_reads(CLOCK.read_text()) != []


def test_core_and_reports_are_given_the_day_and_never_ask_the_clock():
    """In `core` and `reports` the day is an argument: they do not even import the clock."""
    for layer in ("core", "reports"):
        for path in (PACKAGE / layer).rglob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                        and node.module == "werkdrukdesk" for alias in node.names}
            imported |= {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import)
                         for alias in node.names}
            assert "clock" not in imported and "werkdrukdesk.clock" not in imported, path


def test_a_pinned_clock_runs_on_from_its_moment(monkeypatch):
    from datetime import datetime

    clock.pin(datetime(2028, 2, 29, 23, 59, 59))
    first = clock.now()
    assert first >= datetime(2028, 2, 29, 23, 59, 59) and clock.now() >= first
    clock.unpin()
    monkeypatch.setenv(clock.PIN_VARIABLE, "2027-01-01")
    assert clock.today().isoformat() == "2027-01-01"
