"""Schema changes, applied in order through sqlite-utils' Migrations.

A file remembers which migrations it has had. One with a migration this program does not know
comes from a newer version and is refused; one that misses some is brought up to date.

The steps are listed here (`STEPS`) and handed to sqlite-utils only to apply them: opening a
current file asks which are recorded with one plain query, so the window starts without
importing sqlite-utils at all (a tenth of a second). Each step only executes SQL, so it runs as
well on a plain connection (`expected_layout`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from importlib import resources
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol

if TYPE_CHECKING:
    import sqlite_utils

# Marks the file as ours for `file(1)` and for our own check ("WDK1").
APPLICATION_ID = 0x57444B31

MIGRATION_SET = "werkdrukdesk"  # our name among the sets a file could record
MIGRATIONS_TABLE = "_sqlite_migrations"  # where sqlite-utils records them (a test checks it)


class Executes(Protocol):
    """What a step needs: a plain connection or a sqlite-utils database."""

    def execute(self, sql: str, /) -> Any: ...


class Step(NamedTuple):
    name: str
    apply: Callable[[Executes], None]


STEPS: list[Step] = []  # in the order they are applied


def migration(name: str) -> Callable[[Callable[[Executes], None]], Callable[[Executes], None]]:
    """Register the function below as the next step, named `name` in every file."""

    def register(step: Callable[[Executes], None]) -> Callable[[Executes], None]:
        STEPS.append(Step(name, step))
        return step

    return register


def _statements(sql: str) -> list[str]:
    """Split a script into statements; executescript would commit mid-migration."""
    statements, current = [], ""
    for line in sql.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    return [s for s in statements if not s.startswith("--") or "\n" in s]


@migration("0001_initial")
def initial(db: Executes) -> None:
    sql = resources.files("werkdrukdesk.storage").joinpath("schema.sql").read_text("utf-8")
    for statement in _statements(sql):
        db.execute(statement)


@migration("0002_survey_settings")
def survey_settings(db: Executes) -> None:
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


@migration("0003_study_routes")
def study_routes(db: Executes) -> None:
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


@migration("0004_rie_and_consultation")
def rie_and_consultation(db: Executes) -> None:
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


@migration("0005_reach_and_purpose")
def reach_and_purpose(db: Executes) -> None:
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


@migration("0006_conversation_outcomes")
def conversation_outcomes(db: Executes) -> None:
    """What came out of a group conversation per source asked, beside its overall outcome."""
    db.execute(
        """CREATE TABLE conversation_outcomes (     -- per source what came out of a conversation
    conversation_id INTEGER NOT NULL REFERENCES group_conversations(id) ON DELETE CASCADE,  -- talk
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,  -- the source asked
    text TEXT NOT NULL DEFAULT '',              -- what came out, without names
    PRIMARY KEY (conversation_id, source_id)
)"""
    )


@migration("0007_whole_psa")
def whole_psa(db: Executes) -> None:
    """The whole PSA policy beside werkdruk (core.model.psa): the scope, the strand of each
    source, the risk factors for aggression per team, the arrangements against unwanted
    behaviour and aggression, and the incident register. Files from before stay werkdruk only."""
    for statement in (
        # werkdruk: werkdruk only; whole: also unwanted behaviour and aggression from outside
        "ALTER TABLE organisation ADD COLUMN psa_scope TEXT NOT NULL DEFAULT 'werkdruk' "
        "CHECK (psa_scope IN ('werkdruk', 'whole'))",
        # the strand of PSA a source belongs to: werkdruk, unwanted or aggression
        "ALTER TABLE sources ADD COLUMN strand TEXT NOT NULL DEFAULT 'werkdruk' "
        "CHECK (strand IN ('werkdruk', 'unwanted', 'aggression'))",
        """CREATE TABLE team_aggression_risks (     -- what makes aggression likely in a team's work
    team_id INTEGER NOT NULL REFERENCES teams(id) ON DELETE CASCADE,  -- the team
    risk TEXT NOT NULL,                         -- working_alone, evenings_nights, ...
    PRIMARY KEY (team_id, risk)
)""",
        """CREATE TABLE psa_policy (                 -- the arrangements against unwanted behaviour
    id INTEGER PRIMARY KEY CHECK (id = 1),      -- one per organisation
    code_set_on TEXT,                           -- code of conduct: ISO date it was set
    code_core_text TEXT NOT NULL DEFAULT '',    -- its heart in a few lines
    code_how_staff_know TEXT NOT NULL DEFAULT '',  -- how staff get to know it
    code_reference TEXT NOT NULL DEFAULT '',    -- where the whole code is kept
    adviser_kind TEXT NOT NULL DEFAULT 'none'   -- vertrouwenspersoon: none, internal, external
        CHECK (adviser_kind IN ('none', 'internal', 'external')),
    adviser_name TEXT NOT NULL DEFAULT '',      -- the person or the service
    adviser_how_to_reach TEXT NOT NULL DEFAULT '',  -- phone, e-mail, hours
    adviser_trained INTEGER NOT NULL DEFAULT 0, -- 1: trained as vertrouwenspersoon
    adviser_appointed_on TEXT,                  -- ISO date of appointment
    complaints_set_on TEXT,                     -- complaints procedure: ISO date it was set
    complaints_committee TEXT NOT NULL DEFAULT '',  -- who hears complaints
    complaints_independent INTEGER NOT NULL DEFAULT 0,  -- 1: the committee is independent
    complaints_reference TEXT NOT NULL DEFAULT '',
    reporting_set_on TEXT,                      -- reporting incidents: ISO date it was set
    reporting_how_to_report TEXT NOT NULL DEFAULT '',  -- to whom, how, how soon
    reporting_registered_by TEXT NOT NULL DEFAULT '',  -- who registers (a role)
    house_rules_set_on TEXT,                    -- house rules for visitors: ISO date
    house_rules_where_shown TEXT NOT NULL DEFAULT '',
    house_rules_reference TEXT NOT NULL DEFAULT '',
    aftercare_set_on TEXT,                      -- care after an incident: ISO date it was set
    aftercare_who TEXT NOT NULL DEFAULT '',     -- who takes care of the person (a role)
    aftercare_within_hours INTEGER CHECK (aftercare_within_hours >= 0),  -- how soon
    aftercare_referral TEXT NOT NULL DEFAULT '',  -- bedrijfsarts, victim support, ...
    retention_months INTEGER NOT NULL DEFAULT 24  -- incidents are removed after this long
        CHECK (retention_months BETWEEN 6 AND 120)
)""",
        "INSERT INTO psa_policy (id) VALUES (1)",
        """CREATE TABLE incidents (                  -- the incident register, without any names
    id INTEGER PRIMARY KEY,                     -- assigned by the file
    cycle_id INTEGER NOT NULL REFERENCES cycles(id) ON DELETE CASCADE,  -- the cycle it is in
    occurred_on TEXT,                           -- ISO date it happened
    strand TEXT NOT NULL CHECK (strand IN ('unwanted', 'aggression')),  -- within or outside
    kind TEXT NOT NULL DEFAULT 'other',         -- bullying, threat, physical_violence, ...
    team_id INTEGER REFERENCES teams(id) ON DELETE SET NULL,  -- where; empty: not said
    severity TEXT NOT NULL DEFAULT 'minor' CHECK (severity IN ('minor', 'serious', 'severe')),
    care_given INTEGER NOT NULL DEFAULT 0,      -- 1: opvang en nazorg given
    police_report INTEGER NOT NULL DEFAULT 0,   -- 1: reported to the police
    measure_taken INTEGER NOT NULL DEFAULT 0,   -- 1: a measure followed
    description TEXT NOT NULL DEFAULT ''        -- what happened and followed, never names
)""",
    ):
        db.execute(statement)


def known_names() -> tuple[str, ...]:
    """Every migration of this program, in order."""
    return tuple(step.name for step in STEPS)


def has_table(db: sqlite3.Connection | sqlite_utils.Database, name: str) -> bool:
    return db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                      [name]).fetchone() is not None


def applied_names(db: sqlite3.Connection | sqlite_utils.Database) -> list[str]:
    """The migrations the file has had, in the order it had them."""
    if not has_table(db, MIGRATIONS_TABLE):
        return []
    return [name for (name,) in db.execute(
        f'SELECT name FROM "{MIGRATIONS_TABLE}" WHERE migration_set = ? ORDER BY rowid',
        [MIGRATION_SET])]


def recorded_names(db: sqlite3.Connection | sqlite_utils.Database) -> set[str]:
    """The names of `applied_names` in one query, for reading many files quickly; raises
    sqlite3.Error when the file has no such table."""
    return {name for (name,) in db.execute(
        f'SELECT name FROM "{MIGRATIONS_TABLE}" WHERE migration_set = ?', [MIGRATION_SET])}


def pending_names(db: sqlite3.Connection | sqlite_utils.Database) -> list[str]:
    applied = set(applied_names(db))
    return [name for name in known_names() if name not in applied]


def apply(db: sqlite3.Connection | sqlite_utils.Database) -> None:
    """Apply the pending steps through sqlite-utils, each in a transaction of its own with the
    record of it, and number the layout for other tools (`PRAGMA user_version`)."""
    import sqlite_utils  # only when a file is made or brought up to date
    from sqlite_utils.migrations import Migrations

    if isinstance(db, sqlite3.Connection):
        db = sqlite_utils.Database(db, execute_plugins=False)  # no plugins, as everywhere
    migrations = Migrations(MIGRATION_SET)
    for step in STEPS:
        migrations(name=step.name)(step.apply)
    migrations.apply(db)
    db.execute(f"PRAGMA user_version = {len(STEPS)}")


def expected_layout() -> dict[str, frozenset[str]]:
    """Every table a current file has (sqlite-utils' own record aside), with its columns: the
    steps applied to an empty database in memory."""
    conn = sqlite3.connect(":memory:")
    try:
        for step in STEPS:
            step.apply(conn)
        layout: dict[str, set[str]] = {}
        for table, column in columns_of(conn):
            layout.setdefault(table, set()).add(column)
        return {table: frozenset(columns) for table, columns in layout.items()}
    finally:
        conn.close()


def columns_of(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """(table, column) for every column of every table, in one query."""
    return conn.execute(
        "SELECT m.name, p.name FROM sqlite_master AS m, pragma_table_info(m.name) AS p "
        "WHERE m.type = 'table'").fetchall()


SUMMARY = "portfolio_summary"


@migration("0008_attachments")
def attachments(db: Executes) -> None:
    """Documents kept inside the file as proof of a record (core.model.attachments). The
    description and the content are two tables, so listing the attachments never reads the
    megabytes of their content; each points at its record through its own foreign key, so
    removing the record removes what proves it."""
    for statement in (
        """CREATE TABLE attachments (                -- a document that proves a record
    id INTEGER PRIMARY KEY,                     -- assigned by the file
    proves TEXT NOT NULL CHECK (proves IN ('document', 'consent', 'conversation', 'session',
        'process_evaluation', 'measure_evaluation')),  -- what it is the proof of
    document_id INTEGER REFERENCES documents(id) ON DELETE CASCADE,  -- proves: document
    cycle_id INTEGER REFERENCES cycles(id) ON DELETE CASCADE,  -- consent, process_evaluation
    conversation_id INTEGER REFERENCES group_conversations(id) ON DELETE CASCADE,
    session_id INTEGER REFERENCES information_sessions(id) ON DELETE CASCADE,
    measure_id INTEGER REFERENCES measures(id) ON DELETE CASCADE,  -- measure_evaluation
    file_name TEXT NOT NULL,                    -- a safe name, as it was added
    media_type TEXT NOT NULL,                   -- application/pdf, image/png, ...
    size INTEGER NOT NULL CHECK (size >= 0),    -- bytes
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),  -- checksum of the content, hex
    added_on TEXT NOT NULL,                     -- ISO date it was added
    CHECK ((document_id IS NOT NULL) + (cycle_id IS NOT NULL) + (conversation_id IS NOT NULL)
           + (session_id IS NOT NULL) + (measure_id IS NOT NULL) = 1)
)""",
        """CREATE TABLE attachment_contents (        -- the bytes of an attachment
    attachment_id INTEGER PRIMARY KEY REFERENCES attachments(id) ON DELETE CASCADE,
    content BLOB NOT NULL                       -- exactly as it was added
)""",
        "CREATE INDEX attachments_document ON attachments(document_id)",
        "CREATE INDEX attachments_cycle ON attachments(cycle_id)",
        "CREATE INDEX attachments_conversation ON attachments(conversation_id)",
        "CREATE INDEX attachments_session ON attachments(session_id)",
        "CREATE INDEX attachments_measure ON attachments(measure_id)",
    ):
        db.execute(statement)


@migration("0009_portfolio_summary")
def portfolio_summary(db: Executes) -> None:
    """What the adviser's portfolio shows of this file, judged in full by the program that
    wrote it, so that listing many files reads one row of each (`storage.portfolio.summary`).
    It holds only while SQLite's change counter is the one it names: any later write moves it."""
    db.execute(f"""CREATE TABLE {SUMMARY} (           -- at most one row; none: judge the file
    id INTEGER PRIMARY KEY CHECK (id = 1),      -- the one row
    change_counter INTEGER NOT NULL,            -- SQLite's file change counter once written
    program TEXT NOT NULL,                      -- version and digest of the program that judged
    schema_version INTEGER NOT NULL,            -- PRAGMA schema_version when it was judged
    judged_on TEXT NOT NULL,                    -- ISO day it was judged
    holds_until TEXT NOT NULL,                  -- last ISO day the counts hold, unchanged file
    organisation TEXT NOT NULL,                 -- the organisation's name
    cycle INTEGER NOT NULL CHECK (cycle >= 1),  -- number of the current cycle
    checks INTEGER NOT NULL CHECK (checks >= 0),  -- checks of "Klaar voor de inspectie?"
    open_checks INTEGER NOT NULL CHECK (open_checks BETWEEN 0 AND checks),  -- of which open
    terms TEXT NOT NULL                         -- JSON list: ISO terms of the open measures
)""")
