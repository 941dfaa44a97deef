"""The `survey` command: answer sheets, importing answers, and results per group.

    werkdrukdesk survey template FILE -o OUT.csv
    werkdrukdesk survey import FILE CSV|XLSX --measurement NAME
    werkdrukdesk survey results FILE [--measurement NAME] [--json]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from werkdrukdesk import clock
from werkdrukdesk.cli.common import refuse_writing_over
from werkdrukdesk.core.errors import WerkdrukError
from werkdrukdesk.core.i18n import translate


def add_parser(commands, make_parser) -> None:
    """Register `survey` and its three actions on the command line's subparsers."""
    survey = commands.add_parser(
        "survey", help=translate("Cli", "vragenlijst: antwoordblad, inlezen, uitkomsten"),
        description=translate(
            "Cli", "De anonieme vragenlijst: antwoordblad, antwoorden inlezen, uitkomsten."),
    )
    actions = survey.add_subparsers(dest="action", required=True, parser_class=make_parser)
    template = actions.add_parser("template", help=translate("Cli", "leeg antwoordblad (CSV)"))
    template.add_argument("file", type=Path, metavar="FILE")
    template.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.csv")
    template.set_defaults(run=survey_template)
    import_ = actions.add_parser(
        "import", help=translate("Cli", "antwoorden uit CSV of XLSX inlezen"))
    import_.add_argument("file", type=Path, metavar="FILE")
    import_.add_argument("answers", type=Path, metavar="CSV|XLSX")
    import_.add_argument("--measurement", required=True, metavar="NAME")
    import_.set_defaults(run=survey_import)
    results = actions.add_parser("results", help=translate("Cli", "uitkomsten per groep"))
    results.add_argument("file", type=Path, metavar="FILE")
    results.add_argument("--measurement", metavar="NAME")
    results.add_argument("--json", action="store_true", help=translate("Cli", "als JSON"))
    results.set_defaults(run=survey_results)


def survey_template(args: argparse.Namespace) -> int:
    from werkdrukdesk.core.cycles import current_cycle
    from werkdrukdesk.core.survey.output import template_csv, template_readme, template_sources
    from werkdrukdesk.core.survey.scoring import measurement_order
    from werkdrukdesk.storage import open_file
    from werkdrukdesk.storage.atomic import write_bytes_atomically

    refuse_writing_over(args.output, args.file, translate(
        "Cli", "Kies voor het antwoordblad een andere naam dan die van het .werkdruk-bestand."))
    with open_file(args.file, read_only=True) as file:
        org = file.load()
    cycle = current_cycle(org)
    # Asking the same items again keeps the measurements of a cycle comparable.
    first = min(cycle.measurements, key=measurement_order, default=None)
    asked = first.source_ids if first else None
    sources = template_sources(org.sources, asked)
    if not sources:
        raise WerkdrukError(translate(
            "Cli", "Er zijn geen bronnen met vragen; kies eerst bronnen in het programma."))
    write_bytes_atomically(args.output, template_csv(sources), [args.file])
    print(translate("Cli", "Antwoordblad geschreven naar {file}").format(file=args.output))
    print("\n".join(template_readme(sources, cycle.teams)))
    return 0


def survey_import(args: argparse.Namespace) -> int:
    from werkdrukdesk.core.cycles import current_cycle
    from werkdrukdesk.core.survey.answer_table import read_answer_file
    from werkdrukdesk.core.survey.import_preview import preview_answers
    from werkdrukdesk.storage import open_file
    from werkdrukdesk.storage.survey_store import import_answers

    name = " ".join(args.measurement.split())
    if not name:
        raise WerkdrukError(translate("Cli", "Geef de meting een naam met --measurement."))
    data = read_answer_file(args.answers)  # a bad answer file stops before FILE is opened
    with open_file(args.file, today=clock.today()) as file:
        org = file.load()
        cycle = current_cycle(org)
        preview = preview_answers(data, org.sources, cycle.teams, args.answers.name)
        print(translate("Cli", "Gelezen als {description}.").format(
            description=preview.description))
        for notice in preview.notices:
            print(notice)
        shown = 20  # enough to spot the pattern; the rest is a count
        if preview.rejected:
            print(translate("Cli", "Afgewezen rijen ({count}):").format(
                count=len(preview.rejected)))
            for row in preview.rejected[:shown]:
                print(f"  {row.reason}")
            if len(preview.rejected) > shown:
                print("  " + translate("Cli", "en nog {count}").format(
                    count=len(preview.rejected) - shown))
        print(preview.counts())
        report = import_answers(file, cycle, name, preview, clock.today())  # all rows or none
    if report.created:
        done = translate("Cli", "{count} ingevulde vragenlijsten ingelezen in de nieuwe meting "
                                "'{measurement}' (cyclus {cycle}).")
    else:
        done = translate("Cli", "{count} ingevulde vragenlijsten ingelezen in de meting "
                                "'{measurement}' (cyclus {cycle}).")
    print(done.format(count=report.imported, measurement=report.measurement.name,
                      cycle=cycle.number))
    return 0


def survey_results(args: argparse.Namespace) -> int:
    import json

    from werkdrukdesk.core.survey import output as out
    from werkdrukdesk.core.survey.compare import compare_in_order
    from werkdrukdesk.core.survey.scoring import score_measurement
    from werkdrukdesk.storage import open_file

    with open_file(args.file, read_only=True) as file:
        org = file.load()
    cycle, measurements = _chosen_measurements(org, args.measurement)
    results = [
        score_measurement(m, org.sources, cycle.teams, org.survey_settings, cycle.number)
        for m in measurements
    ]
    comparisons = compare_in_order(results)  # the measurements of one cycle, in order
    if args.json:
        document = {
            "cycle": cycle.number,
            "measurements": [out.results_to_dict(r) for r in results],
            "comparisons": [out.comparison_to_dict(c) for c in comparisons],
        }
        print(json.dumps(document, ensure_ascii=False, indent=2))
        return 0
    if not results:
        print(translate("Cli", "Cyclus {cycle} heeft nog geen meting met de vragenlijst.").format(
            cycle=cycle.number))
        return 0
    blocks = [out.results_lines(r) for r in results]
    blocks += [out.comparison_lines(c) for c in comparisons]
    print("\n\n".join("\n".join(block) for block in blocks))
    return 0


def _chosen_measurements(org, name: str | None):
    """The newest cycle with all its measurements, or the cycle and measurement named."""
    from werkdrukdesk.core.cycles import current_cycle
    from werkdrukdesk.core.survey.scoring import measurement_order

    if name is None:
        cycle = current_cycle(org)
        return cycle, sorted(cycle.measurements, key=measurement_order)
    wanted = " ".join(name.split()).casefold()
    for cycle in sorted(org.cycles, key=lambda c: c.number, reverse=True):
        for measurement in cycle.measurements:
            if " ".join(measurement.name.split()).casefold() == wanted:
                return cycle, [measurement]
    names = [m.name for c in org.cycles for m in c.measurements]
    if names:
        message = translate("Cli", "Er is geen meting '{name}'. Metingen: {names}.")
    else:
        message = translate("Cli", "Er is geen meting '{name}'. Er zijn nog geen metingen.")
    raise WerkdrukError(message.format(name=name.strip(), names=", ".join(names)))
