"""The command line. Without a subcommand it starts the program.

Every bad input or bad file ends with exit status 2 and one line on stderr, never a traceback.
`--lang nl|en`, before or after the subcommand, sets the language of every message, of `check`
and of the reports (Dutch when not given); without a subcommand it is handed to the windows.
The subcommands live in `cli.commands` (and the modules it names), imported only when one is
asked: starting the window reads none of them.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path

from werkdrukdesk import APP_NAME, __version__, logs
from werkdrukdesk.core import i18n
from werkdrukdesk.core.errors import WerkdrukError
from werkdrukdesk.core.i18n import QT_TRANSLATE_NOOP, translate

EXIT_OK, EXIT_BAD_INPUT = 0, 2
EXIT_GAPS = 1  # `check` only: the file is fine, the policy has gaps
EXIT_INTERNAL = 3  # a fault of the program itself: logged with its traceback, one line shown


class Parser(argparse.ArgumentParser):
    """argparse that reports a usage mistake in one line, as every other error, and takes
    `--lang` at every level, so it may come before or after the (sub)command."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # Read before any parser is built (see `_asked_language`); here it is checked and shown.
        self.add_argument("--lang", choices=list(i18n.LANGUAGES), default=argparse.SUPPRESS,
                          help=translate("Cli", "taal: nl (Nederlands, standaard) of en (English)"))

    def error(self, message: str) -> None:  # type: ignore[override]
        raise WerkdrukError(
            translate("Cli", "{message} (zie '{program} --help')").format(
                message=message, program=self.prog)
        )


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    try:
        language, words = _asked_language(argv)
        # Before anything else, so help texts, errors, output and reports all speak it.
        i18n.set_language(language or i18n.SOURCE_LANGUAGE)
        if words and words[0] in COMMANDS:
            from werkdrukdesk.cli.commands import command_parser

            args = command_parser().parse_args(argv)
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
    except OSError as error:  # a last resort: every known case has its own sentence
        print(f"werkdrukdesk: {_os_problem(error)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except Exception:  # noqa: BLE001 - a fault of ours: the log gets it whole, the user a line
        logs.logger().exception("Unexpected error in the command line")
        print("werkdrukdesk: " + translate(
            "Cli", "Er ging iets mis dat het programma niet had verwacht. Een verslag voor de "
            "makers staat in {log}.").format(log=logs.log_file()),
            file=sys.stderr)
        return EXIT_INTERNAL


def _os_problem(error: OSError) -> str:
    reason = error.strerror or str(error)
    if error.filename:
        return translate("Cli", "Er ging iets mis met {file} ({reason}).").format(
            file=error.filename, reason=reason)
    return translate("Cli", "Er ging iets mis met een bestand ({reason}).").format(reason=reason)


def _asked_language(argv: list[str]) -> tuple[str | None, list[str]]:
    """The language of `--lang CODE` wherever argparse would find it (None when not given or
    not one we speak: the real parser then says so), and the words without that option."""
    finder = argparse.ArgumentParser(add_help=False, exit_on_error=False)
    finder.add_argument("--lang")
    try:
        found, words = finder.parse_known_args(argv)
    except argparse.ArgumentError:  # `--lang` without a code
        return None, argv
    return (found.lang if found.lang in i18n.LANGUAGES else None), words


def _start_program(argv: list[str]) -> int:
    parser = Parser(
        prog="werkdrukdesk",
        description=translate("Cli", "{program}: werkdrukbeleid op orde.").format(
            program=APP_NAME),
    )
    parser.add_argument("file", nargs="?", type=Path,
                        help=translate("Cli", "het .werkdruk-bestand om te openen"))
    parser.add_argument(
        "--exit-when-ready",
        action="store_true",
        help=translate("Cli", "stop zodra het hoofdvenster klaar is (voor metingen en rooktests)"),
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.epilog = translate(
        "Cli", "Opdrachten: {commands} (werkdrukdesk OPDRACHT --help)").format(
            commands=", ".join(COMMANDS))
    args = parser.parse_args(argv)
    from werkdrukdesk.ui.app import run

    # Without --lang the windows choose (the user's setting, else the system's language).
    return run(args.file, exit_when_ready=args.exit_when_ready,
               language=getattr(args, "lang", None))


def _command(name: str) -> Callable[[argparse.Namespace], int]:
    """The subcommand `name` of `cli.commands`, imported only when it runs: starting the
    window needs none of the commands."""

    def run(args: argparse.Namespace) -> int:
        from werkdrukdesk.cli import commands

        return getattr(commands, name)(args)

    return run


# The summaries are translated when the parser is built, after --lang is known.
COMMANDS: dict[str, tuple[Callable[[argparse.Namespace], int], str]] = {
    "new": (_command("new_file"),
            QT_TRANSLATE_NOOP("Cli", "maak een leeg organisatiebestand")),
    "demo": (_command("write_demo"),
             QT_TRANSLATE_NOOP("Cli", "schrijf een voorbeeldorganisatie")),
    "export": (_command("export_file"),
               QT_TRANSLATE_NOOP("Cli", "de hele organisatie als JSON")),
    "import": (_command("import_file"),
               QT_TRANSLATE_NOOP("Cli", "een nieuw .werkdruk-bestand uit JSON")),
    "report": (_command("write_report"),
               QT_TRANSLATE_NOOP("Cli", "druk een rapport af als PDF")),
    "survey": (lambda args: args.run(args),  # see cli.survey
               QT_TRANSLATE_NOOP("Cli", "de anonieme vragenlijst")),
    "check": (_command("check_file"),
              QT_TRANSLATE_NOOP("Cli", "klaar voor de inspectie? (0: ja, 1: nog actiepunten)")),
    "plan": (lambda args: args.run(args),  # see cli.plan
             QT_TRANSLATE_NOOP("Cli", "het plan van aanpak exporteren")),
    "portfolio": (lambda args: args.run(args),  # see cli.portfolio
                  QT_TRANSLATE_NOOP("Cli", "alle klantbestanden in mappen: overzicht")),
    "library": (lambda args: args.run(args),  # see cli.library
                QT_TRANSLATE_NOOP("Cli", "eigen bronnen en maatregelen naar een andere klant")),
}
