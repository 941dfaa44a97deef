"""Answer files as they arrive in practice, built in code, and a scan of a .werkdruk for leaks.

Plain functions and constants, so Hypothesis tests and CLI tests can use them too. The teams are
those of `build_demo("small")`: Bakkerij, Winkel en lunchroom, Catering en bestellingen.
"""

from __future__ import annotations

import csv
import io
import random
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

from werkdrukdesk.core.catalogue import builtin_sources

# Sources 1, 2, 7 and 19 of the demo: all four are in its measurements' source set.
KEYS = ["time_pressure_1", "time_pressure_2", "hectic_periods_1", "too_few_breaks_2",
        "support_colleagues_1", "support_colleagues_4"]
OUTSIDE_DEMO_SET = "autonomy_content_3"  # source 16, not asked in the demo's measurements

PEOPLE = [  # cp1252 can carry these; "Ayşe" it could not
    ("Renée Oosterbroek", "renee.oosterbroek@bakkerijvandijk.example"),
    ("Chloé Hoogendijk-Saïd", "c.hoogendijk@bakkerijvandijk.example"),
    ("Joost Zwanenburg", "joost.zwanenburg@ziggo.example"),
    ("Fatima Ouladali", "fatima.ouladali@hotmail.example"),
    ("Sem van Wieringen", "semvw@bakkerijvandijk.example"),
    ("Noor Brinkhorst", "noor.b@kpn.example"),
    ("Ruud Tammeling", "ruud@tammeling.example"),
    ("Lieke Zevenbergen", "lieke.zevenbergen@bakkerijvandijk.example"),
]
FORMS_PEOPLE = [("Ayşe Kaplan-Doğan", "ayse.kaplan@bakkerijvandijk.example"), *PEOPLE[:5]]
IPS = ["192.168.17.42", "2001:db8:85a3::8a2e:370:7334", "10.0.12.201", "fe80::1c2b:3fff:fe4d:12",
       "83.161.22.9", "2a02:a45a:9d1e::1"]


def item_text(key: str) -> str:
    return next(i.text for s in builtin_sources() for i in s.items if i.key == key)


def secrets() -> list[str]:
    """Every name, e-mail address and IP address that appears in any file of this module."""
    people = PEOPLE + FORMS_PEOPLE
    return [n for n, _ in people] + [e for _, e in people] + IPS


def timestamps() -> list[str]:
    """The moments of filling in, as the three files write them (and as a file might store them)."""
    dutch = [f"3-4-2026 {9 + (12 + 7 * n) // 60:02}:{(12 + 7 * n) % 60:02}" for n in range(8)]
    forms = [f"4/{3 + n}/26 9:{10 + n}:05" for n in range(6)]
    sheet = [f"2026-04-07{sep}{8 + n:02}:30" for n in range(4) for sep in (" ", "T")]
    return dutch + forms + sheet


def _csv(rows: list[list[str]], delimiter: str, line_end: str = "\r\n") -> str:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator=line_end).writerows(rows)
    return out.getvalue()


# -- (a) Excel with Dutch settings: "CSV (puntkomma gescheiden)" ---------------------------

DUTCH_HEADER = ["Tijdstempel", "Naam", "E-mailadres", "Team", *map(item_text, KEYS)]
DUTCH_ACCEPTED = 5
DUTCH_REJECTED = {
    7: "rij 7: waarde '6' bij vraag 'Mijn werk is hectisch.' is geen antwoord van 1 tot en met 5",
    8: "rij 8: team 'Keukenn' bestaat niet",
    9: "rij 9: geen enkele vraag beantwoord",
}


def dutch_excel_csv() -> bytes:
    """cp1252, semicolons, decimal commas, CRLF; rows 2-6 good, 7-9 each wrong in one way."""
    answers = [
        ["Bakkerij", "4,0", "4", "3,0", "2", "4", "5"],
        ["winkel en lunchroom", "2", "3", "2", "1,0", "5", "4"],
        ["  Catering en bestellingen ", "5", "5", "4", "4", "2", "3"],
        ["Bakkerij", "3", "", "3", "", "4", ""],  # partly filled in: still counts
        ["", "1", "2", "2", "3", "4", "4"],  # no team given: organisation only
        ["Bakkerij", "3", "3", "6", "3", "3", "3"],
        ["Keukenn", "3", "3", "3", "3", "3", "3"],
        ["Winkel en lunchroom", "", "", "", "", "", ""],
    ]
    start = datetime(2026, 4, 3, 9, 12)
    rows = [DUTCH_HEADER]
    for n, (row, (name, mail)) in enumerate(zip(answers, PEOPLE)):
        moment = start + timedelta(minutes=7 * n)
        stamp = f"{moment.day}-{moment.month}-{moment.year} {moment:%H:%M}"  # as Dutch Excel
        rows.append([stamp, name, mail, *row])
    return _csv(rows, ";").encode("cp1252")


# -- (b) a form tool's export: UTF-8 with BOM, commas ---------------------------------------

FORMS_ACCEPTED = 6


def forms_csv() -> bytes:
    """Microsoft Forms-like: ID, times, e-mail, name, IP; items by text, number or [key]."""
    headers = [
        "ID", "Start time", "Completion time", "Email", "Name", "IP address",
        "In welk team werk je?",
        f"1. {item_text(KEYS[0])}",
        f"Hoe vaak geldt dit voor jou? [{KEYS[1]}]",
        item_text(KEYS[2]).upper().rstrip("."),
        f"Stellingen [{item_text(KEYS[3])}]",
        f"  {item_text(KEYS[4]).replace(chr(39), chr(0x2019))}  ",
        f"({KEYS[5]})",
        "Opmerkingen",
    ]
    words = ["nooit", "zelden", "soms", "vaak", "altijd"]
    teams = ["Bakkerij", "BAKKERIJ", "Winkel en lunchroom", "Catering en bestellingen",
             "catering en bestellingen", "Winkel en lunchroom"]
    rows = [headers]
    for n, ((name, mail), team, ip) in enumerate(zip(FORMS_PEOPLE, teams, IPS)):
        values = [words[(n + k) % 5] if k % 2 else f"{(n + k) % 5 + 1} - {words[(n + k) % 5]}"
                  for k in range(6)]
        stamp = f"4/{3 + n}/26 9:{10 + n}:05"
        rows.append([str(n + 1), stamp, stamp, mail, name, ip, team, *values,
                     "Graag meer pauzes" if n == 2 else ""])
    return b"\xef\xbb\xbf" + _csv(rows, ",").encode("utf-8")


# -- (c) a spreadsheet with real timestamps -------------------------------------------------

XLSX_ACCEPTED = 4


def answers_xlsx() -> bytes:
    """Item keys as headers, a timestamp column with an innocent header, numbers as numbers."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Antwoorden"
    sheet.append(["Ingevuld", "Team", *KEYS, "Naam"])
    values = [[4, 3.0, 2, 5, 4, 3], [1, 1, 2, 2, 5, 5], ["3", "vaak", 3, 3, 4, 4],
              [2, 2, 2, 2, 2, 2]]
    teams = ["Bakkerij", "Catering en bestellingen", "Winkel en lunchroom", None]
    for n, (row, team) in enumerate(zip(values, teams)):
        sheet.append([datetime(2026, 4, 7, 8 + n, 30), team, *row, PEOPLE[n][0]])
    sheet.append([])  # the empty tail a spreadsheet often has
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


# -- (d) broken files -----------------------------------------------------------------------

EMPTY = b""
RANDOM_BYTES = random.Random(20260403).randbytes(4096)
HEADER_ONLY = _csv([DUTCH_HEADER], ";").encode("cp1252")


def wrong_teams_and_values_csv() -> bytes:
    """Nothing in it can be accepted: unknown teams and answers outside 1-5."""
    rows = [["Team", *map(item_text, KEYS)]]
    rows += [["Keukenn", "3", "3", "3", "3", "3", "3"], ["Bakkerij", "0", "3", "3", "3", "3", "3"],
             ["Zaal", "2", "2", "2", "2", "2", "2"], ["Bakkerij", "7,5", "2", "2", "2", "2", "2"],
             ["Winkel en lunchroom", "heel vaak", "2", "2", "2", "2", "2"]]
    return _csv(rows, ";").encode("cp1252")


def many_rejected_csv(count: int = 25) -> bytes:
    rows = [["Team", item_text(KEYS[0])], ["Bakkerij", "4"]]
    rows += [["Bakkerij", "9"] for _ in range(count)]
    return _csv(rows, ";").encode("cp1252")


# -- checks on the stored file --------------------------------------------------------------


def text_cells(path: Path) -> list[str]:
    """Every text value in every column of every table of a .werkdruk file."""
    with sqlite3.connect(path) as db:
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        cells = []
        for table in tables:
            for row in db.execute(f'SELECT * FROM "{table}"'):
                cells.extend(v for v in row if isinstance(v, str))
    return cells


def leaks(path: Path, needles: list[str] | None = None) -> list[str]:
    needles = secrets() if needles is None else needles
    cells = [cell.casefold() for cell in text_cells(path)]
    return [n for n in needles if any(n.casefold() in cell for cell in cells)]


def count_responses(path: Path) -> tuple[int, int]:
    with sqlite3.connect(path) as db:
        return (db.execute("SELECT count(*) FROM responses").fetchone()[0],
                db.execute("SELECT count(*) FROM answers").fetchone()[0])
