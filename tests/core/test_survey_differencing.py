"""No differencing: adding questionnaires one at a time never gives away one person's answers.

The results are recomputed after every added questionnaire (kiosk, paper entry, an import into
the same measurement). An attacker who reads the results before and after one more answer
tries to isolate a single respondent: from the JSON of `survey results`, from the core result
objects, from the text, and (knowing the rule, so knowing exactly who counts in every figure)
by linear algebra on the sums shown. A team below the threshold never shows whether one more
of its people took part.
"""

import re
from collections import Counter
from fractions import Fraction
from itertools import product

from hypothesis import given, settings
from hypothesis import strategies as st

from werkdrukdesk.core import model as m
from werkdrukdesk.core.survey import results
from werkdrukdesk.core.survey import scoring as core
from werkdrukdesk.core.survey.anonymity import split_teams
from werkdrukdesk.core.survey.output import results_lines, results_to_dict

DEMAND = m.Source("Te veel werk", m.SourceKind.DEMAND, id=1, position=0,
                  items=[m.Item(f"d{n}", f"vraag d{n}", n) for n in range(2)])
RESOURCE = m.Source("Steun", m.SourceKind.RESOURCE, id=2, position=1,
                    items=[m.Item(f"r{n}", f"vraag r{n}", n) for n in range(2)])
SOURCES = [DEMAND, RESOURCE]
KEYS = [i.key for s in SOURCES for i in s.items]
TEAMS = [m.Team("A", headcount=12, id=1), m.Team("B", headcount=8, id=2),
         m.Team("C", headcount=2, id=3), m.Team("D", headcount=30, id=4)]

RESPONSE = st.tuples(
    st.sampled_from([None, 1, 1, 2, 2, 3, 4]),
    st.lists(st.one_of(st.none(), st.integers(1, 5)), min_size=len(KEYS), max_size=len(KEYS)),
)


def measurement(raw) -> m.Measurement:
    responses = [m.Response(t, {k: v for k, v in zip(KEYS, values) if v is not None})
                 for t, values in raw]
    return m.Measurement("Meting", source_ids=[1, 2], responses=responses, id=1)


def score(raw, limit):
    return core.score_measurement(measurement(raw), SOURCES, TEAMS,
                                  m.SurveySettings(min_group_size=limit))


# -- what an attacker reads --------------------------------------------------------------------


def json_cells(data: dict) -> dict[tuple[str, int], tuple[int, float]]:
    """(group name, source id) -> (n, mean) for every score the JSON shows."""
    return {(g["name"], s["source_id"]): (s["n"], s["mean"])
            for g in data["groups"] if not g["suppressed"]
            for s in g["scores"] if not s["suppressed"]}


def core_cells(result) -> dict[tuple[str, int], tuple[int, float]]:
    return {(g.key, s.source_id): (s.n, s.mean) for g in result.groups if not g.suppressed
            for s in g.scores.values() if not s.suppressed}


def observations(cells, kinds) -> dict[int, list[tuple[int, float]]]:
    """Per source the (n, sum) pairs shown, and the organisation minus the other groups shown
    (the part that is not shown as a group of its own)."""
    per_source: dict[int, list[tuple[int, float]]] = {}
    for (_group, source), (n, mean) in cells.items():
        per_source.setdefault(source, []).append((n, n * mean))
    for source in list(per_source):
        whole = cells.get((kinds["organisation"], source))
        if whole:
            parts = [cells[key] for key in cells if key[1] == source
                     and key[0] != kinds["organisation"]]
            rest = (whole[0] - sum(n for n, _ in parts),
                    whole[0] * whole[1] - sum(n * x for n, x in parts))
            per_source[source].append(rest)
    return per_source


def singled_out(before, after) -> list[str]:
    """Every way to get one person's score: a figure over one person, or two figures (in one
    output or in consecutive ones) that differ by exactly one person."""
    found = []
    for source, seen in after.items():
        earlier = before.get(source, []) + seen + [(0, 0.0)]
        for (n_after, sum_after), (n_before, sum_before) in product(seen, earlier):
            if n_after - n_before == 1:
                found.append(f"source {source}: {sum_after - sum_before:.3f}")
    return found


TEXT_COUNT = re.compile(r"uitkomsten over (\d+) vragenlijsten")
TEXT_MEAN = re.compile(r"\s(\d,\d\d)\s")


def text_cells(lines: list[str]) -> dict[tuple[str, str], tuple[int, str]]:
    """(group head, score line's source) -> (count in the head, mean as printed)."""
    cells, group, count = {}, None, None
    for line in lines:
        if line and not line.startswith(" ") and ": " in line:
            group = line.split(": ")[0]
            found = TEXT_COUNT.search(line)
            count = int(found.group(1)) if found else None
        elif line.startswith("  ") and group and count and TEXT_MEAN.search(line):
            source = next((s.name for s in SOURCES if line.strip().startswith(s.name)), None)
            if source:
                cells[(group, source)] = (count, TEXT_MEAN.search(line).group(1))
    return cells


def layout(data: dict) -> tuple:
    """Which groups are shown and which teams are folded into the combined group."""
    return tuple((g["name"], g["suppressed"], g.get("folded_into")) for g in data["groups"])


# -- who counts in each figure (the attacker who knows the rule) -------------------------------


def counted_sets(raw, limit) -> dict[int, set[frozenset[int]]]:
    """Per source the sets of respondents (by entry order) behind every score shown."""
    asked = core.measurement_scales(measurement(raw), SOURCES)
    team_ids = {t.id for t in TEAMS}
    respondents = core._respondents(measurement(raw).responses, asked, team_ids)
    split = split_teams(core._team_counts(respondents), TEAMS, limit)
    cells = core._cells(core._groups(respondents, TEAMS, split, limit), asked, limit)
    sets: dict[int, set[frozenset[int]]] = {s.id: set() for s in asked}
    for (_, source), members in cells.items():
        if len(members) >= limit:
            sets[source].add(frozenset(r.order for r in members))
    return sets


def isolates_someone(sets: set[frozenset[int]]) -> int | None:
    """A respondent whose score is a linear combination of the sums over `sets`, if any."""
    people = sorted(set().union(*sets)) if sets else []
    basis: list[tuple[int, list[Fraction]]] = []  # (pivot column, row): reduced echelon form
    for members in sets:
        row = [Fraction(int(p in members)) for p in people]
        for pivot, pivot_row in basis:
            if row[pivot]:
                row = [a - row[pivot] * b for a, b in zip(row, pivot_row)]
        if any(row):
            pivot = next(i for i, x in enumerate(row) if x)
            row = [x / row[pivot] for x in row]
            basis = [(p, [a - r[pivot] * b for a, b in zip(r, row)]) for p, r in basis]
            basis.append((pivot, row))
    # in reduced form a person's score lies in the span exactly when a row is theirs alone
    for _, row in basis:
        if sum(1 for x in row if x) == 1:
            return people[next(i for i, x in enumerate(row) if x)]
    return None


# -- the properties ----------------------------------------------------------------------------


@settings(max_examples=60, deadline=None)
@given(st.lists(RESPONSE, min_size=1, max_size=45), st.sampled_from([5, 6]))
def test_adding_answers_one_at_a_time_never_singles_anyone_out(raw, limit):
    previous = None
    for size in range(len(raw) + 1):
        result = score(raw[:size], limit)
        data = results_to_dict(result)
        text = text_cells(results_lines(result))
        core_view = observations(core_cells(result), {"organisation": results.ORGANISATION_KEY})
        json_view = observations(json_cells(data), {"organisation": results.ORGANISATION_NAME})
        assert all(n % limit == 0 for n, _ in json_cells(data).values())
        assert all(count % limit == 0 for count, _ in text.values())
        split = layout(data)
        if previous:
            old_core, old_json, old_text, old_split = previous
            assert not singled_out(old_core, core_view), (size, singled_out(old_core, core_view))
            assert not singled_out(old_json, json_view), size
            for key, (count, mean) in text.items():
                old = old_text.get(key)
                if old and old[1] != mean and count - old[0] < limit:
                    # a printed mean moves with a whole step, or when a team got results of
                    # its own and left the combined group
                    assert split != old_split, (size, key, old, count, mean)
        previous = core_view, json_view, text, split


@settings(max_examples=40, deadline=None)
@given(st.lists(RESPONSE, min_size=1, max_size=35), st.sampled_from([5, 6]))
def test_knowing_who_counts_where_still_isolates_nobody_over_the_whole_history(raw, limit):
    """Every figure shown after each addition, all combined: no sum over one person."""
    history: dict[int, set[frozenset[int]]] = {}
    for size in range(len(raw) + 1):
        for source, sets in counted_sets(raw[:size], limit).items():
            history.setdefault(source, set()).update(sets)
    for source, sets in history.items():
        assert isolates_someone(sets) is None, source


@settings(max_examples=60, deadline=None)
@given(st.lists(RESPONSE, max_size=40), st.sampled_from(TEAMS), st.sampled_from([5, 6]))
def test_a_small_team_never_shows_whether_one_more_took_part(raw, added_to, limit):
    answered = [3] * len(KEYS)
    before = results_to_dict(score(raw, limit))
    after = results_to_dict(score(raw + [(added_to.id, answered)], limit))
    count = sum(t == added_to.id for t, values in raw if any(v for v in values))
    if count + 1 < limit:  # still below the threshold after the addition

        def entry(data, team_id):
            return next(p for p in data["participation"]["teams"] if p["team_id"] == team_id)

        assert entry(before, added_to.id) == entry(after, added_to.id)
        assert before["warnings"] == after["warnings"]
        assert entry(after, added_to.id)["respondents"] is None
        assert entry(after, added_to.id)["low"] in (True, None)  # not False: that would count


def test_the_attacker_catches_figures_that_move_with_every_answer():
    """The attack itself works: figures over every respondent would give the newest away."""
    before = {1: [(5, 15.0)]}
    assert singled_out(before, {1: [(6, 19.0)]}) == ["source 1: 4.000"]
    assert isolates_someone({frozenset({0, 1, 2, 3, 4}), frozenset({0, 1, 2, 3, 4, 5})}) == 5
    assert isolates_someone({frozenset({0, 1, 2, 3, 4}), frozenset({5, 6, 7, 8, 9})}) is None
    # (0+1+2) - (1+2+3) + (0+3) = 2 times person 0
    assert isolates_someone({frozenset({0, 1, 2}), frozenset({1, 2, 3}), frozenset({0, 3})}) == 0


@settings(max_examples=60, deadline=None)
@given(st.lists(RESPONSE, max_size=40), st.sampled_from(TEAMS), st.sampled_from([5, 6]))
def test_which_groups_show_does_not_tell_whether_one_of_a_small_team_took_part(
    raw, added_to, limit
):
    """Unless the small teams and the answers without a team together reach the threshold
    with that one: then a group of at least the threshold appears, which names nobody."""
    added = raw + [(added_to.id, [3] * len(KEYS))]
    counts = Counter(t for t, values in added if any(v for v in values))
    rest_after = sum(n for t, n in counts.items() if t is None or n < limit)
    if counts[added_to.id] < limit and not (rest_after == limit):
        before, after = score(raw, limit), score(added, limit)
        assert layout(results_to_dict(before)) == layout(results_to_dict(after))
