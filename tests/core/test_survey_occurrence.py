"""Unwanted behaviour is rated by whether it happens, never by a team mean."""

import pytest

from werkdrukdesk.core import model as m
from werkdrukdesk.core.survey.occurrence import by_occurrence, occurrence_rating, peak
from werkdrukdesk.core.survey.results import ORGANISATION_KEY
from werkdrukdesk.core.survey.scoring import score_measurement, suggested_ratings

UNWANTED = m.Source("Ongewenst gedrag", m.SourceKind.DEMAND, catalogue_key="unwanted_behaviour",
                    id=7, items=[m.Item(f"unwanted_behaviour_{n}", "vraag", n)
                                 for n in range(1, 5)])
KEYS = [i.key for i in UNWANTED.items]
PLAIN = m.Source("Te veel werk", m.SourceKind.DEMAND, catalogue_key="time_pressure", id=1,
                 items=[m.Item(f"time_pressure_{n}", "vraag", n) for n in range(1, 5)])


def _score(rows: list[dict[str, int]], team_id: int | None = 1, headcount: int = 7):
    teams = [m.Team("Keuken", headcount, id=1)]
    measurement = m.Measurement("Meting", source_ids=[7], id=3,
                                responses=[m.Response(team_id, a) for a in rows])
    return score_measurement(measurement, [UNWANTED], teams, m.SurveySettings())


def _team_of_seven(one: dict[str, int], other: dict[str, int]) -> list[dict[str, int]]:
    nobody = {k: 1 for k in KEYS}
    return [one, other] + [dict(nobody) for _ in range(5)]


def test_one_person_always_and_one_often_make_it_too_high_though_the_mean_is_low():
    always = {k: 5 for k in KEYS}
    often_once = {KEYS[0]: 4, KEYS[1]: 1, KEYS[2]: 1, KEYS[3]: 1}
    results = _score(_team_of_seven(always, often_once))
    for key in (ORGANISATION_KEY, "team:1"):
        cell = results.group(key).scores[7]
        # The figures are over the first five (released in steps of five): the mean alone
        # would still say "in orde".
        assert cell.n == 5 and cell.mean < 3.0
        assert cell.rating == m.Rating.PROBLEM


def test_a_team_where_nobody_reports_anything_stays_fine():
    results = _score([{k: 1 for k in KEYS} for _ in range(7)])
    assert results.group("team:1").scores[7].rating == m.Rating.FINE


def test_a_single_rare_report_in_a_large_group_needs_attention():
    rows = [{k: 1 for k in KEYS} for _ in range(9)] + [{KEYS[2]: 2}]
    assert _score(rows, headcount=10).group("team:1").scores[7].rating == m.Rating.ATTENTION


def test_reports_by_a_fifth_of_the_group_are_too_high_even_when_rare():
    rows = [{k: 1 for k in KEYS} for _ in range(8)] + [{KEYS[0]: 2}, {KEYS[3]: 3}]
    assert _score(rows, headcount=10).group("team:1").scores[7].rating == m.Rating.PROBLEM


def test_a_single_answer_that_is_not_enough_for_a_mean_still_counts_as_a_report():
    rows = [{k: 1 for k in KEYS} for _ in range(9)] + [{KEYS[1]: 5}]
    assert _score(rows, headcount=10).group("team:1").scores[7].rating == m.Rating.PROBLEM


def test_a_small_team_gets_no_verdict_of_its_own():
    rows = [{k: 5 for k in KEYS}] + [{k: 1 for k in KEYS} for _ in range(3)]
    results = _score(rows, headcount=4)
    assert results.group("team:1").suppressed  # nothing about four people leaves the module
    assert results.group(ORGANISATION_KEY).suppressed
    assert suggested_ratings(results) == []


def test_the_suggestion_says_it_rests_on_occurrence_and_never_counts_reporters():
    always = {k: 5 for k in KEYS}
    results = _score(_team_of_seven(always, {k: 1 for k in KEYS}))
    (_, _, rating, reference), *_ = suggested_ratings(results)
    assert rating == m.Rating.PROBLEM
    assert "voorkomen" in reference and "n = 5" in reference  # released in steps of five
    assert "1," not in reference  # no mean that invites reading it as "low"
    assert results.scales[0].by_occurrence


@pytest.mark.parametrize(("peaks", "expected"), [
    ([], m.Rating.UNRATED), ([1] * 10, m.Rating.FINE), ([1] * 9 + [3], m.Rating.ATTENTION),
    ([1] * 9 + [4], m.Rating.PROBLEM), ([1] * 8 + [2, 2], m.Rating.PROBLEM),
])
def test_the_rule_itself(peaks, expected):
    assert occurrence_rating(peaks) == expected


def test_only_unwanted_behaviour_is_judged_by_occurrence_and_peaks_ignore_bad_values():
    assert by_occurrence(UNWANTED) and not by_occurrence(PLAIN)
    assert peak({KEYS[0]: 9, KEYS[1]: 2}, KEYS) == 2
    assert peak({}, KEYS) is None


def test_the_json_says_which_rule_rated_the_source():
    from werkdrukdesk.core.survey.output import results_to_dict

    always = {k: 5 for k in KEYS}
    results = _score(_team_of_seven(always, {k: 1 for k in KEYS}))
    assert results_to_dict(results)["sources"][0]["rated_by"] == "occurrence"


def test_the_text_output_explains_the_rule_beside_a_low_mean():
    from werkdrukdesk.core.survey.output import results_lines

    always = {k: 5 for k in KEYS}
    often_once = {KEYS[0]: 4, KEYS[1]: 1, KEYS[2]: 1, KEYS[3]: 1}
    lines = results_lines(_score(_team_of_seven(always, often_once)))
    assert any("Ongewenst gedrag is beoordeeld op voorkomen" in line for line in lines)
    # the mean over the five released so far reads low; the verdict counts every report
    assert any("1,95" in line and "te hoog" in line for line in lines)
