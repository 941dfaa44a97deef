"""How complete each step of a cycle is: counts an owner can understand, not a grade.

A step's progress is made of parts: the inspector's checks that are done in that step
(core.readiness.chain: each check names its step) and the few things a step needs that no check
asks for, such as the organisation's name or a verdict on each team's balance. A step is
complete only when every part holds, so the sidebar, the overview and "Klaar voor de
inspectie?" never disagree; core.readiness.step_progress puts the two together.
"""

from __future__ import annotations

from dataclasses import dataclass

from werkdrukdesk.core import model as m
from werkdrukdesk.core.readiness.base import NEEDS, no_risk_evidenced
from werkdrukdesk.core.readiness.memo import once_per_judgement


@dataclass(frozen=True)
class Progress:
    done: int
    total: int

    @property
    def complete(self) -> bool:
        return self.total > 0 and self.done >= self.total

    @property
    def percent(self) -> int:
        return 100 * self.done // self.total if self.total else 0  # never 100 before done


@dataclass(frozen=True)
class Part:
    """One thing a step needs: `need` is a key of NEEDS; `check` the readiness check that
    decides it, if one does. `done` of `total` gives partial credit (cells rated, topics)."""

    need: str
    done: int
    total: int = 1
    check: str = ""

    @property
    def ok(self) -> bool:
        return self.done >= self.total

    @property
    def share(self) -> float:
        return min(self.done / self.total, 1.0) if self.total else 1.0


@dataclass(frozen=True)
class StepProgress:
    parts: tuple[Part, ...]

    @property
    def complete(self) -> bool:
        return bool(self.parts) and all(p.ok for p in self.parts)

    @property
    def done(self) -> int:
        """Parts in order."""
        return sum(p.ok for p in self.parts)

    @property
    def total(self) -> int:
        return len(self.parts)

    @property
    def percent(self) -> int:
        """Each part weighs the same; never 100 before every part holds."""
        if self.complete:
            return 100
        if not self.parts:
            return 0
        share = 100 * sum(p.share for p in self.parts) / len(self.parts)
        return min(99, max(1, int(share))) if share > 0 else 0  # any work done shows

    @property
    def missing(self) -> list[str]:
        """What is still needed, in the current language, each once, in the inspector's order."""
        return list(dict.fromkeys(NEEDS[p.need] for p in self.parts if not p.ok))


def organisation_parts(org: m.Organisation, cycle: m.Cycle) -> list[Part]:
    """What the organisation step needs besides the inspector's checks done there."""
    p = org.profile
    participation = p.participation_body != m.ParticipationBody.NONE or p.headcount < 10
    return [
        Part("name", bool(p.name.strip())),
        Part("headcount", p.headcount > 0),
        Part("teams", bool(cycle.teams)),
        Part("participation", participation),
    ]


def strand_sources(org: m.Organisation, strands: tuple[m.Strand, ...]) -> list[int]:
    """The ids of the active sources of `strands`."""
    return [m.stored_id(s) for s in org.sources if not s.archived and s.strand in strands]


@once_per_judgement
def rated_with_evidence(cycle: m.Cycle) -> frozenset[tuple[int, int | None]]:
    """(source, team) cells that are rated and say what the rating rests on."""
    return frozenset((r.source_id, r.team_id) for r in cycle.ratings
                     if r.rating != m.Rating.UNRATED and r.evidence != m.Evidence.NONE)


def unrated_teams(org: m.Organisation, cycle: m.Cycle, sources: list[int]) -> list[m.Team]:
    """The teams where one of `sources` is not yet rated with evidence: the inventory's rule,
    for werkdruk and for the other strands alike."""
    known = rated_with_evidence(cycle)
    return [t for t in cycle.teams if any((s, t.id) not in known for s in sources)]


def inventory_progress(org: m.Organisation, cycle: m.Cycle,
                       strands: tuple[m.Strand, ...] | None = None) -> Progress:
    """Every active source of `strands` (all the file covers when None) rated for every team,
    with evidence. 'No risk', with evidence, answers for werkdruk only: whether unwanted
    behaviour or aggression occurs is asked of each team all the same."""
    strands = org.strands if strands is None else strands
    if no_risk_evidenced(org, cycle):
        strands = tuple(s for s in strands if s != m.Strand.WERKDRUK)
        if not strands:
            return Progress(1, 1)
    sources = strand_sources(org, strands)
    cells = {(s, t.id) for s in sources for t in cycle.teams}
    return Progress(len(cells & rated_with_evidence(cycle)), len(cells))


def balance_parts(cycle: m.Cycle) -> list[Part]:
    """A verdict on the balance of every team; no teams yet is not done."""
    teams = {t.id for t in cycle.teams}
    decided = {b.team_id for b in cycle.balances if b.verdict != m.Verdict.UNDECIDED}
    return [Part("verdicts", len(decided & teams), len(teams) or 1)]


