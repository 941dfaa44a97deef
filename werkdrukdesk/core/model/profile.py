"""Step 1: who the organisation is, how its arbo care is arranged, where its RI&E covers
werkdruk and what changed since. Part of the model; `core.model` names all of it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from werkdrukdesk.core.model.codes import ChangeKind, ParticipationBody, ReviewStatus
from werkdrukdesk.core.model.psa import PsaScope


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
    # Werkdruk only, or the whole PSA policy. A file or export from before the choice existed
    # is werkdruk only; a new organisation starts with the whole (core.psa.scope).
    psa_scope: PsaScope = PsaScope.WERKDRUK


@dataclass
class OrganisationChange:
    """A change since the RI&E: a new team, hybrid work, a reorganisation, new work."""

    kind: ChangeKind = ChangeKind.OTHER
    changed_on: date | None = None
    description: str = ""
    id: int | None = None
