from datetime import date

from werkdrukdesk.core import model as m
from werkdrukdesk.core.cycles import (
    due_soon,
    next_cycle,
    overdue_measures,
    relink_measures,
    retarget_measures,
)
from werkdrukdesk.core.dates import format_date, parse_date


def _cycle() -> m.Cycle:
    teams = [m.Team("Keuken", 6, True, "Ayşe Yılmaz", id=10), m.Team("Zaal", 8, id=11)]
    measures = [
        m.Measure("Open", targets=[m.Target(1, 10), m.Target(2, None)],
                  related_measure_ids=[21], id=20),
        m.Measure("Ook open", status=m.MeasureStatus.IN_PROGRESS,
                  related_measure_ids=[20, 22], id=21),
        m.Measure("Klaar", status=m.MeasureStatus.DONE, id=22,
                  evaluation=m.MeasureEvaluation(m.Effect.EFFECTIVE)),
        m.Measure("Vervallen", status=m.MeasureStatus.CANCELLED, id=23),
    ]
    return m.Cycle(1, teams=teams, measures=measures, id=1, hybrid_consideration="thuiswerk")


def test_next_cycle_carries_teams_and_only_open_measures():
    new = next_cycle(_cycle(), date(2027, 1, 5))
    assert new.number == 2 and new.start_date == date(2027, 1, 5) and not new.closed
    assert [(t.name, t.headcount, t.hybrid, t.manager, t.previous_team_id) for t in new.teams] == [
        ("Keuken", 6, True, "Ayşe Yılmaz", 10),
        ("Zaal", 8, False, "", 11),
    ]
    assert [(x.title, x.carried_from_measure_id, x.id) for x in new.measures] == [
        ("Open", 20, None),
        ("Ook open", 21, None),
    ]
    assert new.ratings == [] and new.sessions == [] and new.measurements == []


def test_carried_measures_follow_their_teams_and_partners():
    previous = _cycle()
    new = next_cycle(previous, date(2027, 1, 5))
    for n, team in enumerate(new.teams):
        team.id = 100 + n  # as storage would assign
    retarget_measures(new)
    assert new.measures[0].targets == [m.Target(1, 100), m.Target(2, None)]
    for n, measure in enumerate(new.measures):
        measure.id = 200 + n
    relink_measures(new)
    assert new.measures[0].related_measure_ids == [201]
    assert new.measures[1].related_measure_ids == [200]  # the done one stayed behind
    assert previous.measures[0].targets == [m.Target(1, 10), m.Target(2, None)]  # untouched


def test_overdue_and_due_soon():
    cycle = m.Cycle(1, measures=[
        m.Measure("Te laat", deadline=date(2026, 11, 1)),
        m.Measure("Bijna", deadline=date(2026, 12, 10)),
        m.Measure("Later", deadline=date(2027, 6, 1)),
        m.Measure("Klaar maar laat", deadline=date(2026, 1, 1), status=m.MeasureStatus.DONE),
    ])
    today = date(2026, 11, 28)
    assert [x.title for x in overdue_measures(cycle, today)] == ["Te laat"]
    assert [x.title for x in due_soon(cycle, today)] == ["Bijna"]


def test_dates_are_read_the_dutch_way():
    """The old dd-mm-jjjj still reads as before (more in tests/core/test_date_parsing.py)."""
    today = date(2026, 11, 28)
    for text in ("03-07-2026", "3-7-2026", "03/07/2026", " 03.07.2026 ", "2026-07-03"):
        assert parse_date(text, today) == date(2026, 7, 3)
    assert parse_date("", today) is None


def test_dates_are_written_the_dutch_way():
    assert format_date(date(2026, 7, 3)) == "03-07-2026"
    assert format_date(None) == ""
