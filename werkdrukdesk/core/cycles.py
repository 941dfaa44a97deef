"""Cycles: the first one, the current one, and carrying a cycle over into the next."""

from __future__ import annotations

import copy
from datetime import date, timedelta

from werkdrukdesk.core.i18n import translate
from werkdrukdesk.core.model import Cycle, Measure, Organisation, Team, stored_id


def first_cycle(today: date) -> Cycle:
    return Cycle(number=1, title=_title(today), start_date=today)


def _title(start: date) -> str:
    """A new cycle's title until the owner gives it another: 'Cyclus 2026'."""
    return translate("Cycles", "Cyclus {year}").format(year=start.year)


def current_cycle(org: Organisation) -> Cycle:
    """The newest cycle; every file has at least one."""
    return max(org.cycles, key=lambda c: c.number)


def cycle_by_number(org: Organisation, number: int) -> Cycle | None:
    return next((c for c in org.cycles if c.number == number), None)


def previous_cycle(org: Organisation, cycle: Cycle) -> Cycle | None:
    """The cycle before `cycle` (the highest number below its own), or None for the first."""
    earlier = [c for c in org.cycles if c.number < cycle.number]
    return max(earlier, key=lambda c: c.number) if earlier else None


def next_cycle(previous: Cycle, today: date) -> Cycle:
    """A new open cycle with the teams and open measures of `previous`, not yet stored.

    The copied teams point back with `previous_team_id`; the copied measures still target the
    old team ids until `retarget_measures` runs once the new teams have ids.
    """
    start = today
    teams = [
        Team(t.name, t.headcount, t.hybrid, t.manager, previous_team_id=t.id,
             aggression_risks=list(t.aggression_risks))
        for t in previous.teams
    ]
    measures = [_carried(m) for m in previous.measures if m.is_open]
    return Cycle(
        number=previous.number + 1,
        title=_title(start),
        start_date=start,
        hybrid_consideration=previous.hybrid_consideration,
        teams=teams,
        measures=measures,
    )


def _carried(measure: Measure) -> Measure:
    carried = copy.deepcopy(measure)
    carried.id = None
    carried.carried_from_measure_id = measure.id
    carried.evaluation = None
    return carried


def retarget_measures(cycle: Cycle) -> None:
    """Point carried measures at this cycle's teams instead of the previous cycle's."""
    new_team_id = {t.previous_team_id: t.id for t in cycle.teams if t.previous_team_id}
    for measure in cycle.measures:
        measure.targets = [
            type(target)(target.source_id, new_team_id.get(target.team_id))
            if target.team_id is not None
            else target
            for target in measure.targets
        ]


def relink_measures(cycle: Cycle) -> None:
    """Point relations between carried measures at their new copies; drop the rest."""
    new_id = {x.carried_from_measure_id: stored_id(x) for x in cycle.measures
              if x.carried_from_measure_id}  # the copies are stored by now
    for measure in cycle.measures:
        measure.related_measure_ids = [
            new_id[old] for old in measure.related_measure_ids if old in new_id
        ]


def overdue_measures(cycle: Cycle, today: date) -> list[Measure]:
    return [m for m in cycle.measures if m.is_open and m.deadline and m.deadline < today]


def due_soon(cycle: Cycle, today: date, days: int = 30) -> list[Measure]:
    horizon = today + timedelta(days=days)
    return [
        m for m in cycle.measures if m.is_open and m.deadline and today <= m.deadline <= horizon
    ]
