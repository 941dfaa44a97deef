"""The built-in library of suggested measures, read from resources/catalogue/measures.toml.

A suggestion is a starting point: the owner picks one, it becomes an ordinary measure of the
plan, and the owner adapts it to the business. Suggestions name catalogue source keys, so they
work in every file whatever ids its sources have.
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from werkdrukdesk.core import i18n
from werkdrukdesk.core import model as m
from werkdrukdesk.core.catalogue import DEFAULT_LANGUAGE, catalogue_dir
from werkdrukdesk.core.plan.listing import LEVEL_ORDER, problem_teams

FORMAT = 1


@dataclass(frozen=True)
class Suggestion:
    key: str
    sources: tuple[str, ...]  # catalogue keys of the sources it addresses
    level: m.Level
    title: str
    description: str
    carried_out_by: str = ""
    coherence: str = ""
    position: int = 0  # order in the library file
    law: str = ""  # the statutory minimum it carries out, as a citation; "" when none
    legal: str = ""  # what that law requires, in plain words
    strand: m.Strand = m.Strand.WERKDRUK  # the strand of PSA its sources belong to

    @property
    def statutory(self) -> bool:
        """A legal minimum: 'wettelijk verplicht', never an optional improvement."""
        return bool(self.law)


@functools.cache
def _raw_measures() -> tuple[dict[str, Any], ...]:  # as TOML has it
    with (catalogue_dir() / "measures.toml").open("rb") as handle:
        data = tomllib.load(handle)
    if data.get("format") != FORMAT:
        raise ValueError(f"measures.toml: unknown format {data.get('format')!r}")
    return tuple(data["measure"])


def _text(raw: dict[str, Any], name: str, language: str) -> str:
    # English may lag behind; Dutch is always there and better than nothing.
    texts = raw.get(name, {})
    return texts.get(language) or texts.get(DEFAULT_LANGUAGE, "")


def all_suggestions(language: str | None = None) -> list[Suggestion]:
    """Every suggestion in library order, in `language` or else the current language."""
    language = language or i18n.current()
    return [
        Suggestion(
            key=raw["key"],
            sources=tuple(raw["sources"]),
            level=m.Level(raw["level"]),
            title=_text(raw, "title", language),
            description=_text(raw, "description", language),
            carried_out_by=_text(raw, "carried_out_by", language),
            coherence=_text(raw, "coherence", language),
            position=position,
            law=raw.get("law", ""),
            legal=_text(raw, "legal", language),
            strand=m.Strand(raw.get("strand", m.Strand.WERKDRUK)),
        )
        for position, raw in enumerate(_raw_measures())
    ]


def suggestions(
    source_keys: set[str] | None = None,
    level: m.Level | None = None,
    language: str | None = None,
    strand: m.Strand | None = None,
) -> list[Suggestion]:
    """Suggestions addressing any of `source_keys` (None: all) at `level` (None: any level),
    of `strand` (None: every strand).

    Organisation first, then team, then individual, as the inspectorate asks; within a level
    those that address more of the wanted sources come first. Texts in `language`, or else
    in the current language.
    """
    chosen = [
        s
        for s in all_suggestions(language)
        if (source_keys is None or source_keys & set(s.sources))
        and (level is None or s.level == level)
        and (strand is None or s.strand == strand)
    ]
    wanted = source_keys or set()
    return sorted(
        chosen, key=lambda s: (LEVEL_ORDER[s.level], -len(wanted & set(s.sources)), s.position)
    )


def search(found: Iterable[Suggestion], text: str) -> list[Suggestion]:
    """The suggestions whose title, description, executor or law contain every word of
    `text`."""
    words = text.casefold().split()
    return [
        s
        for s in found
        if all(
            word in f"{s.title} {s.description} {s.carried_out_by} {s.law} {s.legal}".casefold()
            for word in words
        )
    ]


def to_measure(suggestion: Suggestion, targets: Iterable[m.Target]) -> m.Measure:
    """A new, unstored measure filled from the suggestion, aimed at `targets`."""
    description = suggestion.description
    if suggestion.statutory:  # the plan says it too: this part is not a choice
        description = f"{suggestion.legal} ({suggestion.law})\n\n{description}"
    return m.Measure(
        title=suggestion.title,
        description=description,
        level=suggestion.level,
        carried_out_by=suggestion.carried_out_by,
        coherence=suggestion.coherence,
        targets=list(dict.fromkeys(targets)),
    )


# -- fitting a suggestion to a file ----------------------------------------------------------


def source_ids_by_key(org: m.Organisation) -> dict[str, int]:
    """The ids of the file's built-in sources that are still in use, by catalogue key."""
    return {
        s.catalogue_key: s.id
        for s in org.sources
        if s.catalogue_key and not s.archived and s.id is not None
    }


def focus_keys(
    org: m.Organisation, cycle: m.Cycle, measure: m.Measure | None = None
) -> set[str]:
    """Which sources the library should show first: those the chosen measure addresses,
    else the cycle's problems. Empty when there is nothing to go on."""
    return measure_keys(org, measure) or problem_keys(org, cycle)


def measure_keys(org: m.Organisation, measure: m.Measure | None) -> set[str]:
    """The catalogue keys of the built-in sources a measure addresses."""
    keys = {s.id: s.catalogue_key for s in org.sources if s.catalogue_key}
    targets = measure.targets if measure is not None else []
    return {keys[t.source_id] for t in targets if t.source_id in keys}


def problem_keys(org: m.Organisation, cycle: m.Cycle) -> set[str]:
    """The catalogue keys of the built-in sources that are a problem in this cycle."""
    keys = {s.id: s.catalogue_key for s in org.sources if s.catalogue_key}
    return {keys[sid] for sid in problem_teams(cycle) if sid in keys}


def targets_for(
    suggestion: Suggestion,
    org: m.Organisation,
    cycle: m.Cycle,
    focus: Iterable[m.Target] = (),
) -> list[m.Target]:
    """What a measure made from `suggestion` should address in this cycle.

    The problems of its sources, one target per team; an organisation-level measure for a
    source that is a problem in several teams (or organisation-wide) gets one organisation-wide
    target, which covers every team. Without problems, the chosen measure's targets for these
    sources (`focus`) are used; failing that the measure starts without targets.
    """
    ids = source_ids_by_key(org)
    wanted = [ids[key] for key in suggestion.sources if key in ids]
    problems = problem_teams(cycle)
    targets: list[m.Target] = []
    for source_id in wanted:
        teams = problems.get(source_id, [])
        shared = None in teams or len(teams) > 1
        if suggestion.level == m.Level.ORGANISATION and shared:
            targets.append(m.Target(source_id, None))
        else:
            targets += [m.Target(source_id, team) for team in teams]
    if not targets:
        targets = [t for t in focus if t.source_id in wanted]
    return list(dict.fromkeys(targets))
