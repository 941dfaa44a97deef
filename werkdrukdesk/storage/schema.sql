-- The first schema of a .werkdruk file. Each statement ends a line with a semicolon; comments
-- inside CREATE TABLE are kept by SQLite, so `sqlite3 FILE .schema` explains the file.

CREATE TABLE organisation (
    id INTEGER PRIMARY KEY CHECK (id = 1),      -- one organisation per file
    name TEXT NOT NULL,
    kvk_number TEXT NOT NULL DEFAULT '',        -- Kamer van Koophandel number
    sector TEXT NOT NULL DEFAULT '',
    headcount INTEGER NOT NULL DEFAULT 0,       -- staff in total
    paid_hours_per_week REAL NOT NULL DEFAULT 0,-- all paid hours together, per week
    prevention_officer TEXT NOT NULL DEFAULT '',            -- preventiemedewerker
    prevention_officer_contact TEXT NOT NULL DEFAULT '',    -- how staff reach them
    participation_body TEXT NOT NULL DEFAULT 'none',        -- or, pvt, staff_meeting, none
    participation_body_contact TEXT NOT NULL DEFAULT '',
    occupational_health_service TEXT NOT NULL DEFAULT '',   -- arbodienst
    company_doctor TEXT NOT NULL DEFAULT '',                -- bedrijfsarts
    rie_date TEXT,                              -- date of the RI&E this policy belongs to
    rie_instrument TEXT NOT NULL DEFAULT '',
    rie_branch_recognised INTEGER NOT NULL DEFAULT 0,       -- 1: a recognised branch RI&E
    rie_review TEXT NOT NULL DEFAULT 'unknown', -- toetsing: done, exempt, not_done, unknown
    rie_review_date TEXT,
    rie_review_by TEXT NOT NULL DEFAULT '',
    rie_exemption_reason TEXT NOT NULL DEFAULT '',
    arbocatalogus TEXT NOT NULL DEFAULT '',     -- the sector's arbocatalogus, if any
    notes TEXT NOT NULL DEFAULT ''
);

CREATE TABLE documents (                        -- RI&E, MTO, deeper study and other papers
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    kind TEXT NOT NULL,                         -- rie, staff_survey, deeper_study, other
    document_date TEXT,
    reference TEXT NOT NULL DEFAULT '',         -- where the document is kept
    summary TEXT NOT NULL DEFAULT ''
);

CREATE TABLE sources (                          -- werkdrukbronnen (demand) and energiebronnen (resource)
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('demand', 'resource')),
    explanation TEXT NOT NULL DEFAULT '',
    category TEXT NOT NULL DEFAULT '',             -- content, conditions, hours, control, support, ...
    catalogue_key TEXT UNIQUE,                  -- set for built-in sources, empty for own ones
    position INTEGER NOT NULL DEFAULT 0,
    archived INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE questionnaire_items (              -- statements answered 1 (never) to 5 (always)
    key TEXT PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE cycles (                           -- one round of the policy cycle, usually a year
    id INTEGER PRIMARY KEY,
    number INTEGER NOT NULL UNIQUE,
    title TEXT NOT NULL DEFAULT '',
    start_date TEXT,
    end_date TEXT,
    closed INTEGER NOT NULL DEFAULT 0,          -- 1: history, read-only
    hybrid_consideration TEXT NOT NULL DEFAULT '',  -- how hybrid work was taken into account
    no_risk INTEGER NOT NULL DEFAULT 0,         -- 1: outcome "no PSA risk found"
    no_risk_reason TEXT NOT NULL DEFAULT '',
    plan_coherence TEXT NOT NULL DEFAULT '',    -- how the measures hang together
    consent_body TEXT NOT NULL DEFAULT 'none',  -- who consented to the plan: or, pvt, ...
    consent_date TEXT,
    consent_note TEXT NOT NULL DEFAULT '',
    employer_signed_by TEXT NOT NULL DEFAULT '',
    employer_signed_on TEXT,
    process_how_it_went TEXT NOT NULL DEFAULT '',   -- evaluation of the process
    process_do_differently TEXT NOT NULL DEFAULT '',
    process_policy_changes TEXT NOT NULL DEFAULT '',
    process_evaluated_on TEXT
);

CREATE TABLE cycle_evaluation_methods (         -- how the cycle was evaluated
    cycle_id INTEGER NOT NULL REFERENCES cycles(id) ON DELETE CASCADE,
    method TEXT NOT NULL,                       -- group_meetings, individual_talks, second_measurement, other
    PRIMARY KEY (cycle_id, method)
);

CREATE TABLE teams (                            -- teams and departments, as they were in a cycle
    id INTEGER PRIMARY KEY,
    cycle_id INTEGER NOT NULL REFERENCES cycles(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    headcount INTEGER NOT NULL DEFAULT 0 CHECK (headcount >= 0),
    hybrid INTEGER NOT NULL DEFAULT 0,          -- 1: works time- and place-independently
    manager TEXT NOT NULL DEFAULT '',
    previous_team_id INTEGER REFERENCES teams(id) ON DELETE SET NULL  -- same team, cycle before
);

CREATE TABLE source_ratings (                   -- the inventory: a source in a team, with evidence
    id INTEGER PRIMARY KEY,
    cycle_id INTEGER NOT NULL REFERENCES cycles(id) ON DELETE CASCADE,
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    team_id INTEGER REFERENCES teams(id) ON DELETE CASCADE,  -- empty: organisation-wide
    rating TEXT NOT NULL DEFAULT 'unrated',     -- fine, attention, problem (too high / too low)
    evidence TEXT NOT NULL DEFAULT 'none',      -- questionnaire, group_discussion, document
    evidence_reference TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT ''
);

CREATE UNIQUE INDEX one_rating_per_source_and_team
    ON source_ratings (cycle_id, source_id, ifnull(team_id, 0));

CREATE TABLE team_balances (                    -- the balance verdict per team
    id INTEGER PRIMARY KEY,
    cycle_id INTEGER NOT NULL REFERENCES cycles(id) ON DELETE CASCADE,
    team_id INTEGER NOT NULL UNIQUE REFERENCES teams(id) ON DELETE CASCADE,
    verdict TEXT NOT NULL DEFAULT 'undecided',  -- in_balance, at_risk, out_of_balance
    priority INTEGER,                           -- 1 = deal with first
    rest_and_recovery TEXT NOT NULL DEFAULT '',
    work_private_balance TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT ''
);

CREATE TABLE measures (                         -- the plan van aanpak
    id INTEGER PRIMARY KEY,
    cycle_id INTEGER NOT NULL REFERENCES cycles(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    level TEXT NOT NULL,                        -- organisation, team, individual
    responsible TEXT NOT NULL DEFAULT '',
    carried_out_by TEXT NOT NULL DEFAULT '',
    start_date TEXT,
    deadline TEXT,                              -- the termijn
    budget TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'planned',     -- planned, in_progress, done, cancelled
    completed_on TEXT,
    staff_involvement TEXT NOT NULL DEFAULT '',
    council_involvement TEXT NOT NULL DEFAULT '',   -- how the OR/PVT was involved
    coherence TEXT NOT NULL DEFAULT '',         -- samenhang with other measures
    carried_from_measure_id INTEGER REFERENCES measures(id) ON DELETE SET NULL
);

CREATE TABLE measure_targets (                  -- which source in which team a measure addresses
    measure_id INTEGER NOT NULL REFERENCES measures(id) ON DELETE CASCADE,
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    team_id INTEGER REFERENCES teams(id) ON DELETE CASCADE  -- empty: organisation-wide
);

CREATE UNIQUE INDEX one_target_per_source_and_team
    ON measure_targets (measure_id, source_id, ifnull(team_id, 0));

CREATE TABLE measure_relations (                -- measures that belong together
    measure_id INTEGER NOT NULL REFERENCES measures(id) ON DELETE CASCADE,
    related_measure_id INTEGER NOT NULL REFERENCES measures(id) ON DELETE CASCADE,
    PRIMARY KEY (measure_id, related_measure_id)
);

CREATE TABLE measure_evaluations (              -- did the measure work
    measure_id INTEGER PRIMARY KEY REFERENCES measures(id) ON DELETE CASCADE,
    effect TEXT NOT NULL DEFAULT 'not_yet_known',   -- effective, partly, not_effective
    how_assessed TEXT NOT NULL DEFAULT '',
    outcome TEXT NOT NULL DEFAULT '',
    next_steps TEXT NOT NULL DEFAULT '',
    evaluated_on TEXT
);

CREATE TABLE information_sessions (             -- voorlichting en onderricht
    id INTEGER PRIMARY KEY,
    cycle_id INTEGER NOT NULL REFERENCES cycles(id) ON DELETE CASCADE,
    held_on TEXT,
    title TEXT NOT NULL DEFAULT '',
    form TEXT NOT NULL,                         -- meeting, manager_talk, training, ...
    audience TEXT NOT NULL,                     -- staff, managers, everyone
    given_by TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT ''
);

CREATE TABLE session_topics (                   -- what a session covered
    session_id INTEGER NOT NULL REFERENCES information_sessions(id) ON DELETE CASCADE,
    topic TEXT NOT NULL,
    PRIMARY KEY (session_id, topic)
);

CREATE TABLE session_attendees (                -- who attended, by name
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES information_sessions(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    team_id INTEGER REFERENCES teams(id) ON DELETE SET NULL
);

CREATE TABLE session_team_counts (              -- how many attended, per team, without names
    session_id INTEGER NOT NULL REFERENCES information_sessions(id) ON DELETE CASCADE,
    team_id INTEGER NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
    attendees INTEGER NOT NULL CHECK (attendees >= 0),
    PRIMARY KEY (session_id, team_id)
);

CREATE TABLE measurements (                     -- a questionnaire round
    id INTEGER PRIMARY KEY,
    cycle_id INTEGER NOT NULL REFERENCES cycles(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    held_on TEXT,
    method TEXT NOT NULL DEFAULT 'on_screen',   -- on_screen, paper, file
    discussed_with_staff TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT ''
);

CREATE TABLE measurement_sources (              -- the sources a measurement asked about
    measurement_id INTEGER NOT NULL REFERENCES measurements(id) ON DELETE CASCADE,
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    PRIMARY KEY (measurement_id, source_id)
);

CREATE TABLE responses (                        -- one anonymous questionnaire: a team, never a name
    id INTEGER PRIMARY KEY,
    measurement_id INTEGER NOT NULL REFERENCES measurements(id) ON DELETE CASCADE,
    team_id INTEGER REFERENCES teams(id) ON DELETE SET NULL
);

CREATE TABLE answers (                          -- one answer on the 1-5 scale
    response_id INTEGER NOT NULL REFERENCES responses(id) ON DELETE CASCADE,
    item_key TEXT NOT NULL,
    value INTEGER NOT NULL CHECK (value BETWEEN 1 AND 5),
    PRIMARY KEY (response_id, item_key)
);

CREATE INDEX teams_by_cycle ON teams (cycle_id);
CREATE INDEX measures_by_cycle ON measures (cycle_id);
CREATE INDEX responses_by_measurement ON responses (measurement_id);
