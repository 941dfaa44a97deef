"""The plan van aanpak as a list to work with: filtering, sorting and choosing targets.

Plain functions over `Measure`s so the screen, the command line and reports agree on what
"overdue", "organisation-wide" or "this team's measures" mean.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING

from werkdrukdesk.core import model as m
from werkdrukdesk.core.i18n import translate

if TYPE_CHECKING:
    from _typeshed import SupportsRichComparison

LEVEL_ORDER = {m.Level.ORGANISATION: 0, m.Level.TEAM: 1, m.Level.INDIVIDUAL: 2}
STATUS_ORDER = {
    m.MeasureStatus.IN_PROGRESS: 0,
    m.MeasureStatus.PLANNED: 1,
    m.MeasureStatus.DONE: 2,
    m.MeasureStatus.CANCELLED: 3,
}
RATING_ORDER = {m.Rating.PROBLEM: 0, m.Rating.ATTENTION: 1}


class TeamScope(StrEnum):
    """Team filter choices that are not a single team."""

    ALL = "all"
    ORGANISATION_WIDE = "organisation_wide"


OPEN = "open"  # status filter: planned or in progress


@dataclass(frozen=True)
class MeasureFilter:
    """What the owner wants to see. `team` is a TeamScope or a team id."""

    team: TeamScope | int = TeamScope.ALL
    level: m.Level | None = None
    status: m.MeasureStatus | str | None = None  # a status, OPEN, or None for all
    responsible: str = ""  # shown when the responsible person's name contains this
    only_overdue: bool = False


def is_overdue(measure: m.Measure, today: date) -> bool:
    """Still open after its deadline; the same test as `cycles.overdue_measures`."""
    return measure.is_open and measure.deadline is not None and measure.deadline < today


def is_organisation_wide(measure: m.Measure) -> bool:
    """Aimed at the whole organisation, or an organisation-level measure without targets."""
    if any(t.team_id is None for t in measure.targets):
        return True
    return not measure.targets and measure.level == m.Level.ORGANISATION


def matches(measure: m.Measure, wanted: MeasureFilter, today: date) -> bool:
    return (
        _team_matches(measure, wanted.team)
        and (wanted.level is None or measure.level == wanted.level)
        and _status_matches(measure, wanted.status)
        and wanted.responsible.strip().casefold() in measure.responsible.casefold()
        and (not wanted.only_overdue or is_overdue(measure, today))
    )


def filter_measures(
    measures: Iterable[m.Measure], wanted: MeasureFilter, today: date
) -> list[m.Measure]:
    return [measure for measure in measures if matches(measure, wanted, today)]


def _team_matches(measure: m.Measure, team: TeamScope | int) -> bool:
    if team == TeamScope.ALL:
        return True
    if team == TeamScope.ORGANISATION_WIDE:
        return is_organisation_wide(measure)
    return any(t.team_id == team for t in measure.targets)


def _status_matches(measure: m.Measure, status: m.MeasureStatus | str | None) -> bool:
    if status is None:
        return True
    if status == OPEN:
        return measure.is_open
    return measure.status == status


# -- sorting ---------------------------------------------------------------------------------

SORT_KEYS = ("plan", "title", "level", "targets", "responsible", "deadline", "status")


def plan_order(measure: m.Measure) -> tuple[int, bool, date, str]:
    """The order of the flyer: organisation first, then team, then individual; then by term."""
    return (LEVEL_ORDER[measure.level], *_deadline_key(measure), measure.title.casefold())


def sort_measures(
    measures: Iterable[m.Measure], key: str = "plan", descending: bool = False
) -> list[m.Measure]:
    """Sort by one column; ties keep the plan order so the list never jumps about."""
    ordered = sorted(measures, key=plan_order)
    if key == "plan":
        return ordered[::-1] if descending else ordered
    return sorted(ordered, key=_KEYS[key], reverse=descending)


def _deadline_key(measure: m.Measure) -> tuple[bool, date]:
    # Measures without a deadline go last: they need one most of all, but after the dated ones.
    return (measure.deadline is None, measure.deadline or date.max)


_KEYS: dict[str, Callable[[m.Measure], SupportsRichComparison]] = {
    "title": lambda x: x.title.casefold(),
    "level": lambda x: LEVEL_ORDER[x.level],
    "targets": lambda x: len(x.targets),
    "responsible": lambda x: (not x.responsible.strip(), x.responsible.casefold()),
    "deadline": _deadline_key,
    "status": lambda x: STATUS_ORDER[x.status],
}


# -- targets ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class TargetChoice:
    """One (source × team) pair offered for a measure, with what the inventory said of it."""

    target: m.Target
    rating: m.Rating | None  # None: not rated in this cycle
    chosen: bool


def suggested_targets(cycle: m.Cycle) -> list[m.SourceRating]:
    """The inventory's problems and points of attention, worst first, organisation first."""
    team_order = {team.id: index for index, team in enumerate(cycle.teams, start=1)}
    flagged = [r for r in cycle.ratings if r.rating in RATING_ORDER]
    return sorted(
        flagged,
        key=lambda r: (RATING_ORDER[r.rating], team_order.get(r.team_id, 0), r.source_id),
    )


def target_choices(cycle: m.Cycle, measure: m.Measure) -> list[TargetChoice]:
    """What the targets list offers: the measure's own targets, then the inventory's
    flagged pairs it does not have yet."""
    ratings = {(r.source_id, r.team_id): r.rating for r in cycle.ratings}
    choices = [
        TargetChoice(t, ratings.get((t.source_id, t.team_id)), True)
        for t in dict.fromkeys(measure.targets)
    ]
    chosen = set(measure.targets)
    for rating in suggested_targets(cycle):
        target = m.Target(rating.source_id, rating.team_id)
        if target not in chosen:
            choices.append(TargetChoice(target, rating.rating, False))
    return choices


def targets_by_team(measure: m.Measure) -> dict[int | None, list[int]]:
    """Source ids per team id (None: organisation-wide), in the order they were chosen."""
    grouped: dict[int | None, list[int]] = {}
    for target in measure.targets:
        grouped.setdefault(target.team_id, []).append(target.source_id)
    return grouped


def other_measures(cycle: m.Cycle, measure: m.Measure) -> list[m.Measure]:
    """The measures this one can hang together with: the rest of the cycle, in plan order."""
    return sort_measures(x for x in cycle.measures if x is not measure and x.id is not None)


def forget_measure(cycle: m.Cycle, measure_id: int) -> None:
    """Drop references to a deleted measure (the file does so itself by cascading)."""
    for other in cycle.measures:
        if measure_id in other.related_measure_ids:
            other.related_measure_ids = [i for i in other.related_measure_ids if i != measure_id]


# -- the plan as a whole ---------------------------------------------------------------------

CONSENTING_BODIES = (m.ParticipationBody.WORKS_COUNCIL, m.ParticipationBody.STAFF_REPRESENTATION)


def plan_approved(approval: m.PlanApproval, profile: m.Profile) -> bool:
    """The one rule for an approved plan, used by the plan step and by the readiness check.

    With an OR or PVT, that body consented on a recorded date (WOR art. 27); a date without the
    body that gave it is not yet a consent. Without one, the employer signed, with name and date.
    """
    body = profile.participation_body
    if body in CONSENTING_BODIES:
        return approval.consent_date is not None and approval.consent_body == body
    return bool(approval.employer_signed_by.strip()) and approval.employer_signed_on is not None


def rie_approach_consented(approval: m.PlanApproval, profile: m.Profile) -> bool:
    """The OR/PVT consented to the approach of the RI&E on a recorded date (WOR art. 27 lid 1
    sub d): how werkdruk is inventoried, not only what the plan does about it."""
    return profile.participation_body in CONSENTING_BODIES and approval.rie_consent_date is not None


def employees_consulted(approval: m.PlanApproval) -> bool:
    """Without OR or PVT, the employees concerned were consulted (Arbowet art. 12 lid 3): when,
    how and what came out of it are all written down."""
    return (approval.consulted_on is not None and bool(approval.consultation_how.strip())
            and bool(approval.consultation_outcome.strip()))


def problems_approval(approval: m.PlanApproval, profile: m.Profile, today: date) -> list[str]:
    """What is missing or odd in the consent (WOR art. 27) and the employer's sign-off."""
    problems = []
    body = approval.consent_body
    if profile.participation_body in CONSENTING_BODIES and body == m.ParticipationBody.NONE:
        problems.append(translate(
            "Plan", "Uw organisatie heeft een OR of PVT; die moet instemmen met het plan van "
            "aanpak. Leg vast wie heeft ingestemd en wanneer."
        ))
    if body != m.ParticipationBody.NONE and approval.consent_date is None:
        problems.append(translate("Plan", "Vul de datum van de instemming in."))
    if approval.consent_date and body == m.ParticipationBody.NONE:
        problems.append(translate("Plan", "Kies wie met het plan heeft ingestemd."))
    consulted = approval.consultation_how.strip() or approval.consultation_outcome.strip()
    if consulted and approval.consulted_on is None:
        problems.append(translate("Plan", "Vul de datum in waarop de medewerkers zijn "
                                  "geraadpleegd."))
    for when in (approval.consent_date, approval.employer_signed_on, approval.rie_consent_date,
                 approval.consulted_on):
        if when and when > today:
            problems.append(translate(
                "Plan", "Een datum van instemming of ondertekening ligt in de toekomst."))
            break
    if approval.employer_signed_on and not approval.employer_signed_by.strip():
        problems.append(translate(
            "Plan", "Vul in wie het plan namens de werkgever heeft ondertekend."))
    return problems


def problem_teams(cycle: m.Cycle) -> dict[int, list[int | None]]:
    """Per source id, the teams where it is a problem (None: organisation-wide), in the
    cycle's team order with organisation-wide first."""
    order = {team.id: n for n, team in enumerate(cycle.teams, start=1)}
    found: dict[int, list[int | None]] = {}
    for rating in cycle.ratings:
        if rating.rating == m.Rating.PROBLEM:
            found.setdefault(rating.source_id, []).append(rating.team_id)
    return {
        sid: sorted(set(teams), key=lambda t: order.get(t, 0)) for sid, teams in found.items()
    }


def covers(measure: m.Measure, source_id: int, team_id: int | None) -> bool:
    """A measure covers a problem when it targets the source in that team or organisation-wide
    (an organisation-wide target covers every team)."""
    return any(
        t.source_id == source_id and t.team_id in (team_id, None) for t in measure.targets
    )


def covered_by(measures: Iterable[m.Measure]) -> Callable[[int, int | None], bool]:
    """`covers` for many problems at once: whether any of `measures` covers (source, team),
    by the same rule, with their targets gathered once instead of searched per problem."""
    aimed = {(t.source_id, t.team_id) for x in measures for t in x.targets}
    return lambda source_id, team_id: (source_id, team_id) in aimed or (source_id, None) in aimed


def measure_strands(measure: m.Measure, sources: list[m.Source]) -> tuple[m.Strand, ...]:
    """The strands of PSA a measure works on, in the inspector's order: those of the sources it
    targets. A measure without targets counts for werkdruk, where every plan began."""
    by_id = {s.id: s.strand for s in sources}
    found = {by_id[t.source_id] for t in measure.targets if t.source_id in by_id}
    return tuple(s for s in m.Strand if s in found) or (m.Strand.WERKDRUK,)
