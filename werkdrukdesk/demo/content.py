"""The words and numbers of the demo organisations (see `demo.build`, which turns them into a model).

Everything here is invented: organisations, people and figures. Texts are Dutch because the
user reads them; keys refer to `catalogue_key` of the built-in sources, or to the `key` of a
`CustomSourceSpec` for the demo's own sources.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from werkdrukdesk.core.model import (
    Audience,
    CollectionMethod,
    DocumentKind,
    Effect,
    EvaluationMethod,
    ParticipationBody,
    Rating,
    ReviewStatus,
    SessionForm,
    Topic,
)

MONTHS_NL = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)  # fmt: skip


# -- record types ---------------------------------------------------------------------------


@dataclass(frozen=True)
class TeamSpec:
    name: str
    headcounts: tuple[int, ...]  # per cycle, oldest first
    hybrid: bool
    managers: tuple[str, ...]  # per cycle, oldest first
    strain: dict[str, float]  # source key -> how much worse than usual (1.0 = one scale point)
    rest_note: str
    private_note: str
    later_strain: dict[str, float] = field(default_factory=dict)  # new trouble in the newest cycle
    staff: tuple[str, ...] = ()  # names that must be in this team


@dataclass(frozen=True)
class CustomSourceSpec:
    key: str  # internal to the demo; items are keyed f"{key}_{n}"
    name: str
    kind: str
    category: str
    explanation: str
    items: tuple[str, ...]
    archived: bool = False


@dataclass(frozen=True)
class DocSpec:
    title: str  # may hold {year}
    kind: DocumentKind
    day: int  # days after the start of the first cycle (negative: before)
    reference: str
    summary: str
    evidence_for: tuple[str, ...] = ()  # sources this document can rate


@dataclass(frozen=True)
class OrgMeasureSpec:
    title: str
    description: str
    sources: tuple[str, ...]
    responsible: str  # a key of SizeSpec.roles
    carried_out_by: str  # may hold {role} placeholders
    budget: str
    rest: bool = False  # a rest-and-recovery measure


@dataclass(frozen=True)
class SessionSpec:
    kind: str  # all_counts | managers | team | mixed | subset_counts | talks
    title: str  # may hold {year} and {team}
    form: SessionForm
    audience: Audience
    topics: tuple[Topic, ...]
    given_by: str  # may hold {role} placeholders and {manager}
    notes: str
    when: float  # 0..1: early or late in the cycle


@dataclass(frozen=True)
class CycleText:
    hybrid: str
    coherence_intro: str
    consent_note: str
    how_it_went: str = ""
    do_differently: str = ""
    policy_changes: str = ""
    methods: tuple[EvaluationMethod, ...] = ()


@dataclass(frozen=True)
class SizeSpec:
    profile: dict
    rie_day: int  # days after the start of the first cycle
    review_after_days: int | None
    documents: tuple[DocSpec, ...]
    custom_sources: tuple[CustomSourceSpec, ...]
    teams: tuple[TeamSpec, ...]
    roles: dict[str, str]
    asked: tuple[str, ...]  # sources in the questionnaire
    methods: tuple[tuple[CollectionMethod, ...], ...]  # per cycle, one per measurement
    measurement_names: tuple[str, ...]  # one per measurement in a cycle, with {month} {year}
    participation: tuple[float, float]
    cycle_factors: tuple[float, ...]
    org_measures: tuple[OrgMeasureSpec, ...]
    org_per_cycle: int
    rest_per_cycle: int
    individual_per_cycle: int
    sessions: tuple[SessionSpec, ...]
    team_sessions_per_cycle: int
    cycle_texts: tuple[CycleText, ...]
    discussion_label: str  # where group discussions took place, with its article
    document_rated: tuple[str, ...]  # sources rated from a document rather than a discussion
    leaders: tuple[str, ...]  # people above the teams, by name
    overdue: int
    unassigned_responses: int  # questionnaires without a team filled in


# -- shared: measures per source, for one team -----------------------------------------------

# source key -> options of (title, description, further sources the measure also helps)
TEAM_MEASURES: dict[str, tuple[tuple[str, str, tuple[str, ...]], ...]] = {
    "time_pressure": (
        ("Werk per dienst eerlijk verdelen", "Het team kijkt elke maand hoeveel werk er per dienst ligt en verdeelt opnieuw als iemand steeds meer heeft dan past. Wat niet past, gaat terug naar de leidinggevende.", ()),
        ("Taken schrappen die weinig opleveren", "Het team zet alle klussen en registraties op een rij die veel tijd kosten en weinig opleveren, en spreekt af welke stoppen of eenvoudiger kunnen.", ("hectic_periods",)),
    ),
    "hectic_periods": (
        ("Rustige week na elke drukke periode", "Na een piek plant het team bewust een week zonder extra projecten, overleg of nieuwe taken, zodat iedereen kan bijkomen.", ("rest_recovery",)),
        ("Vaste uren zonder onderbrekingen", "Twee ochtenden per week geen overleg en geen telefoon voor wie geconcentreerd moet werken; één collega vangt die uren de telefoon op.", ()),
    ),
    "little_say": (
        ("Het team beslist mee over de werkwijze", "Bij veranderingen in het werk praat het team mee in het werkoverleg voordat er iets vastligt. De leidinggevende legt uit wat wel en niet te kiezen valt.", ("autonomy_method",)),
        ("Verbeterbord in de teamruimte", "Iedereen kan op het bord zetten wat beter kan. Elke twee weken kiest het team één punt en iemand maakt het af.", ()),
    ),
    "unclear_expectations": (
        ("Taakkaart per functie", "Per functie een korte kaart: welke taken, wat is goed genoeg en bij wie kun je terecht bij twijfel. Het team schrijft de kaarten samen.", ("clarity",)),
        ("Elke dag één vast aanspreekpunt", "Elke dag is er één collega die vragen over wat voorgaat beantwoordt, zodat niemand hoeft te raden.", ()),
    ),
    "job_insecurity": (
        ("Elk kwartaal uitleg over de toekomst van het team", "De leidinggevende vertelt elk kwartaal wat er bekend is over veranderingen, en ook wat nog niet bekend is, en beantwoordt vragen meteen.", ()),
        ("Loopbaangesprek voor wie zich zorgen maakt", "Wie twijfelt over de toekomst van de eigen functie krijgt een gesprek over scholing en andere functies in de organisatie.", ("development",)),
    ),
    "conflicts": (
        ("Teamsessies over samenwerken, met een begeleider", "Een onafhankelijke begeleider helpt het team in twee bijeenkomsten spanningen te bespreken en nieuwe afspraken te maken.", ("cooperation",)),
        ("Onenigheid binnen een week uitpraten", "Het team spreekt af dat een meningsverschil binnen een week wordt besproken, zo nodig met de leidinggevende erbij.", ()),
    ),
    "too_few_breaks": (
        ("Pauzes vast in het rooster, collega's lossen elkaar af", "Elke dienst heeft een vaste pauze op een vaste tijd. Een collega neemt het werk over, zodat de pauze echt een pauze is.", ("rest_recovery",)),
        ("Pauze buiten de werkplek", "Het team spreekt af niet op de werkplek te eten en de telefoon tijdens de pauze over te dragen.", ()),
    ),
    "mentally_demanding": (
        ("Denkwerk plannen op rustige momenten", "Werk dat veel concentratie vraagt, komt op momenten met weinig storing. Het team houdt daarvoor een gedeelde planning bij.", ()),
        ("Vier ogen bij ingewikkelde taken", "Bij ingewikkelde taken kijkt een collega mee, zodat niemand alleen voor lastige beslissingen staat.", ("support_colleagues",)),
    ),
    "emotionally_demanding": (
        ("Intervisie elke zes weken", "Het team bespreekt onder begeleiding moeilijke situaties met cliënten of klanten, zodat niemand die alleen hoeft te dragen.", ("support_colleagues",)),
        ("Even bijkomen na een heftige situatie", "Na een heftig voorval mag een medewerker even stoppen; de leidinggevende belt dezelfde dag nog na.", ("support_manager",)),
    ),
    "working_hours": (
        ("Elf uur rust tussen twee diensten", "Geen vroege dienst meer direct na een late dienst: tussen twee diensten zit altijd minstens elf uur.", ("rest_recovery",)),
        ("Wensen voor werktijden vooraf ophalen", "Iedereen geeft vier weken vooruit door welke tijden niet uitkomen; het rooster houdt daar zo veel mogelijk rekening mee.", ("work_private_balance",)),
    ),
    "client_contact": (
        ("Training omgaan met boze klanten", "Het team oefent met een trainer hoe je een lastig gesprek rustig houdt en wanneer je het overdraagt.", ()),
        ("Een lastig gesprek mag je altijd overdragen", "Wie een gesprek niet meer goed vindt gaan, mag het overdragen aan een collega of de leidinggevende, zonder dat daar iets van gezegd wordt.", ("support_colleagues",)),
    ),
    "peaks_planning": (
        ("Jaarkalender met de drukke periodes", "Het team zet de drukke weken van het jaar op een kalender en plant verlof, scholing en extra hulp daaromheen.", ("hectic_periods",)),
        ("Rooster zes weken vooruit vast", "Het rooster ligt zes weken vooruit vast; wijzigen kan alleen in overleg met wie het raakt.", ("autonomy_timing",)),
    ),
    "cooperation": (
        ("Korte dagstart met het hele team", "Elke ochtend tien minuten: wat ligt er, wie heeft hulp nodig en wat moeten we van elkaar weten.", ()),
        ("Vaste overdracht tussen diensten", "Een vaste overdrachtslijst zorgt dat de volgende dienst weet wat er speelt, zonder na te hoeven bellen.", ("clarity",)),
    ),
    "unwanted_behaviour": (
        ("Teamafspraken over grenzen en melden", "Het team spreekt af wat niet kan, hoe je het meldt en dat de leidinggevende altijd op een melding reageert.", ()),
        ("De vertrouwenspersoon stelt zich voor", "De vertrouwenspersoon komt naar het werkoverleg en legt uit hoe je haar in vertrouwen bereikt.", ()),
    ),
    "reachability": (
        ("Na werktijd geen werkapps", "Na werktijd stuurt niemand berichten over werk, behalve bij spoed via één vast nummer. Wie thuiswerkt, zet de werkapps om 18.00 uur uit.", ("work_private_balance",)),
        ("Werktijden zichtbaar in de agenda", "Iedereen zet de eigen werktijden en vrije dagen in de gedeelde agenda. Daarbuiten verwacht niemand een antwoord.", ()),
    ),
    "autonomy_content": (
        ("Eigen aandachtsgebied voor iedereen", "Iedere medewerker kiest een onderwerp waarvoor hij of zij aanspreekpunt wordt en waarin hij of zij zelf beslist.", ("development",)),
        ("Het team kiest zelf een verbeterpunt", "Het team bepaalt zelf welk verbeterpunt het dit jaar oppakt en krijgt daar werktijd voor.", ()),
    ),
    "autonomy_method": (
        ("Zelf de werkwijze kiezen", "De leidinggevende spreekt af welk resultaat nodig is en laat de manier van werken aan het team.", ("little_say",)),
        ("Werkinstructies samen opschonen", "Het team loopt de werkinstructies na en schrapt voorschriften die niet nodig zijn.", ()),
    ),
    "autonomy_timing": (
        ("Zelf roosteren binnen spelregels", "Het team vult zelf het rooster in binnen afgesproken spelregels; de planner kijkt alleen of alle diensten bezet zijn.", ("peaks_planning",)),
        ("Diensten ruilen zonder gedoe", "Diensten ruilen kan via de roosterapp, zonder tussenkomst van de leidinggevende.", ("work_private_balance",)),
    ),
    "support_colleagues": (
        ("Vaste maatjes in het team", "Iedereen heeft een vaste collega bij wie je terecht kunt en die ook uit zichzelf vraagt hoe het gaat.", ()),
        ("Eén keer per week samen lunchen", "Eén keer per week luncht wie er is samen, zonder over werk te vergaderen.", ("rest_recovery",)),
    ),
    "support_manager": (
        ("Elke zes weken een kort gesprek", "Elk teamlid heeft elke zes weken een kwartier met de leidinggevende: hoe gaat het en wat heb je nodig?", ("feedback_appreciation",)),
        ("Leidinggevende vaste uren op de werkvloer", "De leidinggevende is twee vaste dagdelen per week op de werkvloer en dan zonder afspraak aanspreekbaar.", ()),
    ),
    "clarity": (
        ("Elke week de prioriteiten op een rij", "In het werkoverleg staat elke week op papier wat voorgaat en wat mag blijven liggen.", ("unclear_expectations",)),
        ("Inwerkmap bijwerken", "De inwerkmap wordt bijgewerkt, zodat nieuwe en vaste collega's weten wat er van hen verwacht wordt.", ()),
    ),
    "feedback_appreciation": (
        ("Werkoverleg begint met wat goed ging", "Elk werkoverleg begint met wat de afgelopen weken goed ging en wie daarvoor bedankt wordt.", ()),
        ("Antwoord op elk idee binnen twee weken", "Wie een idee of probleem meldt, hoort binnen twee weken wat ermee gebeurt.", ("support_manager",)),
    ),
    "development": (
        ("Scholingsplan per teamlid", "Iedereen bespreekt in het jaargesprek welke cursus of opleiding past; het team krijgt een eigen scholingsbudget.", ()),
        ("Meelopen bij een ander team", "Teamleden kunnen een dag meelopen bij een ander team om te leren en ideeën op te doen.", ("autonomy_content",)),
    ),
    "rest_recovery": (
        ("Overuren binnen vier weken compenseren", "Overuren worden binnen vier weken opgenomen als vrije tijd; de leidinggevende houdt dat bij.", ("working_hours",)),
        ("Een rustige pauzeplek", "Het team richt een rustige plek in die alleen voor de pauze is, zonder telefoon en zonder werkoverleg.", ("too_few_breaks",)),
    ),
    "work_private_balance": (
        ("Ruimte voor zorgtaken in het rooster", "Wie zorgtaken heeft, kan vaste vrije dagdelen of andere begintijden vragen; het team zoekt samen naar een oplossing.", ()),
        ("Vakantie is echt vrij", "Tijdens vakantie neemt een vaste collega het werk over en staat er een afwezigheidsbericht aan.", ("reachability",)),
    ),
    "registration_load": (
        ("Dubbele registratie schrappen", "Het team zoekt uit welke gegevens twee keer worden vastgelegd en spreekt met de afdeling kwaliteit af wat kan vervallen.", ("time_pressure",)),
        ("Rapporteren met spraakinvoer", "Het team probeert drie maanden uit om rapportages in te spreken op de telefoon in plaats van te typen.", ()),
    ),
    "last_minute_orders": (
        ("Cateringbestellingen twee werkdagen vooruit", "Cateringbestellingen moeten twee werkdagen van tevoren binnen zijn; later kan alleen na overleg met de bakkerij.", ("peaks_planning",)),
        ("Bestellijst om 14.00 uur dicht", "De bestellijst voor de volgende ochtend sluit om 14.00 uur, zodat de bakkerij 's nachts niet hoeft te improviseren.", ()),
    ),
}  # fmt: skip

# (title, description, sources, budget) — for one employee, never named
INDIVIDUAL_MEASURES: tuple[tuple[str, str, tuple[str, ...], str], ...] = (
    ("Rooster op maat voor de zorg voor een naaste", "Een medewerker met mantelzorg krijgt vaste vrije middagen en mag een dienst ruilen zonder opgaaf van reden.", ("work_private_balance",), "Geen extra kosten; past binnen het rooster"),
    ("Tijdelijk minder werk na terugkeer uit verzuim", "Na terugkeer uit ziekteverlof bouwt een medewerker in acht weken het werk weer op, met minder werk en elke week een gesprek.", ("time_pressure", "rest_recovery"), "Vervanging voor de uren die tijdelijk wegvallen"),
    ("Coaching bij dreigende overbelasting", "Een medewerker die signalen van overbelasting herkent, krijgt zes gesprekken met een coach via de arbodienst.", ("rest_recovery", "emotionally_demanding"), "€ 1.100 voor zes coachgesprekken, via het arbocontract"),
    ("Preventief spreekuur bij de bedrijfsarts", "Een medewerker kan zonder ziekmelding naar het spreekuur van de bedrijfsarts om over werkdruk te praten; de leidinggevende hoort alleen het advies als de medewerker dat wil.", ("rest_recovery",), "Valt onder het arbocontract"),
    ("Vaste thuiswerkdagen en bereikbaarheid afgesproken", "Een medewerker maakt met de leidinggevende afspraken over vaste thuiswerkdagen en over wanneer hij of zij niet bereikbaar is.", ("reachability", "work_private_balance"), "Geen extra kosten"),
    ("Persoonlijk ontwikkelplan", "Een medewerker die vastloopt in de functie maakt met de leidinggevende een plan voor scholing of een andere rol.", ("development",), "€ 1.200 uit het opleidingsbudget"),
    ("Buddy voor een nieuwe collega", "Een nieuwe collega krijgt het eerste halfjaar een ervaren collega als vast aanspreekpunt.", ("support_colleagues", "clarity"), "Twee uur per week voor de buddy, het eerste halfjaar"),
    ("Advies over zorgverlof en ouderschapsverlof", "Een medewerker krijgt persoonlijk uitleg over de verlofregelingen, zodat werk en zorg beter te combineren zijn.", ("work_private_balance",), "Geen extra kosten"),
)  # fmt: skip

ORG_STAFF_INVOLVEMENT = (
    "Het idee kwam uit de teamgesprekken over de werkdrukmeting; een werkgroep met medewerkers uit verschillende teams werkte het uit.",
    "Medewerkers konden in een korte peiling kiezen tussen twee uitwerkingen; de meeste stemmen gaven de doorslag.",
    "Twee medewerkers per team zitten in de klankbordgroep die de uitvoering volgt.",
    "Besproken in alle werkoverleggen; de opmerkingen zijn verwerkt voordat de maatregel begon.",
)
ORG_COUNCIL_INVOLVEMENT = (
    "De {body} heeft ingestemd met het plan van aanpak waarin deze maatregel staat en volgt de uitvoering elk kwartaal.",
    "De {body} heeft meegeschreven aan de uitwerking en krijgt elk halfjaar een voortgangsbericht.",
    "De {body} heeft advies gegeven over de aanpak; dat advies is overgenomen.",
)
TEAM_STAFF_INVOLVEMENT = (
    "Het team heeft de maatregel zelf bedacht in het werkoverleg na de meting.",
    "Twee teamleden hebben het voorstel uitgewerkt; het hele team heeft ermee ingestemd.",
    "De uitkomst van de meting is met het team besproken; samen is voor deze aanpak gekozen.",
)
TEAM_COUNCIL_INVOLVEMENT = (
    "Staat in het plan van aanpak waarmee de {body} heeft ingestemd.",
    "Onderdeel van het plan van aanpak; de {body} vraagt elk kwartaal naar de voortgang.",
)
INDIVIDUAL_STAFF_INVOLVEMENT = (
    "Afgesproken met de medewerker zelf, op diens eigen verzoek.",
    "Voorgesteld door de bedrijfsarts en besproken met de medewerker, die ermee heeft ingestemd.",
)
INDIVIDUAL_COUNCIL_INVOLVEMENT = (
    "Valt onder het plan van aanpak; de {body} ziet alleen hoeveel van zulke afspraken er zijn, nooit namen.",
)
TEAM_CARRIED_OUT_BY = (
    "{manager} met het hele team",
    "Werkgroep van drie teamleden, met {manager}",
    "Het team zelf; {manager} bewaakt de voortgang",
)
TEAM_BUDGETS = (
    "Geen extra kosten; een half uur per werkoverleg",
    "€ 750 voor begeleiding en materiaal",
    "Acht uur werktijd voor de werkgroep",
    "€ 1.500 uit het teambudget",
    "Geen extra kosten",
)

CANCEL_REASONS = (  # (what is known of the effect, why the measure was dropped)
    (
        Effect.NOT_YET_KNOWN,
        "Vervallen: bij de uitwerking bleek een andere maatregel hetzelfde al te regelen.",
    ),
    (
        Effect.NOT_EFFECTIVE,
        "Vervallen: na een proefperiode van zes weken merkte het team geen verschil en koos het een andere aanpak.",
    ),
    (
        Effect.NOT_YET_KNOWN,
        "Vervallen: de situatie waarvoor de afspraak bedoeld was, bestaat niet meer.",
    ),
)
EVALUATION_OUTCOMES = {
    Effect.EFFECTIVE: "Het werkt: medewerkers merken verschil en de afspraak wordt goed nageleefd.",
    Effect.PARTLY: "Het werkt deels: in rustige weken gaat het goed, in drukke weken zakt het weg.",
    Effect.NOT_EFFECTIVE: "Het werkt nog niet: de afspraak wordt in de praktijk weinig gebruikt.",
}
EVALUATION_NEXT_STEPS = {
    Effect.EFFECTIVE: "Voortzetten als vaste werkwijze en over een jaar opnieuw bekijken.",
    Effect.PARTLY: "Voortzetten en bijstellen: de leidinggevende spreekt het aan in drukke weken.",
    Effect.NOT_EFFECTIVE: "Stoppen in deze vorm; het team kiest in de volgende cyclus een andere aanpak.",
}
GROUP_DISCUSSION_NOTES = {
    Rating.PROBLEM: "De meeste collega's herkennen dit en noemden voorbeelden uit de afgelopen maanden.",
    Rating.ATTENTION: "Een paar collega's herkennen dit, vooral in drukke weken.",
    Rating.FINE: "Kwam in het gesprek niet als probleem naar voren.",
}
DOCUMENT_NOTES = {
    Rating.PROBLEM: "Het document noemt meerdere signalen over dit team in het afgelopen jaar.",
    Rating.ATTENTION: "Het document noemt een enkel signaal; nog geen vast patroon.",
    Rating.FINE: "Het document noemt hierover geen signalen.",
}

MEASUREMENT_DISCUSSED = (
    "De uitkomsten zijn besproken in {label} van {date}: eerst per team, daarna voor de hele organisatie. Iedereen kon zeggen wat herkenbaar was en wat niet.",
    "Vergeleken met de eerste meting en besproken in {label} van {date}; per team is bekeken welke maatregelen verschil maakten.",
)
METHOD_NOTES = {
    CollectionMethod.ON_SCREEN: "Ingevuld op het scherm, op een gedeelde computer of via een link op de telefoon.",
    CollectionMethod.PAPER: "Ingevuld op papier in de kantine; de lijsten zijn zonder namen overgetypt door de preventiemedewerker.",
    CollectionMethod.FILE: "Ingelezen uit de export van het enquêteprogramma.",
}

# -- names ------------------------------------------------------------------------------------

FIRST_NAMES = (
    "Anouk", "Bram", "Daan", "Emma", "Fleur", "Gerrit", "Hanneke", "Inge", "Jeroen", "Karin",
    "Lieke", "Marco", "Nienke", "Olaf", "Petra", "Ruud", "Sanne", "Tim", "Wendy", "Youssef",
    "Fatima", "Mehmet", "Zeynep", "Agnieszka", "Tomasz", "Dewi", "Kwame", "Noor", "Sevda", "Rachid",
    "Esther", "Joost", "Mirjam", "Sjoerd", "Tessa", "Vera", "Wouter", "Ilse", "Hamza", "Naima",
    "Anil", "Shanti", "Mariska", "Koen", "Lotte", "Stijn", "Yara", "Bilal", "Elif", "Jolien",
    "Rutger", "Femke", "Gijs", "Merel", "Niels", "Iris", "Maarten", "Chantal", "Orlando", "Aisha",
)  # fmt: skip
LAST_NAMES = (
    "de Jong", "Jansen", "de Vries", "van den Berg", "Bakker", "Visser", "Smit", "Meijer",
    "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen",
    "Dekker", "Brouwer", "de Wit", "Dijkstra", "Koster", "Postma", "van der Meer", "Kok",
    "Öztürk", "Bouzid", "Wiśniewska", "Nowak", "Soerjadi", "Mensah", "Haddad", "Kaya",
    "El Idrissi", "Ramsaroep", "Pinas", "Kramer", "van 't Hof", "ter Horst", "Verhoeven",
    "Willems", "Kuipers", "Hoekstra", "Şahin", "Çelik", "Ramdin", "Wijnands", "Schouten",
    "van Dam", "Veenstra", "Zijlstra",
)  # fmt: skip


# -- sessions ---------------------------------------------------------------------------------

_T = Topic
LARGE_SESSIONS = (
    SessionSpec("all_counts", "Werkdruk bij De Waalstroom: uitkomsten en plan van aanpak {year}", SessionForm.MEETING, Audience.EVERYONE, (_T.WHAT_IS_STRESS, _T.CAUSES, _T.ORGANISATION_MEASURES), "{director} en {prevention}", "Twee keer gehouden, 's middags en 's avonds, zodat ook avond- en nachtdiensten konden komen. De presentatie staat op intranet.", 0.12),
    SessionSpec("managers", "Training: signalen van werkstress herkennen bij je medewerkers", SessionForm.TRAINING, Audience.MANAGERS, (_T.WHAT_IS_STRESS, _T.SIGNALS_IN_OTHERS, _T.SIGNALS_IN_YOURSELF), "{doctor} en {trainer}", "Met oefengesprekken; iedere leidinggevende bracht een eigen voorbeeld mee.", 0.22),
    SessionSpec("team", "Werkdruk in het werkoverleg: {team}", SessionForm.MEETING, Audience.STAFF, (_T.CAUSES, _T.ORGANISATION_MEASURES, _T.WHAT_TEAM_AND_EMPLOYEE_CAN_DO), "{manager} en {prevention}", "De uitkomsten van het team zijn besproken; het team koos zelf zijn eigen maatregelen.", 0.3),
    SessionSpec("hybrid_counts", "Thuiswerken zonder altijd aan te staan", SessionForm.WRITTEN_WITH_TALK, Audience.STAFF, (_T.WHAT_TEAM_AND_EMPLOYEE_CAN_DO, _T.SIGNALS_IN_YOURSELF, _T.ORGANISATION_MEASURES), "{hr}", "Vooraf een tipsheet per mail, daarna een half uur gesprek in het werkoverleg van de teams die deels thuiswerken.", 0.45),
    SessionSpec("mixed", "Workshop: ontspannen na een drukke dienst", SessionForm.WORKSHOP, Audience.STAFF, (_T.SIGNALS_IN_YOURSELF, _T.WHAT_TEAM_AND_EMPLOYEE_CAN_DO), "{trainer}", "Open inschrijving; eenvoudige oefeningen voor rust tijdens en na het werk.", 0.55),
    SessionSpec("some_counts", "Inloopspreekuur van de preventiemedewerker", SessionForm.OTHER, Audience.EVERYONE, (_T.WHAT_IS_STRESS, _T.SIGNALS_IN_YOURSELF), "{prevention}", "Elke eerste dinsdag van de maand; wie wilde, kon zonder afspraak binnenlopen. Alleen aantallen per team vastgelegd.", 0.7),
    SessionSpec("talks", "Jaargesprekken met werkdruk als vast onderwerp", SessionForm.MANAGER_TALK, Audience.STAFF, (_T.SIGNALS_IN_YOURSELF, _T.WHAT_TEAM_AND_EMPLOYEE_CAN_DO, _T.ORGANISATION_MEASURES), "De leidinggevenden van de teams", "Hier staan wie in deze periode zo'n gesprek had; wat er besproken is, blijft tussen medewerker en leidinggevende.", 0.85),
)  # fmt: skip
SMALL_SESSIONS = (
    SessionSpec("all_counts", "Personeelsvergadering over werkdruk {year}", SessionForm.MEETING, Audience.EVERYONE, (_T.WHAT_IS_STRESS, _T.CAUSES, _T.ORGANISATION_MEASURES), "{director}", "Na sluitingstijd in de lunchroom, met soep en brood. De uitkomsten van de vragenlijst hingen per team op een groot vel.", 0.12),
    SessionSpec("managers", "Training voor de leidinggevenden: signalen van werkstress", SessionForm.TRAINING, Audience.MANAGERS, (_T.WHAT_IS_STRESS, _T.SIGNALS_IN_OTHERS, _T.SIGNALS_IN_YOURSELF), "{trainer}", "Eén ochtend met de eigenaren en de drie leidinggevenden van de teams.", 0.3),
    SessionSpec("talks", "Korte gesprekken met iedere medewerker over werkdruk", SessionForm.MANAGER_TALK, Audience.STAFF, (_T.WHAT_TEAM_AND_EMPLOYEE_CAN_DO, _T.SIGNALS_IN_YOURSELF, _T.ORGANISATION_MEASURES), "{director} en de leidinggevenden", "Een kwartier per persoon: hoe gaat het, wat helpt jou, weet je wat we als bedrijf doen?", 0.5),
    SessionSpec("all_counts", "Werkdrukkaart in de kantine, met nagesprek", SessionForm.WRITTEN_WITH_TALK, Audience.EVERYONE, (_T.CAUSES, _T.SIGNALS_IN_YOURSELF, _T.WHAT_TEAM_AND_EMPLOYEE_CAN_DO), "{prevention}", "Een kaart met signalen van werkstress en wat je zelf kunt doen, uitgedeeld en besproken in het korte overleg van elk team.", 0.7),
)  # fmt: skip

# -- organisation measures --------------------------------------------------------------------

LARGE_ORG_MEASURES = (
    OrgMeasureSpec("Eigen flexpool voor invallers", "Een eigen pool van zes invallers die de wijkteams en De Hofstede kennen, zodat ziekte en vakantie niet meer op de vaste collega's neerkomen.", ("time_pressure", "peaks_planning"), "director", "{hr} en {planning}", "€ 85.000 per jaar voor zes invallers van 24 uur"),
    OrgMeasureSpec("Normen voor het aantal cliënten per wijkverpleegkundige", "Per wijkteam een norm voor het aantal cliënten en de zorgzwaarte; boven de norm neemt de planning geen nieuwe cliënten aan zonder extra handen.", ("time_pressure", "hectic_periods"), "manager_care", "{manager_care} met de planners", "Binnen de bestaande formatie; 40 uur projecttijd"),
    OrgMeasureSpec("Minder registreren: het cliëntdossier vereenvoudigen", "Velden die niemand gebruikt, gaan uit het dossier; wat al elders staat, hoeft niet opnieuw te worden ingevuld.", ("registration_load", "time_pressure"), "quality", "Werkgroep van vijf verzorgenden met {quality}", "€ 12.000 voor aanpassing van het dossiersysteem"),
    OrgMeasureSpec("Leiderschapsprogramma 'Het goede gesprek'", "Alle leidinggevenden leren in vier dagdelen hoe ze werkdruk bespreekbaar maken, signalen herkennen en medewerkers steunen.", ("support_manager", "feedback_appreciation"), "director", "{trainer}", "€ 18.500 voor vier dagdelen met twaalf deelnemers"),
    OrgMeasureSpec("Werkdruk vast op de agenda van elk werkoverleg", "In elk werkoverleg is er tien minuten voor werkdruk: wat speelt er, wat is er gedaan met eerdere punten?", ("time_pressure", "support_manager", "clarity"), "director", "Alle leidinggevenden", "Geen extra kosten"),
    OrgMeasureSpec("Loopbaangesprek en opleidingsbudget voor iedereen", "Iedere medewerker heeft elk jaar een loopbaangesprek en een eigen budget voor scholing.", ("development",), "hr", "De leidinggevenden, met {hr}", "€ 500 per medewerker per jaar"),
    OrgMeasureSpec("Zelfroosteren in alle zorgteams", "De zorgteams maken zelf hun rooster binnen spelregels over bezetting en rust; de planners ondersteunen.", ("autonomy_timing", "peaks_planning", "work_private_balance"), "planning", "{planning} met de teams", "€ 9.000 voor licentie en training van de roosterapp"),
    OrgMeasureSpec("Omgangscode en een tweede vertrouwenspersoon", "Een omgangscode die met medewerkers is geschreven, en een externe vertrouwenspersoon naast de interne.", ("unwanted_behaviour", "conflicts"), "hr", "{hr} met {confidant}", "€ 3.000 per jaar voor de externe vertrouwenspersoon"),
    OrgMeasureSpec("Protocol bij agressie van cliënten en naasten, met nazorg", "Een vast protocol: wat te doen bij agressie, wie belt na en hoe de zorg voor de cliënt wordt bijgesteld. Een opvangteam zorgt voor nazorg.", ("unwanted_behaviour", "client_contact", "emotionally_demanding"), "prevention", "{prevention} met het opvangteam", "€ 6.500 voor training van het opvangteam"),
    OrgMeasureSpec("Functieprofielen en taakverdeling bijwerken", "Alle functieprofielen zijn nagelopen; per team staat op papier wie waarvoor verantwoordelijk is.", ("unclear_expectations", "clarity"), "hr", "{hr} met de leidinggevenden", "60 uur HR-tijd"),
    OrgMeasureSpec("Open informatie over de toekomst van de organisatie", "Elk kwartaal een bijeenkomst en nieuwsbrief van de bestuurder over plannen, ook als er nog niets vastligt.", ("job_insecurity", "clarity"), "director", "{director} met communicatie", "Geen extra kosten"),
    OrgMeasureSpec("Waardering zichtbaar maken", "Leidinggevenden geven concreet en op tijd terug wat goed gaat; eens per jaar een bedankdag voor alle teams.", ("feedback_appreciation",), "director", "Leidinggevenden en communicatie", "€ 4.000 per jaar"),
    OrgMeasureSpec("Intervisie voor alle zorgteams", "Elk zorgteam heeft elke zes weken intervisie onder leiding van een getrainde collega.", ("emotionally_demanding", "support_colleagues"), "manager_care", "Twee getrainde begeleiders uit de teams", "€ 7.500 per jaar voor training en uren"),
    OrgMeasureSpec("Inwerkprogramma met een vaste begeleider", "Nieuwe collega's krijgen een inwerkprogramma van acht weken met een vaste begeleider.", ("clarity", "support_colleagues", "unclear_expectations"), "hr", "{hr} met de teams", "Vier uur per nieuwe collega voor de begeleider"),
    OrgMeasureSpec("Jaarplanning van de drukke periodes", "Een kalender voor de hele organisatie met bekende drukke periodes; verlof, projecten en scholing worden daaromheen gepland.", ("peaks_planning", "hectic_periods"), "planning", "{planning} met de leidinggevenden", "Geen extra kosten"),
    OrgMeasureSpec("Teams beslissen zelf over hun werkwijze", "Teams krijgen zeggenschap over hoe ze het werk doen, binnen afspraken over kwaliteit en budget.", ("little_say", "autonomy_method", "autonomy_content"), "director", "Leidinggevenden met hun teams, gecoacht door {hr}", "Geen extra kosten; coaching door HR"),
    OrgMeasureSpec("Pauzes inroosteren en beschermen", "Elke dienst van vijf uur of langer heeft een ingeroosterde pauze; een collega neemt de telefoon over.", ("too_few_breaks", "rest_recovery"), "planning", "{planning} met de teamleiders", "Geen extra kosten; roosteraanpassing", rest=True),
    OrgMeasureSpec("Afspraken over bereikbaarheid na werktijd", "Na werktijd is niemand verplicht bereikbaar, behalve wie dienst heeft. Spoed loopt via één vast nummer.", ("reachability", "work_private_balance", "rest_recovery"), "director", "{director} met de leidinggevenden", "Geen extra kosten", rest=True),
    OrgMeasureSpec("Geen e-mail en werkapps in de avond", "Mail die na 18.00 uur wordt geschreven, gaat pas de volgende ochtend om 8.00 uur de deur uit; de werkapp staat 's avonds op stil.", ("reachability", "rest_recovery"), "director", "{ict} stelt het in", "Geen extra kosten; instelling door ICT", rest=True),
    OrgMeasureSpec("Minstens elf uur rust tussen twee diensten", "Het roosterprogramma laat geen dienst meer toe die binnen elf uur na de vorige begint.", ("working_hours", "rest_recovery"), "planning", "{planning}; het roosterprogramma bewaakt de regel", "Geen extra kosten", rest=True),
    OrgMeasureSpec("Overwerk bijhouden en binnen vier weken compenseren", "Overuren worden geregistreerd en binnen vier weken in vrije tijd opgenomen; de leidinggevende krijgt elke maand een overzicht.", ("working_hours", "rest_recovery", "time_pressure"), "hr", "{hr} met de salarisadministratie", "€ 2.000 voor een rapportage in het roosterprogramma", rest=True),
    OrgMeasureSpec("Iedereen twee weken aaneengesloten vakantie", "Iedere medewerker kan per jaar minstens twee weken achter elkaar vrij zijn; de planning houdt daar vanaf januari rekening mee.", ("rest_recovery", "work_private_balance"), "planning", "{planning} met de teams", "Kosten van invallers, binnen de flexpool", rest=True),
    OrgMeasureSpec("Regeling hybride werken met vaste kantoordagen", "Wie deels thuiswerkt, heeft vaste kantoordagen met het team en vaste tijden waarop hij of zij bereikbaar is.", ("reachability", "work_private_balance", "support_colleagues"), "hr", "{hr} met de leidinggevenden van de hybride teams", "€ 250 per persoon voor de thuiswerkplek", rest=True),
    OrgMeasureSpec("Een stille pauzeruimte op elke locatie", "Elke locatie krijgt een ruimte waar je rustig kunt pauzeren, zonder telefoon en zonder overleg.", ("too_few_breaks", "rest_recovery"), "prevention", "{prevention} met facilitair", "€ 3.500 per locatie voor inrichting", rest=True),
)  # fmt: skip
SMALL_ORG_MEASURES = (
    OrgMeasureSpec("Vaste pauzes in alle diensten, ook 's nachts", "Elke dienst heeft een vaste pauze op een vaste tijd. In de bakkerij wordt de oven zo gepland dat de pauze echt kan.", ("too_few_breaks", "rest_recovery"), "director", "{owner} met de leidinggevenden", "Geen extra kosten", rest=True),
    OrgMeasureSpec("Piekplan voor de feestdagen met oproepkrachten", "Vanaf oktober staat vast wie in december en rond Pasen extra werkt; twee vaste oproepkrachten zijn tijdig ingewerkt.", ("peaks_planning", "hectic_periods", "time_pressure"), "owner", "{owner} en {planning}", "€ 4.800 voor oproepkrachten in december"),
    OrgMeasureSpec("Rooster vier weken vooruit, met wensen vooraf", "Het rooster hangt vier weken vooruit; wie een wens heeft, schrijft die op de lijst naast het rooster.", ("working_hours", "autonomy_timing", "work_private_balance"), "planning", "{planning} met de drie leidinggevenden", "Geen extra kosten"),
    OrgMeasureSpec("Geen werkappjes en mail na 19.00 uur", "Na 19.00 uur stuurt niemand meer werkberichten; bestellingen die 's avonds binnenkomen, worden de volgende ochtend behandeld.", ("reachability", "work_private_balance", "rest_recovery"), "director", "Iedereen; {director} spreekt aan wie het vergeet", "Geen extra kosten", rest=True),
    OrgMeasureSpec("Elke maand een werkoverleg met werkdruk als vast punt", "Elke maand een half uur overleg per team, met werkdruk als vast punt en de eigenaren erbij.", ("support_manager", "cooperation", "feedback_appreciation"), "director", "{director} en de leidinggevenden", "Een half uur werktijd per medewerker per maand"),
    OrgMeasureSpec("Duidelijke taakverdeling tussen winkel, bakkerij en catering", "Op één vel staat wie bestellingen aanneemt, wie ze klaarmaakt en wie ze aflevert, ook bij drukte.", ("unclear_expectations", "cooperation"), "owner", "De drie leidinggevenden samen", "Geen extra kosten"),
    OrgMeasureSpec("Minstens elf uur rust na een vroege of late dienst", "Na een late dienst in de lunchroom volgt geen vroege dienst in de bakkerij of winkel.", ("working_hours", "rest_recovery"), "planning", "{planning}, bij het maken van het rooster", "Geen extra kosten", rest=True),
    OrgMeasureSpec("Huisregels voor klanten bij de ingang en de kassa", "Vriendelijke huisregels op de deur en bij de kassa; medewerkers mogen een klant die grof is, laten weggaan.", ("client_contact", "unwanted_behaviour"), "director", "{director} met {planning}", "€ 150 voor borden"),
    OrgMeasureSpec("Bestelregels voor catering en taarten", "Vaste besteltermijnen op de website en in de winkel; uitzonderingen alleen na overleg met de bakkerij.", ("last_minute_orders", "peaks_planning"), "owner", "{owner} met de coördinator catering", "€ 300 voor aanpassing van de webshop"),
)  # fmt: skip

# -- the two sizes ----------------------------------------------------------------------------

SMALL = SizeSpec(
    profile=dict(
        name="Bakkerij & Lunchroom Van Dijk",
        kvk_number="71045893",
        sector="Ambachtelijke bakkerij met winkel, lunchroom en catering",
        headcount=18,
        paid_hours_per_week=486.0,
        prevention_officer="Jolanda van Dijk",
        prevention_officer_contact="Aanspreekbaar in de winkel of via 06 12 34 56 78. Zorgen en ideeën kunnen ook anoniem in de brievenbus in de kantine.",
        participation_body=ParticipationBody.STAFF_REPRESENTATION,
        participation_body_contact="Personeelsvertegenwoordiging van drie collega's, één uit elk team; aanspreekpunt Samira Amrani.",
        occupational_health_service="Arbodienst MKB Midden",
        company_doctor="Ellen Postma",
        rie_instrument="Erkende branche-RI&E voor ambachtelijke bakkerijen",
        rie_branch_recognised=True,
        rie_review=ReviewStatus.EXEMPT,
        rie_exemption_reason="We hebben 18 medewerkers, dus niet meer dan 25, en gebruiken de erkende branche-RI&E voor bakkerijen. Daarom hoeft onze RI&E niet door een deskundige getoetst te worden.",
        arbocatalogus="Arbocatalogus voor de bakkerijbranche",
        notes="Voorbeeldbedrijf van WerkdrukDesk: alle namen en cijfers zijn verzonnen. Eigenaren Jolanda en Erik van Dijk; de bakkerij begint om 4.00 uur.",
    ),
    rie_day=-35,
    review_after_days=None,
    documents=(
        DocSpec(
            "Branche-RI&E bakkerij {year}",
            DocumentKind.RIE,
            -35,
            "Map 'Arbo' op de kantoorcomputer; een afdruk ligt in de kantine.",
            "RI&E met het erkende branche-instrument. Werkdruk staat erin als risico voor de bakkerij (vroege diensten, feestdagen) en de winkel (drukte, klanten). Het plan van aanpak voor werkdruk staat in WerkdrukDesk.",
            ("unwanted_behaviour", "job_insecurity"),
        ),
        DocSpec(
            "Klachten- en voorvallenschrift winkel {year}",
            DocumentKind.OTHER,
            300,
            "Schrift achter de toonbank, overgenomen in de map 'Arbo'.",
            "Vervelende voorvallen met klanten, zonder namen van medewerkers: vooral ongeduld en schelden bij drukte op zaterdag.",
            ("unwanted_behaviour",),
        ),
        DocSpec(
            "Verzuimoverzicht {year} van de arbodienst",
            DocumentKind.OTHER,
            330,
            "Mail van de arbodienst, bewaard in de map 'Arbo'.",
            "Verzuim 5,1 procent. Bij twee ziekmeldingen speelde werkdruk volgens de bedrijfsarts een rol. Geen namen in het overzicht.",
            ("job_insecurity",),
        ),
    ),  # fmt: skip
    custom_sources=(
        CustomSourceSpec(
            "last_minute_orders",
            "Bestellingen op het laatste moment",
            "demand",
            "conditions",
            "Bestellingen voor catering of taarten die pas op het laatste moment binnenkomen, waardoor de planning van bakkerij en catering omvalt.",
            (
                "Er komen bestellingen binnen die dezelfde dag of de volgende ochtend klaar moeten zijn.",
                "Door late bestellingen moet ik mijn planning omgooien.",
                "Door late bestellingen begin ik eerder of werk ik langer door.",
            ),
        ),
        CustomSourceSpec(
            "holiday_rush",
            "Drukte rond de feestdagen",
            "demand",
            "conditions",
            "De weken rond Sinterklaas, Kerst en Pasen. Sinds de tweede cyclus meegenomen bij de bron over pieken en planning.",
            (
                "Rond de feestdagen werk ik veel meer uren dan normaal.",
                "In december kan ik geen vrije dag opnemen.",
            ),
            archived=True,
        ),
    ),  # fmt: skip
    teams=(
        TeamSpec(
            "Bakkerij",
            (6, 6),
            False,
            ("Łukasz Kowalczyk", "Łukasz Kowalczyk"),
            {
                "working_hours": 1.2,
                "too_few_breaks": 1.0,
                "peaks_planning": 0.9,
                "rest_recovery": 1.0,
                "time_pressure": 0.6,
                "last_minute_orders": 0.6,
                "holiday_rush": 1.0,
            },
            "De bakkerij begint om 4.00 uur; na een reeks vroege diensten is er te weinig tijd om uit te rusten.",
            "Door de vroege begintijd is 's avonds meedoen met gezin of sport lastig.",
            staff=("Ĳsbrand de Vries", "Gerrit Postma"),
        ),
        TeamSpec(
            "Winkel en lunchroom",
            (6, 7),
            False,
            ("Wendy Bakker", "Wendy Bakker"),
            {
                "client_contact": 0.9,
                "hectic_periods": 1.0,
                "too_few_breaks": 0.6,
                "support_manager": 0.7,
                "feedback_appreciation": 0.9,
                "autonomy_timing": 0.5,
                "holiday_rush": 0.8,
            },
            "Bij drukte in de lunchroom schiet de pauze erbij in.",
            "Veel parttimers en scholieren; het rooster verandert soms kort van tevoren.",
            later_strain={"unwanted_behaviour": 1.0},
            staff=("Samira Amrani", "Priya Ramdin", "Mohammed El Amrani"),
        ),
        TeamSpec(
            "Catering en bestellingen",
            (5, 5),
            True,
            ("Chloé Dubois", "Chloé Dubois"),
            {
                "reachability": 1.1,
                "peaks_planning": 0.8,
                "unclear_expectations": 0.8,
                "work_private_balance": 0.9,
                "last_minute_orders": 0.9,
                "mentally_demanding": 0.5,
            },
            "Offertes en mail worden 's avonds nog afgehandeld, ook op thuiswerkdagen.",
            "Thuiswerken helpt om werk en kinderen te combineren, maar het werk loopt door in de avond.",
            staff=("Ayşe Yılmaz",),
        ),
    ),  # fmt: skip
    roles={
        "director": "Jolanda van Dijk (eigenaar)",
        "owner": "Erik van Dijk (eigenaar, bakkerij)",
        "prevention": "Jolanda van Dijk (preventiemedewerker)",
        "planning": "Wendy Bakker (bedrijfsleider winkel)",
        "hr": "Jolanda van Dijk (personeelszaken)",
        "doctor": "Ellen Postma (bedrijfsarts)",
        "trainer": "Adviseur van Arbodienst MKB Midden",
        "body": "PVT",
        "signer": "Jolanda en Erik van Dijk, eigenaren",
    },
    asked=(
        "time_pressure",
        "hectic_periods",
        "too_few_breaks",
        "working_hours",
        "client_contact",
        "peaks_planning",
        "cooperation",
        "reachability",
        "unclear_expectations",
        "autonomy_timing",
        "support_colleagues",
        "support_manager",
        "feedback_appreciation",
        "rest_recovery",
        "work_private_balance",
        "last_minute_orders",
    ),  # fmt: skip
    methods=((CollectionMethod.PAPER,), (CollectionMethod.PAPER,)),
    measurement_names=("Werkdrukvragenlijst {month} {year}",),
    participation=(0.85, 0.95),
    cycle_factors=(1.0, 0.65),
    org_measures=SMALL_ORG_MEASURES,
    org_per_cycle=3,
    rest_per_cycle=1,
    individual_per_cycle=1,
    sessions=SMALL_SESSIONS,
    team_sessions_per_cycle=0,
    cycle_texts=(
        CycleText(
            hybrid="Alleen de catering en de bestellingen worden deels thuis gedaan (offertes, mail en webshop). Voor dat team is gevraagd naar bereikbaarheid buiten werktijd; in de bakkerij en de winkel speelt thuiswerken niet.",
            coherence_intro="De vragenlijst en de personeelsvergadering laten zien dat vroege diensten, te weinig pauzes en drukte rond de feestdagen het zwaarst wegen. We beginnen met afspraken voor het hele bedrijf en maken daarna afspraken per team.",
            consent_note="De PVT heeft het plan in de eigen vergadering besproken en ingestemd; twee opmerkingen over het rooster zijn verwerkt.",
            how_it_went="Het ging goed dat bijna iedereen de vragenlijst invulde en dat we de uitkomsten samen bespraken. In de decemberdrukte was het moeilijk de afspraken vol te houden.",
            do_differently="De afspraken voor de feestdagen al in oktober maken en oproepkrachten eerder vastleggen.",
            policy_changes="Werkdruk staat voortaan op elk maandelijks werkoverleg. Pauzes in de vroege diensten zijn vast ingeroosterd.",
            methods=(EvaluationMethod.GROUP_MEETINGS, EvaluationMethod.INDIVIDUAL_TALKS),
        ),
        CycleText(
            hybrid="Het cateringteam werkt nu twee dagen per week thuis. De afspraak over geen werkappjes na 19.00 uur geldt ook voor hen.",
            coherence_intro="We houden vast aan wat werkte (vaste pauzes, het piekplan) en pakken nu de bestellingen op het laatste moment en de steun van de leidinggevende in de winkel aan.",
            consent_note="De PVT heeft ingestemd; een lid van de PVT kijkt mee bij het nieuwe rooster.",
        ),
    ),
    discussion_label="de personeelsvergadering",
    document_rated=("unwanted_behaviour", "job_insecurity"),
    leaders=("Jolanda van Dijk", "Erik van Dijk"),
    overdue=1,
    unassigned_responses=0,
)

LARGE = SizeSpec(
    profile=dict(
        name="Zorgkring De Waalstroom",
        kvk_number="41207736",
        sector="Zorg en welzijn: wijkverpleging, dagbesteding en wonen met zorg (VVT)",
        headcount=250,
        paid_hours_per_week=6480.0,
        prevention_officer="Sandra Wijnands",
        prevention_officer_contact="Via preventie@dewaalstroom.example, telefoon 0344 700 120, of op dinsdag en donderdag op kantoor in Tiel.",
        participation_body=ParticipationBody.WORKS_COUNCIL,
        participation_body_contact="Ondernemingsraad van zeven leden; secretariaat or@dewaalstroom.example, voorzitter Bas Kuipers.",
        occupational_health_service="Arbodienst Rivierland Gezond",
        company_doctor="Roel Hendriks",
        rie_instrument="Branche-RI&E VVT, aangevuld met een eigen verdiepend onderzoek naar werkdruk",
        rie_branch_recognised=True,
        rie_review=ReviewStatus.DONE,
        rie_review_by="Kerndeskundige (arbeids- en organisatiedeskundige) van Arbodienst Rivierland Gezond",
        arbocatalogus="Arbocatalogus VVT, onderdeel psychosociale arbeidsbelasting en werkdruk",
        notes="Voorbeeldorganisatie van WerkdrukDesk: alle namen, cijfers en uitkomsten zijn verzonnen. Vier locaties in het rivierengebied; ongeveer zeven op de tien medewerkers werken in deeltijd.",
    ),
    rie_day=-45,
    review_after_days=30,
    documents=(
        DocSpec(
            "Medewerkersonderzoek (MTO) {year}",
            DocumentKind.STAFF_SURVEY,
            -150,
            "Intranet > HR > Onderzoeken",
            "Tweejaarlijks onderzoek met extra vragen over werkstress; 71 procent deed mee. Werkdruk en herstel na het werk scoren het laagst in de wijkteams en de nachtzorg.",
            ("job_insecurity", "unwanted_behaviour"),
        ),
        DocSpec(
            "RI&E Zorgkring De Waalstroom {year}",
            DocumentKind.RIE,
            -45,
            "Intranet > Arbo en veiligheid > RI&E",
            "RI&E voor de hele organisatie met het branche-instrument voor de VVT, getoetst door de arbodienst. Werkdruk is een hoog risico voor de zorgteams; de nadere inventarisatie is het verdiepend onderzoek.",
            ("unwanted_behaviour", "job_insecurity"),
        ),
        DocSpec(
            "Verdiepend onderzoek werkdruk {year}",
            DocumentKind.DEEPER_STUDY,
            30,
            "Intranet > Arbo en veiligheid > Werkdruk",
            "Uitwerking van de eerste werkdrukmeting per team, met groepsgesprekken in de vijf teams met de hoogste werkdruk. Anoniem, uitkomsten alleen voor groepen van vijf of meer; ruim de helft van het personeel deed mee. Met alle teams besproken.",
            ("job_insecurity",),
        ),
        DocSpec(
            "Jaarverslag vertrouwenspersonen {year}",
            DocumentKind.OTHER,
            330,
            "Op te vragen bij HR (zonder namen)",
            "Meldingen per soort en per afdeling, zonder namen: vooral agressie van cliënten en naasten, en omgangsvormen in één team.",
            ("unwanted_behaviour",),
        ),
        DocSpec(
            "Verzuimanalyse {year} van de arbodienst",
            DocumentKind.OTHER,
            700,
            "Intranet > HR > Verzuim",
            "Het verzuim daalde van 7,4 naar 6,1 procent. Bij een kwart van het langdurig verzuim speelt werkdruk volgens de bedrijfsarts een rol.",
            ("job_insecurity", "unwanted_behaviour"),
        ),
    ),  # fmt: skip
    custom_sources=(
        CustomSourceSpec(
            "registration_load",
            "Registratiedruk in het cliëntdossier",
            "demand",
            "content",
            "Tijd en moeite die het bijhouden van het cliëntdossier en andere registraties kost, bovenop het werk zelf. Je merkt het als mensen na hun dienst nog zitten te typen of rapportages uitstellen.",
            (
                "Ik besteed veel tijd aan registreren in het cliëntdossier.",
                "Ik moet dezelfde gegevens op meer plaatsen vastleggen.",
                "Ik maak mijn rapportages af na mijn werktijd.",
                "Registreren kost tijd die ik liever aan cliënten besteed.",
            ),
        ),
        CustomSourceSpec(
            "travel_time",
            "Reistijd tussen cliënten",
            "demand",
            "conditions",
            "Tijd onderweg tussen twee cliënten die niet in de planning past. Sinds de tweede cyclus meegenomen bij de bron over te veel werk in te weinig tijd.",
            (
                "De reistijd tussen mijn cliënten is te krap gepland.",
                "Door files of omleidingen kom ik te laat bij de volgende cliënt.",
            ),
            archived=True,
        ),
    ),  # fmt: skip
    teams=(
        TeamSpec(
            "Wijkteam Noord",
            (27, 28, 28),
            False,
            ("Ĳsbrand de Vries",) * 3,
            {
                "time_pressure": 1.1,
                "hectic_periods": 0.8,
                "too_few_breaks": 0.9,
                "emotionally_demanding": 0.6,
                "rest_recovery": 0.9,
                "support_manager": 0.5,
                "peaks_planning": 0.5,
                "registration_load": 0.8,
                "travel_time": 1.0,
            },
            "Lange diensten met veel reistijd; de pauze schiet erbij in als een cliënt uitloopt.",
            "Veel collega's werken in deeltijd naast de zorg voor kinderen; extra diensten bij ziekte botsen daarmee.",
        ),
        TeamSpec(
            "Wijkteam Zuid",
            (30, 29, 30),
            False,
            ("Priya Ramdin",) * 3,
            {
                "time_pressure": 0.9,
                "peaks_planning": 1.0,
                "autonomy_timing": 1.0,
                "work_private_balance": 0.8,
                "registration_load": 0.7,
                "travel_time": 0.7,
            },
            "Door gaten in het rooster werken collega's vaak meerdere weekenden achter elkaar.",
            "Roosterwijzigingen op korte termijn maken privéafspraken lastig.",
        ),
        TeamSpec(
            "Wijkteam Oost",
            (26, 26, 26),
            False,
            ("Bram ter Horst", "Bram ter Horst", "Noor Haddad"),
            {
                "time_pressure": 0.5,
                "emotionally_demanding": 0.8,
                "registration_load": 0.6,
                "travel_time": 0.5,
            },
            "Pauzes lukken meestal; na zware bezoeken is er weinig ruimte om even bij te komen.",
            "Meestal goed te combineren; een paar collega's hebben mantelzorg.",
        ),
        TeamSpec(
            "Wijkteam West",
            (25, 24, 24),
            False,
            ("Karin Smit", "Mohammed El Amrani", "Mohammed El Amrani"),
            {
                "cooperation": 1.0,
                "conflicts": 1.0,
                "support_manager": 1.1,
                "clarity": 0.8,
                "feedback_appreciation": 0.9,
                "registration_load": 0.5,
                "travel_time": 0.6,
            },
            "Rust en herstel zijn op zich redelijk, maar de spanningen in het team kosten energie.",
            "Geen grote knelpunten gemeld.",
        ),
        TeamSpec(
            "Nachtzorg en spoedzorg",
            (18, 19, 18),
            False,
            ("Ayşe Yılmaz",) * 3,
            {
                "working_hours": 1.2,
                "too_few_breaks": 1.0,
                "rest_recovery": 1.2,
                "emotionally_demanding": 0.9,
                "mentally_demanding": 0.8,
                "work_private_balance": 0.9,
                "registration_load": 0.4,
            },
            "Nachtdiensten achter elkaar en oproepen tijdens de bereikbaarheidsdienst geven te weinig herstel.",
            "Overdag slapen en het gezinsleven botsen; wisselende diensten maken vaste afspraken moeilijk.",
        ),
        TeamSpec(
            "Dagbesteding De Wilg",
            (20, 20, 20),
            False,
            ("Esther Mulder",) * 3,
            {"client_contact": 1.0, "emotionally_demanding": 0.6, "development": 0.8},
            "De pauze valt samen met de lunch van de deelnemers en is daardoor geen echte rust.",
            "Vaste werktijden overdag; werk en privé zijn goed te combineren.",
            staff=("Chloé Dubois",),
        ),
        TeamSpec(
            "Woonzorg De Hofstede",
            (35, 34, 34),
            False,
            ("Gerrit Bos", "Gerrit Bos", "Zeynep Kaya"),
            {
                "time_pressure": 1.0,
                "too_few_breaks": 0.8,
                "unwanted_behaviour": 1.0,
                "emotionally_demanding": 0.9,
                "autonomy_method": 0.8,
                "little_say": 0.7,
                "registration_load": 0.7,
            },
            "De pauze wordt vaak onderbroken door bellende bewoners; na agressie is er geen vaste nazorg.",
            "Veel avond- en weekenddiensten; wie jonge kinderen heeft, vindt dat zwaar.",
        ),
        TeamSpec(
            "Planning en roostering",
            (13, 14, 14),
            True,
            ("Dewi Soerjadi",) * 3,
            {
                "peaks_planning": 1.0,
                "reachability": 1.2,
                "mentally_demanding": 0.6,
                "work_private_balance": 0.7,
            },
            "Weinig onderbrekingen voor rust; bij ziekmeldingen wordt 's avonds en in het weekend gebeld.",
            "Thuiswerken helpt, maar het werk loopt door in de avond.",
        ),
        TeamSpec(
            "Klantenservice en zorgbemiddeling",
            (16, 16, 16),
            True,
            ("Rachid Bouzid",) * 3,
            {
                "client_contact": 1.0,
                "hectic_periods": 0.8,
                "autonomy_timing": 0.9,
                "reachability": 0.5,
                "feedback_appreciation": 0.6,
            },
            "Veel gesprekken achter elkaar zonder korte pauzes; na lastige gesprekken weinig tijd om bij te komen.",
            "Thuiswerken maakt combineren makkelijker; soms wordt ook op vrije dagen gemaild.",
        ),
        TeamSpec(
            "Facilitair en logistiek",
            (12, 12, 12),
            False,
            ("Łukasz Kowalczyk",) * 3,
            {"unclear_expectations": 0.6, "development": 0.9},
            "Pauzes gaan goed; vaste werktijden.",
            "Geen knelpunten gemeld.",
            later_strain={"job_insecurity": 0.7},
        ),
        TeamSpec(
            "Financiën en administratie",
            (12, 12, 12),
            True,
            ("Mirjam Hoekstra",) * 3,
            {"peaks_planning": 0.7, "reachability": 0.6},
            "In de weken van de maandafsluiting wordt tot laat doorgewerkt.",
            "Thuiswerken bevalt; tijdens de afsluiting loopt het werk door in de avond.",
            later_strain={"job_insecurity": 1.1, "clarity": 0.6},
        ),
        TeamSpec(
            "HR, kwaliteit en ICT",
            (16, 16, 16),
            True,
            ("Yusuf Demir",) * 3,
            {
                "mentally_demanding": 0.6,
                "reachability": 1.0,
                "time_pressure": 0.5,
                "rest_recovery": 0.6,
                "unclear_expectations": 0.5,
            },
            "Storingen worden ook buiten werktijd opgelost; op kantoor weinig echte pauzes.",
            "Werkmail op de telefoon maakt dat werk en vrije tijd door elkaar lopen.",
        ),
    ),  # fmt: skip
    roles={
        "director": "Marloes van den Berg (bestuurder)",
        "manager_care": "Hans Verhoeven (manager zorg)",
        "hr": "Yusuf Demir (HR-adviseur)",
        "planning": "Dewi Soerjadi (hoofd planning)",
        "quality": "Anouk Kramer (adviseur kwaliteit)",
        "prevention": "Sandra Wijnands (preventiemedewerker)",
        "ict": "Team HR, kwaliteit en ICT",
        "confidant": "vertrouwenspersoon Jacqueline Pinas",
        "doctor": "Roel Hendriks (bedrijfsarts)",
        "trainer": "trainer van Arbodienst Rivierland Gezond",
        "body": "OR",
        "signer": "Marloes van den Berg, bestuurder",
    },
    asked=(
        "time_pressure",
        "hectic_periods",
        "little_say",
        "unclear_expectations",
        "too_few_breaks",
        "mentally_demanding",
        "emotionally_demanding",
        "peaks_planning",
        "cooperation",
        "reachability",
        "autonomy_content",
        "autonomy_method",
        "autonomy_timing",
        "support_colleagues",
        "support_manager",
        "clarity",
        "feedback_appreciation",
        "development",
        "rest_recovery",
        "work_private_balance",
        "registration_load",
    ),  # fmt: skip
    methods=(
        (CollectionMethod.FILE, CollectionMethod.ON_SCREEN),
        (CollectionMethod.ON_SCREEN, CollectionMethod.ON_SCREEN),
        (CollectionMethod.ON_SCREEN, CollectionMethod.FILE),
    ),
    measurement_names=(
        "Eerste werkdrukmeting {month} {year}",
        "Tweede werkdrukmeting {month} {year}",
    ),
    participation=(0.84, 0.93),
    cycle_factors=(1.0, 0.85, 0.75),
    org_measures=LARGE_ORG_MEASURES,
    org_per_cycle=8,
    rest_per_cycle=3,
    individual_per_cycle=4,
    sessions=LARGE_SESSIONS,
    team_sessions_per_cycle=8,
    cycle_texts=(
        CycleText(
            hybrid="Vier teams werken deels thuis: planning, klantenservice, financiën en HR/kwaliteit/ICT. De vragenlijst vraagt daarom ook naar bereikbaarheid buiten werktijd en naar de grens tussen werk en privé; de uitkomsten van deze teams zijn apart bekeken.",
            coherence_intro="De meting laat zien dat tijdsdruk, te weinig pauzes en te weinig herstel in de zorgteams het zwaarst wegen. Daarom beginnen eerst de maatregelen voor de hele organisatie; de teams werken die daarna uit in eigen afspraken.",
            consent_note="De OR heeft na twee overleggen ingestemd; op verzoek van de OR volgt een klankbordgroep van medewerkers de uitvoering.",
            how_it_went="De meting had een hoge respons en de teams herkenden de uitkomsten. De maatregelen kwamen traag op gang: de eerste drie maanden gingen op aan het vinden van trekkers.",
            do_differently="Per maatregel meteen een trekker en een startdatum vastleggen, en de voortgang elke maand in het managementoverleg bespreken.",
            policy_changes="Werkdruk is een vast punt geworden in het managementoverleg en in elk werkoverleg. De tweede meting blijft: die laat goed zien wat werkt.",
            methods=(EvaluationMethod.GROUP_MEETINGS, EvaluationMethod.SECOND_MEASUREMENT),
        ),
        CycleText(
            hybrid="De regeling hybride werken is meegenomen: de teams die deels thuiswerken, hebben vaste kantoordagen. In de teamgesprekken is gevraagd of mensen 's avonds nog werkberichten krijgen.",
            coherence_intro="De aanpak van vorig jaar loopt door; dit jaar ligt de nadruk op roosters, rust tussen diensten en steun van de leidinggevende. De teammaatregelen sluiten daarop aan.",
            consent_note="De OR heeft ingestemd, op voorwaarde dat de effecten per team na de tweede meting worden teruggekoppeld.",
            how_it_went="Trekkers en termijnen waren vanaf het begin duidelijk en de voortgang werd elke maand besproken. Twee teams kregen een nieuwe leidinggevende, waardoor hun maatregelen vertraging opliepen.",
            do_differently="Bij een nieuwe leidinggevende de maatregelen van het team uitdrukkelijk overdragen. Collega's uit de nachtdienst meer bij de evaluatie betrekken.",
            policy_changes="Zelfroosteren wordt de standaard in de zorgteams. Werkdruk hoort voortaan bij elk jaargesprek. De verzuimcijfers worden naast de meting gelegd.",
            methods=(
                EvaluationMethod.GROUP_MEETINGS,
                EvaluationMethod.INDIVIDUAL_TALKS,
                EvaluationMethod.SECOND_MEASUREMENT,
                EvaluationMethod.OTHER,
            ),
        ),
        CycleText(
            hybrid="Hybride werken is vast beleid. Financiën en administratie werkt sinds het nieuwe boekhoudsysteem vaker thuis; daar is extra gelet op bereikbaarheid en op onzekerheid over de functie.",
            coherence_intro="Het plan bouwt voort op wat werkte: pauzes, rust tussen diensten en zelfroosteren blijven. Nieuw is de aandacht voor onzekerheid over de toekomst in de administratieve teams.",
            consent_note="De OR heeft ingestemd en vraagt in het najaar om een tussenstand.",
            how_it_went="Tussenstand na de tweede meting: in de meeste zorgteams is de werkdruk gedaald. Twee maatregelen lopen achter op de planning.",
            do_differently="Achterstanden eerder melden in het managementoverleg, niet pas bij de evaluatie.",
            methods=(EvaluationMethod.SECOND_MEASUREMENT,),
        ),
    ),
    discussion_label="het werkoverleg",
    document_rated=("unwanted_behaviour", "job_insecurity"),
    leaders=("Marloes van den Berg", "Hans Verhoeven"),
    overdue=2,
    unassigned_responses=1,
)

SIZES = {"small": SMALL, "large": LARGE}
