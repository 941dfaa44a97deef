"""The deeper study (verdiepend onderzoek) of a cycle, by any of its three accepted routes.

- a questionnaire round (`Measurement` with its anonymous `Response`s);
- a structured conversation with one team (`GroupConversation`): the outcomes are written down
  without naming anyone, and the leader should not be the team's direct manager;
- an external study by an arbodienst or adviser (`ExternalStudy`), kept as a document elsewhere.

A cycle may mix them (some teams by questionnaire, others by conversation). Whether each route
proves what the inspector asks (done, anonymous, per team, half took part, discussed) is judged
in `core.readiness.routes`. Imported into `core.model`, where every record is named.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any, NoReturn


class CollectionMethod(StrEnum):
    ON_SCREEN = "on_screen"
    PAPER = "paper"
    FILE = "file"


class AnswersNotLoaded(RuntimeError):
    """Code read the answers of a questionnaire before they were loaded from the file: a
    mistake in the program (it should have asked `OpenDocument.ensure_answers()`), never the
    user's, so it goes to the log and the crash message like any other."""


class _UnloadedAnswers(dict[str, int]):
    """The answers of a stored questionnaire that were not read from the file yet (the window
    opens without them; `storage.records.answers` loads them when a screen or report asks).

    An empty dict would mean "answered nothing", and a score or a verdict worked out from it
    would be wrong without anyone noticing. So every way of reading this one raises
    `AnswersNotLoaded`, and it holds one entry of its own underneath, so that code which looks
    at the dict's size in C (as `json.dumps` does for `{}`) does not see an empty dict either.
    There is one of it, `NOT_LOADED`; a pickled or copied one is that same object again."""

    def __init__(self) -> None:
        super().__init__()
        dict.__setitem__(self, "(niet geladen)", 0)

    def _refuse(self, *args: Any, **kwargs: Any) -> NoReturn:
        raise AnswersNotLoaded("answers read before they were loaded from the file")

    __getitem__ = __iter__ = __len__ = __contains__ = __reversed__ = _refuse
    __eq__ = __ne__ = __or__ = __ror__ = __ior__ = _refuse
    get = keys = values = items = copy = _refuse
    __setitem__ = __delitem__ = update = pop = popitem = setdefault = clear = _refuse
    __hash__ = None

    def __repr__(self) -> str:
        return "NOT_LOADED"

    def __reduce__(self) -> str:
        return "NOT_LOADED"  # pickle and copy find the one module-level object


NOT_LOADED: dict[str, int] = _UnloadedAnswers()


@dataclass
class Response:
    """One anonymous questionnaire: a team and the answers, never a name.

    `answers` is `NOT_LOADED` for a stored questionnaire whose answers were not read yet:
    the team and the id are known (enough to count who took part), the answers are not."""

    team_id: int | None
    answers: dict[str, int] = field(default_factory=dict)  # item key -> 1..5
    id: int | None = None

    @property
    def loaded(self) -> bool:
        return self.answers is not NOT_LOADED


@dataclass
class Measurement:
    """A questionnaire round within a cycle, over a fixed set of sources."""

    name: str
    held_on: date | None = None
    method: CollectionMethod = CollectionMethod.ON_SCREEN
    source_ids: list[int] = field(default_factory=list)
    discussed_with_staff: str = ""  # how and when results were discussed
    notes: str = ""
    responses: list[Response] = field(default_factory=list)
    id: int | None = None

    def answers_loaded(self) -> bool:
        """Every questionnaire's answers are in memory, so the measurement can be scored."""
        return all(r.loaded for r in self.responses)


@dataclass
class ConversationOutcome:
    """What came out of a group conversation about one source, without naming anyone."""

    source_id: int
    text: str = ""


@dataclass
class GroupConversation:
    """A structured conversation (groepsgesprek) about werkdruk with one team.

    `outcomes` is what came out overall and `outcomes_per_source` what came out per source
    asked, both in free text and without naming anyone; `without_names` is the recorder's word
    that they do. Nobody who took part is named: only how many did."""

    team_id: int | None
    held_on: date | None = None
    led_by: str = ""  # who led it: a role or a name (the leader, never a participant)
    leader_independent: bool = False  # the leader is not the team's direct manager
    participants: int = 0  # how many of the team took part
    outcomes: str = ""  # what came out overall, without names
    without_names: bool = False  # the outcomes name nobody
    discussed_on: date | None = None  # when the outcomes were discussed with the staff
    discussed_how: str = ""  # how (werkoverleg, e-mail with a talk, ...)
    outcomes_per_source: list[ConversationOutcome] = field(default_factory=list)
    id: int | None = None

    def has_outcomes(self) -> bool:
        """Something came out: the overall outcome or at least one per source."""
        return bool(self.outcomes.strip()) or any(o.text.strip() for o in self.outcomes_per_source)


@dataclass
class ExternalStudy:
    """A deeper study done by an arbodienst or adviser; the report itself is kept elsewhere."""

    carried_out_by: str = ""
    held_on: date | None = None
    method: str = ""  # e.g. questionnaire with interviews
    team_ids: list[int] = field(default_factory=list)  # the teams it covered
    participants: int = 0  # how many took part ...
    invited: int = 0  # ... of how many were asked
    reference: str = ""  # where the report is kept
    discussed_on: date | None = None
    discussed_how: str = ""
    id: int | None = None
