"""From scores to ratings the owner may take into the inventory: the thresholds of the survey
settings turned into a rating (`suggest_rating`), and per measurement the ratings to offer, each
with a reference that says where it came from (`suggested_ratings`). The owner decides; these
only suggest. Unwanted behaviour is rated by how many report it (`core.survey.occurrence`), and
its reference says so.
"""

from __future__ import annotations

from werkdrukdesk.core.i18n import format_number, translate
from werkdrukdesk.core.model import Rating, SourceKind, SurveySettings
from werkdrukdesk.core.survey.results import GroupKind, MeasurementResults, SourceScore


def suggest_rating(kind: SourceKind, mean: float | None, settings: SurveySettings) -> Rating:
    """The thresholds turned into a rating; the owner decides, this only suggests."""
    if mean is None:
        return Rating.UNRATED
    if kind == SourceKind.DEMAND:
        if mean >= settings.demand_too_high:
            return Rating.PROBLEM
        return Rating.ATTENTION if mean >= settings.demand_attention else Rating.FINE
    if mean <= settings.resource_too_low:
        return Rating.PROBLEM
    return Rating.ATTENTION if mean <= settings.resource_attention else Rating.FINE


def suggested_ratings(
    results: MeasurementResults,
) -> list[tuple[int, int | None, Rating, str]]:
    """(source id, team id or None for the organisation, rating, reference) per shown score.

    Only the organisation and teams shown on their own get a suggestion: a folded or suppressed
    team has no scores of its own, and the combined group is no team in the inventory.
    """
    suggestions: list[tuple[int, int | None, Rating, str]] = []
    counted = {s.source_id for s in results.scales if s.by_occurrence}
    for group in results.groups:
        if group.suppressed or group.kind == GroupKind.COMBINED:
            continue
        team_id = group.team_id if group.kind == GroupKind.TEAM else None
        for source_id, score in group.scores.items():
            if score.suppressed or score.rating == Rating.UNRATED:
                continue
            reference = _reference(results.measurement_name, score, source_id in counted)
            suggestions.append((source_id, team_id, score.rating, reference))
    return suggestions


def _reference(measurement: str, score: SourceScore, counted: bool) -> str:
    if counted:
        return translate(
            "Survey", "{measurement}: beoordeeld op voorkomen, niet op het gemiddelde (n = {n})"
        ).format(measurement=measurement, n=score.n)
    return translate(
        "Survey", "{measurement}: gemiddeld {mean} op de schaal van 1 tot 5 (n = {n})"
    ).format(measurement=measurement, mean=format_number(score.mean), n=score.n)
