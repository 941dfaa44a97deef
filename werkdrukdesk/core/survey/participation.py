"""Participation: respondents per team against its headcount, under the anonymity rule.

A count below the threshold is never given; a count that would give one away by subtraction
is hidden too; and the 'under half took part' flag of a small team is given only when it does
not tell whether one more person took part. See docs/survey-scoring.md, "Participation".
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from werkdrukdesk.core.model import Team
from werkdrukdesk.core.survey.anonymity import complete_hiding

LOW_PARTICIPATION = 0.5


@dataclass(frozen=True)
class Participation:
    """Respondents against headcount; `respondents` is None below the threshold."""

    name: str
    team_id: int | None
    respondents: int | None
    headcount: int
    share: float | None  # None when the headcount is unknown or the count is hidden
    low: bool | None  # under half of the headcount took part; None: not said (hidden count)


def participation(
    counts: Mapping[int | None, int], total: int, teams: Sequence[Team], limit: int,
    organisation: str,
) -> tuple[tuple[Participation, ...], Participation]:
    """Per team and for the whole `organisation` (its `total` respondents include those
    without a team) against the headcounts."""
    per_team = tuple(
        _share(t.name, t.id, counts.get(t.id, 0), t.headcount, limit) for t in teams
    )
    headcount = sum(t.headcount for t in teams)
    return per_team, _share(organisation, None, total, headcount, limit)


def hide_complement(
    teams: tuple[Participation, ...], overall: Participation, scored: int, limit: int
) -> tuple[Participation, ...]:
    """Hide team counts that would give away a hidden few by subtraction.

    The counted total minus the team counts shown is the number of people in hidden teams; if
    that is a few, the smallest shown teams' counts are hidden too (their scores already are).
    Questionnaires without a team that are set aside (`scored` leaves them out) do not take
    part: their number says nothing about anyone's answers.
    """
    if overall.respondents is None:
        return tuple(replace(p, respondents=None, share=None) for p in teams)
    shown = {p.team_id: p.respondents for p in teams if p.respondents is not None}
    rest = max(scored - sum(shown.values()), 0)
    hide = complete_hiding(shown, set(), limit, outside=rest)
    return tuple(replace(p, respondents=None, share=None) if p.team_id in hide else p
                 for p in teams)


def _share(name: str, team_id: int | None, count: int, headcount: int, limit: int) -> Participation:
    """Below the threshold the count stays hidden, and the flag is given only when it is the
    same for every hidden count (`_hidden_low_flag`): it must not tell whether one took part."""
    if count < limit:
        low = _hidden_low_flag(headcount, limit)
        return Participation(name, team_id, None, headcount, None, low)
    low = headcount > 0 and count / headcount < LOW_PARTICIPATION
    share = count / headcount if headcount > 0 else None
    return Participation(name, team_id, count, headcount, share, low)


def _hidden_low_flag(headcount: int, limit: int) -> bool | None:
    """The 'under half took part' flag for a team whose count (0 to limit − 1) stays hidden.

    It is given only when every hidden count gives the same answer, so that it never tells
    whether one more person took part: True when even limit − 1 is under half of the headcount,
    else None (not said). A headcount of 0 means unknown: no flag, as for counted teams.
    """
    if headcount <= 0:
        return False
    return True if (limit - 1) < LOW_PARTICIPATION * headcount else None
