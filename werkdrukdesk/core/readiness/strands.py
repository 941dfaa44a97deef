"""Readiness checks of the strands beside werkdruk: unwanted behaviour within the organisation
and aggression and violence from outside (Arbowet art. 1 lid 3 sub e).

Each check returns None when the strands it is about are outside the file's scope, so a
werkdruk-only file is checked exactly as before; `chain.readiness` leaves those out. Where a
check shares a rule with a werkdruk check, it asks the same function (`progress.unrated_teams`
for the inventory, `coverage` for the voorlichting, `core.psa.policy` for the arrangements).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType

from werkdrukdesk.core import model as m
from werkdrukdesk.core.i18n import QT_TRANSLATE_NOOP, translate
from werkdrukdesk.core.labels import joined, label
from werkdrukdesk.core.psa import policy
from werkdrukdesk.core.readiness.base import Check, Ctx, names, result
from werkdrukdesk.core.readiness.coverage import strand_topics_missing
from werkdrukdesk.core.readiness.memo import once_per_judgement
from werkdrukdesk.core.readiness.progress import strand_sources, unrated_teams

BESIDE_WERKDRUK = (m.Strand.UNWANTED, m.Strand.AGGRESSION)


def other_strands(org: m.Organisation) -> tuple[m.Strand, ...]:
    """The strands beside werkdruk this file covers, in the inspector's order."""
    return tuple(s for s in org.strands if s in BESIDE_WERKDRUK)


# -- the RI&E and the inventory --------------------------------------------------------------


def rie_strands(ctx: Ctx) -> Check | None:
    """The RI&E covers each strand in scope: PSA in the RI&E is all of it, not werkdruk alone."""
    strands = other_strands(ctx.org)
    if not strands:
        return None
    p = ctx.org.profile
    covered = {m.Strand.UNWANTED: p.rie_covers_unwanted,
               m.Strand.AGGRESSION: p.rie_covers_aggression}
    missing = [label(s) for s in strands if not covered[s]]
    return result("rie_strands", "organisation", None if not missing else translate(
        "ReadinessStrands", "Zorg dat uw RI&E ook {strands} behandelt: welke risico's er zijn en "
        "voor wie. Vink het daarna aan bij Organisatie.").format(strands=joined(missing)))


def _not_inventoried(ctx: Ctx, key: str) -> Check | None:
    """The inventory of the strands, as `causes` asks it of werkdruk: every team, every source
    of the strands, rated and with what the rating rests on. None when it is complete."""
    if not ctx.cycle.teams:
        return result(key, "organisation", translate(
            "Readiness", "Leg vast welke teams of afdelingen u heeft; daarna beoordeelt u de "
            "bronnen per team."), "teams")
    sources = strand_sources(ctx.org, other_strands(ctx.org))
    if not sources:
        return result(key, "inventory", translate(
            "ReadinessStrands", "Zet bij Inventarisatie de bronnen voor ongewenst gedrag en "
            "agressie aan, zodat u ze per team kunt beoordelen."), "strands_inventoried")
    teams = [t.name for t in unrated_teams(ctx.org, ctx.cycle, sources)]
    if not teams:
        return None
    return result(key, "inventory", translate(
        "ReadinessStrands", "Beoordeel bij {teams} of er ongewenst gedrag of agressie voorkomt, "
        "en leg vast waarop u dat baseert: een vragenlijst, een groepsgesprek, een document of "
        "het incidentenregister.").format(teams=names(teams)), "strands_inventoried")


def strands_inventoried(ctx: Ctx) -> Check | None:
    if not other_strands(ctx.org):
        return None
    return _not_inventoried(ctx, "strands_inventoried") or result(
        "strands_inventoried", "inventory", None)


@once_per_judgement
def _ratings_by_cell(cycle: m.Cycle) -> Mapping[tuple[int, int | None], m.Rating]:
    return MappingProxyType({(r.source_id, r.team_id): r.rating for r in cycle.ratings})


def _rating_of(cycle: m.Cycle, source: int, team: int | None) -> m.Rating:
    """The team's own rating of `source`, or the one for the whole organisation."""
    by_cell = _ratings_by_cell(cycle)
    return by_cell.get((source, team), by_cell.get((source, None), m.Rating.UNRATED))


def incidents_weighed(ctx: Ctx) -> Check | None:
    """A registered incident of a strand in a team, and the team's source of that strand rated
    'fine': one case is one too many, so the rating does not stand (Arbowet art. 3 lid 2)."""
    strands = other_strands(ctx.org)
    if not strands:
        return None
    teams = {t.id: t.name for t in ctx.cycle.teams}
    whole = translate("ReadinessPlan", "de hele organisatie")
    wrong: dict[str, None] = {}
    for incident in ctx.cycle.incidents:
        if incident.strand not in strands:
            continue
        for source in strand_sources(ctx.org, (incident.strand,)):
            if _rating_of(ctx.cycle, source, incident.team_id) == m.Rating.FINE:
                where = whole if incident.team_id is None else teams.get(incident.team_id, "?")
                wrong[translate("ReadinessStrands", "{strand} bij {where}").format(
                    strand=label(incident.strand), where=where)] = None
    if wrong:
        return result("incidents_weighed", "inventory", translate(
            "ReadinessStrands", "Het incidentenregister noemt {cases}, maar de inventarisatie "
            "noemt het daar in orde. Eén geval is er één te veel: beoordeel die bron opnieuw "
            "en noem het register als onderbouwing.").format(cases=joined(list(wrong))))
    return _not_inventoried(ctx, "incidents_weighed") or result(
        "incidents_weighed", "inventory", None)


# -- the arrangements ------------------------------------------------------------------------


def _arrangement(check_key: str, key: str, ask: str) -> Callable[[Ctx], Check | None]:
    """A check that the arrangement `key` of core.psa.policy is complete; `ask` is its action,
    in Dutch, marked for translation where it is written."""

    def check(ctx: Ctx) -> Check | None:
        if not policy.wanted(ctx.org, key):
            return None
        gaps = policy.missing(ctx.org.psa_policy, key, ctx.today)
        if not gaps:
            return result(check_key, "organisation", None)
        action = [translate("ReadinessStrands", ask).format(missing=joined(gaps)),
                  translate("ReadinessStrands", "De wet noemt dit niet met zoveel woorden; "
                            "de inspectie verwacht het als deel van uw beleid tegen "
                            "psychosociale arbeidsbelasting (Arbowet art. 3 lid 2).")]
        pending = policy.pending_note(key)  # a bill, said as a bill, never as law
        return result(check_key, "organisation", " ".join([*action, pending] if pending
                                                          else action))

    check.__name__ = check_key
    return check


code_of_conduct = _arrangement("code_of_conduct", policy.CODE, QT_TRANSLATE_NOOP(
    "ReadinessStrands", "Leg bij Organisatie uw gedragscode vast: welk gedrag u verwacht en "
    "wat u niet accepteert; nog nodig: {missing}."))
confidential_adviser = _arrangement("confidential_adviser", policy.ADVISER, QT_TRANSLATE_NOOP(
    "ReadinessStrands", "Zorg voor een vertrouwenspersoon bij wie medewerkers in vertrouwen "
    "terechtkunnen, en vul die in bij Organisatie; nog nodig: {missing}."))
complaints_procedure = _arrangement("complaints_procedure", policy.COMPLAINTS, QT_TRANSLATE_NOOP(
    "ReadinessStrands", "Leg een klachtenregeling voor ongewenst gedrag vast, met een "
    "commissie waarin niemand afhangt van wie de klacht betreft; nog nodig: {missing}."))
incident_reporting = _arrangement("incident_reporting", policy.REPORTING, QT_TRANSLATE_NOOP(
    "ReadinessStrands", "Spreek af hoe medewerkers een incident melden en wie het registreert, "
    "en vul dat in bij Organisatie; nog nodig: {missing}."))
house_rules = _arrangement("house_rules", policy.HOUSE_RULES, QT_TRANSLATE_NOOP(
    "ReadinessStrands", "Stel huisregels op voor klanten en bezoekers: wat u niet accepteert "
    "en wat er dan gebeurt; nog nodig: {missing}."))
aftercare = _arrangement("aftercare", policy.AFTERCARE, QT_TRANSLATE_NOOP(
    "ReadinessStrands", "Spreek af wie een medewerker opvangt na een incident en wat er daarna "
    "gebeurt; nog nodig: {missing}."))


# -- voorlichting ----------------------------------------------------------------------------


def strand_topics(ctx: Ctx) -> Check | None:
    """Staff heard the topics of each strand in scope, in a session someone attended."""
    strands = other_strands(ctx.org)
    if not strands:
        return None
    missing = strand_topics_missing(ctx.cycle, strands)
    return result("strand_topics", "sessions", None if not missing else translate(
        "ReadinessPlan", "Geef de medewerkers voorlichting over {topics}, en leg vast wanneer en "
        "wie er waren.").format(topics=joined([label(t) for t in missing])))
