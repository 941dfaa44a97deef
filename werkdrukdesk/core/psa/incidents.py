"""The incident register: what may be shown of it, and when an entry must go.

Counts of incidents point at people more easily than questionnaire scores: "one case of sexual
harassment in a team of three" names nearly everyone involved. So counts are shown only for
groups of at least `MIN_ANONYMOUS_GROUP` people, and never so that subtracting shown counts
gives the count of a smaller group. Entries are kept for the policy's retention period and then
removed (AVG: no longer than needed).

This first version shows counts for the organisation as a whole only; counts per team follow
where they cannot point at a person.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from werkdrukdesk.core import model as m
from werkdrukdesk.core.dates import add_months


@dataclass(frozen=True)
class CountRow:
    """One shown count: incidents of a strand (and kind, or all kinds when None) in a group."""

    group: str  # a team's name, or empty for the whole organisation
    strand: m.Strand
    kind: m.IncidentKind | None
    count: int


@dataclass(frozen=True)
class IncidentSummary:
    rows: tuple[CountRow, ...]  # only counts that cannot point at a person
    withheld: bool  # some counts were not shown, to protect people


def headcount(org: m.Organisation, cycle: m.Cycle) -> int:
    return sum(t.headcount for t in cycle.teams) or org.profile.headcount


def summary(org: m.Organisation, cycle: m.Cycle) -> IncidentSummary:
    """Counts per strand and kind for the cycle's incidents that may be shown."""
    if headcount(org, cycle) < m.MIN_ANONYMOUS_GROUP:
        return IncidentSummary((), bool(cycle.incidents))
    per_kind = Counter((i.strand, i.kind) for i in cycle.incidents)
    rows = tuple(CountRow("", strand, kind, count)
                 for (strand, kind), count in sorted(per_kind.items()))
    return IncidentSummary(rows, False)


def expires_on(incident: m.Incident, policy: m.PsaPolicy) -> date | None:
    """The day an incident is due for removal; undated ones are kept until dated."""
    if incident.occurred_on is None:
        return None
    return add_months(incident.occurred_on, policy.retention_months)


def expired(org: m.Organisation, today: date) -> list[tuple[m.Cycle, m.Incident]]:
    """The incidents whose retention period has ended by `today`."""
    return [(cycle, incident) for cycle in org.cycles for incident in cycle.incidents
            if (due := expires_on(incident, org.psa_policy)) is not None and due <= today]
