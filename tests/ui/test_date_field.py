"""The date field: dates as people write them, a calendar, and a refusal shown at the field."""

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from tests.pinned import PINNED_DAY
from werkdrukdesk.core import i18n
from werkdrukdesk.ui.forms.date_field import CalendarPopup, DateField


def form_with_field(qtbot) -> tuple[QWidget, DateField, QLineEdit]:
    window = QWidget()
    layout = QFormLayout(window)
    field = DateField()
    after = QLineEdit()
    layout.addRow("Datum", field)
    layout.addRow("Daarna", after)
    qtbot.addWidget(window)
    window.resize(700, 200)
    window.show()
    qtbot.waitUntil(lambda: field._message.geometry().top() > field.geometry().top())
    return window, field, after


def finish(field: DateField, text: str) -> list:
    seen: list = []
    field.date_edited.connect(seen.append)
    field.setText(text)
    field.editingFinished.emit()
    return seen


def test_written_dates_are_read_and_shown_back_as_dd_mm_jjjj(qtbot):
    window, field, _after = form_with_field(qtbot)
    assert finish(field, "1 maart 2027") == [date(2027, 3, 1)]
    assert field.text() == "01-03-2027"
    assert finish(field, "morgen") == [PINNED_DAY + timedelta(days=1)]
    assert finish(field, "") == [None]


def test_a_refused_date_is_marked_and_explained_under_the_field_without_moving_anything(qtbot):
    window, field, after = form_with_field(qtbot)
    line = field._message
    assert line.isVisible() and line.text() == line.hint  # how dates may be written
    below = after.geometry()
    assert finish(field, "31-02-2024") == []
    assert "februari 2024 heeft 29 dagen" in line.text() and line.isVisible()
    assert line.geometry().top() >= field.geometry().bottom()  # right under the field
    assert not line.geometry().intersects(after.geometry())  # covering nothing
    assert after.geometry() == below  # and nothing on the form moved
    assert field.text() == "31-02-2024" and field.accessibleDescription() == field.problem
    assert "a4161a" in field.styleSheet()
    field.setText("29-02-2024")
    field.textEdited.emit("29-02-2024")  # fixed while typing: the mark goes at once
    assert line.text() == line.hint and field.problem == "" and field.styleSheet() == ""
    assert after.geometry() == below


def test_the_message_is_in_english_in_english(qtbot):
    window, field, _after = form_with_field(qtbot)
    with i18n.language("en"):
        finish(field, "31-04-2027")
    assert "April 2027 has 30 days" in field.problem


def test_the_calendar_opens_from_the_keyboard_and_picks_a_date(qtbot):
    window, field, _after = form_with_field(qtbot)
    field.set_date(date(2027, 3, 1))
    field.setFocus()
    qtbot.keyClick(field, Qt.Key_Down, Qt.AltModifier)
    popup = field.findChild(CalendarPopup)
    assert popup is not None and popup.isVisible()
    assert popup.calendar.selectedDate() == QDate(2027, 3, 1)
    seen: list = []
    field.date_edited.connect(seen.append)
    popup.calendar.activated.emit(QDate(2027, 3, 15))
    assert seen == [date(2027, 3, 15)] and field.text() == "15-03-2027"


def test_a_read_only_field_opens_no_calendar(qtbot):
    window, field, _after = form_with_field(qtbot)
    field.setReadOnly(True)
    field.open_calendar()
    assert field.findChild(CalendarPopup) is None
