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


@migrations(name="0005_reach_and_purpose")
def reach_and_purpose(db: sqlite_utils.Database) -> None:
    for statement in (
        # What a measure is meant to achieve, in the owner's words (empty: not yet said).
        "ALTER TABLE measures ADD COLUMN intended_result TEXT NOT NULL DEFAULT ''",
        # How its effect will be judged: a group talk, a second measurement, ...
        "ALTER TABLE measures ADD COLUMN judge_how TEXT NOT NULL DEFAULT ''",
        # When its effect will be judged (ISO date), or NULL when not yet planned.
        "ALTER TABLE measures ADD COLUMN judge_on TEXT",
        # 1: the measure was already in place before this plan (bestaand), 0: the plan adds it.
        "ALTER TABLE measures ADD COLUMN existing INTEGER NOT NULL DEFAULT 0 "
        "CHECK (existing IN (0, 1))",
        # Who sees and enters paper and kiosk questionnaires: independent, sealed_box or owner.
        # Files from before this migration say owner: the forms then promise the least.
        "ALTER TABLE survey_settings ADD COLUMN answers_handled_by TEXT NOT NULL "
        "DEFAULT 'owner' CHECK (answers_handled_by IN ('independent', 'sealed_box', 'owner'))",
    ):
        db.execute(statement)


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
