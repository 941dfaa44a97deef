"""The `survey` command: answer sheets, importing answers, and results per group.

    werkdrukdesk survey template FILE -o OUT.csv
    werkdrukdesk survey import FILE CSV|XLSX --measurement NAME
    werkdrukdesk survey results FILE [--measurement NAME] [--json]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from werkdrukdesk.core.errors import WerkdrukError


def add_parser(commands, make_parser) -> None:
    """Register `survey` and its three actions on the command line's subparsers."""
    survey = commands.add_parser(
        "survey", help="vragenlijst: antwoordblad, inlezen, uitkomsten",
        description="De anonieme vragenlijst: antwoordblad, antwoorden inlezen, uitkomsten.",
    )
    actions = survey.add_subparsers(dest="action", required=True, parser_class=make_parser)
    template = actions.add_parser("template", help="leeg antwoordblad (CSV)")
    template.add_argument("file", type=Path, metavar="FILE")
    template.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.csv")
    template.set_defaults(run=survey_template)
    import_ = actions.add_parser("import", help="antwoorden uit CSV of XLSX inlezen")
    import_.add_argument("file", type=Path, metavar="FILE")
    import_.add_argument("answers", type=Path, metavar="CSV|XLSX")
    import_.add_argument("--measurement", required=True, metavar="NAME")
    import_.set_defaults(run=survey_import)
    results = actions.add_parser("results", help="uitkomsten per groep")
    results.add_argument("file", type=Path, metavar="FILE")
    results.add_argument("--measurement", metavar="NAME")
    results.add_argument("--json", action="store_true", help="als JSON")
    results.set_defaults(run=survey_results)


def survey_template(args: argparse.Namespace) -> int:
    raise WerkdrukError("'survey template' is in deze versie nog niet beschikbaar.")


def survey_import(args: argparse.Namespace) -> int:
    raise WerkdrukError("'survey import' is in deze versie nog niet beschikbaar.")


def survey_results(args: argparse.Namespace) -> int:
    raise WerkdrukError("'survey results' is in deze versie nog niet beschikbaar.")
