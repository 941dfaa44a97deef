"""The day the test suite runs on: `tests/conftest.py` pins the program's clock to it.

Every expected date in a test follows from this day (or from a day the test names itself), never
from the machine's clock, so the suite gives the same answers whatever the date.
"""

from datetime import date, datetime

PINNED_DAY = date(2026, 11, 28)
PINNED_MOMENT = datetime(2026, 11, 28, 10, 0)
