"""The words of everything the reports print about the whole PSA policy beside werkdruk: the
dossier's strand sections, the plan's measures per strand, the incident counts and the sheet for
the wall. Written in Dutch, marked for translation in the context "PsaReport".

`word` gives plain text, `phrase` gives Paragraph markup with already-escaped values filled in.
"""

from __future__ import annotations

from werkdrukdesk.core.i18n import QT_TRANSLATE_NOOP
from werkdrukdesk.reports.words import lookup, lookup_markup

CONTEXT = "PsaReport"

_WORDS: dict[str, str] = {
    # strand sections of the dossier: title, what the contents say of them, and an intro
    "unwanted": QT_TRANSLATE_NOOP("PsaReport", "Ongewenst gedrag binnen het bedrijf"),
    "unwanted_about": QT_TRANSLATE_NOOP(
        "PsaReport",
        "RI&E, afspraken, bronnen per team, meldingen (alleen aantallen), maatregelen en "
        "voorlichting"
    ),
    "unwanted_intro": QT_TRANSLATE_NOOP(
        "PsaReport",
        "Pesten, intimidatie, seksuele intimidatie en discriminatie door collega's of "
        "leidinggevenden. Hier telt elk voorval: één keer is al één keer te veel."
    ),
    "aggression": QT_TRANSLATE_NOOP("PsaReport", "Agressie en geweld van buitenaf"),
    "aggression_about": QT_TRANSLATE_NOOP(
        "PsaReport",
        "RI&E, afspraken, bronnen en risico's per team, meldingen (alleen aantallen), "
        "maatregelen en voorlichting"
    ),
    "aggression_intro": QT_TRANSLATE_NOOP(
        "PsaReport",
        "Schelden, bedreigen en geweld door klanten, cliënten, patiënten of andere mensen van "
        "buiten het bedrijf."
    ),
    "dossier_whole": QT_TRANSLATE_NOOP(
        "PsaReport",
        "Na de evaluatie volgen de twee andere onderdelen van het beleid op psychosociale "
        "arbeidsbelasting: ongewenst gedrag binnen het bedrijf, en agressie en geweld van "
        "buitenaf."
    ),
    "rie_heading": QT_TRANSLATE_NOOP("PsaReport", "In de RI&E"),
    "rie_covers": QT_TRANSLATE_NOOP(
        "PsaReport", "De RI&E brengt dit risico in kaart."),
    "rie_missing": QT_TRANSLATE_NOOP(
        "PsaReport", "Dit risico staat nog niet in de RI&E."),
    # the arrangements
    "arrangements_heading": QT_TRANSLATE_NOOP("PsaReport", "Afspraken en voorzieningen"),
    "missing": QT_TRANSLATE_NOOP("PsaReport", "Ontbreekt nog."),
    "still_needed": QT_TRANSLATE_NOOP("PsaReport", "Nog nodig: {text}."),
    "code": QT_TRANSLATE_NOOP("PsaReport", "Gedragscode"),
    "adviser": QT_TRANSLATE_NOOP("PsaReport", "Vertrouwenspersoon"),
    "complaints": QT_TRANSLATE_NOOP("PsaReport", "Klachtenregeling"),
    "reporting": QT_TRANSLATE_NOOP("PsaReport", "Melden en registreren"),
    "house_rules": QT_TRANSLATE_NOOP("PsaReport", "Huisregels voor bezoekers"),
    "aftercare": QT_TRANSLATE_NOOP("PsaReport", "Opvang en nazorg"),
    "set_on": QT_TRANSLATE_NOOP("PsaReport", "vastgesteld op {date}"),
    "no_date": QT_TRANSLATE_NOOP("PsaReport", "datum niet ingevuld"),
    "how_staff_know": QT_TRANSLATE_NOOP("PsaReport", "Zo weten medewerkers ervan: {text}"),
    "kept_at": QT_TRANSLATE_NOOP("PsaReport", "Te vinden: {text}"),
    "adviser_name": QT_TRANSLATE_NOOP("PsaReport", "{name} · {kind}"),
    "reach": QT_TRANSLATE_NOOP("PsaReport", "Bereikbaar: {text}"),
    "trained": QT_TRANSLATE_NOOP("PsaReport", "opgeleid als vertrouwenspersoon"),
    "not_trained": QT_TRANSLATE_NOOP(
        "PsaReport", "geen opleiding als vertrouwenspersoon vastgelegd"),
    "appointed_on": QT_TRANSLATE_NOOP("PsaReport", "aangesteld op {date}"),
    "committee": QT_TRANSLATE_NOOP("PsaReport", "Klachtencommissie: {text}"),
    "independent": QT_TRANSLATE_NOOP("PsaReport", "De commissie is onafhankelijk."),
    "how_to_report": QT_TRANSLATE_NOOP("PsaReport", "Zo meld je: {text}"),
    "registered_by": QT_TRANSLATE_NOOP("PsaReport", "Registreert de meldingen: {text}"),
    "where_shown": QT_TRANSLATE_NOOP("PsaReport", "Te zien: {text}"),
    "care_who": QT_TRANSLATE_NOOP("PsaReport", "Vangt op: {text}"),
    "within_hours": QT_TRANSLATE_NOOP("PsaReport", "Binnen {hours} uur is er iemand."),
    "referral": QT_TRANSLATE_NOOP("PsaReport", "Doorverwijzing: {text}"),
    # sources, risks, incidents, measures, topics
    "sources_heading": QT_TRANSLATE_NOOP("PsaReport", "Inventarisatie per team"),
    "sources_intro": QT_TRANSLATE_NOOP(
        "PsaReport",
        "Beoordeeld op of het voorkomt, niet op een gemiddelde: ook één geval vraagt om actie."
    ),
    "no_sources": QT_TRANSLATE_NOOP(
        "PsaReport", "Er is nog geen bron voor dit onderdeel in gebruik."),
    "source": QT_TRANSLATE_NOOP("PsaReport", "Bron"),
    "group": QT_TRANSLATE_NOOP("PsaReport", "Team"),
    "rating": QT_TRANSLATE_NOOP("PsaReport", "Beoordeling"),
    "evidence": QT_TRANSLATE_NOOP("PsaReport", "Onderbouwing"),
    "risks_heading": QT_TRANSLATE_NOOP("PsaReport", "Risicofactoren per team"),
    "risks_intro": QT_TRANSLATE_NOOP(
        "PsaReport", "Wat in het werk van een team de kans op agressie groter maakt."),
    "risk_factors": QT_TRANSLATE_NOOP("PsaReport", "Risicofactoren"),
    "no_risk_factors": QT_TRANSLATE_NOOP("PsaReport", "geen vastgelegd"),
    "incidents_heading": QT_TRANSLATE_NOOP("PsaReport", "Meldingen in deze cyclus"),
    "incidents_intro": QT_TRANSLATE_NOOP(
        "PsaReport",
        "Alleen aantallen, en alleen waar ze niet naar een persoon kunnen wijzen. Losse "
        "meldingen en wat erin staat, worden nooit afgedrukt."
    ),
    "no_incidents": QT_TRANSLATE_NOOP(
        "PsaReport", "Er zijn in deze cyclus geen meldingen geregistreerd."),
    "withheld": QT_TRANSLATE_NOOP(
        "PsaReport",
        "Sommige aantallen staan hier niet, omdat ze te dicht bij een persoon komen. Zo "
        "beschermen we wie iets heeft meegemaakt of gemeld."
    ),
    "kind": QT_TRANSLATE_NOOP("PsaReport", "Soort"),
    "count": QT_TRANSLATE_NOOP("PsaReport", "Aantal"),
    "all_kinds": QT_TRANSLATE_NOOP("PsaReport", "alle soorten"),
    "whole_organisation": QT_TRANSLATE_NOOP("PsaReport", "hele organisatie"),
    "measures_heading": QT_TRANSLATE_NOOP("PsaReport", "Maatregelen"),
    "no_measures": QT_TRANSLATE_NOOP(
        "PsaReport", "Er is nog geen maatregel voor dit onderdeel in het plan van aanpak."),
    "measure": QT_TRANSLATE_NOOP("PsaReport", "Maatregel"),
    "responsible": QT_TRANSLATE_NOOP("PsaReport", "Verantwoordelijk"),
    "deadline": QT_TRANSLATE_NOOP("PsaReport", "Termijn"),
    "status": QT_TRANSLATE_NOOP("PsaReport", "Status"),
    "topics_heading": QT_TRANSLATE_NOOP("PsaReport", "Voorlichting"),
    "topic": QT_TRANSLATE_NOOP("PsaReport", "Onderwerp"),
    "given": QT_TRANSLATE_NOOP("PsaReport", "In deze cyclus"),
    "covered": QT_TRANSLATE_NOOP("PsaReport", "behandeld ({count}×)"),
    "not_covered": QT_TRANSLATE_NOOP("PsaReport", "nog niet behandeld"),
    # the plan's measures per strand
    "per_strand_heading": QT_TRANSLATE_NOOP("PsaReport", "Maatregelen per onderdeel"),
    "per_strand_intro": QT_TRANSLATE_NOOP(
        "PsaReport",
        "Welke maatregelen bij welk onderdeel van het beleid horen. Een maatregel die meer "
        "onderdelen raakt, staat bij elk daarvan."
    ),
    # the evaluation's incidents before and after
    "before_after_heading": QT_TRANSLATE_NOOP("PsaReport", "Meldingen voor en na"),
    "before_after_intro": QT_TRANSLATE_NOOP(
        "PsaReport",
        "Het aantal meldingen van ongewenst gedrag en agressie in de vorige cyclus en in deze. "
        "Alleen aantallen die niet naar een persoon kunnen wijzen. Meer meldingen kan ook "
        "betekenen dat mensen beter durven te melden."
    ),
    "previous_cycle": QT_TRANSLATE_NOOP("PsaReport", "Vorige cyclus"),
    "this_cycle": QT_TRANSLATE_NOOP("PsaReport", "Deze cyclus"),
    "no_previous": QT_TRANSLATE_NOOP("PsaReport", "geen vorige cyclus"),
    "none_registered": QT_TRANSLATE_NOOP(
        "PsaReport",
        "—: in {cycle} is geen enkele melding geregistreerd. Misschien gebeurde er niets, "
        "misschien werd het register toen nog niet bijgehouden."
    ),
    "not_shown": QT_TRANSLATE_NOOP("PsaReport", "niet getoond"),
    # the sheet for the wall
    "poster_title": QT_TRANSLATE_NOOP("PsaReport", "Zo gaan we met elkaar om"),
    "poster_only_whole": QT_TRANSLATE_NOOP(
        "PsaReport",
        "Het blad voor aan de muur hoort bij het hele PSA-beleid (ongewenst gedrag en agressie). "
        "Dit bestand gaat alleen over werkdruk; verbreed het eerst in de stap Organisatie."
    ),
    "poster_code": QT_TRANSLATE_NOOP("PsaReport", "Onze afspraken"),
    "poster_adviser": QT_TRANSLATE_NOOP(
        "PsaReport", "Zit je ergens mee? Praat met de vertrouwenspersoon"),
    "poster_adviser_note": QT_TRANSLATE_NOOP(
        "PsaReport", "Wat je vertelt, blijft tussen jullie, tenzij jij iets anders wilt."),
    "poster_report": QT_TRANSLATE_NOOP("PsaReport", "Is er iets gebeurd? Meld het"),
    "poster_after": QT_TRANSLATE_NOOP("PsaReport", "Na een voorval laten we je niet alleen"),
    "poster_name": QT_TRANSLATE_NOOP("PsaReport", "Naam"),
    "poster_reach": QT_TRANSLATE_NOOP("PsaReport", "Bereikbaar via"),
    "poster_who": QT_TRANSLATE_NOOP("PsaReport", "Wie vangt je op"),
    "poster_within": QT_TRANSLATE_NOOP("PsaReport", "Binnen"),
    "poster_hours": QT_TRANSLATE_NOOP("PsaReport", "{hours} uur"),
    "poster_referral": QT_TRANSLATE_NOOP("PsaReport", "Verdere hulp"),
    "poster_fill_in": QT_TRANSLATE_NOOP("PsaReport", "(nog in te vullen)"),
    "poster_foot": QT_TRANSLATE_NOOP("PsaReport", "{organisation} · stand van {date}"),
}


def word(key: str, **values: object) -> str:
    return lookup(CONTEXT, _WORDS, key, **values)


def phrase(key: str, **values: str) -> str:
    """Markup: the text escaped, with `values` (already markup) filled in."""
    return lookup_markup(CONTEXT, _WORDS, key, **values)
