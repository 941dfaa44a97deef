"""The voorlichting topics of the strands a file covers, grouped for a list of tick boxes.

A topic several strands ask for (how to report: unwanted behaviour within and aggression from
outside both need it) is shown once, in a group of its own after the strands' own topics, so
ticking it once counts for both.
"""

from __future__ import annotations

from collections.abc import Iterable

from werkdrukdesk.core import model as m

TopicGroup = tuple[tuple[m.Strand, ...], tuple[m.Topic, ...]]  # the strands asking, their topics


def topic_groups(strands: Iterable[m.Strand]) -> list[TopicGroup]:
    """Each topic of `strands` once, grouped by the strands that ask for it: first the groups
    of a single strand in the order given, then the shared ones."""
    strands = tuple(strands)
    asking: dict[m.Topic, tuple[m.Strand, ...]] = {}
    for strand in strands:
        for topic in m.STRAND_TOPICS[strand]:
            asking[topic] = (*asking.get(topic, ()), strand)
    groups: dict[tuple[m.Strand, ...], list[m.Topic]] = {}
    for topic, by in asking.items():
        groups.setdefault(by, []).append(topic)
    order = sorted(groups, key=lambda by: (len(by), [strands.index(s) for s in by]))
    return [(by, tuple(groups[by])) for by in order]


def shown_topics(strands: Iterable[m.Strand]) -> set[m.Topic]:
    """Every topic the strands ask for."""
    return {topic for strand in strands for topic in m.STRAND_TOPICS[strand]}
