"""The built-in sources and their questionnaire items, read from resources/catalogue/."""

from __future__ import annotations

import functools
import tomllib
from pathlib import Path

from werkdrukdesk.core.model import Item, Source, SourceKind
from werkdrukdesk.paths import resources_dir

DEFAULT_LANGUAGE = "nl"


def catalogue_dir() -> Path:
    return resources_dir() / "catalogue"


@functools.cache
def _raw_sources() -> tuple[dict, ...]:
    with (catalogue_dir() / "sources.toml").open("rb") as handle:
        return tuple(tomllib.load(handle)["source"])


def builtin_sources(language: str = DEFAULT_LANGUAGE) -> list[Source]:
    """Fresh Source objects for a new file, in catalogue order, without ids."""
    return [
        Source(
            name=raw["name"][language],
            kind=SourceKind(raw["kind"]),
            explanation=raw["explanation"][language],
            category=raw["group"],
            catalogue_key=raw["key"],
            position=position,
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


@functools.cache
def answer_labels(language: str = DEFAULT_LANGUAGE) -> dict[int, str]:
    """The words of the 1-5 answer scale: 1 'nooit' ... 5 'altijd'."""
    with (catalogue_dir() / "scale.toml").open("rb") as handle:
        answers = tomllib.load(handle)["answer"]
    return {answer["value"]: answer["label"][language] for answer in answers}
