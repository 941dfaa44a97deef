"""The arrangements against unwanted behaviour and aggression: what each one still lacks.

An inspector who looks at unwanted behaviour within the organisation and at aggression from
outside asks to see six arrangements (`m.PsaPolicy`): a code of conduct, a vertrouwenspersoon,
a complaints procedure, how incidents are reported and registered, house rules for customers
and visitors, and care after an incident. For each this module says, in plain Dutch, what is
still missing ("de datum", "hoe medewerkers de code leren kennen") and which strands it
serves. The readiness checks (`core.readiness.strands`) and every screen that shows an
arrangement ask `missing()`; the rule is written here once.

The law names none of these arrangements itself: Arbowet art. 3 lid 2 asks for a policy to
prevent or limit psychosociale arbeidsbelasting, and the inspectorate expects these
arrangements as part of it. Where a bill (not law) would make one mandatory, `PENDING_BILLS`
says so, with the day the program last looked; the text always says to check the current state.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from werkdrukdesk.core import model as m
from werkdrukdesk.core.dates import format_date
from werkdrukdesk.core.i18n import QT_TRANSLATE_NOOP, Translated, translate

CODE, ADVISER, COMPLAINTS, REPORTING, HOUSE_RULES, AFTERCARE = (
    "code", "adviser", "complaints", "reporting", "house_rules", "aftercare")
KEYS = (CODE, ADVISER, COMPLAINTS, REPORTING, HOUSE_RULES, AFTERCARE)

# Which strands each arrangement serves: within the organisation (unwanted behaviour) or
# against customers, clients and the public (aggression), or both.
SERVES: dict[str, tuple[m.Strand, ...]] = {
    CODE: (m.Strand.UNWANTED,),
    ADVISER: (m.Strand.UNWANTED, m.Strand.AGGRESSION),
    COMPLAINTS: (m.Strand.UNWANTED,),
    REPORTING: (m.Strand.UNWANTED, m.Strand.AGGRESSION),
    HOUSE_RULES: (m.Strand.AGGRESSION,),
    AFTERCARE: (m.Strand.UNWANTED, m.Strand.AGGRESSION),
}

NAMES: Translated[str] = Translated("PsaPolicy", {
    CODE: QT_TRANSLATE_NOOP("PsaPolicy", "gedragscode"),
    ADVISER: QT_TRANSLATE_NOOP("PsaPolicy", "vertrouwenspersoon"),
    COMPLAINTS: QT_TRANSLATE_NOOP("PsaPolicy", "klachtenregeling"),
    REPORTING: QT_TRANSLATE_NOOP("PsaPolicy", "melden en registreren van incidenten"),
    HOUSE_RULES: QT_TRANSLATE_NOOP("PsaPolicy", "huisregels"),
    AFTERCARE: QT_TRANSLATE_NOOP("PsaPolicy", "opvang en nazorg"),
})

# What may be missing, in a few words that fit after "nog nodig:".
_GAPS: Translated[str] = Translated("PsaPolicy", {
    "date": QT_TRANSLATE_NOOP("PsaPolicy", "de datum waarop die is vastgesteld"),
    "future_date": QT_TRANSLATE_NOOP("PsaPolicy", "een datum die niet in de toekomst ligt"),
    "core_text": QT_TRANSLATE_NOOP("PsaPolicy", "de kern van de code in een paar zinnen"),
    "how_staff_know": QT_TRANSLATE_NOOP("PsaPolicy", "hoe medewerkers de code leren kennen"),
    "adviser_kind": QT_TRANSLATE_NOOP("PsaPolicy", "een interne of externe vertrouwenspersoon"),
    "adviser_name": QT_TRANSLATE_NOOP("PsaPolicy", "de naam van de vertrouwenspersoon of dienst"),
    "how_to_reach": QT_TRANSLATE_NOOP("PsaPolicy", "hoe medewerkers de vertrouwenspersoon "
                                      "bereiken"),
    "committee": QT_TRANSLATE_NOOP("PsaPolicy", "wie de klachten behandelt"),
    "independent": QT_TRANSLATE_NOOP("PsaPolicy", "een commissie die onafhankelijk is"),
    "how_to_report": QT_TRANSLATE_NOOP("PsaPolicy", "hoe en bij wie medewerkers een incident "
                                       "melden"),
    "registered_by": QT_TRANSLATE_NOOP("PsaPolicy", "wie de incidenten registreert"),
    "where_shown": QT_TRANSLATE_NOOP("PsaPolicy", "waar klanten en bezoekers de huisregels "
                                     "zien"),
    "who": QT_TRANSLATE_NOOP("PsaPolicy", "wie de opvang doet"),
    "within_hours": QT_TRANSLATE_NOOP("PsaPolicy", "binnen hoeveel uur iemand er is"),
    "referral": QT_TRANSLATE_NOOP("PsaPolicy", "naar wie u doorverwijst, zoals de bedrijfsarts "
                                  "of slachtofferhulp"),
})


def _filled(text: str) -> bool:
    return bool(text.strip())


def _dated(set_on: date | None, today: date) -> list[str]:
    """A date that says when the arrangement was set; one after today is a plan, not a fact."""
    if set_on is None:
        return ["date"]
    return ["future_date"] if set_on > today else []


def _gap_keys(policy: m.PsaPolicy, key: str, today: date) -> list[str]:
    if key == CODE:
        code = policy.code
        return _dated(code.set_on, today) + [
            k for k, ok in (("core_text", _filled(code.core_text)),
                            ("how_staff_know", _filled(code.how_staff_know))) if not ok]
    if key == ADVISER:
        adviser = policy.adviser
        return [k for k, ok in (("adviser_kind", adviser.kind != m.AdviserKind.NONE),
                                ("adviser_name", _filled(adviser.name)),
                                ("how_to_reach", _filled(adviser.how_to_reach))) if not ok]
    if key == COMPLAINTS:
        complaints = policy.complaints
        return [k for k, ok in (("committee", _filled(complaints.committee)),
                                ("independent", complaints.independent)) if not ok]
    if key == REPORTING:
        reporting = policy.reporting
        return [k for k, ok in (("how_to_report", _filled(reporting.how_to_report)),
                                ("registered_by", _filled(reporting.registered_by))) if not ok]
    if key == HOUSE_RULES:
        rules = policy.house_rules
        return _dated(rules.set_on, today) + (
            [] if _filled(rules.where_shown) else ["where_shown"])
    if key == AFTERCARE:
        care = policy.aftercare
        return [k for k, ok in (("who", _filled(care.who)),
                                ("within_hours", care.within_hours is not None),
                                ("referral", _filled(care.referral))) if not ok]
    raise KeyError(key)


def missing(policy: m.PsaPolicy, key: str, today: date) -> list[str]:
    """What the arrangement `key` still lacks, in words of the current language; empty when
    it is complete."""
    return [_GAPS[k] for k in _gap_keys(policy, key, today)]


def complete(policy: m.PsaPolicy, key: str, today: date) -> bool:
    return not _gap_keys(policy, key, today)


def wanted(org: m.Organisation, key: str) -> bool:
    """Whether the arrangement serves a strand this file covers."""
    return any(strand in org.strands for strand in SERVES[key])


# -- bills that are not law ----------------------------------------------------------------------


@dataclass(frozen=True)
class PendingBill:
    """A bill that would make an arrangement mandatory. Not law: it may change, stall or be
    withdrawn, so what is said of it always sends the owner to check the current state."""

    arrangement: str
    dossier: str  # the Tweede Kamer's number of the bill
    checked_on: date  # the day the program's makers last looked at its state


# The initiatiefwetsvoorstel to oblige every employer to appoint a vertrouwenspersoon
# (Arbowet change, Kamerstuk 35 592). The newest document found when last checked was the
# nota naar aanleiding van het verslag of June 2022; no thresholds or dates of entry are
# repeated here, because they are not settled.
PENDING_BILLS: tuple[PendingBill, ...] = (
    PendingBill(ADVISER, "35 592", date(2026, 12, 4)),
)


def pending_note(key: str) -> str:
    """A sentence about a bill that would make arrangement `key` mandatory, or ""."""
    bill = next((b for b in PENDING_BILLS if b.arrangement == key), None)
    if bill is None:
        return ""
    return translate(
        "PsaPolicy", "Er ligt een wetsvoorstel (Kamerstuk {dossier}) dat werkgevers zou "
        "verplichten een {arrangement} te hebben; het is een wetsvoorstel, nog niet van kracht. "
        "Kijk op de site van de Tweede Kamer hoe het er nu voor staat (door WerkdrukDesk "
        "nagekeken op {date}).").format(dossier=bill.dossier, arrangement=NAMES[key],
                                         date=format_date(bill.checked_on))
