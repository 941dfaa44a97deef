"""Plain-Dutch summaries of a cycle, per step, for the step pages."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from werkdrukdesk.core import model as m
from werkdrukdesk.core.cycles import overdue_measures
from werkdrukdesk.core.dates import format_date


def tr(text: str) -> str:
    return QCoreApplication.translate("Summary", text)


def summary_lines(step: str, org: m.Organisation, cycle: m.Cycle, today: date) -> list[str]:
    """What is already recorded for a step, one short line per fact."""
    if step == "organisation":
        p = org.profile
        return [
            tr("Naam: {0}").format(p.name),
            tr("Medewerkers: {0}; teams: {1}").format(p.headcount, len(cycle.teams)),
            tr("Preventiemedewerker: {0}").format(p.prevention_officer or tr("nog niet ingevuld")),
            tr("RI&E van: {0}").format(format_date(p.rie_date) or tr("nog niet ingevuld")),
        ]
    if step == "inventory":
        problems = [r for r in cycle.ratings if r.rating == m.Rating.PROBLEM]
        return [
            tr("Beoordelingen vastgelegd: {0}").format(len(cycle.ratings)),
            tr("Waarvan een knelpunt: {0}").format(len(problems)),
            tr("Metingen met een vragenlijst: {0}").format(len(cycle.measurements)),
        ]
    if step == "balance":
        decided = [b for b in cycle.balances if b.verdict != m.Verdict.UNDECIDED]
        return [tr("Teams met een oordeel: {0} van {1}").format(len(decided), len(cycle.teams))]
    if step == "plan":
        return [
            tr("Maatregelen: {0}").format(len(cycle.measures)),
            tr("Over de termijn: {0}").format(len(overdue_measures(cycle, today))),
            tr("Instemming OR/PVT: {0}").format(
                format_date(cycle.approval.consent_date) or tr("nog niet vastgelegd")
            ),
        ]
    if step == "sessions":
        people = sum(s.attendance() for s in cycle.sessions)
        return [tr("Voorlichtingen: {0}, samen {1} aanwezigen").format(len(cycle.sessions), people)]
    if step == "evaluation":
        evaluated = [x for x in cycle.measures if x.evaluation]
        return [
            tr("Maatregelen geëvalueerd: {0} van {1}").format(len(evaluated), len(cycle.measures)),
            tr("Proces geëvalueerd op: {0}").format(
                format_date(cycle.process_evaluation.evaluated_on) or tr("nog niet")
            ),
        ]
    return [tr("Cyclus {0} van {1}").format(cycle.number, len(org.cycles))]
