"""The large sample after more years of use: its first cycle repeated as earlier history.

`build_demo("large")` has three cycles and its output must stay as it is (tests pin it), so
the extra years are made here, for the benchmarks only: each extra cycle is a copy of the
sample's first (closed) cycle with its teams, ratings, measures, sessions and both
measurements with every answer, moved back one year per cycle, with ids of its own. The
sample's own cycles keep their records and ids and are numbered after the copies, so the
newest cycle is still the open one. Incidents are left out of the copies: older than the
register's retention period, they would leave the file at its first opening.
"""

from __future__ import annotations

import copy
import dataclasses
import itertools
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

from werkdrukdesk.core import model as m
from werkdrukdesk.demo.base import CYCLE_DAYS
from werkdrukdesk.demo.build import build_demo
from werkdrukdesk.storage.file import write_new_file


def _objects(value: object) -> Iterator[object]:
    """Every dataclass object inside `value`, `value` itself first."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        yield value
        for f in dataclasses.fields(value):
            yield from _objects(getattr(value, f.name))
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _objects(item)


def _has_id(obj: object) -> bool:
    return any(f.name == "id" for f in dataclasses.fields(obj))  # type: ignore[arg-type]


def _shift_dates(record: object, days: int) -> None:
    for obj in _objects(record):
        for f in dataclasses.fields(obj):  # type: ignore[arg-type]
            value = getattr(obj, f.name)
            if isinstance(value, date):
                object.__setattr__(obj, f.name, value + timedelta(days=days))


def _copy_cycle(template: m.Cycle, number: int, years_back: int, ids: Iterator[int],
                before: dict[int, int]) -> tuple[m.Cycle, dict[int, int]]:
    """A copy of `template` as cycle `number`, `years_back` years earlier, every record with a
    new id; `before` maps the template's team ids to the teams of the copy before it. Returns
    the copy and the map of the template's team ids to its own."""
    cycle = copy.deepcopy(template)
    cycle.number, cycle.closed, cycle.incidents = number, True, []
    cycle.title = f"{template.title} ({number})"
    _shift_dates(cycle, -CYCLE_DAYS * years_back)
    teams: dict[int, int] = {}  # the template's team id -> the copy's
    measures: dict[int, int] = {}
    for obj in _objects(cycle):
        if _has_id(obj) and obj.id is not None:  # type: ignore[attr-defined]
            new = next(ids)
            if isinstance(obj, m.Team):
                teams[obj.id] = new
            elif isinstance(obj, m.Measure):
                measures[obj.id] = new
            object.__setattr__(obj, "id", new)
    template_team = {new: old for old, new in teams.items()}
    for obj in _objects(cycle):
        if isinstance(obj, m.Team):
            obj.previous_team_id = before.get(template_team[m.stored_id(obj)])
        if hasattr(obj, "team_id") and obj.team_id is not None:
            # Some records are frozen (targets, attendees); these are the copy's own objects.
            object.__setattr__(obj, "team_id", teams[obj.team_id])
        if isinstance(obj, m.ExternalStudy):
            obj.team_ids = [teams[t] for t in obj.team_ids]
        if isinstance(obj, m.InformationSession):
            obj.team_counts = {teams[t]: n for t, n in obj.team_counts.items()}
        if isinstance(obj, m.Measure):
            obj.related_measure_ids = [measures[x] for x in obj.related_measure_ids]
            obj.carried_from_measure_id = None  # the first cycle carried nothing over
    return cycle, teams


def large_sample_with_cycles(total: int, today: date) -> m.Organisation:
    """The large sample with `total` cycles (at least its own three)."""
    org = build_demo("large", today=today)
    extra = total - len(org.cycles)
    assert extra >= 0, f"the large sample already has {len(org.cycles)} cycles"
    template = min(org.cycles, key=lambda c: c.number)
    used = [obj.id for obj in _objects(org) if isinstance(getattr(obj, "id", None), int)]
    ids = itertools.count(max(used) + 1)
    copies: list[m.Cycle] = []
    before: dict[int, int] = {}
    for index in range(extra):
        cycle, before = _copy_cycle(template, index + 1, extra - index, ids, before)
        copies.append(cycle)
    for cycle in org.cycles:
        cycle.number += extra
    for team in template.teams:  # the sample's first cycle now follows the last copy
        team.previous_team_id = before.get(m.stored_id(team))
    org.cycles = copies + org.cycles
    return org


def write_large_sample(path: Path, cycles: int, today: date) -> Path:
    write_new_file(path, large_sample_with_cycles(cycles, today)).close()
    return path
