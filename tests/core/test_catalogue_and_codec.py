from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from werkdrukdesk.core import model as m
from werkdrukdesk.core.catalogue import builtin_sources, source_by_key
from werkdrukdesk.core.codec import DecodeError, from_plain, to_plain
from werkdrukdesk.core.labels import LABELS, label, rating_label

FLYER_DEMANDS = [
    "time_pressure", "hectic_periods", "little_say", "unclear_expectations", "job_insecurity",
    "conflicts", "too_few_breaks", "mentally_demanding", "emotionally_demanding",
]
FLYER_RESOURCES = [
    "autonomy_content", "autonomy_method", "autonomy_timing", "support_colleagues",
    "support_manager",
]


def test_catalogue_holds_the_flyers_sources_and_recovery():
    sources = builtin_sources()
    for key in FLYER_DEMANDS:
        assert source_by_key(sources, key).kind == m.SourceKind.DEMAND
    for key in FLYER_RESOURCES + ["rest_recovery", "work_private_balance"]:
        assert source_by_key(sources, key).kind == m.SourceKind.RESOURCE
    assert source_by_key(sources, "reachability").kind == m.SourceKind.DEMAND


def test_every_built_in_source_is_explained_with_items():
    sources = builtin_sources()
    keys = [item.key for s in sources for item in s.items]
    assert len(keys) == len(set(keys))
    for source in sources:
        assert source.built_in and source.name and len(source.explanation) > 40
        assert len(source.items) >= 3
        assert all(item.text.strip() for item in source.items)


def test_english_names_exist_for_later():
    assert builtin_sources("en")[0].name != builtin_sources("nl")[0].name


def test_every_code_has_a_dutch_and_english_label():
    for enum in (m.SourceKind, m.Verdict, m.Level, m.MeasureStatus, m.SessionForm, m.Audience,
                 m.Topic, m.Effect, m.EvaluationMethod, m.Evidence, m.ParticipationBody,
                 m.ReviewStatus, m.DocumentKind, m.CollectionMethod):
        for code in enum:
            assert label(code, "nl") and label(code, "en")
    assert len(LABELS) == len({(type(code), code.value) for code, _ in LABELS})
    assert label(m.Level.TEAM) == "team"
    # codes that share their text across enums keep their own words
    assert label(m.ParticipationBody.NONE) == "geen"
    assert label(m.Evidence.NONE) == "nog geen onderbouwing"
    assert label(m.ReviewStatus.DONE) == "getoetst"
    assert label(m.MeasureStatus.DONE) == "uitgevoerd"
    assert rating_label(m.SourceKind.DEMAND, m.Rating.PROBLEM) == "te hoog"
    assert rating_label(m.SourceKind.RESOURCE, m.Rating.PROBLEM) == "te laag"


def test_codec_round_trips_nested_objects():
    session = m.InformationSession(
        date(2026, 3, 2), topics=[m.Topic.CAUSES], attendees=[m.Attendee("Ĳsbrand", 3)],
        team_counts={3: 4, 5: 0}, id=9,
    )
    plain = to_plain(session)
    assert plain["held_on"] == "2026-03-02" and plain["team_counts"] == {"3": 4, "5": 0}
    assert from_plain(m.InformationSession, plain) == session


@pytest.mark.parametrize(
    "cls, data, message",
    [
        (m.Team, {"name": 3}, "Team.name: verwacht tekst"),
        (m.Team, {"name": "A", "headcount": "5"}, "Team.headcount: verwacht een geheel getal"),
        (m.Team, {"name": "A", "colour": "red"}, "onbekend veld 'colour'"),
        (m.Team, {}, "veld 'name' ontbreekt"),
        (m.Measure, {"title": "A", "level": "galaxy"}, "onbekende waarde 'galaxy'"),
        (m.Measure, {"title": "A", "deadline": "31-02-2026"}, "ongeldige datum"),
        (m.Team, {"name": "A", "hybrid": "yes"}, "ja of nee"),
        (m.InformationSession, {"held_on": None, "team_counts": {"x": 1}}, "geen getal"),
    ],
)
def test_codec_refuses_what_does_not_fit(cls, data, message):
    with pytest.raises(DecodeError, match=message):
        from_plain(cls, data)


@pytest.mark.parametrize("size", ["small", "large"])
def test_the_fast_path_takes_a_whole_sample_and_gives_what_the_strict_path_gives(size):
    """Reading a file decodes through the decoders worked out once per type; they take every
    value the samples hold and give back exactly the organisation that was encoded."""
    from tests.pinned import PINNED_DAY
    from werkdrukdesk.demo.build import build_demo

    org = build_demo(size, today=PINNED_DAY)
    plain = to_plain(org)
    assert from_plain(m.Organisation, plain) == org


@given(st.builds(
    m.Measure,
    title=st.text(),
    description=st.text(),
    level=st.sampled_from(m.Level),
    deadline=st.none() | st.dates(),
    targets=st.lists(st.builds(m.Target, st.integers(1, 99), st.none() | st.integers(1, 99))),
    related_measure_ids=st.lists(st.integers(1, 99)),
    evaluation=st.none() | st.builds(m.MeasureEvaluation, st.sampled_from(m.Effect), st.text()),
))
def test_codec_round_trips_any_measure(measure):
    assert from_plain(m.Measure, to_plain(measure)) == measure
