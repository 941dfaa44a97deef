"""Which reports exist: the report kind as the command line and the program name it, and the
function that builds it.

Every build function has the same shape:
`build(org, cycle, *, printed_on: date | None = None, **options) -> bytes` (the PDF).
"""

from __future__ import annotations

import importlib
from datetime import date
from typing import Protocol

from werkdrukdesk.core.errors import WerkdrukError
from werkdrukdesk.core.model import Cycle, Organisation

# Every kind DESIGN.md names, in the order the program offers them.
KINDS = ("plan", "dossier", "attendance", "questionnaire", "evaluation", "readiness")


class BuildReport(Protocol):
    def __call__(self, org: Organisation, cycle: Cycle, *, printed_on: date | None = None,
                 **options: object) -> bytes: ...


# Kind -> module with its `build`; imported only when a report is built, so that showing the
# program's window does not pay for loading ReportLab.
BUILDERS: dict[str, str] = {kind: f"werkdrukdesk.reports.{kind}" for kind in KINDS}


def builder(kind: str) -> BuildReport:
    """The build function of `kind`; a WerkdrukError for a kind that does not exist (yet)."""
    module = BUILDERS.get(kind)
    if module is not None:
        return importlib.import_module(module).build
    if kind in KINDS:
        raise WerkdrukError(f"Het rapport '{kind}' is in deze versie nog niet beschikbaar.")
    raise WerkdrukError(f"Onbekend rapport '{kind}'; kies uit: {', '.join(KINDS)}.")


def available() -> list[str]:
    """The kinds that can be built now, in the order of KINDS."""
    return [kind for kind in KINDS if kind in BUILDERS]
