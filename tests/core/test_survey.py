"""Scoring a measurement: scale means, groups under the anonymity rule, participation, alpha."""

import math
import random
import re
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from werkdrukdesk.core import model as m
from werkdrukdesk.core.survey.anonymity import complete_hiding
from werkdrukdesk.core.survey.output import results_lines, results_to_dict
from werkdrukdesk.core.survey.results import (
    COMBINED_KEY,
    COMBINED_NAME,
    ORGANISATION_KEY,
    GroupKind,
)
from werkdrukdesk.core.survey.scoring import (
    scale_value,
    score_measurement,
    suggest_rating,
    suggested_ratings,
)
from werkdrukdesk.core.survey.stats import cronbach_alpha

DEMAND = m.Source("Te veel werk", m.SourceKind.DEMAND, id=1, position=0,
                  items=[m.Item(f"d{n}", f"vraag d{n}", n) for n in range(4)])
RESOURCE = m.Source("Steun", m.SourceKind.RESOURCE, id=2, position=1,
                    items=[m.Item(f"r{n}", f"vraag r{n}", n) for n in range(3)])
SOURCES = [DEMAND, RESOURCE]
KEYS = [i.key for s in SOURCES for i in s.items]


def team(team_id: int, name: str | None = None, headcount: int = 10) -> m.Team:
    return m.Team(name or f"Team {team_id}", headcount=headcount, id=team_id)


def answers(value: int = 3, keys=KEYS) -> dict[str, int]:
    return {k: value for k in keys}


def responses(team_id, count: int, value: int = 3, keys=KEYS) -> list[m.Response]:
    return [m.Response(team_id, answers(value, keys)) for _ in range(count)]


def score(rs, teams, min_group: int = 5, sources=SOURCES):
    measurement = m.Measurement("Meting", source_ids=[s.id for s in sources], responses=rs, id=9)
    settings = m.SurveySettings(min_group_size=min_group)
    return score_measurement(measurement, sources, teams, settings)


# -- respondent scale mean and ratings -----------------------------------------------------------


@pytest.mark.parametrize(
    "given_answers, expected",
    [
        ({"d0": 1, "d1": 2, "d2": 3, "d3": 4}, 2.5),
        ({"d0": 2, "d1": 4}, 3.0),  # half the items is enough
        ({"d0": 5}, None),  # a quarter is not
        ({"d0": 5, "d1": 9, "d2": 0}, None),  # values off the scale do not count as answers
        ({}, None),
    ],
)
def test_respondent_scale_mean_needs_half_the_items(given_answers, expected):
    assert scale_value(given_answers, ["d0", "d1", "d2", "d3"]) == expected


def test_odd_item_count_needs_more_than_a_third():
    assert scale_value({"r0": 4, "r1": 2}, ["r0", "r1", "r2"]) == 3.0
    assert scale_value({"r0": 4}, ["r0", "r1", "r2"]) is None


@pytest.mark.parametrize(
    "kind, mean, rating",
    [
        (m.SourceKind.DEMAND, 3.5, m.Rating.PROBLEM),  # at the threshold counts as over it
        (m.SourceKind.DEMAND, 3.49, m.Rating.ATTENTION),
        (m.SourceKind.DEMAND, 3.0, m.Rating.ATTENTION),
        (m.SourceKind.DEMAND, 2.99, m.Rating.FINE),
        (m.SourceKind.RESOURCE, 2.5, m.Rating.PROBLEM),
        (m.SourceKind.RESOURCE, 2.51, m.Rating.ATTENTION),
        (m.SourceKind.RESOURCE, 3.0, m.Rating.ATTENTION),
        (m.SourceKind.RESOURCE, 3.01, m.Rating.FINE),
        (m.SourceKind.RESOURCE, None, m.Rating.UNRATED),
    ],
)
def test_default_thresholds_suggest_ratings(kind, mean, rating):
    assert suggest_rating(kind, mean, m.SurveySettings()) == rating


def test_group_mean_sd_and_n():
    rs = [m.Response(1, {**answers(v, ["d0", "d1", "d2", "d3"]), "r0": 5, "r1": 5})
          for v in (1, 2, 3, 4, 5)]
    result = score(rs, [team(1)])
    org = result.group(ORGANISATION_KEY)
    demand = org.scores[DEMAND.id]
    assert (org.n, demand.n, demand.mean) == (5, 5, 3.0)
    assert demand.sd == pytest.approx(math.sqrt(2.5))
    assert demand.rating == m.Rating.ATTENTION
    assert org.scores[RESOURCE.id].mean == 5.0
    assert org.scores[RESOURCE.id].rating == m.Rating.FINE


# -- groups and anonymity -------------------------------------------------------------------------


def test_a_team_of_four_is_folded_into_the_combined_group():
    teams = [team(1, "Bakkerij"), team(2, "Winkel"), team(3, "Bezorging")]
    result = score(responses(1, 6) + responses(2, 4) + responses(3, 3), teams)
    winkel = result.group("team:2")
    assert winkel.suppressed and winkel.n is None and winkel.scores == {}
    assert winkel.folded_into == COMBINED_NAME
    combined = result.group(COMBINED_KEY)
    # figures over the first 5 of each group (steps of the threshold, no differencing)
    assert (combined.suppressed, combined.n, combined.team_ids) == (False, 5, (2, 3))
    assert result.group("team:1").n == 5
    assert result.group(ORGANISATION_KEY).n == 10  # what its parts release, nobody more


def test_a_small_rest_pulls_in_the_smallest_team_so_no_one_can_be_subtracted():
    """Org (10) minus Bakkerij (6) would give the 4 of Winkel: Bakkerij is folded too."""
    result = score(responses(1, 6) + responses(2, 4) + responses(3, 7), [team(1), team(2), team(3)])
    assert result.group("team:1").suppressed and result.group("team:2").suppressed
    assert result.group("team:3").n == 5  # the first 5 of 7
    assert result.group(COMBINED_KEY).n == 10


def test_a_team_without_answers_folds_a_team_too_so_one_answer_there_would_not_show():
    """With no one of Bezorging the rest is empty; one answer would make it 1. So the rest is
    made large enough either way, and the groups shown are the same for 0 to 4 of them."""
    teams = [team(1), team(2), team(3)]
    layouts = set()
    for count in range(5):
        result = score(responses(1, 6) + responses(2, 7) + responses(3, count), teams)
        layouts.add(tuple((g.key, g.suppressed, g.folded_into) for g in result.groups))
    assert len(layouts) == 1
    assert result.group("team:1").folded_into == COMBINED_NAME  # the smallest shown team
    assert not result.group(COMBINED_KEY).suppressed


def test_complete_hiding_grows_until_the_hidden_part_is_safe():
    sizes = {"a": 3, "b": 9, "c": 6, "d": 0}
    assert complete_hiding(sizes, {"a"}, 5) == {"a", "d", "c"}  # 0 does not help, 6 does
    assert complete_hiding(sizes, {"d"}, 5) == {"d"}  # hiding nobody reveals nothing
    assert complete_hiding(sizes, set(), 5, outside=2) == {"d", "a"}
    assert complete_hiding({"a": 1}, {"a"}, 5) == {"a"}  # nothing left to hide: all hidden
    assert complete_hiding(sizes, {"d"}, 5, empty_is_safe=False) == {"d", "a", "c"}


def test_a_few_responses_without_team_count_only_for_participation():
    result = score(responses(1, 6) + responses(2, 6) + responses(None, 2), [team(1), team(2)])
    assert result.group(ORGANISATION_KEY).n == 10  # the first 5 of each team
    assert result.group(COMBINED_KEY) is None
    assert result.overall.respondents == 14
    assert any("zonder team" in w for w in result.warnings)


def test_enough_responses_without_team_form_the_combined_group():
    result = score(responses(1, 6) + responses(None, 5) + responses(77, 1), [team(1)])
    assert result.group(COMBINED_KEY).n == 5  # an unknown team counts as no team; 5 of 6
    assert result.group(ORGANISATION_KEY).n == 10
    assert any("niet in deze cyclus" in w for w in result.warnings)


def test_threshold_seven_is_respected_and_five_is_the_floor():
    rs = responses(1, 6) + responses(2, 7) + responses(3, 8)
    raised = score(rs, [team(1), team(2), team(3)], min_group=7)
    assert raised.threshold == 7
    assert raised.group("team:1").suppressed
    assert [raised.group(f"team:{i}").n for i in (2, 3)] == [None, 7]  # 2 pulled in for 1
    assert raised.group(COMBINED_KEY).n == 7  # the first 7 of 13
    lowered = score(responses(1, 4) + responses(2, 6), [team(1), team(2)], min_group=3)
    assert lowered.threshold == 5 and lowered.group("team:1").suppressed


def test_everything_below_the_threshold_is_suppressed():
    result = score(responses(1, 3), [team(1)])
    assert all(g.suppressed and g.n is None and not g.scores for g in result.groups)
    assert result.overall.respondents is None and result.overall.share is None


def test_a_source_answered_by_too_few_is_hidden_in_that_group_and_left_out_of_the_whole():
    """4 of Bakkerij answered the resource items: that cell is hidden, and the organisation's
    resource score leaves those 4 out, so 'organisation minus the teams shown' is nobody and
    Winkel's resource score can stay."""
    demand_keys = ["d0", "d1", "d2", "d3"]
    rs = (responses(1, 4) + responses(1, 2, keys=demand_keys) + responses(2, 6)
          + responses(3, 9))
    result = score(rs, [team(1), team(2), team(3)])
    assert result.group("team:1").scores[RESOURCE.id].suppressed
    assert not result.group("team:2").scores[RESOURCE.id].suppressed
    assert not result.group("team:3").scores[RESOURCE.id].suppressed
    organisation = result.group(ORGANISATION_KEY)
    assert organisation.scores[RESOURCE.id].n == 10  # 5 of Winkel, 5 of the 9 of team 3
    assert organisation.scores[DEMAND.id].n == 15
    assert not result.group("team:1").scores[DEMAND.id].suppressed


def test_participation_is_flagged_under_half():
    teams = [team(1, headcount=20), team(2, headcount=6), team(3, headcount=0)]
    result = score(responses(1, 9) + responses(2, 2) + responses(3, 5), teams)
    first, second, third = result.teams
    assert (first.respondents, first.share, first.low) == (9, 0.45, True)
    # 0 to 4 of 6: the flag would tell whether a third person took part, so it is not said
    assert (second.respondents, second.share, second.low) == (None, None, None)
    # team 3 (5 people) is hidden too: 16 - 9 - 5 would give away team 2's two
    assert (third.respondents, third.share, third.low) == (None, None, False)
    assert (result.overall.respondents, result.overall.headcount) == (16, 26)
    assert result.overall.low is False
    big = score(responses(1, 2), [team(1, headcount=9)]).teams[0]
    assert (big.respondents, big.low) == (None, True)  # even 4 of 9 is under half


@pytest.mark.parametrize("headcount", [1, 2, 3, 6, 8])
def test_a_small_teams_flag_does_not_tell_whether_one_person_took_part(headcount):
    flags = {score(responses(1, count), [team(1, headcount=headcount)]).teams[0].low
             for count in range(5)}
    assert flags == {None}


# -- Cronbach's alpha ----------------------------------------------------------------------------


def test_alpha_by_hand():
    rows = [[1, 2], [2, 2], [3, 4], [4, 4]]
    # item variances 5/3 and 4/3; totals 3, 4, 7, 8 with variance 17/3: 2 * (1 - 9/17)
    assert cronbach_alpha(rows) == pytest.approx(16 / 17)
    assert cronbach_alpha([[3, 3], [3, 3]]) is None


def test_alpha_waits_for_ten_complete_respondents():
    rng = random.Random(1)
    rs = [m.Response(1, {k: rng.randint(1, 5) for k in KEYS}) for _ in range(9)]
    rs.append(m.Response(1, {"d0": 1, "d1": 2}))  # incomplete: does not count for alpha
    result = score(rs, [team(1)])
    assert all(s.alpha is None and s.alpha_note == "nog te weinig antwoorden"
               for s in result.scales)
    rs += [m.Response(1, {k: rng.randint(1, 5) for k in KEYS}) for _ in range(5)]
    # 15 respondents, 14 complete: alpha over the first 10 complete (steps of the threshold)
    assert all(s.alpha is not None for s in score(rs, [team(1)]).scales)


def test_consistent_items_give_alpha_one():
    rs = [m.Response(1, answers(v)) for v in [1, 2, 3, 4, 5] * 2]
    assert [s.alpha for s in score(rs, [team(1)]).scales] == [pytest.approx(1.0)] * 2


# -- into the inventory --------------------------------------------------------------------------


def test_suggested_ratings_only_for_the_organisation_and_shown_teams():
    teams = [team(1), team(2), team(3), team(4)]
    rs = (responses(1, 6, value=4) + responses(2, 4, value=1) + responses(3, 6, value=2)
          + responses(4, 3))
    result = score(rs, teams)
    suggestions = suggested_ratings(result)
    assert {(s, t) for s, t, _, _ in suggestions} == {
        (1, None), (2, None), (1, 1), (2, 1), (1, 3), (2, 3)
    }
    by_cell = {(s, t): (r, ref) for s, t, r, ref in suggestions}
    assert by_cell[(1, 1)][0] == m.Rating.PROBLEM  # demand 4.0 >= 3.5
    assert by_cell[(2, 3)][0] == m.Rating.PROBLEM  # resource 2.0 <= 2.5
    assert by_cell[(1, 1)][1] == "Meting: gemiddeld 4,00 op de schaal van 1 tot 5 (n = 5)"


# -- properties ----------------------------------------------------------------------------------

ANSWER = st.one_of(st.none(), st.integers(1, 5))
RESPONSE = st.tuples(
    st.sampled_from([None, 1, 2, 3, 4]), st.lists(ANSWER, min_size=len(KEYS), max_size=len(KEYS))
)
RESPONSES = st.lists(RESPONSE, max_size=60)
TEAMS = [team(1, "A", 12), team(2, "B", 8), team(3, "C", 4), team(4, "D", 30)]


def built(raw) -> list[m.Response]:
    return [m.Response(t, {k: v for k, v in zip(KEYS, values) if v is not None})
            for t, values in raw]


def shown_parts(result):
    return [g for g in result.groups if g.kind != GroupKind.ORGANISATION and not g.suppressed]


@settings(max_examples=150, deadline=None)
@given(RESPONSES, st.integers(5, 9))
def test_means_stay_on_the_scale_and_alpha_at_most_one(raw, limit):
    result = score(built(raw), TEAMS, min_group=limit)
    for group in result.groups:
        for cell in group.scores.values():
            assert cell.suppressed or (1 <= cell.mean <= 5 and cell.sd >= 0)
    assert all(s.alpha is None or s.alpha <= 1 + 1e-12 for s in result.scales)


@settings(max_examples=150, deadline=None)
@given(RESPONSES, st.integers(5, 9))
def test_nothing_under_the_threshold_leaves_the_core(raw, limit):
    result = score(built(raw), TEAMS, min_group=limit)
    for group in result.groups:
        assert group.suppressed == (group.n is None)
        assert group.suppressed or group.n >= limit
        assert not group.suppressed or group.scores == {}
        for cell in group.scores.values():
            assert cell.suppressed or cell.n >= limit
    for part in (*result.teams, result.overall):
        assert part.respondents is None or part.respondents >= limit
    org = result.group(ORGANISATION_KEY)
    if not org.suppressed:
        # What no shown group covers is nobody, or a group at least as large as the threshold.
        rest = org.n - sum(g.n for g in shown_parts(result))
        assert rest == 0 or rest >= limit
        for source in SOURCES:
            if org.scores[source.id].suppressed:
                continue
            cells = [g.scores[source.id] for g in shown_parts(result)]
            rest = org.scores[source.id].n - sum(c.n for c in cells if not c.suppressed)
            assert rest == 0 or rest >= limit


@settings(max_examples=100, deadline=None)
@given(RESPONSES, st.integers(5, 9))
def test_output_shows_no_numbers_for_suppressed_groups(raw, limit):
    result = score(built(raw), TEAMS, min_group=limit)
    document = results_to_dict(result)
    for group in document["groups"]:
        if group["suppressed"]:
            assert group["n"] is None and "scores" not in group
            assert group["fewer_than"] == limit
        for cell in group.get("scores", []):
            assert cell["suppressed"] == ("mean" not in cell)
            assert cell["suppressed"] or cell["n"] >= limit
    assert not set(KEYS) & set(dict_keys(document))  # no answer to a single item anywhere
    lines = results_lines(result)
    for group in result.groups:
        if group.suppressed:
            at = next(i for i, line in enumerate(lines) if line.startswith(f"{group.name}:"))
            block = " ".join(lines[at:at + 2])
            assert not re.search(r"\d,\d", block), block  # no score
            counts = [int(n) for n in re.findall(r"(\d+) (?:van de|ingevulde)", block)]
            assert all(n >= limit for n in counts), block


def dict_keys(value):
    if isinstance(value, dict):
        for key, inner in value.items():
            yield key
            yield from dict_keys(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from dict_keys(inner)


def by_key(result):
    """Groups by key; the combined group lists its teams in cycle order, so compare as a set."""
    return {g.key: replace(g, team_ids=tuple(sorted(g.team_ids))) for g in result.groups}


@settings(max_examples=100, deadline=None)
@given(RESPONSES, st.randoms(use_true_random=False))
def test_order_of_teams_does_not_matter_and_of_responses_only_which_are_counted(raw, rng):
    """The figures are those of each group's first respondents in entry order (no
    differencing), so shuffling the responses may change a mean, but never which groups
    are shown, their sizes, or the participation."""
    rs = built(raw)
    first = score(rs, TEAMS)
    shuffled, teams = list(rs), list(TEAMS)
    rng.shuffle(teams)
    assert by_key(first) == by_key(score(rs, teams))
    rng.shuffle(shuffled)
    second = score(shuffled, teams)
    sizes = {k: (g.suppressed, g.n) for k, g in by_key(first).items()}
    assert sizes == {k: (g.suppressed, g.n) for k, g in by_key(second).items()}
    assert first.overall == second.overall
    assert sorted(first.teams, key=lambda p: p.team_id) == sorted(
        second.teams, key=lambda p: p.team_id)
