"""The deeper study by group conversations and by an external study: stored, read back,
migrated into older files, and carried by the JSON format without a new format version."""

import json
from datetime import date

import pytest

from werkdrukdesk.core import model as m
from werkdrukdesk.core.errors import WerkdrukError
from werkdrukdesk.storage import migrations, open_file
from werkdrukdesk.storage.file import write_new_file
from werkdrukdesk.storage.interchange import FORMAT_VERSION, from_json, to_json


def _fill(file) -> tuple[m.Cycle, m.Team, m.Team]:
    cycle = file.load().cycles[0]
    shop = file.save(m.Team("Winkel", 4, manager="Femke"), cycle.id)
    bakery = file.save(m.Team("Bakhuis", 6), cycle.id)
    file.save(m.GroupConversation(
        shop.id, date(2026, 3, 3), "Henk (preventiemedewerker)", True, 4,
        "Te veel werk: de zaterdag is te vol. Pauzes: lukt meestal.", True,
        date(2026, 3, 10), "In het werkoverleg"), cycle.id)
    file.save(m.ExternalStudy(
        "Arbodienst Noord", date(2026, 2, 1), "Vragenlijst en interviews", [bakery.id, shop.id],
        8, 10, "Map arbo, rapport februari 2026", date(2026, 2, 20), "Presentatie"), cycle.id)
    return cycle, shop, bakery


def test_conversations_and_external_studies_read_back_as_saved(file):
    _, shop, bakery = _fill(file)
    cycle = file.load().cycles[0]
    (talk,) = cycle.conversations
    assert (talk.team_id, talk.participants, talk.leader_independent, talk.without_names) == (
        shop.id, 4, True, True)
    assert talk.discussed_on == date(2026, 3, 10)
    (study,) = cycle.external_studies
    assert sorted(study.team_ids) == sorted([bakery.id, shop.id])
    assert (study.participants, study.invited) == (8, 10)

    study.team_ids = [bakery.id]
    file.save(study, cycle.id)
    file.delete(talk)
    again = file.load().cycles[0]
    assert again.conversations == [] and again.external_studies[0].team_ids == [bakery.id]


def test_removing_a_team_takes_its_conversation_and_its_place_in_a_study(file):
    cycle, shop, bakery = _fill(file)
    file.delete(shop)
    cycle = file.load().cycles[0]
    assert cycle.conversations == []
    assert cycle.external_studies[0].team_ids == [bakery.id]


def test_every_new_column_explains_itself(file):
    for table in ("group_conversations", "external_studies", "external_study_teams"):
        sql = file.db.execute("SELECT sql FROM sqlite_master WHERE name = ?", [table]).fetchone()
        body = sql[0].split("\n")[1:-1]
        assert all("--" in line for line in body if not line.strip().startswith("PRIMARY")), table
    assert "name" not in file.db["group_conversations"].columns_dict  # nobody who took part


def test_a_file_from_before_the_routes_gets_them_when_opened(file, path):
    file.db.execute("DROP TABLE external_study_teams")
    file.db.execute("DROP TABLE external_studies")
    file.db.execute("DROP TABLE group_conversations")
    file.db.execute("DELETE FROM _sqlite_migrations WHERE name = '0003_study_routes'")
    file.db.conn.commit()
    file.close()
    with open_file(path) as updated:
        assert "0003_study_routes" in migrations.applied_names(updated.db)
        cycle = updated.load().cycles[0]
        assert cycle.conversations == [] and cycle.external_studies == []


def test_the_json_carries_the_routes(file, tmp_path):
    _fill(file)
    text = to_json(file.load())
    document = json.loads(text)
    assert document["format_version"] == FORMAT_VERSION
    cycle = document["organisation"]["cycles"][0]
    assert cycle["conversations"][0]["participants"] == 4
    assert cycle["external_studies"][0]["invited"] == 10
    write_new_file(tmp_path / "b.werkdruk", from_json(text)).close()
    with open_file(tmp_path / "b.werkdruk") as copy:
        assert to_json(copy.load()) == text


def test_an_older_export_without_the_routes_still_imports(file, tmp_path):
    _fill(file)
    document = json.loads(to_json(file.load()))
    for cycle in document["organisation"]["cycles"]:
        del cycle["conversations"], cycle["external_studies"]
    org = from_json(json.dumps(document))
    assert org.cycles[0].conversations == [] and org.cycles[0].external_studies == []
    write_new_file(tmp_path / "old.werkdruk", org).close()


def test_a_conversation_with_a_team_of_nowhere_is_refused(file):
    _fill(file)
    document = json.loads(to_json(file.load()))
    document["organisation"]["cycles"][0]["conversations"][0]["team_id"] = 999
    with pytest.raises(WerkdrukError, match="groepsgesprek hoort bij een onbekend team"):
        from_json(json.dumps(document))


# -- what came out per source (migration 0006) ----------------------------------------------


def _with_outcomes(file) -> tuple[m.Organisation, m.GroupConversation]:
    _fill(file)
    org = file.load()
    talk = org.cycles[0].conversations[0]
    first, second = org.sources[0].id, org.sources[1].id
    talk.outcomes_per_source = [m.ConversationOutcome(first, "De zaterdag is te vol."),
                                m.ConversationOutcome(second, "Pauzes lukken meestal.")]
    file.save(talk, org.cycles[0].id)
    return org, talk


def test_outcomes_per_source_read_back_and_change(file):
    org, talk = _with_outcomes(file)
    (again,) = file.load().cycles[0].conversations
    assert again.outcomes_per_source == talk.outcomes_per_source
    assert again.outcomes.startswith("Te veel werk")  # the overall text stays beside them
    again.outcomes_per_source = again.outcomes_per_source[1:]
    file.save(again, org.cycles[0].id)
    assert file.load().cycles[0].conversations[0].outcomes_per_source == [
        m.ConversationOutcome(org.sources[1].id, "Pauzes lukken meestal.")]


def test_outcomes_go_with_their_conversation_and_with_their_source(file):
    org, talk = _with_outcomes(file)
    file.delete(org.sources[0])
    (again,) = file.load().cycles[0].conversations
    assert [o.source_id for o in again.outcomes_per_source] == [org.sources[1].id]
    file.delete(again)
    assert file.db.execute("SELECT count(*) FROM conversation_outcomes").fetchone()[0] == 0


def test_the_outcomes_table_explains_every_column(file):
    assert "0006_conversation_outcomes" in migrations.known_names()
    sql = file.db.execute(
        "SELECT sql FROM sqlite_master WHERE name = 'conversation_outcomes'").fetchone()[0]
    body = sql.split("\n")[1:-1]
    assert all("--" in line for line in body if not line.strip().startswith("PRIMARY"))


def test_a_file_from_before_the_outcomes_gets_them_when_opened(file, path):
    _fill(file)
    file.db.execute("DROP TABLE conversation_outcomes")
    file.db.execute("DELETE FROM _sqlite_migrations WHERE name = '0006_conversation_outcomes'")
    file.db.conn.commit()
    file.close()
    with open_file(path) as updated:
        assert "0006_conversation_outcomes" in migrations.applied_names(updated.db)
        (talk,) = updated.load().cycles[0].conversations
        assert talk.outcomes_per_source == [] and talk.outcomes.startswith("Te veel werk")


def test_the_json_carries_the_outcomes_and_an_older_export_still_imports(file, tmp_path):
    org, talk = _with_outcomes(file)
    text = to_json(file.load())
    document = json.loads(text)
    assert document["format_version"] == FORMAT_VERSION
    exported = document["organisation"]["cycles"][0]["conversations"][0]
    assert exported["outcomes_per_source"][0] == {
        "source_id": org.sources[0].id, "text": "De zaterdag is te vol."}
    write_new_file(tmp_path / "b.werkdruk", from_json(text)).close()
    with open_file(tmp_path / "b.werkdruk") as copy:
        assert to_json(copy.load()) == text
    del exported["outcomes_per_source"]
    older = from_json(json.dumps(document))
    assert older.cycles[0].conversations[0].outcomes_per_source == []
    write_new_file(tmp_path / "old.werkdruk", older).close()


def test_an_outcome_for_a_source_of_nowhere_is_refused(file):
    _with_outcomes(file)
    document = json.loads(to_json(file.load()))
    outcomes = document["organisation"]["cycles"][0]["conversations"][0]["outcomes_per_source"]
    outcomes[0]["source_id"] = 999
    with pytest.raises(WerkdrukError, match="onbekende bron"):
        from_json(json.dumps(document))
    outcomes[0]["source_id"] = outcomes[1]["source_id"]
    with pytest.raises(WerkdrukError, match="twee keer"):
        from_json(json.dumps(document))


def test_an_avg_removal_reaches_the_outcomes_per_source_in_the_file(file, path):
    from werkdrukdesk.core.privacy import remove_person
    from werkdrukdesk.storage.forget import store_removal

    org, talk = _with_outcomes(file)
    talk.outcomes_per_source[0].text = "Femke de Groot plant de zaterdag te krap."
    file.save(talk, org.cycles[0].id)
    org = file.load()
    store_removal(file, remove_person(org, "Femke de Groot"))
    texts = [row[0] for row in file.db.execute("SELECT text FROM conversation_outcomes")]
    assert len(texts) == 2 and not any("Femke" in text for text in texts)
