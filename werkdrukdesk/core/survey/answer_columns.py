"""Recognising the columns of an answer file: which is the team, which a question, which could
identify someone and is dropped. Part of the import preview (`core.survey.import_preview`).

Columns are recognised by header and, where headers say little, by content: a column of team
names is the team, a column of e-mail addresses, IP addresses, dates with times or respondent
numbers identifies people, whatever its header says.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass, replace
from enum import StrEnum

from werkdrukdesk.core.errors import WerkdrukError
from werkdrukdesk.core.i18n import translate
from werkdrukdesk.core.model import Item, Source, Team
from werkdrukdesk.core.survey.answer_table import Table

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
            teams={normalised(team.name): team.id for team in reversed(teams)},
            team_names=tuple(team.name for team in teams),
        )


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


def propose_columns(table: Table, q: Questionnaire) -> list[Column]:
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
    norm = normalised(header).strip(" :?*")  # "_" stays: "time_pressure_9" has no word "time"
    if norm in _TEAM_HEADERS:
        return Column(index, header, Role.TEAM), 0
    giveaway = _identifying_content(values)
    if giveaway:
        why = translate("SurveyImport", "bevat {what}").format(what=giveaway)
        return Column(index, header, Role.IDENTIFYING, why=why), 0
    team_word = bool(_TEAM_WORDS.search(norm))
    share = sum(normalised(v) in q.teams for v in values) / len(values) if values else 0.0
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
    norm = normalised(header)
    if not norm:
        return None
    for candidate in (norm, *(normalised(b) for b in reversed(_BRACKETED.findall(header)))):
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


def remapped_columns(
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


def forget_column(table: Table, index: int) -> None:
    """Identifying values are not kept around, not even in memory, once recognised."""
    for row in table.rows:
        if index < len(row):
            row[index] = ""


def normalised(text: str) -> str:
    return " ".join(text.replace("\u2019", "'").split()).casefold()


def _text_key(text: str) -> str:
    """An item text as a form tool may have changed it: case, spaces, numbering, final stop."""
    text = _NUMBER_PREFIX.sub("", normalised(text))
    return text.rstrip(" .?!:;*")
