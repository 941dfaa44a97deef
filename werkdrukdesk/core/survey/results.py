"""What scoring a measurement gives: the scales asked, the groups shown and their scores.

Plain frozen values; `core.survey.scoring` makes them, screens, reports and the JSON read them.
A suppressed group or score carries no numbers at all (see docs/survey-scoring.md).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from werkdrukdesk.core.i18n import QT_TRANSLATE_NOOP
from werkdrukdesk.core.model import Rating, SourceKind, Strand
from werkdrukdesk.core.survey.participation import Participation

# Names and notes in Dutch; results carry them translated into the language of the moment.
ORGANISATION_NAME = QT_TRANSLATE_NOOP("Survey", "Hele organisatie")
COMBINED_NAME = QT_TRANSLATE_NOOP("Survey", "Overige teams (samengevoegd)")
ORGANISATION_KEY, COMBINED_KEY = "organisation", "combined"

class GroupKind(StrEnum):
    ORGANISATION = "organisation"
    TEAM = "team"
    COMBINED = "combined"


@dataclass(frozen=True)
class Scale:
    """A source as asked in a measurement, with the reliability of its items."""

    source_id: int
    name: str
    kind: SourceKind
    item_keys: tuple[str, ...]
    alpha: float | None = None  # None: not computable or too few complete respondents
    alpha_note: str = ""  # why alpha is None, in the current language
    by_occurrence: bool = False  # rated by occurrence, not by its mean (core.survey.occurrence)
    strand: Strand = Strand.WERKDRUK


@dataclass(frozen=True)
class SourceScore:
    """One source in one shown group. `suppressed`: too few answered it; then no numbers."""

    source_id: int
    suppressed: bool
    n: int | None = None
    mean: float | None = None
    sd: float | None = None
    rating: Rating = Rating.UNRATED


@dataclass(frozen=True)
class GroupResult:
    """A group of respondents. A suppressed group carries no count and no scores at all."""

    key: str  # "organisation", "team:<id>" or "combined"
    name: str
    kind: GroupKind
    suppressed: bool
    n: int | None = None
    team_id: int | None = None
    previous_team_id: int | None = None  # to match the same team across cycles
    folded_into: str | None = None  # a team shown inside the combined group
    team_ids: tuple[int, ...] = ()  # members of the combined group
    scores: dict[int, SourceScore] = field(default_factory=dict)


@dataclass(frozen=True)
class MeasurementResults:
    measurement_id: int | None
    measurement_name: str
    held_on: date | None
    cycle_number: int | None
    threshold: int
    scales: tuple[Scale, ...]
    groups: tuple[GroupResult, ...]  # organisation, teams in cycle order, combined
    teams: tuple[Participation, ...]
    overall: Participation
    warnings: tuple[str, ...] = ()

    def group(self, key: str) -> GroupResult | None:
        return next((g for g in self.groups if g.key == key), None)
