"""Unwanted behaviour and aggression are named apart from werkdruk in the balance, while they
still count against it (core.balance.by_strand is the one place that decides the side)."""

from werkdrukdesk.core import model as m
from werkdrukdesk.core.balance import (
    by_strand,
    problems_balance,
    strands_apart,
    suggested_verdict,
    suggestion_reason,
    team_picture,
    team_pictures,
)
from werkdrukdesk.core.psa.scope import set_scope

D, R = m.SourceKind.DEMAND, m.SourceKind.RESOURCE
P, A, F = m.Rating.PROBLEM, m.Rating.ATTENTION, m.Rating.FINE
WORK, SUPPORT, AGGRESSION, BULLYING, MIXED = 1, 2, 3, 4, 5


def organisation(scope: m.PsaScope) -> tuple[m.Organisation, m.Cycle]:
    sources = [
        m.Source("Te veel werk", D, position=0, id=WORK),
        m.Source("Steun van collega's", R, position=1, id=SUPPORT),
        m.Source("Agressie van klanten <balie>", D, position=2, id=AGGRESSION,
                 strand=m.Strand.AGGRESSION, archived=scope != m.PsaScope.WHOLE),
        m.Source("Pesten door collega's", D, position=3, id=BULLYING,
                 strand=m.Strand.UNWANTED, archived=scope != m.PsaScope.WHOLE),
        m.Source("Ongewenst gedrag", D, position=4, id=MIXED,
                 catalogue_key="unwanted_behaviour", archived=scope == m.PsaScope.WHOLE),
    ]
    cycle = m.Cycle(1, teams=[m.Team("Balie van Ayşe Yılmaz", 6, id=10),
                              m.Team("R&D <Noord>", 4, id=11)], id=1)
    org = m.Organisation(m.Profile("Zorg & Welzijn", psa_scope=scope), sources=sources,
                         cycles=[cycle])
    return org, cycle


def rate(cycle: m.Cycle, source_id: int, team_id: int | None, rating: m.Rating) -> None:
    cycle.ratings.append(m.SourceRating(source_id, team_id, rating))


def ids(found) -> list[int]:
    return [r.source.id for r in found]


def test_in_a_whole_psa_file_aggression_and_bullying_are_not_werkdruk():
    org, cycle = organisation(m.PsaScope.WHOLE)
    rate(cycle, AGGRESSION, 10, P)
    rate(cycle, BULLYING, None, P)  # for the whole organisation: counts at every team
    rate(cycle, WORK, 10, A)
    rate(cycle, SUPPORT, 10, F)
    picture = team_picture(org, cycle, 10)
    assert ids(picture.strands_too_often) == [AGGRESSION, BULLYING]
    assert picture.werkdruk_too_high == ()
    assert ids(picture.werkdruk_attention) == [WORK] and picture.strands_attention == ()
    assert strands_apart(org, team_pictures(org, cycle).values())
    reason = suggestion_reason(picture)
    assert reason == ("2 bronnen van ongewenst gedrag of agressie komen te vaak voor; "
                      "energiebronnen maken dat niet goed.")
    assert "werkdruk" not in reason


def test_werkdruk_and_the_strands_each_get_their_own_sentence():
    org, cycle = organisation(m.PsaScope.WHOLE)
    rate(cycle, WORK, 11, P)
    rate(cycle, SUPPORT, 11, P)
    rate(cycle, AGGRESSION, 11, P)
    picture = team_picture(org, cycle, 11)
    assert suggestion_reason(picture) == (
        "1 werkdrukbron is te hoog en 1 energiebron is te laag. 1 bron van ongewenst gedrag of "
        "agressie komt te vaak voor; energiebronnen maken dat niet goed.")
    werkdruk, strands = by_strand(picture.demands_too_high)
    assert (ids(werkdruk), ids(strands)) == ([WORK], [AGGRESSION])


def test_the_verdict_still_counts_the_strands_and_resources_never_offset_them():
    org, cycle = organisation(m.PsaScope.WHOLE)
    rate(cycle, SUPPORT, 10, F)
    rate(cycle, WORK, 10, F)
    rate(cycle, AGGRESSION, 10, P)
    picture = team_picture(org, cycle, 10)
    assert picture.problem_count == 1  # named apart, counted all the same
    assert suggested_verdict(picture) == m.Verdict.AT_RISK
    rate(cycle, SUPPORT, 11, P)
    rate(cycle, AGGRESSION, 11, P)
    other = team_picture(org, cycle, 11)
    assert suggested_verdict(other) == m.Verdict.OUT_OF_BALANCE
    balance = m.TeamBalance(11, m.Verdict.IN_BALANCE, note="Het team voelt zich gesteund.")
    problems = problems_balance(balance, cycle, other)
    assert problems == ["Agressie van klanten <balie> is te hoog. Dat maken energiebronnen niet "
                        "goed: noem dit team niet in balans en neem een maatregel."]


def test_a_werkdruk_only_file_reads_as_before():
    org, cycle = organisation(m.PsaScope.WERKDRUK)
    rate(cycle, WORK, 10, P)
    rate(cycle, MIXED, 10, P)  # the werkdruk source on unwanted behaviour stays werkdruk here
    rate(cycle, SUPPORT, 10, A)
    picture = team_picture(org, cycle, 10)
    assert picture.werkdruk_too_high == picture.demands_too_high
    assert ids(picture.werkdruk_too_high) == [WORK, MIXED]
    assert picture.strands_too_often == () and picture.strands_attention == ()
    assert not strands_apart(org, team_pictures(org, cycle).values())
    assert suggestion_reason(picture) == "2 werkdrukbronnen zijn te hoog."


def test_narrowing_after_rating_aggression_still_names_it_apart_and_widening_names_it():
    org, cycle = organisation(m.PsaScope.WHOLE)
    rate(cycle, AGGRESSION, 10, A)
    set_scope(org, m.PsaScope.WERKDRUK)  # archived, but rated in this cycle: still shown
    picture = team_picture(org, cycle, 10)
    assert ids(picture.strands_attention) == [AGGRESSION] and picture.werkdruk_attention == ()
    assert strands_apart(org, [picture])  # never counted as werkdruk, even in this scope
    org, cycle = organisation(m.PsaScope.WERKDRUK)
    rate(cycle, WORK, 10, P)
    assert not strands_apart(org, team_pictures(org, cycle).values())
    for n, source in enumerate(set_scope(org, m.PsaScope.WHOLE)):
        source.id = source.id or 100 + n  # as storage would give them on saving
    assert strands_apart(org, team_pictures(org, cycle).values())


def test_the_plan_of_action_asks_the_same_function():
    from werkdrukdesk.reports.plan import document

    assert document.by_strand is by_strand
    assert not hasattr(document, "_by_strand")
