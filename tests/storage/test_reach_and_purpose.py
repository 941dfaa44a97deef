"""Migration 0005: a measure's purpose, measures already in place, and who handles the paper
questionnaires; new optional JSON fields, so an older export still imports."""

import json
from datetime import date

from tests.pinned import PINNED_DAY
from werkdrukdesk.core import model as m
from werkdrukdesk.storage import create_file, open_file
from werkdrukdesk.storage.interchange import from_json, to_json
from werkdrukdesk.storage.migrations import known_names

NEW_MEASURE_FIELDS = ("intended_result", "judge_how", "judge_on", "existing")


def test_the_migration_is_known_by_its_name():
    assert "0005_reach_and_purpose" in known_names()


def test_purpose_existing_and_answer_handling_are_stored(tmp_path):
    path = tmp_path / "a.werkdruk"
    with create_file(path, m.Profile("Korenaar"), PINNED_DAY) as file:
        org = file.load()
        cycle = org.cycles[0]
        measure = m.Measure("Vaste pauze", intended_result="Iedereen neemt elke dag pauze.",
                            judge_how="Groepsgesprek", judge_on=date(2027, 3, 1), existing=True)
        file.save(measure, cycle.id)
        org.survey_settings.answers_handled_by = m.AnswerHandling.SEALED_BOX
        file.save_survey_settings(org.survey_settings)
    with open_file(path) as file:
        again = file.load()
    stored = again.cycles[0].measures[0]
    assert (stored.intended_result, stored.judge_how, stored.judge_on, stored.existing) == (
        "Iedereen neemt elke dag pauze.", "Groepsgesprek", date(2027, 3, 1), True)
    assert again.survey_settings.answers_handled_by == m.AnswerHandling.SEALED_BOX


def test_a_new_file_promises_the_least_about_who_sees_the_answers(tmp_path):
    with create_file(tmp_path / "a.werkdruk", m.Profile("Korenaar"), PINNED_DAY) as file:
        assert file.load().survey_settings.answers_handled_by == m.AnswerHandling.OWNER


def test_an_older_export_without_the_new_fields_still_imports(tmp_path):
    with create_file(tmp_path / "a.werkdruk", m.Profile("Korenaar"), PINNED_DAY) as file:
        document = json.loads(to_json(file.load()))
    cycle = document["organisation"]["cycles"][0]
    cycle["measures"] = [{"title": "Vaste pauze", "level": "team", "id": 1}]
    document["organisation"]["survey_settings"].pop("answers_handled_by")
    document["format_version"] = 1  # as the version this field came in wrote it
    org = from_json(json.dumps(document))
    measure = org.cycles[0].measures[0]
    assert (measure.intended_result, measure.judge_how, measure.judge_on, measure.existing) == (
        "", "", None, False)
    assert org.survey_settings.answers_handled_by == m.AnswerHandling.OWNER
