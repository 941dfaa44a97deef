"""The command line. Without a subcommand it starts the program.

Every bad input or bad file ends with exit status 2 and one line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path

from werkdrukdesk import APP_NAME, __version__, cli_plan, cli_survey
from werkdrukdesk.cli_common import load_cycle, refuse_writing_over
from werkdrukdesk.core.errors import WerkdrukError

EXIT_OK, EXIT_BAD_INPUT = 0, 2
EXIT_GAPS = 1  # `check` only: the file is fine, the policy has gaps


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage mistake in one line, as every other error."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise WerkdrukError(f"{message} (zie '{self.prog} --help')")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    try:
        if argv and argv[0] in COMMANDS:
            args = _command_parser().parse_args(argv)
            return args.run(args) or EXIT_OK
        return _start_program(argv)
    except WerkdrukError as error:
        print(f"werkdrukdesk: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`werkdrukdesk survey results | head`): stop quietly.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK


def _start_program(argv: list[str]) -> int:
    parser = _Parser(prog="werkdrukdesk", description=f"{APP_NAME}: werkdrukbeleid op orde.")
    parser.add_argument("file", nargs="?", type=Path, help="het .werkdruk-bestand om te openen")
    parser.add_argument(
        "--exit-when-ready",
        action="store_true",
        help="stop zodra het hoofdvenster klaar is (voor metingen en rooktests)",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.epilog = "Opdrachten: " + ", ".join(COMMANDS) + " (werkdrukdesk OPDRACHT --help)"
    args = parser.parse_args(argv)
    from werkdrukdesk.ui.app import run

    return run(args.file, exit_when_ready=args.exit_when_ready)


# -- subcommands ---------------------------------------------------------------------------


def _new(args: argparse.Namespace) -> int:
    from werkdrukdesk.core.model import Profile
    from werkdrukdesk.core.rules import problems_profile
    from werkdrukdesk.storage import create_file

    profile = Profile(name=args.name.strip())
    problems = problems_profile(profile)
    if problems:
        raise WerkdrukError(problems[0])
    create_file(_werkdruk_path(args.file), profile).close()
    print(f"Nieuw bestand gemaakt: {args.file}")
    return EXIT_OK


def _demo(args: argparse.Namespace) -> int:
    from werkdrukdesk.core.demo import build_demo
    from werkdrukdesk.storage.file import write_new_file

    org = build_demo(args.size)
    write_new_file(_werkdruk_path(args.file), org, overwrite=args.force).close()
    print(f"Voorbeeldorganisatie '{org.profile.name}' geschreven naar {args.file}")
    return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    from werkdrukdesk.storage import open_file
    from werkdrukdesk.storage.atomic import write_text_atomically
    from werkdrukdesk.storage.interchange import to_json

    with open_file(args.file, read_only=True) as file:
        text = to_json(file.load(), with_answers=args.with_answers)
    if str(args.output) == "-":
        sys.stdout.write(text)
    else:
        write_text_atomically(args.output, text)
        print(f"Geëxporteerd naar {args.output}")
    return EXIT_OK


def _import(args: argparse.Namespace) -> int:
    from werkdrukdesk.storage.file import write_new_file
    from werkdrukdesk.storage.interchange import from_json

    try:
        text = Path(args.input).read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise WerkdrukError(f"Het bestand {args.input} bestaat niet.") from None
    except UnicodeDecodeError:
        raise WerkdrukError(f"{args.input} is geen tekstbestand in UTF-8.") from None
    except OSError as error:
        raise WerkdrukError(f"{args.input} kan niet worden gelezen ({error.strerror}).") from None
    org = from_json(text)
    write_new_file(_werkdruk_path(args.output), org, overwrite=args.force).close()
    print(f"Ingelezen naar {args.output}")
    return EXIT_OK


def _report(args: argparse.Namespace) -> int:
    from werkdrukdesk.reports.registry import builder
    from werkdrukdesk.storage.atomic import write_bytes_atomically

    build = builder(args.kind)  # an unknown kind fails before any file is touched
    refuse_writing_over(args.output, args.file, "het rapport")
    org, cycle = load_cycle(args.file, args.cycle)
    options = {} if args.session is None else {"session_id": args.session}
    if args.measurement is not None:
        options["measurement_id"] = args.measurement
    write_bytes_atomically(args.output, build(org, cycle, **options))
    print(f"Rapport geschreven naar {args.output}")
    return EXIT_OK


def _check(args: argparse.Namespace) -> int:
    """Inspection readiness: exit 0 when every check passes, 1 when there are gaps (a bad
    file or cycle is still exit 2)."""
    import json
    from datetime import date

    from werkdrukdesk.core.readiness import is_ready, readiness

    org, cycle = load_cycle(args.file, args.cycle)
    checks = readiness(org, cycle, date.today())
    ready = is_ready(checks)
    if args.json:
        found = [{"key": c.key, "title": c.title, "ok": c.ok, "action": c.action, "step": c.step}
                 for c in checks]
        print(json.dumps({"ready": ready, "checks": found}, ensure_ascii=False, indent=2))
        return EXIT_OK if ready else EXIT_GAPS
    gaps = sum(not c.ok for c in checks)
    print(f"Klaar voor de inspectie? {org.profile.name} — cyclus {cycle.number}")
    print("Ja: alles wat de inspecteur vraagt, staat erin." if ready else
          f"Nog niet: {gaps} van de {len(checks)} punten vragen actie.")
    for c in checks:
        print(f"{'✓' if c.ok else '✗'} {c.title}")
        if not c.ok:
            print(f"    Actie: {c.action} (stap: {c.step_name})")
    return EXIT_OK if ready else EXIT_GAPS


def _werkdruk_path(path: Path) -> Path:
    if path.suffix.lower() != ".werkdruk":
        raise WerkdrukError(f"Een WerkdrukDesk-bestand eindigt op .werkdruk, niet '{path.name}'.")
    return path


COMMANDS: dict[str, tuple[Callable[[argparse.Namespace], int], str]] = {
    "new": (_new, "maak een leeg organisatiebestand"),
    "demo": (_demo, "schrijf een voorbeeldorganisatie"),
    "export": (_export, "de hele organisatie als JSON"),
    "import": (_import, "een nieuw .werkdruk-bestand uit JSON"),
    "report": (_report, "druk een rapport af als PDF"),
    "survey": (lambda args: args.run(args), "de anonieme vragenlijst"),  # see cli_survey
    "check": (_check, "klaar voor de inspectie? (0: ja, 1: nog actiepunten)"),
    "plan": (lambda args: args.run(args), "het plan van aanpak exporteren"),  # see cli_plan
}


def _command_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="werkdrukdesk")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    def add(name: str) -> argparse.ArgumentParser:
        run, summary = COMMANDS[name]
        command = commands.add_parser(name, help=summary, description=summary)
        command.set_defaults(run=run)
        return command

    new = add("new")
    new.add_argument("file", type=Path, metavar="FILE")
    new.add_argument("--name", required=True, help="naam van de organisatie")
    demo = add("demo")
    demo.add_argument("file", type=Path, metavar="FILE")
    demo.add_argument("--size", choices=["small", "large"], default="small")
    demo.add_argument("--force", action="store_true", help="overschrijf een bestaand bestand")
    export = add("export")
    export.add_argument("file", type=Path, metavar="FILE")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.json")
    export.add_argument(
        "--with-answers", action="store_true",
        help="ook de losse (anonieme) ingevulde vragenlijsten; behandel het bestand dan als "
             "het .werkdruk-bestand zelf",
    )
    import_ = add("import")
    import_.add_argument("input", type=Path, metavar="IN.json")
    import_.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    import_.add_argument("--force", action="store_true", help="overschrijf een bestaand bestand")
    report = add("report")
    report.add_argument("kind", metavar="KIND",
                        help="plan | dossier | attendance | questionnaire | evaluation | readiness")
    report.add_argument("file", type=Path, metavar="FILE")
    report.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.pdf")
    report.add_argument("--cycle", type=int, metavar="N",
                        help="cyclusnummer (standaard de nieuwste)")
    report.add_argument("--session", type=int, metavar="ID", help="sessie (bij attendance)")
    report.add_argument("--measurement", type=int, metavar="ID",
                        help="meting (bij questionnaire; standaard de nieuwste)")
    cli_survey.add_parser(commands, _Parser)
    check = add("check")
    check.add_argument("file", type=Path, metavar="FILE")
    check.add_argument("--json", action="store_true", help="als JSON")
    check.add_argument("--cycle", type=int, metavar="N",
                       help="cyclusnummer (standaard de nieuwste)")
    cli_plan.add_parser(commands, _Parser)
    return parser
