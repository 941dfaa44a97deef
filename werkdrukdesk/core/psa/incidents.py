"""The incident register: what may be shown of it, and when an entry must go.

Counts of incidents point at people more easily than questionnaire scores: "one case of sexual
harassment in a team of three" names nearly everyone involved. So counts are shown only for
groups of at least `MIN_ANONYMOUS_GROUP` people, and never so that subtracting shown counts
gives the count of a smaller group. Entries are kept for the policy's retention period and then
removed (AVG: no longer than needed).

Which groups are shown, decided from the teams' headcounts alone (never from the incidents, so
the choice itself tells nothing):
- an organisation under the minimum shows nothing at all;
- the organisation as a whole is always shown otherwise;
- a team of at least the minimum is shown on its own; the smaller teams (a headcount of 0 counts
  as unknown, so as small) are pooled into "overige teams samen";
- the one rule against subtracting: while the pool holds a team but fewer than the minimum of
  people, the smallest team shown on its own joins the pool. So every team is either shown on
  its own or sits in a shown pool of at least the minimum, and the organisation's total minus
  the shown rows only ever leaves the incidents without a team, which belong to the whole
  organisation (a group of at least the minimum), not to any smaller group;
- a pool that holds every team says nothing the total does not; then only the total is shown.
`withheld` is true when an incident of a team is not shown in that team's own row (or nothing is
shown at all), so screens and prints can say that counts were held back.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from werkdrukdesk.core import model as m
from werkdrukdesk.core.cycles import previous_cycle
from werkdrukdesk.core.dates import add_months
from werkdrukdesk.core.i18n import QT_TRANSLATE_NOOP, translate

POOL = QT_TRANSLATE_NOOP("Incidents", "overige teams samen")
REGISTER_STRANDS = (m.Strand.UNWANTED, m.Strand.AGGRESSION)  # werkdruk has no incidents


@dataclass(frozen=True)
class CountRow:
    """One shown count: incidents of a strand (and kind, or all kinds when None) in a group."""

    group: str  # a team's name, "overige teams samen", or empty for the whole organisation
    strand: m.Strand
    kind: m.IncidentKind | None
    count: int
    size: int = 0  # the people in the group
    team_ids: tuple[int | None, ...] = ()  # the teams in the group; empty for the organisation


@dataclass(frozen=True)
class IncidentSummary:
    rows: tuple[CountRow, ...]  # only counts that cannot point at a person
    withheld: bool  # some counts were not shown, to protect people


@dataclass(frozen=True)
class Group:
    name: str
    size: int
    team_ids: tuple[int | None, ...]


def headcount(org: m.Organisation, cycle: m.Cycle) -> int:
    return sum(t.headcount for t in cycle.teams) or org.profile.headcount


def shown_groups(org: m.Organisation, cycle: m.Cycle) -> list[Group]:
    """The groups whose counts may be shown, organisation first (see the module's rules)."""
    total = headcount(org, cycle)
    if total < m.MIN_ANONYMOUS_GROUP:
        return []
    own = sorted((t for t in cycle.teams if t.headcount >= m.MIN_ANONYMOUS_GROUP),
                 key=lambda t: (t.headcount, t.name.casefold()))
    pooled = [t for t in cycle.teams if t.headcount < m.MIN_ANONYMOUS_GROUP]
    while pooled and sum(t.headcount for t in pooled) < m.MIN_ANONYMOUS_GROUP and own:
        pooled.append(own.pop(0))  # the smallest team shown on its own joins the pool
    groups = [Group("", total, ())]
    if not own:
        return groups  # a pool of every team would only repeat the total
    groups += [Group(t.name, t.headcount, (t.id,))
               for t in sorted(own, key=lambda t: t.name.casefold())]
    if pooled:
        groups.append(Group(translate("Incidents", POOL), sum(t.headcount for t in pooled),
                            tuple(t.id for t in pooled)))
    return groups


def summary(org: m.Organisation, cycle: m.Cycle) -> IncidentSummary:
    """Counts per strand (all kinds) and per kind for the cycle's incidents that may be shown;
    counts of zero are left out."""
    groups = shown_groups(org, cycle)
    rows: list[CountRow] = []
    for group in groups:
        mine = [i for i in cycle.incidents if not group.team_ids
                or (i.team_id is not None and i.team_id in group.team_ids)]
        per_strand = Counter(i.strand for i in mine)
        per_kind = Counter((i.strand, i.kind) for i in mine)
        for strand in REGISTER_STRANDS:
            if not per_strand[strand]:
                continue
            rows.append(CountRow(group.name, strand, None, per_strand[strand], group.size,
                                 group.team_ids))
            rows += [CountRow(group.name, strand, kind, per_kind[strand, kind], group.size,
                              group.team_ids)
                     for kind in m.IncidentKind if per_kind[strand, kind]]
    on_own_row = {g.team_ids[0] for g in groups if len(g.team_ids) == 1}
    withheld = any(i.team_id is not None and i.team_id not in on_own_row
                   for i in cycle.incidents) or (not groups and bool(cycle.incidents))
    return IncidentSummary(tuple(rows), withheld)


@dataclass(frozen=True)
class StrandChange:
    """A strand's shown incident count for the whole organisation, in the cycle before and in
    this one; None where it may not be shown (or there is no cycle before)."""

    strand: m.Strand
    before: int | None
    after: int | None


def before_and_after(org: m.Organisation, cycle: m.Cycle) -> list[StrandChange]:
    """Per strand of the register, the organisation's safe totals of the previous cycle and
    this one. Entries whose retention period ended are gone, so an old cycle may show fewer."""
    previous = previous_cycle(org, cycle)

    def total(of: m.Cycle | None, strand: m.Strand) -> int | None:
        if of is None or not shown_groups(org, of):
            return None
        rows = summary(org, of).rows
        return next((r.count for r in rows if not r.group and r.strand == strand
                     and r.kind is None), 0)

    return [StrandChange(s, total(previous, s), total(cycle, s)) for s in REGISTER_STRANDS]


def for_team(cycle: m.Cycle, team_id: int | None, strand: m.Strand) -> int:
    """How many incidents of `strand` the register holds for a team (None: the organisation)
    this cycle; for the owner's own screen, never for print."""
    return sum(1 for i in cycle.incidents
               if i.strand == strand and (team_id is None or i.team_id == team_id))


def expires_on(incident: m.Incident, policy: m.PsaPolicy) -> date | None:
    """The day an incident is due for removal; undated ones are kept until dated."""
    if incident.occurred_on is None:
        return None
    return add_months(incident.occurred_on, policy.retention_months)


def expired(org: m.Organisation, today: date) -> list[tuple[m.Cycle, m.Incident]]:
    """The incidents whose retention period has ended by `today`."""
    return [(cycle, incident) for cycle in org.cycles for incident in cycle.incidents
            if (due := expires_on(incident, org.psa_policy)) is not None and due <= today]


def next_removal(org: m.Organisation) -> date | None:
    """The first day an entry still in the register will be removed; None when none is dated."""
    days = [due for cycle in org.cycles for incident in cycle.incidents
            if (due := expires_on(incident, org.psa_policy)) is not None]
    return min(days, default=None)
