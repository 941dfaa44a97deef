"""The built-in library of suggested measures and how a suggestion becomes a measure."""

import tomllib
from collections import Counter

import pytest

from werkdrukdesk.core import model as m
from werkdrukdesk.core.catalogue import builtin_sources, catalogue_dir
from werkdrukdesk.core.plan.library import (
    Suggestion,
    all_suggestions,
    focus_keys,
    measure_keys,
    problem_keys,
    search,
    suggestions,
    targets_for,
    to_measure,
)

SOURCES = {s.catalogue_key: s for s in builtin_sources()}  # werkdruk only, the default
# The whole PSA: werkdruk and the strands of unwanted behaviour within and aggression from
# outside (with the mixed werkdruk source archived, but still a key suggestions may name).
ALL_SOURCES = {s.catalogue_key: s for s in builtin_sources(scope=m.PsaScope.WHOLE)}
STRAND_KEYS = sorted(k for k, s in ALL_SOURCES.items() if s.strand != m.Strand.WERKDRUK)
LEVEL_RANK = {m.Level.ORGANISATION: 0, m.Level.TEAM: 1, m.Level.INDIVIDUAL: 2}


def _raw() -> list[dict]:
    with (catalogue_dir() / "measures.toml").open("rb") as handle:
        return tomllib.load(handle)["measure"]


# -- the library itself ----------------------------------------------------------------------


def test_there_are_25_built_in_sources():
    assert len(SOURCES) == 25


@pytest.mark.parametrize("key", sorted(SOURCES))
def test_every_built_in_source_has_at_least_three_suggestions(key):
    assert len(suggestions({key})) >= 3


@pytest.mark.parametrize("group", sorted({s.category for s in SOURCES.values()}))
def test_every_source_group_has_an_organisation_level_suggestion(group):
    keys = {k for k, s in SOURCES.items() if s.category == group}
    assert suggestions(keys, level=m.Level.ORGANISATION)


def test_every_suggestion_names_existing_sources_and_a_valid_level():
    for raw in _raw():
        assert raw["sources"], raw["key"]
        assert set(raw["sources"]) <= set(ALL_SOURCES), raw["key"]
        assert raw["level"] in {level.value for level in m.Level}, raw["key"]


def test_each_suggestion_belongs_to_the_strand_of_its_sources():
    """A measure against aggression from outside is filed under that strand, not werkdruk:
    the plan and the dossier sort measures per strand."""
    for suggestion in all_suggestions():
        strands = {ALL_SOURCES[key].strand for key in suggestion.sources}
        assert strands == {suggestion.strand}, suggestion.key
    assert {s.strand for s in all_suggestions()} == set(m.Strand)


@pytest.mark.parametrize("key", STRAND_KEYS)
def test_every_strand_source_has_suggestions_organisation_level_first(key):
    found = suggestions({key})
    assert len(found) >= 4
    assert found[0].level == m.Level.ORGANISATION
    assert any(s.level == m.Level.TEAM for s in found)


def test_the_strands_have_the_measures_an_inspector_looks_for():
    keys = {s.key for s in all_suggestions()}
    assert {"code_of_conduct_in_every_team", "appoint_confidential_adviser",
            "independent_complaints_committee", "managers_address_behaviour_early"} <= {
        s.key for s in suggestions(strand=m.Strand.UNWANTED)}
    assert {"house_rules_at_the_entrance", "deescalation_training",
            "no_working_alone_at_risky_moments", "alarm_procedure", "aftercare_protocol",
            "register_and_discuss_incidents", "less_cash_safe_layout"} <= {
        s.key for s in suggestions(strand=m.Strand.AGGRESSION)}
    assert keys >= {s.key for s in suggestions(strand=m.Strand.WERKDRUK)}
    werkdruk = suggestions({"time_pressure"}, strand=m.Strand.WERKDRUK)
    assert werkdruk and all(s.strand == m.Strand.WERKDRUK for s in werkdruk)
    assert suggestions({"time_pressure"}, strand=m.Strand.AGGRESSION) == []


def test_keys_are_unique_snake_case():
    keys = [raw["key"] for raw in _raw()]
    assert [k for k, n in Counter(keys).items() if n > 1] == []
    assert all(k.isascii() and k == k.lower() and " " not in k and "-" not in k for k in keys)


def test_all_dutch_texts_are_filled_in():
    for raw in _raw():
        assert raw["title"]["nl"].strip() and raw["title"]["en"].strip(), raw["key"]
        assert raw["description"]["nl"].strip() and raw["description"]["en"].strip()
        for optional in ("carried_out_by", "coherence"):
            if optional in raw:
                assert raw[optional]["nl"].strip(), (raw["key"], optional)
        # Two or three sentences: what to do and why it helps.
        assert 2 <= raw["description"]["nl"].count(". ") + 1 <= 3, raw["key"]


def test_titles_are_unique_so_the_owner_can_tell_them_apart():
    titles = [s.title for s in all_suggestions()]
    assert len(set(titles)) == len(titles)


def test_rest_and_recovery_is_covered_with_breaks_reachability_and_evening_email():
    rest = suggestions({"rest_recovery", "too_few_breaks", "reachability"})
    titles = " ".join(s.title.lower() for s in rest)
    assert "pauze" in titles and "bereikbaarheid" in titles and "avond" in titles
    assert any(s.level == m.Level.ORGANISATION for s in suggestions({"reachability"}))


def test_english_texts_can_be_asked_for():
    english = {s.key: s for s in all_suggestions("en")}
    assert english["no_evening_email"].title == "No work e-mail in the evening and at weekends"


# -- choosing and filtering ------------------------------------------------------------------


def test_suggestions_come_organisation_first_then_by_how_well_they_fit():
    found = suggestions({"time_pressure", "hectic_periods"})
    ranks = [LEVEL_RANK[s.level] for s in found]
    assert ranks == sorted(ranks)
    organisation = [s for s in found if s.level == m.Level.ORGANISATION]
    matched = [len({"time_pressure", "hectic_periods"} & set(s.sources)) for s in organisation]
    assert matched == sorted(matched, reverse=True)
    assert all({"time_pressure", "hectic_periods"} & set(s.sources) for s in found)


def test_filter_by_level_and_no_filter_gives_all():
    assert len(suggestions()) == len(_raw())
    assert sum(len(suggestions(strand=strand)) for strand in m.Strand) == len(_raw())
    team = suggestions(level=m.Level.TEAM)
    assert team and all(s.level == m.Level.TEAM for s in team)
    assert suggestions(set()) == []  # an empty focus shows nothing, None shows everything


def test_search_matches_every_word_in_any_text_ignoring_case():
    found = search(suggestions(), "AVOND mail")
    assert [s.key for s in found] == ["no_evening_email"]
    assert search(suggestions(), "") == suggestions()


def test_to_measure_fills_the_measure_for_the_owner_to_adapt():
    suggestion = next(s for s in all_suggestions() if s.key == "reachability_after_hours")
    targets = [m.Target(1, None), m.Target(2, 5), m.Target(1, None)]
    measure = to_measure(suggestion, targets)
    assert measure.title == suggestion.title
    assert measure.description == suggestion.description
    assert measure.level == m.Level.ORGANISATION
    assert measure.carried_out_by == "directie of eigenaar"
    assert measure.coherence.startswith("Gaat samen met")
    assert measure.targets == [m.Target(1, None), m.Target(2, 5)]
    assert measure.id is None and measure.status == m.MeasureStatus.PLANNED


# -- fitting a suggestion to the file --------------------------------------------------------


def _org() -> tuple[m.Organisation, m.Cycle]:
    sources = builtin_sources()
    for n, source in enumerate(sources, start=1):
        source.id = n
    ids = {s.catalogue_key: s.id for s in sources}
    keuken, zaal, kantoor = m.Team("Keuken", id=1), m.Team("Zaal", id=2), m.Team("Kantoor", id=3)
    ratings = [
        m.SourceRating(ids["time_pressure"], 1, m.Rating.PROBLEM),
        m.SourceRating(ids["time_pressure"], 2, m.Rating.PROBLEM),
        m.SourceRating(ids["reachability"], 3, m.Rating.PROBLEM),
        m.SourceRating(ids["conflicts"], None, m.Rating.PROBLEM),
        m.SourceRating(ids["hectic_periods"], 1, m.Rating.ATTENTION),
    ]
    cycle = m.Cycle(1, teams=[keuken, zaal, kantoor], ratings=ratings, id=1)
    return m.Organisation(m.Profile("Ayşe's Bakkerij"), sources=sources, cycles=[cycle]), cycle


def _suggestion(key: str) -> Suggestion:
    return next(s for s in all_suggestions() if s.key == key)


def test_an_organisation_measure_for_a_problem_in_several_teams_aims_organisation_wide():
    org, cycle = _org()
    ids = {s.catalogue_key: s.id for s in org.sources}
    # time_pressure is a problem in Keuken and Zaal; hectic_periods only needs attention.
    targets = targets_for(_suggestion("match_work_and_staffing"), org, cycle)
    assert targets == [m.Target(ids["time_pressure"], None)]


def test_a_team_measure_aims_at_each_team_with_the_problem():
    org, cycle = _org()
    ids = {s.catalogue_key: s.id for s in org.sources}
    targets = targets_for(_suggestion("weekly_priorities"), org, cycle)
    assert targets == [m.Target(ids["time_pressure"], 1), m.Target(ids["time_pressure"], 2)]


def test_a_problem_in_one_team_stays_with_that_team_and_organisation_wide_stays_so():
    org, cycle = _org()
    ids = {s.catalogue_key: s.id for s in org.sources}
    reach = targets_for(_suggestion("reachability_after_hours"), org, cycle)
    assert reach == [m.Target(ids["reachability"], 3)]
    conflicts = targets_for(_suggestion("conflict_steps"), org, cycle)
    assert conflicts == [m.Target(ids["conflicts"], None)]


def test_without_problems_the_chosen_measures_targets_are_used_or_none():
    org, cycle = _org()
    ids = {s.catalogue_key: s.id for s in org.sources}
    focus = [m.Target(ids["development"], 2), m.Target(ids["clarity"], 1)]
    assert targets_for(_suggestion("training_budget"), org, cycle, focus) == [focus[0]]
    assert targets_for(_suggestion("training_budget"), org, cycle) == []


def test_archived_sources_get_no_targets():
    org, cycle = _org()
    next(s for s in org.sources if s.catalogue_key == "reachability").archived = True
    assert targets_for(_suggestion("notifications_off_after_work"), org, cycle) == []


def test_focus_is_the_chosen_measures_sources_else_the_cycles_problems():
    org, cycle = _org()
    ids = {s.catalogue_key: s.id for s in org.sources}
    assert focus_keys(org, cycle) == {"time_pressure", "reachability", "conflicts"}
    chosen = m.Measure("Iets", targets=[m.Target(ids["clarity"], 1)])
    assert focus_keys(org, cycle, chosen) == {"clarity"}
    assert focus_keys(org, cycle, m.Measure("Zonder doel")) == {
        "time_pressure", "reachability", "conflicts"}
    assert focus_keys(org, m.Cycle(2)) == set()
    own = m.Source("Eigen bron", m.SourceKind.DEMAND, id=99)  # not from the catalogue
    org.sources.append(own)
    assert measure_keys(org, m.Measure("Eigen", targets=[m.Target(99, 1)])) == set()
    assert focus_keys(org, cycle, m.Measure("Eigen", targets=[m.Target(99, 1)])) == {
        "time_pressure", "reachability", "conflicts"}
    assert problem_keys(org, cycle) == {"time_pressure", "reachability", "conflicts"}


# Every entry was checked: these carry out a statutory minimum (the rest go beyond the law, or
# rest on a bill that is not law yet).
STATUTORY = {
    "track_overtime": "Arbeidstijdenwet art. 4:3",
    "break_rules_for_all": "Arbeidstijdenwet art. 5:4",
    "breaks_in_the_roster": "Arbeidstijdenwet art. 5:4",
    "enough_rest_between_shifts": "Arbeidstijdenwet art. 5:3",
    "roster_known_early": "Arbeidstijdenwet art. 4:2",
    "take_real_holidays": "Burgerlijk Wetboek art. 7:634",
}


def test_legal_minimums_are_marked_with_their_source_of_law_and_nothing_else_is():
    found = {s.key: s for s in all_suggestions("nl")}
    assert {k for k, s in found.items() if s.statutory} == set(STATUTORY)
    for key, law in STATUTORY.items():
        suggestion = found[key]
        assert suggestion.law.startswith(law)
        assert suggestion.legal.startswith("Wettelijk verplicht:")
    assert "11 uur" in found["enough_rest_between_shifts"].legal
    english = {s.key: s for s in all_suggestions("en")}
    assert all(english[k].legal.startswith("Required by law:") for k in STATUTORY)


def test_a_strand_suggestion_aims_at_its_strand_source_in_a_whole_psa_file():
    sources = builtin_sources(scope=m.PsaScope.WHOLE)
    for n, source in enumerate(sources, start=1):
        source.id = n
    ids = {s.catalogue_key: s.id for s in sources}
    winkel, keuken = m.Team("Winkel", id=1), m.Team("Keuken", id=2)
    ratings = [m.SourceRating(ids["aggression_external"], 1, m.Rating.PROBLEM),
               m.SourceRating(ids["aggression_external"], 2, m.Rating.PROBLEM),
               m.SourceRating(ids["unwanted_internal"], 2, m.Rating.PROBLEM)]
    cycle = m.Cycle(1, teams=[winkel, keuken], ratings=ratings, id=1)
    org = m.Organisation(m.Profile("R&D <Noord>", psa_scope=m.PsaScope.WHOLE),
                         sources=sources, cycles=[cycle])
    assert targets_for(_suggestion("deescalation_training"), org, cycle) == [
        m.Target(ids["aggression_external"], None)]
    assert targets_for(_suggestion("managers_address_behaviour_early"), org, cycle) == [
        m.Target(ids["unwanted_internal"], 2)]
    # The mixed werkdruk source is archived in such a file: no target on it.
    assert targets_for(_suggestion("confidential_adviser_and_code"), org, cycle) == []


def test_a_legal_minimum_added_to_the_plan_says_so_in_its_description():
    rest = next(s for s in all_suggestions("nl") if s.key == "enough_rest_between_shifts")
    measure = to_measure(rest, [])
    assert measure.description.startswith(rest.legal + " (Arbeidstijdenwet art. 5:3")
    assert rest.description in measure.description
    assert search(all_suggestions("nl"), "arbeidstijdenwet 5:4") != []
