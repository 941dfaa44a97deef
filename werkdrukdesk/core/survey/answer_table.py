"""Reading an answer file into a plain table of text cells: CSV in any Dutch Excel dialect, or XLSX.

Excel with Dutch settings saves "CSV (puntkomma gescheiden)" in Windows-1252 with semicolons;
online form tools export UTF-8 (often with a BOM) and commas; "Unicode-tekst" is UTF-16 with
tabs. Dates and times in a spreadsheet come out as ISO text, so the preview can recognise
(and drop) timestamp columns by their content.
"""

from __future__ import annotations

import codecs
import csv
import io
import warnings
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from werkdrukdesk.core.errors import WerkdrukError
from werkdrukdesk.core.i18n import QT_TRANSLATE_NOOP, translate
from werkdrukdesk.core.reading import read_bounded

if TYPE_CHECKING:
    from openpyxl import Workbook
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet

MAX_BYTES = 50 * 1024 * 1024  # far beyond any questionnaire; guards against a wrong file
DELIMITERS = (";", ",", "\t")
DELIMITER_NAMES = {  # translated where the description is made
    ";": QT_TRANSLATE_NOOP("SurveyTable", "puntkomma"),
    ",": QT_TRANSLATE_NOOP("SurveyTable", "komma"),
    "\t": QT_TRANSLATE_NOOP("SurveyTable", "tab"),
}
SAMPLE_RECORDS = 25
SAMPLE_CHARS = 20_000  # csv.Sniffer's regular expressions slow down badly on long text
# A spreadsheet is read whole, whatever it says of its own size, but never beyond these: a
# workbook that unpacks to more, or holds more cells, is no questionnaire (nor Excel's).
MAX_UNPACKED = 256 * 1024 * 1024
MAX_CELLS = 5_000_000
EXCEL_ROWS = 1_048_576
ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # the old .xls format


@dataclass
class Table:
    """The cells of an answer file as text; `numbers[i]` is the file's row number of `rows[i]`."""

    header: list[str]
    rows: list[list[str]]
    numbers: list[int]
    description: str  # e.g. "CSV, puntkomma, Windows-1252"
    notices: list[str] = field(default_factory=list)  # what the reading itself found

    @property
    def width(self) -> int:
        return max([len(self.header), *(len(row) for row in self.rows)], default=0)

    def column(self, index: int) -> list[str]:
        return [row[index] if index < len(row) else "" for row in self.rows]


def read_answer_file(path: str | Path) -> bytes:
    """The bytes of an answer file, with a message for whatever keeps it from being read."""
    return read_bounded(path, MAX_BYTES)


def read_table(data: bytes, file_name: str = "") -> Table:
    """The first sheet of an XLSX file, or the records of a CSV file; header = first filled row."""
    label = file_name or translate("SurveyTable", "Het antwoordbestand")
    if not data.strip():
        raise WerkdrukError(translate("SurveyTable", "{file} is leeg.").format(file=label))
    notices: list[str] = []
    if data.startswith(ZIP_MAGIC):
        records, notices = _xlsx_records(data, label)
        description = translate("SurveyTable", "Excel-werkmap (XLSX)")
    elif data.startswith(OLE_MAGIC):
        raise WerkdrukError(translate(
            "SurveyTable", "{file} is in het oude Excel-formaat (.xls). Sla het in Excel op als "
            ".xlsx of CSV.").format(file=label))
    elif file_name.lower().endswith(".xlsx"):
        raise WerkdrukError(_not_xlsx(label))
    else:
        records, description = _csv_records(data, label)
    table = _table(records, description, label)
    table.notices = notices
    return table


def _table(records: list[list[str]], description: str, label: str) -> Table:
    records = [_trim(record) for record in records]
    first = next((n for n, record in enumerate(records) if any(record)), None)
    if first is None:
        raise WerkdrukError(translate("SurveyTable", "{file} bevat geen gegevens.").format(
            file=label))
    body = [(n + 1, record) for n, record in enumerate(records) if n > first and any(record)]
    return Table(
        header=[cell.strip() for cell in records[first]],
        rows=[record for _, record in body],
        numbers=[number for number, _ in body],
        description=description,
    )


def _trim(record: list[str]) -> list[str]:
    """Cells as text without the empty tail Excel leaves after the last filled column."""
    cells = [cell.replace("\u00a0", " ") for cell in record]
    while cells and not cells[-1].strip():
        cells.pop()
    return cells


# -- CSV -------------------------------------------------------------------------------------


def _csv_records(data: bytes, label: str) -> tuple[list[list[str]], str]:
    text, encoding = _decode(data, label)
    delimiter = _delimiter(text)
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as error:
        raise WerkdrukError(translate(
            "SurveyTable", "{file} is geen leesbaar CSV-bestand ({error}).").format(
                file=label, error=error)) from None
    separator = translate("SurveyTable", DELIMITER_NAMES[delimiter])
    return records, f"CSV, {separator}, {encoding}"


def _decode(data: bytes, label: str) -> tuple[str, str]:
    if data.startswith(codecs.BOM_UTF8):
        text, encoding = _try_decode(data, "utf-8-sig"), "UTF-8"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text, encoding = _try_decode(data, "utf-16"), "UTF-16"
    else:
        text, encoding = _try_decode(data, "utf-8"), "UTF-8"
        if text is None:
            text, encoding = _try_decode(data, "cp1252"), "Windows-1252"
    if text is None or "\x00" in text:
        raise WerkdrukError(translate(
            "SurveyTable", "{file} is geen tekstbestand (CSV) en geen Excel-bestand (.xlsx); "
            "het kan niet worden ingelezen.").format(file=label))
    return text, encoding


def _try_decode(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _delimiter(text: str) -> str:
    """csv.Sniffer's guess when the sample parses into even rows with it; else the best fit."""
    sample = "\n".join(text.splitlines()[:SAMPLE_RECORDS])[:SAMPLE_CHARS]
    try:
        guess = csv.Sniffer().sniff(sample, delimiters="".join(DELIMITERS)).delimiter
    except csv.Error:
        guess = None
    candidates = ([guess] if guess in DELIMITERS else []) + list(DELIMITERS)
    scores = {candidate: _fit(sample, candidate) for candidate in candidates}
    return max(candidates, key=lambda candidate: scores[candidate])  # first wins a tie


def _fit(sample: str, delimiter: str) -> tuple[bool, bool, int]:
    """(no row wider than the header, the header has the separator, header width).

    Decimal commas make rows of a semicolon file wider than its header when split on commas.
    """
    try:
        records = [r for r in csv.reader(io.StringIO(sample), delimiter=delimiter) if r]
    except csv.Error:
        return (False, False, 0)
    if not records:
        return (False, False, 0)
    width = len(_trim(records[0]))
    even = width > 1 and all(len(_trim(r)) <= width for r in records[1:])
    return (even, len(records[0]) > 1, width)


# -- XLSX ------------------------------------------------------------------------------------


def _xlsx_records(data: bytes, label: str) -> tuple[list[list[str]], list[str]]:
    from openpyxl import load_workbook  # only when a spreadsheet is read: it loads slowly

    try:
        _check_unpacked_size(data, label)
        with warnings.catch_warnings():  # openpyxl warns about styles on stderr; not our concern
            warnings.simplefilter("ignore")
            workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
            try:
                return _first_filled_sheet(workbook, label)
            finally:
                workbook.close()
    except WerkdrukError:
        raise
    except zipfile.BadZipFile:
        raise WerkdrukError(_not_xlsx(label)) from None
    except Exception:  # noqa: BLE001 - openpyxl raises many kinds of errors on a damaged file
        raise WerkdrukError(translate(
            "SurveyTable", "{file} is beschadigd of geen Excel-werkmap en kan niet worden "
            "ingelezen.").format(file=label)) from None


def _check_unpacked_size(data: bytes, label: str) -> None:
    """A workbook is a zip file; what it unpacks to is bounded before anything is unpacked."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        unpacked = sum(info.file_size for info in archive.infolist())
    if unpacked > MAX_UNPACKED:
        raise WerkdrukError(_too_big(label))


def _too_big(label: str) -> str:
    return translate("SurveyTable", "{file} is te groot voor een antwoordbestand.").format(
        file=label)


def _not_xlsx(label: str) -> str:
    return translate("SurveyTable", "{file} is geen geldig Excel-bestand (.xlsx).").format(
        file=label)


def _first_filled_sheet(workbook: Workbook, label: str) -> tuple[list[list[str]], list[str]]:
    """Form tools put the answers on the first sheet; skip an empty cover sheet if there is one.

    A sheet's own `<dimension>` may understate (or overstate) its rows: it is only compared
    with what the sheet holds, which is read row by row to its real end.
    """
    for sheet in workbook.worksheets:
        declared = sheet.max_row  # as the file says; None when it does not say
        sheet.reset_dimensions()  # openpyxl would otherwise stop reading at that row
        records = _sheet_records(sheet, label)
        if any(any(cell.strip() for cell in record) for record in records):
            return records, _size_notices(declared, len(records))
    return [], []


def _sheet_records(sheet: ReadOnlyWorksheet, label: str) -> list[list[str]]:
    records: list[list[str]] = []
    cells = 0
    for row in sheet.iter_rows(values_only=True):
        cells += len(row)
        if len(records) >= EXCEL_ROWS or cells > MAX_CELLS:
            raise WerkdrukError(_too_big(label))
        records.append([_cell_text(v) for v in row])
    return records


def _size_notices(declared: int | None, found: int) -> list[str]:
    if declared is None or declared == found:
        return []
    return [translate(
        "SurveyTable", "Het bestand geeft zelf {declared} rijen op, maar bevat er {found}; "
        "alle {found} rijen zijn gelezen.").format(declared=declared, found=found)]


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "WAAR" if value else "ONWAAR"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime | date | time):
        return value.isoformat(sep=" ") if isinstance(value, datetime) else value.isoformat()
    if isinstance(value, timedelta):
        return f"{value.total_seconds() / 3600:.0f}:00"  # a duration reads as a time
    return str(value)
