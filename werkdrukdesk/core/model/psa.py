"""The whole policy on psychosociale arbeidsbelasting beside werkdruk: its scope, the two other
strands, the arrangements an inspector asks to see, and the incident register. Part of the
model; `core.model` names all of it.

Arbowet art. 1 lid 3 sub e counts as PSA werkdruk and also discrimination, sexual harassment,
aggression and violence, and bullying. The inspectorate looks at them as three strands:
werkdruk, unwanted behaviour within the organisation, and aggression and violence from outside.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from werkdrukdesk.core.model.codes import Topic


class PsaScope(StrEnum):
    """How much of the PSA policy this file covers; files from before the choice existed
    open as werkdruk only, until the owner widens them."""

    WERKDRUK = "werkdruk"  # werkdruk only
    WHOLE = "whole"  # werkdruk, unwanted behaviour within and aggression from outside


class Strand(StrEnum):
    WERKDRUK = "werkdruk"
    UNWANTED = "unwanted"  # bullying, intimidation, sexual harassment, discrimination within
    AGGRESSION = "aggression"  # aggression and violence by customers, clients, the public


# The strands each scope covers, in the inspector's order.
STRANDS: dict[PsaScope, tuple[Strand, ...]] = {
    PsaScope.WERKDRUK: (Strand.WERKDRUK,),
    PsaScope.WHOLE: (Strand.WERKDRUK, Strand.UNWANTED, Strand.AGGRESSION),
}


# The voorlichting each strand asks for (Arbowet art. 8, Arbobesluit art. 2.15): werkdruk's
# topics follow the flyer; recognising signals in others is for managers.
STRAND_TOPICS: dict[Strand, tuple[Topic, ...]] = {
    Strand.WERKDRUK: (Topic.WHAT_IS_STRESS, Topic.CAUSES, Topic.ORGANISATION_MEASURES,
                      Topic.WHAT_TEAM_AND_EMPLOYEE_CAN_DO, Topic.SIGNALS_IN_YOURSELF,
                      Topic.SIGNALS_IN_OTHERS),
    Strand.UNWANTED: (Topic.CODE_OF_CONDUCT, Topic.CONFIDENTIAL_ADVISER, Topic.HOW_TO_REPORT),
    Strand.AGGRESSION: (Topic.HOW_TO_REPORT, Topic.DURING_AND_AFTER_AGGRESSION),
}


class AggressionRisk(StrEnum):
    """What makes aggression from outside more likely in a team's work."""

    WORKING_ALONE = "working_alone"
    EVENINGS_NIGHTS = "evenings_nights"
    CASH_OR_GOODS = "cash_or_goods"  # money, medicines or goods worth taking
    PEOPLE_IN_DISTRESS = "people_in_distress"  # care for people who are ill, confused or upset
    WAITING_AND_REFUSALS = "waiting_and_refusals"  # queues, waiting times, saying no


class AdviserKind(StrEnum):
    NONE = "none"  # not appointed (yet)
    INTERNAL = "internal"  # a colleague
    EXTERNAL = "external"  # hired from outside


class IncidentKind(StrEnum):
    BULLYING = "bullying"
    INTIMIDATION = "intimidation"
    SEXUAL_HARASSMENT = "sexual_harassment"
    DISCRIMINATION = "discrimination"
    VERBAL_AGGRESSION = "verbal_aggression"  # abuse, shouting
    THREAT = "threat"
    PHYSICAL_VIOLENCE = "physical_violence"
    OTHER = "other"


# Which kinds belong to which strand; `OTHER` to both.
INCIDENT_KINDS: dict[Strand, tuple[IncidentKind, ...]] = {
    Strand.UNWANTED: (IncidentKind.BULLYING, IncidentKind.INTIMIDATION,
                      IncidentKind.SEXUAL_HARASSMENT, IncidentKind.DISCRIMINATION,
                      IncidentKind.OTHER),
    Strand.AGGRESSION: (IncidentKind.VERBAL_AGGRESSION, IncidentKind.THREAT,
                        IncidentKind.PHYSICAL_VIOLENCE, IncidentKind.DISCRIMINATION,
                        IncidentKind.SEXUAL_HARASSMENT, IncidentKind.OTHER),
}


class Severity(StrEnum):
    MINOR = "minor"  # no harm beyond the moment
    SERIOUS = "serious"  # harm, fear or absence
    SEVERE = "severe"  # injury, hospital, or lasting harm


@dataclass
class CodeOfConduct:
    """A gedragscode: what behaviour the organisation expects and does not accept."""

    set_on: date | None = None
    core_text: str = ""  # its heart in a few lines, for the sheet on the wall
    how_staff_know: str = ""  # e.g. "bij indiensttreding uitgereikt, jaarlijks besproken"
    reference: str = ""  # where the whole code is kept


@dataclass
class ConfidentialAdviser:
    """A vertrouwenspersoon staff can go to in confidence."""

    kind: AdviserKind = AdviserKind.NONE
    name: str = ""  # a person or the service that provides one
    how_to_reach: str = ""  # phone, e-mail, hours
    trained: bool = False  # followed a training for vertrouwenspersonen
    appointed_on: date | None = None


@dataclass
class ComplaintsProcedure:
    """A klachtenregeling with a committee that hears complaints about unwanted behaviour."""

    set_on: date | None = None
    committee: str = ""  # who hears complaints
    independent: bool = False  # nobody of the committee works under the accused's manager
    reference: str = ""


@dataclass
class IncidentReporting:
    """How an incident is reported and who registers it."""

    set_on: date | None = None
    how_to_report: str = ""  # to whom, how, how soon
    registered_by: str = ""  # a role, e.g. "preventiemedewerker"


@dataclass
class HouseRules:
    """Huisregels for customers, clients and visitors: what is not accepted and what follows."""

    set_on: date | None = None
    where_shown: str = ""  # e.g. "bij de ingang en op de website"
    reference: str = ""


@dataclass
class Aftercare:
    """Opvang en nazorg after an incident."""

    set_on: date | None = None
    who: str = ""  # who takes care of the person affected (a role)
    within_hours: int | None = None  # how soon someone is there
    referral: str = ""  # to the bedrijfsarts, victim support, ...


# How long incidents are kept before they are removed (AVG: no longer than needed). The law
# names no term; this is the program's default, and the owner can change it.
DEFAULT_RETENTION_MONTHS = 24
MIN_RETENTION_MONTHS = 6
MAX_RETENTION_MONTHS = 120


@dataclass
class PsaPolicy:
    """The arrangements against unwanted behaviour and aggression, one of each per
    organisation; they carry over from cycle to cycle."""

    code: CodeOfConduct = field(default_factory=CodeOfConduct)
    adviser: ConfidentialAdviser = field(default_factory=ConfidentialAdviser)
    complaints: ComplaintsProcedure = field(default_factory=ComplaintsProcedure)
    reporting: IncidentReporting = field(default_factory=IncidentReporting)
    house_rules: HouseRules = field(default_factory=HouseRules)
    aftercare: Aftercare = field(default_factory=Aftercare)
    retention_months: int = DEFAULT_RETENTION_MONTHS


@dataclass
class Incident:
    """One registered incident, without the name of anyone involved: not the person affected,
    not who reported it, not who is accused. Kept until its retention period ends."""

    occurred_on: date | None
    strand: Strand = Strand.AGGRESSION  # UNWANTED (within) or AGGRESSION (from outside)
    kind: IncidentKind = IncidentKind.OTHER
    team_id: int | None = None  # the team it happened in; None: not said
    severity: Severity = Severity.MINOR
    care_given: bool = False  # opvang en nazorg given
    police_report: bool = False  # aangifte or melding bij de politie
    measure_taken: bool = False  # a measure followed
    description: str = ""  # what happened and what followed, never with names
    id: int | None = None
