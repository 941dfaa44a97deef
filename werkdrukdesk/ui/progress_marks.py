"""How a step's progress is shown: ✓ or a percentage, and in words what is still missing.

The rule itself lives in core (core.readiness.step_progress); the sidebar and the overview both
show it through these functions, so they say the same thing in the same words.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QListWidgetItem

from werkdrukdesk.core.readiness.progress import StepProgress

SHOWN_NEEDS = 4  # needs in a tooltip before "en nog N"


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files a bare tr() under ""


def mark(progress: StepProgress) -> str:
    return "✓" if progress.complete else f"{progress.percent}%"


def missing_text(progress: StepProgress, limit: int = SHOWN_NEEDS) -> str:
    """'Nog nodig: arbodienst of bedrijfsarts, ...'; 'Alles op orde.' for a complete step."""
    if progress.complete:
        return tr("Alles op orde.")
    needs = progress.missing
    if not needs:
        return tr("Nog niets ingevuld.")
    shown = ", ".join(needs[:limit])
    if len(needs) > limit:
        shown = tr("{0} en nog {1}").format(shown, len(needs) - limit)
    return tr("Nog nodig: {0}").format(shown)


def spoken(title: str, progress: StepProgress) -> str:
    """The whole state for a screen reader: title, how far, what is missing."""
    if progress.complete:
        return tr("{0}: klaar. {1}").format(title, missing_text(progress))
    return tr("{0}: {1} procent. {2}").format(title, progress.percent, missing_text(progress))


def show_on_item(item: QListWidgetItem, title: str, progress: StepProgress) -> None:
    """A sidebar entry: the title with its mark; what is missing as tooltip and spoken text."""
    item.setText(f"{title}\n{mark(progress)}")
    item.setToolTip(missing_text(progress, limit=len(progress.missing)))
    item.setData(Qt.AccessibleTextRole, spoken(title, progress))
