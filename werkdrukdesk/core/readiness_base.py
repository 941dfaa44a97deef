"""What every readiness check is made of: the Check itself, the cycle it looks at, the titles,
and the small helpers that write its action point."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from werkdrukdesk.core import model as m

STEP_NAMES: dict[str, str] = {
    "organisation": "Organisatie",
    "inventory": "Inventarisatie",
    "balance": "Balans",
    "plan": "Plan van aanpak",
    "sessions": "Voorlichting",
    "evaluation": "Evaluatie",
    "overview": "Overzicht & afdrukken",
}
REST_KEYS = ("rest_recovery", "too_few_breaks", "reachability", "working_hours")
MIN_ANONYMOUS_GROUP = 5
HALF = 0.5
CYCLE_LENGTH = timedelta(days=365)
SHOWN_NAMES = 3  # names in one action point before "en nog N"


@dataclass(frozen=True)
class Check:
    """One point of the inspector's chain; `action` is empty when `ok`."""

    key: str
    title: str
    ok: bool
    action: str = ""
    step: str = ""  # a key of STEP_NAMES: where in the program the action is done

    @property
    def step_name(self) -> str:
        return STEP_NAMES.get(self.step, "")


@dataclass(frozen=True)
class Ctx:
    org: m.Organisation
    cycle: m.Cycle
    today: date

    @property
    def no_risk(self) -> bool:
        """The cycle's outcome is 'no risk found', with the reason written down."""
        return self.cycle.no_risk and bool(self.cycle.no_risk_reason.strip())

    @property
    def measures(self) -> list[m.Measure]:
        """The measures that count: cancelled ones are no longer part of the plan."""
        return [x for x in self.cycle.measures if x.status != m.MeasureStatus.CANCELLED]

    @property
    def studied(self) -> list[m.Measurement]:
        """Measurements with answers, oldest first."""
        done = [x for x in self.cycle.measurements if x.responses]
        return sorted(done, key=lambda x: (x.held_on or date.max, x.id or 0))


def names(items: Sequence[str], limit: int = SHOWN_NAMES) -> str:
    """Names for a sentence: 'A' / 'A' en 'B' / 'A', 'B', 'C' en nog 2; a blank name is
    "(zonder naam)"."""
    quoted = [f"'{' '.join(x.split())}'" if x.strip() else "(zonder naam)" for x in items]
    if len(quoted) > limit:
        return ", ".join(quoted[:limit]) + f" en nog {len(quoted) - limit}"
    if len(quoted) < 2:
        return "".join(quoted)
    return ", ".join(quoted[:-1]) + " en " + quoted[-1]


def result(key: str, step: str, action: str | None) -> Check:
    """A check that passes when there is no action to take."""
    return Check(key, TITLES[key], not action, action or "", step)


TITLES: dict[str, str] = {
    "rie": "Werkdruk staat in de RI&E",
    "causes": "Oorzaken per team in kaart gebracht",
    "study": "Verdiepend onderzoek gedaan",
    "anonymous": "Het onderzoek is anoniem",
    "per_team": "Uitkomsten per team",
    "half": "Minstens de helft van de medewerkers deed mee",
    "discussed": "Uitkomsten besproken met de medewerkers",
    "owner_and_term": "Elke maatregel heeft een verantwoordelijke en een termijn",
    "coherence": "De samenhang van de maatregelen is beschreven",
    "organisation_first": "Eerst maatregelen voor de hele organisatie",
    "rest": "Maatregelen voor rust en herstel",
    "consent": "Instemming met of ondertekening van het plan",
    "carried_out": "Maatregelen worden op tijd uitgevoerd",
    "topics": "Voorlichting over alle onderwerpen",
    "everyone": "Voorlichting voor alle teams",
    "managers": "Leidinggevenden leren signalen herkennen",
    "evaluated": "Uitgevoerde maatregelen geëvalueerd",
    "process": "Het proces geëvalueerd",
    "next_cycle": "Beleid bijgesteld en een volgende cyclus",
    "prevention": "Preventiemedewerker bekend en bereikbaar",
    "health_service": "Arbodienst of bedrijfsarts bekend",
    "review": "RI&E getoetst of vrijgesteld",
}
