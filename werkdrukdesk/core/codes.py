"""The codes of the later steps (plan, voorlichting, evaluation, questionnaire), kept apart so
`core.model` stays short enough to read; `core.model` re-exports every one of them."""

from __future__ import annotations

from enum import StrEnum


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


class CollectionMethod(StrEnum):
    ON_SCREEN = "on_screen"
    PAPER = "paper"
    FILE = "file"


class AnswerHandling(StrEnum):
    """Who sees and enters the questionnaires on paper and in the kiosk, as the owner chose it.
    The forms promise no more than this: the owner is the default, the least that is promised."""

    INDEPENDENT = "independent"  # an independent person collects and enters them
    SEALED_BOX = "sealed_box"  # a sealed box, entered by someone other than the employer
    OWNER = "owner"  # the owner (the employer) enters them and can see each form
