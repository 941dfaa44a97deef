"""The `plan` command: the plan van aanpak for a spreadsheet or a calendar.

    werkdrukdesk plan export FILE -o OUT.csv|OUT.xlsx|OUT.ics [--cycle N]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from werkdrukdesk import clock
from werkdrukdesk.core.errors import WerkdrukError
from werkdrukdesk.core.i18n import translate


def add_parser(commands, make_parser) -> None:
    """Register `plan` and its action on the command line's subparsers."""
    plan = commands.add_parser(
        "plan", help=translate("Cli", "plan van aanpak: exporteren"),
        description=translate(
            "Cli", "Het plan van aanpak als spreadsheet (CSV, XLSX) of agenda (ICS)."),
    )
    actions = plan.add_subparsers(dest="action", required=True, parser_class=make_parser)
    export = actions.add_parser(
        "export", help=translate("Cli", "als CSV, XLSX of ICS (naar de extensie)"))
    export.add_argument("file", type=Path, metavar="FILE")
    export.add_argument("-o", "--output", type=Path, required=True,
                        metavar="OUT.csv|OUT.xlsx|OUT.ics")
    export.add_argument("--cycle", type=int, metavar="N",
                        help=translate("Cli", "cyclusnummer (standaard de nieuwste)"))
    export.set_defaults(run=plan_export)


def plan_export(args: argparse.Namespace) -> int:
    from werkdrukdesk.cli.common import load_cycle, refuse_writing_over
    from werkdrukdesk.core.plan.export import FORMATS, export_plan, unknown_format
    from werkdrukdesk.storage.atomic import write_bytes_atomically

    suffix = Path(args.output).suffix.lower()
    if suffix not in FORMATS:  # decided before any file is touched
        raise WerkdrukError(unknown_format(Path(args.output).suffix))
    refuse_writing_over(args.output, args.file, translate(
        "Cli", "Kies voor de export een andere naam dan die van het .werkdruk-bestand."))
    org, cycle = load_cycle(args.file, args.cycle)
    data = export_plan(org, cycle, suffix, clock.now(), Path(args.file).name)
    write_bytes_atomically(args.output, data, [args.file])
    counted = len(cycle.measures)
    if counted == 1:
        done = translate("Cli", "Plan van aanpak (cyclus {cycle}, 1 maatregel) geschreven naar "
                                "{file}")
    else:
        done = translate("Cli", "Plan van aanpak (cyclus {cycle}, {count} maatregelen) "
                                "geschreven naar {file}")
    print(done.format(cycle=cycle.number, count=counted, file=args.output))
    return 0
