"""The JSON interchange: every field round-trips, bad documents are refused whole."""

import dataclasses
import json
import re
from pathlib import Path

import pytest

from tests.pinned import PINNED_DAY
from werkdrukdesk.core import model as m
from werkdrukdesk.core.errors import WerkdrukError
from werkdrukdesk.storage import create_file, open_file
from werkdrukdesk.storage.file import write_new_file
from werkdrukdesk.storage.interchange import FORMAT_VERSION, from_json, to_json

DOC = Path(__file__).resolve().parents[2] / "docs" / "json-format.md"


def test_every_field_of_the_model_is_documented():
    text = DOC.read_text(encoding="utf-8")
    documented = set(re.findall(r"`([a-z_]+)`", text))
    classes = [m.Organisation, m.Profile, m.Document, m.Source, m.Item, m.Cycle, m.Team,
               m.SourceRating, m.TeamBalance, m.Measure, m.Target, m.MeasureEvaluation,
               m.PlanApproval, m.InformationSession, m.Attendee, m.Measurement, m.Response,
               m.ProcessEvaluation, m.SurveySettings, m.OrganisationChange, m.PsaPolicy,
               m.CodeOfConduct, m.ConfidentialAdviser, m.ComplaintsProcedure,
               m.IncidentReporting, m.HouseRules, m.Aftercare, m.Incident]
    missing = {f.name for cls in classes for f in dataclasses.fields(cls)} - documented
    assert missing == set()


def test_a_new_file_round_trips(tmp_path):
    profile = m.Profile("R&D <Noord> \"Ĳssel\"")
    with create_file(tmp_path / "a.werkdruk", profile, PINNED_DAY) as file:
        text = to_json(file.load())
    write_new_file(tmp_path / "b.werkdruk", from_json(text)).close()
    with open_file(tmp_path / "b.werkdruk") as copy:
        assert to_json(copy.load()) == text


def test_an_export_without_the_rie_and_consultation_fields_still_imports(tmp_path):
    """Migration 0004 added fields without a new format version: an older export, which has
    none of them, imports with their empty values."""
    document = _document(tmp_path)
    profile, cycle = document["organisation"]["profile"], document["organisation"]["cycles"][0]
    for key in ("rie_werkdruk_place", "rie_werkdruk_date", "rie_covers_werkdruk",
                "rie_covers_unwanted", "rie_covers_aggression"):
        profile.pop(key)
    for key in ("rie_consent_date", "consulted_on", "consultation_how", "consultation_outcome"):
        cycle["approval"].pop(key)
    cycle.pop("plan_staff_involvement")
    document["organisation"].pop("changes")
    org = from_json(json.dumps(document))
    assert org.changes == [] and org.profile.rie_werkdruk_place == ""
    assert org.cycles[0].approval.consulted_on is None


def test_the_rie_and_consultation_fields_round_trip(tmp_path):
    from datetime import date
    with create_file(tmp_path / "a.werkdruk", m.Profile("Korenaar"), PINNED_DAY) as file:
        org = file.load()
        org.profile.rie_werkdruk_place, org.profile.rie_covers_unwanted = "hoofdstuk 4", True
        org.profile.rie_werkdruk_date = date(2025, 3, 1)
        file.save_profile(org.profile)
        file.save(m.OrganisationChange(m.ChangeKind.NEW_TEAM, date(2026, 1, 5), "Winkel"))
        cycle = org.cycles[0]
        cycle.approval.consulted_on, cycle.approval.consultation_how = date(2026, 2, 1), "overleg"
        cycle.plan_staff_involvement = "Elk team koos mee."
        file.save(cycle)
        text = to_json(file.load())
    loaded = from_json(text)
    assert loaded.changes[0].kind == m.ChangeKind.NEW_TEAM
    assert loaded.profile.rie_werkdruk_place == "hoofdstuk 4"
    assert loaded.cycles[0].approval.consultation_how == "overleg"
    write_new_file(tmp_path / "b.werkdruk", loaded).close()
    with open_file(tmp_path / "b.werkdruk") as copy:
        assert to_json(copy.load()) == text


def _document(tmp_path) -> dict:
    with create_file(tmp_path / "a.werkdruk", m.Profile("Korenaar"), PINNED_DAY) as file:
        return json.loads(to_json(file.load()))


@pytest.mark.parametrize(
    "spoil, message",
    [
        (lambda d: d.update(format="iets anders"), "geen exportbestand"),
        (lambda d: d.update(format_version=FORMAT_VERSION + 1), "nieuwere versie"),
        (lambda d: d.update(format_version="1"), "formaatnummer"),
        (lambda d: d["organisation"]["profile"].update(headcount="veel"), "geheel getal"),
        (lambda d: d["organisation"]["profile"].pop("name"), "'name' ontbreekt"),
        (lambda d: d["organisation"]["cycles"][0].update(colour=1), "onbekend veld"),
        (lambda d: d["organisation"].update(cycles=[]), "geen enkele cyclus"),
        (
            lambda d: d["organisation"]["cycles"][0]["teams"].append(
                {"name": "X", "previous_team_id": 77, "id": 5}),
            "onbekend eerder team",
        ),
    ],
)
def test_bad_documents_are_refused_with_the_reason(tmp_path, spoil, message):
    document = _document(tmp_path)
    spoil(document)
    with pytest.raises(WerkdrukError, match=message):
        from_json(json.dumps(document))


@pytest.mark.parametrize("text", ["", "{", "[]", "null", "42", '"x"', "[" * 5000 + "]" * 5000])
def test_malformed_json_is_refused(text):
    with pytest.raises(WerkdrukError):
        from_json(text)


def _as_version_1(document: dict) -> dict:
    """`document` as version 1 wrote it: none of the whole PSA policy's fields."""
    org = document["organisation"]
    org.pop("psa_policy")
    org["profile"].pop("psa_scope")
    for source in org["sources"]:
        source.pop("strand")
    for cycle in org["cycles"]:
        cycle.pop("incidents")
        for team in cycle["teams"]:
            team.pop("aggression_risks")
    document["format_version"] = 1
    return document


def test_a_version_1_export_imports_as_werkdruk_only(tmp_path):
    profile = m.Profile("Bakkerij Ayşe", psa_scope=m.PsaScope.WERKDRUK)
    with create_file(tmp_path / "a.werkdruk", profile, PINNED_DAY) as file:
        document = json.loads(to_json(file.load()))
    assert document["format_version"] == FORMAT_VERSION == 2
    org = from_json(json.dumps(_as_version_1(document)))
    assert org.profile.psa_scope == m.PsaScope.WERKDRUK
    assert org.strands == (m.Strand.WERKDRUK,)
    assert org.psa_policy == m.PsaPolicy()
    assert all(s.strand == m.Strand.WERKDRUK for s in org.sources)
    assert org.cycles[0].incidents == []


def test_the_whole_psa_round_trips(tmp_path):
    profile = m.Profile("R&D <Noord>", psa_scope=m.PsaScope.WHOLE)
    with create_file(tmp_path / "a.werkdruk", profile, PINNED_DAY) as file:
        org = file.load()
        cycle = org.cycles[0]
        team = file.save(m.Team("Winkel", 6, aggression_risks=[
            m.AggressionRisk.CASH_OR_GOODS, m.AggressionRisk.WORKING_ALONE]), cycle.id)
        file.save(m.Incident(PINNED_DAY, m.Strand.AGGRESSION, m.IncidentKind.THREAT, team.id,
                             m.Severity.SERIOUS, care_given=True,
                             description="Klant dreigde na weigering"), cycle.id)
        org.psa_policy.adviser = m.ConfidentialAdviser(
            m.AdviserKind.EXTERNAL, "Vertrouwenspunt Zuid", "06-12345678", True, PINNED_DAY)
        org.psa_policy.aftercare.within_hours = 24
        org.psa_policy.retention_months = 36
        file.save_psa_policy(org.psa_policy)
        text = to_json(file.load())
    keys = {s.catalogue_key: s for s in from_json(text).sources}
    assert keys["unwanted_internal"].strand == m.Strand.UNWANTED
    assert keys["aggression_external"].strand == m.Strand.AGGRESSION
    assert keys["unwanted_behaviour"].archived  # the mixed source: the strands ask apart
    write_new_file(tmp_path / "b.werkdruk", from_json(text)).close()
    with open_file(tmp_path / "b.werkdruk") as copy:
        loaded = copy.load()
        assert to_json(loaded) == text
    assert loaded.psa_policy.adviser.name == "Vertrouwenspunt Zuid"
    assert loaded.cycles[0].teams[0].aggression_risks == [
        m.AggressionRisk.CASH_OR_GOODS, m.AggressionRisk.WORKING_ALONE]
    assert loaded.cycles[0].incidents[0].kind == m.IncidentKind.THREAT


def test_an_incident_of_the_werkdruk_strand_is_refused(tmp_path):
    with create_file(tmp_path / "a.werkdruk", m.Profile("Korenaar"), PINNED_DAY) as file:
        document = json.loads(to_json(file.load()))
    document["organisation"]["cycles"][0]["incidents"] = [
        {"occurred_on": "2026-01-05", "strand": "werkdruk", "id": 1}]
    with pytest.raises(WerkdrukError, match="melding"):
        from_json(json.dumps(document))
