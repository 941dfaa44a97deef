"""Creating, editing, reopening and refusing .werkdruk files, always on a real SQLite file."""

import inspect
import os
import sqlite3
from datetime import date

import pytest
import sqlite_utils

from tests.pinned import PINNED_DAY
from werkdrukdesk.core import model as m
from werkdrukdesk.core.errors import WerkdrukError
from werkdrukdesk.storage import create_file, migrations, open_file


def test_a_new_file_has_the_catalogue_and_one_open_cycle(file):
    org = file.load()
    assert org.profile.name == "Bakkerij De Korenaar"
    assert len(org.sources) == 25 and all(s.id for s in org.sources)
    assert sum(len(s.items) for s in org.sources) == 100
    assert [(c.number, c.closed) for c in org.cycles] == [(1, False)]


def test_every_edit_is_in_the_file_at_once(file, path):
    cycle = file.load().cycles[0]
    team = file.save(m.Team("R&D <Noord>", 7, hybrid=True), cycle.id)
    # a second connection sees it without any save or close
    with sqlite3.connect(path) as other:
        assert other.execute("SELECT name, hybrid FROM teams").fetchall() == [("R&D <Noord>", 1)]
    team.headcount = 9
    file.save(team)
    assert file.load().cycles[0].teams[0].headcount == 9


def _fill(file) -> m.Organisation:
    org = file.load()
    cycle = org.cycles[0]
    source = org.sources[0]
    kitchen = file.save(m.Team("Keuken", 6, True, "Ayşe Yılmaz"), cycle.id)
    hall = file.save(m.Team("Zaal", 8), cycle.id)
    file.save(m.SourceRating(source.id, kitchen.id, m.Rating.PROBLEM, m.Evidence.QUESTIONNAIRE,
                             "Meting voorjaar", "Piek in december"), cycle.id)
    file.save(m.SourceRating(source.id, None, m.Rating.ATTENTION), cycle.id)
    file.save(m.TeamBalance(kitchen.id, m.Verdict.OUT_OF_BALANCE, 1, "weinig pauze", "avonden"),
              cycle.id)
    first = file.save(m.Measure(
        "Vaste pauzes", "Twee vaste pauzes per dienst", m.Level.ORGANISATION, "Eigenaar",
        "Chef-kok", date(2026, 1, 5), date(2026, 3, 1), "€ 500", m.MeasureStatus.DONE,
        date(2026, 2, 20), "Besproken in werkoverleg", "PVT gaf advies", "Hoort bij rooster",
        targets=[m.Target(source.id, kitchen.id), m.Target(source.id, None)],
        evaluation=m.MeasureEvaluation(m.Effect.PARTLY, "Gesprekken", "Beter", "Doorgaan",
                                       date(2026, 6, 1)),
    ), cycle.id)
    file.save(m.Measure("Rooster eerder bekend", level=m.Level.TEAM,
                        related_measure_ids=[first.id]), cycle.id)
    file.save(m.InformationSession(
        date(2026, 2, 1), "Werkdruk, wat is het?", m.SessionForm.MEETING, m.Audience.EVERYONE,
        "Preventiemedewerker", [m.Topic.WHAT_IS_STRESS, m.Topic.CAUSES],
        [m.Attendee("Łukasz Kowalczyk", kitchen.id), m.Attendee("Ĳsbrand de Vries")],
        {hall.id: 5}, "Met koffie",
    ), cycle.id)
    measurement = file.save(m.Measurement("Voorjaar", date(2026, 1, 15), m.CollectionMethod.PAPER,
                                          [source.id], "In werkoverleg"), cycle.id)
    file.add_responses(measurement.id, [m.Response(kitchen.id, {"time_pressure_1": 4,
                                                                "time_pressure_2": 5})])
    cycle.approval = m.PlanApproval(m.ParticipationBody.STAFF_REPRESENTATION, date(2026, 1, 20),
                                    "Instemming", "Eigenaar", date(2026, 1, 21))
    cycle.process_evaluation = m.ProcessEvaluation(
        [m.EvaluationMethod.GROUP_MEETINGS, m.EvaluationMethod.SECOND_MEASUREMENT],
        "Zorgvuldig", "Eerder beginnen", "Pauzebeleid aangepast", date(2026, 10, 1))
    cycle.no_risk_reason = "n.v.t."
    file.save(cycle)
    own = file.save(
        m.Source("Lawaai in de keuken", m.SourceKind.DEMAND, "Eigen bron", "conditions"))
    assert own.id and not own.built_in
    profile = org.profile
    profile.kvk_number, profile.headcount, profile.paid_hours_per_week = "12345678", 14, 410.5
    profile.rie_date = date(2025, 9, 1)
    file.save_profile(profile)
    file.save(m.Document("Branche-RI&E", m.DocumentKind.RIE, date(2025, 9, 1), "map", "samen"))
    return file.load()


def test_everything_reads_back_as_it_was_saved(file, path):
    saved = _fill(file)
    file.close()
    with open_file(path) as reopened:
        assert reopened.load() == saved


def test_deleting_a_measure_takes_its_links_along(file):
    org = _fill(file)
    first = org.cycles[0].measures[0]
    file.delete(first)
    left = file.load().cycles[0].measures
    assert [x.title for x in left] == ["Rooster eerder bekend"]
    assert left[0].related_measure_ids == []
    counts = [file.db[t].count for t in ("measure_targets", "measure_evaluations")]
    assert counts == [0, 0]


def test_a_rating_per_source_and_team_only_once(file):
    org = _fill(file)
    cycle = org.cycles[0]
    with pytest.raises(sqlite3.IntegrityError):
        file.save(m.SourceRating(org.sources[0].id, None), cycle.id)
    assert len(file.load().cycles[0].ratings) == 2  # the failed edit left nothing


def test_answers_outside_the_scale_are_refused_and_none_are_stored(file):
    org = _fill(file)
    measurement = org.cycles[0].measurements[0]
    good, bad = m.Response(None, {"time_pressure_1": 3}), m.Response(None, {"time_pressure_1": 9})
    with pytest.raises(sqlite3.IntegrityError):
        file.add_responses(measurement.id, [good, bad])
    assert len(file.load().cycles[0].measurements[0].responses) == 1


def test_next_cycle_is_stored_with_teams_and_open_measures(file):
    org = _fill(file)
    new = file.start_next_cycle(org, date(2027, 1, 4))
    reloaded = file.load()
    assert reloaded.cycles[0].closed and not reloaded.cycles[1].closed
    assert reloaded.cycles[1] == new
    assert [t.name for t in new.teams] == ["Keuken", "Zaal"]
    assert [x.title for x in new.measures] == ["Rooster eerder bekend"]
    assert new.measures[0].carried_from_measure_id == org.cycles[0].measures[1].id


def test_a_next_cycle_the_disk_refuses_leaves_the_current_one_open(file, monkeypatch):
    org = _fill(file)
    current = org.cycles[-1]
    real = file.save

    def full_at_measures(obj, parent_id=None):
        if isinstance(obj, m.Measure):
            raise sqlite3.OperationalError("database or disk is full")
        return real(obj, parent_id)

    monkeypatch.setattr(file, "save", full_at_measures)
    with pytest.raises(sqlite3.OperationalError):
        file.start_next_cycle(org, date(2027, 1, 4))
    assert not current.closed and org.cycles[-1] is current  # as the file still has it
    assert [c.closed for c in file.load().cycles] == [False]


def test_schema_reads_like_the_domain(path, file):
    tables = set(file.db.table_names())
    assert {"organisation", "teams", "sources", "source_ratings", "team_balances", "measures",
            "measure_targets", "information_sessions", "session_topics", "measurements",
            "responses", "answers", "cycles"} <= tables
    assert file.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert "name" not in file.db["responses"].columns_dict  # never a respondent's name


def test_read_only_files_refuse_edits(file, path):
    file.close()
    with open_file(path, read_only=True) as reader:
        with pytest.raises(WerkdrukError, match="alleen om te lezen"):
            reader.save(m.Team("X"), 1)


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_files_are_readable_by_their_owner_only(file, path):
    assert path.stat().st_mode & 0o077 == 0


# -- refusing what is not ours ---------------------------------------------------------------


def _untouched(path, action):
    before = path.read_bytes() if path.is_file() else None
    with pytest.raises(WerkdrukError) as caught:
        action()
    assert (path.read_bytes() if path.is_file() else None) == before
    return str(caught.value)


def test_random_bytes_are_refused(tmp_path):
    path = tmp_path / "random.werkdruk"
    path.write_bytes(os.urandom(5000))
    assert "geen WerkdrukDesk-bestand" in _untouched(path, lambda: open_file(path))


def test_an_empty_file_is_refused(tmp_path):
    path = tmp_path / "empty.werkdruk"
    path.write_bytes(b"")
    assert "geen WerkdrukDesk-bestand" in _untouched(path, lambda: open_file(path))


def test_a_truncated_file_is_refused(file, path):
    _fill(file)
    file.close()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])
    message = _untouched(path, lambda: open_file(path))
    assert "beschadigd" in message


def test_a_damaged_file_is_refused(file, path):
    _fill(file)
    file.close()
    data = bytearray(path.read_bytes())
    data[4096 * 3: 4096 * 3 + 2000] = os.urandom(2000)
    path.write_bytes(bytes(data))
    assert "beschadigd" in _untouched(path, lambda: open_file(path))


def test_a_foreign_sqlite_database_is_refused(tmp_path):
    path = tmp_path / "boekhouding.werkdruk"
    sqlite_utils.Database(path)["invoices"].insert({"id": 1, "amount": 12.5})
    assert "ander programma" in _untouched(path, lambda: open_file(path))


def test_a_file_from_a_newer_version_is_refused(file, path):
    file.db["_sqlite_migrations"].insert(
        {"migration_set": "werkdrukdesk", "name": "0099_future", "applied_at": "2030-01-01"}
    )
    file.close()
    assert "nieuwere versie" in _untouched(path, lambda: open_file(path))


def test_missing_files_and_folders_are_explained(tmp_path):
    assert "bestaat niet" in _untouched(tmp_path / "x.werkdruk",
                                        lambda: open_file(tmp_path / "x.werkdruk"))
    assert "map" in _untouched(tmp_path, lambda: open_file(tmp_path))
    target = tmp_path / "nope" / "x.werkdruk"
    assert "bestaat niet" in _untouched(
        target, lambda: create_file(target, m.Profile("X"), PINNED_DAY))


def test_creating_never_overwrites_by_accident(file, path):
    file.close()
    assert "bestaat al" in _untouched(
        path, lambda: create_file(path, m.Profile("Ander"), PINNED_DAY))


def test_the_file_records_its_migrations(file):
    assert migrations.applied_names(file.db) == list(migrations.known_names())
    assert file.db.execute("PRAGMA application_id").fetchone()[0] == migrations.APPLICATION_ID


def test_a_copy_is_a_complete_file_of_its_own(file, tmp_path):
    saved = _fill(file)
    target = tmp_path / "kopie.werkdruk"
    file.save_copy(target)
    with open_file(target) as copy:
        assert copy.load() == saved
    with pytest.raises(WerkdrukError, match="andere naam"):
        file.save_copy(file.path)


def test_an_older_file_is_backed_up_then_brought_up_to_date(file, path):
    saved = _fill(file)
    file.close()

    @migrations.migration("9999_test_team_colour")
    def add_colour(db):
        db.execute("ALTER TABLE teams ADD COLUMN colour TEXT")

    try:
        with open_file(path) as updated:
            assert "colour" in updated.db["teams"].columns_dict
            assert updated.load() == saved
        from werkdrukdesk.paths import backups_dir

        (backup,) = backups_dir().glob("korenaar-*-voor-bijwerken.werkdruk")
        with sqlite3.connect(backup) as old:
            columns = [row[1] for row in old.execute("PRAGMA table_info(teams)")]
        assert "colour" not in columns
    finally:
        migrations.STEPS.pop()


def test_an_older_file_can_be_read_without_changing_it(file, path):
    saved = _fill(file)
    file.close()
    before = path.read_bytes()

    @migrations.migration("9999_test_noop")
    def noop(db):
        pass

    try:
        with open_file(path, read_only=True) as reader:
            assert reader.load() == saved
        assert path.read_bytes() == before
    finally:
        migrations.STEPS.pop()


def test_survey_settings_are_kept_and_never_below_five(file, path):
    settings = file.load().survey_settings
    assert settings == m.SurveySettings()
    settings.min_group_size, settings.demand_too_high = 7, 3.8
    file.save_survey_settings(settings)
    assert open_file(path, read_only=True).load().survey_settings.min_group_size == 7
    settings.min_group_size = 3
    with pytest.raises(sqlite3.IntegrityError):
        file.save_survey_settings(settings)
    assert open_file(path, read_only=True).load().survey_settings.min_group_size == 7


def test_a_write_protected_file_is_explained_and_can_be_read(file, path, monkeypatch):
    from werkdrukdesk.storage.file import NotWritableError

    file.close()
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if mode == os.W_OK
                        else real_access(p, mode))  # root ignores chmod, so pretend
    with pytest.raises(NotWritableError, match="schrijfbeveiligd"):
        open_file(path)
    with open_file(path, read_only=True) as reader:
        assert reader.load().profile.name == "Bakkerij De Korenaar"


def test_no_private_part_of_a_dependency_is_used():
    """Only public APIs of sqlite-utils: an upgrade that renames its internals changes nothing."""
    source = inspect.getsource(migrations)
    assert "._migrations" not in source and migrations.known_names()[0] == "0001_initial"


def test_the_migrations_are_read_where_sqlite_utils_records_them(file, path):
    """Which migrations a file has is read with plain queries; they must find what
    sqlite-utils itself recorded and would call pending."""
    from sqlite_utils.migrations import Migrations

    assert Migrations.migrations_table == migrations.MIGRATIONS_TABLE
    file.close()
    db = sqlite_utils.Database(path)
    try:
        db.execute(f"DELETE FROM {migrations.MIGRATIONS_TABLE} WHERE name = ?",
                   [migrations.known_names()[-1]])
        db.conn.commit()
        theirs = Migrations(migrations.MIGRATION_SET)
        for step in migrations.STEPS:
            theirs(name=step.name)(step.apply)
        assert migrations.pending_names(db.conn) == [m.name for m in theirs.pending(db)] \
            == [migrations.known_names()[-1]]
        assert migrations.applied_names(db.conn) == [m.name for m in theirs.applied(db)]
    finally:
        db.close()


def test_the_expected_layout_is_that_of_a_new_file(file):
    """The columns a file must have are worked out by running the steps on a plain
    connection; a file made through sqlite-utils has exactly those (and its own record)."""
    found: dict[str, set[str]] = {}
    for table, column in migrations.columns_of(file.conn):
        found.setdefault(table, set()).add(column)
    found.pop(migrations.MIGRATIONS_TABLE)
    assert migrations.expected_layout() == {t: frozenset(c) for t, c in found.items()}
