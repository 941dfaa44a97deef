"""How each stored class lies in its table: its `Spec` (the table, the column that points at
its owner, nested dataclasses kept in the same row under a column prefix, and list fields that
live in tables of their own), and one object to its row and back."""

from __future__ import annotations

import dataclasses
import functools
import typing
from dataclasses import dataclass, field
from typing import Any, TypeVar

from werkdrukdesk.core import model as m
from werkdrukdesk.core.codec import field_types, from_plain, to_plain

# A row as sqlite-utils reads and writes it: column name -> SQLite value.
Row = dict[str, Any]
R = TypeVar("R", bound=m.Record)

CYCLE_PARTS = m.CYCLE_PARTS


@dataclass(frozen=True)
class Spec:
    table: str
    parent_column: str | None = None
    embedded: dict[str, str] = field(default_factory=dict)  # field -> column prefix
    children: tuple[str, ...] = ()  # fields kept in other tables

    def scalar_fields(self, cls: type) -> tuple[str, ...]:
        return _scalar_fields(cls, tuple(self.embedded), self.children)


@functools.cache
def _scalar_fields(cls: type, embedded: tuple[str, ...], children: tuple[str, ...]
                   ) -> tuple[str, ...]:
    """Worked out once per class: a file's records are decoded by the thousand."""
    skip = {"id", *embedded, *children}
    return tuple(f.name for f in dataclasses.fields(cls) if f.name not in skip)


SPECS: dict[type, Spec] = {
    m.Document: Spec("documents"),
    m.OrganisationChange: Spec("organisation_changes"),
    m.Source: Spec("sources", children=("items",)),
    m.Cycle: Spec(
        "cycles",
        embedded={"approval": "", "process_evaluation": "process_"},
        children=CYCLE_PARTS,
    ),
    m.Team: Spec("teams", "cycle_id", children=("aggression_risks",)),
    m.SourceRating: Spec("source_ratings", "cycle_id"),
    m.TeamBalance: Spec("team_balances", "cycle_id"),
    m.Measure: Spec(
        "measures", "cycle_id", children=("targets", "related_measure_ids", "evaluation")
    ),
    m.InformationSession: Spec(
        "information_sessions", "cycle_id", children=("topics", "attendees", "team_counts")
    ),
    m.Measurement: Spec("measurements", "cycle_id", children=("source_ids", "responses")),
    m.GroupConversation: Spec("group_conversations", "cycle_id", children=("outcomes_per_source",)),
    m.ExternalStudy: Spec("external_studies", "cycle_id", children=("team_ids",)),
    m.Incident: Spec("incidents", "cycle_id"),
}


# Asked for every row read and never different: worked out once per class. (A dict, not
# functools.cache, whose signature asks for a Hashable that mypy does not see in `type[R]`.)
_PART_FIELDS: dict[type, tuple[str, ...]] = {}


def _part_fields(part_cls: type) -> tuple[str, ...]:
    """Fields of an embedded dataclass that live in the owner's row (its lists do not)."""
    found = _PART_FIELDS.get(part_cls)
    if found is None:
        hints = field_types(part_cls)
        found = _PART_FIELDS[part_cls] = tuple(
            f.name for f in dataclasses.fields(part_cls)
            if typing.get_origin(hints[f.name]) is not list)
    return found


def to_row(obj: m.Record, spec: Spec) -> Row:
    """The row of `obj` in its table (its lists live in tables of their own)."""
    row = {name: to_plain(getattr(obj, name)) for name in spec.scalar_fields(type(obj))}
    for name, prefix in spec.embedded.items():
        part = getattr(obj, name)
        for part_field in _part_fields(type(part)):
            row[prefix + part_field] = to_plain(getattr(part, part_field))
    return row


def from_row(cls: type[R], row: Row, spec: Spec, **children: object) -> R:
    """An object of `cls` from its row, with the lists read from other tables."""
    plain = {name: row[name] for name in spec.scalar_fields(cls)}
    for name, prefix in spec.embedded.items():
        part_cls = field_types(cls)[name]
        plain[name] = {f: row[prefix + f] for f in _part_fields(part_cls)}
    plain["id"] = row["id"]
    obj: R = from_plain(cls, plain, cls.__name__)
    for name, value in children.items():
        setattr(obj, name, value)
    return obj
