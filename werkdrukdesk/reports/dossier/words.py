"""The dossier's own words, apart from the shared catalogue (`words`) the plan uses: written in
Dutch, marked for translation in the context "DossierReport", given in the report's language.

`word` gives plain text, `phrase` gives Paragraph markup with already-escaped values filled in,
`count` picks singular or plural.
"""

from __future__ import annotations

from werkdrukdesk.core.i18n import QT_TRANSLATE_NOOP
from werkdrukdesk.reports.words import lookup, lookup_markup

CONTEXT = "DossierReport"

_WORDS: dict[str, str] = {
    "title": QT_TRANSLATE_NOOP("DossierReport", "Werkdrukdossier"),
    "title_whole": QT_TRANSLATE_NOOP("DossierReport", "Dossier psychosociale arbeidsbelasting"),
    "intro": QT_TRANSLATE_NOOP(
        "DossierReport",
        "Dit dossier bundelt alles wat {organisation} in deze cyclus over werkdruk heeft "
        "vastgelegd, in de volgorde van de beleidscyclus die de Nederlandse Arbeidsinspectie "
        "verwacht: wie we zijn, wat de inventarisatie liet zien, hoe de balans per team is, welke "
        "maatregelen we nemen, welke voorlichting we gaven, wat de evaluatie opleverde en wat "
        "eerdere cycli brachten."
    ),
    "intro_whole": QT_TRANSLATE_NOOP(
        "DossierReport",
        "Dit dossier bundelt alles wat {organisation} in deze cyclus heeft vastgelegd over "
        "psychosociale arbeidsbelasting: werkdruk, ongewenst gedrag binnen het bedrijf, en "
        "agressie en geweld van buitenaf. Het volgt de beleidscyclus die de Nederlandse "
        "Arbeidsinspectie verwacht: wie we zijn, wat de inventarisatie liet zien, hoe de balans "
        "per team is, welke maatregelen we nemen, welke voorlichting we gaven, wat de evaluatie "
        "opleverde en wat eerdere cycli brachten."
    ),
    "contents": QT_TRANSLATE_NOOP("DossierReport", "Inhoud"),
    "page": QT_TRANSLATE_NOOP("DossierReport", "pagina {page}"),
    # the table of contents: heading, then what the section holds
    "s1": QT_TRANSLATE_NOOP("DossierReport", "Organisatie en RI&E"),
    "s1_about": QT_TRANSLATE_NOOP("DossierReport", "profiel, teams, documenten en arbocatalogus"),
    "s2": QT_TRANSLATE_NOOP("DossierReport", "Inventarisatie"),
    "s2_about": QT_TRANSLATE_NOOP(
        "DossierReport",
        "beoordeling van de bronnen per team, met onderbouwing, en de metingen met hun uitkomsten"
    ),
    "s3": QT_TRANSLATE_NOOP("DossierReport", "Balans per team"),
    "s3_about": QT_TRANSLATE_NOOP(
        "DossierReport", "werkdrukbronnen tegenover energiebronnen, oordeel en prioriteit"
    ),
    "s4": QT_TRANSLATE_NOOP("DossierReport", "Maatregelen"),
    "s4_about": QT_TRANSLATE_NOOP(
        "DossierReport", "het plan van aanpak, de samenhang en de instemming"
    ),
    "s5": QT_TRANSLATE_NOOP("DossierReport", "Voorlichting en onderricht"),
    "s5_about": QT_TRANSLATE_NOOP(
        "DossierReport", "bijeenkomsten, behandelde onderwerpen en bereik per team"
    ),
    "s6": QT_TRANSLATE_NOOP("DossierReport", "Evaluatie"),
    "s6_about": QT_TRANSLATE_NOOP(
        "DossierReport",
        "effect per maatregel, evaluatie van het proces en vergelijking van de metingen"
    ),
    "s7": QT_TRANSLATE_NOOP("DossierReport", "Eerdere cycli"),
    "s7_about": QT_TRANSLATE_NOOP("DossierReport", "korte samenvatting van elke vorige cyclus"),
    # 1. organisation
    "teams_heading": QT_TRANSLATE_NOOP("DossierReport", "Teams"),
    "teams_intro": QT_TRANSLATE_NOOP(
        "DossierReport", "De teams of afdelingen zoals ze in deze cyclus zijn ingedeeld."
    ),
    "no_teams": QT_TRANSLATE_NOOP(
        "DossierReport", "Er zijn in deze cyclus nog geen teams vastgelegd."
    ),
    "team": QT_TRANSLATE_NOOP("DossierReport", "Team"),
    "headcount": QT_TRANSLATE_NOOP("DossierReport", "Medewerkers"),
    "hybrid": QT_TRANSLATE_NOOP("DossierReport", "Hybride werken"),
    "manager": QT_TRANSLATE_NOOP("DossierReport", "Leidinggevende"),
    "total": QT_TRANSLATE_NOOP("DossierReport", "Totaal"),
    "yes": QT_TRANSLATE_NOOP("DossierReport", "ja"),
    "no": QT_TRANSLATE_NOOP("DossierReport", "nee"),
    "documents_heading": QT_TRANSLATE_NOOP("DossierReport", "Documenten"),
    "documents_intro": QT_TRANSLATE_NOOP(
        "DossierReport",
        "De RI&E en de andere stukken waarnaar het werkdrukbeleid verwijst, zoals een "
        "medewerkersonderzoek (MTO) of een verdiepend onderzoek."
    ),
    "documents_intro_whole": QT_TRANSLATE_NOOP(
        "DossierReport",
        "De RI&E en de andere stukken waarnaar het beleid op psychosociale arbeidsbelasting "
        "verwijst, zoals een medewerkersonderzoek (MTO), een verdiepend onderzoek, de "
        "gedragscode of de klachtenregeling."
    ),
    "no_documents": QT_TRANSLATE_NOOP("DossierReport", "Er zijn nog geen documenten vastgelegd."),
    "document": QT_TRANSLATE_NOOP("DossierReport", "Document"),
    "date": QT_TRANSLATE_NOOP("DossierReport", "Datum"),
    "kept_at": QT_TRANSLATE_NOOP("DossierReport", "Waar te vinden"),
    "summary": QT_TRANSLATE_NOOP("DossierReport", "Samenvatting"),
    # 2. inventory
    "inventory_intro": QT_TRANSLATE_NOOP(
        "DossierReport",
        "Per team staat hieronder welke bronnen niet in orde zijn, met waarop die beoordeling "
        "rust. Bronnen die in orde zijn, worden alleen geteld."
    ),
    "no_risk_heading": QT_TRANSLATE_NOOP(
        "DossierReport", "Uitkomst: geen risico op werkstress gevonden"
    ),
    "no_risk_reason": QT_TRANSLATE_NOOP("DossierReport", "Onderbouwing: {reason}"),
    "whole_organisation": QT_TRANSLATE_NOOP("DossierReport", "Hele organisatie"),
    "whole_organisation_intro": QT_TRANSLATE_NOOP(
        "DossierReport",
        "Beoordelingen voor de organisatie als geheel. Ze gelden voor elk team dat die bron niet "
        "zelf heeft beoordeeld."
    ),
    "tally": QT_TRANSLATE_NOOP(
        "DossierReport",
        "{total} bekeken: {fine} in orde, {attention} aandacht nodig, {problem} te hoog of te "
        "laag, {unrated} nog niet beoordeeld."
    ),
    "sources_one": QT_TRANSLATE_NOOP("DossierReport", "1 bron"),
    "sources_many": QT_TRANSLATE_NOOP("DossierReport", "{count} bronnen"),
    "all_fine": QT_TRANSLATE_NOOP(
        "DossierReport", "Geen enkele beoordeelde bron vraagt hier aandacht."
    ),
    "nothing_rated": QT_TRANSLATE_NOOP("DossierReport", "Hier is nog niets beoordeeld."),
    "the_organisation": QT_TRANSLATE_NOOP("DossierReport", "de organisatie"),
    "source": QT_TRANSLATE_NOOP("DossierReport", "Bron"),
    "rating": QT_TRANSLATE_NOOP("DossierReport", "Beoordeling"),
    "evidence": QT_TRANSLATE_NOOP("DossierReport", "Onderbouwing"),
    "note": QT_TRANSLATE_NOOP("DossierReport", "Toelichting"),
    "own_source": QT_TRANSLATE_NOOP("DossierReport", "eigen bron"),
    "archived": QT_TRANSLATE_NOOP("DossierReport", "niet meer in gebruik"),
    "team_details": QT_TRANSLATE_NOOP("DossierReport", "{count} medewerkers"),
    "works_hybrid": QT_TRANSLATE_NOOP("DossierReport", "werkt hybride"),
    "hybrid_heading": QT_TRANSLATE_NOOP("DossierReport", "Hybride werken"),
    "hybrid_teams": QT_TRANSLATE_NOOP("DossierReport", "Teams die hybride werken: {teams}."),
    "hybrid_none": QT_TRANSLATE_NOOP("DossierReport", "Geen van de teams werkt hybride."),
    "hybrid_missing": QT_TRANSLATE_NOOP(
        "DossierReport", "Nog niet beschreven hoe hybride werken is meegenomen."
    ),
    "measurements_heading": QT_TRANSLATE_NOOP("DossierReport", "Metingen met de vragenlijst"),
    "measurements_intro": QT_TRANSLATE_NOOP(
        "DossierReport",
        "Welke metingen er zijn gehouden. De antwoorden zijn anoniem: uitkomsten staan hieronder "
        "alleen voor groepen die groot genoeg zijn, nooit per persoon."
    ),
    "no_measurements": QT_TRANSLATE_NOOP(
        "DossierReport", "In deze cyclus is nog geen meting met de vragenlijst gehouden."
    ),
    "measurement": QT_TRANSLATE_NOOP("DossierReport", "Meting"),
    "method": QT_TRANSLATE_NOOP("DossierReport", "Hoe verzameld"),
    "responses": QT_TRANSLATE_NOOP("DossierReport", "Ingevuld"),
    "discussed": QT_TRANSLATE_NOOP("DossierReport", "Besproken met medewerkers"),
    # 3. balance
    "balance_intro": QT_TRANSLATE_NOOP(
        "DossierReport",
        "Per team de werkdrukbronnen die te hoog zijn of aandacht vragen (links) tegenover de "
        "energiebronnen die te laag zijn of aandacht vragen (rechts). Een bron die alleen voor de "
        "hele organisatie is beoordeeld, telt bij elk team mee."
    ),
    "balance_strands_intro": QT_TRANSLATE_NOOP(
        "DossierReport",
        "Ongewenst gedrag binnen de organisatie en agressie van buiten zijn geen werkdruk. Ze "
        "staan daarom apart: in de grafiek in de kolom 'Gedrag, agressie', en bij elk team op "
        "een eigen regel. Komen ze te vaak voor, dan wegen ze wel mee in het oordeel, en geen "
        "energiebron maakt dat goed."
    ),
    "strands": QT_TRANSLATE_NOOP("DossierReport", "Ongewenst gedrag of agressie"),
    "strands_value": QT_TRANSLATE_NOOP(
        "DossierReport", "{often} te vaak, {attention} aandacht nodig"
    ),
    "strands_names": QT_TRANSLATE_NOOP("DossierReport", "Te vaak: {names}"),
    "verdict": QT_TRANSLATE_NOOP("DossierReport", "Oordeel"),
    "priority_tag": QT_TRANSLATE_NOOP("DossierReport", "Prioriteit {priority}"),
    "no_priority": QT_TRANSLATE_NOOP("DossierReport", "Geen prioriteit"),
    "picture": QT_TRANSLATE_NOOP("DossierReport", "Volgens de inventarisatie"),
    "picture_value": QT_TRANSLATE_NOOP(
        "DossierReport",
        "werkdrukbronnen: {high} te hoog, {demand_attention} aandacht nodig; energiebronnen: "
        "{low} te laag, {resource_attention} aandacht nodig"
    ),
    "rest": QT_TRANSLATE_NOOP("DossierReport", "Rust en herstel"),
    "work_private": QT_TRANSLATE_NOOP("DossierReport", "Werk en privé"),
    # 4. plan
    "coherence_heading": QT_TRANSLATE_NOOP(
        "DossierReport", "Samenhang, instemming en ondertekening"
    ),
    "coherence": QT_TRANSLATE_NOOP("DossierReport", "Samenhang van het plan"),
    "coherence_missing": QT_TRANSLATE_NOOP(
        "DossierReport", "Nog niet beschreven hoe de maatregelen samenhangen."
    ),
    "consent_needed": QT_TRANSLATE_NOOP(
        "DossierReport",
        "Met het plan van aanpak moet de ondernemingsraad of de personeelsvertegenwoordiging "
        "instemmen (WOR artikel 27)."
    ),
    "consent": QT_TRANSLATE_NOOP("DossierReport", "Instemming"),
    "consent_value": QT_TRANSLATE_NOOP("DossierReport", "{body} op {date}"),
    "consent_value_no_date": QT_TRANSLATE_NOOP("DossierReport", "{body}, datum nog niet ingevuld"),
    "consent_missing": QT_TRANSLATE_NOOP("DossierReport", "Nog geen instemming vastgelegd."),
    "consent_note": QT_TRANSLATE_NOOP("DossierReport", "Toelichting bij de instemming"),
    "employer": QT_TRANSLATE_NOOP("DossierReport", "Werkgever"),
    "employer_value": QT_TRANSLATE_NOOP("DossierReport", "ondertekend door {name} op {date}"),
    "employer_missing": QT_TRANSLATE_NOOP("DossierReport", "Nog niet ondertekend."),
    # 5. sessions
    "sessions_intro": QT_TRANSLATE_NOOP(
        "DossierReport",
        "De bijeenkomsten waarin medewerkers en leidinggevenden uitleg kregen over werkdruk en "
        "werkstress."
    ),
    "sessions_intro_whole": QT_TRANSLATE_NOOP(
        "DossierReport",
        "De bijeenkomsten waarin medewerkers en leidinggevenden uitleg kregen over werkdruk en "
        "werkstress, over ongewenst gedrag binnen het bedrijf en over agressie en geweld van "
        "buitenaf."
    ),
    "no_sessions": QT_TRANSLATE_NOOP(
        "DossierReport", "In deze cyclus is nog geen voorlichting vastgelegd."
    ),
    "session": QT_TRANSLATE_NOOP("DossierReport", "Bijeenkomst"),
    "topics": QT_TRANSLATE_NOOP("DossierReport", "Onderwerpen"),
    "attendance": QT_TRANSLATE_NOOP("DossierReport", "Aanwezig"),
    "given_by": QT_TRANSLATE_NOOP("DossierReport", "door {name}"),
    "present": QT_TRANSLATE_NOOP("DossierReport", "{count} aanwezig"),
    "by_name": QT_TRANSLATE_NOOP("DossierReport", "{count} op naam"),
    "without_team": QT_TRANSLATE_NOOP("DossierReport", "zonder team"),
    "unknown_team": QT_TRANSLATE_NOOP("DossierReport", "onbekend team"),
    "topics_heading": QT_TRANSLATE_NOOP("DossierReport", "Welke onderwerpen zijn behandeld"),
    "topics_intro": QT_TRANSLATE_NOOP(
        "DossierReport",
        "Medewerkers horen alle onderwerpen hieronder behalve het laatste; leidinggevenden leren "
        "daarnaast signalen bij medewerkers herkennen."
    ),
    "topic": QT_TRANSLATE_NOOP("DossierReport", "Onderwerp"),
    "for_staff": QT_TRANSLATE_NOOP("DossierReport", "Voor medewerkers"),
    "for_managers": QT_TRANSLATE_NOOP("DossierReport", "Voor leidinggevenden"),
    "covered": QT_TRANSLATE_NOOP("DossierReport", "behandeld ({count}×)"),
    "not_covered": QT_TRANSLATE_NOOP("DossierReport", "nog niet behandeld"),
    "not_required": QT_TRANSLATE_NOOP("DossierReport", "niet vereist"),
    "topics_complete": QT_TRANSLATE_NOOP(
        "DossierReport", "Alle vereiste onderwerpen zijn behandeld."
    ),
    "reach_heading": QT_TRANSLATE_NOOP("DossierReport", "Bereik per team"),
    "reach_intro": QT_TRANSLATE_NOOP(
        "DossierReport",
        "Hoeveel verschillende medewerkers per team minstens een bijeenkomst bijwoonden. Wie "
        "alleen is geteld en niet op naam is genoteerd, kan niet over bijeenkomsten heen worden "
        "gevolgd; het werkelijke aantal kan dus hoger zijn."
    ),
    "reached": QT_TRANSLATE_NOOP("DossierReport", "Bereikt"),
    "share": QT_TRANSLATE_NOOP("DossierReport", "Deel"),
    "at_least": QT_TRANSLATE_NOOP("DossierReport", "minstens {reached} van {headcount}"),
    "at_least_no_headcount": QT_TRANSLATE_NOOP("DossierReport", "minstens {reached}"),
    "not_reached": QT_TRANSLATE_NOOP("DossierReport", "nog niemand bereikt"),
    "everyone_reached": QT_TRANSLATE_NOOP(
        "DossierReport", "In elk team zijn minstens zoveel mensen bereikt als er werken."),
    # 6. evaluation
    "evaluation_intro": QT_TRANSLATE_NOOP(
        "DossierReport", "Per maatregel of die werkt, en daarna hoe het proces is verlopen."
    ),
    "measures_evaluation_heading": QT_TRANSLATE_NOOP("DossierReport", "Effect per maatregel"),
    "no_evaluations": QT_TRANSLATE_NOOP(
        "DossierReport", "Nog geen enkele maatregel is geëvalueerd."
    ),
    "awaiting": QT_TRANSLATE_NOOP(
        "DossierReport", "Uitgevoerd, maar nog niet geëvalueerd: {measures}."
    ),
    "running": QT_TRANSLATE_NOOP(
        "DossierReport", "Nog niet uitgevoerd en dus nog niet te beoordelen: {count}."
    ),
    "measures_one": QT_TRANSLATE_NOOP("DossierReport", "1 maatregel"),
    "measures_many": QT_TRANSLATE_NOOP("DossierReport", "{count} maatregelen"),
    "effect": QT_TRANSLATE_NOOP("DossierReport", "Effect"),
    "how_assessed": QT_TRANSLATE_NOOP("DossierReport", "Hoe vastgesteld"),
    "outcome": QT_TRANSLATE_NOOP("DossierReport", "Uitkomst"),
    "next_steps": QT_TRANSLATE_NOOP("DossierReport", "Vervolg"),
    "evaluated_on": QT_TRANSLATE_NOOP("DossierReport", "Geëvalueerd op"),
    "status": QT_TRANSLATE_NOOP("DossierReport", "Status"),
    "process_heading": QT_TRANSLATE_NOOP("DossierReport", "Evaluatie van het proces"),
    "methods": QT_TRANSLATE_NOOP("DossierReport", "Manier van evalueren"),
    "compared": QT_TRANSLATE_NOOP("DossierReport", "Vergeleken metingen"),
    "how_it_went": QT_TRANSLATE_NOOP("DossierReport", "Hoe het ging"),
    "do_differently": QT_TRANSLATE_NOOP("DossierReport", "Wat we anders doen"),
    "policy_changes": QT_TRANSLATE_NOOP("DossierReport", "Aanpassing van het beleid"),
    # 7. history
    "history_intro": QT_TRANSLATE_NOOP(
        "DossierReport",
        "Eerdere cycli, kort samengevat. Hun volledige dossiers blijven opvraagbaar."
    ),
    "no_history": QT_TRANSLATE_NOOP(
        "DossierReport",
        "Dit is de eerste cyclus; er is nog geen eerdere cyclus om samen te vatten."
    ),
    "cycle": QT_TRANSLATE_NOOP("DossierReport", "Cyclus"),
    "period": QT_TRANSLATE_NOOP("DossierReport", "Periode"),
    "measures": QT_TRANSLATE_NOOP("DossierReport", "Maatregelen"),
    "sessions": QT_TRANSLATE_NOOP("DossierReport", "Voorlichting"),
    "sessions_one": QT_TRANSLATE_NOOP("DossierReport", "1 bijeenkomst"),
    "sessions_many": QT_TRANSLATE_NOOP("DossierReport", "{count} bijeenkomsten"),
    "closed": QT_TRANSLATE_NOOP("DossierReport", "afgesloten"),
    "open": QT_TRANSLATE_NOOP("DossierReport", "loopt nog"),
    "none": QT_TRANSLATE_NOOP("DossierReport", "geen"),
}


def word(key: str, **values: object) -> str:
    return lookup(CONTEXT, _WORDS, key, **values)


def phrase(key: str, **values: str) -> str:
    """Markup: the text escaped, with `values` (already markup) filled in."""
    return lookup_markup(CONTEXT, _WORDS, key, **values)


def count(number: int, key: str) -> str:
    """'1 bron' or '3 bronnen' for key 'sources' (keys `<key>_one` and `<key>_many`)."""
    return word(f"{key}_one") if number == 1 else word(f"{key}_many", count=number)
