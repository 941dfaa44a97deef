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
    sizes: Mapping[Key, int], hidden: set[Key], limit: int, outside: int = 0,
    empty_is_safe: bool = True,
) -> set[Key]:
    """`hidden` grown with the smallest shown units until the hidden people, together with
    `outside` people hidden in no unit, number none or at least `limit`. With
    `empty_is_safe=False` none is not enough either: whether the hidden part is empty must
    not show."""
    hidden = set(hidden)
    rest = outside + sum(sizes[key] for key in hidden)
    for key in sorted((k for k in sizes if k not in hidden), key=lambda k: (sizes[k], k)):
        if rest >= limit or (rest == 0 and empty_is_safe):
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
    the threshold are folded, together with the responses without a team. If every team has
    at least the threshold and the responses without a team are fewer, they are set aside:
    they count for participation only. Otherwise smallest teams are folded in too until the
    rest holds at least the threshold, also when the small teams hold nobody: whether one
    person of a small team took part must not change which groups are shown.
    """
    sizes = {t.id: counts.get(t.id, 0) for t in teams}
    small = {team_id for team_id, n in sizes.items() if n < limit}
    without_team = counts.get(None, 0)
    set_aside = not small and 0 < without_team < limit
    folded = complete_hiding(sizes, small, limit, 0 if set_aside else without_team,
                             empty_is_safe=not small)
    return Split(
        [t for t in teams if t.id not in folded], [t for t in teams if t.id in folded], set_aside
    )
