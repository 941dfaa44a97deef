"""The printed documents of the whole PSA policy: the dossier's strand sections, the plan's
measures per strand, the sheet for the wall, the attendance sheet, the questionnaire and the
evaluation's incidents before and after; read back from real PDFs.

Incidents print as counts only, never one by one and never with what was written about them,
and a count that could point at a person is never printed."""

from __future__ import annotations

from datetime import date

from tests.reports.conftest import build_report, read_pdf, small_org
from werkdrukdesk.core import model as m

SECRET = "Zij werd in het magazijn door K. uitgescholden"  # never printed
NAME = "Ayşe Yılmaz"
TEAM = "R&D <Noord>"


def whole_org(teams: tuple[tuple[str, int], ...] = ((TEAM, 12), ("Winkel", 9))) -> m.Organisation:
    """A whole-PSA organisation: werkdruk as in `small_org`, the two other strands' sources
    rated, the arrangements filled in, incidents registered in two cycles."""
    org = small_org("Bakkerij " + NAME)
    org.profile.psa_scope = m.PsaScope.WHOLE
    org.profile.headcount = sum(n for _, n in teams)
    org.profile.rie_covers_unwanted = True
    unwanted = m.Source("Ongewenst gedrag door collega's", m.SourceKind.DEMAND,
                        strand=m.Strand.UNWANTED, id=2,
                        items=[m.Item("u1", "Ik werd gepest door een collega.")])
    aggression = m.Source("Agressie van klanten", m.SourceKind.DEMAND,
                          strand=m.Strand.AGGRESSION, id=3,
                          items=[m.Item("a1", "Een klant schold mij uit.")])
    org.sources += [unwanted, aggression]
    previous = m.Cycle(number=1, title="Cyclus 2025", id=2,
                       teams=[m.Team(name, headcount=n, id=10 + k)
                              for k, (name, n) in enumerate(teams)],
                       incidents=[m.Incident(date(2025, 5, 1), m.Strand.AGGRESSION,
                                             m.IncidentKind.THREAT, id=50)])
    cycle = org.cycles[0]
    cycle.number = 2
    cycle.teams = [m.Team(name, headcount=n, id=k + 1,
                          aggression_risks=[m.AggressionRisk.CASH_OR_GOODS] if k else [])
                   for k, (name, n) in enumerate(teams)]
    cycle.ratings += [m.SourceRating(3, 2, m.Rating.PROBLEM, evidence=m.Evidence.INCIDENT_REGISTER)]
    cycle.measures.append(m.Measure("Huisregels bij de kassa", level=m.Level.ORGANISATION,
                                    targets=[m.Target(3, None)], responsible=NAME, id=2))
    cycle.incidents = [
        m.Incident(date(2026, 3, 2), m.Strand.AGGRESSION, m.IncidentKind.VERBAL_AGGRESSION,
                   team_id=2, description=SECRET, id=60),
        m.Incident(date(2026, 4, 2), m.Strand.AGGRESSION, m.IncidentKind.VERBAL_AGGRESSION,
                   team_id=2, description=SECRET, id=61),
    ]
    cycle.sessions.append(m.InformationSession(date(2026, 2, 1), "Melden en opvang",
                                               topics=[m.Topic.HOW_TO_REPORT], id=70))
    org.cycles.insert(0, previous)
    policy = org.psa_policy
    policy.code = m.CodeOfConduct(date(2026, 1, 5), core_text="Wij behandelen elkaar met "
                                  "respect. Pesten, schelden en intimideren accepteren we niet.",
                                  how_staff_know="uitgereikt bij indiensttreding")
    policy.adviser = m.ConfidentialAdviser(m.AdviserKind.EXTERNAL, name=NAME,
                                           how_to_reach="06-12345678, ma–vr 9–17 uur",
                                           trained=True)
    policy.reporting = m.IncidentReporting(date(2026, 1, 5),
                                           how_to_report="Meld het dezelfde dag bij de "
                                           "leidinggevende of de preventiemedewerker.")
    return org


def text_of(org: m.Organisation, kind: str, cycle: m.Cycle | None = None, **options) -> str:
    return read_pdf(build_report(org, cycle, kind=kind, **options)).squashed
