"""The deeper study by group conversations and by an external study: stored, read back,
migrated into older files, and carried by the JSON format without a new format version."""

import json
from datetime import date

import pytest

from tests.pinned import PINNED_DAY
from werkdrukdesk.core import model as m
from werkdrukdesk.core.errors import WerkdrukError
from werkdrukdesk.storage import create_file, migrations, open_file
from werkdrukdesk.storage.file import write_new_file
from werkdrukdesk.storage.interchange import FORMAT_VERSION, from_json, to_json


@pytest.fixture
def path(tmp_path):
    return tmp_path / "korenaar.werkdruk"


@pytest.fixture
def file(path):
    with create_file(path, m.Profile(name="Bakkerij De Korenaar"), PINNED_DAY) as opened:
        yield opened


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


def test_the_json_carries_the_routes_and_keeps_its_version(file, tmp_path):
    _fill(file)
    text = to_json(file.load())
    document = json.loads(text)
    assert document["format_version"] == FORMAT_VERSION == 1
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
