from werkdrukdesk.core import model as m
from werkdrukdesk.core.balance import (
    balance_summary,
    hybrid_teams,
    inventory_sources,
    next_position,
    problems_balance,
    problems_own_source,
    problems_rating,
    suggested_verdict,
    suggestion_reason,
    team_picture,
    team_pictures,
    teams_by_priority,
)

D, R = m.SourceKind.DEMAND, m.SourceKind.RESOURCE
P, A, F = m.Rating.PROBLEM, m.Rating.ATTENTION, m.Rating.FINE


def organisation() -> tuple[m.Organisation, m.Cycle]:
    sources = [
        m.Source("Steun van collega's", R, position=0, id=1),
        m.Source("Te veel werk", D, position=1, id=2),
        m.Source("Te weinig pauzes", D, position=2, id=3),
        m.Source("Zelf je tijd indelen", R, position=3, id=4),
        m.Source("Oud onderwerp", D, position=4, archived=True, id=5),
    ]
    teams = [
        m.Team("Salon", 5, id=10),
        m.Team("Ayşe's team", 4, hybrid=True, id=11),
        m.Team("R&D <Noord>", 3, id=12),
    ]
    cycle = m.Cycle(1, teams=teams, id=1)
    return m.Organisation(m.Profile("Kapsalon"), sources=sources, cycles=[cycle]), cycle


def rate(cycle: m.Cycle, source_id: int, team_id: int | None, rating: m.Rating) -> None:
    cycle.ratings.append(m.SourceRating(source_id, team_id, rating))


def test_sources_are_demands_first_and_archived_ones_only_when_rated():
    org, cycle = organisation()
    assert [s.id for s in inventory_sources(org, cycle)] == [2, 3, 1, 4]
    rate(cycle, 5, 10, A)
    assert [s.id for s in inventory_sources(org, cycle)] == [2, 3, 5, 1, 4]


def test_a_team_picture_groups_its_ratings_and_takes_over_organisation_wide_ones():
    org, cycle = organisation()
    rate(cycle, 2, 10, P)
    rate(cycle, 4, 10, A)
    rate(cycle, 1, None, P)  # colleagues' support too low everywhere
    rate(cycle, 1, 11, F)  # ...except where the team itself says otherwise
    salon = team_picture(org, cycle, 10)
    assert [r.source.id for r in salon.demands_too_high] == [2]
    assert [r.source.id for r in salon.resources_attention] == [4]
    assert [(r.source.id, r.organisation_wide) for r in salon.resources_too_low] == [(1, True)]
    assert (salon.problem_count, salon.attention_count, salon.score) == (2, 1, 5)
    assert (salon.rated, salon.total) == (3, 4)
    other = team_picture(org, cycle, 11)
    assert other.problem_count == 0 and other.rated == 1


def test_the_suggested_verdict_follows_simple_rules():
    org, cycle = organisation()
    assert suggested_verdict(team_picture(org, cycle, 10)) == m.Verdict.UNDECIDED
    rate(cycle, 2, 10, F)
    assert suggested_verdict(team_picture(org, cycle, 10)) == m.Verdict.IN_BALANCE
    rate(cycle, 3, 10, P)
    assert suggested_verdict(team_picture(org, cycle, 10)) == m.Verdict.AT_RISK
    rate(cycle, 4, 10, P)
    picture = team_picture(org, cycle, 10)
    assert suggested_verdict(picture) == m.Verdict.OUT_OF_BALANCE
    assert suggestion_reason(picture) == "1 werkdrukbron is te hoog en 1 energiebron is te laag."


def test_attention_alone_can_be_a_risk():
    org, cycle = organisation()
    rate(cycle, 2, 12, A)
    assert suggested_verdict(team_picture(org, cycle, 12)) == m.Verdict.IN_BALANCE
    rate(cycle, 1, 12, A)
    picture = team_picture(org, cycle, 12)
    assert suggested_verdict(picture) == m.Verdict.AT_RISK
    assert suggestion_reason(picture) == "2 bronnen vragen aandacht."


def test_teams_sort_by_priority_then_burden_then_name():
    org, cycle = organisation()
    rate(cycle, 2, 12, P)
    pictures = team_pictures(org, cycle)
    assert [t.id for t in teams_by_priority(cycle, pictures)] == [12, 11, 10]
    cycle.balances.append(m.TeamBalance(10, priority=1))
    assert [t.id for t in teams_by_priority(cycle, pictures)] == [10, 12, 11]


def test_balance_problems_explain_priorities_and_a_doubtful_verdict():
    org, cycle = organisation()
    rate(cycle, 2, 10, P)
    rate(cycle, 1, 10, P)
    picture = team_picture(org, cycle, 10)
    cycle.balances.append(m.TeamBalance(11, priority=1))
    balance = m.TeamBalance(10, m.Verdict.IN_BALANCE, priority=1)
    assert problems_balance(balance, cycle, picture) == [
        "Een ander team heeft ook prioriteit 1.",
        "U noemt dit team in balans terwijl er werkdrukbronnen te hoog en energiebronnen te laag "
        "zijn. Leg in de toelichting uit waarom.",
    ]
    balance.priority, balance.note = 4, "Tijdelijke drukte door de verbouwing."
    assert problems_balance(balance, cycle, picture) == ["Kies een prioriteit van 1 tot en met 3."]


def test_a_rating_needs_evidence_and_a_reference():
    rating = m.SourceRating(1, None)
    assert problems_rating(rating) == []
    rating.rating = P
    assert problems_rating(rating) == ["Leg vast waarop u deze beoordeling baseert."]
    rating.evidence = m.Evidence.GROUP_DISCUSSION
    assert problems_rating(rating) == [
        "Noem welke meting, welk gesprek of welk document u bedoelt."
    ]
    rating.evidence_reference = "Teamoverleg 12-03-2026"
    assert problems_rating(rating) == []


def test_an_own_source_needs_a_unique_name():
    org, _ = organisation()
    assert problems_own_source(m.Source(" ", D), org.sources) == ["Geef de bron een naam."]
    assert problems_own_source(m.Source("te veel werk ", D), org.sources) == [
        "Er is al een bron met de naam 'te veel werk'."
    ]
    assert problems_own_source(m.Source("Lawaai in de salon", D), org.sources) == []
    assert next_position(org.sources) == 5


def test_the_summary_counts_verdicts_and_names_the_most_pressing_teams():
    org, cycle = organisation()
    rate(cycle, 2, 11, P)
    rate(cycle, 2, None, A)
    rate(cycle, 1, 12, P)
    rate(cycle, 4, 12, P)
    cycle.balances.append(m.TeamBalance(12, m.Verdict.OUT_OF_BALANCE, priority=1))
    summary = balance_summary(org, cycle)
    assert summary.teams == 3 and summary.decided == 1 and summary.with_priority == 1
    assert summary.verdicts[m.Verdict.UNDECIDED] == 2
    assert summary.verdicts[m.Verdict.OUT_OF_BALANCE] == 1
    assert summary.most_pressing == (12, 11)
    assert [t.id for t in hybrid_teams(cycle)] == [11]


def test_unwanted_behaviour_too_high_is_never_offset_by_resources():
    org, cycle = organisation()
    org.sources.append(m.Source("Ongewenst gedrag", D, catalogue_key="unwanted_behaviour",
                                position=5, id=6))
    for source_id in (1, 4):
        rate(cycle, source_id, 10, F)  # every resource fine: nothing to weigh against
    rate(cycle, 6, 10, P)
    picture = team_picture(org, cycle, 10)
    assert suggested_verdict(picture) != m.Verdict.IN_BALANCE
    balance = m.TeamBalance(10, m.Verdict.IN_BALANCE, note="Goede sfeer en veel steun.")
    problems = problems_balance(balance, cycle, picture)
    assert any("Ongewenst gedrag is te hoog" in p for p in problems)  # a note does not excuse it
    rate(cycle, 6, 11, F)
    fine = team_picture(org, cycle, 11)
    assert problems_balance(m.TeamBalance(11, m.Verdict.IN_BALANCE), cycle, fine) == []
