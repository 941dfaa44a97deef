"""Klaar voor de inspectie? The inspector's chain of questions as concrete checks.

Each `Check` says whether one thing the Arbeidsinspectie looks for is in order and, when it is
not, gives ONE concrete action point in plain Dutch and the step of the program where it is
done. The checks follow the order in which an inspector reads the file: werkdruk in the RI&E and
the RI&E kept current, causes per team, a deeper study that is anonymous, per team, broad and
discussed; measures with owner, term and coherence, staff involved, organisation level first,
rest and recovery, consent, carried out; voorlichting; evaluation and the next cycle; the
people and the toetsing of the RI&E.

The checks are honest: nothing passes because it is inconvenient to fail, and nothing passes
on an empty file. A cycle that found "no risk" needs no measures, but only when that outcome
rests on an evidence route (questionnaire, group conversation, external study or document; see
`readiness_base.no_risk_evidenced`), and it still needs voorlichting and evaluation.

For a file that covers the whole PSA policy, the checks of the other two strands (unwanted
behaviour within, aggression from outside; `core.readiness.strands`) join the chain in their
place; for a werkdruk-only file they are left out, and `readiness_base.scope(org)` says plainly,
wherever the checks are shown, that they cover werkdruk only.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from werkdrukdesk.core import model as m
from werkdrukdesk.core.dates import format_date
from werkdrukdesk.core.i18n import translate
from werkdrukdesk.core.labels import label
from werkdrukdesk.core.readiness import follow_up, routes, strands
from werkdrukdesk.core.readiness import later_steps as plan
from werkdrukdesk.core.readiness.base import (
    EVIDENCE_DOCUMENTS,
    HALF,
    RIE_MAX_AGE,
    RIE_YEARS,
    STEP_NAMES,
    TITLES,
    Check,
    Ctx,
    names,
    result,
)
from werkdrukdesk.core.readiness.memo import judging
from werkdrukdesk.core.readiness.progress import inventory_progress, strand_sources, unrated_teams
from werkdrukdesk.core.rules import review_exemption_applies

__all__ = ["STEP_NAMES", "TITLES", "Check", "is_ready", "names", "open_checks", "readiness"]


def readiness(org: m.Organisation, cycle: m.Cycle, today: date) -> list[Check]:
    """Every check of the inspector's chain for `cycle`, in the order an inspector asks."""
    with judging():
        ctx = Ctx(org, cycle, today)
        found = [check(ctx) for check in CHECKS]
    return [c for c in found if c is not None]  # None: a strand outside the file's scope


def is_ready(checks: Sequence[Check]) -> bool:
    return all(c.ok for c in checks)


def open_checks(checks: Sequence[Check]) -> list[Check]:
    return [c for c in checks if not c.ok]


# -- the RI&E and the causes -------------------------------------------------------------------


def _rie(ctx: Ctx) -> Check:
    """The RI&E exists and says where it covers werkdruk: the inspectorate's most common
    finding is an RI&E without werkdruk in it."""
    p = ctx.org.profile
    has_document = any(d.kind == m.DocumentKind.RIE for d in ctx.org.documents)
    action = None
    if p.rie_date is None:
        action = translate("Readiness", "Vul de datum van uw RI&E in en zorg dat werkdruk "
                           "(psychosociale arbeidsbelasting) erin staat.")
    elif not (has_document or p.rie_instrument.strip()):
        action = translate("Readiness", "Noem het instrument waarmee de RI&E is gemaakt, of voeg "
                           "de RI&E toe bij de documenten.")
    elif not p.rie_covers_werkdruk:
        action = translate("Readiness", "Zorg dat werkdruk in uw RI&E staat, of in het "
                           "verdiepend onderzoek waar die naar verwijst, en vink dat aan.")
    elif not p.rie_werkdruk_place.strip():
        action = translate("Readiness", "Schrijf op waar werkdruk in de RI&E staat: het "
                           "hoofdstuk of de bladzijde, en de datum van dat deel.")
    return result("rie", "organisation", action)


def rie_changes_since(org: m.Organisation) -> list[m.OrganisationChange]:
    """The changes in work or organisation the RI&E has not taken in: those after the date of
    its werkdruk part (or of the RI&E), and those whose date nobody wrote down."""
    since = org.profile.rie_werkdruk_date or org.profile.rie_date
    return [c for c in org.changes
            if since is None or c.changed_on is None or c.changed_on > since]


def _rie_current(ctx: Ctx) -> Check:
    """Arbowet art. 5 lid 4: the RI&E is brought up to date when work or organisation changes.
    The law sets no term; after RIE_YEARS the program asks to look at it again all the same."""
    p = ctx.org.profile
    since = p.rie_werkdruk_date or p.rie_date
    if since is None:
        return result("rie_current", "organisation", translate(
            "Readiness", "Vul de datum van uw RI&E in, zodat te zien is of die nog bij is."),
            "rie")
    changed = rie_changes_since(ctx.org)
    if changed:
        what = [label(c.kind) + (f" ({' '.join(c.description.split())})"
                                 if c.description.strip() else "") for c in changed]
        return result("rie_current", "organisation", translate(
            "Readiness", "Sinds de RI&E van {date} veranderde er iets: {changes}; werk het "
            "werkdrukdeel van de RI&E bij en vul de nieuwe datum in.").format(
                date=format_date(since), changes=names(what)))
    if ctx.today - since > RIE_MAX_AGE:
        return result("rie_current", "organisation", translate(
            "Readiness", "Uw RI&E is van {date}, meer dan {years} jaar geleden; kijk of het "
            "werkdrukdeel nog klopt, werk het bij en vul de nieuwe datum in.").format(
                date=format_date(since), years=RIE_YEARS))
    return result("rie_current", "organisation", None)


def _causes(ctx: Ctx) -> Check:
    """Every werkdruk source rated per team, with evidence; the other strands have a check of
    their own (`strands.strands_inventoried`), on the same rule."""
    werkdruk = (m.Strand.WERKDRUK,)
    if ctx.no_risk or inventory_progress(ctx.org, ctx.cycle, werkdruk).complete:
        return result("causes", "inventory", None)
    if ctx.cycle.no_risk and ctx.cycle.no_risk_reason.strip():
        return result("causes", "inventory", translate(
            "Readiness", "Onderbouw 'geen risico gevonden' met een vragenlijst, een vastgelegd "
            "groepsgesprek of een document over werkdruk; een zin alleen is niet genoeg."))
    if not ctx.cycle.teams:
        return result("causes", "organisation", translate(
            "Readiness", "Leg vast welke teams of afdelingen u heeft; daarna beoordeelt u de "
            "bronnen per team."), "teams")
    active = strand_sources(ctx.org, werkdruk)
    if not active:
        return result("causes", "inventory", translate(
            "Readiness", "Kies welke werkdrukbronnen en energiebronnen u per team bekijkt."))
    teams = [t.name for t in unrated_teams(ctx.org, ctx.cycle, active)]
    return result("causes", "inventory", translate(
        "Readiness", "Beoordeel bij {teams} elke bron en leg vast waarop u dat baseert: een "
        "vragenlijst, een groepsgesprek of een document.").format(teams=names(teams)))


# -- the deeper study ----------------------------------------------------------------------------


def _study(ctx: Ctx) -> Check:
    document = any(d.kind == m.DocumentKind.DEEPER_STUDY for d in ctx.org.documents)
    if ctx.studied or document or routes.any_route(ctx.cycle):
        return result("study", "inventory", None)
    return result("study", "inventory", translate(
        "Readiness", "Doe een verdiepend onderzoek naar werkdruk en leg het vast: een "
        "vragenlijst, groepsgesprekken per team of een extern onderzoek.") + _small(ctx))


def _small(ctx: Ctx, among: set[int] | None = None) -> str:
    """The advice for teams under the anonymity minimum, after an action point."""
    small = routes.small_teams(ctx.cycle, among)
    if not small:
        return ""
    return " " + translate(
        "Readiness", "Voor {teams}, met minder dan {minimum} mensen, past een groepsgesprek "
        "beter dan een vragenlijst: van zo'n kleine groep toont de vragenlijst niets "
        "apart.").format(teams=names(small), minimum=m.MIN_ANONYMOUS_GROUP)


def _anonymous(ctx: Ctx) -> Check:
    """Anonymous is a property of a study that exists: without one there is nothing to vouch
    for. Our own questionnaire is anonymous by its threshold; a group conversation when its
    outcomes name nobody and the team's own manager did not lead it (see routes); an external
    study or staff survey answers for its own method, which the inspector reads in its report."""
    size = ctx.org.survey_settings.min_group_size
    if size < m.MIN_ANONYMOUS_GROUP:
        return result("anonymous", "inventory", translate(
            "Readiness", "Toon uitkomsten alleen van groepen van minstens {minimum} mensen; nu "
            "staat de grens op {size}.").format(minimum=m.MIN_ANONYMOUS_GROUP, size=size))
    teams = {t.id: t for t in ctx.cycle.teams}
    talks = [(c, teams.get(c.team_id)) for c in routes.conversations(ctx.cycle)]
    led = [t.name for c, t in talks if t and routes.led_by_manager(c, t)]
    if led:
        return result("anonymous", "inventory", translate(
            "Readiness", "Bij {teams} leidde de eigen leidinggevende het groepsgesprek; dan "
            "weet die wie wat zei. Laat het gesprek leiden door iemand anders, bijvoorbeeld de "
            "preventiemedewerker of de arbodienst, of gebruik de vragenlijst.").format(
                teams=names(list(dict.fromkeys(led)))))
    named = [t.name for c, t in talks if t and not c.without_names]
    if named:
        return result("anonymous", "inventory", translate(
            "Readiness", "Schrijf de uitkomsten van het groepsgesprek met {teams} op zonder "
            "namen, en vink aan dat er geen namen in staan.").format(
                teams=names(list(dict.fromkeys(named)))))
    external = (any(d.kind in EVIDENCE_DOCUMENTS for d in ctx.org.documents)
                or routes.external_studies(ctx.cycle))
    action = None if ctx.studied or external or talks else translate(
        "Readiness", "Houd het onderzoek anoniem: de vragenlijst van WerkdrukDesk toont alleen "
        "uitkomsten van groepen van minstens {minimum} mensen; bij een groepsgesprek leidt "
        "iemand anders dan de leidinggevende en komen er geen namen in de "
        "uitkomsten.").format(minimum=m.MIN_ANONYMOUS_GROUP)
    return result("anonymous", "inventory", action)


def _per_team(ctx: Ctx) -> Check:
    teams = ctx.cycle.teams
    if not teams:
        return result("per_team", "organisation", translate(
            "Readiness", "Leg vast welke teams of afdelingen u heeft, zodat de uitkomsten per "
            "team te zien zijn."), "teams")
    wanted = min(2, len(teams))
    ids = {t.id for t in teams}
    by_survey = any(len({r.team_id for r in x.responses} & ids) >= wanted for x in ctx.studied)
    reached = {r.team_id for r in ctx.cycle.ratings if r.evidence == m.Evidence.GROUP_DISCUSSION}
    reached |= routes.teams_covered(ctx.cycle)
    if routes.any_route(ctx.cycle):  # mixed: the questionnaire counts for the teams it reached
        reached |= {r.team_id for x in ctx.studied for r in x.responses}
    if by_survey or ids <= reached:
        return result("per_team", "inventory", None)
    missing = [t for t in teams if t.id not in reached]
    return result("per_team", "inventory", translate(
        "Readiness", "Zorg voor uitkomsten van elk team: laat iedere medewerker bij de vragenlijst "
        "zijn team kiezen, houd met elk team een groepsgesprek of laat een extern onderzoek de "
        "teams noemen; nog zonder uitkomsten: {teams}.").format(
            teams=names([t.name for t in missing])) + _small(ctx, {t.id or 0 for t in missing}))


def _half(ctx: Ctx) -> Check:
    headcount = sum(t.headcount for t in ctx.cycle.teams) or ctx.org.profile.headcount
    if not headcount:
        return result("half", "organisation", translate(
            "Readiness", "Vul in hoeveel medewerkers de organisatie en elk team heeft, zodat te "
            "zien is hoeveel er meededen."), "headcount")
    newest = ctx.studied[-1] if ctx.studied else None
    answered = len(newest.responses) if newest else 0
    if answered >= HALF * headcount:
        return result("half", "inventory", None)
    if routes.any_route(ctx.cycle):
        short = [t.name for t in ctx.cycle.teams
                 if not routes.team_reached(ctx.cycle, t, newest)]
        return result("half", "inventory", None if not short else translate(
            "Readiness", "Bij {teams} deed nog geen helft van het team mee aan de vragenlijst, "
            "een groepsgesprek of het externe onderzoek; praat ook met de anderen of laat meer "
            "mensen meedoen.").format(teams=names(short)))
    if newest is None:
        return result("half", "inventory", translate(
            "Readiness", "Laat minstens {half} van de {headcount} medewerkers meedoen aan het "
            "verdiepend onderzoek: een vragenlijst, groepsgesprekken per team of een extern "
            "onderzoek.").format(half=routes.half_of(headcount), headcount=headcount))
    return result("half", "inventory", translate(
        "Readiness", "Bij de meting {measurement} deden {answered} van de {headcount} medewerkers "
        "mee; zorg dat minstens {half} meedoen, bijvoorbeeld door de vragenlijst onder werktijd "
        "te laten invullen.").format(measurement=names([newest.name]), answered=answered,
                                     headcount=headcount, half=routes.half_of(headcount)))


def _discussed(ctx: Ctx) -> Check:
    if not ctx.studied and not routes.any_route(ctx.cycle):
        return result("discussed", "inventory", translate(
            "Readiness", "Bespreek de uitkomsten van het onderzoek met de medewerkers en leg vast "
            "hoe en wanneer."))
    silent = [x.name for x in ctx.studied if not x.discussed_with_staff.strip()]
    talks, studies = routes.undiscussed(ctx.cycle)
    action = []
    if silent:
        action.append(translate(
            "Readiness", "Bespreek de uitkomsten van {measurements} met de medewerkers en schrijf "
            "op hoe en wanneer.").format(measurements=names(silent)))
    if talks:
        action.append(translate(
            "Readiness", "Vul bij het groepsgesprek met {teams} in wanneer en hoe u de "
            "uitkomsten met de medewerkers besprak.").format(teams=names(talks)))
    if studies:
        action.append(translate(
            "Readiness", "Bespreek het externe onderzoek van {by} met de medewerkers en vul in "
            "wanneer en hoe.").format(by=names(studies)))
    return result("discussed", "inventory", " ".join(action) or None)


# -- people and the toetsing -------------------------------------------------------------------


def _prevention(ctx: Ctx) -> Check:
    p = ctx.org.profile
    action = None
    if not p.prevention_officer.strip():
        action = translate("Readiness", "Wijs een preventiemedewerker aan en vul de naam in.")
    elif not p.prevention_officer_contact.strip():
        action = translate(
            "Readiness", "Schrijf op hoe medewerkers {name} kunnen bereiken, bijvoorbeeld "
            "telefoon, e-mail of spreekuur.").format(name=" ".join(p.prevention_officer.split()))
    return result("prevention", "organisation", action)


def _health_service(ctx: Ctx) -> Check:
    p = ctx.org.profile
    named = p.occupational_health_service.strip() or p.company_doctor.strip()
    action = None if named else translate(
        "Readiness", "Vul in met welke arbodienst of bedrijfsarts u werkt.")
    return result("health_service", "organisation", action)


def _review(ctx: Ctx) -> Check:
    p = ctx.org.profile
    applies = review_exemption_applies(p)
    action = None
    if p.rie_review == m.ReviewStatus.EXEMPT and not applies:
        action = translate("Readiness", "Vrijstelling van toetsing geldt niet voor uw "
                           "organisatie: laat de RI&E toetsen door een gecertificeerde deskundige "
                           "en vul datum en naam in.")
    elif p.rie_review == m.ReviewStatus.EXEMPT and not p.rie_exemption_reason.strip():
        action = translate("Readiness", "Schrijf op waarom de RI&E niet getoetst hoeft te worden.")
    elif p.rie_review not in (m.ReviewStatus.DONE, m.ReviewStatus.EXEMPT):
        action = _review_action(p, applies)
    return result("review", "organisation", action)


def _review_action(p: m.Profile, applies: bool) -> str:
    if applies:
        return translate("Readiness", "Kies '{exempt}' en schrijf op waarom dat voor u "
                         "geldt.").format(exempt=label(m.ReviewStatus.EXEMPT))
    if not p.headcount and not p.paid_hours_per_week:
        return translate("Readiness", "Vul het aantal medewerkers en betaalde uren in, en daarna "
                         "of de RI&E door een deskundige is getoetst of waarom dat niet hoeft.")
    return translate("Readiness", "Laat de RI&E toetsen door een gecertificeerde deskundige en "
                     "vul datum en naam in.")


CHECKS: tuple[Callable[[Ctx], Check | None], ...] = (
    _rie, strands.rie_strands, _rie_current, _causes, strands.strands_inventoried,
    strands.incidents_weighed, _study, _anonymous, _per_team, _half, _discussed,
    plan.covered, plan.owner_and_term, plan.coherence, plan.staff_involved,
    plan.organisation_first, plan.rest,
    plan.unwanted, plan.consent, plan.carried_out,
    strands.code_of_conduct, strands.confidential_adviser, strands.complaints_procedure,
    strands.incident_reporting, strands.house_rules, strands.aftercare,
    follow_up.topics, strands.strand_topics, follow_up.everyone, follow_up.managers,
    follow_up.evaluated, follow_up.process, follow_up.next_cycle,
    _prevention, _health_service, _review,
)
