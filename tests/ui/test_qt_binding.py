"""The Qt binding itself: a long session must not wear out Python's None.

PySide6-Essentials 6.12.0 dropped a reference to None on every call that returns nothing; on
Python 3.11 (where None still counts its references) the program then aborts after some
thousands of ordinary calls, mid-session. pyproject.toml leaves that version out; this test
fails on any version that does the same.
"""

import sys

from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QLabel

CALLS = 500


def test_calls_that_return_nothing_leave_none_alone(qapp):
    label = QLabel()
    image = QImage(8, 8, QImage.Format_ARGB32)
    before = sys.getrefcount(None)
    for n in range(CALLS):
        label.setText(str(n))
        label.update()
        painter = QPainter(image)
        painter.save()
        painter.drawLine(0, 0, 7, 7)
        painter.restore()
        painter.end()
    # Other code may hold or drop a few references meanwhile; the fault drops several per turn.
    assert sys.getrefcount(None) - before > -CALLS
