"""The plan step's live review: the inspector's checks of the plan, as the plan step shows them.

The checks are the very `Check`s of "Klaar voor de inspectie?" (`readiness`), so the plan step
and the readiness list can never disagree. Under a failed check come the measures it is about,
each a line the owner can click to open that measure; after the checks come hints about what
weakens a plan without failing it. A hint never decides whether the plan is in order.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from werkdrukdesk.core import model as m
from werkdrukdesk.core.dates import format_date
from werkdrukdesk.core.i18n import translate
from werkdrukdesk.core.plan.listing import sort_measures
from werkdrukdesk.core.readiness.base import counted_measures
from werkdrukdesk.core.readiness.chain import Check, readiness
from werkdrukdesk.core.readiness.later_steps import lacks_owner_or_term, late_measures
from werkdrukdesk.core.readiness.memo import judging

# The checks of the inspector's chain that the plan step answers, in the chain's order.
PLAN_CHECKS = ("covered", "owner_and_term", "coherence", "staff_involved", "organisation_first",
               "rest", "unwanted", "consent", "carried_out")


class Severity(StrEnum):
    OK = "ok"
    WARNING = "warning"  # a hint: weakens the plan, does not fail it
    PROBLEM = "problem"  # a failed check of the inspector, or a measure it is about


@dataclass(frozen=True)
class ReviewLine:
    ok: bool
    message: str
    severity: Severity = Severity.OK
    check_key: str = ""  # the check this line reports or details; empty for a hint
    measure_id: int | None = None  # the measure the line is about, to open it
    detail: bool = False  # a measure under a failed check, not a check of its own


def plan_review(org: m.Organisation, cycle: m.Cycle, today: date,
                checks: list[Check] | None = None) -> list[ReviewLine]:
    """The plan's checks in the chain's order, each failed one followed by its measures; then
    the hints. `checks` is `readiness(org, cycle, today)` when the caller has it already."""
    with judging():
        return _plan_review(org, cycle, today, checks)


def _plan_review(org: m.Organisation, cycle: m.Cycle, today: date,
                 checks: list[Check] | None) -> list[ReviewLine]:
    active = sort_measures(counted_measures(cycle))
    lines: list[ReviewLine] = []
    for check in readiness(org, cycle, today) if checks is None else checks:
        if check.key not in PLAN_CHECKS:
            continue
        if check.ok:
            lines.append(ReviewLine(True, check.title, Severity.OK, check.key))
            continue
        lines.append(ReviewLine(False, check.action, Severity.PROBLEM, check.key))
        lines += _details(check, org, cycle, active, today)
    return lines + _hints(active)


def _details(check: Check, org: m.Organisation, cycle: m.Cycle, active: list[m.Measure],
             today: date) -> list[ReviewLine]:
    if check.key == "owner_and_term":
        return [_detail(check, x, _owner_and_term(x)) for x in active if lacks_owner_or_term(x)]
    if check.key == "staff_involved":
        return [_detail(check, x, translate(
            "PlanReview", "Maatregel '{measure}': schrijf op hoe medewerkers hebben "
            "meegedacht.").format(measure=x.title))
            for x in active if not x.staff_involvement.strip()]
    if check.key == "carried_out":
        return [_detail(check, x, translate(
            "PlanReview", "Maatregel '{measure}' is te laat (uiterste datum {deadline}).").format(
                measure=x.title, deadline=format_date(x.deadline)))
            for x in late_measures(org, cycle, today)]
    return []


def _detail(check: Check, measure: m.Measure, message: str) -> ReviewLine:
    return ReviewLine(False, message, Severity.PROBLEM, check.key, measure.id, detail=True)


def _owner_and_term(measure: m.Measure) -> str:
    if not measure.responsible.strip() and measure.deadline is None:
        message = translate("PlanReview", "Maatregel '{measure}': vul in wie verantwoordelijk "
                            "is en wat de uiterste datum is.")
    elif not measure.responsible.strip():
        message = translate("PlanReview", "Maatregel '{measure}': vul in wie verantwoordelijk "
                            "is.")
    else:
        message = translate("PlanReview", "Maatregel '{measure}': vul in wat de uiterste datum "
                            "is.")
    return message.format(measure=measure.title)


def _hints(active: list[m.Measure]) -> list[ReviewLine]:
    """Hints that weaken a plan without failing it. How staff were involved used to be one; it
    is now the check `staff_involved` (Arbowet art. 12)."""
    return []
