"""The program's look where the platform's own gets in the way.

Some styles (Fusion on Linux, macOS) open a drop-down list on top of the box, with the current
choice under the pointer; a quick click in a table cell then picks a neighbour. Here every
drop-down list opens below its box, as on Windows, so the current choice stays in view.

A style sheet says so rather than a QProxyStyle: overriding styleHint from Python trips a
reference-count bug in PySide6 (the unused `returnData` argument) that crashes at exit.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

DROP_DOWN_BELOW = "QComboBox { combobox-popup: 0; }"


def install(app: QApplication) -> None:
    """Add the rule to the application's style sheet once; nothing else changes."""
    sheet = app.styleSheet()
    if DROP_DOWN_BELOW not in sheet:
        app.setStyleSheet(f"{sheet}\n{DROP_DOWN_BELOW}".strip())
