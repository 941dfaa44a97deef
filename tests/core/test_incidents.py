"""The incident register's counts never point at a person, names are caught, entries expire."""

import itertools
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from werkdrukdesk.core import model as m
from werkdrukdesk.core.psa.incidents import (
    before_and_after,
    expired,
    next_removal,
    shown_groups,
    summary,
)
from werkdrukdesk.core.psa.names import known_names, name_guesses, possible_names

MIN = m.MIN_ANONYMOUS_GROUP
A, U = m.Strand.AGGRESSION, m.Strand.UNWANTED


def _org(*headcounts: int, incidents=()) -> m.Organisation:
    teams = [m.Team(f"Team {n}", headcount=h, id=n + 1) for n, h in enumerate(headcounts)]
    cycle = m.Cycle(1, teams=teams, incidents=list(incidents), id=1)
    return m.Organisation(m.Profile("Bakkerij Ayşe", headcount=sum(headcounts)), cycles=[cycle])


def _incident(team_id, strand=A, kind=m.IncidentKind.THREAT, day=date(2026, 3, 1)):
    return m.Incident(day, strand=strand, kind=kind, team_id=team_id)


# -- examples, both ways -----------------------------------------------------------------------

def test_a_large_team_is_shown_on_its_own_and_a_small_one_only_in_the_total():
    org = _org(8, 7, 2, 2, 2, incidents=[_incident(1), _incident(3)])
    result = summary(org, org.cycles[0])
    assert [g.name for g in shown_groups(org, org.cycles[0])] == [
        "", "Team 0", "Team 1", "overige teams samen"]
    assert {r.group for r in result.rows} == {"", "Team 0", "overige teams samen"}  # no zeros
    pool = next(r for r in result.rows if r.group == "overige teams samen" and r.kind is None)
    assert pool.count == 1 and pool.size == 6
    total = next(r for r in result.rows if r.group == "" and r.kind is None)
    assert total.count == 2
    assert result.withheld  # team 2's incident is not in a row of its own


def test_a_pool_under_the_minimum_takes_in_the_smallest_shown_team():
    # Teams of 8, 6 and 3: showing 8 and 6 would leave the team of 3 as total minus both.
    org = _org(8, 6, 3, incidents=[_incident(3)])
    names = [g.name for g in shown_groups(org, org.cycles[0])]
    assert names == ["", "Team 0", "overige teams samen"]
    assert shown_groups(org, org.cycles[0])[2].team_ids == (3, 2)


def test_without_small_teams_every_team_is_shown_and_nothing_withheld():
    org = _org(6, 9, incidents=[_incident(1), _incident(2, U, m.IncidentKind.BULLYING)])
    result = summary(org, org.cycles[0])
    assert not result.withheld
    assert {(r.group, r.strand, r.kind, r.count) for r in result.rows} >= {
        ("Team 0", A, None, 1), ("Team 1", U, m.IncidentKind.BULLYING, 1), ("", A, None, 1)}


def test_an_organisation_under_the_minimum_shows_nothing():
    org = _org(2, 2, incidents=[_incident(1)])
    result = summary(org, org.cycles[0])
    assert result.rows == () and result.withheld
    assert summary(_org(2, 2), _org(2, 2).cycles[0]) == summary(org, org.cycles[0]).__class__(
        (), False)


def test_all_small_teams_show_only_the_total():
    org = _org(3, 3, incidents=[_incident(1)])
    result = summary(org, org.cycles[0])
    assert {r.group for r in result.rows} == {""} and result.withheld


def test_before_and_after_gives_the_previous_cycle_and_this_one():
    org = _org(6, 6, incidents=[_incident(1)] * 3)
    org.cycles.append(m.Cycle(2, teams=org.cycles[0].teams, incidents=[_incident(2)], id=2))
    change = {c.strand: (c.before, c.after) for c in before_and_after(org, org.cycles[1])}
    assert change == {A: (3, 1), U: (0, 0)}
    first = {c.strand: (c.before, c.after) for c in before_and_after(org, org.cycles[0])}
    assert first[A] == (None, 3)
    small = _org(2, incidents=[_incident(1)])
    assert before_and_after(small, small.cycles[0])[1].after is None


# -- the property: nothing shown isolates a group under the minimum ------------------------

incidents_st = st.lists(st.tuples(st.one_of(st.none(), st.integers(1, 7)),
                                  st.sampled_from(REGISTER := (A, U)),
                                  st.sampled_from(list(m.IncidentKind))), max_size=25)


@settings(max_examples=300, deadline=None)
@given(headcounts=st.lists(st.integers(0, 12), max_size=7), raw=incidents_st)
def test_no_shown_count_or_difference_points_at_a_small_group(headcounts, raw):
    org = _org(*headcounts, incidents=[_incident(t if t and t <= len(headcounts) else None, s, k)
                                       for t, s, k in raw])
    cycle = org.cycles[0]
    sizes = {t.id: t.headcount for t in cycle.teams}
    result = summary(org, cycle)
    if sum(headcounts) < MIN:
        assert result.rows == ()
        return
    for row in result.rows:
        assert row.size >= MIN
        assert row.size == (sum(sizes[t] for t in row.team_ids) if row.team_ids
                            else sum(headcounts))
    # The groups are the same for every strand and kind (a missing row is a shown zero), so
    # the total minus any set of team rows leaves the teams outside that set and the incidents
    # without a team: those teams together must be none, or at least the minimum.
    team_groups = [g.team_ids for g in shown_groups(org, cycle) if g.team_ids]
    for size in range(len(team_groups) + 1):
        for chosen in itertools.combinations(team_groups, size):
            left = set(sizes) - {t for group in chosen for t in group}
            assert not left or sum(sizes[t] for t in left) >= MIN
    # Each team sits in at most one shown row, and every count adds up.
    seen = [t for group in team_groups for t in group]
    assert len(seen) == len(set(seen))
    for strand in REGISTER:
        total = sum(1 for i in cycle.incidents if i.strand == strand)
        shown = [r.count for r in result.rows if not r.group and r.strand == strand
                 and r.kind is None]
        assert shown == ([total] if total else [])


# -- names -------------------------------------------------------------------------------

def _with_people() -> m.Organisation:
    org = _org(6, 6)
    org.profile.prevention_officer = "Ayşe Yılmaz"
    org.psa_policy.adviser.name = "Pieter de Vries"
    cycle = org.cycles[0]
    cycle.teams[0].manager = "Fatima El Amrani"
    cycle.teams[1].name = "R&D <Noord>"
    cycle.approval.employer_signed_by = "Gert Jansen"
    cycle.measures.append(m.Measure("Training", responsible="Sanne Bakker",
                                    carried_out_by="Kees Mol"))
    cycle.sessions.append(m.InformationSession(None, given_by="Lotte Smit",
                                               attendees=[m.Attendee("Ömer Demir")]))
    return org


def test_known_names_are_found_with_or_without_accents_and_case():
    org = _with_people()
    text = "De klant schold ayse yilmaz uit; OMER DEMIR zag het. Sanne belde de politie."
    assert known_names(text, org) == ["ayse yilmaz", "OMER DEMIR", "Sanne"]
    for name in ("Pieter de Vries", "Fatima", "Gert Jansen", "Kees Mol", "Lotte Smit"):
        assert known_names(f"daarna sprak {name} met iedereen", org), name


def test_a_first_name_that_is_also_a_word_counts_only_with_a_capital():
    org = _with_people()
    org.cycles[0].teams[1].manager = "Wil Jansen"
    assert known_names("De klant wil zijn geld terug.", org) == []
    assert known_names("Daarna belde Wil de politie.", org) == ["Wil"]
    assert known_names("daarna belde wil jansen de politie", org) == ["wil jansen"]


def test_a_text_without_names_passes():
    org = _with_people()
    text = "Een klant werd boos bij de kassa.\nDe collega kreeg opvang. Team 0 besprak het."
    assert possible_names(text, org) == []


def test_a_capitalised_word_in_mid_sentence_is_a_guess_but_not_a_sentence_start():
    org = _with_people()
    text = "Bij de kassa schold een klant Johan uit. Daarna ging het goed bij Bakkerij Ayşe."
    assert name_guesses(text, org) == ["Johan"]
    assert possible_names("Marco werd bedreigd. Wat nu?", org) == []
    assert name_guesses("Het gebeurde bij R&D <Noord> en de OR weet het", org) == []


def test_retention_names_what_is_due_and_when_next():
    org = _org(6, incidents=[_incident(1, day=date(2024, 3, 1)), _incident(1, day=None),
                             _incident(1, day=date(2025, 1, 31))])
    assert org.psa_policy.retention_months == 24
    assert expired(org, date(2026, 2, 28)) == []
    assert [i.occurred_on for _c, i in expired(org, date(2026, 3, 1))] == [date(2024, 3, 1)]
    assert next_removal(org) == date(2026, 3, 1)
