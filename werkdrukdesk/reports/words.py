"""The reports' own words, keyed by English ids, written in Dutch and given in the language of
the report (`core.i18n`).

Codes of the model (levels, statuses, verdicts...) take their names from `core.labels`; this
catalogue holds only the sentences and headings the reports add. Every value is marked with
`QT_TRANSLATE_NOOP("Reports", ...)` so pyside6-lupdate collects it into the .ts file; `word`
and `phrase` look it up with `translate` in the language current while the report is built.
Reports with words of their own keep them in a `_WORDS` table of their own context and look
them up with `lookup` and `lookup_markup`.
"""

from __future__ import annotations

from collections.abc import Mapping

from werkdrukdesk.core import model as m
from werkdrukdesk.core.i18n import QT_TRANSLATE_NOOP, translate
from werkdrukdesk.core.readiness.base import whole
from werkdrukdesk.reports.text import escape

CONTEXT = "Reports"

_NL: dict[str, str] = {
    # page frame, shared by every report
    "page_of": QT_TRANSLATE_NOOP("Reports", "pagina {page} van {pages}"),
    "printed_on": QT_TRANSLATE_NOOP("Reports", "afgedrukt op {date}"),
    "cycle_line": QT_TRANSLATE_NOOP("Reports", "Cyclus {number}: {title}"),
    "cycle_number": QT_TRANSLATE_NOOP("Reports", "Cyclus {number}"),
    "period": QT_TRANSLATE_NOOP("Reports", "{start} tot en met {end}"),
    "period_from": QT_TRANSLATE_NOOP("Reports", "vanaf {start}"),
    "creator": "WerkdrukDesk",
    "empty": "—",
    "yes": QT_TRANSLATE_NOOP("Reports", "ja"),
    "no": QT_TRANSLATE_NOOP("Reports", "nee"),
    "whole_organisation": QT_TRANSLATE_NOOP("Reports", "hele organisatie"),
    "unknown_source": QT_TRANSLATE_NOOP("Reports", "onbekende bron"),
    "unknown_team": QT_TRANSLATE_NOOP("Reports", "onbekend team"),
    # organisation and RI&E facts
    "facts_heading": QT_TRANSLATE_NOOP("Reports", "Organisatie en RI&E"),
    "organisation": QT_TRANSLATE_NOOP("Reports", "Organisatie"),
    "kvk_number": QT_TRANSLATE_NOOP("Reports", "KvK-nummer"),
    "sector": QT_TRANSLATE_NOOP("Reports", "Sector"),
    "headcount": QT_TRANSLATE_NOOP("Reports", "Medewerkers"),
    "headcount_value": QT_TRANSLATE_NOOP(
        "Reports", "{count} medewerkers, samen {hours} betaalde uren per week"
    ),
    "headcount_only": QT_TRANSLATE_NOOP("Reports", "{count} medewerkers"),
    "hours_only": QT_TRANSLATE_NOOP("Reports", "samen {hours} betaalde uren per week"),
    "not_filled_in": QT_TRANSLATE_NOOP("Reports", "niet ingevuld"),
    "prevention_officer": QT_TRANSLATE_NOOP("Reports", "Preventiemedewerker"),
    "participation_body": QT_TRANSLATE_NOOP("Reports", "Medezeggenschap"),
    "health_service": QT_TRANSLATE_NOOP("Reports", "Arbodienst en bedrijfsarts"),
    "rie": QT_TRANSLATE_NOOP("Reports", "RI&E"),
    "rie_value": QT_TRANSLATE_NOOP("Reports", "van {date}, opgesteld met: {instrument}"),
    "rie_no_date": QT_TRANSLATE_NOOP("Reports", "opgesteld met: {instrument}"),
    "rie_werkdruk": QT_TRANSLATE_NOOP("Reports", "Werkdruk in de RI&E"),
    "rie_werkdruk_value": QT_TRANSLATE_NOOP("Reports", "{place} (dit deel is van {date})"),
    "rie_werkdruk_missing": QT_TRANSLATE_NOOP(
        "Reports", "Niet vastgelegd waar werkdruk in de RI&E staat."),
    "rie_psa": QT_TRANSLATE_NOOP("Reports", "Psychosociale arbeidsbelasting in de RI&E"),
    "rie_psa_value": QT_TRANSLATE_NOOP(
        "Reports", "werkdruk: {werkdruk}; ongewenst gedrag in de organisatie: {unwanted}; "
        "agressie en geweld van buiten: {aggression}"),
    "rie_changes": QT_TRANSLATE_NOOP("Reports", "Veranderingen sinds de RI&E"),
    "rie_change_open": QT_TRANSLATE_NOOP("Reports", "nog niet in de RI&E verwerkt"),
    "date_unknown": QT_TRANSLATE_NOOP("Reports", "datum onbekend"),
    "rie_consent": QT_TRANSLATE_NOOP("Reports", "Instemming met de aanpak van de RI&E"),
    "rie_consent_value": QT_TRANSLATE_NOOP("Reports", "door de {body} op {date}"),
    "rie_consent_missing": QT_TRANSLATE_NOOP(
        "Reports", "Nog niet gevraagd of niet vastgelegd (WOR art. 27 lid 1 sub d)."),
    "consultation": QT_TRANSLATE_NOOP("Reports", "Raadpleging van de medewerkers"),
    "consultation_value": QT_TRANSLATE_NOOP("Reports", "Op {date}: {how}"),
    "consultation_outcome": QT_TRANSLATE_NOOP("Reports", "Wat eruit kwam: {outcome}"),
    "consultation_missing": QT_TRANSLATE_NOOP(
        "Reports", "Er is geen OR of PVT, en niet vastgelegd dat de medewerkers over de RI&E en "
        "het plan zijn geraadpleegd (Arbowet art. 12 lid 3)."),
    "staff_involved": QT_TRANSLATE_NOOP("Reports", "Hoe medewerkers meedachten"),
    "branch_recognised": QT_TRANSLATE_NOOP("Reports", "Erkend branche-instrument"),
    "review": QT_TRANSLATE_NOOP("Reports", "Toetsing"),
    "review_done": QT_TRANSLATE_NOOP("Reports", "getoetst op {date} door {by}"),
    "review_exempt": QT_TRANSLATE_NOOP("Reports", "vrijgesteld van toetsing: {reason}"),
    "arbocatalogus": QT_TRANSLATE_NOOP("Reports", "Arbocatalogus"),
    # signatures
    "signatures_heading": QT_TRANSLATE_NOOP("Reports", "Ondertekening"),
    "sign_for_employer": QT_TRANSLATE_NOOP("Reports", "Namens de werkgever"),
    "sign_for_body": QT_TRANSLATE_NOOP("Reports", "Namens de {body}"),
    "sign_name": QT_TRANSLATE_NOOP("Reports", "Naam"),
    "sign_date": QT_TRANSLATE_NOOP("Reports", "Datum"),
    "sign_signature": QT_TRANSLATE_NOOP("Reports", "Handtekening"),
    "no_body_signs": QT_TRANSLATE_NOOP(
        "Reports",
        "De organisatie heeft geen ondernemingsraad of personeelsvertegenwoordiging; de werkgever "
        "ondertekent het plan alleen."
    ),
    # the plan van aanpak
    "plan_title": QT_TRANSLATE_NOOP("Reports", "Plan van aanpak werkdruk"),
    "plan_title_whole": QT_TRANSLATE_NOOP(
        "Reports", "Plan van aanpak psychosociale arbeidsbelasting"),
    "plan_intro": QT_TRANSLATE_NOOP(
        "Reports",
        "Dit plan van aanpak hoort bij de risico-inventarisatie en -evaluatie (RI&E) van "
        "{organisation}. Het beschrijft welke werkdrukrisico's we hebben gevonden, welke "
        "maatregelen we daartegen nemen, wie daarvoor zorgt, binnen welke termijn, en hoe de "
        "maatregelen samenhangen (Arbowet artikel 5)."
    ),
    "plan_intro_whole": QT_TRANSLATE_NOOP(
        "Reports",
        "Dit plan van aanpak hoort bij de risico-inventarisatie en -evaluatie (RI&E) van "
        "{organisation}. Het beschrijft welke risico's we hebben gevonden op werkdruk, op "
        "ongewenst gedrag binnen het bedrijf en op agressie en geweld van buitenaf, welke "
        "maatregelen we daartegen nemen, wie daarvoor zorgt, binnen welke termijn, en hoe de "
        "maatregelen samenhangen (Arbowet artikel 5)."
    ),
    "measure_count_one": QT_TRANSLATE_NOOP("Reports", "1 maatregel"),
    "measure_count_many": QT_TRANSLATE_NOOP("Reports", "{count} maatregelen"),
    "plan_key_figures": QT_TRANSLATE_NOOP(
        "Reports",
        "{total}: {organisation} voor de organisatie, {team} voor teams, {individual} voor "
        "individuele medewerkers. Uitgevoerd: {done}. Te laat: {overdue}."
    ),
    "risks_heading": QT_TRANSLATE_NOOP("Reports", "Gevonden risico's"),
    "risks_intro": QT_TRANSLATE_NOOP(
        "Reports",
        "Werkdruk wordt te hoog als werkdrukbronnen te hoog zijn of energiebronnen te laag. "
        "Hieronder staat wat de inventarisatie van deze cyclus daarover liet zien."
    ),
    "risks_intro_whole": QT_TRANSLATE_NOOP(
        "Reports",
        "Werkdruk wordt te hoog als werkdrukbronnen te hoog zijn of energiebronnen te laag. Bij "
        "ongewenst gedrag en agressie telt hoe vaak het voorkomt; energiebronnen maken dat niet "
        "goed. Hieronder staat wat de inventarisatie van deze cyclus liet zien."
    ),
    "no_risk_heading": QT_TRANSLATE_NOOP("Reports", "Uitkomst: geen risico op werkstress gevonden"),
    "no_risk_reason": QT_TRANSLATE_NOOP("Reports", "Waarom niet: {reason}"),
    "org_risks_heading": QT_TRANSLATE_NOOP("Reports", "Voor de hele organisatie"),
    "org_none": QT_TRANSLATE_NOOP(
        "Reports",
        "Voor de organisatie als geheel is geen werkdrukbron te hoog en geen energiebron te laag "
        "beoordeeld."
    ),
    "demands_too_high": QT_TRANSLATE_NOOP("Reports", "Werkdrukbronnen te hoog"),
    # In a whole-PSA file: unwanted behaviour and aggression are no werkdrukbronnen.
    "strands_too_often": QT_TRANSLATE_NOOP("Reports", "Ongewenst gedrag of agressie te vaak"),
    "demands_too_high_whole": QT_TRANSLATE_NOOP("Reports", "Te hoog of te vaak"),
    "resources_too_low": QT_TRANSLATE_NOOP("Reports", "Energiebronnen te laag"),
    "needs_attention": QT_TRANSLATE_NOOP("Reports", "Aandacht nodig"),
    "team_risks_heading": QT_TRANSLATE_NOOP("Reports", "Per team"),
    "team_risks_intro": QT_TRANSLATE_NOOP(
        "Reports",
        "De tabel noemt per team wat in dat team zelf speelt, de teams met de hoogste prioriteit "
        "eerst. Wat voor de hele organisatie geldt, staat hierboven en geldt ook voor elk team."
    ),
    "team_risks_intro_whole": QT_TRANSLATE_NOOP(
        "Reports",
        "De tabel noemt per team wat in dat team zelf speelt, de teams met de hoogste prioriteit "
        "eerst. Wat voor de hele organisatie geldt, staat hierboven en geldt ook voor elk team. "
        "Onder 'te hoog of te vaak' staan de werkdrukbronnen die te hoog zijn en ongewenst "
        "gedrag of agressie dat te vaak voorkomt."
    ),
    "no_teams": QT_TRANSLATE_NOOP("Reports", "Er zijn in deze cyclus nog geen teams vastgelegd."),
    "team": QT_TRANSLATE_NOOP("Reports", "Team"),
    "verdict": QT_TRANSLATE_NOOP("Reports", "Oordeel"),
    "priority": QT_TRANSLATE_NOOP("Reports", "prioriteit {priority}"),
    "team_size": QT_TRANSLATE_NOOP("Reports", "{count} medewerkers"),
    "hybrid": QT_TRANSLATE_NOOP("Reports", "werkt hybride"),
    "hybrid_heading": QT_TRANSLATE_NOOP("Reports", "Hybride werken"),
    "approach_heading": QT_TRANSLATE_NOOP("Reports", "Aanpak en samenhang"),
    "approach_intro": QT_TRANSLATE_NOOP(
        "Reports",
        "We nemen eerst maatregelen voor de hele organisatie, omdat die het meeste effect hebben "
        "op knelpunten die op veel plekken terugkomen. Daarna volgen maatregelen per team en ten "
        "slotte maatregelen voor individuele medewerkers."
    ),
    "coherence_missing": QT_TRANSLATE_NOOP(
        "Reports", "De samenhang van het plan is nog niet beschreven."
    ),
    "measures_heading": QT_TRANSLATE_NOOP("Reports", "Maatregelen"),
    "overview_heading": QT_TRANSLATE_NOOP("Reports", "Overzicht"),
    "no_measures": QT_TRANSLATE_NOOP(
        "Reports", "Er zijn in deze cyclus nog geen maatregelen vastgelegd."
    ),
    "no_measures_no_risk": QT_TRANSLATE_NOOP(
        "Reports",
        "Omdat er geen risico op werkstress is gevonden, bevat dit plan geen maatregelen."
    ),
    "level_heading_organisation": QT_TRANSLATE_NOOP(
        "Reports", "Maatregelen voor de hele organisatie"
    ),
    "level_heading_team": QT_TRANSLATE_NOOP("Reports", "Maatregelen per team"),
    "level_heading_individual": QT_TRANSLATE_NOOP(
        "Reports", "Maatregelen voor individuele medewerkers"
    ),
    "level_intro_organisation": QT_TRANSLATE_NOOP(
        "Reports",
        "Deze maatregelen pakken werkdrukbronnen en energiebronnen aan die op veel plekken in de "
        "organisatie terugkomen."
    ),
    "level_intro_team": QT_TRANSLATE_NOOP(
        "Reports",
        "Deze maatregelen pakken aan wat in één team speelt, zoals de autonomie en de steun van "
        "collega's en leidinggevende binnen dat team."
    ),
    "level_intro_individual": QT_TRANSLATE_NOOP(
        "Reports",
        "Deze maatregelen helpen medewerkers bij wie de balans tussen werk en privé of rust en "
        "herstel onder druk staat."
    ),
    "no_measures_level": QT_TRANSLATE_NOOP(
        "Reports", "Op dit niveau zijn in deze cyclus geen maatregelen vastgelegd."
    ),
    "number": QT_TRANSLATE_NOOP("Reports", "Nr."),
    "measure": QT_TRANSLATE_NOOP("Reports", "Maatregel"),
    "measure_number": QT_TRANSLATE_NOOP("Reports", "M{number}"),
    "what": QT_TRANSLATE_NOOP("Reports", "Wat"),
    "addresses": QT_TRANSLATE_NOOP("Reports", "Pakt aan"),
    "level": QT_TRANSLATE_NOOP("Reports", "Niveau"),
    "status": QT_TRANSLATE_NOOP("Reports", "Status"),
    "responsible": QT_TRANSLATE_NOOP("Reports", "Verantwoordelijk"),
    "carried_out_by": QT_TRANSLATE_NOOP("Reports", "Uitvoering"),
    "start_and_deadline": QT_TRANSLATE_NOOP("Reports", "Start en termijn"),
    "schedule": QT_TRANSLATE_NOOP("Reports", "start {start}, termijn {deadline}"),
    "deadline": QT_TRANSLATE_NOOP("Reports", "Termijn"),
    "budget": QT_TRANSLATE_NOOP("Reports", "Budget en middelen"),
    "staff_involvement": QT_TRANSLATE_NOOP("Reports", "Betrokkenheid medewerkers"),
    "council_involvement": QT_TRANSLATE_NOOP("Reports", "Betrokkenheid OR/PVT"),
    "coherence": QT_TRANSLATE_NOOP("Reports", "Samenhang"),
    "related": QT_TRANSLATE_NOOP("Reports", "Hangt samen met"),
    "carried_from": QT_TRANSLATE_NOOP("Reports", "Overgenomen uit cyclus {number}."),
    "carried_from_unknown": QT_TRANSLATE_NOOP("Reports", "Overgenomen uit een vorige cyclus."),
    "done_on": QT_TRANSLATE_NOOP("Reports", "{status} op {date}"),
    "overdue": QT_TRANSLATE_NOOP("Reports", "te laat"),
    "overdue_since": QT_TRANSLATE_NOOP("Reports", "termijn verstreken op {date}"),
    # a measure's purpose and what already existed (issue #16 part 7)
    "intended_result": QT_TRANSLATE_NOOP("Reports", "Beoogd resultaat"),
    "judged": QT_TRANSLATE_NOOP("Reports", "Beoordeling van het effect"),
    "judged_on": QT_TRANSLATE_NOOP("Reports", "{how}, op {date}"),
    "existing": QT_TRANSLATE_NOOP("Reports", "bestaat al"),
    "existing_note": QT_TRANSLATE_NOOP("Reports", "Bestond al voor dit plan van aanpak."),
    "existing_and_added": QT_TRANSLATE_NOOP(
        "Reports", "Van de {total} maatregelen bestonden er {existing} al voor dit plan; "
        "{added} voegt dit plan toe."),
    "target_rating": "{source} ({rating})",
    "target_line": "{team}: {sources}",
    "consent_heading": QT_TRANSLATE_NOOP("Reports", "Instemming en ondertekening"),
    "consent_intro": QT_TRANSLATE_NOOP(
        "Reports",
        "De ondernemingsraad of personeelsvertegenwoordiging moet instemmen met de RI&E en het "
        "plan van aanpak (WOR artikel 27)."
    ),
    "consent_by": QT_TRANSLATE_NOOP("Reports", "Instemming door"),
    "consent_date": QT_TRANSLATE_NOOP("Reports", "Datum instemming"),
    "consent_note": QT_TRANSLATE_NOOP("Reports", "Toelichting"),
    "consent_missing": QT_TRANSLATE_NOOP(
        "Reports", "De instemming met dit plan is nog niet vastgelegd."
    ),
    "employer_signed": QT_TRANSLATE_NOOP("Reports", "Ondertekend door de werkgever"),
    "employer_signed_value": QT_TRANSLATE_NOOP("Reports", "{name} op {date}"),
}


def lookup(context: str, table: Mapping[str, str], key: str, **values: object) -> str:
    """`table[key]` (Dutch, marked with `QT_TRANSLATE_NOOP(context, ...)`) in the current
    language, with `values` filled in."""
    text = translate(context, table[key])
    return text.format(**values) if values else text


def lookup_markup(context: str, table: Mapping[str, str], key: str, **values: str) -> str:
    """Paragraph markup: `table[key]` in the current language, escaped, with `values` (already
    markup) filled in."""
    return escape(translate(context, table[key])).format(**values)


def scoped(key: str, org: m.Organisation) -> str:
    """The key of a document's title for what the file covers: `key` for werkdruk only,
    `key_whole` when it covers unwanted behaviour and aggression too."""
    return with_strands(key, whole(org))


def with_strands(key: str, strands: bool) -> str:
    """`key_whole` for words that name unwanted behaviour and aggression beside werkdruk,
    `key` for werkdruk alone."""
    return f"{key}_whole" if strands else key


def word(key: str, **values: object) -> str:
    """The text for `key` in the current language, with `values` filled in."""
    return lookup(CONTEXT, _NL, key, **values)


def dutch(key: str, **values: object) -> str:
    """The Dutch text for `key` whatever the language: to recognise our own word in what a user
    typed in Dutch."""
    text = _NL[key]
    return text.format(**values) if values else text


def phrase(key: str, **values: str) -> str:
    """Paragraph markup: the catalogue text escaped, with `values` (already markup) filled in."""
    return lookup_markup(CONTEXT, _NL, key, **values)
