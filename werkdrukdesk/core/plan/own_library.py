"""The adviser's own library: own sources and chosen measures as a file that moves between
clients (docs/library-format.md).

Only what is reusable goes in: a source's name, kind, strand, explanation and questionnaire
items; a measure's title, description, level, intended result, how its effect is judged and the
sources it aims at, named by catalogue key or by name. Never team ids (they mean nothing in
another file), people, dates or statuses: those belong to one client.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from werkdrukdesk.core import model as m
from werkdrukdesk.core.errors import WerkdrukError
from werkdrukdesk.core.i18n import translate

FORMAT_NAME = "werkdrukdesk-library"
FORMAT_VERSION = 1
MAX_TEXT = 20_000  # characters in one text field; a page of explanation is a few hundred


@dataclass(frozen=True)
class SourceRef:
    """How a measure names a source in another file: built-in by key, own by name."""

    catalogue_key: str | None = None
    name: str = ""


@dataclass
class LibraryMeasure:
    title: str
    description: str = ""
    level: m.Level = m.Level.ORGANISATION
    intended_result: str = ""
    judge_how: str = ""
    sources: list[SourceRef] = field(default_factory=list)


@dataclass
class Library:
    sources: list[m.Source] = field(default_factory=list)  # own ones, without ids
    measures: list[LibraryMeasure] = field(default_factory=list)


@dataclass
class ImportPlan:
    """What importing a library into a file does, decided before anything is written."""

    new_sources: list[m.Source]
    skipped_sources: list[str]  # names already in the file
    new_measures: list[LibraryMeasure]
    skipped_measures: list[str]  # titles already in the cycle


# -- export ------------------------------------------------------------------------------


def own_sources(org: m.Organisation) -> list[m.Source]:
    """The organisation's own sources (no catalogue key) still in use, in their order."""
    return sorted((s for s in org.sources if not s.built_in and not s.archived),
                  key=lambda s: s.position)


def to_document(org: m.Organisation, measures: list[m.Measure]) -> dict[str, Any]:
    """The library of `org`'s own sources and `measures`, as plain JSON data."""
    by_id = {s.id: s for s in org.sources}
    return {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "sources": [_source_plain(s) for s in own_sources(org)],
        "measures": [_measure_plain(x, by_id) for x in measures],
    }


def _source_plain(source: m.Source) -> dict[str, Any]:
    return {
        "name": source.name,
        "kind": source.kind.value,
        "strand": source.strand.value,
        "category": source.category,
        "explanation": source.explanation,
        "items": [{"key": i.key, "text": i.text}
                  for i in sorted(source.items, key=lambda i: i.position)],
    }


def _measure_plain(measure: m.Measure, by_id: dict[int | None, m.Source]) -> dict[str, Any]:
    refs: list[dict[str, str]] = []
    for target in measure.targets:  # a source aimed at in several teams is named once
        source = by_id.get(target.source_id)
        if source is None:
            continue
        ref = ({"catalogue_key": source.catalogue_key} if source.catalogue_key
               else {"name": source.name})
        if ref not in refs:
            refs.append(ref)
    return {
        "title": measure.title,
        "description": measure.description,
        "level": measure.level.value,
        "intended_result": measure.intended_result,
        "judge_how": measure.judge_how,
        "sources": refs,
    }


# -- reading -----------------------------------------------------------------------------


def from_document(document: Any) -> Library:
    """A library from parsed JSON; a WerkdrukError in plain Dutch says what is wrong."""
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise WerkdrukError(translate(
            "Library", "Dit is geen bibliotheekbestand van WerkdrukDesk (er staat geen "
            "\"format\": \"werkdrukdesk-library\" in)."))
    version = document.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise WerkdrukError(translate(
            "Library", "Het bibliotheekbestand mist een geldig formaatnummer."))
    if version > FORMAT_VERSION:
        raise WerkdrukError(translate(
            "Library", "Dit bibliotheekbestand is gemaakt met een nieuwere versie van "
            "WerkdrukDesk (formaat {version}); installeer de nieuwste versie om het in te "
            "lezen.").format(version=version))
    sources = [_source(raw, n) for n, raw in enumerate(_list(document, "sources"))]
    measures = [_measure(raw) for raw in _list(document, "measures")]
    names = [s.name.casefold() for s in sources]
    again = next((s.name for n, s in enumerate(sources) if s.name.casefold() in names[:n]), None)
    if again is not None:
        raise WerkdrukError(_bad(translate(
            "Library", "de bron '{name}' komt meer dan eens voor").format(name=again)))
    keys = [i.key for s in sources for i in s.items]
    twice = sorted({k for k in keys if keys.count(k) > 1})
    if twice:
        raise WerkdrukError(_bad(translate(
            "Library", "de vraagcode {key} komt meer dan eens voor").format(key=twice[0])))
    return Library(sources, measures)


def _bad(problem: str) -> str:
    return translate("Library", "Het bibliotheekbestand klopt niet: {problem}.").format(
        problem=problem)


def _list(raw: dict[str, Any], name: str) -> list[Any]:
    value = raw.get(name, [])
    if not isinstance(value, list):
        raise WerkdrukError(_bad(translate("Library", "'{field}' is geen lijst").format(
            field=name)))
    return value


def _text(raw: Any, name: str, required: bool = False) -> str:
    if not isinstance(raw, dict):
        raise WerkdrukError(_bad(translate("Library", "een onderdeel is geen object")))
    value = raw.get(name, "")
    if not isinstance(value, str) or len(value) > MAX_TEXT or (required and not value.strip()):
        raise WerkdrukError(_bad(translate(
            "Library", "'{field}' ontbreekt, is geen tekst of is te lang").format(field=name)))
    return value.strip() if required else value


def _code(enum: type, raw: Any, name: str, default: str) -> Any:
    value = raw.get(name, default)
    try:
        return enum(value)
    except ValueError:
        raise WerkdrukError(_bad(translate(
            "Library", "'{value}' is geen geldige waarde voor '{field}'").format(
                value=str(value)[:40], field=name))) from None


def _source(raw: Any, position: int) -> m.Source:
    name = _text(raw, "name", required=True)
    items = [m.Item(_text(i, "key", required=True), _text(i, "text", required=True), n)
             for n, i in enumerate(_list(raw, "items"))]
    return m.Source(name=name, kind=_code(m.SourceKind, raw, "kind", ""),
                    explanation=_text(raw, "explanation"), category=_text(raw, "category"),
                    position=position, items=items,
                    strand=_code(m.Strand, raw, "strand", m.Strand.WERKDRUK.value))


def _measure(raw: Any) -> LibraryMeasure:
    title = _text(raw, "title", required=True)
    refs = []
    for ref in _list(raw, "sources"):
        key = _text(ref, "catalogue_key")
        name = _text(ref, "name")
        if not key and not name.strip():
            raise WerkdrukError(_bad(translate(
                "Library", "maatregel '{title}' noemt een bron zonder naam of code").format(
                    title=title)))
        refs.append(SourceRef(key or None, name))
    return LibraryMeasure(title=title, description=_text(raw, "description"),
                          level=_code(m.Level, raw, "level", m.Level.ORGANISATION.value),
                          intended_result=_text(raw, "intended_result"),
                          judge_how=_text(raw, "judge_how"), sources=refs)


# -- importing ---------------------------------------------------------------------------


def plan_import(org: m.Organisation, cycle: m.Cycle, library: Library) -> ImportPlan:
    """What `library` adds to `org`: own sources not yet there by name, measures not yet in
    `cycle` by title. Refused whole when a new source's question code is already taken."""
    names = {s.name.casefold() for s in org.sources}
    new = [s for s in library.sources if s.name.casefold() not in names]
    skipped = [s.name for s in library.sources if s.name.casefold() in names]
    taken = {i.key for s in org.sources for i in s.items}
    for source in new:
        clash = next((i.key for i in source.items if i.key in taken), None)
        if clash is not None:
            raise WerkdrukError(translate(
                "Library", "De bron '{source}' uit de bibliotheek gebruikt de vraagcode {key}, "
                "maar die bestaat al in dit bestand. Er is niets ingelezen; geef de vraag in de "
                "bibliotheek een andere code.").format(source=source.name, key=clash))
    titles = {x.title.casefold() for x in cycle.measures}
    measures: list[LibraryMeasure] = []
    present: list[LibraryMeasure] = []
    for measure in library.measures:  # a title twice in the library is added once
        (present if measure.title.casefold() in titles else measures).append(measure)
        titles.add(measure.title.casefold())
    return ImportPlan(new, skipped, measures, [x.title for x in present])


def added_sources(org: m.Organisation, plan: ImportPlan) -> list[m.Source]:
    """The plan's new sources, placed after the file's own (to be stored)."""
    start = max((s.position for s in org.sources), default=-1) + 1
    return [m.Source(name=s.name, kind=s.kind, explanation=s.explanation, category=s.category,
                     position=start + n, items=[m.Item(i.key, i.text, i.position)
                                                for i in s.items], strand=s.strand)
            for n, s in enumerate(plan.new_sources)]


def to_measure(sources: list[m.Source], measure: LibraryMeasure) -> m.Measure:
    """A planned measure for the file, aimed organisation-wide at the stored `sources` it
    names. It has nobody responsible and no dates, so the plan is not complete (and
    never 'ready') before the adviser fills them in for this client."""
    by_key = {s.catalogue_key: s.id for s in sources if s.catalogue_key and not s.archived}
    by_name = {s.name.casefold(): s.id for s in sources if not s.archived}
    targets: list[m.Target] = []
    for ref in measure.sources:
        found = by_key.get(ref.catalogue_key) if ref.catalogue_key else by_name.get(
            ref.name.casefold())
        if found is not None and m.Target(found, None) not in targets:
            targets.append(m.Target(found, None))
    return m.Measure(title=measure.title, description=measure.description,
                     level=measure.level, intended_result=measure.intended_result,
                     judge_how=measure.judge_how, targets=targets)
