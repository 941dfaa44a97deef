"""The codes of the model: short English values, stored as text in the file and in the JSON.

Their names in Dutch and English live in `core.labels`. `core.model` hands them on, so the rest
of the program writes `m.Rating.PROBLEM`.
"""

from __future__ import annotations

from enum import StrEnum


class SourceKind(StrEnum):
    DEMAND = "demand"  # werkdrukbron: a problem when too high
    RESOURCE = "resource"  # energiebron: a problem when too low


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


class DocumentKind(StrEnum):
    RIE = "rie"
    STAFF_SURVEY = "staff_survey"  # MTO
    DEEPER_STUDY = "deeper_study"  # verdiepend onderzoek
    OTHER = "other"


class Rating(StrEnum):
    """How a source stands in a team: for a demand 'problem' means too high, for a resource
    too low."""

    UNRATED = "unrated"
    FINE = "fine"
    ATTENTION = "attention"
    PROBLEM = "problem"


class Evidence(StrEnum):
    NONE = "none"
    QUESTIONNAIRE = "questionnaire"
    GROUP_DISCUSSION = "group_discussion"
    DOCUMENT = "document"
    INCIDENT_REGISTER = "incident_register"  # the register of incidents (core.model.psa)


class Verdict(StrEnum):
    UNDECIDED = "undecided"
    IN_BALANCE = "in_balance"
    AT_RISK = "at_risk"
    OUT_OF_BALANCE = "out_of_balance"


class Level(StrEnum):
    """Where a measure works; the flyer asks for organisation first, then team, then individual."""

    ORGANISATION = "organisation"
    TEAM = "team"
    INDIVIDUAL = "individual"


class MeasureStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


class SessionForm(StrEnum):
    MEETING = "meeting"
    MANAGER_TALK = "manager_talk"
    TRAINING = "training"
    WORKSHOP = "workshop"
    WRITTEN_WITH_TALK = "written_with_talk"
    OTHER = "other"


class Audience(StrEnum):
    STAFF = "staff"
    MANAGERS = "managers"
    EVERYONE = "everyone"


class Topic(StrEnum):
    """The subjects voorlichting should cover, after the flyer."""

    WHAT_IS_STRESS = "what_is_stress"
    CAUSES = "causes"
    ORGANISATION_MEASURES = "organisation_measures"
    WHAT_TEAM_AND_EMPLOYEE_CAN_DO = "what_team_and_employee_can_do"
    SIGNALS_IN_YOURSELF = "signals_in_yourself"
    SIGNALS_IN_OTHERS = "signals_in_others"  # for managers
    # Unwanted behaviour and aggression (the whole PSA policy):
    CODE_OF_CONDUCT = "code_of_conduct"  # what the code says
    CONFIDENTIAL_ADVISER = "confidential_adviser"  # who the vertrouwenspersoon is, how to reach
    HOW_TO_REPORT = "how_to_report"  # reporting an incident, the complaints procedure
    DURING_AND_AFTER_AGGRESSION = "during_and_after_aggression"  # what to do, and the aftercare


class Effect(StrEnum):
    NOT_YET_KNOWN = "not_yet_known"
    EFFECTIVE = "effective"
    PARTLY = "partly"
    NOT_EFFECTIVE = "not_effective"


class EvaluationMethod(StrEnum):
    GROUP_MEETINGS = "group_meetings"
    INDIVIDUAL_TALKS = "individual_talks"
    SECOND_MEASUREMENT = "second_measurement"
    OTHER = "other"


class AnswerHandling(StrEnum):
    """Who sees and enters the questionnaires on paper and in the kiosk, as the owner chose it.
    The forms promise no more than this: the owner is the default, the least that is promised."""

    INDEPENDENT = "independent"  # an independent person collects and enters them
    SEALED_BOX = "sealed_box"  # a sealed box, entered by someone other than the employer
    OWNER = "owner"  # the owner (the employer) enters them and can see each form
