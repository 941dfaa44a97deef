"""The presentielijst, read back from the PDF: a session's sheet, the blank sheet, the rows to
sign on, and the error for a session that is not there."""

import io
import re
from datetime import date
from typing import ClassVar

import pytest
from hypothesis import HealthCheck, given, settings
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer

from tests.pinned import PINNED_DAY
from tests.reports.conftest import (
    PRINTED_ON,
    build_report,
    fonts_used,
    overflowing_text,
    read_pdf,
    squash,
)
from tests.reports.test_plan_report import FIELD
from werkdrukdesk.core import model as m
from werkdrukdesk.core.cycles import current_cycle
from werkdrukdesk.core.dates import format_date
from werkdrukdesk.core.errors import WerkdrukError
from werkdrukdesk.core.labels import label
from werkdrukdesk.demo.build import build_demo
from werkdrukdesk.reports import registry, styles
from werkdrukdesk.reports.attendance import document as attendance
from werkdrukdesk.reports.attendance.rows import ROW_HEIGHT, BlankRows
from werkdrukdesk.reports.page import PageInfo, render

MARGIN = 20 * 72 / 25.4
TITLES = {False: "Presentielijst voorlichting werkdruk",
          True: "Presentielijst voorlichting psychosociale arbeidsbelasting"}


def title(org: m.Organisation) -> str:
    """The sheet says what the file covers: werkdruk only, or the whole PSA policy."""
    return TITLES[len(org.strands) > 1]


def assert_sound(pdf, org, cycle):
    total = len(pdf.pages)
    for number, page in enumerate(pdf.pages, start=1):
        flat = " ".join(page.split())
        assert f"pagina {number} van {total}" in flat
        assert f"afgedrukt op {format_date(PRINTED_ON)}" in flat
        assert f"Cyclus {cycle.number}" in flat
    fonts = fonts_used(pdf.reader)
    assert fonts and all(re.fullmatch(r"/[A-Z]{6}\+DejaVuSans(-\w+)?", name) for name in fonts)
    assert all(fonts.values()), f"not embedded as TrueType: {fonts}"
    assert pdf.metadata["/Author"] == " ".join(org.profile.name.split())
    assert pdf.metadata["/Title"].startswith(title(org))
    assert overflowing_text(pdf.reader, MARGIN) == []


def sheet(org, session_id=None, cycle=None):
    return read_pdf(build_report(org, cycle, kind="attendance", session_id=session_id))


def one_session_org(**session_fields) -> m.Organisation:
    """One cycle, two teams and one session with the given fields."""
    teams = [m.Team("Salon", headcount=6, id=1), m.Team("Team van Łukasz", headcount=4, id=2)]
    fields = {"held_on": date(2026, 3, 5), "title": "Werkdruk in de salon", "id": 7,
              "given_by": "Ayşe Yılmaz", "topics": [m.Topic.CAUSES, m.Topic.SIGNALS_IN_YOURSELF],
              "attendees": [m.Attendee("Łukasz Nowak", 2), m.Attendee("Ĳsbrand de Vries", 1),
                            m.Attendee("Ayşe Yılmaz"), m.Attendee("R&D <Noord>", 99)]}
    fields.update(session_fields)
    cycle = m.Cycle(number=1, title="Cyclus 2026", teams=teams,
                    sessions=[m.InformationSession(**fields)], id=1)
    return m.Organisation(m.Profile(name="R&D <Noord>"), cycles=[cycle])


# -- a session's sheet -----------------------------------------------------------------------


@pytest.mark.parametrize("size", ["small", "large"])
def test_demo_session_sheet_prints_the_session_and_everyone_recorded(size):
    org = build_demo(size, today=PINNED_DAY)
    cycle = current_cycle(org)
    session = max(cycle.sessions, key=lambda x: len(x.attendees))
    pdf = sheet(org, session.id)
    assert_sound(pdf, org, cycle)
    text = pdf.squashed
    teams = {t.id: t.name for t in cycle.teams}
    for expected in [title(org), session.title, format_date(session.held_on), label(session.form),
                     label(session.audience), session.given_by, "NaamTeamHandtekening",
                     "Voorlichting gegeven door", *(label(t) for t in scope_topics(org))]:
        assert squash(expected) in text, expected
    for person in session.attendees:
        assert squash(person.name + teams.get(person.team_id, "")) in text, person.name
    assert text.count("(gepland)") == len(session.topics)
    last = squash(pdf.pages[-1])
    assert "Voorlichtinggegevendoor" in last and "Handtekening" in last


def test_attendees_are_sorted_by_name_and_the_header_repeats_on_every_page():
    people = [m.Attendee(f"Medewerker {n:03d}", 1) for n in range(120, 0, -1)]
    org = one_session_org(attendees=people)
    pdf = sheet(org, 7)
    assert_sound(pdf, org, org.cycles[0])
    found = re.findall(r"Medewerker (\d{3})", pdf.text)
    assert found == [f"{n:03d}" for n in range(1, 121)]
    assert all("Handtekening" in page for page in pdf.pages)


def test_people_counted_without_a_name_are_mentioned_per_team():
    org = one_session_org(attendees=[], team_counts={1: 5, 2: 3})
    text = sheet(org, 7).squashed
    assert squash("geteld zonder naam: Salon: 5; Team van Łukasz: 3") in text
    assert "daarnaast" not in text


def test_a_session_with_nothing_filled_in_still_builds():
    org = one_session_org(held_on=None, title="", given_by="", topics=[], attendees=[])
    pdf = sheet(org, 7)
    assert_sound(pdf, org, org.cycles[0])
    assert squash("Voorlichting over werkdruk") in pdf.squashed
    assert squash("nog geen onderwerpen vastgelegd") in pdf.squashed
    assert squash("nog niemand vastgelegd") in pdf.squashed
    assert "—" in pdf.text


def scope_topics(org: m.Organisation) -> list[m.Topic]:
    """The topics the sheet offers: those of the strands the file covers (werkdruk's six for
    a werkdruk-only file)."""
    return list(dict.fromkeys(t for strand in org.strands for t in m.STRAND_TOPICS[strand]))


# -- the blank sheet -------------------------------------------------------------------------


@pytest.mark.parametrize("size", ["small", "large"])
def test_without_a_session_the_sheet_is_blank(size):
    org = build_demo(size, today=PINNED_DAY)
    cycle = current_cycle(org)
    pdf = sheet(org)
    assert_sound(pdf, org, cycle)
    text = pdf.squashed
    for expected in ["Datum", "Onderwerp", "Gegevendoor", "NaamTeamHandtekening",
                     *(label(t) for t in scope_topics(org)),
                     *(label(f) for f in m.SessionForm)]:
        assert squash(expected) in text, expected
    assert text.count("\u2610") >= (len(scope_topics(org)) + len(m.SessionForm)
                                    + len(m.Audience))
    assert "(gepland)" not in text
    assert not any(squash(x.name) in text for s in cycle.sessions for x in s.attendees)


def test_an_empty_new_organisation_gets_a_blank_sheet():
    bare = m.Organisation(m.Profile(name=""), cycles=[m.Cycle(number=1)])
    pdf = sheet(bare)
    assert pdf.pages and "Handtekening" in pdf.text


# -- the rows to sign on ---------------------------------------------------------------------


class _Recorded(BlankRows):
    """Remembers, for every part drawn, its page, its row count and where its foot is."""

    parts: ClassVar[list] = []

    def drawOn(self, canvas, x, y, _sW=0):
        super().drawOn(canvas, x, y, _sW)
        rows = len(self._table._cellvalues) - (1 if self._table.repeatRows else 0)
        self.parts.append((canvas.getPageNumber(), rows, y))


@pytest.mark.parametrize("above", [0, 80, 300, 420, 520, 600, 680])
def test_empty_rows_fill_the_page_at_least_fifteen_and_leave_room_to_sign(above):
    """Wherever the list starts on the page, at least 15 empty rows print, the last page is
    filled down to the signature of whoever gave the session, and that signature follows."""
    _Recorded.parts = []
    closing = attendance._closing("Ayşe Yılmaz")
    rows = _Recorded(attendance._header(), attendance.MIN_BLANK_ROWS, closing, True)
    info = PageInfo(TITLES[False], "Org", "Cyclus 1", PRINTED_ON)
    pdf = read_pdf(render(info, [Spacer(1, above), rows, KeepTogether(closing)]))
    parts = _Recorded.parts
    assert sum(count for _, count, _ in parts) >= 15
    last_page, _, foot = parts[-1]
    reserve = sum(f.wrap(styles.CONTENT_WIDTH, styles.CONTENT_HEIGHT)[1] + f.getSpaceBefore()
                  + f.getSpaceAfter() for f in closing)
    assert foot - styles.MARGIN_BOTTOM - reserve < ROW_HEIGHT + 2 * mm  # page full
    assert last_page == len(pdf.pages)  # the signature comes right after, on that page
    assert "Voorlichtinggegevendoor" in squash(pdf.pages[-1])
    assert all(count >= 3 for _, count, _ in parts)  # never a lonely row at a page's foot


# -- a session that is not there -------------------------------------------------------------


def test_an_unknown_session_names_the_id_and_the_sessions_there_are():
    org = build_demo("small", today=PINNED_DAY)
    cycle = current_cycle(org)
    ids = ", ".join(str(x.id) for x in cycle.sessions)
    with pytest.raises(WerkdrukError) as raised:
        build_report(org, cycle, kind="attendance", session_id=999)
    message = str(raised.value)
    assert "999" in message and ids in message and "\n" not in message


def test_a_session_of_another_cycle_is_refused_with_its_cycle():
    org = build_demo("small", today=PINNED_DAY)
    first, newest = org.cycles[0], current_cycle(org)
    old = first.sessions[0]
    with pytest.raises(WerkdrukError, match=rf"{old.id} hoort bij cyclus {first.number}"):
        build_report(org, newest, kind="attendance", session_id=old.id)
    assert squash(old.title) in sheet(org, old.id, first).squashed


def test_a_cycle_without_sessions_says_so():
    bare = m.Organisation(m.Profile(name="Leeg"), cycles=[m.Cycle(number=1)])
    with pytest.raises(WerkdrukError, match="nog geen voorlichting vastgelegd"):
        build_report(bare, kind="attendance", session_id=1)


# -- whatever the user typed prints, exactly and within the page -----------------------------


def test_names_and_markup_characters_print_exactly():
    org = one_session_org(title="<b>Vet</b> & <i>schuin</i>", given_by="R&D <Noord> &amp;")
    pdf = sheet(org, 7)
    assert_sound(pdf, org, org.cycles[0])
    for expected in ["Ayşe Yılmaz", "Łukasz NowakTeam van Łukasz", "Ĳsbrand de VriesSalon",
                     "R&D <Noord>onbekend team", "<b>Vet</b> & <i>schuin</i>",
                     "R&D <Noord> &amp;"]:
        assert squash(expected) in pdf.squashed, expected
    assert pdf.metadata["/Author"] == "R&D <Noord>"


def test_a_300_character_word_wraps_everywhere():
    word = "Werkdrukvoorlichtingsbijeenkomst" * 10
    org = one_session_org(title=word, given_by=word, attendees=[m.Attendee(word, 1)])
    org.profile.name = org.cycles[0].teams[0].name = word
    pdf = sheet(org, 7)
    assert_sound(pdf, org, org.cycles[0])
    assert pdf.squashed.count(word) >= 5


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=FIELD, title=FIELD, given_by=FIELD, person=FIELD, team=FIELD)
def test_any_text_prints_exactly(name, title, given_by, person, team):
    org = one_session_org(title=title, given_by=given_by, attendees=[m.Attendee(person, 2)])
    org.profile.name = name
    org.cycles[0].teams[1].name = team
    pdf = sheet(org, 7)
    for value in (name, title, given_by, person, team):
        assert squash(value) in pdf.squashed
    assert_sound(pdf, org, org.cycles[0])


def test_registry_builds_the_attendance_sheet():
    assert registry.builder("attendance") is attendance.build
    assert "attendance" in registry.available()
    assert io.BytesIO(build_report(one_session_org(), kind="attendance")).read(5) == b"%PDF-"
