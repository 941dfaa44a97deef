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


@migrations(name="0004_rie_and_consultation")
def rie_and_consultation(db: sqlite_utils.Database) -> None:
    """Where the RI&E covers werkdruk and which PSA strands it covers, the changes since it
    (Arbowet art. 5 lid 4), consent to the RI&E's approach (WOR art. 27 lid 1 sub d), the
    consultation of employees without OR/PVT (Arbowet art. 12) and staff involvement in the plan."""
    for statement in (
        # section or page of the RI&E (or its deeper inventory) where werkdruk is covered
        "ALTER TABLE organisation ADD COLUMN rie_werkdruk_place TEXT NOT NULL DEFAULT ''",
        # ISO date of that part of the RI&E
        "ALTER TABLE organisation ADD COLUMN rie_werkdruk_date TEXT",
        # 1 when the RI&E covers werkdruk
        "ALTER TABLE organisation ADD COLUMN rie_covers_werkdruk INTEGER NOT NULL DEFAULT 0",
        # 1 when it covers unwanted behaviour within the organisation
        "ALTER TABLE organisation ADD COLUMN rie_covers_unwanted INTEGER NOT NULL DEFAULT 0",
        # 1 when it covers aggression and violence by third parties
        "ALTER TABLE organisation ADD COLUMN rie_covers_aggression INTEGER NOT NULL DEFAULT 0",
        # ISO date on which the OR/PVT consented to the RI&E's approach
        "ALTER TABLE cycles ADD COLUMN rie_consent_date TEXT",
        # ISO date on which the employees were consulted (no OR/PVT)
        "ALTER TABLE cycles ADD COLUMN consulted_on TEXT",
        # how they were consulted: a meeting, talks, in writing
        "ALTER TABLE cycles ADD COLUMN consultation_how TEXT NOT NULL DEFAULT ''",
        # what came out of the consultation
        "ALTER TABLE cycles ADD COLUMN consultation_outcome TEXT NOT NULL DEFAULT ''",
        # how staff helped choose the measures, for the plan as a whole
        "ALTER TABLE cycles ADD COLUMN plan_staff_involvement TEXT NOT NULL DEFAULT ''",
        """CREATE TABLE organisation_changes (   -- changes in work or organisation since the RI&E
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL DEFAULT 'other'
        CHECK (kind IN ('new_team', 'hybrid_work', 'reorganisation', 'new_work', 'other')),
    changed_on TEXT,                            -- ISO date of the change
    description TEXT NOT NULL DEFAULT ''        -- what changed, in a few words
)""",
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
