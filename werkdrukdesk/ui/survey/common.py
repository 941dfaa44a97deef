"""What the questionnaire screens share: labels for user text, guarded writes, colours."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

from werkdrukdesk.core import model as m
from werkdrukdesk.core.errors import WerkdrukError
from werkdrukdesk.ui.document import OpenDocument

# Background and text colour per rating, as in the inventory grid.
RATING_COLOURS = {
    m.Rating.PROBLEM: ("#f8d7da", "#842029"),
    m.Rating.ATTENTION: ("#ffe8a8", "#5c4100"),
    m.Rating.FINE: ("#d1e7dd", "#0f5132"),
    m.Rating.UNRATED: ("#f1f1f1", "#3d4349"),
}
WARNING_STYLE = "color: #7a4b00;"
PROBLEM_STYLE = "color: #a4161a;"


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files a bare tr() under ""


def cell(text: str, rating: m.Rating | None = None, align_right: bool = False) -> QTableWidgetItem:
    """A read-only table cell; with a rating it gets the rating's colours."""
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemIsEnabled | Qt.ItemIsSelectable)
    if align_right:
        item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
    if rating is not None:
        background, foreground = RATING_COLOURS[rating]
        item.setBackground(QBrush(QColor(background)))
        item.setForeground(QBrush(QColor(foreground)))
    return item


def guarded(doc: OpenDocument, action: Callable[[], None]) -> str:
    """Run a write; '' when it worked, else a Dutch sentence for the screen (nothing stored)."""
    if doc.file.read_only:
        return tr("Dit bestand is alleen om te lezen geopend; wijzigen kan niet.")
    try:
        action()
    except WerkdrukError as error:
        return str(error)
    except sqlite3.Error as error:
        return tr(
            "Opslaan is mislukt ({0}). Wat al was opgeslagen, staat veilig in het bestand."
        ).format(error)
    return ""


def store_responses(
    doc: OpenDocument, measurement: m.Measurement, responses: Sequence[m.Response]
) -> str:
    """Add questionnaires to a measurement at once, all or none; '' when stored."""
    if doc.read_only:
        return tr("Deze cyclus is afgesloten of het bestand is alleen om te lezen geopend.")
    def write() -> None:
        label = tr("{0} vragenlijsten bij '{1}'").format(len(responses), measurement.name)
        with doc.operation(label):
            doc.file.add_responses(measurement.id, list(responses))

    problem = guarded(doc, write)
    if problem:
        return problem
    measurement.responses.extend(responses)  # only once the file holds them
    doc.changed.emit()
    return ""


def team_choices(cycle: m.Cycle) -> list[tuple[str, int | None]]:
    """The teams a respondent may pick, in cycle order, stored teams only."""
    return [(t.name, t.id) for t in cycle.teams if t.id is not None]


def attempt(doc: OpenDocument, action: Callable[[], bool]) -> tuple[bool, str]:
    """Run one of the document's own writes and catch the message it reports on failure."""
    messages: list[str] = []

    def note(message: str) -> None:
        messages.append(message)

    doc.failed.connect(note)
    try:
        done = action()
    finally:
        doc.failed.disconnect(note)
    return done, " ".join(messages)


def follow_widths(
    table: QTableWidget, then: Callable[[], None] | None = None
) -> Callable[[], None]:
    """Row heights that follow wrapped text once the columns have their final widths; returns
    the function to call after filling the table."""

    def fit_now() -> None:
        table.resizeRowsToContents()
        if then is not None:
            then()

    def fit() -> None:
        fit_now()
        QTimer.singleShot(0, table, fit_now)  # again once the layout has set the widths

    table.horizontalHeader().sectionResized.connect(lambda *_: fit_now())
    return fit
