"""Step 1: who the organisation is, how its arbo care is arranged, where its RI&E covers
werkdruk and what changed since. Part of the model; `core.model` names all of it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class ParticipationBody(StrEnum):
    WORKS_COUNCIL = "or"  # ondernemingsraad (50+ staff)
    STAFF_REPRESENTATION = "pvt"  # personeelsvertegenwoordiging
    STAFF_MEETING = "staff_meeting"  # personeelsvergadering
    NONE = "none"


class ReviewStatus(StrEnum):
    """Toetsing of the RI&E by a certified expert."""

    UNKNOWN = "unknown"
    DONE = "done"
    EXEMPT = "exempt"
    NOT_DONE = "not_done"


class ChangeKind(StrEnum):
    """A change in work or organisation since the RI&E (Arbowet art. 5 lid 4: keep it current)."""

    NEW_TEAM = "new_team"
    HYBRID_WORK = "hybrid_work"
    REORGANISATION = "reorganisation"
    NEW_WORK = "new_work"
    OTHER = "other"


@dataclass
class Profile:
    """Step 1: who the organisation is and how its arbo care is arranged."""

    name: str
    kvk_number: str = ""
    sector: str = ""
    headcount: int = 0
    paid_hours_per_week: float = 0.0
    prevention_officer: str = ""
    prevention_officer_contact: str = ""  # how staff reach the preventiemedewerker
    participation_body: ParticipationBody = ParticipationBody.NONE
    participation_body_contact: str = ""
    occupational_health_service: str = ""  # arbodienst
    company_doctor: str = ""  # bedrijfsarts
    rie_date: date | None = None
    rie_instrument: str = ""
    rie_branch_recognised: bool = False
    rie_review: ReviewStatus = ReviewStatus.UNKNOWN
    rie_review_date: date | None = None
    rie_review_by: str = ""
    rie_exemption_reason: str = ""
    rie_werkdruk_place: str = ""  # where the RI&E (or its deeper inventory) covers werkdruk
    rie_werkdruk_date: date | None = None  # the date of that part
    rie_covers_werkdruk: bool = False  # the three strands of PSA the RI&E covers
    rie_covers_unwanted: bool = False  # intimidation, harassment, bullying, discrimination
    rie_covers_aggression: bool = False  # aggression and violence by third parties
    arbocatalogus: str = ""
    notes: str = ""


@dataclass
class OrganisationChange:
    """A change since the RI&E: a new team, hybrid work, a reorganisation, new work."""

    kind: ChangeKind = ChangeKind.OTHER
    changed_on: date | None = None
    description: str = ""
    id: int | None = None
