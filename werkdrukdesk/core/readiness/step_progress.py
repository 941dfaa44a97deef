"""One truth about progress: each step's parts are its own needs plus the inspector's checks
that are done in that step (see core.readiness.progress), so a step shows ✓ only when "Klaar voor de
inspectie?" has nothing open there either."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from werkdrukdesk.core import model as m
from werkdrukdesk.core.readiness.chain import Check, readiness
from werkdrukdesk.core.readiness.coverage import (
    STAFF_TOPICS,
    strand_topics_missing,
    topic_coverage,
)
from werkdrukdesk.core.readiness.later_steps import uncovered_problems, werkdruk_problems
from werkdrukdesk.core.readiness.memo import judging
from werkdrukdesk.core.readiness.progress import (
    Part,
    StepProgress,
    balance_parts,
    inventory_progress,
    organisation_parts,
)
from werkdrukdesk.core.readiness.strands import other_strands

OVERVIEW = "overview"


def _cells(org: m.Organisation, cycle: m.Cycle) -> tuple[int, int]:
    done = inventory_progress(org, cycle, (m.Strand.WERKDRUK,))
    return done.done, done.total


def _strand_cells(org: m.Organisation, cycle: m.Cycle) -> tuple[int, int]:
    done = inventory_progress(org, cycle, other_strands(org))
    return done.done, done.total


def _topics(org: m.Organisation, cycle: m.Cycle) -> tuple[int, int]:
    return len(topic_coverage(cycle).staff_covered), len(STAFF_TOPICS)


def _strand_topics(org: m.Organisation, cycle: m.Cycle) -> tuple[int, int]:
    strands = other_strands(org)
    wanted = {t for strand in strands for t in m.STRAND_TOPICS[strand]}
    return len(wanted) - len(strand_topics_missing(cycle, strands)), len(wanted)


# Checks whose part gets credit for what is done so far, not only all or nothing.
def _problems(org: m.Organisation, cycle: m.Cycle) -> tuple[int, int]:
    problems = len(werkdruk_problems(org, cycle))
    return problems - len(uncovered_problems(org, cycle)), problems


GRAINS: dict[str, Callable[[m.Organisation, m.Cycle], tuple[int, int]]] = {
    "causes": _cells,
    "strands_inventoried": _strand_cells,
    "topics": _topics,
    "strand_topics": _strand_topics,
    "covered": _problems,
}


def check_part(check: Check, org: m.Organisation, cycle: m.Cycle) -> Part:
    """The part a check adds to its step; it holds exactly when the check does."""
    grain = GRAINS.get(check.key) if check.need_key in ("", check.key) else None
    done, total = grain(org, cycle) if grain else (0, 1)
    total = max(total, 1)
    done = total if check.ok else min(done, total - 1)
    return Part(check.need_key or check.key, done, total, check.key)


def step_progress(org: m.Organisation, cycle: m.Cycle, today: date,
                  checks: list[Check] | None = None) -> dict[str, StepProgress]:
    """Every step of the cycle, keyed as in readiness_base.STEP_NAMES; 'overview' is all.
    `checks` is `readiness(org, cycle, today)` when the caller has it already."""
    with judging():
        return _step_progress(org, cycle, today, checks)


def _step_progress(org: m.Organisation, cycle: m.Cycle, today: date,
                   checks: list[Check] | None) -> dict[str, StepProgress]:
    parts: dict[str, list[Part]] = {
        "organisation": organisation_parts(org, cycle),
        "inventory": [],
        "balance": balance_parts(cycle),
        "plan": [],
        "sessions": [],
        "evaluation": [],
    }
    for check in readiness(org, cycle, today) if checks is None else checks:
        parts.setdefault(check.step, []).append(check_part(check, org, cycle))
    steps = {key: StepProgress(tuple(found)) for key, found in parts.items()}
    steps[OVERVIEW] = StepProgress(tuple(p for found in parts.values() for p in found))
    return steps
