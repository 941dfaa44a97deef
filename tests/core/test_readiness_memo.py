"""One judgement works out what several checks share once; nothing is carried to the next."""

import threading

from tests.core.readiness_org import TODAY, ready_org
from werkdrukdesk.core import model as m
from werkdrukdesk.core.readiness.chain import is_ready, readiness
from werkdrukdesk.core.readiness.memo import judging, once_per_judgement
from werkdrukdesk.core.readiness.plan_review import plan_review
from werkdrukdesk.core.readiness.step_progress import step_progress

asked: list[object] = []


@once_per_judgement
def teams_of(cycle: m.Cycle, wanted: int = 0) -> tuple[str, ...]:
    asked.append(cycle)
    return tuple(t.name for t in cycle.teams)


def test_a_helper_answers_once_per_judgement_and_arguments_apart():
    first, second = m.Cycle(1, teams=[m.Team("R&D <Noord>", 3)]), m.Cycle(2)
    asked.clear()
    with judging():
        assert teams_of(first) == ("R&D <Noord>",)
        assert teams_of(first) == ("R&D <Noord>",)
        assert teams_of(second) == ()
        assert teams_of(first, wanted=2) == ("R&D <Noord>",)
        with judging():  # a judgement inside another is part of it
            teams_of(first)
    assert asked == [first, second, first]
    first.teams.append(m.Team("Ayşe's team", 4))
    assert teams_of(first) == ("R&D <Noord>", "Ayşe's team")  # outside: asked anew
    with judging():
        assert teams_of(first) == ("R&D <Noord>", "Ayşe's team")  # a new judgement starts empty


def test_another_thread_never_sees_the_judgement_of_this_one():
    cycle = m.Cycle(1, teams=[m.Team("Winkel", 3)])
    asked.clear()
    with judging():
        teams_of(cycle)
        worker = threading.Thread(target=teams_of, args=(cycle,))
        worker.start()
        worker.join()
    assert asked == [cycle, cycle]


def test_an_edit_between_two_judgements_is_judged_on_what_it_changed():
    org = ready_org()
    cycle = org.cycles[-1]
    assert is_ready(readiness(org, cycle, TODAY))
    progress = step_progress(org, cycle, TODAY)
    assert progress["inventory"].complete and progress["plan"].complete
    rating = next(r for r in cycle.ratings if r.rating != m.Rating.UNRATED)
    rating.rating = m.Rating.UNRATED  # the edit: a cell no longer rated
    checks = readiness(org, cycle, TODAY)
    assert not is_ready(checks)
    assert not next(c for c in checks if c.key == "causes").ok
    assert not step_progress(org, cycle, TODAY, checks)["inventory"].complete
    measure = next(x for x in cycle.measures if x.status != m.MeasureStatus.CANCELLED)
    measure.responsible = ""
    review = plan_review(org, cycle, TODAY)
    assert any(not line.ok and line.check_key == "owner_and_term" for line in review)
