"""The `library` command: the adviser's own sources and measures, from one client to the next.

    werkdrukdesk library export FILE -o LIB.json [--measures all|open]
    werkdrukdesk library import FILE LIB.json
"""

from __future__ import annotations

import argparse
from pathlib import Path

from werkdrukdesk.core.i18n import translate


def add_parser(commands, make_parser) -> None:
    """Register `library` and its two actions on the command line's subparsers."""
    library = commands.add_parser(
        "library", help=translate("Cli", "eigen bronnen en maatregelen naar een andere klant"),
        description=translate(
            "Cli", "Uw eigen bronnen (met hun vragen) en maatregelen als bibliotheekbestand, "
            "om ze bij een andere klant in te lezen. Namen van mensen, datums en teams gaan "
            "niet mee."),
    )
    actions = library.add_subparsers(dest="action", required=True, parser_class=make_parser)
    export = actions.add_parser("export", help=translate("Cli", "schrijf een bibliotheek"))
    export.add_argument("file", type=Path, metavar="FILE")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="LIB.json")
    export.add_argument(
        "--measures", choices=["all", "open", "none"], default="all",
        help=translate("Cli", "welke maatregelen van de nieuwste cyclus: alle (standaard), "
                              "alleen de open of geen"))
    export.set_defaults(run=library_export)
    import_ = actions.add_parser(
        "import", help=translate("Cli", "lees een bibliotheek in een bestaand bestand in"))
    import_.add_argument("file", type=Path, metavar="FILE")
    import_.add_argument("library", type=Path, metavar="LIB.json")
    import_.set_defaults(run=library_import)


def library_export(args: argparse.Namespace) -> int:
    from werkdrukdesk.cli.common import load_cycle, refuse_writing_over
    from werkdrukdesk.storage.library import chosen_measures, write_library

    refuse_writing_over(args.output, args.file, translate(
        "Cli", "Kies voor de bibliotheek een andere naam dan die van het .werkdruk-bestand."))
    org, cycle = load_cycle(args.file, None)
    measures = [] if args.measures == "none" else chosen_measures(cycle, args.measures)
    write_library(args.output, org, measures, [args.file])
    from werkdrukdesk.core.plan.own_library import own_sources

    print(translate("Cli", "Bibliotheek met {sources} eigen bronnen en {measures} maatregelen "
                           "geschreven naar {file}").format(
        sources=len(own_sources(org)), measures=len(measures), file=args.output))
    return 0


def library_import(args: argparse.Namespace) -> int:
    from werkdrukdesk import clock
    from werkdrukdesk.storage import open_file
    from werkdrukdesk.storage.library import import_library, read_library, summary

    library = read_library(args.library)  # checked whole before the file is opened
    with open_file(args.file, today=clock.today()) as file:
        done = import_library(file, file.load(), library)
    print(summary(done))
    return 0


def new_with_library(path: Path, profile, library_path: Path, today) -> str:
    """`new FILE --library LIB.json`: a new file that starts with the library in it. The
    library is read and checked against the new organisation before the file is made."""
    from werkdrukdesk.storage import create_file
    from werkdrukdesk.storage.library import (
        check_for_new,
        import_library,
        read_library,
        summary,
    )

    library = read_library(library_path)
    check_for_new(profile, library, today)  # a clash is refused before writing
    with create_file(path, profile, today) as file:
        done = import_library(file, file.load(), library)
    return summary(done)
