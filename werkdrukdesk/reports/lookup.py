"""Finding the session or measurement a report was asked for, by the id a user typed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from werkdrukdesk.core import model as m
from werkdrukdesk.core.errors import WerkdrukError

# What the caller's message function is asked for: bad (not a number), elsewhere (another
# cycle's), unknown, none_to_choose and choose_from (the ids there are).
Say = Callable[..., str]


def find_in_cycle(org: m.Organisation, cycle: m.Cycle, part: str, raw_id: object,
                  say: Say) -> Any:
    """The record of `cycle.<part>` with this id; otherwise a WerkdrukError in one sentence."""
    try:
        wanted = int(raw_id)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        raise WerkdrukError(say("bad", id=raw_id)) from None
    found = next((x for x in getattr(cycle, part) if x.id == wanted), None)
    if found is not None:
        return found
    other = next((c for c in org.cycles if any(x.id == wanted for x in getattr(c, part))), None)
    if other is not None and other is not cycle:
        problem = say("elsewhere", id=wanted, other=other.number, cycle=cycle.number)
    else:
        problem = say("unknown", id=wanted, cycle=cycle.number)
    ids = sorted(x.id for x in getattr(cycle, part) if x.id is not None)
    if not ids:
        raise WerkdrukError(say("none_to_choose", problem=problem))
    raise WerkdrukError(say("choose_from", problem=problem, ids=", ".join(map(str, ids))))
