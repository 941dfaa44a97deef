"""The shared parts of the demo builder: its parameters, its id counter, answer statistics
and the state of one cycle being built."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from werkdrukdesk.core import model as m
from werkdrukdesk.demo import content

CYCLE_DAYS = 365
OPEN_CYCLE_AGE = 240  # days the open cycle has been running
FIRST_MEASUREMENT_DAY = 21  # days after the start of a cycle
DISCUSSION_DAY = 35
RIE_CONSENT_DAY = 7  # the OR/PVT consents to how the RI&E looks at werkdruk this cycle
RIE_UPDATE_DAY = 42  # the werkdruk part of the RI&E is brought up to date with the results
EMPLOYER_SIGN_DAY = 49
CONSENT_DAY = 63
SECOND_MEASUREMENT_DAY = 200
DEMAND_BASE, RESOURCE_BASE = 2.5, 3.6  # mean answers of a team without strain
PROBLEM_EXCESS, ATTENTION_EXCESS = 0.85, 0.45  # how far past the base a mean must be
MIN_GROUP = 5  # no results for smaller groups
ALL = "*"  # statistics key for every respondent together
VERDICT_RANK = {m.Verdict.OUT_OF_BALANCE: 2, m.Verdict.AT_RISK: 1, m.Verdict.IN_BALANCE: 0}
LEVEL_RANK = {m.Level.ORGANISATION: 0, m.Level.TEAM: 1, m.Level.INDIVIDUAL: 2}


def decimal_nl(value: float) -> str:
    return f"{value:.1f}".replace(".", ",")


class Ids:
    """Simple counters, one per type of object."""

    def __init__(self) -> None:
        self._last: dict[type, int] = defaultdict(int)

    def give(self, obj):
        self._last[type(obj)] += 1
        obj.id = self._last[type(obj)]
        return obj


class Stats:
    """Sum and count of answers per (team id or ALL, source key), and respondents per team."""

    def __init__(self) -> None:
        self.sums: dict = defaultdict(float)
        self.counts: dict = defaultdict(int)
        self.respondents: dict = defaultdict(int)

    def add(self, team_id, key: str, total: int, n: int) -> None:
        for group in (team_id, ALL):
            self.sums[(group, key)] += total
            self.counts[(group, key)] += n

    def mean(self, group, key: str) -> float | None:
        n = self.counts.get((group, key), 0)
        return self.sums[(group, key)] / n if n else None


@dataclass
class Ctx:
    """One cycle while it is being built."""

    index: int
    cycle: m.Cycle
    teams: list[tuple[content.TeamSpec, m.Team]]
    prev: Ctx | None = None
    relief: dict[str, float] = field(default_factory=dict)  # team -> factor for measurement 2
    stats: list[Stats] = field(default_factory=list)
    rating: dict = field(default_factory=dict)  # (team id or None, key) -> Rating
    excess: dict = field(default_factory=dict)  # (team id, key) -> how far past the base
    rest_measures: list[m.Measure] = field(default_factory=list)
    taken: set[str] = field(default_factory=set)  # measure titles already in this cycle

    @property
    def start(self) -> date:
        return self.cycle.start_date

    def day(self, n: int) -> date:
        return self.start + timedelta(days=n)


def rating_for(excess: float) -> m.Rating:
    if excess >= PROBLEM_EXCESS:
        return m.Rating.PROBLEM
    if excess >= ATTENTION_EXCESS:
        return m.Rating.ATTENTION
    return m.Rating.FINE
