"""What every readiness check is made of: the Check itself, the cycle it looks at, the titles,
and the small helpers that write its action point."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from werkdrukdesk.core import model as m
from werkdrukdesk.core.i18n import QT_TRANSLATE_NOOP, Translated, translate
from werkdrukdesk.core.labels import joined
from werkdrukdesk.core.readiness import routes
from werkdrukdesk.core.readiness.memo import once_per_judgement

# Looked up in the current language: STEP_NAMES["plan"] is "Plan van aanpak" or "Action plan".
STEP_NAMES: Translated[str] = Translated("ReadinessBase", {
    "organisation": QT_TRANSLATE_NOOP("ReadinessBase", "Organisatie"),
    "inventory": QT_TRANSLATE_NOOP("ReadinessBase", "Inventarisatie"),
    "balance": QT_TRANSLATE_NOOP("ReadinessBase", "Balans"),
    "plan": QT_TRANSLATE_NOOP("ReadinessBase", "Plan van aanpak"),
    "sessions": QT_TRANSLATE_NOOP("ReadinessBase", "Voorlichting"),
    "evaluation": QT_TRANSLATE_NOOP("ReadinessBase", "Evaluatie"),
    "overview": QT_TRANSLATE_NOOP("ReadinessBase", "Overzicht & afdrukken"),
})
REST_KEYS = ("rest_recovery", "too_few_breaks", "reachability", "working_hours")
HALF = 0.5
CYCLE_LENGTH = timedelta(days=365)
# The law sets no term for updating the RI&E (Arbowet art. 5 lid 4 asks for it whenever work
# or organisation changes); after this long the program asks to look at it again anyway.
RIE_YEARS = 3
RIE_MAX_AGE = timedelta(days=365 * RIE_YEARS + 1)
# Every span of days a check measures from a date in the file (`today - date` against it);
# comparing `today` with a date itself (a term passed, a session still planned) is span 0.
# `validity.holds_until` turns these into the last day a verdict holds unchanged, so a check
# that measures a new span from a date adds it here, or the portfolio trusts a stale verdict.
DATE_SPANS = (timedelta(0), CYCLE_LENGTH, RIE_MAX_AGE)
SHOWN_NAMES = 3  # names in one action point before "en nog N"


@dataclass(frozen=True)
class Check:
    """One point of the inspector's chain; `action` is empty when `ok`."""

    key: str
    title: str
    ok: bool
    action: str = ""
    step: str = ""  # a key of STEP_NAMES: where in the program the action is done
    need_key: str = ""  # a key of NEEDS when it is not `key`: what is really missing

    @property
    def basis(self) -> str:
        """The article of the law this point rests on, as an inspector would cite it."""
        return BASES[self.key]

    @property
    def step_name(self) -> str:
        return STEP_NAMES.get(self.step, "")

    @property
    def need(self) -> str:
        """A few words for "Nog nodig: ..." beside the step where the action is done."""
        return NEEDS[self.need_key or self.key]


EVIDENCE_DOCUMENTS = (m.DocumentKind.DEEPER_STUDY, m.DocumentKind.STAFF_SURVEY)


@once_per_judgement
def no_risk_evidenced(org: m.Organisation, cycle: m.Cycle) -> bool:
    """'No risk found' stands only with a reason AND an evidence route behind it: answers to a
    questionnaire, a rating that names its group conversation, questionnaire or document, a
    documented group conversation or external study, or a deeper study or staff survey among
    the documents. A sentence alone is no inventory."""
    if not (cycle.no_risk and cycle.no_risk_reason.strip()):
        return False
    return (any(x.responses for x in cycle.measurements)
            or any(r.evidence != m.Evidence.NONE and r.evidence_reference.strip()
                   for r in cycle.ratings)
            or any(d.kind in EVIDENCE_DOCUMENTS for d in org.documents)
            or routes.any_route(cycle))


@once_per_judgement
def counted_measures(cycle: m.Cycle) -> tuple[m.Measure, ...]:
    """The measures that count: cancelled ones are no longer part of the plan, and those
    already in place before it (bestaand) are shown in it but are not what it adds."""
    return tuple(x for x in cycle.measures
                 if x.status != m.MeasureStatus.CANCELLED and not x.existing)


@dataclass(frozen=True)
class Ctx:
    org: m.Organisation
    cycle: m.Cycle
    today: date

    @property
    def no_risk(self) -> bool:
        """The cycle's outcome is 'no risk found', with a reason and an evidence route."""
        return no_risk_evidenced(self.org, self.cycle)

    @property
    def measures(self) -> tuple[m.Measure, ...]:
        return counted_measures(self.cycle)

    @property
    def studied(self) -> list[m.Measurement]:
        """Measurements with answers, oldest first."""
        done = [x for x in self.cycle.measurements if x.responses]
        return sorted(done, key=lambda x: (x.held_on or date.max, x.id or 0))


def names(items: Sequence[str], limit: int = SHOWN_NAMES) -> str:
    """Names for a sentence: 'A' / 'A' en 'B' / 'A', 'B', 'C' en nog 2; a blank name is
    "(zonder naam)"."""
    nameless = translate("ReadinessBase", "(zonder naam)")
    quoted = [f"'{' '.join(x.split())}'" if x.strip() else nameless for x in items]
    if len(quoted) > limit:
        return translate("ReadinessBase", "{names} en nog {count}").format(
            names=", ".join(quoted[:limit]), count=len(quoted) - limit)
    return joined(quoted)


def result(key: str, step: str, action: str | None, need: str = "") -> Check:
    """A check that passes when there is no action to take; `need` (a key of NEEDS) says what
    is missing when that is not the check's own subject (no teams yet, nothing rated yet)."""
    return Check(key, TITLES[key], not action, action or "", step, need)


TITLES: Translated[str] = Translated("ReadinessBase", {
    "rie": QT_TRANSLATE_NOOP("ReadinessBase", "Werkdruk staat in de RI&E"),
    "rie_strands": QT_TRANSLATE_NOOP(
        "ReadinessBase", "Ongewenst gedrag en agressie staan in de RI&E"),
    "rie_current": QT_TRANSLATE_NOOP("ReadinessBase", "De RI&E is actueel"),
    "causes": QT_TRANSLATE_NOOP("ReadinessBase", "Oorzaken per team in kaart gebracht"),
    "strands_inventoried": QT_TRANSLATE_NOOP(
        "ReadinessBase", "Ongewenst gedrag en agressie per team in kaart gebracht"),
    "incidents_weighed": QT_TRANSLATE_NOOP(
        "ReadinessBase", "Geregistreerde incidenten tellen mee in het oordeel"),
    "study": QT_TRANSLATE_NOOP("ReadinessBase", "Verdiepend onderzoek gedaan"),
    "anonymous": QT_TRANSLATE_NOOP("ReadinessBase", "Het onderzoek is anoniem"),
    "per_team": QT_TRANSLATE_NOOP("ReadinessBase", "Uitkomsten per team"),
    "half": QT_TRANSLATE_NOOP("ReadinessBase", "Minstens de helft van de medewerkers deed mee"),
    "discussed": QT_TRANSLATE_NOOP("ReadinessBase", "Uitkomsten besproken met de medewerkers"),
    "covered": QT_TRANSLATE_NOOP("ReadinessBase", "Een maatregel tegen elk knelpunt"),
    "owner_and_term": QT_TRANSLATE_NOOP(
        "ReadinessBase", "Elke maatregel heeft een verantwoordelijke en een termijn"),
    "coherence": QT_TRANSLATE_NOOP(
        "ReadinessBase", "De samenhang van de maatregelen is beschreven"),
    "staff_involved": QT_TRANSLATE_NOOP(
        "ReadinessBase", "Medewerkers dachten mee over de maatregelen"),
    "organisation_first": QT_TRANSLATE_NOOP(
        "ReadinessBase", "Eerst maatregelen voor de hele organisatie"),
    "rest": QT_TRANSLATE_NOOP("ReadinessBase", "Maatregelen voor rust en herstel"),
    "unwanted": QT_TRANSLATE_NOOP("ReadinessBase", "Een maatregel tegen ongewenst gedrag"),
    "consent": QT_TRANSLATE_NOOP(
        "ReadinessBase", "Instemming met RI&E-aanpak en plan, of medewerkers geraadpleegd"),
    "carried_out": QT_TRANSLATE_NOOP("ReadinessBase", "Maatregelen worden op tijd uitgevoerd"),
    "code_of_conduct": QT_TRANSLATE_NOOP("ReadinessBase", "Een gedragscode die iedereen kent"),
    "confidential_adviser": QT_TRANSLATE_NOOP(
        "ReadinessBase", "Een vertrouwenspersoon die bereikbaar is"),
    "complaints_procedure": QT_TRANSLATE_NOOP(
        "ReadinessBase", "Een klachtenregeling met een onafhankelijke commissie"),
    "incident_reporting": QT_TRANSLATE_NOOP(
        "ReadinessBase", "Incidenten melden en registreren is geregeld"),
    "house_rules": QT_TRANSLATE_NOOP("ReadinessBase", "Huisregels voor klanten en bezoekers"),
    "aftercare": QT_TRANSLATE_NOOP("ReadinessBase", "Opvang en nazorg na een incident"),
    "topics": QT_TRANSLATE_NOOP("ReadinessBase", "Voorlichting over alle onderwerpen"),
    "strand_topics": QT_TRANSLATE_NOOP(
        "ReadinessBase", "Voorlichting over ongewenst gedrag en agressie"),
    "everyone": QT_TRANSLATE_NOOP("ReadinessBase", "Voorlichting voor alle teams"),
    "managers": QT_TRANSLATE_NOOP("ReadinessBase", "Leidinggevenden leren signalen herkennen"),
    "evaluated": QT_TRANSLATE_NOOP("ReadinessBase", "Uitgevoerde maatregelen geëvalueerd"),
    "process": QT_TRANSLATE_NOOP("ReadinessBase", "Het proces geëvalueerd"),
    "next_cycle": QT_TRANSLATE_NOOP("ReadinessBase", "Beleid bijgesteld en een volgende cyclus"),
    "prevention": QT_TRANSLATE_NOOP("ReadinessBase", "Preventiemedewerker bekend en bereikbaar"),
    "health_service": QT_TRANSLATE_NOOP("ReadinessBase", "Arbodienst of bedrijfsarts bekend"),
    "review": QT_TRANSLATE_NOOP("ReadinessBase", "RI&E getoetst of vrijgesteld"),
})

# The checks of the strands beside werkdruk, asked only of a file that covers them.
STRAND_KEYS = ("rie_strands", "strands_inventoried", "incidents_weighed", "code_of_conduct",
               "confidential_adviser", "complaints_procedure", "incident_reporting",
               "house_rules", "aftercare", "strand_topics")

# Titles that read differently when the file covers the whole PSA policy: the check is the
# same, what it covers is wider.
WHOLE_TITLES: Translated[str] = Translated("ReadinessBase", {
    "unwanted": QT_TRANSLATE_NOOP(
        "ReadinessBase", "Een maatregel tegen ongewenst gedrag en agressie"),
})

# What a step still lacks, in a few words after "Nog nodig:": one for every check, and the
# things a step needs that no check of the inspector asks for (core.readiness.progress uses those).
NEEDS: Translated[str] = Translated("ReadinessBase", {
    "rie": QT_TRANSLATE_NOOP("ReadinessBase", "RI&E met datum, instrument en de plek van werkdruk"),
    "rie_current": QT_TRANSLATE_NOOP("ReadinessBase", "een RI&E die bij is"),
    "causes": QT_TRANSLATE_NOOP("ReadinessBase", "elke bron per team beoordeeld en onderbouwd"),
    "study": QT_TRANSLATE_NOOP("ReadinessBase", "verdiepend onderzoek"),
    "anonymous": QT_TRANSLATE_NOOP("ReadinessBase", "uitkomsten alleen van groepen van 5 of meer"),
    "per_team": QT_TRANSLATE_NOOP("ReadinessBase", "uitkomsten per team"),
    "half": QT_TRANSLATE_NOOP("ReadinessBase", "deelname van minstens de helft"),
    "discussed": QT_TRANSLATE_NOOP("ReadinessBase", "uitkomsten besproken met de medewerkers"),
    "owner_and_term": QT_TRANSLATE_NOOP(
        "ReadinessBase", "verantwoordelijke en termijn bij elke maatregel"),
    "coherence": QT_TRANSLATE_NOOP("ReadinessBase", "samenhang van de maatregelen"),
    "staff_involved": QT_TRANSLATE_NOOP(
        "ReadinessBase", "hoe medewerkers meedachten over de maatregelen"),
    "organisation_first": QT_TRANSLATE_NOOP(
        "ReadinessBase", "maatregel voor de hele organisatie"),
    "rest": QT_TRANSLATE_NOOP("ReadinessBase", "maatregel voor rust en herstel"),
    "unwanted": QT_TRANSLATE_NOOP("ReadinessBase", "maatregel tegen ongewenst gedrag"),
    "consent": QT_TRANSLATE_NOOP(
        "ReadinessBase", "instemming met RI&E-aanpak en plan, of raadpleging van medewerkers"),
    "carried_out": QT_TRANSLATE_NOOP("ReadinessBase", "maatregelen op tijd uitgevoerd"),
    "topics": QT_TRANSLATE_NOOP("ReadinessBase", "voorlichting over alle onderwerpen"),
    "everyone": QT_TRANSLATE_NOOP("ReadinessBase", "voorlichting voor alle teams"),
    "managers": QT_TRANSLATE_NOOP("ReadinessBase", "leidinggevenden die signalen herkennen"),
    "evaluated": QT_TRANSLATE_NOOP("ReadinessBase", "uitgevoerde maatregelen geëvalueerd"),
    "process": QT_TRANSLATE_NOOP("ReadinessBase", "het proces geëvalueerd"),
    "next_cycle": QT_TRANSLATE_NOOP("ReadinessBase", "bijgesteld beleid en een volgende cyclus"),
    "prevention": QT_TRANSLATE_NOOP(
        "ReadinessBase", "preventiemedewerker en hoe die bereikbaar is"),
    "health_service": QT_TRANSLATE_NOOP("ReadinessBase", "arbodienst of bedrijfsarts"),
    "review": QT_TRANSLATE_NOOP("ReadinessBase", "toetsing van de RI&E of reden van vrijstelling"),
    "name": QT_TRANSLATE_NOOP("ReadinessBase", "naam van de organisatie"),
    "headcount": QT_TRANSLATE_NOOP("ReadinessBase", "aantal medewerkers"),
    "teams": QT_TRANSLATE_NOOP("ReadinessBase", "teams of afdelingen"),
    "participation": QT_TRANSLATE_NOOP("ReadinessBase", "OR, PVT of personeelsvergadering"),
    "verdicts": QT_TRANSLATE_NOOP("ReadinessBase", "een oordeel over de balans van elk team"),
    "covered": QT_TRANSLATE_NOOP("ReadinessBase", "een maatregel tegen elke te hoge bron"),
    "rie_strands": QT_TRANSLATE_NOOP(
        "ReadinessBase", "ongewenst gedrag en agressie in de RI&E"),
    "strands_inventoried": QT_TRANSLATE_NOOP(
        "ReadinessBase", "ongewenst gedrag en agressie per team beoordeeld en onderbouwd"),
    "incidents_weighed": QT_TRANSLATE_NOOP(
        "ReadinessBase", "een oordeel dat past bij de geregistreerde incidenten"),
    "code_of_conduct": QT_TRANSLATE_NOOP("ReadinessBase", "een gedragscode"),
    "confidential_adviser": QT_TRANSLATE_NOOP("ReadinessBase", "een vertrouwenspersoon"),
    "complaints_procedure": QT_TRANSLATE_NOOP("ReadinessBase", "een klachtenregeling"),
    "incident_reporting": QT_TRANSLATE_NOOP(
        "ReadinessBase", "afspraken over melden en registreren"),
    "house_rules": QT_TRANSLATE_NOOP("ReadinessBase", "huisregels"),
    "aftercare": QT_TRANSLATE_NOOP("ReadinessBase", "afspraken over opvang en nazorg"),
    "strand_topics": QT_TRANSLATE_NOOP(
        "ReadinessBase", "voorlichting over ongewenst gedrag en agressie"),
})

# The legal basis of each check: citations, the same in every language.
_INVENTORY = "Arbowet art. 5 lid 1; Arbobesluit art. 2.15"
_PLAN = "Arbowet art. 5 lid 3"
_SESSIONS = "Arbowet art. 8; Arbobesluit art. 2.15"
_POLICY = "Arbowet art. 3 lid 2; Arbobesluit art. 2.15"
BASES: dict[str, str] = {
    "rie": _INVENTORY,
    "rie_current": "Arbowet art. 5 lid 4",
    "causes": _INVENTORY,
    "study": _INVENTORY,
    "anonymous": _INVENTORY + "; AVG art. 5 lid 1",
    "per_team": _INVENTORY,
    "half": _INVENTORY,
    "discussed": _INVENTORY + "; Arbowet art. 12",
    "covered": _PLAN,
    "owner_and_term": _PLAN,
    "coherence": _PLAN,
    "staff_involved": "Arbowet art. 12",
    "organisation_first": "Arbowet art. 3 lid 1 sub b; Arbobesluit art. 2.15",
    "rest": "Arbowet art. 3 lid 2; Arbobesluit art. 2.15",
    "unwanted": "Arbowet art. 1 lid 3 sub e en art. 3 lid 2; Arbobesluit art. 2.15",
    "consent": "WOR art. 27 lid 1 sub d; Arbowet art. 12 lid 3",
    "carried_out": _PLAN + "; Arbobesluit art. 2.15",
    "topics": _SESSIONS,
    "everyone": _SESSIONS,
    "managers": _SESSIONS,
    "evaluated": "Arbowet art. 3 lid 2 en art. 5 lid 4",
    "process": "Arbowet art. 3 lid 2 en art. 5 lid 4",
    "next_cycle": "Arbowet art. 5 lid 4",
    "prevention": "Arbowet art. 13",
    "health_service": "Arbowet art. 14",
    "review": "Arbowet art. 14",
    "rie_strands": "Arbowet art. 5 lid 1; Arbobesluit art. 2.15 lid 1",
    "strands_inventoried": _INVENTORY,
    "incidents_weighed": "Arbowet art. 3 lid 2 en art. 5 lid 1",
    # The law names none of these arrangements; they are the policy of art. 3 lid 2 that the
    # inspectorate expects, and each check's action says so.
    "code_of_conduct": _POLICY,
    "confidential_adviser": _POLICY,
    "complaints_procedure": _POLICY,
    "incident_reporting": _POLICY,
    "house_rules": _POLICY,
    "aftercare": _POLICY,
    "strand_topics": _SESSIONS,
}

# What the checks cover, said wherever they are shown. A werkdruk-only file that is "ready" is
# ready for werkdruk only: the note says so plainly, so it never reads as ready for everything.
SCOPE_WERKDRUK = QT_TRANSLATE_NOOP(
    "ReadinessBase", "Let op: dit bestand gaat alleen over werkdruk. Deze punten gaan over het "
    "werkdrukdeel van uw beleid op psychosociale arbeidsbelasting (Arbowet art. 1 lid 3 sub e). "
    "De inspectie kijkt ook naar ongewenst gedrag binnen de organisatie (zoals pesten, "
    "intimidatie en discriminatie) en naar agressie en geweld van klanten of bezoekers; die "
    "zijn hier niet nagekeken. Kies bij Organisatie voor het hele PSA-beleid om ze mee te nemen.")
SCOPE_WHOLE = QT_TRANSLATE_NOOP(
    "ReadinessBase", "Deze punten gaan over uw hele beleid op psychosociale arbeidsbelasting "
    "(Arbowet art. 1 lid 3 sub e): werkdruk, ongewenst gedrag binnen de organisatie, en "
    "agressie en geweld van klanten of bezoekers.")


def whole(org: m.Organisation) -> bool:
    """Whether the file covers the whole PSA policy, not werkdruk alone."""
    return org.profile.psa_scope == m.PsaScope.WHOLE


def scope(org: m.Organisation) -> str:
    """The sentence saying what "Klaar voor de inspectie?" covers for `org`, in the current
    language."""
    return translate("ReadinessBase", SCOPE_WHOLE if whole(org) else SCOPE_WERKDRUK)
