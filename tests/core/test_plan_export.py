"""The plan van aanpak exported: CSV for Dutch Excel, XLSX, and an RFC 5545 calendar."""

import csv
import io
import re
import zipfile
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from werkdrukdesk.core import model as m
from werkdrukdesk.core.cycles import current_cycle
from werkdrukdesk.core.errors import WerkdrukError
from werkdrukdesk.core.plan.export import (
    HEADERS,
    export_plan,
    fold,
    ics_text,
    plan_rows,
    to_csv,
    to_ics,
    to_xlsx,
)
from werkdrukdesk.demo.build import build_demo

TODAY = date(2026, 6, 1)
NOW = datetime(2026, 6, 1, 9, 30, tzinfo=UTC)


def small_org() -> m.Organisation:
    sources = [m.Source("Te veel werk", m.SourceKind.DEMAND, id=1),
               m.Source("Te weinig pauzes", m.SourceKind.DEMAND, id=2)]
    teams = [m.Team("Salon", 6, id=1), m.Team("R&D <Noord>", 4, id=2)]
    late = m.Measure("Vaste pauzes; met \\ backslash, komma", "Regel 1\nRegel 2",
                     level=m.Level.TEAM, responsible="Ayşe Yılmaz", carried_out_by="Team",
                     start_date=date(2026, 1, 5), deadline=date(2026, 5, 1), budget="€ 500",
                     status=m.MeasureStatus.IN_PROGRESS,
                     targets=[m.Target(2, 1), m.Target(1, 1), m.Target(2, 2)], id=7)
    whole = m.Measure("Minder werk", level=m.Level.ORGANISATION, responsible="Łukasz Nowak",
                      deadline=date(2026, 9, 30), targets=[m.Target(1, None)], id=3)
    undated = m.Measure("Zonder termijn", level=m.Level.INDIVIDUAL, id=9)
    cycle = m.Cycle(1, teams=teams, measures=[late, undated, whole], id=1)
    return m.Organisation(m.Profile("Kapsalon Ayşe"), sources=sources, cycles=[cycle])


def rows_of(org: m.Organisation):
    return plan_rows(org, org.cycles[0], TODAY)


# -- rows --------------------------------------------------------------------------------------


def test_rows_follow_the_printed_plan():
    rows = rows_of(small_org())
    assert [(r.number, r.title) for r in rows] == [
        ("M1", "Minder werk"), ("M2", "Vaste pauzes; met \\ backslash, komma"),
        ("M3", "Zonder termijn")]
    assert rows[0].targets == "Hele organisatie: Te veel werk"
    assert rows[1].targets == "Salon: Te weinig pauzes, Te veel werk; R&D <Noord>: Te weinig pauzes"
    assert [r.late for r in rows] == [False, True, False]
    assert (rows[1].level, rows[1].status) == ("team", "bezig")


# -- CSV ---------------------------------------------------------------------------------------


def read_csv(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf")  # the BOM makes Excel read UTF-8
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))


def test_csv_opens_with_semicolons_and_keeps_every_character():
    table = read_csv(to_csv(rows_of(small_org())))
    assert table[0] == list(HEADERS)
    first, second = table[1], table[2]
    assert second[1] == "Vaste pauzes; met \\ backslash, komma"
    assert second[2] == "Regel 1\nRegel 2"
    assert (second[5], second[7], second[8], second[11]) == ("Ayşe Yılmaz", "05-01-2026",
                                                             "01-05-2026", "ja")
    assert first[11] == "nee" and table[3][8] == ""
    assert len(table) == 4


# -- XLSX --------------------------------------------------------------------------------------


def read_xlsx(data: bytes):
    return load_workbook(io.BytesIO(data)).active


def test_xlsx_has_a_bold_header_the_rows_and_real_dates():
    sheet = read_xlsx(to_xlsx(rows_of(small_org())))
    assert [c.value for c in sheet[1]] == list(HEADERS)
    assert all(c.font.bold for c in sheet[1])
    assert sheet.max_row == 4
    assert sheet["B3"].value == "Vaste pauzes; met \\ backslash, komma"
    assert sheet["C3"].value == "Regel 1\nRegel 2"
    start, deadline = sheet["H3"], sheet["I3"]
    assert isinstance(start.value, datetime) and start.value.date() == date(2026, 1, 5)
    assert deadline.value.date() == date(2026, 5, 1) and deadline.is_date
    assert deadline.number_format.upper() == "DD-MM-YYYY"
    assert sheet["I4"].value is None  # no term: an empty cell, not a text
    assert sheet.column_dimensions["B"].width >= 30
    assert sheet.freeze_panes == "A2"


def test_xlsx_survives_control_characters():
    org = small_org()
    org.cycles[0].measures[0].title = "Bel\x07 en \x00nul"
    sheet = read_xlsx(to_xlsx(rows_of(org)))
    assert "Bel en nul" in [c.value for c in sheet["B"]]


# -- formulas never run --------------------------------------------------------------------


@pytest.mark.parametrize("start", ["=", "+", "-", "@"])
def test_a_formula_start_is_neutralised_in_every_format(start):
    org = small_org()
    text = f"{start}HYPERLINK(\"http://x\";\"klik\")"
    whole = next(x for x in org.cycles[0].measures if x.id == 3)
    whole.title, whole.responsible = text, f"{start}1+1"
    rows = rows_of(org)
    table = read_csv(to_csv(rows))
    assert table[1][1] == "'" + text and table[1][5] == f"'{start}1+1"
    data = to_xlsx(rows)
    sheet = read_xlsx(data)
    assert sheet["B2"].value == "'" + text and sheet["B2"].data_type == "s"
    assert sheet["F2"].value == f"'{start}1+1"
    with zipfile.ZipFile(io.BytesIO(data)) as book:
        assert "<f>" not in book.read("xl/worksheets/sheet1.xml").decode()
    calendar = parse_ics(to_ics(rows, "plan.werkdruk", "Plan", NOW))
    assert f"Termijn: {text}" in [e["SUMMARY"] for e in calendar]  # a calendar runs nothing


# -- ICS ---------------------------------------------------------------------------------------


def unescape(value: str) -> str:
    return re.sub(r"\\([\\;,nN])", lambda x: "\n" if x[1] in "nN" else x[1], value)


def parse_ics(data: bytes) -> list[dict[str, str]]:
    """The events of a calendar, after checking the lines themselves: CRLF only, at most 75
    octets, BEGIN and END balanced."""
    assert data.endswith(b"\r\n") and b"\n" not in data.replace(b"\r\n", b"")
    lines = data.split(b"\r\n")[:-1]
    assert all(len(line) <= 75 for line in lines)
    text = "\r\n".join(line.decode("utf-8") for line in lines)  # no character split in two
    unfolded = text.replace("\r\n ", "").split("\r\n")
    stack, events = [], []
    for line in unfolded:
        name, _, value = line.partition(":")
        if name == "BEGIN":
            stack.append(value)
            events.append({}) if value == "VEVENT" else None
        elif name == "END":
            assert stack.pop() == value
        elif stack and stack[-1] == "VEVENT":
            events[-1][name] = unescape(value) if name in ("SUMMARY", "DESCRIPTION") else value
    assert stack == [] and unfolded[0] == "BEGIN:VCALENDAR" and unfolded[-1] == "END:VCALENDAR"
    assert "PRODID:-//WerkdrukDesk//NL" in unfolded and "VERSION:2.0" in unfolded
    return events


def test_ics_has_one_all_day_event_per_measure_with_a_term():
    data = to_ics(rows_of(small_org()), "kapsalon.werkdruk", "Plan", NOW)
    events = parse_ics(data)
    assert len(events) == 2  # the measure without a term has no date to put in a calendar
    late = next(e for e in events if e["DTSTART;VALUE=DATE"] == "20260501")
    assert late["SUMMARY"] == "Termijn: Vaste pauzes; met \\ backslash, komma"
    assert "Verantwoordelijk: Ayşe Yılmaz" in late["DESCRIPTION"]
    assert "Status: bezig" in late["DESCRIPTION"] and "Regel 1\nRegel 2" in late["DESCRIPTION"]
    assert late["X-WERKDRUKDESK-RESPONSIBLE"] == late["CATEGORIES"] == "Ayşe Yılmaz"
    assert late["DTSTAMP"] == "20260601T093000Z"
    raw = data.decode("utf-8").replace("\r\n ", "")
    assert "SUMMARY:Termijn: Vaste pauzes\\; met \\\\ backslash\\, komma" in raw


def test_ics_uids_are_stable_per_file_and_measure():
    rows = rows_of(small_org())
    first = [e["UID"] for e in parse_ics(to_ics(rows, "kapsalon.werkdruk", "Plan", NOW))]
    later = NOW + timedelta(days=3)
    again = [e["UID"] for e in parse_ics(to_ics(rows, "kapsalon.werkdruk", "Plan", later))]
    other = [e["UID"] for e in parse_ics(to_ics(rows, "bakkerij.werkdruk", "Plan", NOW))]
    assert first == again and len(set(first)) == 2
    assert not set(first) & set(other)
    assert all(uid.endswith("@werkdrukdesk") for uid in first)


def test_folding_never_splits_a_character():
    line = "SUMMARY:" + "ŁĳşÅ€😀" * 40
    folded = fold(line).encode("utf-8").split(b"\r\n")
    assert all(len(part) <= 75 for part in folded)
    assert all(part.startswith(b" ") for part in folded[1:])
    assert "".join(p.decode("utf-8") for p in folded).replace(" ", "") == line.replace(" ", "")


TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("\n,;\\:"),
               max_size=200)


@settings(max_examples=60, deadline=None)
@given(title=TEXT, responsible=TEXT)
def test_any_text_round_trips_through_the_calendar(title, responsible):
    org = small_org()
    whole = next(x for x in org.cycles[0].measures if x.id == 3)
    whole.title, whole.responsible = title, responsible
    events = parse_ics(to_ics(rows_of(org), "x.werkdruk", "Plan", NOW))
    event = next(e for e in events if e["DTSTART;VALUE=DATE"] == "20260930")
    assert event["SUMMARY"] == "Termijn: " + title
    assert ics_text(title).count("\n") == 0


# -- the whole plan, by file name --------------------------------------------------------------


def test_the_large_demo_exports_in_every_format():
    org = build_demo("large", today=TODAY)
    cycle = current_cycle(org)
    dated = sum(1 for x in cycle.measures if x.deadline)
    assert len(read_csv(export_plan(org, cycle, ".CSV", NOW, "demo.werkdruk"))) == \
        len(cycle.measures) + 1
    assert read_xlsx(export_plan(org, cycle, ".xlsx", NOW, "demo.werkdruk")).max_row == \
        len(cycle.measures) + 1
    events = parse_ics(export_plan(org, cycle, ".ics", NOW, "demo.werkdruk"))
    assert len(events) == dated
    with pytest.raises(WerkdrukError, match=r"\.csv, \.xlsx of \.ics"):
        export_plan(org, cycle, ".pdf", NOW, "demo.werkdruk")
