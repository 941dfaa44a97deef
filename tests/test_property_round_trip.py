"""Arbitrary text, dates and numbers survive model → file → JSON, and every report builds."""

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from werkdrukdesk.core import model as m
from werkdrukdesk.core.catalogue import builtin_sources
from werkdrukdesk.core.errors import WerkdrukError
from werkdrukdesk.reports import registry
from werkdrukdesk.storage import open_file
from werkdrukdesk.storage.file import write_new_file
from werkdrukdesk.storage.interchange import from_json, to_json

# Text as users type it, surrogates excluded (they cannot be stored as UTF-8 at all).
TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=300)
DATES = st.none() | st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31))


@st.composite
def organisations(draw) -> m.Organisation:
    scope = draw(st.sampled_from(m.PsaScope))
    sources = builtin_sources(scope=scope)
    for number, source in enumerate(sources, start=1):
        source.id = number
    profile = m.Profile(
        name=draw(TEXT.filter(str.strip)), sector=draw(TEXT), notes=draw(TEXT),
        headcount=draw(st.integers(0, 100_000)),
        paid_hours_per_week=draw(st.floats(0, 1e6, allow_nan=False)),
        rie_date=draw(DATES), prevention_officer=draw(TEXT), psa_scope=scope,
    )
    team = m.Team(draw(TEXT), draw(st.integers(0, 5000)), draw(st.booleans()), draw(TEXT), id=1)
    measure = m.Measure(
        draw(TEXT), draw(TEXT), draw(st.sampled_from(m.Level)), draw(TEXT),
        start_date=draw(DATES), deadline=draw(DATES), budget=draw(TEXT),
        status=draw(st.sampled_from(m.MeasureStatus)),
        targets=[m.Target(1, 1), m.Target(2, None)],
        evaluation=m.MeasureEvaluation(draw(st.sampled_from(m.Effect)), draw(TEXT)), id=1,
    )
    session = m.InformationSession(
        draw(DATES), draw(TEXT), topics=draw(st.lists(st.sampled_from(m.Topic), unique=True)),
        attendees=[m.Attendee(draw(TEXT.filter(str.strip)), 1)], team_counts={1: 3}, id=1,
    )
    cycle = m.Cycle(
        1, draw(TEXT), start_date=draw(DATES), no_risk_reason=draw(TEXT), teams=[team],
        ratings=[m.SourceRating(1, 1, draw(st.sampled_from(m.Rating)), note=draw(TEXT), id=1)],
        balances=[m.TeamBalance(1, draw(st.sampled_from(m.Verdict)), note=draw(TEXT), id=1)],
        measures=[measure], sessions=[session], id=1,
    )
    return m.Organisation(profile, sources=sources, cycles=[cycle])


@settings(max_examples=8, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(org=organisations())
def test_anything_typed_survives_the_file_the_json_and_every_report(tmp_path, org):
    path = tmp_path / "proef.werkdruk"
    write_new_file(path, org, overwrite=True).close()
    with open_file(path, read_only=True) as file:
        stored = file.load()
    assert stored == org
    assert from_json(to_json(stored)) == stored
    policy = stored.psa_policy
    policy.code.core_text, policy.adviser.name = org.profile.name, org.profile.notes
    for kind in registry.available():
        if kind == "poster" and stored.profile.psa_scope == m.PsaScope.WERKDRUK:
            with pytest.raises(WerkdrukError):  # the wall sheet belongs to the whole PSA
                registry.builder(kind)(stored, stored.cycles[0], printed_on=date(2026, 11, 28))
            continue
        pdf = registry.builder(kind)(stored, stored.cycles[0], printed_on=date(2026, 11, 28))
        assert pdf.startswith(b"%PDF")
