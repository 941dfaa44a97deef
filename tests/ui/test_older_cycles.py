"""The window opens the large sample with its newest cycle and the one before; the first cycle
is read when it is asked for (picked, printed, searched for a name), and then shows and judges
exactly what a full load gives."""

from pathlib import Path

import pytest

from tests.ui.conftest import open_in
from werkdrukdesk.core import model as m
from werkdrukdesk.core.model.edits import SetFields
from werkdrukdesk.core.readiness.chain import readiness
from werkdrukdesk.storage import open_file
from werkdrukdesk.storage.interchange import to_json


@pytest.fixture
def sample(large_copy) -> Path:
    return large_copy


def full(path: Path) -> m.Organisation:
    with open_file(path, read_only=True) as file:
        return file.load()


def opened_without_the_worker(window, qtbot, path):
    """Open `path` and stop the background reading, so the window must read what it needs."""
    open_in(window, qtbot, path)
    window.doc.stop_loading_answers()
    assert [c.loaded for c in window.doc.org.cycles] == [False, True, True]
    return window.doc


def test_picking_the_first_cycle_reads_it_and_judges_it_as_a_full_load(window, qtbot, sample):
    doc = opened_without_the_worker(window, qtbot, sample)
    first = doc.org.cycles[0]
    doc.choose_cycle(first)
    assert doc.cycle is first and first.loaded
    whole = full(sample)
    assert doc.readiness() == readiness(whole, whole.cycles[0], doc.today)
    assert "Cyclus 1 van 3" in window.cycle_label.text()


def test_background_work_gets_every_cycle_whole(window, qtbot, sample):
    doc = opened_without_the_worker(window, qtbot, sample)
    org, cycle = doc.snapshot()
    assert cycle.number == 3
    assert to_json(org, with_answers=True) == to_json(full(sample), with_answers=True)


def test_the_worker_brings_the_first_cycle_with_its_answers(window, qtbot, sample):
    open_in(window, qtbot, sample)
    qtbot.waitUntil(window.doc.answers_ready, timeout=20000)
    assert all(c.loaded for c in window.doc.org.cycles)
    assert to_json(window.doc.org, with_answers=True) == to_json(full(sample), with_answers=True)


def test_an_avg_removal_reaches_the_cycle_not_read_yet(window, qtbot, sample):
    whole = full(sample)
    later = {a.name for c in whole.cycles[1:] for s in c.sessions for a in s.attendees}
    name = next(a.name for s in whole.cycles[0].sessions for a in s.attendees
                if a.name not in later)
    doc = opened_without_the_worker(window, qtbot, sample)
    assert doc.remove_person(name) > 0
    after = full(sample)
    assert name not in {a.name for c in after.cycles for s in c.sessions for a in s.attendees}


def test_an_undo_keeps_what_was_read(window, qtbot, sample):
    open_in(window, qtbot, sample)
    doc = window.doc
    qtbot.waitUntil(doc.answers_ready, timeout=20000)
    coherence = {"plan_coherence": "Samen sterker, ook voor R&D <Noord>"}
    assert doc.apply(SetFields(doc.cycle, coherence, in_cycle=False, caption="samenhang"))
    assert doc.undo()
    assert doc.cycle.plan_coherence != "Samen sterker, ook voor R&D <Noord>"
    assert doc.answers_ready()  # every cycle, every answer: nothing to read again
    assert to_json(doc.org, with_answers=True) == to_json(full(sample), with_answers=True)
