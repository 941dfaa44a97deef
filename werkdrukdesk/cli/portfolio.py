"""The `portfolio` command: every client file in some folders, for an adviser.

    werkdrukdesk portfolio DIR... [--json]
    werkdrukdesk portfolio deadlines DIR... -o ALL.ics
    werkdrukdesk report portfolio DIR... -o OVERVIEW.pdf   (through `report`: print_overview)

Only reads: no file is locked, migrated or changed. A file that cannot be read is a row that
says why; the exit status is 0 once the folders could be read (2 for a folder that is not
there, as every bad input). A folder that is itself called `deadlines` is named `./deadlines`.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from werkdrukdesk import clock
from werkdrukdesk.core.dates import format_date
from werkdrukdesk.core.errors import WerkdrukError
from werkdrukdesk.core.i18n import translate

DEADLINES = "deadlines"


def add_parser(commands, make_parser) -> None:
    """Register `portfolio` on the command line's subparsers."""
    portfolio = commands.add_parser(
        "portfolio", help=translate("Cli", "alle klantbestanden in mappen: overzicht"),
        description=translate(
            "Cli", "Een overzicht van alle .werkdruk-bestanden in de gekozen mappen (niet in "
            "mappen daaronder), of met 'deadlines' alle termijnen in één agenda (ICS). "
            "Er wordt niets gewijzigd."),
    )
    portfolio.add_argument("folders", nargs="+", type=Path, metavar="DIR",
                           help=translate("Cli", "map met .werkdruk-bestanden"))
    portfolio.add_argument("--json", action="store_true", help=translate("Cli", "als JSON"))
    portfolio.add_argument("-o", "--output", type=Path, metavar="ALL.ics",
                           help=translate("Cli", "de agenda (bij deadlines)"))
    portfolio.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from werkdrukdesk.storage.portfolio import list_folders

    folders = list(args.folders)
    if str(folders[0]) == DEADLINES and len(folders) > 1:
        return _deadlines(folders[1:], args.output)
    if args.output is not None:
        raise WerkdrukError(translate(
            "Cli", "-o hoort bij 'portfolio deadlines DIR... -o ALLE.ics'."))
    rows = list_folders(folders, clock.today(), with_deadlines=False)
    if args.json:
        print(json.dumps([_plain(row) for row in rows], ensure_ascii=False, indent=2))
    elif not rows:
        print(translate("Cli", "Geen .werkdruk-bestanden gevonden."))
    else:
        print(_table(rows))
    return 0


def _deadlines(folders: list[Path], output: Path | None) -> int:
    from werkdrukdesk.storage.atomic import write_bytes_atomically
    from werkdrukdesk.storage.guard import refuse_output
    from werkdrukdesk.storage.portfolio import list_folders
    from werkdrukdesk.storage.portfolio.calendar import deadline_count, deadlines_calendar
    from werkdrukdesk.storage.portfolio.listing import organisation_files

    if output is None or output.suffix.lower() != ".ics":
        raise WerkdrukError(translate(
            "Cli", "Geef met -o een agendabestand dat eindigt op .ics."))
    refuse_output(output, organisation_files(folders))  # before any file is read
    rows = list_folders(folders, clock.today())
    data = deadlines_calendar(rows, clock.now())
    write_bytes_atomically(output, data, [row.path for row in rows])
    for row in rows:
        if not row.readable:
            print(translate("Cli", "Overgeslagen: {file} ({state}).").format(
                file=row.path.name, state=row.state_text()))
    print(translate("Cli", "{count} termijnen uit {files} bestanden geschreven naar {file}")
          .format(count=deadline_count(rows), files=sum(r.readable for r in rows),
                  file=output))
    return 0


def _plain(row) -> dict[str, object]:
    return {
        "organisation": row.organisation, "file": str(row.path), "cycle": row.cycle,
        "checks": row.checks, "open_checks": row.open_checks, "overdue": row.overdue,
        "next_deadline": row.next_deadline.isoformat() if row.next_deadline else None,
        "changed": row.changed.isoformat(timespec="seconds") if row.changed else None,
        "states": [str(state) for state in row.states], "holder": row.holder or None,
        "state": row.state_text(), "note": row.note,
    }


def _table(rows) -> str:
    head = [translate("Cli", "Organisatie"), translate("Cli", "Bestand"),
            translate("Cli", "Cyclus"), translate("Cli", "Open punten"),
            translate("Cli", "Te laat"), translate("Cli", "Volgende termijn"),
            translate("Cli", "Gewijzigd"), translate("Cli", "Staat")]
    lines = [head]
    for row in rows:
        lines.append([
            row.organisation or "–", row.path.name, _number(row.cycle),
            "–" if row.checks is None else f"{row.open_checks}/{row.checks}",
            _number(row.overdue), format_date(row.next_deadline) or "–",
            format_date(row.changed.date()) if row.changed else "–", row.state_text()])
    widths = [max(len(line[i]) for line in lines) for i in range(len(head) - 1)]
    text = ["  ".join([*(c.ljust(w) for c, w in zip(line, widths, strict=False)), line[-1]])
            for line in lines]
    notes = [row.note for row in rows if row.note]
    return "\n".join(text + ([""] + notes if notes else []))


def _number(value: int | None) -> str:
    return "–" if value is None else str(value)


def print_overview(folders: list[Path], output: Path) -> int:
    """`report portfolio DIR... -o OVERVIEW.pdf`: every client file in `folders` on paper, the
    most urgent first; only reads."""
    from werkdrukdesk.reports.portfolio.overview import build
    from werkdrukdesk.storage.atomic import write_bytes_atomically
    from werkdrukdesk.storage.guard import refuse_output
    from werkdrukdesk.storage.portfolio import list_folders
    from werkdrukdesk.storage.portfolio.listing import organisation_files

    refuse_output(output, organisation_files(folders))  # before any file is read
    rows = list_folders(folders, clock.today(), with_deadlines=False)
    write_bytes_atomically(output, build(rows, printed_on=clock.today()),
                           [row.path for row in rows])
    print(translate("Cli", "Overzicht van {count} bestanden geschreven naar {file}").format(
        count=len(rows), file=output))
    return 0
