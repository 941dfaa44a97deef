"""What several commands share: reading a file's cycle, and never writing over the data file."""

from __future__ import annotations

from pathlib import Path

from werkdrukdesk.core.cycles import current_cycle, cycle_by_number
from werkdrukdesk.core.errors import WerkdrukError
from werkdrukdesk.core.i18n import translate
from werkdrukdesk.core.model import Cycle, Organisation


def load_cycle(path: Path, number: int | None) -> tuple[Organisation, Cycle]:
    """The organisation in `path` (opened read-only) and its cycle `number`, or the newest."""
    from werkdrukdesk.storage import open_file

    with open_file(path, read_only=True) as file:
        org = file.load()
    cycle = current_cycle(org) if number is None else cycle_by_number(org, number)
    if cycle is None:
        numbers = ", ".join(str(c.number) for c in sorted(org.cycles, key=lambda c: c.number))
        raise WerkdrukError(
            translate("Cli", "Cyclus {number} bestaat niet in {file}; kies uit: {numbers}.")
            .format(number=number, file=path, numbers=numbers)
        )
    return org, cycle


def refuse_writing_over(output: Path, data_file: Path, message: str) -> None:
    """An output (a report, an export...) must not replace the organisation file itself, nor
    any other organisation file or database; `message` is the whole sentence that says so for
    the command's own file, already translated. Checked before anything is read or built."""
    from werkdrukdesk.storage.guard import refuse_output, same_file

    if same_file(output, data_file):
        raise WerkdrukError(message)
    refuse_output(output, [data_file])
