"""An organisation that meets every point of the inspector's chain, small enough to read.

Tests break one thing at a time and look at the check it belongs to.
"""

from __future__ import annotations

from datetime import date

from werkdrukdesk.core import model as m

TODAY = date(2026, 6, 1)
TIME_PRESSURE, BREAKS, SUPPORT, UNWANTED = 1, 2, 3, 4
TEAM_A, TEAM_B = 1, 2


def ready_org() -> m.Organisation:
    profile = m.Profile(
        name="Kapsalon Ayşe Yılmaz", headcount=12, paid_hours_per_week=380.0,
        prevention_officer="Ayşe Yılmaz", prevention_officer_contact="06 12 34 56 78",
        participation_body=m.ParticipationBody.WORKS_COUNCIL,
        occupational_health_service="Arbodienst Midden", company_doctor="Dr. Łukasz Nowak",
        rie_date=date(2025, 8, 1), rie_instrument="Branche-RI&E kappers",
        rie_review=m.ReviewStatus.DONE, rie_review_date=date(2025, 8, 20),
        rie_review_by="Kerndeskundige van Arbodienst Midden",
        rie_covers_werkdruk=True, rie_covers_unwanted=True, rie_covers_aggression=True,
        rie_werkdruk_place="Hoofdstuk 6, blz. 31-38", rie_werkdruk_date=date(2025, 8, 1),
    )
    sources = [
        m.Source("Te veel werk in te weinig tijd", m.SourceKind.DEMAND,
                 catalogue_key="time_pressure", id=TIME_PRESSURE),
        m.Source("Te weinig pauzes", m.SourceKind.DEMAND, catalogue_key="too_few_breaks",
                 id=BREAKS),
        m.Source("Steun van je leidinggevende", m.SourceKind.RESOURCE,
                 catalogue_key="support_manager", id=SUPPORT),
        m.Source("Ongewenst gedrag", m.SourceKind.DEMAND, catalogue_key="unwanted_behaviour",
                 id=UNWANTED),
    ]
    return m.Organisation(profile, sources=sources, cycles=[ready_cycle()])


def ready_cycle() -> m.Cycle:
    teams = [m.Team("Salon", 6, id=TEAM_A), m.Team("R&D <Noord>", 6, id=TEAM_B)]
    return m.Cycle(
        number=1, title="Cyclus 2025-2026", start_date=date(2025, 9, 1),
        teams=teams, ratings=_ratings(), measures=_measures(),
        plan_coherence="Eerst minder werk voor iedereen, daarna pauzes per team.",
        approval=m.PlanApproval(m.ParticipationBody.WORKS_COUNCIL, date(2025, 11, 1),
                                rie_consent_date=date(2025, 7, 15)),
        plan_staff_involvement="Elk team koos in het werkoverleg mee uit de maatregelen.",
        sessions=[_session()], measurements=[_measurement()],
        process_evaluation=m.ProcessEvaluation(
            [m.EvaluationMethod.GROUP_MEETINGS], "Zorgvuldig, met iedereen besproken.",
            "Eerder beginnen.", "Werkdruk staat voortaan op elk werkoverleg.", date(2026, 5, 1)),
        id=1,
    )


def _ratings() -> list[m.SourceRating]:
    given = {(TIME_PRESSURE, TEAM_A): m.Rating.PROBLEM, (TIME_PRESSURE, TEAM_B): m.Rating.PROBLEM,
             (BREAKS, TEAM_A): m.Rating.ATTENTION}
    return [
        m.SourceRating(source, team, given.get((source, team), m.Rating.FINE),
                       m.Evidence.QUESTIONNAIRE, "Vragenlijst oktober 2025")
        for source in (TIME_PRESSURE, BREAKS, SUPPORT, UNWANTED) for team in (TEAM_A, TEAM_B)
    ]


def _measures() -> list[m.Measure]:
    fewer = m.Measure(
        "Minder werk per persoon", level=m.Level.ORGANISATION, responsible="Jan de Vries",
        deadline=date(2026, 3, 1), status=m.MeasureStatus.DONE, completed_on=date(2026, 2, 20),
        targets=[m.Target(TIME_PRESSURE, None)],
        evaluation=m.MeasureEvaluation(m.Effect.EFFECTIVE, "Tweede meting", evaluated_on=TODAY),
        id=1,
    )
    breaks = m.Measure(
        "Vaste pauzes", level=m.Level.TEAM, responsible="Ayşe Yılmaz",
        deadline=date(2026, 9, 1), status=m.MeasureStatus.IN_PROGRESS,
        targets=[m.Target(BREAKS, TEAM_A)], id=2,
    )
    return [fewer, breaks]


def _session() -> m.InformationSession:
    return m.InformationSession(
        date(2025, 12, 1), "Werkdruk: wat en waarom", audience=m.Audience.EVERYONE,
        topics=list(m.Topic), team_counts={TEAM_A: 6, TEAM_B: 6}, id=1,
    )


def _measurement() -> m.Measurement:
    responses = [m.Response(TEAM_A if n % 2 else TEAM_B, {}, id=n) for n in range(1, 8)]
    return m.Measurement("Vragenlijst oktober 2025", date(2025, 10, 1), responses=responses,
                         discussed_with_staff="In het werkoverleg van 1 november 2025.", id=1)


def measure(org: m.Organisation, measure_id: int) -> m.Measure:
    return next(x for x in org.cycles[0].measures if x.id == measure_id)
