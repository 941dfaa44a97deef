"""Scoring a questionnaire measurement: scale means per source and group, under the anonymity rule.

The method is written out for users in docs/survey-scoring.md. In short:

- A measurement asks the items of its sources (`Measurement.source_ids`). A respondent's score
  on a source is the mean of the items of that source they answered, but only if they answered
  at least half of them; otherwise they do not count for that source.
- Groups: the whole organisation, each team, and "Overige teams (samengevoegd)" for teams with
  fewer respondents than the threshold and for responses without a team.
- Nothing about a group below the threshold leaves this module: no scores and no exact count.
  Groups are also chosen so that the organisation minus the groups shown never isolates a
  small set of people, for teams and per source alike (see `survey_anonymity`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum

from werkdrukdesk.core import survey_stats as stats
from werkdrukdesk.core.i18n import QT_TRANSLATE_NOOP, decimal_comma, translate
from werkdrukdesk.core.model import (
    Cycle,
    Measurement,
    Organisation,
    Rating,
    Response,
    Source,
    SourceKind,
    SurveySettings,
    Team,
)
from werkdrukdesk.core.survey_anonymity import Split, complete_hiding, split_teams
from werkdrukdesk.core.survey_occurrence import (
    by_occurrence,
    occurrence_note,
    occurrence_rating,
    peak,
)

MIN_GROUP_FLOOR = 5  # the threshold can be raised, never lowered below this
MIN_ALPHA_RESPONDENTS = 10  # fewer complete respondents give an alpha too unstable to show
LOW_PARTICIPATION = 0.5
SCALE_VALUES = frozenset(range(1, 6))
# Names and notes in Dutch; results carry them translated into the language of the moment.
ORGANISATION_NAME = QT_TRANSLATE_NOOP("Survey", "Hele organisatie")
COMBINED_NAME = QT_TRANSLATE_NOOP("Survey", "Overige teams (samengevoegd)")
ORGANISATION_KEY, COMBINED_KEY = "organisation", "combined"
TOO_FEW_FOR_ALPHA = QT_TRANSLATE_NOOP("Survey", "nog te weinig antwoorden")


class GroupKind(StrEnum):
    ORGANISATION = "organisation"
    TEAM = "team"
    COMBINED = "combined"


@dataclass(frozen=True)
class Scale:
    """A source as asked in a measurement, with the reliability of its items."""

    source_id: int
    name: str
    kind: SourceKind
    item_keys: tuple[str, ...]
    alpha: float | None = None  # None: not computable or too few complete respondents
    alpha_note: str = ""  # why alpha is None, in the current language
    by_occurrence: bool = False  # rated by occurrence, not by its mean (core.survey_occurrence)


@dataclass(frozen=True)
class SourceScore:
    """One source in one shown group. `suppressed`: too few answered it; then no numbers."""

    source_id: int
    suppressed: bool
    n: int | None = None
    mean: float | None = None
    sd: float | None = None
    rating: Rating = Rating.UNRATED


@dataclass(frozen=True)
class GroupResult:
    """A group of respondents. A suppressed group carries no count and no scores at all."""

    key: str  # "organisation", "team:<id>" or "combined"
    name: str
    kind: GroupKind
    suppressed: bool
    n: int | None = None
    team_id: int | None = None
    previous_team_id: int | None = None  # to match the same team across cycles
    folded_into: str | None = None  # a team shown inside the combined group
    team_ids: tuple[int, ...] = ()  # members of the combined group
    scores: dict[int, SourceScore] = field(default_factory=dict)


@dataclass(frozen=True)
class Participation:
    """Respondents against headcount; `respondents` is None below the threshold."""

    name: str
    team_id: int | None
    respondents: int | None
    headcount: int
    share: float | None  # None when the headcount is unknown or the count is hidden
    low: bool  # under half of the headcount took part


@dataclass(frozen=True)
class MeasurementResults:
    measurement_id: int | None
    measurement_name: str
    held_on: date | None
    cycle_number: int | None
    threshold: int
    scales: tuple[Scale, ...]
    groups: tuple[GroupResult, ...]  # organisation, teams in cycle order, combined
    teams: tuple[Participation, ...]
    overall: Participation
    warnings: tuple[str, ...] = ()

    def group(self, key: str) -> GroupResult | None:
        return next((g for g in self.groups if g.key == key), None)


def threshold(settings: SurveySettings) -> int:
    return max(MIN_GROUP_FLOOR, settings.min_group_size)


def measurement_scales(measurement: Measurement, sources: Sequence[Source]) -> list[Source]:
    """The sources a measurement asked, in catalogue order; ids not found are left out."""
    asked = set(measurement.source_ids)
    return sorted(
        (s for s in sources if s.id in asked and s.items), key=lambda s: (s.position, s.id or 0)
    )


def scale_value(answers: dict[str, int], item_keys: Sequence[str]) -> float | None:
    """A respondent's score on one source: mean of the answered items, if at least half."""
    values = [v for v in map(answers.get, item_keys) if v in SCALE_VALUES]
    if not values or 2 * len(values) < len(item_keys):
        return None
    return sum(values) / len(values)  # whole numbers: the sum is exact, so is this mean


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


# -- scoring --------------------------------------------------------------------------------


@dataclass
class _Respondent:
    team_id: int | None  # None also for a team that is not part of this cycle
    values: dict[int, float]  # source id -> scale value
    peaks: dict[int, int]  # source id -> highest answer, for sources judged by occurrence


def score_measurement(
    measurement: Measurement,
    sources: Sequence[Source],
    teams: Sequence[Team],
    settings: SurveySettings,
    cycle_number: int | None = None,
) -> MeasurementResults:
    """Everything that may be shown about one measurement."""
    limit = threshold(settings)
    teams = [t for t in teams if t.id is not None]  # a team not yet stored has no answers
    asked = measurement_scales(measurement, sources)
    respondents, complete = _respondents(measurement.responses, asked, {t.id for t in teams})
    split = split_teams(_team_counts(respondents), teams, limit)
    groups = _groups(respondents, teams, split, limit)
    protected = _protect_cells(groups, asked, limit)
    groups = [_scored(g, members, asked, protected, settings) for g, members in groups]
    teams_part, overall = _participation(respondents, teams, limit)
    teams_part = _hide_complement(teams_part, overall, groups, limit)
    return MeasurementResults(
        measurement_id=measurement.id,
        measurement_name=measurement.name,
        held_on=measurement.held_on,
        cycle_number=cycle_number,
        threshold=limit,
        scales=tuple(_scale(s, complete[s.id], limit) for s in asked),
        groups=tuple(groups),
        teams=teams_part,
        overall=overall,
        warnings=tuple(_warnings(measurement, asked, sources, respondents, teams, split)),
    )


def score_cycle(org: Organisation, cycle: Cycle) -> list[MeasurementResults]:
    """The cycle's measurements, oldest first, ready for `survey_compare.compare_in_order`."""
    return [
        score_measurement(m, org.sources, cycle.teams, org.survey_settings, cycle.number)
        for m in sorted(cycle.measurements, key=measurement_order)
    ]


def measurement_order(measurement: Measurement) -> tuple[date, int]:
    """Oldest first; a measurement without a date goes last, in the order it was added."""
    return (measurement.held_on or date.max, measurement.id or 0)


def _respondents(
    responses: Sequence[Response], asked: Sequence[Source], team_ids: set[int | None]
) -> tuple[list[_Respondent], dict[int, list[list[int]]]]:
    """Responses that answered at least one asked item, with their scale values; and per
    source the answers of everyone who answered all its items (for Cronbach's alpha)."""
    # The inner loop of scoring (5,000 people x 40 items): scale_value written out in place.
    keys = [(s.id, [i.key for i in s.items]) for s in asked]
    complete: dict[int, list[list[int]]] = {source_id: [] for source_id, _ in keys}
    counted = [(s.id, [i.key for i in s.items]) for s in asked if by_occurrence(s)]
    result = []
    for response in responses:
        get, values, answered = response.answers.get, {}, False
        for source_id, item_keys in keys:
            given = list(map(get, item_keys))
            if SCALE_VALUES.issuperset(given):  # every item answered: the usual case
                answered = True
                values[source_id] = sum(given) / len(given)
                complete[source_id].append(given)
                continue
            given = [v for v in given if v in SCALE_VALUES]
            if given:
                answered = True
                if 2 * len(given) >= len(item_keys):
                    values[source_id] = sum(given) / len(given)
        if answered:
            team = response.team_id if response.team_id in team_ids else None
            peaks = {i: p for i, k in counted if (p := peak(response.answers, k)) is not None}
            result.append(_Respondent(team, values, peaks))
    return result, complete


def _team_counts(respondents: Sequence[_Respondent]) -> Counter[int | None]:
    return Counter(r.team_id for r in respondents)


_Members = list[_Respondent]


def _groups(
    respondents: Sequence[_Respondent], teams: Sequence[Team], split: Split, limit: int
) -> list[tuple[GroupResult, _Members]]:
    """Every group with its members; suppressed groups get an empty member list."""
    if split.set_aside:
        respondents = [r for r in respondents if r.team_id is not None]
    shown_ids = {t.id for t in split.shown}
    combined = translate("Survey", COMBINED_NAME)
    result = [_group(ORGANISATION_KEY, translate("Survey", ORGANISATION_NAME),
                     GroupKind.ORGANISATION, list(respondents), limit)]
    for team in teams:
        shown = team.id in shown_ids
        members = [r for r in respondents if r.team_id == team.id] if shown else []
        group, members = _group(f"team:{team.id}", team.name, GroupKind.TEAM, members, limit)
        group = replace(group, team_id=team.id, previous_team_id=team.previous_team_id,
                        folded_into=None if shown else combined)
        result.append((group, members))
    rest = [r for r in respondents if r.team_id not in shown_ids]
    if rest:
        group, members = _group(COMBINED_KEY, combined, GroupKind.COMBINED, rest, limit)
        result.append((replace(group, team_ids=tuple(t.id for t in split.folded)), members))
    return result


def _group(
    key: str, name: str, kind: GroupKind, members: _Members, limit: int
) -> tuple[GroupResult, _Members]:
    if len(members) < limit:
        return GroupResult(key, name, kind, suppressed=True), []
    return GroupResult(key, name, kind, suppressed=False, n=len(members)), members


def _protect_cells(
    groups: Sequence[tuple[GroupResult, _Members]], asked: Sequence[Source], limit: int
) -> set[tuple[str, int]]:
    """(group key, source id) cells to hide because too few answered that source.

    The shown teams and the combined group split the organisation. Per source, the hidden
    cells together must hold nobody or at least `limit` people; otherwise the organisation's
    score minus the shown ones would reveal them, so the smallest shown cell is hidden as well.
    """
    parts = [(g.key, members) for g, members in groups
             if g.kind != GroupKind.ORGANISATION and not g.suppressed]
    hidden: set[tuple[str, int]] = set()
    for source in asked:
        n = {key: sum(source.id in r.values for r in members) for key, members in parts}
        cells = complete_hiding(n, {key for key in n if n[key] < limit}, limit)
        hidden.update((key, source.id) for key in cells)
    return hidden


def _scored(
    group: GroupResult,
    members: _Members,
    asked: Sequence[Source],
    hidden: set[tuple[str, int]],
    settings: SurveySettings,
) -> GroupResult:
    if group.suppressed:
        return group
    scores = {}
    for source in asked:
        values = [r.values[source.id] for r in members if source.id in r.values]
        if (group.key, source.id) in hidden or len(values) < threshold(settings):
            scores[source.id] = SourceScore(source.id, suppressed=True)
            continue
        centre = stats.mean(values)
        rating = suggest_rating(source.kind, centre, settings)
        if by_occurrence(source):
            rating = occurrence_rating(r.peaks[source.id] for r in members
                                       if source.id in r.peaks)
        scores[source.id] = SourceScore(
            source.id, False, len(values), centre, stats.sample_sd(values, centre), rating
        )
    return replace(group, scores=scores)


def _scale(source: Source, rows: Sequence[Sequence[int]], limit: int) -> Scale:
    """The source with Cronbach's alpha over `rows`: the answers of every respondent of the
    organisation who answered all its items."""
    keys = tuple(i.key for i in source.items)
    scale = Scale(source.id, source.name, source.kind, keys, by_occurrence=by_occurrence(source))
    if len(keys) < 2:
        return replace(scale, alpha_note=translate(
            "Survey", "één vraag: geen betrouwbaarheid te berekenen"))
    if len(rows) < max(MIN_ALPHA_RESPONDENTS, limit):
        return replace(scale, alpha_note=translate("Survey", TOO_FEW_FOR_ALPHA))
    alpha = stats.cronbach_alpha(rows)
    note = "" if alpha is not None else translate("Survey", "geen spreiding in de antwoorden")
    return replace(scale, alpha=alpha, alpha_note=note)


# -- participation and warnings ---------------------------------------------------------------


def _participation(
    respondents: Sequence[_Respondent], teams: Sequence[Team], limit: int
) -> tuple[tuple[Participation, ...], Participation]:
    counts = _team_counts(respondents)
    per_team = tuple(
        _share(t.name, t.id, counts.get(t.id, 0), t.headcount, limit) for t in teams
    )
    headcount = sum(t.headcount for t in teams)
    organisation = translate("Survey", ORGANISATION_NAME)
    return per_team, _share(organisation, None, len(respondents), headcount, limit)


def _hide_complement(
    teams: tuple[Participation, ...], overall: Participation, groups: Sequence[GroupResult],
    limit: int,
) -> tuple[Participation, ...]:
    """Hide team counts that would give away a hidden few by subtraction.

    The counted total minus the team counts shown is the number of people in hidden teams; if
    that is a few, the smallest shown teams' counts are hidden too (their scores already are).
    Questionnaires without a team that count in no score do not take part: their number says
    nothing about anyone's answers.
    """
    if overall.respondents is None:
        return tuple(replace(p, respondents=None, share=None) for p in teams)
    organisation = next((g for g in groups if g.key == ORGANISATION_KEY), None)
    scored = organisation.n if organisation and organisation.n is not None else overall.respondents
    shown = {p.team_id: p.respondents for p in teams if p.respondents is not None}
    rest = max(scored - sum(shown.values()), 0)
    hide = complete_hiding(shown, set(), limit, outside=rest)
    return tuple(replace(p, respondents=None, share=None) if p.team_id in hide else p
                 for p in teams)


def _share(name: str, team_id: int | None, count: int, headcount: int, limit: int) -> Participation:
    """Below the threshold only the flag is given: an exact count of a few people stays hidden."""
    low = headcount > 0 and count / headcount < LOW_PARTICIPATION
    if count < limit:
        return Participation(name, team_id, None, headcount, None, low)
    share = count / headcount if headcount > 0 else None
    return Participation(name, team_id, count, headcount, share, low)


def _warnings(
    measurement: Measurement,
    asked: Sequence[Source],
    sources: Sequence[Source],
    respondents: Sequence[_Respondent],
    teams: Sequence[Team],
    split: Split,
) -> list[str]:
    warnings = []
    if split.set_aside:
        warnings.append(translate(
            "Survey", "Er zijn maar een paar vragenlijsten zonder team. Die tellen alleen mee "
            "voor de deelname: in een uitkomst zouden ze herkenbaar worden."
        ))
    known = {s.id for s in sources}
    if any(source_id not in known for source_id in measurement.source_ids):
        warnings.append(translate(
            "Survey", "Een bron van deze meting bestaat niet meer; die telt niet mee."))
    if not asked:
        warnings.append(translate(
            "Survey", "Bij deze meting zijn geen bronnen met vragen gekozen."))
    warnings += [occurrence_note(s.name) for s in asked if by_occurrence(s)]
    team_ids = {t.id for t in teams}
    if any(r.team_id is not None and r.team_id not in team_ids for r in measurement.responses):
        warnings.append(translate(
            "Survey", "Sommige antwoorden horen bij een team dat niet in deze cyclus staat; "
            "die tellen mee als antwoorden zonder team."
        ))
    counts = _team_counts(respondents)
    for team in teams:
        if team.headcount and counts.get(team.id, 0) > team.headcount:
            warnings.append(translate(
                "Survey", "{team}: meer ingevulde vragenlijsten dan medewerkers; klopt het "
                "aantal medewerkers van dit team?"
            ).format(team=team.name))
    return warnings


# -- into the inventory -----------------------------------------------------------------------


def suggested_ratings(
    results: MeasurementResults,
) -> list[tuple[int, int | None, Rating, str]]:
    """(source id, team id or None for the organisation, rating, reference) per shown score.

    Only the organisation and teams shown on their own get a suggestion: a folded or suppressed
    team has no scores of its own, and the combined group is no team in the inventory.
    """
    suggestions = []
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


def format_number(value: float | None, decimals: int = 2) -> str:
    """A decimal comma in Dutch ('3,50'), a decimal point in English ('3.50')."""
    if value is None:
        return "-"
    text = f"{value:.{decimals}f}"
    if text.lstrip("-").strip("0.") == "":
        text = text.lstrip("-")  # no "-0,00" for a tiny negative number
    return text.replace(".", ",") if decimal_comma() else text
