"""Comparing two measurements: Welch interval, Hedges' g, better or worse, fair matching."""

import math
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from werkdrukdesk.core import model as m
from werkdrukdesk.core.survey.compare import ChangeVerdict, compare, compare_in_order
from werkdrukdesk.core.survey.output import comparison_lines, comparison_to_dict
from werkdrukdesk.core.survey.results import ORGANISATION_KEY
from werkdrukdesk.core.survey.scoring import score_measurement
from werkdrukdesk.core.survey.stats import (
    Summary,
    hedges_g,
    t_cdf,
    t_quantile,
    welch_difference,
)

DEMAND = m.Source("Te veel werk", m.SourceKind.DEMAND, id=1, position=0,
                  items=[m.Item(f"d{n}", "", n) for n in range(4)])
RESOURCE = m.Source("Steun", m.SourceKind.RESOURCE, id=2, position=1,
                    items=[m.Item(f"r{n}", "", n) for n in range(4)])
EXTRA = m.Source("Bereikbaarheid", m.SourceKind.DEMAND, id=3, position=2,
                 items=[m.Item(f"x{n}", "", n) for n in range(2)])
SOURCES = [DEMAND, RESOURCE, EXTRA]
TEAMS = [m.Team("Bakkerij", 20, id=1), m.Team("Winkel", 20, id=2)]


def respond(rng: random.Random, team_id, demand: float, resource: float) -> m.Response:
    def around(level: float) -> int:
        return min(5, max(1, round(level + rng.gauss(0, 0.8))))

    answers = {f"d{n}": around(demand) for n in range(4)}
    answers |= {f"r{n}": around(resource) for n in range(4)}
    answers |= {f"x{n}": around(3) for n in range(2)}
    return m.Response(team_id, answers)


def measure(name, responses, sources=(1, 2, 3), teams=TEAMS, limit=5):
    measurement = m.Measurement(name, source_ids=list(sources), responses=responses)
    return score_measurement(measurement, SOURCES, teams, m.SurveySettings(min_group_size=limit))


# -- the statistics ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "p, df, expected",
    [
        (0.975, 1, 12.7062), (0.975, 2, 4.3027), (0.975, 4, 2.7764), (0.975, 10, 2.2281),
        (0.975, 30, 2.0423), (0.975, 120, 1.9799), (0.975, 1e7, 1.9600), (0.995, 5, 4.0321),
        (0.95, 3, 2.3534), (0.9, 20, 1.3253),
    ],
)
def test_t_quantile_matches_the_printed_table(p, df, expected):
    assert t_quantile(p, df) == pytest.approx(expected, abs=1e-4)
    assert t_quantile(1 - p, df) == pytest.approx(-expected, abs=1e-4)


@settings(max_examples=200, deadline=None)
@given(st.floats(0.001, 0.999), st.floats(0.5, 500))
def test_t_quantile_inverts_the_distribution(p, df):
    assert t_cdf(t_quantile(p, df), df) == pytest.approx(p, abs=1e-9)


def test_welch_and_hedges_by_hand():
    before, after = Summary(10, 3.0, 1.0), Summary(20, 2.5, 0.5)
    result = welch_difference(before, after)
    se = math.sqrt(1 / 10 + 0.25 / 20)
    df = se**4 / ((1 / 10) ** 2 / 9 + (0.25 / 20) ** 2 / 19)
    assert result.df == pytest.approx(df)
    assert result.ci_low == pytest.approx(-0.5 - t_quantile(0.975, df) * se)
    assert result.ci_high == pytest.approx(-0.5 + t_quantile(0.975, df) * se)
    pooled = math.sqrt((9 * 1.0 + 19 * 0.25) / 28)
    assert hedges_g(before, after) == pytest.approx(-0.5 / pooled * (1 - 3 / (4 * 30 - 9)))


def test_the_interval_covers_the_true_difference_about_95_times_in_100():
    rng = random.Random(2024)
    covered, runs = 0, 400
    for _ in range(runs):
        a = [rng.gauss(3.0, 0.7) for _ in range(rng.randint(8, 60))]
        b = [rng.gauss(2.6, 0.4) for _ in range(rng.randint(8, 60))]
        result = welch_difference(summary(a), summary(b))
        covered += result.ci_low <= -0.4 <= result.ci_high
    assert 0.92 <= covered / runs <= 0.98


def summary(values):
    mean = sum(values) / len(values)
    sd = math.sqrt(sum((v - mean) ** 2 for v in values) / (len(values) - 1))
    return Summary(len(values), mean, sd)


# -- whole measurements --------------------------------------------------------------------------


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 10_000), st.integers(5, 60))
def test_identical_measurements_show_no_difference(seed, size):
    rng = random.Random(seed)
    rs = [respond(rng, rng.choice([1, 2, None]), 3, 3) for _ in range(size)]
    comparison = compare(measure("Eerste", rs), measure("Tweede", list(rs)))
    assert comparison.changes and all(c.difference == 0 for c in comparison.changes)
    assert all(c.verdict == ChangeVerdict.NO_CLEAR_CHANGE for c in comparison.changes)
    assert all(c.direction == "gelijk" for c in comparison.changes)


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 10_000), st.integers(6, 80))
def test_a_known_shift_lies_inside_the_interval(seed, size):
    """Every respondent one point lower on the demand: the true difference is exactly -1."""
    rng = random.Random(seed)
    before = [respond(rng, rng.choice([1, 2]), 3, 3) for _ in range(size)]
    for r in before:  # only answers that can go down one point, so the shift is exact
        r.answers.update({k: max(v, 2) for k, v in r.answers.items() if k.startswith("d")})
    after = [m.Response(r.team_id, {k: v - 1 if k.startswith("d") else v
                                    for k, v in r.answers.items()}) for r in before]
    comparison = compare(measure("Eerste", before), measure("Tweede", after))
    org = [c for c in comparison.changes if c.group_key == ORGANISATION_KEY]
    demand = next(c for c in org if c.source_id == DEMAND.id)
    assert demand.difference == pytest.approx(-1)
    assert demand.ci_low <= -1 <= demand.ci_high
    # The verdict follows the interval; with six people a full point may still be chance.
    clear = demand.ci_high < 0
    expected = ChangeVerdict.CLEARLY_BETTER if clear else ChangeVerdict.NO_CLEAR_CHANGE
    assert demand.verdict == expected
    if size >= 30:  # answers of 2-5 spread too little for a full point to hide at this size
        assert demand.verdict == ChangeVerdict.CLEARLY_BETTER


def test_lower_demand_is_better_lower_resource_is_worse():
    rng = random.Random(5)
    before = [respond(rng, 1 + n % 2, demand=4, resource=4) for n in range(120)]
    after = [respond(rng, 1 + n % 2, demand=2, resource=2) for n in range(120)]
    comparison = compare(measure("Eerste", before), measure("Tweede", after))
    verdicts = {(c.group_key, c.source_id): c for c in comparison.changes}
    assert verdicts[(ORGANISATION_KEY, DEMAND.id)].verdict == ChangeVerdict.CLEARLY_BETTER
    assert verdicts[(ORGANISATION_KEY, DEMAND.id)].direction == "beter"
    assert verdicts[(ORGANISATION_KEY, RESOURCE.id)].verdict == ChangeVerdict.CLEARLY_WORSE
    assert verdicts[("team:2", RESOURCE.id)].direction == "slechter"
    assert verdicts[(ORGANISATION_KEY, DEMAND.id)].hedges_g < -1
    lines = comparison_lines(comparison)
    assert any("Steun" in line and line.endswith("duidelijk slechter") for line in lines)


def test_only_shared_sources_are_compared_with_a_warning():
    rng = random.Random(6)
    first = measure("Eerste", [respond(rng, 1, 3, 3) for _ in range(12)], sources=(1, 2, 3))
    second = measure("Tweede", [respond(rng, 1, 3, 3) for _ in range(12)], sources=(1, 2))
    comparison = compare(first, second)
    assert comparison.shared_source_ids == (1, 2)
    assert {c.source_id for c in comparison.changes} == {1, 2}
    assert comparison.warnings == (
        "'Bereikbaarheid' is alleen gevraagd in 'Eerste' en wordt niet vergeleken.",
    )


def test_groups_suppressed_in_either_measurement_are_not_compared():
    rng = random.Random(7)
    first = measure("Eerste", [respond(rng, 1 + n % 2, 3, 3) for n in range(12)])
    second = measure("Tweede", [respond(rng, 1, 3, 3) for _ in range(8)]
                     + [respond(rng, 2, 3, 3) for _ in range(3)]
                     + [respond(rng, None, 3, 3) for _ in range(3)])
    comparison = compare(first, second)
    assert {c.group_key for c in comparison.changes} == {ORGANISATION_KEY, "team:1"}
    assert any(reason.startswith("Winkel:") for reason in comparison.not_compared)
    document = comparison_to_dict(comparison)
    assert {c["group"] for c in document["changes"]} == {"Hele organisatie", "Bakkerij"}


def test_teams_of_the_next_cycle_are_matched_through_their_predecessor():
    rng = random.Random(8)
    renamed = [m.Team("Bakkerij en banket", 20, previous_team_id=1, id=11),
               m.Team("Winkel", 20, previous_team_id=2, id=12)]
    first = measure("Voorjaar", [respond(rng, 1 + n % 2, 3, 3) for n in range(20)])
    second = measure("Najaar", [respond(rng, 11 + n % 2, 3, 3) for n in range(20)],
                     teams=renamed)
    keys = {c.group_key for c in compare(first, second).changes}
    assert keys == {ORGANISATION_KEY, "team:11", "team:12"}
    assert len(compare_in_order([first, second, first])) == 2
