"""The subcommands that work on one .werkdruk file (new, demo, export, import, report, check)
and the parser of every subcommand. `cli.main` imports this module only when a subcommand is
asked: starting the window needs none of it."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from werkdrukdesk import clock
from werkdrukdesk.cli import library as cli_library
from werkdrukdesk.cli import plan as cli_plan
from werkdrukdesk.cli import portfolio as cli_portfolio
from werkdrukdesk.cli import survey as cli_survey
from werkdrukdesk.cli.common import load_cycle, refuse_writing_over
from werkdrukdesk.cli.main import COMMANDS, EXIT_GAPS, EXIT_OK, Parser
from werkdrukdesk.core.errors import WerkdrukError
from werkdrukdesk.core.i18n import translate

MAX_JSON_BYTES = 256 * 1024 * 1024  # a large organisation with every answer is a few MB


def new_file(args: argparse.Namespace) -> int:
    from werkdrukdesk.core.model import Profile, PsaScope
    from werkdrukdesk.core.rules import problems_profile
    from werkdrukdesk.storage import create_file

    profile = Profile(name=args.name.strip(), psa_scope=PsaScope(args.scope))
    problems = problems_profile(profile)
    if problems:
        raise WerkdrukError(problems[0])
    done = ""
    if args.library is not None:  # starts with the adviser's own sources and measures
        done = cli_library.new_with_library(_werkdruk_path(args.file), profile, args.library,
                                            clock.today())
    else:
        create_file(_werkdruk_path(args.file), profile, clock.today()).close()
    print(translate("Cli", "Nieuw bestand gemaakt: {file}").format(file=args.file) + (
        "\n" + done if done else ""))
    return EXIT_OK


def write_demo(args: argparse.Namespace) -> int:
    from werkdrukdesk.demo.build import build_demo
    from werkdrukdesk.storage.file import write_new_file

    org = build_demo(args.size, today=clock.today())
    write_new_file(_werkdruk_path(args.file), org, overwrite=args.force,
                   today=clock.today()).close()
    print(translate("Cli", "Voorbeeldorganisatie '{organisation}' geschreven naar {file}").format(
        organisation=org.profile.name, file=args.file))
    return EXIT_OK


def export_file(args: argparse.Namespace) -> int:
    from werkdrukdesk.storage import attachments, open_file
    from werkdrukdesk.storage.atomic import write_bytes_atomically, write_text_atomically
    from werkdrukdesk.storage.attachments.archive import archive_bytes, to_json_with_references

    to_screen = str(args.output) == "-"
    if to_screen and args.with_attachments:
        raise WerkdrukError(translate(
            "Cli", "Een archief met bijlagen kan niet naar het scherm; geef met -o een "
            "bestandsnaam die op .zip eindigt."))
    if not to_screen:
        refuse_writing_over(args.output, args.file, translate(
            "Cli", "Kies voor de export een andere naam dan die van het .werkdruk-bestand."))
    with open_file(args.file, read_only=True) as file:
        org, listed = file.load(), attachments.listed(file)
        if args.with_attachments:
            stored = [(a, attachments.read(file, a)) for a in listed]
            archive = archive_bytes(org, stored, with_answers=args.with_answers)
        else:
            text = to_json_with_references(org, listed, with_answers=args.with_answers)
    if to_screen:
        sys.stdout.write(text)
    elif args.with_attachments:
        # Scans of signed sheets and minutes name people: as private as the file itself.
        write_bytes_atomically(args.output, archive, [args.file], owner_only=True)
        print(translate("Cli", "Geëxporteerd met {count} bijlagen naar {file}").format(
            count=len(listed), file=args.output))
    else:
        # With the answers it is a full copy: as private as the organisation file.
        write_text_atomically(args.output, text, [args.file], owner_only=args.with_answers)
        print(translate("Cli", "Geëxporteerd naar {file}").format(file=args.output))
    return EXIT_OK


def import_file(args: argparse.Namespace) -> int:
    from werkdrukdesk.core.reading import read_bounded
    from werkdrukdesk.storage.attachments import archive
    from werkdrukdesk.storage.file import write_new_file
    from werkdrukdesk.storage.guard import same_file
    from werkdrukdesk.storage.interchange import from_json

    target = _werkdruk_path(args.output)
    if same_file(args.input, target):
        raise WerkdrukError(translate(
            "Cli", "Kies voor het nieuwe .werkdruk-bestand een andere naam dan die van de invoer."))
    data = read_bounded(args.input, MAX_JSON_BYTES)
    if archive.is_archive(data):  # `export --with-attachments`: checked whole before writing
        org, stored = archive.read_archive(data, args.input.name)
        write_new_file(target, org, overwrite=args.force,
                       then=archive.write_attachments(stored), today=clock.today()).close()
        print(translate("Cli", "Ingelezen met {count} bijlagen naar {file}").format(
            count=len(stored), file=args.output))
        return EXIT_OK
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise WerkdrukError(
            translate("Cli", "{file} is geen tekstbestand in UTF-8.").format(file=args.input)
        ) from None
    org = from_json(text)
    write_new_file(target, org, overwrite=args.force, today=clock.today()).close()
    print(translate("Cli", "Ingelezen naar {file}").format(file=args.output))
    return EXIT_OK


def write_report(args: argparse.Namespace) -> int:
    from werkdrukdesk.reports.registry import builder
    from werkdrukdesk.storage.atomic import write_bytes_atomically

    if args.kind == "portfolio":  # report portfolio DIR... -o OVERVIEW.pdf
        from werkdrukdesk.cli.portfolio import print_overview

        return print_overview(args.file, args.output)
    build = builder(args.kind)  # an unknown kind fails before any file is touched
    if len(args.file) > 1:
        raise WerkdrukError(translate("Cli", "Geef één .werkdruk-bestand; alleen 'report "
                                             "portfolio' neemt meer mappen."))
    args.file = args.file[0]
    if args.with_attachments and args.kind != "dossier":
        raise WerkdrukError(translate(
            "Cli", "--with-attachments hoort bij het dossier; andere rapporten hebben geen "
            "bijlagen."))
    refuse_writing_over(args.output, args.file, translate(
        "Cli", "Kies voor het rapport een andere naam dan die van het .werkdruk-bestand."))
    org, cycle = load_cycle(args.file, args.cycle)
    options = {} if args.session is None else {"session_id": args.session}
    if args.measurement is not None:
        options["measurement_id"] = args.measurement
    if args.with_attachments:
        pdf = _dossier_with_attachments(args.file, org, cycle, options)
    else:
        pdf = build(org, cycle, printed_on=clock.today(), **options)
    write_bytes_atomically(args.output, pdf, [args.file])
    print(translate("Cli", "Rapport geschreven naar {file}").format(file=args.output))
    return EXIT_OK


def _dossier_with_attachments(path: Path, org, cycle, options: dict) -> bytes:
    """The dossier followed by the PDFs and images that prove it (reports.attachments)."""
    from werkdrukdesk.reports.attachments.describe import in_dossier
    from werkdrukdesk.reports.attachments.dossier import dossier_with_attachments
    from werkdrukdesk.storage import attachments, open_file

    with open_file(path, read_only=True) as file:
        stored = [(a, attachments.read(file, a)) for a in attachments.listed(file)
                  if in_dossier(org, cycle, a)]
    return dossier_with_attachments(org, cycle, printed_on=clock.today(), attachments=stored,
                                    **options)


def check_file(args: argparse.Namespace) -> int:
    """Inspection readiness: exit 0 when every check passes, 1 when there are gaps (a bad
    file or cycle is still exit 2). A werkdruk-only file's verdict says, in words and in the
    JSON's `scope`, that it covers werkdruk only: its "ready" is never ready for everything."""
    import json

    from werkdrukdesk.core.readiness.base import scope, whole
    from werkdrukdesk.core.readiness.chain import is_ready, readiness

    org, cycle = load_cycle(args.file, args.cycle)
    checks = readiness(org, cycle, clock.today())
    ready = is_ready(checks)
    if args.json:
        found = [{"key": c.key, "title": c.title, "ok": c.ok, "action": c.action, "step": c.step,
                  "basis": c.basis} for c in checks]
        covered = {"psa": org.profile.psa_scope.value,
                   "strands": [s.value for s in org.strands], "note": scope(org)}
        print(json.dumps({"ready": ready, "scope": covered, "checks": found},
                         ensure_ascii=False, indent=2))
        return EXIT_OK if ready else EXIT_GAPS
    gaps = sum(not c.ok for c in checks)
    print(translate("Cli", "Klaar voor de inspectie? {organisation} — cyclus {cycle}").format(
        organisation=org.profile.name, cycle=cycle.number))
    if not ready:
        print(translate("Cli", "Nog niet: {gaps} van de {total} punten vragen actie.").format(
            gaps=gaps, total=len(checks)))
    elif whole(org):
        print(translate("Cli", "Ja: alles wat de inspecteur over werkdruk, ongewenst gedrag en "
                        "agressie vraagt, staat erin."))
    else:
        print(translate("Cli", "Ja, voor werkdruk: alles wat de inspecteur over werkdruk vraagt, "
                        "staat erin. Ongewenst gedrag en agressie zijn niet nagekeken."))
    print(scope(org))
    for c in checks:
        print(f"{'✓' if c.ok else '✗'} {c.title}")
        if not c.ok:
            print("    " + translate("Cli", "Actie: {action} (stap: {step})").format(
                action=c.action, step=c.step_name))
    return EXIT_OK if ready else EXIT_GAPS


def _werkdruk_path(path: Path) -> Path:
    if path.suffix.lower() != ".werkdruk":
        raise WerkdrukError(
            translate("Cli", "Een WerkdrukDesk-bestand eindigt op .werkdruk, niet '{file}'.")
            .format(file=path.name)
        )
    return path



def command_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="werkdrukdesk")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=Parser)

    def add(name: str) -> argparse.ArgumentParser:
        run, summary = COMMANDS[name]
        summary = translate("Cli", summary)
        command = commands.add_parser(name, help=summary, description=summary)
        command.set_defaults(run=run)
        return command

    new = add("new")
    new.add_argument("file", type=Path, metavar="FILE")
    new.add_argument("--name", required=True, help=translate("Cli", "naam van de organisatie"))
    new.add_argument("--scope", choices=["whole", "werkdruk"], default="whole",
                     help=translate("Cli", "het hele PSA-beleid (standaard) of alleen werkdruk"))
    new.add_argument("--library", type=Path, metavar="LIB.json",
                     help=translate("Cli", "begin met de eigen bronnen en maatregelen uit een "
                                           "bibliotheek (zie 'library export')"))
    demo = add("demo")
    demo.add_argument("file", type=Path, metavar="FILE")
    demo.add_argument("--size", choices=["small", "large"], default="small")
    demo.add_argument("--force", action="store_true",
                      help=translate("Cli", "overschrijf een bestaand bestand"))
    export = add("export")
    export.add_argument("file", type=Path, metavar="FILE")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.json")
    export.add_argument(
        "--with-answers", action="store_true",
        help=translate("Cli", "ook de losse (anonieme) ingevulde vragenlijsten; behandel het "
                              "bestand dan als het .werkdruk-bestand zelf"),
    )
    export.add_argument(
        "--with-attachments", action="store_true",
        help=translate("Cli", "schrijf één archief (.zip) met de JSON en alle bijlagen"))
    import_ = add("import")
    import_.add_argument("input", type=Path, metavar="IN.json|IN.zip")
    import_.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    import_.add_argument("--force", action="store_true",
                         help=translate("Cli", "overschrijf een bestaand bestand"))
    report = add("report")
    report.add_argument(
        "kind", metavar="KIND",
        help="plan | dossier | attendance | questionnaire | evaluation | readiness | poster "
             "| portfolio")
    report.add_argument("file", type=Path, nargs="+", metavar="FILE",
                        help=translate("Cli", "het .werkdruk-bestand (bij portfolio: mappen)"))
    report.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.pdf")
    report.add_argument("--cycle", type=int, metavar="N",
                        help=translate("Cli", "cyclusnummer (standaard de nieuwste)"))
    report.add_argument("--session", type=int, metavar="ID",
                        help=translate("Cli", "sessie (bij attendance)"))
    report.add_argument("--measurement", type=int, metavar="ID",
                        help=translate("Cli", "meting (bij questionnaire; standaard de nieuwste)"))
    report.add_argument("--with-attachments", action="store_true",
                        help=translate("Cli", "dossier: met de PDF-bijlagen en afbeeldingen "
                                              "achteraan"))
    cli_survey.add_parser(commands, Parser)
    check = add("check")
    check.add_argument("file", type=Path, metavar="FILE")
    check.add_argument("--json", action="store_true", help=translate("Cli", "als JSON"))
    check.add_argument("--cycle", type=int, metavar="N",
                       help=translate("Cli", "cyclusnummer (standaard de nieuwste)"))
    cli_plan.add_parser(commands, Parser)
    cli_portfolio.add_parser(commands, Parser)
    cli_library.add_parser(commands, Parser)
    return parser
