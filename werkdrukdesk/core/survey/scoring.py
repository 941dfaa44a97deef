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
- No differencing: a team's and the combined group's figures are over their first respondents
  in entry order, in steps of the threshold; the organisation is the union of those
  (see `survey_release`). Results before and after one more answer never single anyone out.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from werkdrukdesk.core.i18n import QT_TRANSLATE_NOOP, translate
from werkdrukdesk.core.model import (
    MIN_ANONYMOUS_GROUP,
    Cycle,
    Measurement,
    Organisation,
    Response,
    Source,
    SurveySettings,
    Team,
    stored_id,
)
from werkdrukdesk.core.survey import stats
from werkdrukdesk.core.survey.anonymity import Split, split_teams
from werkdrukdesk.core.survey.occurrence import (
    by_occurrence,
    occurrence_note,
    occurrence_rating,
    peak,
)
from werkdrukdesk.core.survey.participation import (
    LOW_PARTICIPATION,
    Participation,
    hide_complement,
    participation,
)
from werkdrukdesk.core.survey.release import released
from werkdrukdesk.core.survey.results import (
    COMBINED_KEY,
    COMBINED_NAME,
    ORGANISATION_KEY,
    ORGANISATION_NAME,
    GroupKind,
    GroupResult,
    MeasurementResults,
    Scale,
    SourceScore,
)
from werkdrukdesk.core.survey.suggestions import suggest_rating, suggested_ratings

# Re-exported: the results carry the first two; the suggestions for the inventory were made
# here before they had their own module, and callers still import them from here.
__all__ = ["LOW_PARTICIPATION", "Participation", "suggest_rating", "suggested_ratings"]

MIN_ALPHA_RESPONDENTS = 10  # fewer complete respondents give an alpha too unstable to show
SCALE_VALUES = frozenset(range(1, 6))
TOO_FEW_FOR_ALPHA = QT_TRANSLATE_NOOP("Survey", "nog te weinig antwoorden")


def threshold(settings: SurveySettings) -> int:
    """The group size below which nothing is shown: as set, never below the minimum."""
    return max(MIN_ANONYMOUS_GROUP, settings.min_group_size)


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


# -- scoring --------------------------------------------------------------------------------


@dataclass
class _Respondent:
    order: int  # place in entry order
    team_id: int | None  # None also for a team that is not part of this cycle
    values: dict[int, float]  # source id -> scale value
    rows: dict[int, list[int]]  # source id -> every item's answer, when all were answered
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
    respondents = _respondents(measurement.responses, asked, {t.id for t in teams})
    counts = _team_counts(respondents)
    split = split_teams(counts, teams, limit)
    groups = _groups(respondents, teams, split, limit)
    cells = _cells(groups, asked, limit)
    organisation_members = groups[0][1]
    everyone_of = _everyone_per_group(respondents, groups)
    shown = [_scored(g, everyone_of.get(g.key, []), cells, asked, settings) for g, _ in groups]
    teams_part, overall = participation(
        counts, len(respondents), teams, limit, translate("Survey", ORGANISATION_NAME))
    scored = len(respondents) - (counts.get(None, 0) if split.set_aside else 0)
    teams_part = hide_complement(teams_part, overall, scored, limit)
    return MeasurementResults(
        measurement_id=measurement.id,
        measurement_name=measurement.name,
        held_on=measurement.held_on,
        cycle_number=cycle_number,
        threshold=limit,
        scales=tuple(_scale(s, _alpha_rows(stored_id(s), organisation_members, cells), limit)
                     for s in asked),
        groups=tuple(shown),
        teams=teams_part,
        overall=overall,
        warnings=tuple(_warnings(measurement, asked, sources, respondents, teams, split, limit)),
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
) -> list[_Respondent]:
    """Responses that answered at least one asked item, in entry order, with their scale
    values and, per source answered in full, the answers (for Cronbach's alpha)."""
    # The inner loop of scoring (5,000 people x 40 items): scale_value written out in place.
    keys = [(stored_id(s), [i.key for i in s.items]) for s in asked]
    counted = [(stored_id(s), [i.key for i in s.items]) for s in asked if by_occurrence(s)]
    result: list[_Respondent] = []
    for response in responses:
        values: dict[int, float] = {}
        rows: dict[int, list[int]] = {}
        get, answered = response.answers.get, False
        for source_id, item_keys in keys:
            given = list(map(get, item_keys))
            if SCALE_VALUES.issuperset(given):  # every item answered: the usual case
                answered = True
                values[source_id] = sum(given) / len(given)  # type: ignore[arg-type]  # all ints
                rows[source_id] = given  # type: ignore[assignment]  # all ints
                continue
            given = [v for v in given if v in SCALE_VALUES]
            if given:
                answered = True
                if 2 * len(given) >= len(item_keys):
                    values[source_id] = sum(given) / len(given)  # type: ignore[arg-type]  # ints
        if answered:
            team = response.team_id if response.team_id in team_ids else None
            peaks = {i: p for i, k in counted if (p := peak(response.answers, k)) is not None}
            result.append(_Respondent(len(result), team, values, rows, peaks))
    return result


def _team_counts(respondents: Sequence[_Respondent]) -> Counter[int | None]:
    return Counter(r.team_id for r in respondents)


_Members = list[_Respondent]


def _groups(
    respondents: Sequence[_Respondent], teams: Sequence[Team], split: Split, limit: int
) -> list[tuple[GroupResult, _Members]]:
    """Every group with the members its figures are computed over, the organisation first.

    A shown team and the combined group each release their first members in entry order in
    steps of `limit` (`survey_release`); the organisation is the union of what they release,
    so that it never holds a few people more than its parts. Suppressed groups: no members.
    """
    if split.set_aside:
        respondents = [r for r in respondents if r.team_id is not None]
    shown_ids = {t.id for t in split.shown}
    combined = translate("Survey", COMBINED_NAME)
    parts = []
    for team in teams:
        shown = team.id in shown_ids
        members = [r for r in respondents if r.team_id == team.id] if shown else []
        group, members = _group(f"team:{team.id}", team.name, GroupKind.TEAM,
                                released(members, limit), limit)
        group = replace(group, team_id=team.id, previous_team_id=team.previous_team_id,
                        folded_into=None if shown else combined)
        parts.append((group, members))
    rest = [r for r in respondents if r.team_id not in shown_ids]
    if rest or split.folded:  # also when empty: whether a small team took part stays unsaid
        group, members = _group(COMBINED_KEY, combined, GroupKind.COMBINED,
                                released(rest, limit), limit)
        parts.append((replace(group, team_ids=tuple(stored_id(t) for t in split.folded)), members))
    everyone = sorted((r for _, members in parts for r in members), key=lambda r: r.order)
    organisation = _group(ORGANISATION_KEY, translate("Survey", ORGANISATION_NAME),
                          GroupKind.ORGANISATION, everyone, limit)
    return [organisation] + parts


def _everyone_per_group(
    respondents: Sequence[_Respondent], groups: Sequence[tuple[GroupResult, _Members]]
) -> dict[str, _Members]:
    """Each group's respondents, also those not yet released (for occurrence alone)."""
    shown = {g.team_id for g, _ in groups if g.kind == GroupKind.TEAM and g.folded_into is None}
    everyone = {ORGANISATION_KEY: list(respondents),
                COMBINED_KEY: [r for r in respondents if r.team_id not in shown]}
    for group, _ in groups:
        if group.kind == GroupKind.TEAM:
            everyone[group.key] = [r for r in respondents if r.team_id == group.team_id]
    return everyone


def _group(
    key: str, name: str, kind: GroupKind, members: _Members, limit: int
) -> tuple[GroupResult, _Members]:
    if len(members) < limit:
        return GroupResult(key, name, kind, suppressed=True), []
    return GroupResult(key, name, kind, suppressed=False, n=len(members)), members


_Cells = dict[tuple[str, int], _Members]


def _cells(
    groups: Sequence[tuple[GroupResult, _Members]], asked: Sequence[Source], limit: int
) -> _Cells:
    """Per (group key, source id) the members whose score on that source counts.

    Inside a team or the combined group, those who answered enough of the source are released
    in steps of `limit` too, so fewer than `limit` of them give an empty, hidden cell. The
    organisation's cell is the union of its parts' cells: the organisation minus the shown
    cells is then nobody, and no hidden cell can be worked out by subtraction.
    """
    cells: _Cells = {}
    (organisation, everyone), parts = groups[0], groups[1:]
    for source in asked:
        counted: set[int] = set()
        # For a source judged by occurrence any answer counts, also one too few for a score.
        occurs = by_occurrence(source)
        for group, members in parts:
            cell = released([r for r in members if source.id in r.values
                             or (occurs and source.id in r.peaks)], limit)
            cells[(group.key, stored_id(source))] = cell
            counted.update(r.order for r in cell)
        cells[(organisation.key, stored_id(source))] = [r for r in everyone if r.order in counted]
    return cells


def _scored(
    group: GroupResult, members: _Members, cells: _Cells, asked: Sequence[Source],
    settings: SurveySettings,
) -> GroupResult:
    if group.suppressed:
        return group
    scores: dict[int, SourceScore] = {}
    for source in asked:
        source_id = stored_id(source)
        cell = cells.get((group.key, source_id), [])
        values = [r.values[source_id] for r in cell if source_id in r.values]
        if len(values) < threshold(settings):
            scores[source_id] = SourceScore(source_id, suppressed=True)
            continue
        centre = stats.mean(values)
        rating = suggest_rating(source.kind, centre, settings)
        if by_occurrence(source):
            # Over everyone of the group, not only those released so far: a report of unwanted
            # behaviour must never wait for more colleagues to answer (docs/survey-scoring.md
            # weighs this against differencing).
            rating = occurrence_rating(r.peaks[source_id] for r in members
                                       if source_id in r.peaks)
        scores[source_id] = SourceScore(
            source_id, False, len(values), centre, stats.sample_sd(values, centre), rating
        )
    return replace(group, scores=scores)


def _alpha_rows(source_id: int, everyone: _Members, cells: _Cells) -> list[list[int]]:
    """The complete answers to a source of those counted in the organisation's score on it."""
    cell = cells.get((ORGANISATION_KEY, source_id), []) if everyone else []
    return [r.rows[source_id] for r in cell if source_id in r.rows]


def _scale(source: Source, rows: Sequence[Sequence[int]], limit: int) -> Scale:
    """The source with Cronbach's alpha over `rows`: the answers of every respondent of the
    organisation who answered all its items."""
    keys = tuple(i.key for i in source.items)
    scale = Scale(stored_id(source), source.name, source.kind, keys,
                  by_occurrence=by_occurrence(source), strand=source.strand)
    if len(keys) < 2:
        return replace(scale, alpha_note=translate(
            "Survey", "één vraag: geen betrouwbaarheid te berekenen"))
    rows = released(rows, limit)  # complete rows come in steps too
    if len(rows) < max(MIN_ALPHA_RESPONDENTS, limit):
        return replace(scale, alpha_note=translate("Survey", TOO_FEW_FOR_ALPHA))
    alpha = stats.cronbach_alpha(rows)
    note = "" if alpha is not None else translate("Survey", "geen spreiding in de antwoorden")
    return replace(scale, alpha=alpha, alpha_note=note)


# -- warnings ---------------------------------------------------------------------------------


def _warnings(
    measurement: Measurement,
    asked: Sequence[Source],
    sources: Sequence[Source],
    respondents: Sequence[_Respondent],
    teams: Sequence[Team],
    split: Split,
    limit: int,
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
    for team in teams:  # below the threshold this would tell whether one more took part
        count = counts.get(team.id, 0)
        if team.headcount and count > team.headcount and count >= limit:
            warnings.append(translate(
                "Survey", "{team}: meer ingevulde vragenlijsten dan medewerkers; klopt het "
                "aantal medewerkers van dit team?"
            ).format(team=team.name))
    return warnings
