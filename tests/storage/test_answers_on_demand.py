"""Answers read later than the rest of a file: `storage.records.answers` and the marker
`core.model.NOT_LOADED`, which must never pass for "nobody answered"."""

import json
import pickle
import sqlite3

import pytest

from tests.pinned import PINNED_DAY
from werkdrukdesk.core import model as m
from werkdrukdesk.core.codec import to_plain
from werkdrukdesk.core.cycles import current_cycle
from werkdrukdesk.core.survey.occurrence import peak
from werkdrukdesk.core.survey.output import results_to_dict
from werkdrukdesk.core.survey.scoring import scale_value, score_cycle, score_measurement
from werkdrukdesk.demo.build import build_demo
from werkdrukdesk.storage import open_file
from werkdrukdesk.storage.file import write_new_file
from werkdrukdesk.storage.records.answers import (
    Cancelled,
    _reading,
    all_loaded,
    answers_of,
    attach_answers,
    loaded_answers,
    measurements_to_load,
    read_answers,
)


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    path = tmp_path_factory.mktemp("answers") / "Bakkerij R&D <Noord> Ayşe.werkdruk"
    write_new_file(path, build_demo("small", today=PINNED_DAY)).close()
    return path


def _both(path):
    with open_file(path, read_only=True) as file:
        return file.load(), file.load_without_answers()


def _responses(org):
    return [r for c in org.cycles for x in c.measurements for r in x.responses]


def test_unloaded_answers_refuse_every_use_that_could_read_them_as_empty(sample):
    _, bare = _both(sample)
    response = _responses(bare)[0]
    assert response.answers is m.NOT_LOADED and not response.loaded
    uses = [
        lambda: bool(response.answers), lambda: len(response.answers),
        lambda: response.answers.get("WD1"), lambda: list(response.answers),
        lambda: dict(response.answers), lambda: {**response.answers},
        lambda: json.dumps(response.answers), lambda: response.answers == {},
        lambda: "WD1" in response.answers, lambda: to_plain(response),
        lambda: scale_value(response.answers, ["WD1"]), lambda: peak(response.answers, ["WD1"]),
        lambda: response.answers.update({"WD1": 3}),
    ]
    for use in uses:
        with pytest.raises(m.AnswersNotLoaded):
            use()


def test_no_score_is_worked_out_from_answers_that_are_not_there(sample):
    whole, bare = _both(sample)
    cycle = current_cycle(bare)
    measurement = cycle.measurements[0]
    assert measurement.responses and not measurement.answers_loaded()
    with pytest.raises(m.AnswersNotLoaded):
        score_measurement(measurement, bare.sources, cycle.teams, bare.survey_settings)
    with pytest.raises(m.AnswersNotLoaded):
        score_cycle(bare, cycle)
    assert score_cycle(whole, current_cycle(whole))  # the same with answers scores


def test_a_copy_for_another_thread_still_knows_what_is_not_loaded(sample):
    _, bare = _both(sample)
    copy = pickle.loads(pickle.dumps(bare, protocol=pickle.HIGHEST_PROTOCOL))
    assert all(r.answers is m.NOT_LOADED for r in _responses(copy))


def test_reading_and_attaching_gives_the_answers_of_a_full_load(sample):
    whole, bare = _both(sample)
    first = current_cycle(bare)
    ids = measurements_to_load(bare, first)
    assert ids[: len(first.measurements)] == [x.id for x in first.measurements]  # shown first
    assert len(ids) == sum(len(c.measurements) for c in bare.cycles)
    found = read_answers(sample, ids)
    assert attach_answers(bare, found) == len(_responses(whole))
    assert all_loaded(bare) and measurements_to_load(bare, first) == []
    assert [(r.id, r.team_id, r.answers) for r in _responses(bare)] == [
        (r.id, r.team_id, r.answers) for r in _responses(whole)]
    assert [results_to_dict(x) for x in score_cycle(bare, current_cycle(bare))] == [
        results_to_dict(x) for x in score_cycle(whole, current_cycle(whole))]
    assert attach_answers(bare, found) == 0  # once is enough; nothing is read twice


def test_one_measurement_can_be_read_alone_and_others_stay_unloaded(sample):
    whole, bare = _both(sample)
    wanted = current_cycle(bare).measurements[0]
    attach_answers(bare, read_answers(sample, [wanted.id]))
    assert wanted.answers_loaded() and not all_loaded(bare)
    others = [x for c in bare.cycles for x in c.measurements if x is not wanted]
    assert others and not any(x.answers_loaded() for x in others)


def test_what_was_read_is_kept_for_a_model_read_anew_except_what_changed(sample):
    whole, _ = _both(sample)
    _, fresh = _both(sample)
    changed = current_cycle(whole).measurements[0]
    attach_answers(fresh, loaded_answers(whole, except_measurements={changed.id}))
    fresh_changed = next(x for c in fresh.cycles for x in c.measurements if x.id == changed.id)
    assert not fresh_changed.answers_loaded()  # read again when needed
    assert all(x.answers_loaded() for c in fresh.cycles for x in c.measurements
               if x.id != changed.id)


def test_new_questionnaires_keep_their_answers_when_the_rest_arrive(sample, tmp_path):
    path = tmp_path / "nieuw.werkdruk"
    path.write_bytes(sample.read_bytes())
    with open_file(path) as file:
        org = file.load_without_answers()
        measurement = current_cycle(org).measurements[0]
        typed = m.Response(None, {"WD1": 4})
        file.add_responses(measurement.id, [typed])
        measurement.responses.append(typed)
        assert not measurement.answers_loaded()  # the older ones are still unread
        attach_answers(org, read_answers(path, measurements_to_load(org)))
        assert measurement.answers_loaded() and typed.answers == {"WD1": 4}
        assert measurement.responses[-1] is typed


def test_reading_uses_a_connection_of_its_own_that_cannot_write(sample):
    with _reading(sample, lambda: False) as conn:
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            conn.execute("DELETE FROM answers")
    whole, bare = _both(sample)
    assert len(read_answers(sample, measurements_to_load(bare))) == len(_responses(whole))


def test_a_reading_called_off_stops_its_statement(sample):
    """Called off while no statement runs (between two, where an interrupt from another
    thread would be lost), the next statement stops at its first steps."""
    _, bare = _both(sample)
    ids = measurements_to_load(bare)
    with pytest.raises(Cancelled):
        with _reading(sample, lambda: True) as conn:
            answers_of(conn, ids)  # asks nothing itself: SQLite does
    asked = []

    def cancelled():
        asked.append(1)
        return len(asked) > 1  # called off during the first statement

    with pytest.raises(Cancelled):
        read_answers(sample, ids, cancelled)


