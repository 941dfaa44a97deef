"""The rows an object keeps in tables of its own, written once the owner has its id."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from werkdrukdesk.core import model as m
from werkdrukdesk.core.codec import to_plain

if TYPE_CHECKING:
    from werkdrukdesk.storage.records.store import Records

def _write_source_items(records: Records, source: m.Source, new: bool) -> None:
    rows = [{"key": i.key, "text": i.text, "position": i.position} for i in source.items]
    records._replace_rows("questionnaire_items", "source_id", m.stored_id(source), rows, new)


def _write_cycle_children(records: Records, cycle: m.Cycle, new: bool) -> None:
    rows = [{"method": method.value} for method in cycle.process_evaluation.methods]
    records._replace_rows("cycle_evaluation_methods", "cycle_id", m.stored_id(cycle), rows, new)


def _write_measure_children(records: Records, measure: m.Measure, new: bool) -> None:
    measure_id = m.stored_id(measure)
    targets = [{"source_id": t.source_id, "team_id": t.team_id} for t in measure.targets]
    records._replace_rows("measure_targets", "measure_id", measure_id, targets, new)
    relations = [{"related_measure_id": other} for other in measure.related_measure_ids]
    records._replace_rows("measure_relations", "measure_id", measure_id, relations, new)
    evaluation = [to_plain(measure.evaluation)] if measure.evaluation else []
    records._replace_rows("measure_evaluations", "measure_id", measure_id, evaluation, new)


def _write_session_children(records: Records, session: m.InformationSession, new: bool) -> None:
    topics = [{"topic": t.value} for t in session.topics]
    records._replace_rows("session_topics", "session_id", m.stored_id(session), topics, new)
    attendees = [{"name": a.name, "team_id": a.team_id} for a in session.attendees]
    records._replace_rows("session_attendees", "session_id", m.stored_id(session), attendees, new)
    counts = [{"team_id": team, "attendees": n} for team, n in session.team_counts.items()]
    records._replace_rows("session_team_counts", "session_id", m.stored_id(session), counts, new)


def _write_measurement_children(records: Records, measurement: m.Measurement, new: bool) -> None:
    measurement_id = m.stored_id(measurement)
    rows = [{"source_id": source_id} for source_id in measurement.source_ids]
    records._replace_rows("measurement_sources", "measurement_id", measurement_id, rows, new)
    if new:  # later responses arrive through add_responses
        records._insert_responses(measurement_id, measurement.responses)


def _write_study_teams(records: Records, study: m.ExternalStudy, new: bool) -> None:
    rows = [{"team_id": team_id} for team_id in study.team_ids]
    records._replace_rows("external_study_teams", "study_id", m.stored_id(study), rows, new)


def _write_conversation_outcomes(records: Records, talk: m.GroupConversation, new: bool) -> None:
    rows = [{"source_id": o.source_id, "text": o.text} for o in talk.outcomes_per_source]
    records._replace_rows("conversation_outcomes", "conversation_id", m.stored_id(talk), rows, new)


def _write_team_risks(records: Records, team: m.Team, new: bool) -> None:
    rows = [{"risk": risk.value} for risk in team.aggression_risks]
    records._replace_rows("team_aggression_risks", "team_id", m.stored_id(team), rows, new)


# Each writer takes the class it is filed under; a dict cannot say that per key, hence Any.
CHILD_WRITERS: dict[type, Callable[[Records, Any, bool], None]] = {
    m.Source: _write_source_items,
    m.Team: _write_team_risks,
    m.Cycle: _write_cycle_children,
    m.Measure: _write_measure_children,
    m.InformationSession: _write_session_children,
    m.Measurement: _write_measurement_children,
    m.ExternalStudy: _write_study_teams,
    m.GroupConversation: _write_conversation_outcomes,
}
