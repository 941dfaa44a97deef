"""Which reports exist: the report kind as the command line and the program name it, and the
function that builds it.

Every build function has the same shape:
`build(org, cycle, *, printed_on: date, **options) -> bytes` (the PDF), and
writes its words in the language current in the thread that calls it (`core.i18n.current()`).
`build` below builds a report of a kind in a chosen language without changing the program's.
"""

from __future__ import annotations

import importlib
from datetime import date
from typing import Protocol

from werkdrukdesk.core import i18n
from werkdrukdesk.core.errors import WerkdrukError
from werkdrukdesk.core.i18n import translate
from werkdrukdesk.core.model import Cycle, Organisation

# Every kind of document the program prints, in the order it offers them.
KINDS = ("plan", "dossier", "attendance", "questionnaire", "evaluation", "readiness", "poster")


class BuildReport(Protocol):
    def __call__(self, org: Organisation, cycle: Cycle, *, printed_on: date,
                 **options: object) -> bytes: ...


# Kind -> module with its `build`; imported only when a report is built, so that showing the
# program's window does not pay for loading ReportLab.
BUILDERS: dict[str, str] = {
    "plan": "werkdrukdesk.reports.plan.document",
    "dossier": "werkdrukdesk.reports.dossier.document",
    "attendance": "werkdrukdesk.reports.attendance.document",
    "questionnaire": "werkdrukdesk.reports.survey.questionnaire",
    "evaluation": "werkdrukdesk.reports.evaluation.document",
    "readiness": "werkdrukdesk.reports.readiness",
    "poster": "werkdrukdesk.reports.psa.poster",  # the sheet for the wall (whole PSA only)
}


def builder(kind: str) -> BuildReport:
    """The build function of `kind`; a WerkdrukError for a kind that does not exist (yet).
    The report comes out in the current language (`core.i18n.current()`)."""
    module = BUILDERS.get(kind)
    if module is not None:
        return importlib.import_module(module).build
    if kind in KINDS:
        message = translate("Reports", "Het rapport '{kind}' is in deze versie nog niet "
                                       "beschikbaar.")
        raise WerkdrukError(message.format(kind=kind))
    message = translate("Reports", "Onbekend rapport '{kind}'; kies uit: {kinds}.")
    raise WerkdrukError(message.format(kind=kind, kinds=", ".join(KINDS)))


def build(kind: str, org: Organisation, cycle: Cycle, *, printed_on: date,
          language: str | None = None, **options: object) -> bytes:
    """The PDF of report `kind` of `cycle`, in `language` ("nl", "en"; None: the current one).

    The language holds for this call in this thread only (a worker thread may build an English
    report while the window stays Dutch). `options` go to the builder as they are (`session_id`,
    `measurement_id`, `measurement_id`...). An unknown kind or language is a WerkdrukError."""
    if language is not None and language not in i18n.LANGUAGES:
        message = translate("Reports", "Onbekende taal '{language}'; kies uit: {languages}.")
        raise WerkdrukError(message.format(language=language,
                                           languages=", ".join(i18n.LANGUAGES)))
    build_report = builder(kind)
    if language is None:
        return build_report(org, cycle, printed_on=printed_on, **options)
    with i18n.language(language):
        return build_report(org, cycle, printed_on=printed_on, **options)


def available() -> list[str]:
    """The kinds that can be built now, in the order of KINDS."""
    return [kind for kind in KINDS if kind in BUILDERS]
