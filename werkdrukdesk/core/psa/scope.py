"""Widening a file from werkdruk only to the whole PSA policy, and back.

Widening adds the built-in sources of the two other strands (unwanted behaviour within,
aggression from outside) and archives the werkdruk source that mixed the two; narrowing
archives the strand sources and brings the mixed one back. Nothing is deleted either way:
ratings, measures and answers on any source stay in the file and in its history.
"""

from __future__ import annotations

from collections.abc import Iterable

from werkdrukdesk.core import model as m
from werkdrukdesk.core.catalogue import MIXED_UNWANTED_KEY, builtin_sources


def set_scope(org: m.Organisation, scope: m.PsaScope) -> list[m.Source]:
    """Put `org` in `scope`; returns the sources that are new or changed, for storage to
    save (new ones have no id yet and go at the end of the list)."""
    org.profile.psa_scope = scope
    whole = scope == m.PsaScope.WHOLE
    changed = []
    known = {s.catalogue_key for s in org.sources if s.catalogue_key}
    if whole:
        position = max((s.position for s in org.sources), default=-1) + 1
        for source in builtin_sources(scope=m.PsaScope.WHOLE):
            if source.strand != m.Strand.WERKDRUK and source.catalogue_key not in known:
                source.position = position
                position += 1
                org.sources.append(source)
                changed.append(source)
    for source in org.sources:
        if source.strand != m.Strand.WERKDRUK:
            archived = not whole
        elif source.catalogue_key == MIXED_UNWANTED_KEY:
            archived = whole
        else:
            continue
        if source.archived != archived:
            source.archived = archived
            if source not in changed:
                changed.append(source)
    return changed


def beyond_werkdruk(sources: Iterable[m.Source]) -> bool:
    """Whether any of `sources` belongs to unwanted behaviour or aggression: a questionnaire
    that asks them is about more than werkdruk, and its title and questions say so."""
    return any(source.strand != m.Strand.WERKDRUK for source in sources)
