"""Scoring and comparing 5,000 questionnaires of 40 items (10 sources of 4 items).

The timing is printed as seconds and as a ratio to a baseline measured in the same run: a bare
Python loop that sums the same 200,000 answers. The ratio says how much the scoring costs on
top of merely touching every answer, whatever the machine. Nothing is asserted about time.
"""

import random
import time

import pytest

from werkdrukdesk.core import model as m
from werkdrukdesk.core.survey.compare import compare
from werkdrukdesk.core.survey.output import comparison_to_dict, results_to_dict
from werkdrukdesk.core.survey.results import ORGANISATION_KEY
from werkdrukdesk.core.survey.scoring import score_measurement

RESPONSES, SOURCES, ITEMS, TEAMS = 5_000, 10, 4, 25


def build(rng: random.Random, name: str, shift: float) -> tuple[m.Measurement, list[m.Source]]:
    sources = [
        m.Source(f"Bron {s}", m.SourceKind.DEMAND if s % 2 else m.SourceKind.RESOURCE, id=s + 1,
                 position=s, items=[m.Item(f"s{s}_{i}", "", i) for i in range(ITEMS)])
        for s in range(SOURCES)
    ]
    keys = [i.key for s in sources for i in s.items]
    responses = []
    for n in range(RESPONSES):
        team_id = None if n % 500 == 0 else 1 + n % TEAMS
        level = 3 + shift + rng.gauss(0, 0.5)
        responses.append(m.Response(
            team_id, {k: min(5, max(1, round(level + rng.gauss(0, 0.8)))) for k in keys}))
    return m.Measurement(name, source_ids=[s.id for s in sources], responses=responses), sources


def baseline(measurement: m.Measurement) -> tuple[float, int]:
    start = time.perf_counter()
    total = 0
    for response in measurement.responses:
        for value in response.answers.values():
            total += value
    return time.perf_counter() - start, total


@pytest.mark.benchmark
def test_scoring_and_comparing_5000_responses_of_40_items(capsys):
    rng = random.Random(40)
    first, sources = build(rng, "Eerste", 0.0)
    second, _ = build(rng, "Tweede", -0.1)
    teams = [m.Team(f"Team {t}", headcount=220, id=t) for t in range(1, TEAMS + 1)]
    settings = m.SurveySettings()

    base_seconds, total = baseline(first)
    start = time.perf_counter()
    before = score_measurement(first, sources, teams, settings)
    after = score_measurement(second, sources, teams, settings)
    comparison = compare(before, after)
    results_to_dict(before), results_to_dict(after), comparison_to_dict(comparison)
    seconds = time.perf_counter() - start

    answers = sum(len(r.answers) for r in first.responses)
    assert answers == RESPONSES * SOURCES * ITEMS and total > 0
    # each team and the combined group count their first respondents in steps of 5 (no
    # differencing); the organisation is exactly what they count
    parts = [g.n for g in before.groups if g.key != ORGANISATION_KEY and not g.suppressed]
    assert before.group(ORGANISATION_KEY).n == sum(parts) > RESPONSES - 5 * len(parts)
    assert len(comparison.changes) == (TEAMS + 2) * SOURCES  # organisation, teams, no team
    with capsys.disabled():
        print(
            f"\n[benchmark] survey: 2 x {RESPONSES} responses x {SOURCES * ITEMS} items scored "
            f"and compared in {seconds:.3f} s; bare loop over one measurement's {answers} answers "
            f"{base_seconds:.4f} s; ratio {seconds / base_seconds:.0f}x"
        )
