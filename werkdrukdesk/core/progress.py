"""How complete each step of a cycle is: counts an owner can understand, not a grade."""

from __future__ import annotations

from dataclasses import dataclass

from werkdrukdesk.core import model as m


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


def organisation_progress(org: m.Organisation, cycle: m.Cycle) -> Progress:
    p = org.profile
    checks = [
        bool(p.name.strip()),
        p.headcount > 0,
        bool(cycle.teams),
        bool(p.prevention_officer.strip()),
        bool(p.prevention_officer_contact.strip()),
        p.participation_body != m.ParticipationBody.NONE or p.headcount < 10,
        bool(p.occupational_health_service.strip() or p.company_doctor.strip()),
        p.rie_date is not None,
        p.rie_review in (m.ReviewStatus.DONE, m.ReviewStatus.EXEMPT),
    ]
    return Progress(sum(checks), len(checks))


def inventory_progress(org: m.Organisation, cycle: m.Cycle) -> Progress:
    """Every active source rated for every team, with evidence; or 'no risk, because'."""
    if cycle.no_risk and cycle.no_risk_reason.strip():
        return Progress(1, 1)
    sources = [s.id for s in org.sources if not s.archived]
    cells = {(s, t.id) for s in sources for t in cycle.teams}
    rated = {
        (r.source_id, r.team_id)
        for r in cycle.ratings
        if r.rating != m.Rating.UNRATED and r.evidence != m.Evidence.NONE
    }
    return Progress(len(cells & rated), len(cells))


def balance_progress(cycle: m.Cycle) -> Progress:
    decided = {b.team_id for b in cycle.balances if b.verdict != m.Verdict.UNDECIDED}
    return Progress(len(decided & {t.id for t in cycle.teams}), len(cycle.teams))


def plan_progress(cycle: m.Cycle) -> Progress:
    """Each problem has a measure; each measure has an owner and a term; consent recorded."""
    problems = {(r.source_id, r.team_id) for r in cycle.ratings if r.rating == m.Rating.PROBLEM}
    targeted = {(t.source_id, t.team_id) for x in cycle.measures for t in x.targets}
    organisation_wide = {
        t.source_id for x in cycle.measures for t in x.targets if t.team_id is None
    }
    covered = {p for p in problems if p in targeted or p[0] in organisation_wide}
    complete_measures = [x for x in cycle.measures if x.responsible.strip() and x.deadline]
    done = len(covered) + len(complete_measures) + (cycle.approval.consent_date is not None)
    total = len(problems) + len(cycle.measures) + 1
    return Progress(done, total)


def sessions_progress(cycle: m.Cycle) -> Progress:
    """Every topic covered, for staff and for managers."""
    staff_topics = set(m.Topic) - {m.Topic.SIGNALS_IN_OTHERS}
    covered_staff = {
        t for s in cycle.sessions if s.audience != m.Audience.MANAGERS for t in s.topics
    } & staff_topics
    managers = any(
        m.Topic.SIGNALS_IN_OTHERS in s.topics
        for s in cycle.sessions
        if s.audience in (m.Audience.MANAGERS, m.Audience.EVERYONE)
    )
    return Progress(len(covered_staff) + managers, len(staff_topics) + 1)


def evaluation_progress(cycle: m.Cycle) -> Progress:
    finished = [x for x in cycle.measures if x.status in (m.MeasureStatus.DONE,)]
    evaluated = [
        x for x in finished if x.evaluation and x.evaluation.effect != m.Effect.NOT_YET_KNOWN
    ]
    process = cycle.process_evaluation
    process_done = bool(process.methods) and bool(process.how_it_went.strip())
    return Progress(len(evaluated) + process_done, len(finished) + 1)


def step_progress(org: m.Organisation, cycle: m.Cycle) -> dict[str, Progress]:
    steps = {
        "organisation": organisation_progress(org, cycle),
        "inventory": inventory_progress(org, cycle),
        "balance": balance_progress(cycle),
        "plan": plan_progress(cycle),
        "sessions": sessions_progress(cycle),
        "evaluation": evaluation_progress(cycle),
    }
    done = sum(p.done for p in steps.values())
    total = sum(p.total for p in steps.values())
    steps["overview"] = Progress(done, total)
    return steps
