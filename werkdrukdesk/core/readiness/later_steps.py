"""Readiness checks of step 4: the plan van aanpak (what it covers, who carries it out and by
when, consent, what was done). Steps 5 and 6, the voorlichting and the evaluation, are
`core.readiness.follow_up`'s.

See `core.readiness.chain` for the whole chain; these functions each answer one of its questions.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date

from werkdrukdesk.core import model as m
from werkdrukdesk.core.i18n import translate
from werkdrukdesk.core.labels import joined, label
from werkdrukdesk.core.plan.listing import (
    CONSENTING_BODIES,
    covered_by,
    employees_consulted,
    is_overdue,
    plan_approved,
    problem_teams,
    rie_approach_consented,
)
from werkdrukdesk.core.readiness.base import (
    REST_KEYS,
    WHOLE_TITLES,
    Check,
    Ctx,
    counted_measures,
    names,
    result,
    whole,
)
from werkdrukdesk.core.readiness.memo import once_per_judgement
from werkdrukdesk.core.survey.occurrence import by_occurrence


def _no_measures(ctx: Ctx, key: str) -> Check | None:
    """Without measures: fine after 'no risk found', otherwise the plan is still to be made."""
    if ctx.measures:
        return None
    if ctx.no_risk:
        return result(key, "plan", None)
    return result(key, "plan", _no_plan_yet())


def _no_plan_yet() -> str:  # one sentence, said by several checks
    return translate(
        "ReadinessPlan", "Leg in het plan van aanpak vast welke maatregelen u neemt tegen de "
        "werkdrukbronnen die te hoog en de energiebronnen die te laag zijn.")


@once_per_judgement
def werkdruk_problems(org: m.Organisation, cycle: m.Cycle) -> tuple[tuple[int, int | None], ...]:
    """(source id, team id or None) of every werkdruk source rated too high, in the order of
    `problem_teams`. Unwanted behaviour has a check of its own (`unwanted`)."""
    counted = {s.id for s in org.sources if by_occurrence(s)}
    return tuple((source, team) for source, teams in problem_teams(cycle).items()
                 if source not in counted for team in teams)


@once_per_judgement
def uncovered_problems(org: m.Organisation, cycle: m.Cycle) -> tuple[tuple[int, int | None], ...]:
    """The werkdruk problems no measure of the plan aims at; cancelled measures aim at
    nothing, and one already in place (bestaand) did not prevent the problem: it needs more."""
    active = [x for x in cycle.measures
              if x.status != m.MeasureStatus.CANCELLED and not x.existing]
    covered = covered_by(active)
    return tuple((source, team) for source, team in werkdruk_problems(org, cycle)
                 if not covered(source, team))


def covered(ctx: Ctx) -> Check:
    """Every source rated too high, in its team or in the whole organisation, has a measure
    aimed at it there: the plan answers what the inventory found."""
    missing = uncovered_problems(ctx.org, ctx.cycle)
    if not missing:  # nothing open is known; known to be fine only after the werkdruk inventory
        werkdruk = _active(ctx, lambda s: s.strand == m.Strand.WERKDRUK)  # the others: unwanted
        return _not_inventoried(ctx, "covered", translate(
            "ReadinessPlan", "waar maatregelen nodig zijn"), werkdruk) or result(
                "covered", "plan", None)
    teams = {t.id: t.name for t in ctx.cycle.teams}
    whole = translate("ReadinessPlan", "de hele organisatie")
    by_source: dict[int, list[str]] = {}
    for source, team in missing:
        by_source.setdefault(source, []).append(whole if team is None else teams.get(team, "?"))
    items = [translate("ReadinessPlan", "{source} ({where})").format(
        source=names([name]), where=joined(where))
        for name, where in zip(_source_names(ctx, list(by_source)), by_source.values(),
                               strict=True)]
    return result("covered", "plan", translate(
        "ReadinessPlan", "Neem een maatregel tegen {problems} en vink dat knelpunt aan bij de "
        "maatregel: de inventarisatie noemt het te hoog, maar het plan pakt het daar nog niet "
        "aan.").format(problems=joined(items)))


def lacks_owner_or_term(measure: m.Measure) -> bool:
    return not measure.responsible.strip() or measure.deadline is None


def late_measures(org: m.Organisation, cycle: m.Cycle, today: date) -> list[m.Measure]:
    """Counted measures still open past their deadline, soonest deadline first; those a later
    cycle took over go on there and are not late here."""
    carried = carried_on(org, cycle)
    late = [x for x in counted_measures(cycle) if is_overdue(x, today) and x.id not in carried]
    return sorted(late, key=lambda x: x.deadline or today)  # each has one; `or` tells mypy


def owner_and_term(ctx: Ctx) -> Check:
    empty = _no_measures(ctx, "owner_and_term")
    if empty:
        return empty
    lacking = [x.title for x in ctx.measures if lacks_owner_or_term(x)]
    action = None if not lacking else translate(
        "ReadinessPlan", "Geef {measures} een verantwoordelijke en een uiterste datum "
        "(termijn).").format(measures=names(lacking))
    return result("owner_and_term", "plan", action)


def coherence(ctx: Ctx) -> Check:
    empty = _no_measures(ctx, "coherence")  # a coherence of no measures describes nothing
    if empty:
        return empty
    whole = bool(ctx.cycle.plan_coherence.strip())
    each = bool(ctx.measures) and all(x.coherence.strip() for x in ctx.measures)
    action = None if whole or each else translate(
        "ReadinessPlan", "Schrijf bij het plan van aanpak in een paar zinnen hoe de maatregelen "
        "samenhangen: wat voor de hele organisatie geldt en wat teams en medewerkers daarbinnen "
        "doen.")
    return result("coherence", "plan", action)


def staff_involved(ctx: Ctx) -> Check:
    """Staff helped choose the measures (Arbowet art. 12: employer and employees work
    together): the plan says how, as a whole or at every measure."""
    empty = _no_measures(ctx, "staff_involved")
    if empty:
        return empty
    if ctx.cycle.plan_staff_involvement.strip():
        return result("staff_involved", "plan", None)
    lacking = [x.title for x in ctx.measures if not x.staff_involvement.strip()]
    action = None if not lacking else translate(
        "ReadinessPlan", "Schrijf bij het plan op hoe medewerkers hebben meegedacht over de "
        "maatregelen, bijvoorbeeld in een werkoverleg; nu staat dat nog niet bij "
        "{measures}.").format(measures=names(lacking))
    return result("staff_involved", "plan", action)


def _source_names(ctx: Ctx, ids: Sequence[int]) -> list[str]:
    by_id = {s.id: s.name for s in ctx.org.sources}
    unknown = translate("ReadinessPlan", "onbekende bron")
    return [by_id.get(i, unknown) for i in ids]


def _not_inventoried(ctx: Ctx, key: str, what: str, sources: set[int]) -> Check | None:
    """Until `sources` are rated for every team (or for the whole organisation), nothing is
    known to be fine about them: the inventory comes first. None when it is known."""
    if ctx.no_risk:
        return None
    rated = rated_cells(ctx.cycle)
    teams = [t.id for t in ctx.cycle.teams]
    if teams and sources and all((s, t) in rated or (s, None) in rated
                                 for s in sources for t in teams):
        return None
    return result(key, "inventory", translate(
        "ReadinessPlan", "Breng eerst per team in kaart welke werkdrukbronnen te hoog en welke "
        "energiebronnen te laag zijn; dan ziet u {what}.").format(what=what), "causes")


@once_per_judgement
def rated_cells(cycle: m.Cycle) -> frozenset[tuple[int, int | None]]:
    """(source, team) cells that are rated, with evidence or not."""
    return frozenset((r.source_id, r.team_id) for r in cycle.ratings
                     if r.rating != m.Rating.UNRATED)


def _active(ctx: Ctx, wanted: Callable[[m.Source], bool] = lambda s: True) -> set[int]:
    return {m.stored_id(s) for s in ctx.org.sources if not s.archived and wanted(s)}


def organisation_first(ctx: Ctx) -> Check:
    teams = {t.id for t in ctx.cycle.teams}
    problems = [r for r in ctx.cycle.ratings if r.rating == m.Rating.PROBLEM]
    in_teams: dict[int, set[int | None]] = {}
    for r in problems:
        if r.team_id in teams:
            in_teams.setdefault(r.source_id, set()).add(r.team_id)
    shared = {s for s, where in in_teams.items() if len(where) >= 2}
    shared |= {r.source_id for r in problems if r.team_id is None}
    covered = {t.source_id for x in ctx.measures for t in x.targets
               if x.level == m.Level.ORGANISATION or t.team_id is None}
    missing = sorted(shared - covered, key=lambda s: (-len(in_teams.get(s, ())), s))
    if missing:
        return result("organisation_first", "plan", translate(
            "ReadinessPlan", "Neem een maatregel voor de hele organisatie tegen {sources}: dat "
            "speelt in meerdere teams of in de hele organisatie.").format(
                sources=names(_source_names(ctx, missing))))
    return _not_inventoried(ctx, "organisation_first", translate(
        "ReadinessPlan", "wat in meerdere teams speelt"), _active(ctx)) or result(
            "organisation_first", "plan", None)


def rest(ctx: Ctx) -> Check:
    """Rest and recovery sources that need attention have a measure; and they were looked at:
    an inventory without any of them says nothing about rest (the flyer asks for it)."""
    rest = _active(ctx, lambda s: s.catalogue_key in REST_KEYS)
    flagged = {r.source_id for r in ctx.cycle.ratings
               if r.source_id in rest and r.rating in (m.Rating.PROBLEM, m.Rating.ATTENTION)}
    targeted = {t.source_id for x in ctx.measures for t in x.targets}
    missing = sorted(flagged - targeted)
    if missing:
        return result("rest", "plan", translate(
            "ReadinessPlan", "Neem een maatregel voor rust en herstel tegen {sources}, "
            "bijvoorbeeld vaste pauzes of afspraken over bereikbaarheid na werktijd.").format(
                sources=names(_source_names(ctx, missing))))
    return _not_inventoried(ctx, "rest", translate(
        "ReadinessPlan", "of rust en herstel maatregelen vragen"), rest) or result(
            "rest", "plan", None)


def unwanted(ctx: Ctx) -> Check:
    """Unwanted behaviour rated too high anywhere asks for a measure there, whatever else the
    inventory found: no resource makes up for it (core.survey.occurrence). For the strands of
    unwanted behaviour within and aggression from outside, 'needs attention' asks for one too:
    it means someone met it, and one case is one too many. Not looked at, it is not known to
    be absent. In a whole-PSA file the title says it covers aggression as well."""
    check = _unwanted(ctx)
    return replace(check, title=WHOLE_TITLES["unwanted"]) if whole(ctx.org) else check


def _unwanted(ctx: Ctx) -> Check:
    counted = _active(ctx, by_occurrence)
    strand = _active(ctx, lambda s: s.strand != m.Strand.WERKDRUK and s.strand in ctx.org.strands)
    flagged = [r for r in ctx.cycle.ratings if r.source_id in counted
               and (r.rating == m.Rating.PROBLEM
                    or (r.rating == m.Rating.ATTENTION and r.source_id in strand))]
    covered = covered_by(ctx.measures)
    open_ = [r for r in flagged if not covered(r.source_id, r.team_id)]
    if not open_:
        return _not_inventoried(ctx, "unwanted", translate(
            "ReadinessPlan", "of er ongewenst gedrag voorkomt"), counted) or result(
                "unwanted", "plan", None)
    teams = {t.id: t.name for t in ctx.cycle.teams}
    named = [teams.get(r.team_id, "?") for r in open_ if r.team_id is not None]
    where = [translate("ReadinessPlan", "de hele organisatie")] if len(named) < len(open_) else []
    where += [names(named)] if named else []
    sources = _source_names(ctx, sorted({r.source_id for r in open_}))
    if any(r.source_id in strand for r in open_):
        return result("unwanted", "plan", translate(
            "ReadinessPlan", "Neem een maatregel tegen {sources} voor {where}, bijvoorbeeld een "
            "gedragscode, huisregels, werken in tweetallen of een training in de-escalatie: "
            "ongewenst gedrag en agressie vragen om een maatregel, ook als het een enkele keer "
            "voorkwam.").format(sources=names(sources), where=joined(where)))
    return result("unwanted", "plan", translate(
        "ReadinessPlan", "Neem een maatregel tegen {sources} voor {where}, bijvoorbeeld een "
        "gedragscode en een vertrouwenspersoon: ongewenst gedrag vraagt altijd om een "
        "maatregel.").format(sources=names(sources), where=joined(where)))


def consent(ctx: Ctx) -> Check:
    """Medezeggenschap: an OR or PVT consents to the approach of the RI&E and to the plan (WOR
    art. 27 lid 1 sub d); without one the employees concerned are consulted (Arbowet art. 12
    lid 3) and the employer signs the plan."""
    if not ctx.measures and not ctx.no_risk:  # consent to an empty plan is no consent yet
        return result("consent", "plan", _no_plan_yet(), "owner_and_term")
    approval, body = ctx.cycle.approval, ctx.org.profile.participation_body
    approved = plan_approved(approval, ctx.org.profile)
    if body in CONSENTING_BODIES:
        rie = rie_approach_consented(approval, ctx.org.profile)
        action = None
        if not rie and not approved:
            action = translate(
                "ReadinessPlan", "Vraag de {body} om instemming met de aanpak van de RI&E en met "
                "het plan van aanpak, en leg beide data vast.").format(body=label(body))
        elif not rie:
            action = translate(
                "ReadinessPlan", "Vraag de {body} ook om instemming met de aanpak van de RI&E "
                "(hoe u de risico's in kaart brengt) en leg de datum vast.").format(
                    body=label(body))
        elif not approved:
            action = translate(
                "ReadinessPlan", "Vraag de {body} om instemming met het plan van aanpak en leg de "
                "datum vast.").format(body=label(body))
        return result("consent", "plan", action)
    action = None
    if not employees_consulted(approval):
        action = translate(
            "ReadinessPlan", "Er is geen OR of PVT: bespreek de RI&E en het plan van aanpak met "
            "de medewerkers en leg vast wanneer, hoe en wat eruit kwam.")
    elif not approved:
        action = translate(
            "ReadinessPlan", "Onderteken het plan van aanpak namens de werkgever en vul naam en "
            "datum in.")
    return result("consent", "plan", action)


def carried_on(org: m.Organisation, cycle: m.Cycle) -> set[int]:
    """Ids of this cycle's measures that a later cycle took over: they go on there."""
    later = [c for c in org.cycles if c.number > cycle.number]
    return {x.carried_from_measure_id for c in later for x in c.measures
            if x.carried_from_measure_id is not None}


def carried_out(ctx: Ctx) -> Check:
    if not ctx.measures and ctx.no_risk:
        return result("carried_out", "plan", None)
    late = late_measures(ctx.org, ctx.cycle, ctx.today)
    if late:
        return result("carried_out", "plan", translate(
            "ReadinessPlan", "Voer {measures} uit, of spreek met de verantwoordelijke een nieuwe "
            "termijn af: de termijn is verstreken.").format(
                measures=names([x.title for x in late])))
    if not any(x.status == m.MeasureStatus.DONE for x in ctx.measures):
        return result("carried_out", "plan", translate(
            "ReadinessPlan", "Voer de eerste maatregel uit en zet hem op '{done}', met de "
            "datum.").format(done=label(m.MeasureStatus.DONE)))
    return result("carried_out", "plan", None)
