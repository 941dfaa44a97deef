"""Does the plan van aanpak hold up? The checks an inspector would make, as plain-Dutch lines.

Each check either passes or says what to do next. A check about one measure carries its id,
so a screen can take the owner straight to it. Severity tells a screen how loud to be:
PROBLEM for what an inspector would call missing, WARNING for what weakens the plan.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from werkdrukdesk.core import model as m
from werkdrukdesk.core.dates import format_date
from werkdrukdesk.core.i18n import translate
from werkdrukdesk.core.plan.listing import (
    CONSENTING_BODIES,
    is_overdue,
    plan_approved,
    sort_measures,
)

# Problems in these sources ask for measures aimed at rest and recovery (breaks,
# reachability after hours, evening e-mail), as the inspectorate's flyer says.
REST_KEYS = frozenset({"rest_recovery", "too_few_breaks", "reachability", "working_hours"})
SHOWN_NAMES = 3  # how many team or measure names a line spells out before "en N andere"


class Severity(StrEnum):
    OK = "ok"
    WARNING = "warning"
    PROBLEM = "problem"


class Topic(StrEnum):
    COVERAGE = "coverage"
    SHARED = "shared"
    REST = "rest"
    OWNER = "owner"
    OVERDUE = "overdue"
    STAFF = "staff"
    APPROVAL = "approval"


@dataclass(frozen=True)
class Check:
    ok: bool
    message: str  # when not ok: what to do
    measure_id: int | None = None
    severity: Severity = Severity.OK
    topic: Topic | None = None


def _passed(topic: Topic, message: str) -> Check:
    return Check(True, message, None, Severity.OK, topic)


def _failed(
    topic: Topic, message: str, measure_id: int | None = None, severity: Severity = Severity.PROBLEM
) -> Check:
    return Check(False, message, measure_id, severity, topic)


def plan_checks(org: m.Organisation, cycle: m.Cycle, today: date) -> list[Check]:
    """All checks of the cycle's plan, in a fixed order of topics.

    A closed cycle is not checked for overdue measures: its open ones went on in the next.
    """
    names = _Names(org, cycle)
    active = sort_measures(x for x in cycle.measures if x.status != m.MeasureStatus.CANCELLED)
    return [
        *_coverage(cycle, active, names),
        *_shared(cycle, active, names),
        *_rest(org, cycle, active, names),
        *_owners(active),
        *([] if cycle.closed else _overdue(active, today)),
        *_staff(active),
        *_approval(org.profile, cycle.approval),
    ]


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


class _Names:
    def __init__(self, org: m.Organisation, cycle: m.Cycle):
        self._sources = {s.id: s.name for s in org.sources}
        self._teams = {t.id: t.name for t in cycle.teams}

    def source(self, source_id: int) -> str:
        return self._sources.get(source_id, "?")

    def where(self, team_ids: list[int | None]) -> str:
        if team_ids == [None]:
            return translate("PlanChecks", "in de hele organisatie")
        return translate("PlanChecks", "bij {teams}").format(
            teams=join([self.team(t) for t in team_ids], translate("PlanChecks", "teams")))

    def team(self, team_id: int | None) -> str:
        if team_id is None:
            return translate("PlanChecks", "de hele organisatie")
        return self._teams.get(team_id, "?")


def join(names: list[str], kind: str) -> str:
    """'A', 'A en B', 'A, B en C', 'A, B, C en 4 andere teams'; `kind` in the current
    language ('teams', 'maatregelen')."""
    if len(names) > SHOWN_NAMES + 1:
        rest = len(names) - SHOWN_NAMES
        return translate("PlanChecks", "{names} en {count} andere {kind}").format(
            names=", ".join(names[:SHOWN_NAMES]), count=rest, kind=kind)
    if len(names) > 1:
        return translate("PlanChecks", "{names} en {last}").format(
            names=", ".join(names[:-1]), last=names[-1])
    return names[0] if names else ""


def _quoted(measures: list[m.Measure]) -> str:
    return join([f"'{x.title}'" for x in measures], translate("PlanChecks", "maatregelen"))


# -- the checks ------------------------------------------------------------------------------


def _coverage(cycle: m.Cycle, active: list[m.Measure], names: _Names) -> list[Check]:
    """Every problem of the inventory has at least one measure aimed at it."""
    problems = problem_teams(cycle)
    if not problems:
        return [_passed(Topic.COVERAGE, translate(
            "PlanChecks", "De inventarisatie noemt geen knelpunten, dus er hoeft geen maatregel "
            "aan een knelpunt gekoppeld te worden."))]
    checks = []
    for source_id, teams in problems.items():
        missing = [t for t in teams if not any(covers(x, source_id, t) for x in active)]
        if missing:
            checks.append(_failed(Topic.COVERAGE, translate(
                "PlanChecks", "'{source}' is een knelpunt {where}, maar geen maatregel pakt het "
                "daar aan. Voeg een maatregel toe (bijvoorbeeld uit de bibliotheek) en vink dit "
                "knelpunt aan.").format(source=names.source(source_id),
                                        where=names.where(missing))))
    if checks:
        return checks
    count = sum(len(teams) for teams in problems.values())
    return [_passed(Topic.COVERAGE, translate(
        "PlanChecks", "Ieder knelpunt uit de inventarisatie ({count}) heeft minstens één "
        "maatregel.").format(count=count))]


def _shared(cycle: m.Cycle, active: list[m.Measure], names: _Names) -> list[Check]:
    """A problem in several teams asks for a measure at organisation level."""
    checks, shared = [], 0
    for source_id, teams in problem_teams(cycle).items():
        if None not in teams and len(teams) < 2:
            continue
        shared += 1
        levels = {x.level for x in active if any(t.source_id == source_id for t in x.targets)}
        if not levels or m.Level.ORGANISATION in levels:
            continue  # no measure at all is the coverage check's business
        where = (translate("PlanChecks", "in de hele organisatie") if None in teams
                 else translate("PlanChecks", "in {count} teams").format(count=len(teams)))
        source = names.source(source_id)
        if m.Level.TEAM in levels:
            checks.append(_failed(Topic.SHARED, translate(
                "PlanChecks", "'{source}' is een knelpunt {where}, maar wordt alleen per team "
                "aangepakt. Een maatregel voor de hele organisatie pakt een gedeelde oorzaak "
                "beter aan: neem er een op.").format(source=source, where=where),
                severity=Severity.WARNING))
        else:
            checks.append(_failed(Topic.SHARED, translate(
                "PlanChecks", "'{source}' is een knelpunt {where}, maar wordt alleen met "
                "maatregelen voor individuele medewerkers aangepakt. De oorzaak zit dan in het "
                "werk, niet in de mensen: neem een maatregel voor de hele organisatie "
                "op.").format(source=source, where=where)))
    if checks or not shared:
        return checks
    return [_passed(Topic.SHARED, translate(
        "PlanChecks", "Knelpunten die in meerdere teams spelen, worden ook voor de hele "
        "organisatie aangepakt."))]


def _rest(
    org: m.Organisation, cycle: m.Cycle, active: list[m.Measure], names: _Names
) -> list[Check]:
    """When rest, breaks, hours or reachability are a problem, some measure addresses them."""
    rest_ids = {s.id for s in org.sources if s.catalogue_key in REST_KEYS}
    problems = {sid: t for sid, t in problem_teams(cycle).items() if sid in rest_ids}
    if not problems:
        return []
    helping = [x for x in active if any(t.source_id in rest_ids for t in x.targets)]
    if len(helping) == 1:
        return [_passed(Topic.REST, translate(
            "PlanChecks", "Rust en herstel krijgen aandacht in '{measure}'.").format(
                measure=helping[0].title))]
    if helping:
        return [_passed(Topic.REST, translate(
            "PlanChecks", "Rust en herstel krijgen aandacht in {count} maatregelen, zoals "
            "'{measure}'.").format(count=len(helping), measure=helping[0].title))]
    which = join([names.source(sid) for sid in problems], translate("PlanChecks", "bronnen"))
    return [_failed(Topic.REST, translate(
        "PlanChecks", "Rust en herstel zijn een knelpunt ({sources}), maar geen maatregel richt "
        "zich op pauzes, werktijden of bereikbaarheid na werktijd. Neem er een op, bijvoorbeeld "
        "afspraken over bereikbaarheid of geen werkmail in de avond.").format(sources=which))]


def _owners(active: list[m.Measure]) -> list[Check]:
    """Every measure has someone responsible and a deadline (termijn)."""
    checks = []
    for measure in active:
        no_owner, no_deadline = not measure.responsible.strip(), measure.deadline is None
        if no_owner and no_deadline:
            message = translate("PlanChecks", "Maatregel '{measure}': vul in wie verantwoordelijk "
                                "is en wat de uiterste datum is.")
        elif no_owner:
            message = translate("PlanChecks", "Maatregel '{measure}': vul in wie verantwoordelijk "
                                "is.")
        elif no_deadline:
            message = translate("PlanChecks", "Maatregel '{measure}': vul in wat de uiterste datum "
                                "is.")
        else:
            continue
        checks.append(_failed(Topic.OWNER, message.format(measure=measure.title), measure.id))
    if checks or not active:
        return checks
    return [_passed(Topic.OWNER, translate(
        "PlanChecks", "Iedere maatregel heeft een verantwoordelijke en een uiterste datum."))]


def _overdue(active: list[m.Measure], today: date) -> list[Check]:
    """Open measures past their deadline: the employer keeps control of the plan."""
    checks = [
        _failed(Topic.OVERDUE, translate(
            "PlanChecks", "Maatregel '{measure}' is te laat (uiterste datum {deadline}). Zet de "
            "status bij, of spreek een nieuwe datum af.").format(
                measure=x.title, deadline=format_date(x.deadline)), x.id)
        for x in active
        if is_overdue(x, today)
    ]
    if checks or not any(x.is_open for x in active):
        return checks
    return [_passed(Topic.OVERDUE, translate(
        "PlanChecks", "Geen open maatregel is over zijn uiterste datum heen."))]


def _staff(active: list[m.Measure]) -> list[Check]:
    """Staff are involved in making and carrying out the measures, and it says how."""
    if not active:
        return []
    lacking = [x for x in active if not x.staff_involvement.strip()]
    if len(lacking) == len(active):
        return [_failed(Topic.STAFF, translate(
            "PlanChecks", "Bij geen enkele maatregel staat hoe medewerkers zijn betrokken. "
            "Schrijf op hoe zij hebben meegedacht of meebeslist, bijvoorbeeld in een "
            "werkoverleg."), lacking[0].id)]
    done = len(active) - len(lacking)
    checks = [_passed(Topic.STAFF, translate(
        "PlanChecks", "Bij {done} van de {count} maatregelen staat hoe medewerkers zijn "
        "betrokken.").format(done=done, count=len(active)))]
    if lacking:
        checks.append(_failed(Topic.STAFF, translate(
            "PlanChecks", "Nog niet vastgelegd hoe medewerkers zijn betrokken bij "
            "{measures}.").format(measures=_quoted(lacking)), lacking[0].id, Severity.WARNING))
    return checks


def _approval(profile: m.Profile, approval: m.PlanApproval) -> list[Check]:
    """OR/PVT consent (WOR art. 27) where there is one; else the employer's sign-off."""
    body = profile.participation_body
    if body in CONSENTING_BODIES:
        short = (translate("PlanChecks", "OR") if body == m.ParticipationBody.WORKS_COUNCIL
                 else translate("PlanChecks", "PVT"))
        if plan_approved(approval, profile):
            return [_passed(Topic.APPROVAL, translate(
                "PlanChecks", "De {body} heeft op {date} ingestemd.").format(
                    body=short, date=format_date(approval.consent_date)))]
        return [_failed(Topic.APPROVAL, translate(
            "PlanChecks", "De {body} moet instemmen met het plan van aanpak. Leg op het tabblad "
            "'{tab}' vast wanneer dat is gebeurd.").format(body=short, tab=_consent_tab()))]
    signed_by = approval.employer_signed_by.strip()
    if plan_approved(approval, profile):
        return [_passed(Topic.APPROVAL, translate(
            "PlanChecks", "{name} heeft het plan op {date} ondertekend.").format(
                name=signed_by, date=format_date(approval.employer_signed_on)))]
    return [_failed(Topic.APPROVAL, translate(
        "PlanChecks", "Leg op het tabblad '{tab}' vast wie het plan namens de werkgever heeft "
        "ondertekend en op welke datum.").format(tab=_consent_tab()))]


def _consent_tab() -> str:
    """The name of the plan page's tab where consent and sign-off are recorded."""
    return translate("PlanChecks", "Instemming en samenhang")
