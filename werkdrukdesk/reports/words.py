"""The reports' own words, keyed by English ids, per language.

Codes of the model (levels, statuses, verdicts...) take their names from `core.labels`; this
catalogue holds only the sentences and headings the reports add. English can follow by adding
an "en" table with the same keys.
"""

from __future__ import annotations

from werkdrukdesk.reports.text import escape

LANGUAGE = "nl"

_NL: dict[str, str] = {
    # page frame, shared by every report
    "page_of": "pagina {page} van {pages}",
    "printed_on": "afgedrukt op {date}",
    "cycle_line": "Cyclus {number}: {title}",
    "cycle_number": "Cyclus {number}",
    "period": "{start} tot en met {end}",
    "period_from": "vanaf {start}",
    "creator": "WerkdrukDesk",
    "empty": "—",
    "yes": "ja",
    "no": "nee",
    "whole_organisation": "hele organisatie",
    "unknown_source": "onbekende bron",
    "unknown_team": "onbekend team",
    # organisation and RI&E facts
    "facts_heading": "Organisatie en RI&E",
    "organisation": "Organisatie",
    "kvk_number": "KvK-nummer",
    "sector": "Sector",
    "headcount": "Medewerkers",
    "headcount_value": "{count} medewerkers, samen {hours} betaalde uren per week",
    "prevention_officer": "Preventiemedewerker",
    "participation_body": "Medezeggenschap",
    "health_service": "Arbodienst en bedrijfsarts",
    "rie": "RI&E",
    "rie_value": "van {date}, opgesteld met: {instrument}",
    "rie_no_date": "opgesteld met: {instrument}",
    "branch_recognised": "Erkend branche-instrument",
    "review": "Toetsing",
    "review_done": "getoetst op {date} door {by}",
    "review_exempt": "vrijgesteld van toetsing: {reason}",
    "arbocatalogus": "Arbocatalogus",
    # signatures
    "signatures_heading": "Ondertekening",
    "sign_for_employer": "Namens de werkgever",
    "sign_for_body": "Namens de {body}",
    "sign_name": "Naam",
    "sign_date": "Datum",
    "sign_signature": "Handtekening",
    "no_body_signs": (
        "De organisatie heeft geen ondernemingsraad of personeelsvertegenwoordiging; "
        "de werkgever ondertekent het plan alleen."
    ),
    # the plan van aanpak
    "plan_title": "Plan van aanpak werkdruk",
    "plan_intro": (
        "Dit plan van aanpak hoort bij de risico-inventarisatie en -evaluatie (RI&E) van "
        "{organisation}. Het beschrijft welke werkdrukrisico's we hebben gevonden, welke "
        "maatregelen we daartegen nemen, wie daarvoor zorgt, binnen welke termijn, en hoe de "
        "maatregelen samenhangen (Arbowet artikel 5)."
    ),
    "measure_count_one": "1 maatregel",
    "measure_count_many": "{count} maatregelen",
    "plan_key_figures": (
        "{total}: {organisation} voor de organisatie, {team} voor teams, "
        "{individual} voor individuele medewerkers. Uitgevoerd: {done}. Te laat: {overdue}."
    ),
    "risks_heading": "Gevonden risico's",
    "risks_intro": (
        "Werkdruk wordt te hoog als werkdrukbronnen te hoog zijn of energiebronnen te laag. "
        "Hieronder staat wat de inventarisatie van deze cyclus daarover liet zien."
    ),
    "no_risk_heading": "Uitkomst: geen risico op werkstress gevonden",
    "no_risk_reason": "Waarom niet: {reason}",
    "org_risks_heading": "Voor de hele organisatie",
    "org_none": (
        "Voor de organisatie als geheel is geen werkdrukbron te hoog en geen energiebron te "
        "laag beoordeeld."
    ),
    "demands_too_high": "Werkdrukbronnen te hoog",
    "resources_too_low": "Energiebronnen te laag",
    "needs_attention": "Aandacht nodig",
    "team_risks_heading": "Per team",
    "team_risks_intro": (
        "De tabel noemt per team wat in dat team zelf speelt, de teams met de hoogste "
        "prioriteit eerst. Wat voor de hele organisatie geldt, staat hierboven en geldt ook "
        "voor elk team."
    ),
    "no_teams": "Er zijn in deze cyclus nog geen teams vastgelegd.",
    "team": "Team",
    "verdict": "Oordeel",
    "priority": "prioriteit {priority}",
    "team_size": "{count} medewerkers",
    "hybrid": "werkt hybride",
    "hybrid_heading": "Hybride werken",
    "approach_heading": "Aanpak en samenhang",
    "approach_intro": (
        "We nemen eerst maatregelen voor de hele organisatie, omdat die het meeste effect "
        "hebben op knelpunten die op veel plekken terugkomen. Daarna volgen maatregelen per "
        "team en ten slotte maatregelen voor individuele medewerkers."
    ),
    "coherence_missing": "De samenhang van het plan is nog niet beschreven.",
    "measures_heading": "Maatregelen",
    "overview_heading": "Overzicht",
    "no_measures": "Er zijn in deze cyclus nog geen maatregelen vastgelegd.",
    "no_measures_no_risk": (
        "Omdat er geen risico op werkstress is gevonden, bevat dit plan geen maatregelen."
    ),
    "level_heading_organisation": "Maatregelen voor de hele organisatie",
    "level_heading_team": "Maatregelen per team",
    "level_heading_individual": "Maatregelen voor individuele medewerkers",
    "level_intro_organisation": (
        "Deze maatregelen pakken werkdrukbronnen en energiebronnen aan die op veel plekken "
        "in de organisatie terugkomen."
    ),
    "level_intro_team": (
        "Deze maatregelen pakken aan wat in één team speelt, zoals de autonomie en de steun "
        "van collega's en leidinggevende binnen dat team."
    ),
    "level_intro_individual": (
        "Deze maatregelen helpen medewerkers bij wie de balans tussen werk en privé of rust "
        "en herstel onder druk staat."
    ),
    "no_measures_level": "Op dit niveau zijn in deze cyclus geen maatregelen vastgelegd.",
    "number": "Nr.",
    "measure": "Maatregel",
    "measure_number": "M{number}",
    "what": "Wat",
    "addresses": "Pakt aan",
    "level": "Niveau",
    "status": "Status",
    "responsible": "Verantwoordelijk",
    "carried_out_by": "Uitvoering",
    "start_and_deadline": "Start en termijn",
    "schedule": "start {start}, termijn {deadline}",
    "deadline": "Termijn",
    "budget": "Budget en middelen",
    "staff_involvement": "Betrokkenheid medewerkers",
    "council_involvement": "Betrokkenheid OR/PVT",
    "coherence": "Samenhang",
    "related": "Hangt samen met",
    "carried_from": "Overgenomen uit cyclus {number}.",
    "carried_from_unknown": "Overgenomen uit een vorige cyclus.",
    "done_on": "{status} op {date}",
    "overdue": "te laat",
    "overdue_since": "termijn verstreken op {date}",
    "target_rating": "{source} ({rating})",
    "target_line": "{team}: {sources}",
    "consent_heading": "Instemming en ondertekening",
    "consent_intro": (
        "De ondernemingsraad of personeelsvertegenwoordiging moet instemmen met de RI&E en "
        "het plan van aanpak (WOR artikel 27)."
    ),
    "consent_by": "Instemming door",
    "consent_date": "Datum instemming",
    "consent_note": "Toelichting",
    "consent_missing": "De instemming met dit plan is nog niet vastgelegd.",
    "employer_signed": "Ondertekend door de werkgever",
    "employer_signed_value": "{name} op {date}",
}

_CATALOGUE: dict[str, dict[str, str]] = {"nl": _NL}


def word(key: str, language: str = LANGUAGE, **values: object) -> str:
    """The text for `key`, with `values` filled in; missing languages fall back to Dutch."""
    text = _CATALOGUE.get(language, _NL).get(key) or _NL[key]
    return text.format(**values) if values else text


def phrase(key: str, language: str = LANGUAGE, **values: str) -> str:
    """Paragraph markup: the catalogue text escaped, with `values` (already markup) filled in."""
    return escape(word(key, language)).format(**values)
