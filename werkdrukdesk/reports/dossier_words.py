"""The dossier's own Dutch words, apart from the shared catalogue (`words`) the plan uses.

`word` gives plain text, `phrase` gives Paragraph markup with already-escaped values filled in,
`count` picks singular or plural. An English table can follow with the same keys.
"""

from __future__ import annotations

from werkdrukdesk.reports.text import escape

_WORDS: dict[str, str] = {
    "title": "Werkdrukdossier",
    "intro": (
        "Dit dossier bundelt alles wat {organisation} in deze cyclus over werkdruk heeft "
        "vastgelegd, in de volgorde van de beleidscyclus die de Nederlandse Arbeidsinspectie "
        "verwacht: wie we zijn, wat de inventarisatie liet zien, hoe de balans per team is, "
        "welke maatregelen we nemen, welke voorlichting we gaven, wat de evaluatie opleverde "
        "en wat eerdere cycli brachten."
    ),
    "contents": "Inhoud",
    "page": "pagina {page}",
    # the table of contents: heading, then what the section holds
    "s1": "Organisatie en RI&E",
    "s1_about": "profiel, teams, documenten en arbocatalogus",
    "s2": "Inventarisatie",
    "s2_about": "beoordeling van de bronnen per team, met onderbouwing, en de metingen "
                "met hun uitkomsten",
    "s3": "Balans per team",
    "s3_about": "werkdrukbronnen tegenover energiebronnen, oordeel en prioriteit",
    "s4": "Maatregelen",
    "s4_about": "het plan van aanpak, de samenhang en de instemming",
    "s5": "Voorlichting en onderricht",
    "s5_about": "bijeenkomsten, behandelde onderwerpen en bereik per team",
    "s6": "Evaluatie",
    "s6_about": "effect per maatregel, evaluatie van het proces en vergelijking van de "
                "metingen",
    "s7": "Eerdere cycli",
    "s7_about": "korte samenvatting van elke vorige cyclus",
    # 1. organisation
    "teams_heading": "Teams",
    "teams_intro": "De teams of afdelingen zoals ze in deze cyclus zijn ingedeeld.",
    "no_teams": "Er zijn in deze cyclus nog geen teams vastgelegd.",
    "team": "Team",
    "headcount": "Medewerkers",
    "hybrid": "Hybride werken",
    "manager": "Leidinggevende",
    "total": "Totaal",
    "yes": "ja",
    "no": "nee",
    "documents_heading": "Documenten",
    "documents_intro": (
        "De RI&E en de andere stukken waarnaar het werkdrukbeleid verwijst, zoals een "
        "medewerkersonderzoek (MTO) of een verdiepend onderzoek."
    ),
    "no_documents": "Er zijn nog geen documenten vastgelegd.",
    "document": "Document",
    "date": "Datum",
    "kept_at": "Waar te vinden",
    "summary": "Samenvatting",
    # 2. inventory
    "inventory_intro": (
        "Per team staat hieronder welke bronnen niet in orde zijn, met waarop die beoordeling "
        "rust. Bronnen die in orde zijn, worden alleen geteld."
    ),
    "no_risk_heading": "Uitkomst: geen risico op werkstress gevonden",
    "no_risk_reason": "Onderbouwing: {reason}",
    "whole_organisation": "Hele organisatie",
    "whole_organisation_intro": (
        "Beoordelingen voor de organisatie als geheel. Ze gelden voor elk team dat die bron "
        "niet zelf heeft beoordeeld."
    ),
    "tally": (
        "{total} bekeken: {fine} in orde, {attention} aandacht nodig, {problem} te hoog of "
        "te laag, {unrated} nog niet beoordeeld."
    ),
    "sources_one": "1 bron",
    "sources_many": "{count} bronnen",
    "all_fine": "Geen enkele beoordeelde bron vraagt hier aandacht.",
    "nothing_rated": "Hier is nog niets beoordeeld.",
    "the_organisation": "de organisatie",
    "source": "Bron",
    "rating": "Beoordeling",
    "evidence": "Onderbouwing",
    "note": "Toelichting",
    "own_source": "eigen bron",
    "archived": "niet meer in gebruik",
    "team_details": "{count} medewerkers",
    "works_hybrid": "werkt hybride",
    "hybrid_heading": "Hybride werken",
    "hybrid_teams": "Teams die hybride werken: {teams}.",
    "hybrid_none": "Geen van de teams werkt hybride.",
    "hybrid_missing": "Nog niet beschreven hoe hybride werken is meegenomen.",
    "measurements_heading": "Metingen met de vragenlijst",
    "measurements_intro": (
        "Welke metingen er zijn gehouden. De antwoorden zijn anoniem: uitkomsten staan "
        "hieronder alleen voor groepen die groot genoeg zijn, nooit per persoon."
    ),
    "no_measurements": "In deze cyclus is nog geen meting met de vragenlijst gehouden.",
    "measurement": "Meting",
    "method": "Hoe verzameld",
    "responses": "Ingevuld",
    "discussed": "Besproken met medewerkers",
    # 3. balance
    "balance_intro": (
        "Per team de werkdrukbronnen die te hoog zijn of aandacht vragen (links) tegenover "
        "de energiebronnen die te laag zijn of aandacht vragen (rechts). Een bron die alleen "
        "voor de hele organisatie is beoordeeld, telt bij elk team mee."
    ),
    "verdict": "Oordeel",
    "priority_tag": "Prioriteit {priority}",
    "no_priority": "Geen prioriteit",
    "picture": "Volgens de inventarisatie",
    "picture_value": (
        "werkdrukbronnen: {high} te hoog, {demand_attention} aandacht nodig; "
        "energiebronnen: {low} te laag, {resource_attention} aandacht nodig"
    ),
    "rest": "Rust en herstel",
    "work_private": "Werk en privé",
    # 4. plan
    "coherence_heading": "Samenhang, instemming en ondertekening",
    "coherence": "Samenhang van het plan",
    "coherence_missing": "Nog niet beschreven hoe de maatregelen samenhangen.",
    "consent_needed": (
        "Met het plan van aanpak moet de ondernemingsraad of de personeelsvertegenwoordiging "
        "instemmen (WOR artikel 27)."
    ),
    "consent": "Instemming",
    "consent_value": "{body} op {date}",
    "consent_value_no_date": "{body}, datum nog niet ingevuld",
    "consent_missing": "Nog geen instemming vastgelegd.",
    "consent_not_needed": "Niet nodig: er is geen OR of PVT.",
    "consent_note": "Toelichting bij de instemming",
    "employer": "Werkgever",
    "employer_value": "ondertekend door {name} op {date}",
    "employer_missing": "Nog niet ondertekend.",
    # 5. sessions
    "sessions_intro": (
        "De bijeenkomsten waarin medewerkers en leidinggevenden uitleg kregen over werkdruk "
        "en werkstress."
    ),
    "no_sessions": "In deze cyclus is nog geen voorlichting vastgelegd.",
    "session": "Bijeenkomst",
    "topics": "Onderwerpen",
    "attendance": "Aanwezig",
    "given_by": "door {name}",
    "present": "{count} aanwezig",
    "by_name": "{count} op naam",
    "without_team": "zonder team",
    "unknown_team": "onbekend team",
    "topics_heading": "Welke onderwerpen zijn behandeld",
    "topics_intro": (
        "Medewerkers horen alle onderwerpen hieronder behalve het laatste; leidinggevenden "
        "leren daarnaast signalen bij medewerkers herkennen."
    ),
    "topic": "Onderwerp",
    "for_staff": "Voor medewerkers",
    "for_managers": "Voor leidinggevenden",
    "covered": "behandeld ({count}×)",
    "not_covered": "nog niet behandeld",
    "not_required": "niet vereist",
    "topics_complete": "Alle vereiste onderwerpen zijn behandeld.",
    "reach_heading": "Bereik per team",
    "reach_intro": (
        "Hoeveel verschillende medewerkers per team minstens een bijeenkomst bijwoonden. "
        "Wie alleen is geteld en niet op naam is genoteerd, kan niet over bijeenkomsten heen "
        "worden gevolgd; het werkelijke aantal kan dus hoger zijn."
    ),
    "reached": "Bereikt",
    "share": "Deel",
    "at_least": "minstens {reached} van {headcount}",
    "at_least_no_headcount": "minstens {reached}",
    "not_reached": "nog niemand bereikt",
    # 6. evaluation
    "evaluation_intro": "Per maatregel of die werkt, en daarna hoe het proces is verlopen.",
    "measures_evaluation_heading": "Effect per maatregel",
    "no_evaluations": "Nog geen enkele maatregel is geëvalueerd.",
    "awaiting": "Uitgevoerd, maar nog niet geëvalueerd: {measures}.",
    "running": "Nog niet uitgevoerd en dus nog niet te beoordelen: {count}.",
    "measures_one": "1 maatregel",
    "measures_many": "{count} maatregelen",
    "effect": "Effect",
    "how_assessed": "Hoe vastgesteld",
    "outcome": "Uitkomst",
    "next_steps": "Vervolg",
    "evaluated_on": "Geëvalueerd op",
    "status": "Status",
    "process_heading": "Evaluatie van het proces",
    "methods": "Manier van evalueren",
    "compared": "Vergeleken metingen",
    "how_it_went": "Hoe het ging",
    "do_differently": "Wat we anders doen",
    "policy_changes": "Aanpassing van het beleid",
    # 7. history
    "history_intro": "Eerdere cycli, kort samengevat. Hun volledige dossiers blijven opvraagbaar.",
    "no_history": "Dit is de eerste cyclus; er is nog geen eerdere cyclus om samen te vatten.",
    "cycle": "Cyclus",
    "period": "Periode",
    "measures": "Maatregelen",
    "sessions": "Voorlichting",
    "sessions_one": "1 bijeenkomst",
    "sessions_many": "{count} bijeenkomsten",
    "closed": "afgesloten",
    "open": "loopt nog",
    "none": "geen",
}


def word(key: str, **values: object) -> str:
    text = _WORDS[key]
    return text.format(**values) if values else text


def phrase(key: str, **values: str) -> str:
    """Markup: the text escaped, with `values` (already markup) filled in."""
    return escape(_WORDS[key]).format(**values)


def count(number: int, key: str) -> str:
    """'1 bron' or '3 bronnen' for key 'sources' (keys `<key>_one` and `<key>_many`)."""
    return word(f"{key}_one") if number == 1 else word(f"{key}_many", count=number)
