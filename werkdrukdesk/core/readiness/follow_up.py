"""Readiness checks of steps 5 and 6: the voorlichting (its topics, reaching every worker,
the managers) and the evaluation of the measures and the process, and the next cycle. The plan
van aanpak, step 4, is `core.readiness.later_steps`'s.

See `core.readiness.chain` for the whole chain; these functions each answer one of its questions.
"""

from __future__ import annotations

from werkdrukdesk.core import model as m
from werkdrukdesk.core.i18n import translate
from werkdrukdesk.core.labels import joined, label
from werkdrukdesk.core.readiness.base import CYCLE_LENGTH, Check, Ctx, names, result
from werkdrukdesk.core.readiness.coverage import (
    TeamReach,
    measures_awaiting_evaluation,
    planned_sessions,
    reach,
    topic_coverage,
)

# -- voorlichting --------------------------------------------------------------------------------


def topics(ctx: Ctx) -> Check:
    missing = topic_coverage(ctx.cycle).staff_missing
    action = None if not missing else translate(
        "ReadinessPlan", "Geef de medewerkers voorlichting over {topics}, en leg vast wanneer en "
        "wie er waren.").format(topics=joined([label(t) for t in missing]))
    return result("topics", "sessions", action)


def everyone(ctx: Ctx) -> Check:
    """Voorlichting reaches every worker (Arbowet art. 8): each team counted against its
    headcount. A gap is fine only while a session for staff is planned after today."""
    if not ctx.cycle.teams:  # "every team" says nothing before there are teams
        return result("everyone", "organisation", translate(
            "ReadinessPlan", "Leg vast welke teams of afdelingen u heeft, zodat te zien is of "
            "elk team voorlichting kreeg."), "teams")
    staff = [s for s in ctx.cycle.sessions if s.audience != m.Audience.MANAGERS]
    if not staff:
        return result("everyone", "sessions", translate(
            "ReadinessPlan", "Geef alle medewerkers voorlichting over werkdruk, bijvoorbeeld in "
            "het werkoverleg, en leg vast wie er waren."))
    gaps = reach(ctx.cycle, ctx.org.profile.headcount, ctx.today).gaps
    if not gaps or planned_sessions(ctx.cycle, ctx.today):
        return result("everyone", "sessions", None)
    return result("everyone", "sessions", translate(
        "ReadinessPlan", "Nog niet iedereen kreeg voorlichting: {gaps}. Geef ook hen "
        "voorlichting, of plan er een sessie voor met een datum, en leg vast wie er waren."
    ).format(gaps=joined([_gap(t) for t in gaps])))


def _gap(team: TeamReach) -> str:
    if team.headcount <= 0:
        return translate("ReadinessPlan", "in {team} nog niemand").format(team=names([team.name]))
    return translate("ReadinessPlan", "in {team} {missing} van de {headcount}").format(
        team=names([team.name]), missing=team.missing, headcount=team.headcount)


def managers(ctx: Ctx) -> Check:
    action = None if not topic_coverage(ctx.cycle).managers_missing else translate(
        "ReadinessPlan", "Leer de leidinggevenden signalen van werkstress bij hun medewerkers "
        "herkennen, bijvoorbeeld in een korte training, en leg die vast met doelgroep "
        "'{managers}'.").format(managers=label(m.Audience.MANAGERS))
    return result("managers", "sessions", action)


# -- evaluation and the next cycle ---------------------------------------------------------------


def evaluated(ctx: Ctx) -> Check:
    done = [x for x in ctx.measures if x.status == m.MeasureStatus.DONE]
    if not done:
        action = None if ctx.no_risk and not ctx.measures else translate(
            "ReadinessPlan", "Kijk na elke uitgevoerde maatregel of hij werkt en leg dat vast.")
        return result("evaluated", "evaluation", action)
    waiting = [x.title for x in measures_awaiting_evaluation(ctx.cycle)]
    action = None if not waiting else translate(
        "ReadinessPlan", "Leg vast of {measures} werkt en hoe u dat heeft vastgesteld.").format(
            measures=names(waiting))
    return result("evaluated", "evaluation", action)


def process(ctx: Ctx) -> Check:
    process = ctx.cycle.process_evaluation
    action = None
    if not process.methods:
        action = translate("ReadinessPlan", "Evalueer het proces, bijvoorbeeld in "
                           "groepsgesprekken of met een tweede meting, en leg vast hoe u dat "
                           "deed.")
    elif not process.how_it_went.strip():
        action = translate("ReadinessPlan", "Schrijf kort op hoe het proces is verlopen en of "
                           "het zorgvuldig ging.")
    return result("process", "evaluation", action)


def next_cycle(ctx: Ctx) -> Check:
    process, start = ctx.cycle.process_evaluation, ctx.cycle.start_date
    later = any(c.number > ctx.cycle.number for c in ctx.org.cycles)
    action = None
    if not process.policy_changes.strip():
        # 'uw beleid': the whole PSA policy where the file covers it, werkdruk where not.
        action = translate("ReadinessPlan", "Schrijf op wat u na deze cyclus aan uw beleid "
                           "verandert.")
    elif not later and start is not None and ctx.today - start >= CYCLE_LENGTH:
        action = translate("ReadinessPlan", "Deze cyclus loopt al een jaar of langer: sluit hem "
                           "af en begin de volgende cyclus.")
    return result("next_cycle", "evaluation", action)
