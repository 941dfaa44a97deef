"""The names of the codes of the model, in the current language: the message catalogue of core.

Reports and the command line take their words from here, so a code reads the same everywhere.
The tables hold the Dutch, marked for translation; a name is translated where it is handed
out, so it comes in the language current at that moment (see `core.i18n`).
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum

from werkdrukdesk.core import i18n
from werkdrukdesk.core import model as m
from werkdrukdesk.core.i18n import QT_TRANSLATE_NOOP, translate

LABELS: list[tuple[Enum, str]] = [
    (m.SourceKind.DEMAND, QT_TRANSLATE_NOOP("Labels", "werkdrukbron")),
    (m.SourceKind.RESOURCE, QT_TRANSLATE_NOOP("Labels", "energiebron")),
    (m.ParticipationBody.WORKS_COUNCIL, QT_TRANSLATE_NOOP("Labels", "ondernemingsraad (OR)")),
    (m.ParticipationBody.STAFF_REPRESENTATION,
     QT_TRANSLATE_NOOP("Labels", "personeelsvertegenwoordiging (PVT)")),
    (m.ParticipationBody.STAFF_MEETING, QT_TRANSLATE_NOOP("Labels", "personeelsvergadering")),
    (m.ParticipationBody.NONE, QT_TRANSLATE_NOOP("Labels", "geen")),
    (m.ReviewStatus.UNKNOWN, QT_TRANSLATE_NOOP("Labels", "nog niet ingevuld")),
    (m.ReviewStatus.DONE, QT_TRANSLATE_NOOP("Labels", "getoetst")),
    (m.ReviewStatus.EXEMPT, QT_TRANSLATE_NOOP("Labels", "vrijgesteld van toetsing")),
    (m.ReviewStatus.NOT_DONE, QT_TRANSLATE_NOOP("Labels", "niet getoetst")),
    (m.ChangeKind.NEW_TEAM, QT_TRANSLATE_NOOP("Labels", "nieuw team of nieuwe afdeling")),
    (m.ChangeKind.HYBRID_WORK, QT_TRANSLATE_NOOP("Labels", "hybride werken")),
    (m.ChangeKind.REORGANISATION, QT_TRANSLATE_NOOP("Labels", "reorganisatie")),
    (m.ChangeKind.NEW_WORK, QT_TRANSLATE_NOOP("Labels", "nieuw werk of nieuwe werkwijze")),
    (m.ChangeKind.OTHER, QT_TRANSLATE_NOOP("Labels", "andere verandering")),
    (m.DocumentKind.RIE, QT_TRANSLATE_NOOP("Labels", "RI&E")),
    (m.DocumentKind.STAFF_SURVEY, QT_TRANSLATE_NOOP("Labels", "medewerkersonderzoek (MTO)")),
    (m.DocumentKind.DEEPER_STUDY, QT_TRANSLATE_NOOP("Labels", "verdiepend onderzoek")),
    (m.DocumentKind.OTHER, QT_TRANSLATE_NOOP("Labels", "ander document")),
    (m.Evidence.NONE, QT_TRANSLATE_NOOP("Labels", "nog geen onderbouwing")),
    (m.Evidence.QUESTIONNAIRE, QT_TRANSLATE_NOOP("Labels", "vragenlijst")),
    (m.Evidence.GROUP_DISCUSSION, QT_TRANSLATE_NOOP("Labels", "groepsgesprek")),
    (m.Evidence.DOCUMENT, QT_TRANSLATE_NOOP("Labels", "document")),
    (m.Evidence.INCIDENT_REGISTER, QT_TRANSLATE_NOOP("Labels", "meldingenregister")),
    (m.Verdict.UNDECIDED, QT_TRANSLATE_NOOP("Labels", "nog niet beoordeeld")),
    (m.Verdict.IN_BALANCE, QT_TRANSLATE_NOOP("Labels", "in balans")),
    (m.Verdict.AT_RISK, QT_TRANSLATE_NOOP("Labels", "let op")),
    (m.Verdict.OUT_OF_BALANCE, QT_TRANSLATE_NOOP("Labels", "uit balans")),
    (m.Level.ORGANISATION, QT_TRANSLATE_NOOP("Labels", "organisatie")),
    (m.Level.TEAM, QT_TRANSLATE_NOOP("Labels", "team")),
    (m.Level.INDIVIDUAL, QT_TRANSLATE_NOOP("Labels", "individu")),
    (m.MeasureStatus.PLANNED, QT_TRANSLATE_NOOP("Labels", "gepland")),
    (m.MeasureStatus.IN_PROGRESS, QT_TRANSLATE_NOOP("Labels", "bezig")),
    (m.MeasureStatus.DONE, QT_TRANSLATE_NOOP("Labels", "uitgevoerd")),
    (m.MeasureStatus.CANCELLED, QT_TRANSLATE_NOOP("Labels", "vervallen")),
    (m.SessionForm.MEETING, QT_TRANSLATE_NOOP("Labels", "bijeenkomst")),
    (m.SessionForm.MANAGER_TALK, QT_TRANSLATE_NOOP("Labels", "gesprek met leidinggevende")),
    (m.SessionForm.TRAINING, QT_TRANSLATE_NOOP("Labels", "training")),
    (m.SessionForm.WORKSHOP, QT_TRANSLATE_NOOP("Labels", "workshop")),
    (m.SessionForm.WRITTEN_WITH_TALK, QT_TRANSLATE_NOOP("Labels", "schriftelijk, met nagesprek")),
    (m.SessionForm.OTHER, QT_TRANSLATE_NOOP("Labels", "anders")),
    (m.Audience.STAFF, QT_TRANSLATE_NOOP("Labels", "medewerkers")),
    (m.Audience.MANAGERS, QT_TRANSLATE_NOOP("Labels", "leidinggevenden")),
    (m.Audience.EVERYONE, QT_TRANSLATE_NOOP("Labels", "iedereen")),
    (m.Topic.WHAT_IS_STRESS, QT_TRANSLATE_NOOP("Labels", "wat werkstress is")),
    (m.Topic.CAUSES, QT_TRANSLATE_NOOP("Labels", "waar werkstress vandaan komt")),
    (m.Topic.ORGANISATION_MEASURES, QT_TRANSLATE_NOOP("Labels", "wat de organisatie eraan doet")),
    (m.Topic.WHAT_TEAM_AND_EMPLOYEE_CAN_DO,
     QT_TRANSLATE_NOOP("Labels", "wat team en medewerker zelf kunnen doen")),
    (m.Topic.SIGNALS_IN_YOURSELF, QT_TRANSLATE_NOOP("Labels", "signalen bij jezelf herkennen")),
    (m.Topic.SIGNALS_IN_OTHERS,
     QT_TRANSLATE_NOOP("Labels", "signalen bij medewerkers herkennen (leidinggevenden)")),
    (m.Topic.CODE_OF_CONDUCT, QT_TRANSLATE_NOOP("Labels", "wat de gedragscode zegt")),
    (m.Topic.CONFIDENTIAL_ADVISER,
     QT_TRANSLATE_NOOP("Labels", "wie de vertrouwenspersoon is en hoe je die bereikt")),
    (m.Topic.HOW_TO_REPORT,
     QT_TRANSLATE_NOOP("Labels", "hoe je een voorval meldt en een klacht indient")),
    (m.Topic.DURING_AND_AFTER_AGGRESSION,
     QT_TRANSLATE_NOOP("Labels", "wat je doet tijdens en na agressie, en de opvang")),
    (m.Effect.NOT_YET_KNOWN, QT_TRANSLATE_NOOP("Labels", "nog niet bekend")),
    (m.Effect.EFFECTIVE, QT_TRANSLATE_NOOP("Labels", "werkt")),
    (m.Effect.PARTLY, QT_TRANSLATE_NOOP("Labels", "werkt deels")),
    (m.Effect.NOT_EFFECTIVE, QT_TRANSLATE_NOOP("Labels", "werkt niet")),
    (m.EvaluationMethod.GROUP_MEETINGS, QT_TRANSLATE_NOOP("Labels", "groepsbijeenkomsten")),
    (m.EvaluationMethod.INDIVIDUAL_TALKS, QT_TRANSLATE_NOOP("Labels", "individuele gesprekken")),
    (m.EvaluationMethod.SECOND_MEASUREMENT,
     QT_TRANSLATE_NOOP("Labels", "tweede meting met dezelfde bronnen")),
    (m.EvaluationMethod.OTHER, QT_TRANSLATE_NOOP("Labels", "anders")),
    (m.CollectionMethod.ON_SCREEN, QT_TRANSLATE_NOOP("Labels", "op het scherm")),
    (m.CollectionMethod.PAPER, QT_TRANSLATE_NOOP("Labels", "op papier")),
    (m.CollectionMethod.FILE, QT_TRANSLATE_NOOP("Labels", "uit een bestand")),
    (m.AnswerHandling.INDEPENDENT,
     QT_TRANSLATE_NOOP("Labels", "een onafhankelijk persoon verzamelt en verwerkt de antwoorden")),
    (m.AnswerHandling.SEALED_BOX, QT_TRANSLATE_NOOP(
        "Labels", "een dichte bus; iemand anders dan de werkgever verwerkt de antwoorden")),
    (m.AnswerHandling.OWNER,
     QT_TRANSLATE_NOOP("Labels", "de werkgever verwerkt de antwoorden zelf")),
    # The whole PSA policy (core.model.psa)
    (m.PsaScope.WERKDRUK, QT_TRANSLATE_NOOP("Labels", "alleen werkdruk")),
    (m.PsaScope.WHOLE, QT_TRANSLATE_NOOP(
        "Labels", "het hele PSA-beleid: werkdruk, ongewenst gedrag en agressie")),
    (m.Strand.WERKDRUK, QT_TRANSLATE_NOOP("Labels", "werkdruk")),
    (m.Strand.UNWANTED, QT_TRANSLATE_NOOP("Labels", "ongewenst gedrag binnen het bedrijf")),
    (m.Strand.AGGRESSION, QT_TRANSLATE_NOOP("Labels", "agressie en geweld van buitenaf")),
    (m.AggressionRisk.WORKING_ALONE, QT_TRANSLATE_NOOP("Labels", "alleen werken")),
    (m.AggressionRisk.EVENINGS_NIGHTS,
     QT_TRANSLATE_NOOP("Labels", "'s avonds of 's nachts werken")),
    (m.AggressionRisk.CASH_OR_GOODS,
     QT_TRANSLATE_NOOP("Labels", "geld, medicijnen of waardevolle spullen")),
    (m.AggressionRisk.PEOPLE_IN_DISTRESS,
     QT_TRANSLATE_NOOP("Labels", "zorg voor mensen die ziek, verward of overstuur zijn")),
    (m.AggressionRisk.WAITING_AND_REFUSALS,
     QT_TRANSLATE_NOOP("Labels", "wachttijden of nee moeten verkopen")),
    (m.AdviserKind.NONE, QT_TRANSLATE_NOOP("Labels", "niet aangesteld")),
    (m.AdviserKind.INTERNAL, QT_TRANSLATE_NOOP("Labels", "intern (een collega)")),
    (m.AdviserKind.EXTERNAL, QT_TRANSLATE_NOOP("Labels", "extern (van buiten het bedrijf)")),
    (m.IncidentKind.BULLYING, QT_TRANSLATE_NOOP("Labels", "pesten")),
    (m.IncidentKind.INTIMIDATION, QT_TRANSLATE_NOOP("Labels", "intimidatie")),
    (m.IncidentKind.SEXUAL_HARASSMENT, QT_TRANSLATE_NOOP("Labels", "seksuele intimidatie")),
    (m.IncidentKind.DISCRIMINATION, QT_TRANSLATE_NOOP("Labels", "discriminatie")),
    (m.IncidentKind.VERBAL_AGGRESSION, QT_TRANSLATE_NOOP("Labels", "schelden of schreeuwen")),
    (m.IncidentKind.THREAT, QT_TRANSLATE_NOOP("Labels", "bedreiging")),
    (m.IncidentKind.PHYSICAL_VIOLENCE, QT_TRANSLATE_NOOP("Labels", "lichamelijk geweld")),
    (m.IncidentKind.OTHER, QT_TRANSLATE_NOOP("Labels", "anders")),
    (m.Severity.MINOR, QT_TRANSLATE_NOOP("Labels", "licht")),
    (m.Severity.SERIOUS, QT_TRANSLATE_NOOP("Labels", "ernstig")),
    (m.Severity.SEVERE, QT_TRANSLATE_NOOP("Labels", "zeer ernstig")),
]

# A rating reads differently for demands (too high) and resources (too low).
RATING_LABELS: dict[tuple[m.SourceKind, m.Rating], str] = {
    (m.SourceKind.DEMAND, m.Rating.PROBLEM): QT_TRANSLATE_NOOP("Labels", "te hoog"),
    (m.SourceKind.RESOURCE, m.Rating.PROBLEM): QT_TRANSLATE_NOOP("Labels", "te laag"),
}
for _kind in m.SourceKind:
    RATING_LABELS[(_kind, m.Rating.UNRATED)] = QT_TRANSLATE_NOOP("Labels", "nog niet beoordeeld")
    RATING_LABELS[(_kind, m.Rating.FINE)] = QT_TRANSLATE_NOOP("Labels", "in orde")
    RATING_LABELS[(_kind, m.Rating.ATTENTION)] = QT_TRANSLATE_NOOP("Labels", "aandacht nodig")


# StrEnum members equal their text, so codes of different enums that share a value ("none",
# "other") would collide as dict keys: they are looked up by (enum type, value).
_BY_CODE = {(type(code), code.value): name for code, name in LABELS}


def label(code: Enum, language: str | None = None) -> str:
    """The name of `code` in `language`, or in the current language when none is given."""
    if language is not None:
        with i18n.language(language):
            return label(code)
    return translate("Labels", _BY_CODE[(type(code), code.value)])


def source_kind(kind: m.SourceKind, strand: m.Strand) -> str:
    """What a source is, in a word: 'werkdrukbron' or 'energiebron', and for unwanted behaviour
    and aggression their strand, for they are no werkdrukbron (see core.balance.by_strand)."""
    if kind == m.SourceKind.DEMAND and strand != m.Strand.WERKDRUK:
        return label(strand)
    return label(kind)


def rating_label(kind: m.SourceKind, rating: m.Rating, language: str | None = None) -> str:
    """'te hoog', 'in orde'... for a rating of a source of `kind`, in the current language."""
    if language is not None:
        with i18n.language(language):
            return rating_label(kind, rating)
    return translate("Labels", RATING_LABELS[(kind, rating)])


def joined(parts: Sequence[str]) -> str:
    """Parts of a sentence in the current language: 'A', 'A en B', 'A, B en C'."""
    parts = list(parts)
    if len(parts) < 2:
        return "".join(parts)
    return translate("Labels", "{parts} en {last}").format(
        parts=", ".join(parts[:-1]), last=parts[-1])
