"""The rules a record must keep, as plain-Dutch problems a screen can show next to the field.

Each `problems_*` function returns a list of sentences; an empty list means all is well.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from werkdrukdesk.core import model as m
from werkdrukdesk.core.i18n import QT_TRANSLATE_NOOP, translate

SCALE = range(1, 6)
MAX_HEADCOUNT = 100_000
MAX_HOURS_PER_WEEK = 10_000_000.0
KINDS = {  # the records that carry an id, as a sentence names them
    "documents": QT_TRANSLATE_NOOP("Rules", "documenten"),
    "sources": QT_TRANSLATE_NOOP("Rules", "bronnen"),
    "cycles": QT_TRANSLATE_NOOP("Rules", "cycli"),
    "teams": QT_TRANSLATE_NOOP("Rules", "teams"),
    "ratings": QT_TRANSLATE_NOOP("Rules", "beoordelingen"),
    "balances": QT_TRANSLATE_NOOP("Rules", "balansen"),
    "measures": QT_TRANSLATE_NOOP("Rules", "maatregelen"),
    "sessions": QT_TRANSLATE_NOOP("Rules", "voorlichtingen"),
    "measurements": QT_TRANSLATE_NOOP("Rules", "metingen"),
    "responses": QT_TRANSLATE_NOOP("Rules", "ingevulde vragenlijsten"),
    "conversations": QT_TRANSLATE_NOOP("Rules", "groepsgesprekken"),
    "external_studies": QT_TRANSLATE_NOOP("Rules", "externe onderzoeken"),
    "incidents": QT_TRANSLATE_NOOP("Rules", "meldingen"),
}


def review_exemption_applies(profile: m.Profile) -> bool:
    """Toetsing of the RI&E is not needed for ≤ 25 staff with a recognised branch RI&E,
    or for ≤ 40 paid hours a week in total."""
    small_with_branch_rie = profile.headcount <= 25 and profile.rie_branch_recognised
    tiny = 0 < profile.paid_hours_per_week <= 40
    return small_with_branch_rie or tiny


def problems_profile(profile: m.Profile) -> list[str]:
    problems = []
    if not profile.name.strip():
        problems.append(translate("Rules", "Vul de naam van de organisatie in."))
    if profile.kvk_number and not re.fullmatch(r"\d{8}", profile.kvk_number.strip()):
        problems.append(translate("Rules", "Een KvK-nummer bestaat uit 8 cijfers."))
    if not 0 <= profile.headcount <= MAX_HEADCOUNT:
        problems.append(translate("Rules", "Het aantal medewerkers moet 0 of meer zijn."))
    if not 0 <= profile.paid_hours_per_week <= MAX_HOURS_PER_WEEK:
        problems.append(translate(
            "Rules", "Het aantal betaalde uren per week moet 0 of meer zijn."))
    if profile.rie_review == m.ReviewStatus.EXEMPT:
        if not profile.rie_exemption_reason.strip():
            problems.append(translate(
                "Rules", "Schrijf op waarom de RI&E niet getoetst hoeft te worden."))
        if not review_exemption_applies(profile):
            problems.append(translate(
                "Rules", "Vrijstelling van toetsing geldt alleen bij hoogstens 25 medewerkers met "
                "een erkende branche-RI&E, of bij hoogstens 40 betaalde uren per week in totaal."
            ))
    return problems


def problems_team(team: m.Team, others: list[m.Team]) -> list[str]:
    problems = []
    if not team.name.strip():
        problems.append(translate("Rules", "Geef het team een naam."))
    elif any(
        o.name.strip().casefold() == team.name.strip().casefold() for o in others if o is not team
    ):
        problems.append(translate("Rules", "Er is al een team met de naam '{name}'.").format(
            name=team.name.strip()))
    if not 0 <= team.headcount <= MAX_HEADCOUNT:
        problems.append(translate(
            "Rules", "Het aantal medewerkers van een team moet 0 of meer zijn."))
    return problems


def problems_cycle(cycle: m.Cycle) -> list[str]:
    problems = []
    if cycle.start_date and cycle.end_date and cycle.end_date < cycle.start_date:
        problems.append(translate("Rules", "De einddatum van de cyclus ligt voor de begindatum."))
    if cycle.no_risk and not cycle.no_risk_reason.strip():
        problems.append(translate(
            "Rules", "Schrijf op waarom er geen risico op werkstress is gevonden."))
    return problems


def problems_measure(measure: m.Measure) -> list[str]:
    problems = []
    if not measure.title.strip():
        problems.append(translate("Rules", "Beschrijf in een paar woorden wat de maatregel is."))
    if measure.start_date and measure.deadline and measure.deadline < measure.start_date:
        problems.append(translate("Rules", "De uiterste datum ligt voor de startdatum."))
    if measure.status == m.MeasureStatus.DONE and measure.completed_on is None:
        problems.append(translate("Rules", "Vul in wanneer de maatregel is uitgevoerd."))
    if (
        measure.level == m.Level.TEAM
        and measure.targets
        and all(t.team_id is None for t in measure.targets)
    ):
        problems.append(translate(
            "Rules", "Een maatregel op teamniveau hoort bij een of meer teams."))
    if len(set(measure.targets)) != len(measure.targets):
        problems.append(translate(
            "Rules", "Dezelfde bron en hetzelfde team staan twee keer bij deze maatregel."))
    if measure.id is not None and measure.id in measure.related_measure_ids:
        problems.append(translate("Rules", "Een maatregel kan niet met zichzelf samenhangen."))
    return problems


def problems_session(session: m.InformationSession) -> list[str]:
    problems = []
    if session.held_on is None:
        problems.append(translate("Rules", "Vul de datum van de voorlichting in."))
    if not session.topics:
        problems.append(translate("Rules", "Kies minstens één onderwerp dat aan bod kwam."))
    if any(count < 0 for count in session.team_counts.values()):
        problems.append(translate("Rules", "Het aantal aanwezigen kan niet negatief zijn."))
    if any(not a.name.strip() for a in session.attendees):
        problems.append(translate("Rules", "Een aanwezige zonder naam kan niet worden vastgelegd."))
    return problems


def problems_response(response: m.Response, item_keys: set[str]) -> list[str]:
    problems = []
    unknown = sorted(set(response.answers) - item_keys)
    if unknown:
        problems.append(translate(
            "Rules", "Onbekende vraag '{question}' in een ingevulde vragenlijst.").format(
                question=unknown[0]))
    if any(value not in SCALE for value in response.answers.values()):
        problems.append(translate("Rules", "Een antwoord moet een getal van 1 tot en met 5 zijn."))
    return problems


def problems_survey_settings(settings: m.SurveySettings) -> list[str]:
    problems = []
    if settings.min_group_size < m.MIN_ANONYMOUS_GROUP:
        problems.append(translate(
            "Rules", "Uitkomsten van groepen kleiner dan {minimum} mensen worden nooit "
            "getoond.").format(minimum=m.MIN_ANONYMOUS_GROUP))
    values = (
        settings.demand_too_high,
        settings.demand_attention,
        settings.resource_too_low,
        settings.resource_attention,
    )
    if any(not 1 <= v <= 5 for v in values):
        problems.append(translate("Rules", "Grenswaarden liggen op de schaal van 1 tot en met 5."))
    if settings.demand_attention > settings.demand_too_high:
        problems.append(translate(
            "Rules", "De grens voor 'aandacht' ligt bij werkdrukbronnen onder die voor 'te hoog'."
        ))
    if settings.resource_attention < settings.resource_too_low:
        problems.append(translate(
            "Rules", "De grens voor 'aandacht' ligt bij energiebronnen boven die voor 'te laag'."
        ))
    return problems


def integrity_problems(org: m.Organisation) -> list[str]:
    """What makes a whole organisation unfit to store: broken references, impossible values.

    Incomplete records are fine (the owner fills them in over time); this is about data that
    contradicts itself, as an edited or damaged JSON file can.
    """
    problems = []
    if not org.profile.name.strip():
        problems.append(translate("Rules", "De organisatie heeft geen naam."))
    numbers = [c.number for c in org.cycles]
    if not org.cycles:
        problems.append(translate("Rules", "Er is geen enkele cyclus."))
    if len(set(numbers)) != len(numbers):
        problems.append(translate("Rules", "Twee cycli hebben hetzelfde nummer."))
    problems += [translate("Rules", "Vragenlijst: {problem}").format(problem=p)
                 for p in problems_survey_settings(org.survey_settings)]
    problems += _duplicate_ids(org)
    source_ids = {s.id for s in org.sources}
    item_keys = {item.key for s in org.sources for item in s.items}
    if len(item_keys) != sum(len(s.items) for s in org.sources):
        problems.append(translate("Rules", "Twee vragen hebben dezelfde sleutel."))
    all_team_ids = {t.id for c in org.cycles for t in c.teams}
    for cycle in org.cycles:
        problems += [
            translate("Rules", "Cyclus {number}: {problem}").format(number=cycle.number, problem=p)
            for p in _cycle_integrity(cycle, source_ids, item_keys, all_team_ids)
        ]
    return problems


def _duplicate_ids(org: m.Organisation) -> list[str]:
    """Every record has its own id within its kind; an edited export may repeat one."""
    kinds: dict[str, Sequence[m.Record | m.Response]] = {
        "documents": org.documents, "sources": org.sources, "cycles": org.cycles}
    for part in m.CYCLE_PARTS:
        kinds[part] = [record for cycle in org.cycles for record in getattr(cycle, part)]
    kinds["responses"] = [r for c in org.cycles for x in c.measurements for r in x.responses]
    problems = []
    for kind, records in kinds.items():
        counted = Counter(record.id for record in records if record.id is not None)
        twice = sorted(number for number, count in counted.items() if count > 1)
        if twice:
            problems.append(translate("Rules", "Het id {id} komt meer dan eens voor bij de {kind}.")
                            .format(id=twice[0], kind=translate("Rules", KINDS[kind])))
    return problems


def _cycle_integrity(
    cycle: m.Cycle, source_ids: set[int | None], item_keys: set[str], all_team_ids: set[int | None]
) -> list[str]:
    problems = []
    team_ids = {t.id for t in cycle.teams} | {None}
    measure_ids = {measure.id for measure in cycle.measures}

    def check(ok: bool, message: str) -> None:
        if not ok and message not in problems:
            problems.append(message)

    for team in cycle.teams:
        check(
            team.previous_team_id in all_team_ids | {None},
            translate("Rules", "team '{team}' verwijst naar een onbekend eerder team.").format(
                team=team.name),
        )
        check(
            0 <= team.headcount <= MAX_HEADCOUNT,
            translate("Rules", "team '{team}' heeft een onmogelijk aantal medewerkers.").format(
                team=team.name),
        )
    for rating in cycle.ratings:
        check(rating.source_id in source_ids,
              translate("Rules", "een beoordeling hoort bij een onbekende bron."))
        check(
            rating.team_id in team_ids,
            translate("Rules", "een beoordeling hoort bij een team van een andere cyclus."),
        )
    for balance in cycle.balances:
        check(balance.team_id in team_ids - {None},
              translate("Rules", "een balans hoort bij een onbekend team."))
    for measure in cycle.measures:
        for target in measure.targets:
            check(
                target.source_id in source_ids,
                translate("Rules", "maatregel '{measure}' richt zich op een onbekende "
                          "bron.").format(measure=measure.title),
            )
            check(
                target.team_id in team_ids,
                translate("Rules", "maatregel '{measure}' richt zich op een onbekend "
                          "team.").format(measure=measure.title),
            )
        check(
            set(measure.related_measure_ids) <= measure_ids,
            translate("Rules", "maatregel '{measure}' hangt samen met een onbekende "
                      "maatregel.").format(measure=measure.title),
        )
    for session in cycle.sessions:
        teams_named = {a.team_id for a in session.attendees} | set(session.team_counts)
        check(teams_named <= team_ids,
              translate("Rules", "een voorlichting noemt een onbekend team."))
        check(
            all(n >= 0 for n in session.team_counts.values()),
            translate("Rules", "een voorlichting heeft een negatief aantal aanwezigen."),
        )
    for incident in cycle.incidents:
        check(incident.team_id in team_ids,
              translate("Rules", "een melding noemt een onbekend team."))
        check(incident.strand != m.Strand.WERKDRUK,
              translate("Rules", "een melding hoort niet bij ongewenst gedrag of agressie."))
    for measurement in cycle.measurements:
        check(
            set(measurement.source_ids) <= source_ids,
            translate("Rules", "meting '{measurement}' vraagt naar een onbekende bron.").format(
                measurement=measurement.name),
        )
        for response in measurement.responses:
            check(
                response.team_id in team_ids,
                translate("Rules", "meting '{measurement}' heeft antwoorden van een onbekend "
                          "team.").format(measurement=measurement.name),
            )
            for p in problems_response(response, item_keys):
                check(False, translate("Rules", "meting '{measurement}': {problem}").format(
                    measurement=measurement.name, problem=p))
    for talk in cycle.conversations:
        check(talk.team_id in team_ids,
              translate("Rules", "een groepsgesprek hoort bij een onbekend team."))
        check(0 <= talk.participants <= MAX_HEADCOUNT,
              translate("Rules", "een groepsgesprek heeft een onmogelijk aantal deelnemers."))
        asked = [o.source_id for o in talk.outcomes_per_source]
        check(set(asked) <= source_ids and len(set(asked)) == len(asked),
              translate("Rules", "een groepsgesprek noemt een onbekende bron, of een bron "
                        "twee keer."))
    for study in cycle.external_studies:
        check(set(study.team_ids) <= team_ids - {None},
              translate("Rules", "een extern onderzoek noemt een onbekend team."))
        check(0 <= study.participants <= MAX_HEADCOUNT and 0 <= study.invited <= MAX_HEADCOUNT,
              translate("Rules", "een extern onderzoek heeft een onmogelijk aantal deelnemers."))
    return problems
