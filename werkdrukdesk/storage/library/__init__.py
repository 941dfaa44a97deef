"""Reading and writing the adviser's library file, and importing it into an organisation file.

The format and its rules are in core.plan.own_library and docs/library-format.md; here are the
file's bytes: written all at once, read bounded, and an import that is all or nothing.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from werkdrukdesk.core import model as m
from werkdrukdesk.core.catalogue import builtin_sources
from werkdrukdesk.core.cycles import current_cycle, first_cycle
from werkdrukdesk.core.errors import WerkdrukError
from werkdrukdesk.core.i18n import translate
from werkdrukdesk.core.plan import own_library as lib
from werkdrukdesk.core.reading import read_bounded
from werkdrukdesk.storage.atomic import write_text_atomically
from werkdrukdesk.storage.records.store import Records

# A library is text written by people: a few hundred KB at most. Anything far larger is not one.
MAX_LIBRARY_BYTES = 8 * 1024 * 1024


@dataclass(frozen=True)
class Imported:
    sources: list[str]  # names added
    skipped_sources: list[str]  # names already in the file
    measures: list[str]  # titles added to the current cycle
    skipped_measures: list[str]  # titles already in it


def chosen_measures(cycle: m.Cycle, which: str) -> list[m.Measure]:
    """The current cycle's measures for the library: 'all', or 'open' (planned or busy)."""
    return [x for x in cycle.measures if which == "all" or x.is_open]


def write_library(path: str | os.PathLike[str], org: m.Organisation,
                  measures: list[m.Measure], protect: list[Path]) -> None:
    """Write the library of `org`'s own sources and `measures` to `path`, all at once."""
    document = lib.to_document(org, measures)
    text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    write_text_atomically(path, text, protect)


def read_library(path: str | os.PathLike[str]) -> lib.Library:
    """The library in `path`; any problem is a WerkdrukError in plain Dutch."""
    data = read_bounded(path, MAX_LIBRARY_BYTES)
    name = Path(path).name
    try:
        document = json.loads(data.decode("utf-8-sig"), parse_constant=_refuse)
    except UnicodeDecodeError:
        raise WerkdrukError(translate(
            "Library", "{file} is geen tekstbestand in UTF-8 en dus geen bibliotheek.").format(
                file=name)) from None
    except json.JSONDecodeError as error:
        raise WerkdrukError(translate(
            "Library", "{file} is geen leesbaar JSON-bestand (regel {line}, kolom {column}); "
            "een bibliotheek wordt gemaakt met 'werkdrukdesk library export'.").format(
                file=name, line=error.lineno, column=error.colno)) from None
    except (RecursionError, ValueError):  # absurd nesting, NaN, numbers of 10k digits
        raise WerkdrukError(translate(
            "Library", "{file} is geen bibliotheekbestand van WerkdrukDesk.").format(
                file=name)) from None
    return lib.from_document(document)


def _refuse(name: str) -> None:
    raise ValueError(name)


def import_library(file: Records, org: m.Organisation, library: lib.Library) -> Imported:
    """Add `library` to the open, loaded file: its new own sources, and its measures as planned
    measures of the current cycle. In one transaction: a problem leaves the file as it was."""
    cycle = current_cycle(org)
    if library.measures and cycle.closed:
        raise WerkdrukError(translate(
            "Library", "De nieuwste cyclus is afgesloten; begin eerst een nieuwe cyclus om er "
            "maatregelen aan toe te voegen. Er is niets ingelezen."))
    plan = lib.plan_import(org, cycle, library)  # refuses a clash before anything is written
    sources = lib.added_sources(org, plan)
    with file.db.atomic():
        for source in sources:
            file.save(source)
        measures = [file.save(lib.to_measure(org.sources + sources, x), cycle.id)
                    for x in plan.new_measures]
    # Only once all is stored does the loaded organisation (a window's model) follow.
    org.sources.extend(sources)
    cycle.measures.extend(measures)
    return Imported([s.name for s in plan.new_sources], plan.skipped_sources,
                    [x.title for x in plan.new_measures], plan.skipped_measures)


def check_for_new(profile: m.Profile, library: lib.Library, today: date) -> None:
    """Refuse (WerkdrukError) a library that would not fit a new file of `profile`, before the
    file is made: a question code of its sources may clash with a built-in one."""
    trial = m.Organisation(profile=profile, sources=builtin_sources(scope=profile.psa_scope),
                           cycles=[first_cycle(today)])
    lib.plan_import(trial, current_cycle(trial), library)


def summary(done: Imported) -> str:
    """One or two lines that say what an import added and what it left out."""
    text = translate("Library", "Ingelezen: {sources} eigen bronnen en {measures} maatregelen "
                     "(gepland, nog zonder verantwoordelijke en datums).").format(
                         sources=len(done.sources), measures=len(done.measures))
    if done.skipped_sources:
        text += " " + translate("Library", "Al aanwezig en overgeslagen: {names}.").format(
            names=", ".join(done.skipped_sources))
    if done.skipped_measures:
        text += " " + translate(
            "Library", "Maatregelen die al in de cyclus staan, overgeslagen: {titles}.").format(
                titles=", ".join(done.skipped_measures))
    return text
