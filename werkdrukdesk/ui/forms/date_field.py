"""A date field that reads dates the way people write them, with a calendar to pick from.

What is typed is read by `core.dates.parse_date` (1-3-2027, 1 maart, vandaag...) and shown back
as dd-mm-jjjj. A date that cannot be read keeps what was typed, gets a red frame, and its reason
appears on the line kept under the field (and in its accessible description for screen readers)
until the field holds a date again: a refused value never looks accepted, and nothing else on
the form moves.
"""

from __future__ import annotations

import functools
from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QBoxLayout,
    QCalendarWidget,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from werkdrukdesk import clock
from werkdrukdesk.core.dates import format_date, parse_date
from werkdrukdesk.core.errors import WerkdrukError

PROBLEM_FRAME = "QLineEdit { border: 2px solid #a4161a; border-radius: 3px; padding: 1px; }"


class DateField(QLineEdit):
    """`date_edited` fires with a valid date (or None when emptied), `invalid` with the reason
    when what was typed is not a date."""

    date_edited = Signal(object)
    invalid = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setPlaceholderText(self.tr("dd-mm-jjjj"))
        self.setToolTip(self.tr("Typ bijvoorbeeld 1-3-2027, 1 maart 2027, 1 mrt, vandaag of "
                                "morgen. Alt+↓ opent een kalender."))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("00-00-00000") + 40)
        self.setMaximumWidth(self.minimumWidth() + 20)
        self.problem = ""
        self._message = DateHint(self)
        self._calendar: CalendarPopup | None = None
        pick = QAction(_calendar_icon(), self.tr("Kies een datum in de kalender"), self)
        pick.triggered.connect(self.open_calendar)
        self.addAction(pick, QLineEdit.TrailingPosition)
        self.editingFinished.connect(self._finished)
        self.textEdited.connect(self._typing)

    def set_date(self, value: date | None) -> None:
        self.setText(format_date(value))
        self._show_problem("")

    def current_date(self) -> date | None:
        """The date typed, or None when empty; raises WerkdrukError when unreadable."""
        return parse_date(self.text(), clock.today())

    def _finished(self) -> None:
        try:
            value = self.current_date()
        except WerkdrukError as error:
            self._show_problem(str(error))
            self.invalid.emit(str(error))
            return
        self._show_problem("")
        self.setText(format_date(value))
        self.date_edited.emit(value)

    def _typing(self, _text: str) -> None:
        """The mark goes as soon as what is typed reads as a date (it is stored on leaving)."""
        if self.problem:
            try:
                self.current_date()
            except WerkdrukError:
                return
            self._show_problem("")

    def _show_problem(self, message: str) -> None:
        self.problem = message
        self.setStyleSheet(PROBLEM_FRAME if message else "")
        self.setAccessibleDescription(message)
        self._message.show_text(message)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        alt_down = event.key() == Qt.Key_Down and event.modifiers() & Qt.AltModifier
        if alt_down or event.key() == Qt.Key_F4:  # as a drop-down opens
            self.open_calendar()
            return
        super().keyPressEvent(event)

    def open_calendar(self) -> None:
        if self.isReadOnly() or not self.isEnabled():
            return
        try:
            shown = self.current_date() or clock.today()
        except WerkdrukError:
            shown = clock.today()
        self._calendar = CalendarPopup(self, shown)
        self._calendar.chosen.connect(self._chosen)
        self._calendar.show_below(self)

    def _chosen(self, value: date) -> None:
        self.setText(format_date(value))
        self._finished()
        self.setFocus()


class DateHint(QLabel):
    """The line under a date field: how dates may be written, in grey; why a date was refused,
    in red. It takes its place in the field's form the first time the field is shown and keeps
    it, so a message coming or going moves nothing and covers nothing."""

    HINT_STYLE = "color: #5b6470; font-size: 90%;"
    PROBLEM_STYLE = "color: #a4161a; font-weight: 600;"

    def __init__(self, field: QLineEdit):
        super().__init__()
        self.field = field
        self.setWordWrap(True)
        self.setTextFormat(Qt.PlainText)
        self.setAccessibleName(self.tr("Uitleg bij de datum"))
        self.hint = self.tr("bijv. 1-3-2027, 1 maart, vandaag")
        self.show_text("")
        self.setMinimumHeight(2 * self.fontMetrics().lineSpacing() + 2)  # one height for all
        self.setAlignment(Qt.AlignLeft | Qt.AlignTop)
        field.installEventFilter(self)

    def show_text(self, message: str) -> None:
        self.setText(message or self.hint)
        self.setStyleSheet(self.PROBLEM_STYLE if message else self.HINT_STYLE)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Show and self.parentWidget() is None:
            self._take_place()
        elif event.type() in (QEvent.Show, QEvent.Hide) and self.parentWidget() is not None:
            self.setVisible(self.field.isVisible())
        return False

    def _take_place(self) -> None:
        parent = self.field.parentWidget()
        layout = parent.layout() if parent is not None else None
        row = layout.getWidgetPosition(self.field)[0] if isinstance(layout, QFormLayout) else -1
        index = layout.indexOf(self.field) if isinstance(layout, QBoxLayout) else -1
        if row >= 0:  # across the whole row: room for a message on at most two lines
            layout.insertRow(row + 1, self)
        elif index >= 0:
            layout.insertWidget(index + 1, self)
        else:  # a layout of another kind: under the field, by hand
            self.setParent(parent)
            self.move(self.field.geometry().bottomLeft())
        self.setVisible(self.field.isVisible())


class CalendarPopup(QWidget):
    chosen = Signal(object)

    def __init__(self, field: QWidget, shown: date):
        super().__init__(field, Qt.Popup)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.setFirstDayOfWeek(Qt.Monday)
        self.calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        self.calendar.setAccessibleName(self.tr("Kalender"))
        self.calendar.activated.connect(self._pick)
        self.calendar.clicked.connect(self._pick)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.addWidget(self.calendar)

    def show_below(self, field: QWidget) -> None:
        self.adjustSize()
        self.move(field.mapToGlobal(QPoint(0, field.height())))
        self.show()
        self.calendar.setFocus()

    def _pick(self, value: QDate) -> None:
        self.hide()
        self.chosen.emit(date(value.year(), value.month(), value.day()))
        self.deleteLater()


@functools.cache  # one drawing for every date field
def _calendar_icon() -> QIcon:
    """A small calendar drawn here, so the field needs no image file."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.transparent)
    painter = QPainter(pixmap)
    painter.setPen(QColor("#44546a"))
    painter.drawRect(1, 2, 13, 12)
    painter.fillRect(2, 3, 12, 3, QColor("#44546a"))
    for row in (8, 11):
        for column in (4, 7, 10):
            painter.fillRect(column, row, 2, 2, QColor("#44546a"))
    painter.end()
    return QIcon(pixmap)
