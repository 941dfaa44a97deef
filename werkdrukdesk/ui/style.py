"""The program's look where the platform's own gets in the way.

Some styles (Fusion on Linux, macOS) open a drop-down list on top of the box, with the current
choice under the pointer; a quick click in a table cell then picks a neighbour. Here every
drop-down list opens below its box, as on Windows, so the current choice stays in view.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle


class DropDownBelow(QProxyStyle):
    def styleHint(self, hint, option=None, widget=None, returnData=None) -> int:  # noqa: N802
        if hint == QStyle.SH_ComboBox_Popup:
            return 0  # a plain list below the box, never over the current choice
        return super().styleHint(hint, option, widget, returnData)


def install(app: QApplication) -> None:
    """Wrap the application's style once; the platform's look stays otherwise unchanged."""
    if not isinstance(app.style(), DropDownBelow):
        app.setStyle(DropDownBelow(app.style().name()))
