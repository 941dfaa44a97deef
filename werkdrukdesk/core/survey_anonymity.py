"""The anonymity rule on counts: which groups must stay hidden so that no small set shows.

Hiding a group under the threshold is not enough when its total can be worked out: the whole
organisation minus the teams shown is exactly the hidden rest. So the hidden part must hold
nobody or at least the threshold; if not, the smallest shown group is hidden as well (what
statisticians call complementary suppression). The same rule works for teams and for the
per-source scores inside the groups.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

from werkdrukdesk.core.model import Team

Key = TypeVar("Key", bound=Hashable)


def complete_hiding(
    sizes: Mapping[Key, int], hidden: set[Key], limit: int, outside: int = 0
) -> set[Key]:
    """`hidden` grown with the smallest shown units until the hidden people, together with
    `outside` people hidden in no unit, number none or at least `limit`."""
    hidden = set(hidden)
    rest = outside + sum(sizes[key] for key in hidden)
    for key in sorted((k for k in sizes if k not in hidden), key=lambda k: (sizes[k], k)):
        if not 0 < rest < limit:
            break
        hidden.add(key)
        rest += sizes[key]
    return hidden


@dataclass(frozen=True)
class Split:
    shown: list[Team]  # teams with results of their own
    folded: list[Team]  # teams inside the combined group
    set_aside: bool  # the responses without a team count in no score


def split_teams(counts: Mapping[int | None, int], teams: Sequence[Team], limit: int) -> Split:
    """Teams shown on their own and teams folded into the combined group.

    `counts` holds respondents per team id, with None for responses without a team. Teams below
    the threshold are folded, together with the responses without a team. If that rest is only
    responses without a team and fewer than the threshold, they are set aside: they count for
    participation only. Otherwise smallest teams are folded in too, so that no member of a
    team drops out of the organisation's picture.
    """
    sizes = {t.id: counts.get(t.id, 0) for t in teams}
    small = {team_id for team_id, n in sizes.items() if n < limit}
    without_team = counts.get(None, 0)
    set_aside = sum(sizes[i] for i in small) == 0 and 0 < without_team < limit
    folded = complete_hiding(sizes, small, limit, 0 if set_aside else without_team)
    return Split(
        [t for t in teams if t.id not in folded], [t for t in teams if t.id in folded], set_aside
    )
