"""The plan van aanpak as a table to work with elsewhere: CSV, Excel (XLSX) and a calendar (ICS).

One row per measure, in the order of the printed plan (organisation first, then team, then
individual) and numbered as it is (M1, M2...), so a spreadsheet and the PDF point at the same
measure. Spreadsheet cells never start a formula: text that begins with =, +, - or @ (or a
tab or carriage return) gets a leading apostrophe, and Excel cells are always written as text.
The calendar has one all-day event per measure with a term, by RFC 5545.
"""

from __future__ import annotations

import csv
import hashlib
import io
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING

from werkdrukdesk.core import model as m
from werkdrukdesk.core.dates import format_date
from werkdrukdesk.core.errors import WerkdrukError
from werkdrukdesk.core.i18n import QT_TRANSLATE_NOOP, translate
from werkdrukdesk.core.labels import label
from werkdrukdesk.core.plan.listing import is_overdue, sort_measures, targets_by_team

if TYPE_CHECKING:
    from openpyxl.cell.cell import Cell
    from openpyxl.styles import Alignment

# The column titles in Dutch; `headers()` gives them in the current language.
HEADERS = (
    QT_TRANSLATE_NOOP("PlanExport", "Nr"),
    QT_TRANSLATE_NOOP("PlanExport", "Maatregel"),
    QT_TRANSLATE_NOOP("PlanExport", "Omschrijving"),
    QT_TRANSLATE_NOOP("PlanExport", "Niveau"),
    QT_TRANSLATE_NOOP("PlanExport", "Bronnen en teams"),
    QT_TRANSLATE_NOOP("PlanExport", "Verantwoordelijk"),
    QT_TRANSLATE_NOOP("PlanExport", "Uitvoerder"),
    QT_TRANSLATE_NOOP("PlanExport", "Start"),
    QT_TRANSLATE_NOOP("PlanExport", "Termijn"),
    QT_TRANSLATE_NOOP("PlanExport", "Budget"),
    QT_TRANSLATE_NOOP("PlanExport", "Status"),
    QT_TRANSLATE_NOOP("PlanExport", "Te laat"),
)
WIDTHS = (6, 40, 60, 13, 45, 24, 24, 12, 12, 22, 12, 9)  # Excel column widths, in characters
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
EXCEL_MAX_CELL = 32_767
DATE_FORMAT = "DD-MM-YYYY"
ICS_LINE_OCTETS = 75
PRODID = "-//WerkdrukDesk//NL"


@dataclass(frozen=True)
class PlanRow:
    number: str  # "M1", as in the printed plan
    title: str
    description: str
    level: str
    targets: str
    responsible: str
    carried_out_by: str
    start: date | None
    deadline: date | None
    budget: str
    status: str
    late: bool
    measure_id: int | None = None

    def cells(self) -> tuple[str | date | None, ...]:
        return (self.number, self.title, self.description, self.level, self.targets,
                self.responsible, self.carried_out_by, self.start, self.deadline, self.budget,
                self.status,
                translate("PlanExport", "ja") if self.late else translate("PlanExport", "nee"))


def headers() -> tuple[str, ...]:
    """The column titles in the current language."""
    return tuple(translate("PlanExport", header) for header in HEADERS)


def plan_rows(org: m.Organisation, cycle: m.Cycle, today: date) -> list[PlanRow]:
    sources = {s.id: s.name for s in org.sources}
    teams = {t.id: t.name for t in cycle.teams}
    return [
        PlanRow(f"M{n}", x.title, x.description, label(x.level), _targets(x, sources, teams),
                x.responsible, x.carried_out_by, x.start_date, x.deadline, x.budget,
                label(x.status), is_overdue(x, today), x.id)
        for n, x in enumerate(sort_measures(cycle.measures), start=1)
    ]


def _targets(
    measure: m.Measure, sources: dict[int | None, str], teams: dict[int | None, str]
) -> str:
    """'Hele organisatie: Te veel werk; Salon: Te weinig pauzes, Conflicten'."""
    parts = []
    unknown_team = translate("PlanExport", "onbekend team")
    unknown_source = translate("PlanExport", "onbekende bron")
    for team_id, source_ids in targets_by_team(measure).items():
        if team_id is None:
            team = translate("PlanExport", "Hele organisatie")
        else:
            team = teams.get(team_id, unknown_team)
        names = ", ".join(sources.get(s, unknown_source) for s in source_ids)
        parts.append(f"{team}: {names}")
    return "; ".join(parts)


# -- spreadsheets --------------------------------------------------------------------------------


def clean(text: str) -> str:
    """Text any file can hold: control characters (but line breaks and tabs) and lone
    surrogates dropped, line breaks made '\\n'."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.isascii() and text.isprintable():
        return text
    return "".join(c for c in text if c in "\n\t" or unicodedata.category(c) not in ("Cc", "Cs"))


def neutral(text: str) -> str:
    """Text a spreadsheet shows as text: a formula start gets a leading apostrophe."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def to_csv(rows: Sequence[PlanRow]) -> bytes:
    """Semicolons and a UTF-8 byte order mark: what Excel in Dutch opens by a double click."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(headers())
    for row in rows:
        writer.writerow([_csv_cell(value) for value in row.cells()])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def _csv_cell(value: str | date | None) -> str:
    if isinstance(value, date):
        return format_date(value)
    return neutral(clean(value or ""))


def to_xlsx(rows: Sequence[PlanRow], sheet_title: str | None = None) -> bytes:
    """A workbook with one sheet: bold header, fixed widths, dates as real dates; the sheet is
    called 'Plan van aanpak' (in the current language) unless `sheet_title` says otherwise."""
    if sheet_title is None:
        sheet_title = translate("PlanExport", "Plan van aanpak")
    from openpyxl import Workbook  # loads slowly; only when a workbook is written
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    sheet = book.active
    sheet.title = sheet_title[:31]
    sheet.append(list(headers()))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for number, row in enumerate(rows, start=2):
        for column, value in enumerate(row.cells(), start=1):
            _xlsx_cell(sheet.cell(number, column), value, Alignment)
    for column, width in enumerate(WIDTHS, start=1):
        sheet.column_dimensions[_column_letter(column)].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{_column_letter(len(HEADERS))}{max(len(rows) + 1, 1)}"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _xlsx_cell(cell: Cell, value: str | date | None, alignment: type[Alignment]) -> None:
    if isinstance(value, date):
        cell.value = value
        cell.number_format = DATE_FORMAT
        return
    text = neutral(_excel_text(value or ""))
    cell.value = text
    cell.data_type = "s"  # never a formula, an error code or a number: always text
    cell.alignment = alignment(wrap_text=True, vertical="top")


def _excel_text(text: str) -> str:
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    text = ILLEGAL_CHARACTERS_RE.sub("", clean(text))
    return text if len(text) <= EXCEL_MAX_CELL else text[: EXCEL_MAX_CELL - 1] + "…"


def _column_letter(column: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(column)


# -- the calendar --------------------------------------------------------------------------------


def to_ics(rows: Sequence[PlanRow], file_key: str, calendar_name: str,
           now: datetime) -> bytes:
    """An iCalendar file: one all-day event on each measure's term.

    The UID of an event is made from `file_key` (the .werkdruk file's name) and the measure's
    id, so importing the calendar again updates the events instead of doubling them."""
    return calendar(calendar_name, events(rows, file_key, now))


def calendar(calendar_name: str, event_lines: Sequence[str]) -> bytes:
    """A whole iCalendar file around the lines of its events (see `events`)."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN",
             "METHOD:PUBLISH", f"X-WR-CALNAME:{ics_text(calendar_name)}", *event_lines,
             "END:VCALENDAR"]
    return "".join(fold(line) + "\r\n" for line in lines).encode("utf-8")


def events(rows: Sequence[PlanRow], file_key: str, now: datetime) -> list[str]:
    """The unfolded lines of one all-day event per row with a term."""
    stamp = now.astimezone(UTC)
    lines: list[str] = []
    for row in rows:
        if row.deadline is not None:
            lines += _event(row, row.deadline, file_key, stamp)
    return lines


def _event(row: PlanRow, deadline: date, file_key: str, stamp: datetime) -> list[str]:
    responsible = " ".join(row.responsible.split()) or translate("PlanExport",
                                                                  "niemand aangewezen")
    details = [f"{row.number}. {row.title}",
               translate("PlanExport", "Verantwoordelijk: {name}").format(name=responsible),
               translate("PlanExport", "Status: {status}").format(status=row.status)]
    if row.late:
        details.append(translate("PlanExport", "De termijn is verstreken."))
    summary = translate("PlanExport", "Termijn: {measure}").format(measure=row.title)
    if row.description.strip():
        details.append(row.description)
    event = [
        "BEGIN:VEVENT",
        f"UID:{event_uid(file_key, row)}",
        f"DTSTAMP:{stamp:%Y%m%dT%H%M%SZ}",
        f"DTSTART;VALUE=DATE:{deadline:%Y%m%d}",
        f"DTEND;VALUE=DATE:{deadline + timedelta(days=1):%Y%m%d}",
        f"SUMMARY:{ics_text(summary)}",
        f"DESCRIPTION:{ics_text(chr(10).join(details))}",
        f"CATEGORIES:{ics_text(responsible)}",
        f"X-WERKDRUKDESK-RESPONSIBLE:{ics_text(responsible)}",
        "TRANSP:TRANSPARENT",
    ]
    if row.status == label(m.MeasureStatus.CANCELLED):
        event.append("STATUS:CANCELLED")
    return [*event, "END:VEVENT"]


def event_uid(file_key: str, row: PlanRow) -> str:
    digest = hashlib.sha256(file_key.encode("utf-8", "replace")).hexdigest()[:16]
    own = row.measure_id if row.measure_id is not None else row.number
    return f"maatregel-{own}-{digest}@werkdrukdesk"


def ics_text(text: str) -> str:
    """A TEXT value by RFC 5545 §3.3.11: backslash, semicolon, comma and newline escaped."""
    text = clean(text).replace("\t", " ")
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def fold(line: str) -> str:
    """Lines of at most 75 octets, continued after CRLF and one space (RFC 5545 §3.1),
    never splitting a character's UTF-8 bytes."""
    parts: list[str] = []
    current: list[str] = []
    used, limit = 0, ICS_LINE_OCTETS
    for char in line:
        size = len(char.encode("utf-8"))
        if used + size > limit:
            parts.append("".join(current))
            current, used, limit = [], 0, ICS_LINE_OCTETS - 1  # the space counts
        current.append(char)
        used += size
    parts.append("".join(current))
    return "\r\n ".join(parts)


# -- choosing by file name -----------------------------------------------------------------------

FORMATS = (".csv", ".xlsx", ".ics")


def export_plan(org: m.Organisation, cycle: m.Cycle, suffix: str, now: datetime,
                file_key: str) -> bytes:
    """The plan of `cycle` in the format its file name ends with (.csv, .xlsx or .ics)."""
    rows = plan_rows(org, cycle, now.date())
    kind = suffix.lower()
    if kind == ".csv":
        return to_csv(rows)
    if kind == ".xlsx":
        return to_xlsx(rows)
    if kind == ".ics":
        name = translate("PlanExport", "Plan van aanpak werkdruk – {organisation} – cyclus "
                         "{number}").format(organisation=org.profile.name, number=cycle.number)
        return to_ics(rows, file_key, name, now)
    raise WerkdrukError(unknown_format(suffix))


def unknown_format(suffix: str) -> str:
    shown = suffix or translate("PlanExport", "geen extensie")
    return translate("PlanExport", "Kies een uitvoerbestand dat eindigt op .csv, .xlsx of .ics, "
                     "niet '{suffix}'.").format(suffix=shown)
