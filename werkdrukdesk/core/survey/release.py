"""No differencing: a group's figures change only in steps of at least the threshold.

Results are recomputed after every added questionnaire (kiosk, paper entry, an import into the
same measurement). If a group's mean moved with every answer, the figures before and after one
more answer would give that person's score. So every group releases its figures over a prefix
of its respondents in entry order: the first `limit · floor(n / limit)`. The figures stay the
same until `limit` NEW respondents of that group have come in. The state needs nothing stored:
it follows from the responses in the order they were entered.

The organisation is not stepped on its own (its prefix would differ from the union of the
teams' prefixes by a few people, and subtraction would find them): it is the union of what the
teams and the combined group release. The same holds per source and for Cronbach's alpha.
See docs/survey-scoring.md, "No differencing".
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from werkdrukdesk.core.i18n import QT_TRANSLATE_NOOP, translate

T = TypeVar("T")
STEPS_NOTE = QT_TRANSLATE_NOOP(
    "Survey", "De uitkomsten van een groep veranderen pas als er minstens {threshold} nieuwe "
    "vragenlijsten van die groep bij zijn gekomen; tot dan tellen de nieuwste nog niet mee. Zo "
    "is uit het verschil nooit één antwoord af te leiden.")


def steps_note(threshold: int) -> str:
    """Why a group's figures may count fewer questionnaires than came in, in the current
    language; the same sentence on screen, in the text output and in the report."""
    return translate("Survey", STEPS_NOTE).format(threshold=threshold)


def released(members: Sequence[T], limit: int) -> list[T]:
    """The first `limit · floor(len(members) / limit)` members, in entry order."""
    return list(members[: len(members) // limit * limit])
