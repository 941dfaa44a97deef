"""The JSON interchange format: a whole organisation in one versioned, readable document.

See docs/json-format.md. Export is deterministic, so export -> import -> export is identical.
"""

from __future__ import annotations

import json
from typing import Any

from werkdrukdesk import __version__
from werkdrukdesk.core.codec import DecodeError, from_plain, to_plain
from werkdrukdesk.core.errors import WerkdrukError
from werkdrukdesk.core.i18n import translate
from werkdrukdesk.core.model import Organisation
from werkdrukdesk.core.rules import integrity_problems

FORMAT_NAME = "werkdrukdesk"
# 2: the whole PSA policy (scope, strands, policy, risk factors, incidents). A version 1
# export has none of it and reads as werkdruk only, as the file it came from was.
FORMAT_VERSION = 2


def to_json(org: Organisation, with_answers: bool = False) -> str:
    """The organisation as JSON. Single questionnaires stay out unless `with_answers` is asked
    for explicitly (a full copy, to be treated like the .werkdruk file itself)."""
    plain = to_plain(org)
    if not with_answers:
        for cycle in plain["cycles"]:
            for measurement in cycle["measurements"]:
                measurement["responses"] = []
    document = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "written_by": f"WerkdrukDesk {__version__}",
        "answers_included": with_answers,
        "organisation": plain,
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def from_json(text: str) -> Organisation:
    """Parse and check a JSON export; raises WerkdrukError listing what is wrong."""
    try:
        document = json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as error:
        raise WerkdrukError(
            translate("Storage", "Het JSON-bestand is onleesbaar (regel {line}, kolom {column}).")
            .format(line=error.lineno, column=error.colno)
        ) from None
    except RecursionError:
        raise WerkdrukError(_too_deep()) from None
    except ValueError:  # a number of thousands of digits, or NaN/Infinity
        raise WerkdrukError(translate(
            "Storage", "Het JSON-bestand klopt niet: het bevat een getal dat geen getal is "
            "(NaN, Infinity of duizenden cijfers).")) from None
    _check_header(document)
    try:
        org = from_plain(Organisation, document.get("organisation"), "organisatie")
    except DecodeError as error:
        raise WerkdrukError(
            translate("Storage", "Het JSON-bestand klopt niet: {problem}.").format(problem=error)
        ) from None
    except RecursionError:
        raise WerkdrukError(_too_deep()) from None
    problems = integrity_problems(org)
    if len(problems) == 1:
        raise WerkdrukError(
            translate("Storage", "Het JSON-bestand klopt niet: {problem}").format(
                problem=problems[0])
        )
    if problems:
        raise WerkdrukError(
            translate("Storage", "Het JSON-bestand klopt niet: {problem} "
                                 "(en nog {count} andere problemen)")
            .format(problem=problems[0], count=len(problems) - 1)
        )
    return org


def _refuse_constant(name: str) -> None:
    """JSON has no NaN or Infinity; Python's reader accepts them unless told not to."""
    raise ValueError(name)


def _too_deep() -> str:
    return translate("Storage", "Het JSON-bestand is te diep genest om in te lezen.")


def _check_header(document: Any) -> None:
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise WerkdrukError(translate("Storage", "Dit is geen exportbestand van WerkdrukDesk."))
    version = document.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise WerkdrukError(
            translate("Storage", "Het exportbestand mist een geldig formaatnummer.")
        )
    if version > FORMAT_VERSION:
        raise WerkdrukError(
            translate(
                "Storage",
                "Dit exportbestand is gemaakt met een nieuwere versie van WerkdrukDesk; "
                "installeer de nieuwste versie om het in te lezen.",
            )
        )
