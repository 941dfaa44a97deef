"""Unwanted behaviour is judged by whether it happens, not by a team mean.

Bullying, threats, harassment or discrimination are part of psychosocial workload (Arbowet
art. 1 lid 3 sub e). One case is one too many, so a mean that one bad experience barely moves
says nothing useful: in a team of seven where one person answers "altijd" to every item, the
mean is still below 2. A source scored by occurrence looks at each respondent's highest answer
on its items (their *peak*) instead:

- anyone answers "vaak" or "altijd", or at least `REPORTING_SHARE` of the respondents report
  anything above "nooit": too high ("te hoog");
- anyone reports anything above "nooit": needs attention;
- nobody reports anything: fine.

The rating is given only for groups that are shown at all, so it is a group-level outcome under
the same anonymity rules as every score (see docs/survey-scoring.md). The rule is written once,
here; `core.balance` keeps such a source outside the werkdruk balance.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from werkdrukdesk.core.i18n import translate
from werkdrukdesk.core.model import Rating, Source, Strand

OCCURRENCE_KEYS = frozenset({"unwanted_behaviour"})  # werkdruk sources scored by occurrence
NEVER = 1  # "nooit" on the answer scale
SERIOUS = 4  # "vaak": from here on one answer alone makes it too high
REPORTING_SHARE = 0.2  # this share of respondents reporting anything makes it too high


def by_occurrence(source: Source) -> bool:
    """Whether `source` is judged by occurrence (unwanted behaviour, and every source of the
    strands of unwanted behaviour and aggression) rather than by its mean."""
    return source.catalogue_key in OCCURRENCE_KEYS or source.strand != Strand.WERKDRUK


def peak(answers: Mapping[str, int], item_keys: Sequence[str]) -> int | None:
    """A respondent's highest valid answer on the items, or None when none was answered."""
    values = [v for v in map(answers.get, item_keys) if isinstance(v, int) and 1 <= v <= 5]
    return max(values) if values else None


def occurrence_rating(peaks: Iterable[int]) -> Rating:
    """The group's rating from the peaks of its respondents (see the module's docstring)."""
    peaks = list(peaks)
    if not peaks:
        return Rating.UNRATED
    reported = [p for p in peaks if p > NEVER]
    if not reported:
        return Rating.FINE
    if max(reported) >= SERIOUS or len(reported) >= REPORTING_SHARE * len(peaks):
        return Rating.PROBLEM
    return Rating.ATTENTION


def occurrence_note(source: str) -> str:
    """Why a source judged by occurrence can be 'te hoog' beside a low mean; shown with the
    measurement's notices wherever its results are."""
    return translate(
        "SurveyOccurrence", "{source} is beoordeeld op voorkomen, niet op het gemiddelde: één "
        "keer 'vaak' of 'altijd', of een melding door minstens 1 op de 5, maakt het te hoog; "
        "elke melding vraagt aandacht.").format(source=source)
