"""Voorlichting topics grouped for the strands a file covers (core.psa.topics)."""

from werkdrukdesk.core import model as m
from werkdrukdesk.core.psa.topics import shown_topics, topic_groups

W, U, A = m.Strand.WERKDRUK, m.Strand.UNWANTED, m.Strand.AGGRESSION


def test_werkdruk_only_is_one_group_of_the_flyers_topics():
    assert topic_groups(m.STRANDS[m.PsaScope.WERKDRUK]) == [((W,), m.STRAND_TOPICS[W])]
    assert shown_topics((W,)) == set(m.STRAND_TOPICS[W])


def test_the_whole_policy_shows_each_topic_once_and_a_shared_one_after_the_strands():
    groups = topic_groups(m.STRANDS[m.PsaScope.WHOLE])
    assert [strands for strands, _ in groups] == [(W,), (U,), (A,), (U, A)]
    assert groups[-1][1] == (m.Topic.HOW_TO_REPORT,)  # both strands ask; ticked once
    topics = [t for _, group in groups for t in group]
    assert sorted(topics) == sorted(set(topics)) and set(topics) == set(m.Topic)


def test_a_topic_of_one_strand_is_not_shared_when_the_other_is_left_out():
    assert topic_groups((U,)) == [((U,), m.STRAND_TOPICS[U])]
    assert m.Topic.HOW_TO_REPORT in shown_topics((A,))
