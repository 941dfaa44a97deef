"""Answer files into a preview: dialects, column roles, rejected rows, dropped identities."""

import csv
import io

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests import survey_answer_files as files
from werkdrukdesk.core import model as m
from werkdrukdesk.core.catalogue import builtin_sources
from werkdrukdesk.core.errors import WerkdrukError
from werkdrukdesk.core.survey.answer_columns import Role
from werkdrukdesk.core.survey.answer_table import read_answer_file, read_table
from werkdrukdesk.core.survey.import_preview import Preview, parse_answer, preview_answers

SOURCES = builtin_sources()
for number, source in enumerate(SOURCES, start=1):
    source.id = number  # as if loaded from a file
TEAMS = [m.Team("Bakkerij", 6, id=4), m.Team("Winkel en lunchroom", 7, id=5),
         m.Team("Catering en bestellingen", 5, id=6)]


def preview(data: bytes, name: str = "antwoorden.csv") -> Preview:
    return preview_answers(data, SOURCES, TEAMS, name)


def roles(p: Preview) -> list[tuple[str, str | None]]:
    return [(c.role.value, c.item_key) for c in p.columns]


def csv_bytes(rows, delimiter=";", encoding="cp1252") -> bytes:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return out.getvalue().encode(encoding)


def all_cells(p: Preview) -> str:
    return "\n".join("\t".join(row) for row in p.table.rows)


# -- the three realistic files ---------------------------------------------------------------


def test_dutch_excel_csv_with_semicolons_decimal_commas_and_cp1252():
    p = preview(files.dutch_excel_csv())
    assert p.description == "CSV, puntkomma, Windows-1252"
    assert roles(p) == [("identifying", None)] * 3 + [("team", None)] + [
        ("item", key) for key in files.KEYS]
    assert [c.name for c in p.dropped] == ["Tijdstempel", "Naam", "E-mailadres"]
    assert p.notices[0].startswith("Deze kolommen kunnen iemand herkenbaar maken")
    assert "'Tijdstempel'" in p.notices[0] and "'E-mailadres'" in p.notices[0]
    assert len(p.accepted) == files.DUTCH_ACCEPTED
    first = p.accepted[0]
    assert first.team_id == 4 and first.answers["time_pressure_1"] == 4  # "4,0"
    assert [r.team_id for r in p.accepted] == [4, 5, 6, 4, None]  # any case, extra spaces
    assert p.accepted[3].answers == {"time_pressure_1": 3, "hectic_periods_1": 3,
                                     "support_colleagues_1": 4}
    assert {r.number: r.reason for r in p.rejected} == files.DUTCH_REJECTED
    assert "De teams in deze cyclus zijn: Bakkerij, Winkel en lunchroom" in " ".join(p.notices)


def test_form_tool_export_in_utf8_with_bom_and_commas():
    p = preview(files.forms_csv())
    assert p.description == "CSV, komma, UTF-8"
    assert [c.name for c in p.dropped] == [
        "ID", "Start time", "Completion time", "Email", "Name", "IP address"]
    team = next(c for c in p.columns if c.role is Role.TEAM)
    assert team.header == "In welk team werk je?"
    assert [c.item_key for c in p.columns if c.role is Role.ITEM] == files.KEYS
    assert len(p.accepted) == files.FORMS_ACCEPTED and p.rejected == []
    assert p.accepted[0].answers["time_pressure_1"] == 1  # "1 - nooit"
    assert p.accepted[0].answers["time_pressure_2"] == 2  # "zelden"
    assert [r.team_id for r in p.accepted[:2]] == [4, 4]  # "Bakkerij", "BAKKERIJ"
    assert "Niet gebruikt" in " ".join(p.notices) and "'Opmerkingen'" in " ".join(p.notices)


def test_xlsx_timestamps_are_dropped_by_their_content():
    p = preview(files.answers_xlsx(), "antwoorden.xlsx")
    assert p.description == "Excel-werkmap (XLSX)"
    dropped = {c.name: c.why for c in p.dropped}
    assert dropped == {"Ingevuld": "bevat datums of tijden", "Naam": ""}
    assert len(p.accepted) == files.XLSX_ACCEPTED
    assert p.accepted[0].answers == dict(zip(files.KEYS, [4, 3, 2, 5, 4, 3]))
    assert p.accepted[2].answers["time_pressure_2"] == 4  # the word "vaak"
    assert p.accepted[3].team_id is None


@pytest.mark.parametrize("make", [files.dutch_excel_csv, files.forms_csv, files.answers_xlsx])
def test_identifying_values_are_forgotten_at_once(make):
    p = preview(make(), "a.xlsx" if make is files.answers_xlsx else "a.csv")
    text = all_cells(p).casefold()
    assert [s for s in files.secrets() if s.casefold() in text] == []
    assert "2026" not in text  # no timestamp either


# -- answers ---------------------------------------------------------------------------------


@pytest.mark.parametrize("text, value", [
    ("4", 4), (" 4 ", 4), ("4,0", 4), ("4.0", 4), ("4,00", 4), ("", None), ("  ", None),
    ("nooit", 1), ("Zelden", 2), ("SOMS", 3), ("vaak", 4), ("altijd", 5), ("(vaak)", 4),
    ("1 - nooit", 1), ("5 – altijd", 5), ("3. soms", 3), ("2) zelden", 2), ("4 (vaak)", 4),
    ("always", 5), ("1-nooit", 1),
])
def test_answers_in_every_usual_form(text, value):
    assert parse_answer(text) == value


@pytest.mark.parametrize("text", [
    "0", "6", "7,5", "4,5", "-1", "12", "heel vaak", "2 - altijd", "x", "1 2", "½", "٣", "4e",
])
def test_anything_else_is_no_answer(text):
    with pytest.raises(ValueError):
        parse_answer(text)


# -- recognising columns ---------------------------------------------------------------------


@pytest.mark.parametrize("header", [
    "time_pressure_1",
    "TIME_PRESSURE_1",
    "Ik heb te weinig tijd om mijn werk af te krijgen.",
    "  ik heb te   weinig tijd om mijn werk af te krijgen  ",
    "3. Ik heb te weinig tijd om mijn werk af te krijgen.",
    "12) Ik heb te weinig tijd om mijn werk af te krijgen?",
    "Vraag 3: Ik heb te weinig tijd om mijn werk af te krijgen.",
    "Hoe vaak? [time_pressure_1]",
    "Stellingen [Ik heb te weinig tijd om mijn werk af te krijgen.]",
    "Werkdruk <time_pressure_1>",
])
def test_item_columns_by_key_text_number_or_brackets(header):
    p = preview(csv_bytes([["Team", header], ["Bakkerij", "3"]]))
    assert roles(p) == [("team", None), ("item", "time_pressure_1")]


@pytest.mark.parametrize("header", ["team", "Afdeling", "Locatie", "GROEP", "Team / afdeling",
                                    "Bij welke afdeling werk je?"])
def test_team_column_by_header(header):
    p = preview(csv_bytes([[header, "time_pressure_1"], ["bakkerij", "3"]]))
    assert roles(p)[0] == ("team", None) and p.accepted[0].team_id == 4


def test_team_column_by_content_when_the_header_says_nothing():
    p = preview(csv_bytes([["Kolom1", "time_pressure_1"], ["Bakkerij", "3"], ["Onbekend", "2"]]))
    assert roles(p)[0] == ("team", None)
    assert p.rejected[0].reason == "rij 3: team 'Onbekend' bestaat niet"


def test_an_item_about_the_team_is_an_item_not_the_team_column():
    p = preview(csv_bytes([["Team", "Ik voel me thuis in mijn team."], ["Bakkerij", "4"]]))
    assert roles(p) == [("team", None), ("item", "support_colleagues_4")]


def test_no_team_column_means_organisation_only():
    p = preview(csv_bytes([["time_pressure_1"], ["3"], ["4"]]))
    assert [r.team_id for r in p.accepted] == [None, None]
    assert any("geen kolom met het team" in n for n in p.notices)


@pytest.mark.parametrize("header", [
    "naam", "Name", "Voornaam", "e-mail", "Email", "E-mailadres", "Mail", "IP", "IP-adres",
    "IP address", "Tijdstempel", "Timestamp", "Datum/tijd", "Start time", "Completion time", "ID",
    "Respondent ID", "Telefoon", "Telefoonnummer", "Uw naam", "E-mailadres (optioneel)",
])
def test_identifying_headers_are_dropped_even_when_empty(header):
    p = preview(csv_bytes([[header, "time_pressure_1"], ["", "3"]]))
    assert roles(p)[0] == ("identifying", None)
    assert header in p.notices[0]


@pytest.mark.parametrize("value, why", [
    ("bel me: jan.jansen@voorbeeld.example", "e-mailadressen"),
    ("192.168.1.20", "IP-adressen"),
    ("2001:db8::ff00:42:8329", "IP-adressen"),
    ("[fe80::1%eth0]", "IP-adressen"),
    ("03-04-2026", "datums of tijden"),
    ("2026-04-03 09:12:44", "datums of tijden"),
    ("9:41", "datums of tijden"),
])
def test_identifying_columns_are_found_by_content(value, why):
    p = preview(csv_bytes([["Opmerking", "time_pressure_1"], ["prima", "3"], [value, "2"]]))
    assert roles(p)[0] == ("identifying", None) and p.dropped[0].why == f"bevat {why}"
    assert value not in all_cells(p)


def test_two_columns_for_one_item_keep_the_first():
    numbered = "1. " + files.item_text("time_pressure_1")
    p = preview(csv_bytes([["time_pressure_1", numbered], ["3", "5"]]))
    assert roles(p) == [("item", "time_pressure_1"), ("ignored", None)]
    assert p.accepted[0].answers == {"time_pressure_1": 3}
    assert "dezelfde vraag als 'time_pressure_1'" in " ".join(p.notices)


def test_unknown_and_archived_items_are_not_imported():
    sources = builtin_sources()
    sources[0].archived = True
    p = preview_answers(csv_bytes([["time_pressure_1", "hectic_periods_1", "Wat vind je ervan?"],
                                   ["3", "4", "goed"]]), sources, TEAMS)
    assert roles(p) == [("ignored", None), ("item", "hectic_periods_1"), ("ignored", None)]


# -- changing the proposal -------------------------------------------------------------------


def test_remapping_a_column_re_evaluates_the_rows():
    p = preview(csv_bytes([["Werkplek", "Vraag A", "time_pressure_1"],
                           ["Bakkerij", "4", "3"], ["Zaal", "2", "1"]]))
    assert roles(p) == [("team", None), ("ignored", None), ("item", "time_pressure_1")]
    changed = p.remap(1, Role.ITEM, "hectic_periods_1")
    assert changed.accepted[0].answers == {"hectic_periods_1": 4, "time_pressure_1": 3}
    assert p.accepted[0].answers == {"time_pressure_1": 3}  # the old preview is untouched
    no_team = changed.remap(0, Role.IGNORED)
    assert [r.team_id for r in no_team.accepted] == [None, None] and no_team.rejected == []
    moved = changed.remap(2, Role.ITEM, "hectic_periods_1")  # the other column gives way
    assert roles(moved)[1:] == [("ignored", None), ("item", "hectic_periods_1")]
    assert moved.source_ids() == [2]


def test_an_identifying_column_can_never_be_mapped_back():
    p = preview(files.dutch_excel_csv())
    with pytest.raises(WerkdrukError, match="herkenbaar"):
        p.remap(1, Role.TEAM)
    with pytest.raises(WerkdrukError, match="geen vraag"):
        p.remap(3, Role.ITEM, "bestaat_niet_1")
    dropped = p.remap(3, Role.IDENTIFYING)
    assert all(row[3] == "" for row in dropped.table.rows if len(row) > 3)
    assert [r.team_id for r in dropped.accepted] == [None] * 6


def test_the_programs_own_answer_sheet_comes_back_in():
    from werkdrukdesk.core.survey.output import template_csv

    sheet = template_csv(SOURCES[:2]).decode("utf-8-sig")
    filled = sheet + "Bakkerij;" + ";".join("3" for _ in range(8)) + "\r\n;4;;;;;;;5\r\n"
    p = preview(b"\xef\xbb\xbf" + filled.encode("utf-8"))
    assert [c.role for c in p.columns] == [Role.TEAM] + [Role.ITEM] * 8
    assert [(r.team_id, len(r.answers)) for r in p.accepted] == [(4, 8), (None, 2)]


def test_an_empty_first_sheet_is_skipped():
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "Uitleg"
    answers = book.create_sheet("Antwoorden")
    answers.append(["Team", "time_pressure_1"])
    answers.append(["Bakkerij", 2])
    out = io.BytesIO()
    book.save(out)
    assert preview(out.getvalue(), "a.xlsx").accepted[0].answers == {"time_pressure_1": 2}


def test_source_ids_follow_the_questionnaire_order():
    p = preview(files.forms_csv())
    assert p.source_ids() == [1, 2, 7, 19]


# -- files that cannot be used ---------------------------------------------------------------


@pytest.mark.parametrize("data, name, message", [
    (files.EMPTY, "leeg.csv", "leeg"),
    (b"\r\n   \r\n\t\r\n", "leeg.csv", "leeg"),
    (b";;;\r\n;;\r\n", "leeg.csv", "geen gegevens"),
    (files.RANDOM_BYTES, "rommel.csv", "geen tekstbestand"),
    (files.RANDOM_BYTES, "rommel.xlsx", "geen geldig Excel-bestand"),
    (b"PK\x03\x04" + files.RANDOM_BYTES, "kapot.xlsx", "Excel"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "oud.xls", ".xls"),
])
def test_unreadable_files_give_one_dutch_sentence(data, name, message):
    with pytest.raises(WerkdrukError, match=message):
        preview(data, name)


def test_a_header_without_rows_imports_nothing():
    p = preview(files.HEADER_ONLY)
    assert p.accepted == [] and p.rejected == []
    assert p.empty_reason() == (
        "Er is niets ingelezen: het bestand bevat geen ingevulde vragenlijsten.")


def test_wrong_teams_and_values_reject_every_row_with_a_reason():
    p = preview(files.wrong_teams_and_values_csv())
    assert p.accepted == []
    question = "bij vraag 'Ik heb te weinig tijd om mijn werk af te krijgen.'"
    assert [r.reason for r in p.rejected] == [
        "rij 2: team 'Keukenn' bestaat niet",
        f"rij 3: waarde '0' {question} is geen antwoord van 1 tot en met 5",
        "rij 4: team 'Zaal' bestaat niet",
        f"rij 5: waarde '7,5' {question} is geen antwoord van 1 tot en met 5",
        f"rij 6: waarde 'heel vaak' {question} is geen antwoord van 1 tot en met 5",
    ]
    assert p.empty_reason().startswith("Er is niets ingelezen: alle 5 rijen zijn afgewezen")


def test_no_question_columns_at_all():
    p = preview(csv_bytes([["Naam", "Leeftijd"], ["Renée", "41"]]))
    assert p.accepted == [] and p.rejected == []
    assert "geen kolom hoort bij een vraag" in p.empty_reason()


@pytest.mark.parametrize("encoding, bom", [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"),
                                           ("cp1252", b""), ("utf-16", b"")])
@pytest.mark.parametrize("delimiter", [";", ",", "\t"])
def test_every_encoding_and_separator(encoding, bom, delimiter):
    rows = [["Team", "Opmerking", "time_pressure_1"], ["Bakkerij", "Crème brûlée, €5", "4"],
            ["Winkel en lunchroom", "", "2"]]
    p = preview(bom + csv_bytes(rows, delimiter, encoding))
    assert [(r.team_id, r.answers) for r in p.accepted] == [
        (4, {"time_pressure_1": 4}), (5, {"time_pressure_1": 2})]
    assert p.table.rows[0][1] == "Crème brûlée, €5"


def test_reading_a_path(tmp_path):
    with pytest.raises(WerkdrukError, match="bestaat niet"):
        read_answer_file(tmp_path / "weg.csv")
    with pytest.raises(WerkdrukError, match="map"):
        read_answer_file(tmp_path)
    (tmp_path / "a.csv").write_bytes(b"Team;time_pressure_1\r\nBakkerij;3\r\n")
    assert read_table(read_answer_file(tmp_path / "a.csv")).rows == [["Bakkerij", "3"]]


# -- property: random content never crashes the preview --------------------------------------

CELL = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["", "3", "4,0", "vaak", "Bakkerij", "x@y.nl", "1.2.3.4", "12:30", '"', ";",
                     "\r\n", "time_pressure_1", "Team", "Naam", "\x00", "\ufeff"]),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    rows=st.lists(st.lists(CELL, max_size=6), max_size=8),
    delimiter=st.sampled_from([";", ",", "\t", "|"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]),
)
def test_random_cells_give_a_preview_or_a_dutch_error(rows, delimiter, encoding):
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter).writerows(rows)
    data = out.getvalue().encode(encoding, errors="replace")
    _preview_or_error(data, "a.csv")


@settings(max_examples=100, deadline=None)
@given(data=st.binary(max_size=600), name=st.sampled_from(["a.csv", "a.xlsx", ""]))
def test_random_bytes_give_a_preview_or_a_dutch_error(data, name):
    _preview_or_error(data, name)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=st.lists(st.lists(st.one_of(st.none(), st.integers(-3, 9), st.floats(allow_nan=False),
                                        st.text(alphabet=st.characters(min_codepoint=32),
                                                max_size=8)), max_size=5), max_size=5))
def test_random_spreadsheet_cells_give_a_preview_or_a_dutch_error(rows):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Team", "time_pressure_1", "Tijdstempel"])
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    _preview_or_error(out.getvalue(), "a.xlsx")


def _preview_or_error(data: bytes, name: str) -> None:
    try:
        p = preview(data, name)
    except WerkdrukError as error:
        assert str(error) and "\n" not in str(error)
        return
    assert isinstance(p, Preview)
    for response in p.accepted:
        assert response.answers and set(response.answers.values()) <= {1, 2, 3, 4, 5}
    for row in p.rejected:
        assert row.reason.startswith(f"rij {row.number}: ")
    p.empty_reason()
