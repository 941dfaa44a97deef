"""The built-in sources and their questionnaire items, read from resources/catalogue/.

The catalogue holds every text in Dutch and English; without a language named, the texts come
in the current language (`core.i18n.current()`).
"""

from __future__ import annotations

import functools
import tomllib
from pathlib import Path
from typing import Any

from werkdrukdesk.core import i18n
from werkdrukdesk.core.model import Item, PsaScope, Source, SourceKind, Strand
from werkdrukdesk.paths import resources_dir

DEFAULT_LANGUAGE = i18n.SOURCE_LANGUAGE  # always complete: the fallback for missing texts


def catalogue_dir() -> Path:
    return resources_dir() / "catalogue"


@functools.cache
def _raw_sources() -> tuple[dict[str, Any], ...]:  # as TOML has it
    with (catalogue_dir() / "sources.toml").open("rb") as handle:
        return tuple(tomllib.load(handle)["source"])


# The werkdruk source that mixes colleagues and customers; a file with the whole PSA policy
# asks about the two strands apart instead, and keeps this one archived.
MIXED_UNWANTED_KEY = "unwanted_behaviour"


def builtin_sources(
    language: str | None = None, scope: PsaScope = PsaScope.WERKDRUK
) -> list[Source]:
    """Fresh Source objects for a new file, in catalogue order, without ids; in `language`,
    or in the current language when none is given. Werkdruk only: the werkdruk sources; the
    whole PSA: also those of the other two strands, with the mixed source archived."""
    language = language or i18n.current()
    sources = [s for s in _all_sources(language)
               if scope == PsaScope.WHOLE or s.strand == Strand.WERKDRUK]
    for source in sources:
        source.archived = scope == PsaScope.WHOLE and source.catalogue_key == MIXED_UNWANTED_KEY
    return sources


def _all_sources(language: str) -> list[Source]:
    return [
        Source(
            name=raw["name"][language],
            kind=SourceKind(raw["kind"]),
            explanation=raw["explanation"][language],
            category=raw["group"],
            catalogue_key=raw["key"],
            position=position,
            strand=Strand(raw.get("strand", Strand.WERKDRUK)),
            items=[
                Item(key=item["key"], text=item["text"][language], position=n)
                for n, item in enumerate(raw["item"])
            ],
        )
        for position, raw in enumerate(_raw_sources())
    ]


def source_by_key(sources: list[Source], key: str) -> Source:
    for source in sources:
        if source.catalogue_key == key:
            return source
    raise KeyError(key)


def answer_labels(language: str | None = None) -> dict[int, str]:
    """The words of the 1-5 answer scale: 1 'nooit' ... 5 'altijd'; in `language`, or in the
    current language when none is given."""
    return _answer_labels(language or i18n.current())


@functools.cache
def _answer_labels(language: str) -> dict[int, str]:
    with (catalogue_dir() / "scale.toml").open("rb") as handle:
        answers = tomllib.load(handle)["answer"]
    return {answer["value"]: answer["label"][language] for answer in answers}
