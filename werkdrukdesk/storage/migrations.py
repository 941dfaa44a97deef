"""Schema changes, applied in order through sqlite-utils' Migrations.

A file remembers which migrations it has had. One with a migration this program does not know
comes from a newer version and is refused; one that misses some is brought up to date.
"""

from __future__ import annotations

import functools
import sqlite3
from importlib import resources

import sqlite_utils
from sqlite_utils.migrations import Migrations

# Marks the file as ours for `file(1)` and for our own check ("WDK1").
APPLICATION_ID = 0x57444B31

migrations = Migrations("werkdrukdesk")


def _statements(sql: str) -> list[str]:
    """Split a script into statements; executescript would commit mid-migration."""
    statements, current = [], ""
    for line in sql.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    return [s for s in statements if not s.startswith("--") or "\n" in s]


@migrations(name="0001_initial")
def initial(db: sqlite_utils.Database) -> None:
    sql = resources.files("werkdrukdesk.storage").joinpath("schema.sql").read_text("utf-8")
    for statement in _statements(sql):
        db.execute(statement)


@migrations(name="0002_survey_settings")
def survey_settings(db: sqlite_utils.Database) -> None:
    db.execute(
        """CREATE TABLE survey_settings (          -- how questionnaire scores become ratings
    id INTEGER PRIMARY KEY CHECK (id = 1),
    min_group_size INTEGER NOT NULL DEFAULT 5 CHECK (min_group_size >= 5),  -- smallest group shown
    demand_too_high REAL NOT NULL DEFAULT 3.5,      -- scale mean (1-5) from which too high
    demand_attention REAL NOT NULL DEFAULT 3.0,
    resource_too_low REAL NOT NULL DEFAULT 2.5,     -- scale mean up to which a resource is too low
    resource_attention REAL NOT NULL DEFAULT 3.0
)"""
    )
    db.execute("INSERT INTO survey_settings (id) VALUES (1)")


@migrations(name="0003_study_routes")
def study_routes(db: sqlite_utils.Database) -> None:
    """The deeper study by group conversations per team or by an external study, beside the
    questionnaire (core.model.study)."""
    db.execute(
        """CREATE TABLE group_conversations (       -- a structured conversation with one team
    id INTEGER PRIMARY KEY,                     -- assigned by the file
    cycle_id INTEGER NOT NULL REFERENCES cycles(id) ON DELETE CASCADE,  -- the cycle it belongs to
    team_id INTEGER REFERENCES teams(id) ON DELETE CASCADE,  -- the team; empty: not chosen yet
    held_on TEXT,                               -- date of the conversation
    led_by TEXT NOT NULL DEFAULT '',            -- who led it (a role or name, never a participant)
    leader_independent INTEGER NOT NULL DEFAULT 0,  -- 1: not the team's direct manager
    participants INTEGER NOT NULL DEFAULT 0 CHECK (participants >= 0),  -- how many took part
    outcomes TEXT NOT NULL DEFAULT '',          -- per source what came out, without names
    without_names INTEGER NOT NULL DEFAULT 0,   -- 1: the outcomes name nobody
    discussed_on TEXT,                          -- when the outcomes were discussed with staff
    discussed_how TEXT NOT NULL DEFAULT ''      -- how they were discussed
)"""
    )
    db.execute(
        """CREATE TABLE external_studies (          -- a deeper study by an arbodienst or adviser
    id INTEGER PRIMARY KEY,                     -- assigned by the file
    cycle_id INTEGER NOT NULL REFERENCES cycles(id) ON DELETE CASCADE,  -- the cycle it belongs to
    carried_out_by TEXT NOT NULL DEFAULT '',    -- the arbodienst or adviser
    held_on TEXT,                               -- date of the study (or of its report)
    method TEXT NOT NULL DEFAULT '',            -- how it was done
    participants INTEGER NOT NULL DEFAULT 0 CHECK (participants >= 0),  -- how many took part
    invited INTEGER NOT NULL DEFAULT 0 CHECK (invited >= 0),  -- of how many were asked
    reference TEXT NOT NULL DEFAULT '',         -- where the report is kept
    discussed_on TEXT,                          -- when the outcomes were discussed with staff
    discussed_how TEXT NOT NULL DEFAULT ''      -- how they were discussed
)"""
    )
    db.execute(
        """CREATE TABLE external_study_teams (      -- the teams an external study covered
    study_id INTEGER NOT NULL REFERENCES external_studies(id) ON DELETE CASCADE,  -- the study
    team_id INTEGER NOT NULL REFERENCES teams(id) ON DELETE CASCADE,  -- a team it covered
    PRIMARY KEY (study_id, team_id)
)"""
    )


@functools.cache
def known_names() -> tuple[str, ...]:
    """Every migration of this program, in order: all of them are pending for an empty
    database (sqlite-utils' public API has no list of its own)."""
    return tuple(m.name for m in migrations.pending(sqlite_utils.Database(memory=True)))


def applied_names(db: sqlite_utils.Database) -> list[str]:
    return [m.name for m in migrations.applied(db)]


def pending_names(db: sqlite_utils.Database) -> list[str]:
    return [m.name for m in migrations.pending(db)]


def apply(db: sqlite_utils.Database) -> None:
    migrations.apply(db)
    db.execute(f"PRAGMA user_version = {len(known_names())}")
