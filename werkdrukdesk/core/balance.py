"""Steps 2 and 3 as plain Python: which sources weigh on a team, and how its balance looks.

A team's picture takes the team's own rating of each source; where the team has no rating yet,
the organisation-wide rating (team None) stands in, because a problem of the whole organisation
weighs on every team. The suggested verdict is only a hint: the owner decides.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from werkdrukdesk.core import model as m
from werkdrukdesk.core.i18n import translate
from werkdrukdesk.core.survey.occurrence import by_occurrence

Cell = tuple[int, int | None]  # (source id, team id or None for the whole organisation)

PROBLEM_WEIGHT = 2  # a source rated 'too high' / 'too low' counts double against 'attention'
MANY_PROBLEMS = 3  # this many problems puts a team out of balance even on one side


@dataclass(frozen=True)
class RatedSource:
    source: m.Source
    rating: m.Rating
    organisation_wide: bool = False  # taken from the rating for the whole organisation


@dataclass(frozen=True)
class TeamPicture:
    """What the inventory says about one team (team None: the organisation as a whole)."""

    team_id: int | None
    demands_too_high: tuple[RatedSource, ...] = ()
    demands_attention: tuple[RatedSource, ...] = ()
    resources_too_low: tuple[RatedSource, ...] = ()
    resources_attention: tuple[RatedSource, ...] = ()
    rated: int = 0  # sources with a rating other than 'not yet rated'
    total: int = 0  # sources looked at

    @property
    def problem_count(self) -> int:
        return len(self.demands_too_high) + len(self.resources_too_low)

    @property
    def attention_count(self) -> int:
        return len(self.demands_attention) + len(self.resources_attention)

    @property
    def score(self) -> int:
        """How heavily the team is burdened: a simple, explainable number for sorting."""
        return PROBLEM_WEIGHT * self.problem_count + self.attention_count

    # The demands split by strand, for what is shown and printed. The verdict and the counts
    # above keep taking every demand: a strand source that happens too often weighs against
    # the balance like any other problem (see `suggested_verdict`). Worked out once per
    # picture: the team list's bars ask at every paint.

    @cached_property
    def _too_high_by_strand(self) -> tuple[tuple[RatedSource, ...], tuple[RatedSource, ...]]:
        return by_strand(self.demands_too_high)

    @cached_property
    def _attention_by_strand(self) -> tuple[tuple[RatedSource, ...], tuple[RatedSource, ...]]:
        return by_strand(self.demands_attention)

    @property
    def werkdruk_too_high(self) -> tuple[RatedSource, ...]:
        return self._too_high_by_strand[0]

    @property
    def strands_too_often(self) -> tuple[RatedSource, ...]:
        """Unwanted behaviour or aggression that happens too often: never 'werkdruk'."""
        return self._too_high_by_strand[1]

    @property
    def werkdruk_attention(self) -> tuple[RatedSource, ...]:
        return self._attention_by_strand[0]

    @property
    def strands_attention(self) -> tuple[RatedSource, ...]:
        return self._attention_by_strand[1]


@dataclass(frozen=True)
class BalanceSummary:
    """The balance step of a cycle in a few numbers, for the page and for reports."""

    teams: int
    decided: int
    verdicts: dict[m.Verdict, int]
    with_priority: int
    most_pressing: tuple[int, ...]  # team ids, highest score first, only teams with problems


# -- which side a source is on ----------------------------------------------------------------


def by_strand(found: Iterable[RatedSource]) -> tuple[tuple[RatedSource, ...],
                                                      tuple[RatedSource, ...]]:
    """`found` split into werkdrukbronnen and the sources of the other two strands of PSA
    (unwanted behaviour within, aggression from outside). The one place that decides the side:
    the balance step, the dossier and the plan of action all ask it, so an inspector never
    reads aggression counted as werkdruk in one document and apart in another."""
    found = tuple(found)
    werkdruk = tuple(x for x in found if x.source.strand == m.Strand.WERKDRUK)
    return werkdruk, tuple(x for x in found if x.source.strand != m.Strand.WERKDRUK)


def strands_apart(org: m.Organisation, pictures: Iterable[TeamPicture] = ()) -> bool:
    """Whether the balance names unwanted behaviour and aggression apart: always in a file on
    the whole PSA policy, and in a werkdruk-only file only when such a source was still rated
    in this cycle (the file was narrowed later), so it is never counted as werkdruk."""
    if org.profile.psa_scope == m.PsaScope.WHOLE:
        return True
    return any(p.strands_too_often or p.strands_attention for p in pictures)


# -- looking up ------------------------------------------------------------------------------


def ratings_by_cell(cycle: m.Cycle) -> dict[Cell, m.SourceRating]:
    return {(r.source_id, r.team_id): r for r in cycle.ratings}


def balance_for(cycle: m.Cycle, team_id: int | None) -> m.TeamBalance | None:
    return next((b for b in cycle.balances if b.team_id == team_id), None)


def inventory_sources(org: m.Organisation, cycle: m.Cycle) -> list[m.Source]:
    """Demands first, then resources, in catalogue order; archived sources only where this
    cycle rated them, so history stays complete while retired sources leave new work."""
    rated = {r.source_id for r in cycle.ratings if r.rating != m.Rating.UNRATED}
    shown = [s for s in org.sources if not s.archived or s.id in rated]
    order = {m.SourceKind.DEMAND: 0, m.SourceKind.RESOURCE: 1}
    return sorted(shown, key=lambda s: (order[s.kind], s.position, s.id or 0))


def hybrid_teams(cycle: m.Cycle) -> list[m.Team]:
    return [t for t in cycle.teams if t.hybrid]


# -- the picture of a team -------------------------------------------------------------------


def team_picture(
    org: m.Organisation, cycle: m.Cycle, team_id: int | None, sources: list[m.Source] | None = None,
    cells: dict[Cell, m.SourceRating] | None = None,
) -> TeamPicture:
    cells = ratings_by_cell(cycle) if cells is None else cells
    groups: dict[tuple[m.SourceKind, m.Rating], list[RatedSource]] = {}
    considered = sources if sources is not None else inventory_sources(org, cycle)
    rated = 0
    for source in considered:
        found = _effective(cells, source, team_id)
        if found.rating == m.Rating.UNRATED:
            continue
        rated += 1
        groups.setdefault((source.kind, found.rating), []).append(found)

    def group(kind: m.SourceKind, rating: m.Rating) -> tuple[RatedSource, ...]:
        return tuple(groups.get((kind, rating), ()))

    return TeamPicture(
        team_id=team_id,
        demands_too_high=group(m.SourceKind.DEMAND, m.Rating.PROBLEM),
        demands_attention=group(m.SourceKind.DEMAND, m.Rating.ATTENTION),
        resources_too_low=group(m.SourceKind.RESOURCE, m.Rating.PROBLEM),
        resources_attention=group(m.SourceKind.RESOURCE, m.Rating.ATTENTION),
        rated=rated,
        total=len(considered),
    )


def _effective(
    cells: dict[Cell, m.SourceRating], source: m.Source, team_id: int | None
) -> RatedSource:
    own = cells.get((m.stored_id(source), team_id))
    if own is not None and own.rating != m.Rating.UNRATED:
        return RatedSource(source, own.rating)
    if team_id is not None:
        wide = cells.get((m.stored_id(source), None))
        if wide is not None and wide.rating != m.Rating.UNRATED:
            return RatedSource(source, wide.rating, organisation_wide=True)
    return RatedSource(source, m.Rating.UNRATED)


def team_pictures(org: m.Organisation, cycle: m.Cycle) -> dict[int, TeamPicture]:
    sources = inventory_sources(org, cycle)
    cells = ratings_by_cell(cycle)  # once for all teams
    return {m.stored_id(t): team_picture(org, cycle, t.id, sources, cells) for t in cycle.teams}


# -- the verdict ----------------------------------------------------------------------------


def suggested_verdict(picture: TeamPicture) -> m.Verdict:
    """Out of balance when demands are too high while resources are too low, or when many
    sources are a problem; at risk with any problem or several points of attention. Unwanted
    behaviour that is too high is never offset: it alone already means at risk."""
    # Every demand too high counts here, the strands' sources too: the balance step names
    # them apart from werkdruk (`by_strand`), but bullying or aggression that happens too often
    # is a problem of the team all the same, and a resource can never make up for it. Leaving
    # them out would suggest 'in balance' for a team with only such problems: a wrong ready.
    if picture.rated == 0:
        return m.Verdict.UNDECIDED
    both_sides = picture.demands_too_high and picture.resources_too_low
    if both_sides or picture.problem_count >= MANY_PROBLEMS:
        return m.Verdict.OUT_OF_BALANCE
    if picture.problem_count or picture.attention_count >= 2:
        return m.Verdict.AT_RISK
    return m.Verdict.IN_BALANCE


def suggestion_reason(picture: TeamPicture) -> str:
    """One sentence (two with unwanted behaviour or aggression) saying why `suggested_verdict`
    says what it says; werkdruk and the other strands are named apart."""
    high, low = len(picture.werkdruk_too_high), len(picture.resources_too_low)
    if picture.rated == 0:
        return translate("Balance", "Er is voor dit team nog niets beoordeeld bij de "
                         "inventarisatie.")
    strands = _strands_reason(len(picture.strands_too_often))
    demands = _count(high, translate("Balance", "{n} werkdrukbron is"),
                     translate("Balance", "{n} werkdrukbronnen zijn"))
    resources = _count(low, translate("Balance", "{n} energiebron is"),
                       translate("Balance", "{n} energiebronnen zijn"))
    if high and low:
        werkdruk = translate("Balance", "{demands} te hoog en {resources} te laag.").format(
            demands=demands, resources=resources)
    elif high:
        werkdruk = translate("Balance", "{demands} te hoog.").format(demands=demands)
    elif low:
        werkdruk = translate("Balance", "{resources} te laag.").format(resources=resources)
    elif strands:
        return strands
    elif picture.attention_count:
        sources = _count(picture.attention_count, translate("Balance", "{n} bron vraagt"),
                         translate("Balance", "{n} bronnen vragen"))
        return translate("Balance", "{sources} aandacht.").format(sources=sources)
    else:
        return translate("Balance", "Geen enkele beoordeelde bron is een probleem.")
    return f"{werkdruk} {strands}" if strands else werkdruk


def _strands_reason(often: int) -> str:
    """The sentence on unwanted behaviour or aggression that happens too often ('' for none)."""
    if not often:
        return ""
    return _count(often, translate(
        "Balance", "{n} bron van ongewenst gedrag of agressie komt te vaak voor; "
        "energiebronnen maken dat niet goed."), translate(
        "Balance", "{n} bronnen van ongewenst gedrag of agressie komen te vaak voor; "
        "energiebronnen maken dat niet goed."))


def _count(n: int, one: str, many: str) -> str:
    """`one` or `many` (each with a field {n}) for the number `n`."""
    return (one if n == 1 else many).format(n=n)


# -- order and checks -------------------------------------------------------------------------


def teams_by_priority(cycle: m.Cycle, pictures: dict[int, TeamPicture]) -> list[m.Team]:
    """Teams with a priority first (1 before 2), then the heaviest burdened, then by name."""

    def key(team: m.Team) -> tuple[bool, int, int, str]:
        balance = balance_for(cycle, team.id)
        priority = balance.priority if balance and balance.priority else None
        score = pictures[team.id].score if team.id in pictures else 0
        return (priority is None, priority or 0, -score, team.name.casefold())

    return sorted(cycle.teams, key=key)


def problems_balance(balance: m.TeamBalance, cycle: m.Cycle, picture: TeamPicture) -> list[str]:
    problems = []
    teams = len(cycle.teams)
    if balance.priority is not None and not 1 <= balance.priority <= max(teams, 1):
        problems.append(translate("Balance", "Kies een prioriteit van 1 tot en met "
                                  "{highest}.").format(highest=max(teams, 1)))
    elif balance.priority is not None and any(
        b.priority == balance.priority and b.team_id != balance.team_id for b in cycle.balances
    ):
        problems.append(translate("Balance", "Een ander team heeft ook prioriteit "
                                  "{priority}.").format(priority=balance.priority))
    # Only werkdruk is weighed against resources here; unwanted behaviour or aggression too
    # high is a problem of its own just below, which no note can excuse.
    if (
        balance.verdict == m.Verdict.IN_BALANCE
        and picture.werkdruk_too_high
        and picture.resources_too_low
        and not balance.note.strip()
    ):
        problems.append(translate(
            "Balance", "U noemt dit team in balans terwijl er werkdrukbronnen te hoog en "
            "energiebronnen te laag zijn. Leg in de toelichting uit waarom."
        ))
    unwanted = unwanted_too_high(picture)
    if balance.verdict == m.Verdict.IN_BALANCE and unwanted:
        problems.append(translate(
            "Balance", "{sources} is te hoog. Dat maken energiebronnen niet goed: noem dit team "
            "niet in balans en neem een maatregel.").format(
                sources=", ".join(r.source.name for r in unwanted)))
    return problems


def unwanted_too_high(picture: TeamPicture) -> list[RatedSource]:
    """Unwanted behaviour rated too high: it stands outside the balance, since no resource
    makes up for it, and always asks for a measure (core.survey.occurrence)."""
    return [r for r in picture.demands_too_high if by_occurrence(r.source)]


def problems_rating(rating: m.SourceRating) -> list[str]:
    problems = []
    if rating.rating != m.Rating.UNRATED and rating.evidence == m.Evidence.NONE:
        problems.append(translate("Balance", "Leg vast waarop u deze beoordeling baseert."))
    if rating.evidence != m.Evidence.NONE and not rating.evidence_reference.strip():
        problems.append(translate(
            "Balance", "Noem welke meting, welk gesprek of welk document u bedoelt."))
    return problems


def problems_own_source(source: m.Source, others: list[m.Source]) -> list[str]:
    problems = []
    name = source.name.strip().casefold()
    if not name:
        problems.append(translate("Balance", "Geef de bron een naam."))
    elif any(o.name.strip().casefold() == name for o in others if o is not source):
        problems.append(translate("Balance", "Er is al een bron met de naam '{name}'.").format(
            name=source.name.strip()))
    return problems


def next_position(sources: list[m.Source]) -> int:
    return max((s.position for s in sources), default=-1) + 1


def balance_summary(org: m.Organisation, cycle: m.Cycle,
                    pictures: dict[int, TeamPicture] | None = None) -> BalanceSummary:
    """`pictures` is `team_pictures(org, cycle)` when the caller has it already."""
    team_ids = {t.id for t in cycle.teams}
    balances = [b for b in cycle.balances if b.team_id in team_ids]
    verdicts = Counter(b.verdict for b in balances)
    verdicts[m.Verdict.UNDECIDED] += len(team_ids) - len(balances)
    pictures = team_pictures(org, cycle) if pictures is None else pictures
    pressing = sorted(
        (t for t, p in pictures.items() if p.problem_count),
        key=lambda t: -pictures[t].score,
    )
    return BalanceSummary(
        teams=len(team_ids),
        decided=len(team_ids) - verdicts[m.Verdict.UNDECIDED],
        verdicts={v: verdicts[v] for v in m.Verdict},
        with_priority=sum(1 for b in balances if b.priority),
        most_pressing=tuple(pressing),
    )
