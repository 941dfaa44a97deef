"""Comparing two measurements: did a source get better or worse, per group, beyond chance?

Per group that is shown in both measurements, and per source asked in both, the change is the
difference of the group's means (after minus before) with a 95% confidence interval after Welch
(no assumption that both measurements have the same spread) and Hedges' g as the size of the
change in standard deviations. A change is called "duidelijk" only when the interval leaves
out 0. For a demand lower is better; for a resource higher is better.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from itertools import pairwise

from werkdrukdesk.core.i18n import QT_TRANSLATE_NOOP, Translated, translate
from werkdrukdesk.core.model import SourceKind
from werkdrukdesk.core.survey.results import GroupKind, GroupResult, MeasurementResults, SourceScore
from werkdrukdesk.core.survey.stats import Summary, welch_difference


class ChangeVerdict(StrEnum):
    CLEARLY_BETTER = "clearly_better"
    CLEARLY_WORSE = "clearly_worse"
    NO_CLEAR_CHANGE = "no_clear_change"


# Looked up in the current language.
VERDICT_LABELS: Translated[ChangeVerdict] = Translated("SurveyCompare", {
    ChangeVerdict.CLEARLY_BETTER: QT_TRANSLATE_NOOP("SurveyCompare", "duidelijk beter"),
    ChangeVerdict.CLEARLY_WORSE: QT_TRANSLATE_NOOP("SurveyCompare", "duidelijk slechter"),
    ChangeVerdict.NO_CLEAR_CHANGE: QT_TRANSLATE_NOOP("SurveyCompare", "geen duidelijk verschil"),
})


@dataclass(frozen=True)
class Change:
    """One source in one group: before, after and how sure the change is."""

    group_key: str  # the key in the later measurement
    group_name: str
    source_id: int
    source_name: str
    kind: SourceKind
    before_mean: float
    after_mean: float
    difference: float  # after minus before
    n_before: int
    n_after: int
    ci_low: float
    ci_high: float
    hedges_g: float | None
    verdict: ChangeVerdict

    @property
    def direction(self) -> str:
        """'beter', 'slechter' or 'gelijk' for the point estimate, sure or not: a code (in the
        JSON output too), not translated."""
        if self.difference == 0:
            return "gelijk"
        lower_is_better = self.kind == SourceKind.DEMAND
        return "beter" if (self.difference < 0) == lower_is_better else "slechter"


@dataclass(frozen=True)
class Comparison:
    before_name: str
    after_name: str
    shared_source_ids: tuple[int, ...]
    changes: tuple[Change, ...]
    not_compared: tuple[str, ...]  # which groups were left out and why
    warnings: tuple[str, ...]  # differences between the two sets of sources


def source_set_warnings(before: MeasurementResults, after: MeasurementResults) -> list[str]:
    """Where the second measurement did not ask what the first asked."""
    first = {s.source_id: s for s in before.scales}
    second = {s.source_id: s for s in after.scales}
    only = translate("SurveyCompare", "'{source}' is alleen gevraagd in '{measurement}' en wordt "
                     "niet vergeleken.")
    warnings = [
        only.format(source=s.name, measurement=before.measurement_name)
        for s in before.scales if s.source_id not in second
    ]
    warnings += [
        only.format(source=s.name, measurement=after.measurement_name)
        for s in after.scales if s.source_id not in first
    ]
    warnings += [
        translate("SurveyCompare", "De vragen bij '{source}' zijn tussen de twee metingen "
                  "veranderd; vergelijk deze bron met voorzichtigheid.").format(source=s.name)
        for s in after.scales
        if s.source_id in first and first[s.source_id].item_keys != s.item_keys
    ]
    return warnings


def compare(before: MeasurementResults, after: MeasurementResults) -> Comparison:
    """Compare an earlier measurement with a later one of the same or the next cycle."""
    shared = [s for s in after.scales if s.source_id in {b.source_id for b in before.scales}]
    changes: list[Change] = []
    not_compared: list[str] = []
    for old, new in _matched_groups(before, after, not_compared):
        if old.suppressed or new.suppressed:
            not_compared.append(translate(
                "SurveyCompare", "{group}: in een van beide metingen te weinig antwoorden om te "
                "tonen.").format(group=new.name))
            continue
        for scale in shared:
            change = _change(new, scale.source_id, scale.name, scale.kind,
                             old.scores.get(scale.source_id), new.scores.get(scale.source_id))
            if change is not None:
                changes.append(change)
    return Comparison(
        before_name=before.measurement_name,
        after_name=after.measurement_name,
        shared_source_ids=tuple(s.source_id for s in shared),
        changes=tuple(changes),
        not_compared=tuple(not_compared),
        warnings=tuple(source_set_warnings(before, after)),
    )


def _change(
    group: GroupResult,
    source_id: int,
    source_name: str,
    kind: SourceKind,
    old: SourceScore | None,
    new: SourceScore | None,
) -> Change | None:
    """None when either side is hidden or has too little to compute a spread."""
    if old is None or new is None or old.suppressed or new.suppressed:
        return None
    if old.sd is None or new.sd is None or old.mean is None or new.mean is None:
        return None
    if old.n is None or new.n is None:  # set whenever mean and sd are
        return None
    result = welch_difference(Summary(old.n, old.mean, old.sd), Summary(new.n, new.mean, new.sd))
    verdict = ChangeVerdict.NO_CLEAR_CHANGE
    if result.excludes_zero:
        better = (result.difference < 0) == (kind == SourceKind.DEMAND)
        verdict = ChangeVerdict.CLEARLY_BETTER if better else ChangeVerdict.CLEARLY_WORSE
    return Change(
        group.key, group.name, source_id, source_name, kind, old.mean, new.mean,
        result.difference, old.n, new.n, result.ci_low, result.ci_high, result.hedges_g, verdict,
    )


def _matched_groups(
    before: MeasurementResults, after: MeasurementResults, not_compared: list[str]
) -> list[tuple[GroupResult, GroupResult]]:
    """Pairs of the same group in both measurements, in the later measurement's order.

    A team is the same if it has the same id (same cycle) or was carried over from it (next
    cycle), or else has the same name. The combined group is compared only when it holds the
    same teams both times; otherwise it is a different set of people.
    """
    earlier = list(before.groups)
    pairs = []
    for group in after.groups:
        match = next((old for old in earlier if _same_group(old, group, before, after)), None)
        if match is None:
            not_compared.append(translate(
                "SurveyCompare", "{group}: niet in '{measurement}'.").format(
                    group=group.name, measurement=before.measurement_name))
        else:
            pairs.append((match, group))
    return pairs


def _same_group(
    old: GroupResult, new: GroupResult, before: MeasurementResults, after: MeasurementResults
) -> bool:
    if old.kind != new.kind:
        return False
    if new.kind == GroupKind.ORGANISATION:
        return True
    if new.kind == GroupKind.TEAM:
        linked = old.team_id is not None and old.team_id in (new.team_id, new.previous_team_id)
        return linked or old.name.strip().casefold() == new.name.strip().casefold()
    return _team_names(old, before) == _team_names(new, after)


def _team_names(combined: GroupResult, results: MeasurementResults) -> set[str]:
    """The folded teams by name, so the combined groups of two cycles can be matched."""
    names = {g.team_id: g.name.strip().casefold() for g in results.groups
             if g.kind == GroupKind.TEAM}
    return {names.get(team_id, "") for team_id in combined.team_ids}


def compare_in_order(results: Sequence[MeasurementResults]) -> list[Comparison]:
    """Each measurement against the one before it, e.g. the two measurements of a cycle."""
    return [compare(a, b) for a, b in pairwise(results)]
