"""The werkdruk policy cycle as plain data.

One `Organisation` holds its profile, its sources and its cycles; a `Cycle` holds everything of
steps 2-6 of the inspectorate's cycle. Ids are assigned by storage; objects not yet stored have
`id = None`. The codes (enums) are in `codes.py` and the records of the deeper study in
`study.py`, both handed on here so the program writes `m.Rating`, `m.Measurement`; the codes'
Dutch and English names live in `core.labels`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, NoReturn, TypeAlias

# Documents stored in the file as proof of a record, in core.model.attachments.
from werkdrukdesk.core.model.attachments import Attachment, Proves  # noqa: F401
from werkdrukdesk.core.model.codes import (  # noqa: F401 - the model's codes, handed on as m.<Code>
    AnswerHandling,
    Audience,
    DocumentKind,
    Effect,
    EvaluationMethod,
    Evidence,
    Level,
    MeasureStatus,
    Rating,
    SessionForm,
    SourceKind,
    Topic,
    Verdict,
)

# Step 1, the profile and the changes since the RI&E, in core.model.profile.
from werkdrukdesk.core.model.profile import (  # noqa: F401
    ChangeKind,
    OrganisationChange,
    ParticipationBody,
    Profile,
    ReviewStatus,
)

# The strands of PSA beside werkdruk, their arrangements and the incident register, in
# core.model.psa.
from werkdrukdesk.core.model.psa import (  # noqa: F401
    INCIDENT_KINDS,
    STRAND_TOPICS,
    STRANDS,
    AdviserKind,
    Aftercare,
    AggressionRisk,
    CodeOfConduct,
    ComplaintsProcedure,
    ConfidentialAdviser,
    HouseRules,
    Incident,
    IncidentKind,
    IncidentReporting,
    PsaPolicy,
    PsaScope,
    Severity,
    Strand,
)

# The routes of the deeper study (questionnaire, group conversations, external study) live in
# core.model.study; they are part of the model and named here like every other record.
from werkdrukdesk.core.model.study import (  # noqa: F401
    NOT_LOADED,
    AnswersNotLoaded,
    CollectionMethod,
    ConversationOutcome,
    ExternalStudy,
    GroupConversation,
    Measurement,
    Response,
)


@dataclass
class Document:
    """An RI&E, MTO, deeper study or other paper the werkdruk policy refers to."""

    title: str
    kind: DocumentKind = DocumentKind.OTHER
    document_date: date | None = None
    reference: str = ""  # where it is kept
    summary: str = ""
    id: int | None = None


@dataclass
class Item:
    """One questionnaire statement, answered 1-5; higher means more of its source."""

    key: str
    text: str
    position: int = 0


@dataclass
class Source:
    """A werkdrukbron or energiebron. Built-in ones carry the catalogue key."""

    name: str
    kind: SourceKind
    explanation: str = ""
    category: str = ""
    catalogue_key: str | None = None
    position: int = 0
    archived: bool = False
    items: list[Item] = field(default_factory=list)
    strand: Strand = Strand.WERKDRUK  # which strand of PSA it belongs to
    id: int | None = None

    @property
    def built_in(self) -> bool:
        return self.catalogue_key is not None


@dataclass
class Team:
    """A team or department as it was in one cycle."""

    name: str
    headcount: int = 0
    hybrid: bool = False  # works time- and place-independently, wholly or partly
    manager: str = ""
    previous_team_id: int | None = None  # the same team in the cycle before
    aggression_risks: list[AggressionRisk] = field(default_factory=list)  # in its work
    id: int | None = None


@dataclass
class SourceRating:
    """Step 2: how one source stands in one team (team None: the whole organisation)."""

    source_id: int
    team_id: int | None
    rating: Rating = Rating.UNRATED
    evidence: Evidence = Evidence.NONE
    evidence_reference: str = ""  # which measurement, meeting or document
    note: str = ""
    id: int | None = None


@dataclass
class TeamBalance:
    """Step 3: the verdict on one team's balance of demands against resources."""

    team_id: int
    verdict: Verdict = Verdict.UNDECIDED
    priority: int | None = None  # 1 = deal with first
    rest_and_recovery: str = ""
    work_private_balance: str = ""
    note: str = ""
    id: int | None = None


@dataclass(frozen=True)
class Target:
    """The imbalance a measure addresses: a source in a team (team None: organisation-wide)."""

    source_id: int
    team_id: int | None


@dataclass
class MeasureEvaluation:
    """Step 6, per measure: did it work and what follows."""

    effect: Effect = Effect.NOT_YET_KNOWN
    how_assessed: str = ""
    outcome: str = ""
    next_steps: str = ""
    evaluated_on: date | None = None


@dataclass
class Measure:
    """Step 4: one measure of the plan van aanpak."""

    title: str
    description: str = ""
    level: Level = Level.ORGANISATION
    responsible: str = ""
    carried_out_by: str = ""
    start_date: date | None = None
    deadline: date | None = None
    budget: str = ""
    status: MeasureStatus = MeasureStatus.PLANNED
    completed_on: date | None = None
    staff_involvement: str = ""
    council_involvement: str = ""  # OR/PVT
    coherence: str = ""  # samenhang with other measures
    targets: list[Target] = field(default_factory=list)
    related_measure_ids: list[int] = field(default_factory=list)
    evaluation: MeasureEvaluation | None = None
    carried_from_measure_id: int | None = None
    # What the measure is for and how its effect will be judged, decided when it is planned
    # (the evaluation afterwards says what came of it).
    intended_result: str = ""
    judge_how: str = ""  # e.g. "groepsgesprek per team", "tweede meting, zelfde bronnen"
    judge_on: date | None = None  # when the effect will be judged
    existing: bool = False  # already in place before this plan: shown, not added by it
    id: int | None = None

    @property
    def is_open(self) -> bool:
        return self.status in (MeasureStatus.PLANNED, MeasureStatus.IN_PROGRESS)


@dataclass
class Attendee:
    """Someone who attended a session, by name; team optional."""

    name: str
    team_id: int | None = None


@dataclass
class InformationSession:
    """Step 5: one session of voorlichting en onderricht."""

    held_on: date | None
    title: str = ""
    form: SessionForm = SessionForm.MEETING
    audience: Audience = Audience.STAFF
    given_by: str = ""
    topics: list[Topic] = field(default_factory=list)
    attendees: list[Attendee] = field(default_factory=list)
    team_counts: dict[int, int] = field(default_factory=dict)  # team id -> number present
    notes: str = ""
    id: int | None = None

    def attendance(self) -> int:
        return len(self.attendees) + sum(self.team_counts.values())


@dataclass
class ProcessEvaluation:
    """Step 6, the process: was it careful, what to do otherwise, how it changes the policy."""

    methods: list[EvaluationMethod] = field(default_factory=list)
    how_it_went: str = ""
    do_differently: str = ""
    policy_changes: str = ""
    evaluated_on: date | None = None


@dataclass
class PlanApproval:
    """Consent of the OR/PVT (WOR art. 27) to the plan and to the RI&E's approach; without
    one, the consultation of the employees concerned (Arbowet art. 12); the employer's sign-off."""

    consent_body: ParticipationBody = ParticipationBody.NONE
    consent_date: date | None = None
    consent_note: str = ""
    employer_signed_by: str = ""
    employer_signed_on: date | None = None
    rie_consent_date: date | None = None  # the OR/PVT consented to the RI&E's approach
    consulted_on: date | None = None  # without OR/PVT: when the employees were consulted
    consultation_how: str = ""
    consultation_outcome: str = ""


class CycleNotLoaded(RuntimeError):
    """Code read the records of a closed cycle before they were loaded from the file: a
    mistake in the program (the window loads older cycles when they are asked for, see
    `OpenDocument.ensure_cycles()`), never the user's."""


class _UnloadedRecords(list[Any]):
    """The records of an older closed cycle that were not read from the file yet (the window
    opens a file with its open cycle and the one before; `storage.records` loads the others
    when a screen, a report or an AVG removal asks). An empty list would say "no measures,
    no sessions", and a verdict worked out from it would be wrong without anyone noticing, so
    every way of reading or changing this one raises `CycleNotLoaded`, and it holds one entry
    of its own underneath, so that code reading its size in C (as `json.dumps` does) does not
    see an empty list either. There is one of it, `NOT_LOADED_RECORDS`; a pickled or copied
    one is that same object again."""

    def __init__(self) -> None:
        super().__init__()
        list.append(self, "(niet geladen)")

    def _refuse(self, *args: Any, **kwargs: Any) -> NoReturn:
        raise CycleNotLoaded("records of a cycle read before they were loaded from the file")

    __getitem__ = __iter__ = __len__ = __contains__ = __reversed__ = __bool__ = _refuse
    __eq__ = __ne__ = __lt__ = __le__ = __gt__ = __ge__ = __add__ = __mul__ = _refuse
    __setitem__ = __delitem__ = __iadd__ = __imul__ = _refuse
    append = extend = insert = remove = pop = clear = sort = reverse = _refuse
    index = count = copy = _refuse
    __hash__ = None

    def __repr__(self) -> str:
        return "NOT_LOADED_RECORDS"

    def __reduce__(self) -> str:
        return "NOT_LOADED_RECORDS"  # pickle and copy find the one module-level object


NOT_LOADED_RECORDS: list[Any] = _UnloadedRecords()


@dataclass
class Cycle:
    """Steps 2-6 for one period, usually a year.

    An older closed cycle the window has not needed yet holds `NOT_LOADED_RECORDS` in each
    list of CYCLE_PARTS but its incidents (`loaded` is False); its own fields are there."""

    number: int
    title: str = ""
    start_date: date | None = None
    end_date: date | None = None
    closed: bool = False
    hybrid_consideration: str = ""  # how hybrid work was taken into account
    no_risk: bool = False  # the outcome "no PSA risk found"
    no_risk_reason: str = ""
    plan_coherence: str = ""  # how the measures hang together, for the plan as a whole
    plan_staff_involvement: str = ""  # how staff helped choose the measures
    teams: list[Team] = field(default_factory=list)
    ratings: list[SourceRating] = field(default_factory=list)
    balances: list[TeamBalance] = field(default_factory=list)
    measures: list[Measure] = field(default_factory=list)
    approval: PlanApproval = field(default_factory=PlanApproval)
    sessions: list[InformationSession] = field(default_factory=list)
    measurements: list[Measurement] = field(default_factory=list)
    conversations: list[GroupConversation] = field(default_factory=list)
    external_studies: list[ExternalStudy] = field(default_factory=list)
    incidents: list[Incident] = field(default_factory=list)  # registered, without names
    process_evaluation: ProcessEvaluation = field(default_factory=ProcessEvaluation)
    id: int | None = None

    @property
    def loaded(self) -> bool:
        return self.teams is not NOT_LOADED_RECORDS


# The lists of a Cycle that hold records of their own (each stored in its own table).
CYCLE_PARTS = ("teams", "ratings", "balances", "measures", "sessions", "measurements",
               "conversations", "external_studies", "incidents")


# The smallest group whose questionnaire results may be shown (AVG: no answer traceable to a
# person). The one value of the program: the file's CHECK constraint repeats it, and a test
# ties the two (tests/test_architecture.py).
MIN_ANONYMOUS_GROUP = 5


@dataclass
class SurveySettings:
    """How questionnaire scores become ratings, and how small a group may be shown.

    Scale means run from 1 (never) to 5 (always). A demand is 'too high' at or above
    `demand_too_high` and needs attention at or above `demand_attention`; a resource is 'too
    low' at or below `resource_too_low` and needs attention at or below `resource_attention`.
    """

    min_group_size: int = MIN_ANONYMOUS_GROUP  # can be raised, never lowered below it
    demand_too_high: float = 3.5
    demand_attention: float = 3.0
    resource_too_low: float = 2.5
    resource_attention: float = 3.0
    # Who sees and enters the paper and kiosk questionnaires; the forms promise no more.
    answers_handled_by: AnswerHandling = AnswerHandling.OWNER


@dataclass
class Organisation:
    profile: Profile
    documents: list[Document] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    cycles: list[Cycle] = field(default_factory=list)
    survey_settings: SurveySettings = field(default_factory=SurveySettings)
    changes: list[OrganisationChange] = field(default_factory=list)  # since the RI&E
    psa_policy: PsaPolicy = field(default_factory=PsaPolicy)

    @property
    def strands(self) -> tuple[Strand, ...]:
        """The strands of PSA this file covers, in the inspector's order."""
        return STRANDS[self.profile.psa_scope]


# What storage keeps in a table of its own, with an id it assigns: `storage.records.Records.save`
# takes any of these (the profile and the survey settings are single rows, saved on their own).
Record: TypeAlias = (
    Document | OrganisationChange | Source | Cycle | Team | SourceRating | TeamBalance | Measure
    | InformationSession | Measurement | GroupConversation | ExternalStudy | Incident
)


def stored_id(record: Record) -> int:
    """The id storage gave `record`. Core works on organisations loaded from a file, where every
    record has one; one without is a programming error, reported here rather than passed on as
    a None that turns up as a wrong key further on."""
    if record.id is None:
        raise ValueError(f"{type(record).__name__} has not been stored")
    return record.id
