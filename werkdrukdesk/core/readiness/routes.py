"""What each route of the deeper study proves, per team: a questionnaire, group conversations
per team, or an external study (core.model.study). The checks of `chain.py` ask these questions; a
cycle may mix the routes, and every team is judged by the route that reached it.

The rules, written once:

- A **conversation** counts when it names a team of the cycle, a date, how many took part
  (at least one) and its outcomes (overall, or for at least one source). It protects who said
  what when the outcomes name nobody (`without_names`) AND the leader is not the team's direct
  manager: `leader_independent` is ticked and `led_by` is not the manager written at the team.
  A manager who leads the talk hears who said what about the work he plans, and his own
  support is one of the sources.
- An **external study** counts when it says who did it, when, how (method) and where the
  report is kept; the report answers for its own anonymity. It reaches its teams when at least
  half took part, of the larger of "asked" and the headcount of those teams.
- A **team is reached** when at least half of its headcount took part by one route: answers
  from the team in the newest questionnaire, the participants of its conversations added up,
  or an external study that reached it. Routes are not added to each other for one team (the
  same people may have taken part twice).
"""

from __future__ import annotations

from werkdrukdesk.core import model as m
from werkdrukdesk.core.i18n import translate

HALF = 0.5


def half_of(headcount: int) -> int:
    """At least half, rounded up; at least one person."""
    return max(1, -(-headcount // 2))


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def team_ids(cycle: m.Cycle) -> set[int]:
    return {t.id for t in cycle.teams if t.id is not None}


def conversations(cycle: m.Cycle) -> list[m.GroupConversation]:
    """The conversations that are documented: team, date, participants and outcomes."""
    ids = team_ids(cycle)
    return [c for c in cycle.conversations
            if c.team_id in ids and c.held_on is not None and c.participants > 0
            and c.has_outcomes()]


def external_studies(cycle: m.Cycle) -> list[m.ExternalStudy]:
    """The external studies that are documented: who, when, how and where the report is."""
    return [x for x in cycle.external_studies
            if x.carried_out_by.strip() and x.held_on is not None and x.method.strip()
            and x.reference.strip()]


def led_by_manager(talk: m.GroupConversation, team: m.Team | None) -> bool:
    """The leader is (or may be) the team's direct manager."""
    if not talk.leader_independent:
        return True
    manager = _fold(team.manager) if team else ""
    return bool(manager) and _fold(talk.led_by) == manager


def protects_names(talk: m.GroupConversation, team: m.Team | None) -> bool:
    return talk.without_names and not led_by_manager(talk, team)


def any_route(cycle: m.Cycle) -> bool:
    return bool(conversations(cycle) or external_studies(cycle))


def teams_covered(cycle: m.Cycle) -> set[int]:
    """Teams with a documented conversation or named by a documented external study."""
    covered = {c.team_id for c in conversations(cycle) if c.team_id is not None}
    for study in external_studies(cycle):
        covered |= set(study.team_ids)
    return covered & team_ids(cycle)


def external_reached(cycle: m.Cycle, study: m.ExternalStudy) -> bool:
    headcount = sum(t.headcount for t in cycle.teams if t.id in study.team_ids)
    return study.participants >= half_of(max(study.invited, headcount))


def team_reached(cycle: m.Cycle, team: m.Team, newest: m.Measurement | None) -> bool:
    """At least half of the team took part by one route."""
    if any(team.id in x.team_ids and external_reached(cycle, x) for x in external_studies(cycle)):
        return True
    talked = sum(c.participants for c in conversations(cycle) if c.team_id == team.id)
    answered = sum(1 for r in newest.responses if r.team_id == team.id) if newest else 0
    return max(talked, answered) >= half_of(team.headcount)


def undiscussed(cycle: m.Cycle) -> tuple[list[str], list[str]]:
    """Teams whose conversation, and the external studies (by who did them), not yet discussed
    with the staff: a date and how."""
    names = {t.id: t.name for t in cycle.teams}
    talks = [names.get(c.team_id, "") for c in conversations(cycle)
             if c.discussed_on is None or not c.discussed_how.strip()]
    studies = [x.carried_out_by for x in external_studies(cycle)
               if x.discussed_on is None or not x.discussed_how.strip()]
    return list(dict.fromkeys(talks)), studies


def small_teams(cycle: m.Cycle, among: set[int] | None = None) -> list[str]:
    """Teams under the anonymity minimum: a questionnaire shows them nothing of their own."""
    return [t.name for t in cycle.teams if 0 < t.headcount < m.MIN_ANONYMOUS_GROUP
            and (among is None or t.id in among)]


def conversation_label(talk: m.GroupConversation, cycle: m.Cycle) -> str:
    """How a rating names the conversation it rests on (SourceRating.evidence_reference)."""
    team = next((t.name for t in cycle.teams if t.id == talk.team_id), "")
    day = talk.held_on.strftime("%d-%m-%Y") if talk.held_on else ""
    return " ".join(translate("Routes", "Groepsgesprek {team} {date}").format(
        team=team, date=day).split())


def conversation_gaps(talk: m.GroupConversation, cycle: m.Cycle) -> list[str]:
    """What the conversation still lacks to count, in the owner's words (beside its form)."""
    team = next((t for t in cycle.teams if t.id == talk.team_id), None)
    gaps = []
    if team is None:
        gaps.append(translate("Routes", "Kies met welk team het gesprek was."))
    if talk.participants <= 0:
        gaps.append(translate("Routes", "Vul in hoeveel mensen van het team meepraatten."))
    elif team and team.headcount and talk.participants < half_of(team.headcount):
        gaps.append(translate("Routes", "Minder dan de helft van het team praatte mee; praat ook "
                              "met de anderen."))
    if not talk.has_outcomes():
        gaps.append(translate("Routes", "Schrijf op wat er uit het gesprek kwam, in het algemeen "
                              "of per bron, zonder namen."))
    if led_by_manager(talk, team):
        gaps.append(translate("Routes", "Leidde de eigen leidinggevende van het team het gesprek? "
                              "Dan weet die wie wat zei en telt het niet als anoniem."))
    if not talk.without_names:
        gaps.append(translate("Routes", "Vink aan dat er geen namen in de uitkomsten staan, als "
                              "dat zo is."))
    if talk.discussed_on is None or not talk.discussed_how.strip():
        gaps.append(translate("Routes", "Vul in wanneer en hoe u de uitkomsten met de "
                              "medewerkers besprak."))
    return gaps


def external_gaps(study: m.ExternalStudy, cycle: m.Cycle) -> list[str]:
    """What the external study still lacks to count, in the owner's words."""
    gaps = []
    if not (study.carried_out_by.strip() and study.held_on and study.method.strip()
            and study.reference.strip()):
        gaps.append(translate("Routes", "Vul in wie het onderzoek deed, wanneer, hoe, en waar "
                              "het rapport ligt."))
    if not set(study.team_ids) & team_ids(cycle):
        gaps.append(translate("Routes", "Vink aan welke teams het onderzoek bekeek."))
    elif not external_reached(cycle, study):
        gaps.append(translate("Routes", "Minder dan de helft van de gevraagde medewerkers deed "
                              "mee."))
    if study.discussed_on is None or not study.discussed_how.strip():
        gaps.append(translate("Routes", "Vul in wanneer en hoe u de uitkomsten met de "
                              "medewerkers besprak."))
    return gaps
