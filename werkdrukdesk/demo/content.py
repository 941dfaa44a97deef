"""The words and numbers of the demo organisations, read from resources/demo/*.toml.

Everything there is invented: organisations, people and figures. Texts are Dutch because the
user reads them; keys refer to `catalogue_key` of the built-in sources, or to the `key` of a
`CustomSourceSpec` for the demo's own sources. This module holds only the record types the
builder (`demo.build`) works with and the loader that fills them, once, on first import.
"""

from __future__ import annotations

import dataclasses
import tomllib
import types
import typing
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any, NamedTuple

from werkdrukdesk.core.model import (
    AggressionRisk,
    AnswerHandling,
    Audience,
    CollectionMethod,
    DocumentKind,
    Effect,
    EvaluationMethod,
    IncidentKind,
    Level,
    Profile,
    Rating,
    SessionForm,
    Severity,
    Strand,
    Topic,
)
from werkdrukdesk.paths import resources_dir

# -- record types ---------------------------------------------------------------------------


@dataclass(frozen=True)
class TeamSpec:
    name: str
    headcounts: tuple[int, ...]  # per cycle, oldest first
    hybrid: bool
    managers: tuple[str, ...]  # per cycle, oldest first
    strain: dict[str, float]  # source key -> how much worse than usual (1.0 = one scale point)
    rest_note: str
    private_note: str
    later_strain: dict[str, float] = field(default_factory=dict)  # new trouble in the newest cycle
    staff: tuple[str, ...] = ()  # names that must be in this team
    aggression_risks: tuple[AggressionRisk, ...] = ()  # what makes aggression likelier here


@dataclass(frozen=True)
class CustomSourceSpec:
    key: str  # internal to the demo; items are keyed f"{key}_{n}"
    name: str
    kind: str
    category: str
    explanation: str
    items: tuple[str, ...]
    archived: bool = False


@dataclass(frozen=True)
class DocSpec:
    title: str  # may hold {year}
    kind: DocumentKind
    day: int  # days after the start of the first cycle (negative: before)
    reference: str
    summary: str
    evidence_for: tuple[str, ...] = ()  # sources this document can rate


@dataclass(frozen=True)
class OrgMeasureSpec:
    title: str
    description: str
    sources: tuple[str, ...]
    responsible: str  # a key of SizeSpec.roles
    carried_out_by: str  # may hold {role} placeholders
    budget: str
    rest: bool = False  # a rest-and-recovery measure


@dataclass(frozen=True)
class StrandMeasureSpec(OrgMeasureSpec):
    """A measure against unwanted behaviour or aggression, planned in one cycle: for the whole
    organisation, or for one team (`team`, then led by that team's manager)."""

    cycle: int = 0  # 0 for the first cycle
    level: Level = Level.ORGANISATION
    team: str = ""  # a team's name, for a team measure


@dataclass(frozen=True)
class IncidentSpec:
    """One incident for the register: never a name, in the description or anywhere else."""

    cycle: int  # 0 for the first cycle
    day: int  # days after the start of that cycle
    team: str  # the team's name
    strand: Strand
    kind: IncidentKind
    severity: Severity
    description: str
    care_given: bool = False
    police_report: bool = False
    measure_taken: bool = False


@dataclass(frozen=True)
class SessionSpec:
    kind: str  # by name: team | managers | mixed | talks; head counts: *_counts
    title: str  # may hold {year} and {team}
    form: SessionForm
    audience: Audience
    topics: tuple[Topic, ...]
    given_by: str  # may hold {role} placeholders and {manager}
    notes: str
    when: float  # 0..1: early or late in the cycle


@dataclass(frozen=True)
class CycleText:
    hybrid: str
    coherence_intro: str
    consent_note: str
    staff_involvement: str = ""  # how staff helped choose the measures, for the plan as a whole
    how_it_went: str = ""
    do_differently: str = ""
    policy_changes: str = ""
    methods: tuple[EvaluationMethod, ...] = ()


@dataclass(frozen=True)
class SizeSpec:
    profile: dict[str, Any]  # the fields of core.model.Profile that never change
    rie_day: int  # days after the start of the first cycle
    review_after_days: int | None  # None (left out of the file): no review by an expert
    documents: tuple[DocSpec, ...]
    custom_sources: tuple[CustomSourceSpec, ...]
    teams: tuple[TeamSpec, ...]
    roles: dict[str, str]
    asked: tuple[str, ...]  # sources in the questionnaire
    methods: tuple[tuple[CollectionMethod, ...], ...]  # per cycle, one per measurement
    measurement_names: tuple[str, ...]  # one per measurement in a cycle, with {month} {year}
    participation: tuple[float, float]
    cycle_factors: tuple[float, ...]
    org_measures: tuple[OrgMeasureSpec, ...]
    org_per_cycle: int
    rest_per_cycle: int
    individual_per_cycle: int
    sessions: tuple[SessionSpec, ...]
    team_sessions_per_cycle: int
    cycle_texts: tuple[CycleText, ...]
    discussion_label: str  # where group discussions took place, with its article
    document_rated: tuple[str, ...]  # sources rated from a document rather than a discussion
    leaders: tuple[str, ...]  # people above the teams, by name
    overdue: int
    unassigned_responses: int  # questionnaires without a team filled in
    answers_handled_by: AnswerHandling  # who enters the paper forms and keeps the file
    existing_measures: tuple[OrgMeasureSpec, ...]  # in place before the first plan (bestaand)
    # The arrangements against unwanted behaviour and aggression (core.model.PsaPolicy), as
    # tables named like its fields; a key `<field>_day` is a date, in days after the start of
    # the first cycle (negative: before it).
    psa_policy: dict[str, Any] = field(default_factory=dict)
    incidents: tuple[IncidentSpec, ...] = ()
    strand_measures: tuple[StrandMeasureSpec, ...] = ()


class TeamMeasureOption(NamedTuple):
    title: str
    description: str
    also_helps: tuple[str, ...]  # further sources the measure also helps


class IndividualMeasure(NamedTuple):  # for one employee, never named
    title: str
    description: str
    sources: tuple[str, ...]
    budget: str


class CancelReason(NamedTuple):
    effect: Effect  # what is known of the effect
    reason: str  # why the measure was dropped


@dataclass(frozen=True)
class Involvement:
    """How staff and the participation body ({body}) took part, per level of measure."""

    org_staff: tuple[str, ...]
    org_council: tuple[str, ...]
    team_staff: tuple[str, ...]
    team_council: tuple[str, ...]
    individual_staff: tuple[str, ...]
    individual_council: tuple[str, ...]


@dataclass(frozen=True)
class SharedContent:
    """What both sizes draw from: resources/demo/shared.toml."""

    months: tuple[str, ...]
    first_names: tuple[str, ...]
    last_names: tuple[str, ...]
    team_carried_out_by: tuple[str, ...]
    team_budgets: tuple[str, ...]
    measurement_discussed: tuple[str, ...]  # first measurement of a cycle, then the comparing one
    involvement: Involvement
    evaluation_outcomes: dict[Effect, str]
    evaluation_next_steps: dict[Effect, str]
    group_discussion_notes: dict[Rating, str]
    document_notes: dict[Rating, str]
    method_notes: dict[CollectionMethod, str]
    cancel_reasons: tuple[CancelReason, ...]
    individual_measures: tuple[IndividualMeasure, ...]
    team_measures: dict[str, tuple[TeamMeasureOption, ...]]  # source key -> options
    intended_result: str  # what a measure is for; holds {sources} and {where}
    judge_how: dict[Level, str]  # how the effect of a measure of each level is judged
    occurrence_notes: dict[Rating, str]  # a strand source rated from the answers by occurrence
    register_reference: str  # the incident register as evidence; holds {period} (its years)
    register_note: str  # holds {count} and {spread}


# -- loading ----------------------------------------------------------------------------------

SIZE_NAMES = ("small", "large")


def demo_dir() -> Path:
    return resources_dir() / "demo"


def _read(name: str) -> dict[str, Any]:
    with (demo_dir() / f"{name}.toml").open("rb") as handle:
        return tomllib.load(handle)


def _convert(kind: Any, value: Any) -> Any:
    """`value` as read from TOML, made into `kind`: lists become tuples, strings enums, tables
    records, so the loaded content is exactly what the builder was written against."""
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if isinstance(kind, type) and issubclass(kind, Enum):
        return kind(value)
    if isinstance(kind, type) and (dataclasses.is_dataclass(kind) or issubclass(kind, tuple)):
        return _record(kind, value)
    if origin is tuple and args[-1] is Ellipsis:
        return tuple(_convert(args[0], item) for item in value)
    if origin is tuple:
        return tuple(_convert(arg, item) for arg, item in zip(args, value, strict=True))
    if origin is dict:
        return {_convert(args[0], k): _convert(args[1], v) for k, v in value.items()}
    return value  # str, int, float, bool, or int | None


def _record(kind: type, table: dict | list) -> Any:
    """A dataclass or NamedTuple from a TOML table (a NamedTuple also from an array)."""
    hints = typing.get_type_hints(kind)
    if isinstance(table, list):
        table = dict(zip(hints, table, strict=True))
    if unknown := sorted(set(table) - set(hints)):  # a typo would otherwise drop a text quietly
        raise ValueError(f"{kind.__name__}: unknown key(s) {', '.join(unknown)} in {demo_dir()}")
    values = {name: _convert(hints[name], value) for name, value in table.items()}
    for name, hint in hints.items():  # an optional key left out of the file means None
        if name not in values and _optional(hint) and not _has_default(kind, name):
            values[name] = None
    return kind(**values)


def _optional(hint: Any) -> bool:
    return isinstance(hint, types.UnionType) and type(None) in typing.get_args(hint)


def _has_default(kind: type, name: str) -> bool:
    if not dataclasses.is_dataclass(kind):
        return name in getattr(kind, "_field_defaults", {})
    found = next(f for f in dataclasses.fields(kind) if f.name == name)
    return dataclasses.MISSING not in (found.default, found.default_factory)


def _profile(table: dict[str, Any]) -> dict[str, Any]:
    """The organisation's profile, its enum fields (participation body, review) as enums."""
    hints = typing.get_type_hints(Profile)
    return {key: _convert(hints[key], value) for key, value in table.items()}


def _size(name: str) -> SizeSpec:
    raw = _read(name)
    return _record(SizeSpec, {**raw, "profile": _profile(raw["profile"])})


SHARED: SharedContent = _record(SharedContent, _read("shared"))
SIZES: dict[str, SizeSpec] = {name: _size(name) for name in SIZE_NAMES}
