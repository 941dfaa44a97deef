"""Core objects to rows and back: `Records` saves any object in one transaction, with the rows
it keeps in other tables (written by a child writer), and loads the organisation. How each
class lies in its table is in `specs.py`."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Collection, Iterable
from functools import cached_property
from typing import TYPE_CHECKING

from werkdrukdesk.core import model as m
from werkdrukdesk.core.codec import from_plain, to_plain
from werkdrukdesk.core.errors import WerkdrukError
from werkdrukdesk.core.i18n import translate
from werkdrukdesk.storage.records.answers import fill_cycles, responses_of
from werkdrukdesk.storage.records.children import CHILD_WRITERS
from werkdrukdesk.storage.records.policy import policy_from_row, policy_row
from werkdrukdesk.storage.records.specs import CYCLE_PARTS, SPECS, R, Row, from_row, to_row

if TYPE_CHECKING:
    import sqlite_utils


def prepare_writing() -> None:
    """Import what the first write needs and reading does not (sqlite-utils, a tenth of a
    second), ahead of that write; a worker thread may call it."""
    import sqlite_utils  # noqa: F401


class Records:
    """Loading and saving core objects on an open SQLite connection: read with plain queries,
    written through sqlite-utils."""

    def __init__(self, conn: sqlite3.Connection, read_only: bool = False):
        self.conn = conn
        self.read_only = read_only

    @cached_property
    def db(self) -> sqlite_utils.Database:
        """sqlite-utils on the same connection, imported at the first write: reading, and so
        the window's start, does without it."""
        import sqlite_utils

        # No plugins, as everywhere: looking for them reads every installed package.
        return sqlite_utils.Database(self.conn, execute_plugins=False)

    # -- writing ------------------------------------------------------------------------

    def save_profile(self, profile: m.Profile) -> None:
        self._require_writable()
        with self.db.atomic():
            self.db.table("organisation").upsert({"id": 1, **to_plain(profile)}, pk="id")

    def save_survey_settings(self, settings: m.SurveySettings) -> None:
        self._require_writable()
        with self.db.atomic():
            self.db.table("survey_settings").upsert({"id": 1, **to_plain(settings)}, pk="id")

    def save_psa_policy(self, policy: m.PsaPolicy) -> None:
        self._require_writable()
        with self.db.atomic():
            self.db.table("psa_policy").upsert(policy_row(policy), pk="id")

    def save(self, obj: R, parent_id: int | None = None) -> R:
        """Insert (id None) or update one object with its child rows; returns it with its id."""
        self._require_writable()
        with self.db.atomic():
            self._store(obj, parent_id, new=obj.id is None)
        return obj

    def delete(self, obj: m.Record) -> None:
        self._require_writable()
        with self.db.atomic():
            self.db.table(SPECS[type(obj)].table).delete(m.stored_id(obj))

    def add_responses(self, measurement_id: int, responses: Iterable[m.Response]) -> None:
        """Store questionnaires in one go: all of them or, on any error, none."""
        self._require_writable()
        with self.db.atomic():
            self._insert_responses(measurement_id, responses)

    def write_organisation(self, org: m.Organisation) -> None:
        """Write a whole organisation into an empty file, keeping the ids it has."""
        self._require_writable()
        with self.db.atomic():
            # Related measures may point forward; checked at commit instead.
            self.db.execute("PRAGMA defer_foreign_keys = ON")
            self.db.table("organisation").insert({"id": 1, **to_plain(org.profile)})
            self.db.table("survey_settings").upsert(
                {"id": 1, **to_plain(org.survey_settings)}, pk="id"
            )
            self.db.table("psa_policy").upsert(policy_row(org.psa_policy), pk="id")
            for doc in org.documents:
                self._store(doc, None, new=True)
            for change in org.changes:
                self._store(change, None, new=True)
            for source in org.sources:
                self._store(source, None, new=True)
            for cycle in sorted(org.cycles, key=lambda c: c.number):
                self._store(cycle, None, new=True)
                for part in CYCLE_PARTS:
                    for obj in getattr(cycle, part):
                        self._store(obj, cycle.id, new=True)

    def _store(self, obj: m.Record, parent_id: int | None, new: bool) -> None:
        spec = SPECS[type(obj)]
        row = to_row(obj, spec)
        table = self.db.table(spec.table)
        if new:
            if spec.parent_column:
                row[spec.parent_column] = parent_id
            if obj.id is not None:
                row["id"] = obj.id
            obj.id = table.insert(row).last_pk
        else:
            if spec.parent_column and parent_id is not None:
                row[spec.parent_column] = parent_id
            table.update(m.stored_id(obj), row)  # not new: save() saw an id
        writer = CHILD_WRITERS.get(type(obj))
        if writer:
            writer(self, obj, new)

    def _replace_rows(
        self, table: str, key: str, owner_id: int, rows: list[Row], new: bool
    ) -> None:
        if not new:
            if self._same_rows(table, key, owner_id, rows):
                return  # most edits change the record, not its lists: nothing to write or undo
            self.db.table(table).delete_where(f"{key} = ?", [owner_id])
        if rows:
            self.db.table(table).insert_all({key: owner_id, **row} for row in rows)

    def _same_rows(self, table: str, key: str, owner_id: int, rows: list[Row]) -> bool:
        """Whether the file already holds exactly `rows` for this owner, in this order (the
        order they load in). Reading them is cheaper than writing them again, with the undo
        journal logging every row twice. A value that only looks the same (a list kept as
        JSON text) compares unequal, and the rows are simply written again."""
        columns = list(rows[0]) if rows else []
        if any(list(row) != columns for row in rows):
            return False
        shown = ", ".join(f"[{c}]" for c in columns) or "1"
        stored = self.conn.execute(
            f"SELECT {shown} FROM [{table}] WHERE [{key}] = ? ORDER BY rowid", [owner_id]
        ).fetchall()
        if not columns:
            return not stored
        return stored == [tuple(row.values()) for row in rows]

    def _insert_responses(self, measurement_id: int, responses: Iterable[m.Response]) -> None:
        answers: list[Row] = []
        for response in responses:
            row: Row = {"measurement_id": measurement_id, "team_id": response.team_id}
            if response.id is not None:
                row["id"] = response.id
            response.id = self.db.table("responses").insert(row).last_pk
            answers.extend(
                {"response_id": response.id, "item_key": key, "value": value}
                for key, value in response.answers.items()
            )
        if answers:
            self.db.table("answers").insert_all(answers, batch_size=2000)

    def _require_writable(self) -> None:
        if self.read_only:
            raise WerkdrukError(
                translate("Storage",
                          "Dit bestand is alleen om te lezen geopend; wijzigen kan niet.")
            )

    # -- reading ------------------------------------------------------------------------

    def load(self) -> m.Organisation:
        """The whole organisation, every cycle and every response, as core objects."""
        return self._load(answers=True)

    def load_without_answers(self) -> m.Organisation:
        """The organisation with each questionnaire's id and team but not its answers
        (`m.NOT_LOADED`, which refuses to be read, so that no score is ever worked out from
        answers that are simply not there yet): for readers that only count questionnaires
        per team, such as the readiness checks, and for the window, which reads the answers
        when they are needed (`records.answers`). The answers are most of a large file."""
        return self._load(answers=False)

    def load_recent(self) -> m.Organisation:
        """As `load_without_answers`, with only the newest cycle and the one before (its checks
        look back at it) in full: an older one has its own fields and incidents (retention
        spans every cycle) and `m.NOT_LOADED_RECORDS`, which refuses to be read, in its other
        lists until `load_older_cycles`. So opening does not grow with the years of use."""
        return self._load(answers=False, older=False)

    def load_cycles(self, ids: Collection[int], answers: bool) -> dict[int, m.Cycle]:
        """The cycles `ids` whole, by id, with or without their answers."""
        rows = [r for r in self._rows("cycles") if r["id"] in ids]
        return {r["id"]: self._load_cycle(r, answers) for r in rows}

    def load_older_cycles(self, org: m.Organisation) -> None:
        """The records of the cycles `load_recent` left out, into those cycle objects."""
        fill_cycles(org, self.load_cycles({m.stored_id(c) for c in org.cycles if not c.loaded},
                                          answers=False))

    def _load(self, answers: bool, older: bool = True) -> m.Organisation:
        profile_rows = self._rows("organisation")
        if not profile_rows:
            raise WerkdrukError(
                translate("Storage", "Dit bestand bevat geen organisatie; het is onvolledig.")
            )
        profile = from_plain(m.Profile, {k: v for k, v in profile_rows[0].items() if k != "id"})
        documents = [self._decode(m.Document, row) for row in self._rows("documents")]
        items = self._grouped("questionnaire_items", "source_id", order="position, key")
        sources = [
            self._decode(
                m.Source,
                row,
                items=[m.Item(r["key"], r["text"], r["position"]) for r in items[row["id"]]],
            )
            for row in self._rows("sources", order="position, id")
        ]
        rows = self._rows("cycles", order="number")
        recent = {row["number"] for row in rows[-2:]}  # the newest, and the one before
        cycles = [self._load_cycle(row, answers) if older or row["number"] in recent
                  else self._cycle_shell(row) for row in rows]
        settings = from_plain(
            m.SurveySettings,
            {k: v for k, v in self._one("survey_settings").items() if k != "id"},
        )
        changes = [self._decode(m.OrganisationChange, row)
                   for row in self._rows("organisation_changes", order="changed_on, id")]
        policy = policy_from_row(self._one("psa_policy"))
        return m.Organisation(profile, documents, sources, cycles, settings, changes, policy)

    def _cycle_itself(self, row: Row) -> m.Cycle:
        """A cycle's own fields, without the records in its lists."""
        methods = [
            m.EvaluationMethod(r["method"])
            for r in self._rows("cycle_evaluation_methods", "cycle_id = ?", [row["id"]], "rowid")
        ]
        cycle = self._decode(m.Cycle, row)
        cycle.process_evaluation.methods = methods
        return cycle

    def _load_cycle(self, row: Row, answers: bool = True) -> m.Cycle:
        cycle_id = row["id"]
        cycle = self._cycle_itself(row)
        where = "team_id IN (SELECT id FROM teams WHERE cycle_id = ?)"
        risks = self._grouped("team_aggression_risks", "team_id", where, [cycle_id])
        cycle.teams = [self._decode(m.Team, r, aggression_risks=[
            m.AggressionRisk(x["risk"]) for x in risks[r["id"]]])
            for r in self._rows("teams", "cycle_id = ?", [cycle_id])]
        for part, cls in (("ratings", m.SourceRating), ("balances", m.TeamBalance),
                          ("incidents", m.Incident)):
            rows = self._rows(SPECS[cls].table, "cycle_id = ?", [cycle_id])
            setattr(cycle, part, [self._decode(cls, r) for r in rows])
        cycle.measures = self._load_measures(cycle_id)
        cycle.sessions = self._load_sessions(cycle_id)
        cycle.measurements = self._load_measurements(cycle_id, answers)
        where = "conversation_id IN (SELECT id FROM group_conversations WHERE cycle_id = ?)"
        found = self._grouped("conversation_outcomes", "conversation_id", where, [cycle_id])
        cycle.conversations = [self._decode(m.GroupConversation, r, outcomes_per_source=[
            m.ConversationOutcome(o["source_id"], o["text"]) for o in found[r["id"]]])
            for r in self._rows("group_conversations", "cycle_id = ?", [cycle_id])]
        where = "study_id IN (SELECT id FROM external_studies WHERE cycle_id = ?)"
        covered = self._grouped("external_study_teams", "study_id", where, [cycle_id])
        cycle.external_studies = [
            self._decode(m.ExternalStudy, r, team_ids=[t["team_id"] for t in covered[r["id"]]])
            for r in self._rows("external_studies", "cycle_id = ?", [cycle_id])]
        return cycle

    def _cycle_shell(self, row: Row) -> m.Cycle:
        """An older cycle without its records (see `load_recent`), its incidents aside."""
        cycle = self._cycle_itself(row)
        for part in CYCLE_PARTS:
            setattr(cycle, part, m.NOT_LOADED_RECORDS)
        rows = self._rows(SPECS[m.Incident].table, "cycle_id = ?", [row["id"]])
        cycle.incidents = [self._decode(m.Incident, r) for r in rows]
        return cycle

    def _load_measures(self, cycle_id: int) -> list[m.Measure]:
        where = "measure_id IN (SELECT id FROM measures WHERE cycle_id = ?)"
        targets = self._grouped("measure_targets", "measure_id", where, [cycle_id])
        relations = self._grouped("measure_relations", "measure_id", where, [cycle_id])
        evaluations = {
            r["measure_id"]: r for r in self._rows("measure_evaluations", where, [cycle_id])
        }
        measures = []
        for row in self._rows("measures", "cycle_id = ?", [cycle_id]):
            evaluation = evaluations.get(row["id"])
            measures.append(
                self._decode(
                    m.Measure,
                    row,
                    targets=[m.Target(t["source_id"], t["team_id"]) for t in targets[row["id"]]],
                    related_measure_ids=[r["related_measure_id"] for r in relations[row["id"]]],
                    evaluation=(
                        from_plain(
                            m.MeasureEvaluation,
                            {k: v for k, v in evaluation.items() if k != "measure_id"},
                        )
                        if evaluation
                        else None
                    ),
                )
            )
        return measures

    def _load_sessions(self, cycle_id: int) -> list[m.InformationSession]:
        where = "session_id IN (SELECT id FROM information_sessions WHERE cycle_id = ?)"
        topics = self._grouped("session_topics", "session_id", where, [cycle_id])
        attendees = self._grouped("session_attendees", "session_id", where, [cycle_id])
        counts = self._grouped("session_team_counts", "session_id", where, [cycle_id])
        return [
            self._decode(
                m.InformationSession,
                row,
                topics=[m.Topic(t["topic"]) for t in topics[row["id"]]],
                attendees=[m.Attendee(a["name"], a["team_id"]) for a in attendees[row["id"]]],
                team_counts={c["team_id"]: c["attendees"] for c in counts[row["id"]]},
            )
            for row in self._rows("information_sessions", "cycle_id = ?", [cycle_id])
        ]

    def _load_measurements(self, cycle_id: int, answers: bool = True) -> list[m.Measurement]:
        where = "measurement_id IN (SELECT id FROM measurements WHERE cycle_id = ?)"
        sources = self._grouped("measurement_sources", "measurement_id", where, [cycle_id])
        return [
            self._decode(
                m.Measurement,
                row,
                source_ids=[s["source_id"] for s in sources[row["id"]]],
                responses=(self.load_responses(row["id"]) if answers
                           else self._unanswered_responses(row["id"])),
            )
            for row in self._rows("measurements", "cycle_id = ?", [cycle_id])
        ]

    def load_responses(self, measurement_id: int) -> list[m.Response]:
        return responses_of(self.conn, measurement_id)

    def _unanswered_responses(self, measurement_id: int) -> list[m.Response]:
        """The questionnaires of a measurement without their answers (`m.NOT_LOADED`, which
        refuses to be read): the `answers` table is not read at all."""
        query = "SELECT id, team_id FROM responses WHERE measurement_id = ? ORDER BY id"
        return [m.Response(team_id, m.NOT_LOADED, response_id)
                for response_id, team_id in self.conn.execute(query, [measurement_id])]

    def _decode(self, cls: type[R], row: Row, **children: object) -> R:
        return from_row(cls, row, SPECS[cls], **children)

    def _rows(self, table: str, where: str | None = None, args: list[object] | None = None,
              order: str = "rowid") -> list[Row]:
        # Plain SQL rather than `Table.rows_where`, which first asks whether the table exists
        # (a query of its own, on every call): every table here does, by the migrations.
        sql = f"SELECT * FROM [{table}]{f' WHERE {where}' if where else ''} ORDER BY {order}"
        cursor = self.conn.execute(sql, args or [])
        names = [column[0] for column in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor]

    def _one(self, table: str) -> Row:
        """The one row of a table that holds one (id 1); KeyError when it is missing."""
        rows = self._rows(table, "id = 1")
        if not rows:
            raise KeyError(table)
        return rows[0]

    def _grouped(self, table: str, key: str, where: str | None = None,
                 args: list[object] | None = None, order: str = "rowid") -> dict[int, list[Row]]:
        groups: dict[int, list[Row]] = defaultdict(list)
        for row in self._rows(table, where, args, order):
            groups[row[key]].append(row)
        return groups
