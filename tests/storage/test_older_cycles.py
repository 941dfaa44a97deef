"""Older cycles on demand: the window opens a file with its newest cycle and the one before;
the records of older cycles refuse to be read until they are loaded, and once loaded the
model is exactly what a full load gives."""

import copy
import pickle

import pytest

from tests.pinned import PINNED_DAY
from werkdrukdesk.core import model as m
from werkdrukdesk.demo.build import build_demo
from werkdrukdesk.storage import open_file
from werkdrukdesk.storage.file import write_new_file
from werkdrukdesk.storage.interchange import to_json
from werkdrukdesk.storage.records.answers import (
    all_loaded,
    attach_answers,
    fill_cycles,
    loaded_answers,
    measurements_to_load,
    read_in_background,
)

PARTS_LEFT_OUT = [p for p in m.CYCLE_PARTS if p != "incidents"]


@pytest.fixture(scope="module")
def large(tmp_path_factory):
    path = tmp_path_factory.mktemp("cycles") / "groot.werkdruk"
    write_new_file(path, build_demo("large", today=PINNED_DAY)).close()
    return path


@pytest.fixture(scope="module")
def whole(large):
    with open_file(large, read_only=True) as file:
        return file.load()


def _recent(path) -> m.Organisation:
    with open_file(path, read_only=True) as file:
        return file.load_recent()


def test_only_the_newest_cycle_and_the_one_before_are_loaded(large, whole):
    org = _recent(large)
    assert [(c.number, c.loaded) for c in org.cycles] == [(1, False), (2, True), (3, True)]
    first, full_first = org.cycles[0], whole.cycles[0]
    # Its own fields, and its incidents (the register's retention spans every cycle), are there.
    assert (first.id, first.title, first.closed, first.start_date) == (
        full_first.id, full_first.title, full_first.closed, full_first.start_date)
    assert first.incidents == full_first.incidents and first.incidents
    assert org.cycles[2].teams == whole.cycles[2].teams


@pytest.mark.parametrize("part", PARTS_LEFT_OUT)
@pytest.mark.parametrize("read", [list, len, bool, lambda x: x == [], lambda x: x[0],
                                  lambda x: x.append(1), lambda x: None in x, sorted])
def test_records_not_loaded_refuse_every_read_and_change(large, part, read):
    records = getattr(_recent(large).cycles[0], part)
    with pytest.raises(m.CycleNotLoaded):
        read(records)


def test_no_export_is_ever_made_of_a_cycle_not_loaded(large):
    org = _recent(large)
    with pytest.raises(m.CycleNotLoaded):
        to_json(org)
    copied = pickle.loads(pickle.dumps(org))  # how background work gets its snapshot
    assert copied.cycles[0].teams is m.NOT_LOADED_RECORDS
    assert copy.deepcopy(org).cycles[0].measures is m.NOT_LOADED_RECORDS


def test_answers_wait_for_their_cycle(large):
    org = _recent(large)
    assert not all_loaded(org)
    ids = measurements_to_load(org)  # of the cycles in memory only
    assert len(ids) == 4
    assert {x.id for c in org.cycles[1:] for x in c.measurements} == set(ids)


def test_loading_the_older_cycles_gives_exactly_the_full_model(large, whole):
    with open_file(large, read_only=True) as file:
        org = file.load_recent()
        file.load_older_cycles(org)
    assert all(c.loaded for c in org.cycles)
    attach_answers(org, loaded_answers(whole))
    assert all_loaded(org)
    assert to_json(org, with_answers=True) == to_json(whole, with_answers=True)


def test_the_background_reading_brings_the_older_cycles_answers_and_all(large, whole):
    org = _recent(large)
    older = {c.id for c in org.cycles if not c.loaded}
    answers, cycles = read_in_background(large, measurements_to_load(org), older)
    assert set(cycles) == older
    fill_cycles(org, cycles)
    attach_answers(org, answers)
    assert all_loaded(org)
    assert to_json(org, with_answers=True) == to_json(whole, with_answers=True)


def test_a_cycle_already_filled_keeps_its_records(large):
    org = _recent(large)
    with open_file(large, read_only=True) as file:
        file.load_older_cycles(org)
        teams = org.cycles[0].teams
        fill_cycles(org, file.load_cycles({org.cycles[0].id}, answers=True))
    assert org.cycles[0].teams is teams
