"""Dates as people write them: one parser (core/dates.py), tried on examples and properties."""

from datetime import date, timedelta

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from werkdrukdesk.core import i18n
from werkdrukdesk.core.dates import MONTH_NAMES, format_date, parse_date
from werkdrukdesk.core.errors import WerkdrukError

TODAY = date(2026, 11, 28)
DUTCH_MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                "september", "oktober", "november", "december"]
SHORT_MONTHS = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov",
                "dec"]
ENGLISH_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December"]


@pytest.mark.parametrize("text, expected", [
    ("1-3-2027", date(2027, 3, 1)),
    ("01-03-27", date(2027, 3, 1)),
    ("15-2-27", date(2027, 2, 15)),
    ("1 maart 2027", date(2027, 3, 1)),
    ("1 Maart 2027", date(2027, 3, 1)),
    ("1 mrt", date(2026, 3, 1)),
    ("1 mrt. 2027", date(2027, 3, 1)),
    ("1-mrt-2027", date(2027, 3, 1)),
    ("29 februari 2028", date(2028, 2, 29)),
    ("1 March 2027", date(2027, 3, 1)),
    ("March 1, 2027", date(2027, 3, 1)),
    ("1/3", date(2026, 3, 1)),
    ("01032027", date(2027, 3, 1)),
    ("2027-03-01", date(2027, 3, 1)),
    ("1-1-99", date(1999, 1, 1)),
    ("vandaag", TODAY),
    ("Morgen", TODAY + timedelta(days=1)),
    ("gisteren", TODAY - timedelta(days=1)),
    ("tomorrow", TODAY + timedelta(days=1)),
    ("  ", None),
])
def test_dates_as_people_write_them(text, expected):
    assert parse_date(text, TODAY) == expected


@pytest.mark.parametrize("text, message", [
    ("31-02-2024", "februari 2024 heeft 29 dagen"),
    ("29-2-2027", "februari 2027 heeft 28 dagen"),
    ("31 april", "april 2026 heeft 30 dagen"),
    ("0-5-2027", "mei 2027 heeft 31 dagen"),
    ("1-13-2027", "Er is geen maand 13"),
    ("1-1-0202", "Het jaar 202 klopt vast niet"),
    ("morgenochtend", "schrijf bijvoorbeeld 1-3-2027 of 1 maart 2027"),
    ("1 smarch 2027", "schrijf bijvoorbeeld"),
])
def test_impossible_dates_name_the_problem(text, message):
    with pytest.raises(WerkdrukError, match=message):
        parse_date(text, TODAY)


def test_messages_come_in_english_too():
    with i18n.language("en"), pytest.raises(WerkdrukError) as raised:
        parse_date("31-02-2024", TODAY)
    assert "February 2024 has 29 days" in str(raised.value)
    assert len(MONTH_NAMES) == 12


days = st.dates(min_value=date(1950, 1, 1), max_value=date(2150, 12, 31))


@given(days)
def test_every_written_form_of_a_date_reads_back_as_that_date(day):
    forms = [
        format_date(day),
        f"{day.day}-{day.month}-{day.year}",
        f"{day.day:02d}/{day.month:02d}/{day.year}",
        f"{day.day}.{day.month}.{day.year}",
        day.isoformat(),
        f"{day.day} {DUTCH_MONTHS[day.month - 1]} {day.year}",
        f"{day.day} {SHORT_MONTHS[day.month - 1]}. {day.year}",
        f"{day.day} {ENGLISH_MONTHS[day.month - 1]} {day.year}",
        f"{ENGLISH_MONTHS[day.month - 1]} {day.day}, {day.year}",
    ]
    for text in forms:
        assert parse_date(text, TODAY) == day, text


@given(days, st.dates(min_value=date(1960, 1, 1), max_value=date(2140, 12, 31)))
@example(date(2000, 2, 29), date(2051, 1, 1))  # nearest '00' is 2100: no 29 February
def test_a_two_digit_year_is_the_nearest_one_to_today(day, today):
    try:
        read = parse_date(f"{day.day}-{day.month}-{day.year % 100:02d}", today)
    except WerkdrukError as error:
        # Only a day the nearest such year lacks is refused, and the message says which.
        assert (day.month, day.day) == (2, 29) and "heeft 28 dagen" in str(error)
        return
    if read is not None:
        assert read.year % 100 == day.year % 100 and abs(read.year - today.year) <= 50


@given(days, st.integers(0, 1000))
def test_a_date_without_a_year_is_in_todays_year(today, month_day):
    day = date(2024, 1, 1) + timedelta(days=month_day % 366)  # 2024 has 29 February
    text = f"{day.day} {DUTCH_MONTHS[day.month - 1]}"
    try:
        expected = day.replace(year=today.year)
    except ValueError:  # 29 February in a year that has none: refused with a message
        with pytest.raises(WerkdrukError, match="heeft 28 dagen"):
            parse_date(text, today)
    else:
        assert parse_date(text, today) == expected


@given(st.text(max_size=40))
def test_any_text_is_a_date_none_or_a_message_never_a_crash(text):
    try:
        result = parse_date(text, TODAY)
    except WerkdrukError as error:
        assert str(error)
    else:
        assert result is None or isinstance(result, date)
