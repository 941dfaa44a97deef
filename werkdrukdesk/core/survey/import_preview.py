"""The preview of an answer file: which column is which question, which rows count, what is dropped.

Columns are recognised by header and, where headers say little, by content. A column that can
identify someone (name, e-mail, IP address, timestamp, respondent number) is always dropped:
its cells are blanked in memory as soon as it is recognised and it can never be mapped back.
The caller may change any other column's role and re-evaluate with `Preview.remap`; nothing is
written anywhere until storage imports the accepted rows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from werkdrukdesk.core.catalogue import answer_labels
from werkdrukdesk.core.i18n import translate
from werkdrukdesk.core.model import Response, Source, Team
from werkdrukdesk.core.survey.answer_columns import (
    Column,
    Questionnaire,
    Role,
    forget_column,
    normalised,
    propose_columns,
    remapped_columns,
)
from werkdrukdesk.core.survey.answer_table import Table, read_table

SCALE = range(1, 6)


@dataclass(frozen=True)
class RejectedRow:
    number: int  # the row number as a spreadsheet program shows it
    reason: str  # in the current language, starting with "rij N:"
    unknown_team: bool = field(default=False, compare=False)  # the team named does not exist


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
        columns = remapped_columns(self.columns, self.questionnaire, index, role, item_key)
        if role is Role.IDENTIFYING:
            forget_column(self.table, index)
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
    columns = propose_columns(table, questionnaire)
    for column in columns:
        if column.role is Role.IDENTIFYING:
            forget_column(table, column.index)
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
        if normalised(name) not in q.teams:
            reason = translate("SurveyImport", "rij {number}: team '{team}' bestaat niet")
            return RejectedRow(number, reason.format(number=number, team=_short(name)),
                               unknown_team=True)
        team_id = q.teams[normalised(name)]
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


def _cell(row: list[str], index: int) -> str:
    return row[index].strip() if index < len(row) else ""


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
