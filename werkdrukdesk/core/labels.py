"""Dutch (and English) names for the codes of the model: the message catalogue of core.

Reports and the command line take their words from here, so a code reads the same everywhere.
"""

from __future__ import annotations

from enum import Enum

from werkdrukdesk.core import model as m

LABELS: list[tuple[Enum, dict[str, str]]] = [
    (m.SourceKind.DEMAND, {"nl": "werkdrukbron", "en": "demand"}),
    (m.SourceKind.RESOURCE, {"nl": "energiebron", "en": "resource"}),
    (m.ParticipationBody.WORKS_COUNCIL, {"nl": "ondernemingsraad (OR)", "en": "works council"}),
    (
        m.ParticipationBody.STAFF_REPRESENTATION,
        {
            "nl": "personeelsvertegenwoordiging (PVT)",
            "en": "staff representation",
        },
    ),
    (m.ParticipationBody.STAFF_MEETING, {"nl": "personeelsvergadering", "en": "staff meeting"}),
    (m.ParticipationBody.NONE, {"nl": "geen", "en": "none"}),
    (m.ReviewStatus.UNKNOWN, {"nl": "nog niet ingevuld", "en": "not filled in"}),
    (m.ReviewStatus.DONE, {"nl": "getoetst", "en": "reviewed"}),
    (m.ReviewStatus.EXEMPT, {"nl": "vrijgesteld van toetsing", "en": "exempt from review"}),
    (m.ReviewStatus.NOT_DONE, {"nl": "niet getoetst", "en": "not reviewed"}),
    (m.DocumentKind.RIE, {"nl": "RI&E", "en": "risk assessment"}),
    (m.DocumentKind.STAFF_SURVEY, {"nl": "medewerkersonderzoek (MTO)", "en": "staff survey"}),
    (m.DocumentKind.DEEPER_STUDY, {"nl": "verdiepend onderzoek", "en": "in-depth study"}),
    (m.DocumentKind.OTHER, {"nl": "ander document", "en": "other document"}),
    (m.Evidence.NONE, {"nl": "nog geen onderbouwing", "en": "no evidence yet"}),
    (m.Evidence.QUESTIONNAIRE, {"nl": "vragenlijst", "en": "questionnaire"}),
    (m.Evidence.GROUP_DISCUSSION, {"nl": "groepsgesprek", "en": "group discussion"}),
    (m.Evidence.DOCUMENT, {"nl": "document", "en": "document"}),
    (m.Verdict.UNDECIDED, {"nl": "nog niet beoordeeld", "en": "not yet assessed"}),
    (m.Verdict.IN_BALANCE, {"nl": "in balans", "en": "in balance"}),
    (m.Verdict.AT_RISK, {"nl": "let op", "en": "at risk"}),
    (m.Verdict.OUT_OF_BALANCE, {"nl": "uit balans", "en": "out of balance"}),
    (m.Level.ORGANISATION, {"nl": "organisatie", "en": "organisation"}),
    (m.Level.TEAM, {"nl": "team", "en": "team"}),
    (m.Level.INDIVIDUAL, {"nl": "individu", "en": "individual"}),
    (m.MeasureStatus.PLANNED, {"nl": "gepland", "en": "planned"}),
    (m.MeasureStatus.IN_PROGRESS, {"nl": "bezig", "en": "in progress"}),
    (m.MeasureStatus.DONE, {"nl": "uitgevoerd", "en": "done"}),
    (m.MeasureStatus.CANCELLED, {"nl": "vervallen", "en": "cancelled"}),
    (m.SessionForm.MEETING, {"nl": "bijeenkomst", "en": "meeting"}),
    (m.SessionForm.MANAGER_TALK, {"nl": "gesprek met leidinggevende", "en": "talk with manager"}),
    (m.SessionForm.TRAINING, {"nl": "training", "en": "training"}),
    (m.SessionForm.WORKSHOP, {"nl": "workshop", "en": "workshop"}),
    (
        m.SessionForm.WRITTEN_WITH_TALK,
        {
            "nl": "schriftelijk, met nagesprek",
            "en": "written, with follow-up talk",
        },
    ),
    (m.SessionForm.OTHER, {"nl": "anders", "en": "other"}),
    (m.Audience.STAFF, {"nl": "medewerkers", "en": "staff"}),
    (m.Audience.MANAGERS, {"nl": "leidinggevenden", "en": "managers"}),
    (m.Audience.EVERYONE, {"nl": "iedereen", "en": "everyone"}),
    (m.Topic.WHAT_IS_STRESS, {"nl": "wat werkstress is", "en": "what work stress is"}),
    (m.Topic.CAUSES, {"nl": "waar werkstress vandaan komt", "en": "where work stress comes from"}),
    (
        m.Topic.ORGANISATION_MEASURES,
        {
            "nl": "wat de organisatie eraan doet",
            "en": "what the organisation does",
        },
    ),
    (
        m.Topic.WHAT_TEAM_AND_EMPLOYEE_CAN_DO,
        {
            "nl": "wat team en medewerker zelf kunnen doen",
            "en": "what team and employee can do",
        },
    ),
    (
        m.Topic.SIGNALS_IN_YOURSELF,
        {
            "nl": "signalen bij jezelf herkennen",
            "en": "recognising signals in yourself",
        },
    ),
    (
        m.Topic.SIGNALS_IN_OTHERS,
        {
            "nl": "signalen bij medewerkers herkennen (leidinggevenden)",
            "en": "recognising signals in staff (managers)",
        },
    ),
    (m.Effect.NOT_YET_KNOWN, {"nl": "nog niet bekend", "en": "not yet known"}),
    (m.Effect.EFFECTIVE, {"nl": "werkt", "en": "effective"}),
    (m.Effect.PARTLY, {"nl": "werkt deels", "en": "partly effective"}),
    (m.Effect.NOT_EFFECTIVE, {"nl": "werkt niet", "en": "not effective"}),
    (m.EvaluationMethod.GROUP_MEETINGS, {"nl": "groepsbijeenkomsten", "en": "group meetings"}),
    (
        m.EvaluationMethod.INDIVIDUAL_TALKS,
        {"nl": "individuele gesprekken", "en": "individual talks"},
    ),
    (
        m.EvaluationMethod.SECOND_MEASUREMENT,
        {
            "nl": "tweede meting met dezelfde bronnen",
            "en": "second measurement on the same sources",
        },
    ),
    (m.EvaluationMethod.OTHER, {"nl": "anders", "en": "other"}),
    (m.CollectionMethod.ON_SCREEN, {"nl": "op het scherm", "en": "on screen"}),
    (m.CollectionMethod.PAPER, {"nl": "op papier", "en": "on paper"}),
    (m.CollectionMethod.FILE, {"nl": "uit een bestand", "en": "from a file"}),
]

# A rating reads differently for demands (too high) and resources (too low).
RATING_LABELS: dict[tuple[m.SourceKind, m.Rating], dict[str, str]] = {
    (m.SourceKind.DEMAND, m.Rating.PROBLEM): {"nl": "te hoog", "en": "too high"},
    (m.SourceKind.RESOURCE, m.Rating.PROBLEM): {"nl": "te laag", "en": "too low"},
}
for _kind in m.SourceKind:
    RATING_LABELS[(_kind, m.Rating.UNRATED)] = {"nl": "nog niet beoordeeld", "en": "not rated"}
    RATING_LABELS[(_kind, m.Rating.FINE)] = {"nl": "in orde", "en": "fine"}
    RATING_LABELS[(_kind, m.Rating.ATTENTION)] = {"nl": "aandacht nodig", "en": "needs attention"}


# StrEnum members equal their text, so codes of different enums that share a value ("none",
# "other") would collide as dict keys: they are looked up by (enum type, value).
_BY_CODE = {(type(code), code.value): names for code, names in LABELS}


def label(code: Enum, language: str = "nl") -> str:
    return _BY_CODE[(type(code), code.value)][language]


def rating_label(kind: m.SourceKind, rating: m.Rating, language: str = "nl") -> str:
    return RATING_LABELS[(kind, rating)][language]
