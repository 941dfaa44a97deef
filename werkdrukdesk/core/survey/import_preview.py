"""The preview of an answer file: which column is which question, which rows count, what is dropped.

Columns are recognised by header and, where headers say little, by content. A column that can
identify someone (name, e-mail, IP address, timestamp, respondent number) is always dropped:
its cells are blanked in memory as soon as it is recognised and it can never be mapped back.
The caller may change any other column's role and re-evaluate with `Preview.remap`; nothing is
written anywhere until storage imports the accepted rows.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass, field, replace
from enum import StrEnum

from werkdrukdesk.core.catalogue import answer_labels
from werkdrukdesk.core.errors import WerkdrukError
from werkdrukdesk.core.i18n import translate
from werkdrukdesk.core.model import Item, Response, Source, Team
from werkdrukdesk.core.survey.answer_table import Table, read_table

SCALE = range(1, 6)
TEAM_SHARE = 0.5  # share of a column's values that must be team names to take it as the team
SHORT_HEADER_WORDS = 4  # longer headers are questions, not labels such as "Uw e-mailadres"


class Role(StrEnum):
    TEAM = "team"
    ITEM = "item"
    IDENTIFYING = "identifying"  # always dropped
    IGNORED = "ignored"


@dataclass(frozen=True)
class Column:
    index: int
    header: str
    role: Role
    item_key: str | None = None
    why: str = ""  # shown in the notice: what gave an identifying column away

    @property
    def name(self) -> str:
        return self.header or translate("SurveyImport", "kolom {number}").format(
            number=self.index + 1)


@dataclass(frozen=True)
class RejectedRow:
    number: int  # the row number as a spreadsheet program shows it
    reason: str  # in the current language, starting with "rij N:"
    unknown_team: bool = field(default=False, compare=False)  # the team named does not exist


@dataclass(frozen=True)
class Questionnaire:
    """What the answers may refer to: the items of the sources and the teams of the cycle."""

    items: dict[str, Item]
    item_sources: dict[str, int | None]  # item key -> source id
    by_text: dict[str, str]  # normalised item text -> item key
    teams: dict[str, int | None]  # normalised team name -> team id
    team_names: tuple[str, ...]

    @classmethod
    def of(cls, sources: list[Source], teams: list[Team]) -> Questionnaire:
        asked = [(item, s.id) for s in sources if not s.archived for item in s.items]
        return cls(
            items={item.key: item for item, _ in asked},
            item_sources={item.key: source_id for item, source_id in asked},
            by_text={_text_key(item.text): item.key for item, _ in asked},
            teams={_norm(team.name): team.id for team in reversed(teams)},
            team_names=tuple(team.name for team in teams),
        )


@dataclass
class Preview:
    """The proposal for one answer file; `accepted` is what an import would store."""

    columns: list[Column]
    accepted: list[Response]
    rejected: list[RejectedRow]
    notices: list[str]
    description: str
    table: Table = field(repr=False)
    questionnaire: Questionnaire = field(repr=False)

    @property
    def dropped(self) -> list[Column]:
        return [c for c in self.columns if c.role is Role.IDENTIFYING]

    @property
    def item_keys(self) -> list[str]:
        return [c.item_key for c in self.columns if c.role is Role.ITEM and c.item_key]

    def source_ids(self) -> list[int]:
        """The sources whose items have a column, in the order of the questionnaire."""
        mapped = set(self.item_keys)
        ids = [self.questionnaire.item_sources[k] for k in self.questionnaire.items if k in mapped]
        return list(dict.fromkeys(i for i in ids if i is not None))

    def remap(self, index: int, role: Role, item_key: str | None = None) -> Preview:
        """A new preview with column `index` given another role (and item); others give way."""
        role = Role(role)
        columns = _remapped(self.columns, self.questionnaire, index, role, item_key)
        if role is Role.IDENTIFYING:
            _forget(self.table, index)
        return evaluate(self.table, self.questionnaire, columns)

    def counts(self) -> str:
        """Rows read against rows an import stores: no row goes missing without a word."""
        return translate("SurveyImport", "{read} rijen gelezen: {accepted} worden opgeslagen, "
                         "{rejected} afgewezen.").format(
            read=len(self.table.rows), accepted=len(self.accepted), rejected=len(self.rejected))

    def empty_reason(self) -> str:
        """Why nothing can be imported, as one sentence ('' when something can)."""
        if self.accepted:
            return ""
        if not self.item_keys:
            return translate("SurveyImport", "Er is niets ingelezen: geen kolom hoort bij een "
                             "vraag uit de vragenlijst.")
        if not self.rejected:
            return translate("SurveyImport", "Er is niets ingelezen: het bestand bevat geen "
                             "ingevulde vragenlijsten.")
        return translate(
            "SurveyImport", "Er is niets ingelezen: alle {count} rijen zijn afgewezen, "
            "bijvoorbeeld {reason}."
        ).format(count=len(self.rejected), reason=self.rejected[0].reason)


def preview_answers(
    data: bytes, sources: list[Source], teams: list[Team], file_name: str = ""
) -> Preview:
    """Read a CSV or XLSX answer file and propose how to import it; writes nothing."""
    table = read_table(data, file_name)
    questionnaire = Questionnaire.of(sources, teams)
    columns = _propose(table, questionnaire)
    for column in columns:
        if column.role is Role.IDENTIFYING:
            _forget(table, column.index)
    return evaluate(table, questionnaire, columns)


def evaluate(table: Table, questionnaire: Questionnaire, columns: list[Column]) -> Preview:
    """Accept or reject every row under the given column roles."""
    team = next((c for c in columns if c.role is Role.TEAM), None)
    items = [c for c in columns if c.role is Role.ITEM]
    accepted: list[Response] = []
    rejected: list[RejectedRow] = []
    if items:
        for number, row in zip(table.numbers, table.rows):
            outcome = _judge_row(number, row, team, items, questionnaire)
            if isinstance(outcome, RejectedRow):
                rejected.append(outcome)
            else:
                accepted.append(outcome)
    notices = [*table.notices, *_notices(columns, rejected, questionnaire)]
    return Preview(columns, accepted, rejected, notices, table.description, table, questionnaire)


# -- answers -------------------------------------------------------------------------------


def parse_answer(text: str) -> int | None:
    """'4', '4,0', 'vaak', '4 - vaak' -> 4; '' -> None; anything else raises ValueError."""
    text = " ".join(text.split()).casefold()
    if not text:
        return None
    words = _answer_words()
    if text.strip("()") in words:
        return words[text.strip("()")]
    match = re.fullmatch(r"([1-5])(?:[.,]0+)?\s*(?:[-–—:.)=]\s*)?\(?(\D*?)\)?", text)
    if match is None:
        raise ValueError(text)
    value, word = int(match.group(1)), match.group(2).strip()
    if word and words.get(word) != value:
        raise ValueError(text)  # "2 - altijd" contradicts itself
    return value


def _answer_words() -> dict[str, int]:
    words = {}
    for language in ("en", "nl"):
        words.update({label.casefold(): value for value, label in answer_labels(language).items()})
    return words


def _judge_row(
    number: int, row: list[str], team: Column | None, items: list[Column], q: Questionnaire
) -> Response | RejectedRow:
    team_id = None
    name = _cell(row, team.index) if team else ""
    if name:
        if _norm(name) not in q.teams:
            reason = translate("SurveyImport", "rij {number}: team '{team}' bestaat niet")
            return RejectedRow(number, reason.format(number=number, team=_short(name)),
                               unknown_team=True)
        team_id = q.teams[_norm(name)]
    answers: dict[str, int] = {}
    for column in items:
        text = _cell(row, column.index)
        try:
            value = parse_answer(text)
        except ValueError:
            return RejectedRow(number, translate(
                "SurveyImport", "rij {number}: waarde '{value}' bij vraag '{question}' is geen "
                "antwoord van 1 tot en met 5").format(
                    number=number, value=_short(text), question=_short(column.name)))
        if value is not None and column.item_key is not None:  # an item column has its key
            answers[column.item_key] = value
    if not answers:
        return RejectedRow(number, translate(
            "SurveyImport", "rij {number}: geen enkele vraag beantwoord").format(number=number))
    return Response(team_id, answers)


# -- recognising columns -------------------------------------------------------------------

_IDENTIFYING_HEADERS = frozenset({
    "naam", "name", "voornaam", "achternaam", "volledige naam", "full name", "e-mail", "email",
    "e-mailadres", "emailadres", "mail", "mailadres", "e-mail address", "email address", "ip",
    "ip-adres", "ipadres", "ip adres", "ip address", "tijdstempel", "timestamp", "datum", "tijd",
    "datum/tijd", "datum en tijd", "start time", "starttijd", "begintijd", "completion time",
    "eindtijd", "voltooiingstijd", "last modified time", "id", "respondent id", "respondent",
    "response id", "telefoon", "telefoonnummer", "phone", "ingevuld op", "submitted at",
})
_IDENTIFYING_WORDS = re.compile(
    r"\b(naam|name|e-?mail\w*|mail\w*|ip|ip-?ad\w*|tijdstempel|timestamp|telefoon\w*|phone"
    r"|respondent\w*|id|datum|tijd|date|time)\b"
)
_TEAM_HEADERS = frozenset({
    "team", "afdeling", "locatie", "groep", "vestiging", "team/afdeling", "afdeling/team",
    "department", "group", "mijn team", "uw team", "jouw team",
})
_TEAM_WORDS = re.compile(r"\b(team|afdeling|locatie|groep|vestiging)\b")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]{2,}")
_IPV4 = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")
_DATE = re.compile(r"(?<!\d)\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}(?!\d)")
_TIME = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?!\d)")
_NUMBER_PREFIX = re.compile(r"^(?:vraag\s*|q)?\d{1,3}(?:\s*[.):-]\s*|\s+)")
_BRACKETED = re.compile(r"[\[(<{]([^\[\]()<>{}]+)[\])>}]")


def _propose(table: Table, q: Questionnaire) -> list[Column]:
    ranked = []
    for index in range(table.width):
        header = table.header[index].strip() if index < len(table.header) else ""
        values = [v.strip() for v in table.column(index) if v.strip()]
        ranked.append(_classify(index, header, values, q))
    candidates = [(rank, column.index) for column, rank in ranked if column.role is Role.TEAM]
    best_team = min(candidates)[1] if candidates else None
    columns: list[Column] = []
    seen: dict[str, str] = {}
    for column, _ in ranked:
        if column.role is Role.TEAM and column.index != best_team:
            column = replace(column, role=Role.IGNORED, why=_other_team_column())
        elif column.role is Role.ITEM and column.item_key in seen:
            why = translate("SurveyImport", "dezelfde vraag als '{column}'").format(
                column=seen[column.item_key])
            column = replace(column, role=Role.IGNORED, item_key=None, why=why)
        elif column.role is Role.ITEM and column.item_key is not None:
            seen[column.item_key] = column.name
        columns.append(column)
    return columns


def _classify(index: int, header: str, values: list[str], q: Questionnaire) -> tuple[Column, int]:
    """The proposed role and, for a team candidate, its rank (lower is surer)."""
    key = _item_for_header(header, q)
    if key:
        return Column(index, header, Role.ITEM, key), 0
    norm = _norm(header).strip(" :?*")  # "_" stays: "time_pressure_9" has no word "time"
    if norm in _TEAM_HEADERS:
        return Column(index, header, Role.TEAM), 0
    giveaway = _identifying_content(values)
    if giveaway:
        why = translate("SurveyImport", "bevat {what}").format(what=giveaway)
        return Column(index, header, Role.IDENTIFYING, why=why), 0
    team_word = bool(_TEAM_WORDS.search(norm))
    share = sum(_norm(v) in q.teams for v in values) / len(values) if values else 0.0
    if team_word and share >= TEAM_SHARE:
        return Column(index, header, Role.TEAM), 1
    short = len(norm.split()) <= SHORT_HEADER_WORDS
    exact = norm.replace("_", " ") in _IDENTIFYING_HEADERS  # "respondent_id", "ip_address"
    if exact or (short and _IDENTIFYING_WORDS.search(norm)):
        return Column(index, header, Role.IDENTIFYING), 0
    if team_word or share >= TEAM_SHARE:
        return Column(index, header, Role.TEAM), 2 if team_word else 3
    return Column(index, header, Role.IGNORED), 0


def _item_for_header(header: str, q: Questionnaire) -> str | None:
    norm = _norm(header)
    if not norm:
        return None
    for candidate in (norm, *(_norm(b) for b in reversed(_BRACKETED.findall(header)))):
        if candidate in q.items:
            return candidate
        key = q.by_text.get(_text_key(candidate))
        if key:
            return key
    return None


def _identifying_content(values: list[str]) -> str:
    for value in values:
        if _EMAIL.search(value):
            return translate("SurveyImport", "e-mailadressen")
        if _IPV4.search(value) or _is_ipv6(value):
            return translate("SurveyImport", "IP-adressen")
        if _DATE.search(value) or _TIME.search(value):
            return translate("SurveyImport", "datums of tijden")
    return ""


def _is_ipv6(value: str) -> bool:
    text = value.strip().strip("[]").split("%")[0]
    if text.count(":") < 2:
        return False
    try:
        ipaddress.IPv6Address(text)
    except ValueError:
        return False
    return True


def _remapped(
    columns: list[Column], q: Questionnaire, index: int, role: Role, item_key: str | None
) -> list[Column]:
    if not 0 <= index < len(columns):
        raise WerkdrukError(translate(
            "SurveyImport", "Kolom {number} bestaat niet in dit bestand.").format(
                number=index + 1))
    if columns[index].role is Role.IDENTIFYING:
        raise WerkdrukError(translate(
            "SurveyImport", "Kolom '{column}' kan iemand herkenbaar maken en wordt nooit "
            "ingelezen.").format(column=columns[index].name))
    if role is Role.ITEM and item_key not in q.items:
        raise WerkdrukError(translate(
            "SurveyImport", "Er is geen vraag '{question}' in de vragenlijst.").format(
                question=item_key))
    key = item_key if role is Role.ITEM else None
    result = []
    for column in columns:
        if column.index == index:
            column = Column(index, column.header, role, key)
        elif role is Role.TEAM and column.role is Role.TEAM:
            column = replace(column, role=Role.IGNORED, why=_other_team_column())
        elif role is Role.ITEM and column.item_key == key:
            why = translate("SurveyImport", "vraag gaat naar '{column}'").format(
                column=columns[index].name)
            column = replace(column, role=Role.IGNORED, item_key=None, why=why)
        result.append(column)
    return result


def _other_team_column() -> str:
    return translate("SurveyImport", "een andere kolom is het team")


def _forget(table: Table, index: int) -> None:
    """Identifying values are not kept around, not even in memory, once recognised."""
    for row in table.rows:
        if index < len(row):
            row[index] = ""


# -- notices -------------------------------------------------------------------------------


def _notices(columns: list[Column], rejected: list[RejectedRow], q: Questionnaire) -> list[str]:
    notices = []
    dropped = [c for c in columns if c.role is Role.IDENTIFYING]
    if dropped:
        notices.append(translate(
            "SurveyImport", "Deze kolommen kunnen iemand herkenbaar maken en worden niet "
            "ingelezen: {columns}.").format(columns=_listing(dropped)))
    ignored = [c for c in columns if c.role is Role.IGNORED and (c.header or c.why)]
    if ignored:
        notices.append(translate(
            "SurveyImport", "Niet gebruikt, want geen vraag of team: {columns}.").format(
                columns=_listing(ignored)))
    if not any(c.role is Role.ITEM for c in columns):
        notices.append(translate(
            "SurveyImport", "Geen enkele kolom hoort bij een vraag uit de vragenlijst."))
    if not any(c.role is Role.TEAM for c in columns):
        notices.append(translate(
            "SurveyImport", "Er is geen kolom met het team gevonden: de antwoorden tellen alleen "
            "mee voor de hele organisatie."
        ))
    if any(r.unknown_team for r in rejected):
        names = ", ".join(q.team_names) or translate(
            "SurveyImport", "(nog geen teams vastgelegd)")
        notices.append(translate(
            "SurveyImport", "De teams in deze cyclus zijn: {teams}.").format(teams=names))
    return notices


def _listing(columns: list[Column]) -> str:
    return ", ".join(f"'{c.name}'" + (f" ({c.why})" if c.why else "") for c in columns)


# -- text ----------------------------------------------------------------------------------


def _norm(text: str) -> str:
    return " ".join(text.replace("\u2019", "'").split()).casefold()


def _text_key(text: str) -> str:
    """An item text as a form tool may have changed it: case, spaces, numbering, final stop."""
    text = _NUMBER_PREFIX.sub("", _norm(text))
    return text.rstrip(" .?!:;*")


def _cell(row: list[str], index: int) -> str:
    return row[index].strip() if index < len(row) else ""


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
