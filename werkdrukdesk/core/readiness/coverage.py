"""How far voorlichting and evaluation reach in one cycle: topics, people, evaluated measures.

Staff must hear every topic of the flyer except recognising signals in others, which is for
managers. People are counted by name where the owner wrote names and by number per team
otherwise; anonymous counts cannot be told apart across sessions, so every 'reached' figure
here is a lower bound (at least this many), never a sum that counts a person twice.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date

from werkdrukdesk.core import model as m
from werkdrukdesk.core.dates import format_date
from werkdrukdesk.core.i18n import translate
from werkdrukdesk.core.labels import label
from werkdrukdesk.core.readiness.memo import once_per_judgement

STAFF_TOPICS: tuple[m.Topic, ...] = tuple(
    t for t in m.STRAND_TOPICS[m.Strand.WERKDRUK] if t != m.Topic.SIGNALS_IN_OTHERS)
MANAGER_TOPICS: tuple[m.Topic, ...] = (m.Topic.SIGNALS_IN_OTHERS,)
FOR_STAFF = (m.Audience.STAFF, m.Audience.EVERYONE)
FOR_MANAGERS = (m.Audience.MANAGERS, m.Audience.EVERYONE)


# -- topics --------------------------------------------------------------------------------


@dataclass(frozen=True)
class TopicCoverage:
    """Topics in the order of the flyer; `*_missing` are the ones still required."""

    staff_covered: tuple[m.Topic, ...]
    staff_missing: tuple[m.Topic, ...]
    managers_covered: tuple[m.Topic, ...]
    managers_missing: tuple[m.Topic, ...]

    @property
    def complete(self) -> bool:
        return not self.staff_missing and not self.managers_missing


def topics_for(
    sessions: list[m.InformationSession], audiences: tuple[m.Audience, ...]
) -> set[m.Topic]:
    return {t for s in sessions if s.audience in audiences for t in s.topics}


def topic_coverage(cycle: m.Cycle) -> TopicCoverage:
    """Topics covered by sessions someone attended: a session with nobody recorded as present
    told nobody anything (voorlichting is brought to people, Arbowet art. 8)."""
    held = [s for s in cycle.sessions if s.attendance() > 0]
    staff = topics_for(held, FOR_STAFF)
    managers = topics_for(held, FOR_MANAGERS)
    return TopicCoverage(
        staff_covered=tuple(t for t in STAFF_TOPICS if t in staff),
        staff_missing=tuple(t for t in STAFF_TOPICS if t not in staff),
        managers_covered=tuple(t for t in m.Topic if t in managers),
        managers_missing=tuple(t for t in MANAGER_TOPICS if t not in managers),
    )


def strand_topics_missing(cycle: m.Cycle, strands: tuple[m.Strand, ...]) -> tuple[m.Topic, ...]:
    """The voorlichting topics of `strands` (m.STRAND_TOPICS) that staff have not yet heard in
    a session someone attended, each once, in the strands' order. Same rule as
    `topic_coverage`: a session without anyone present told nobody anything."""
    held = [s for s in cycle.sessions if s.attendance() > 0]
    heard = topics_for(held, FOR_STAFF)
    wanted = dict.fromkeys(t for strand in strands for t in m.STRAND_TOPICS[strand])
    return tuple(t for t in wanted if t not in heard)


def misplaced_manager_topic(session: m.InformationSession) -> bool:
    """Signals in others was ticked for a session managers did not attend: it will not count."""
    return m.Topic.SIGNALS_IN_OTHERS in session.topics and session.audience not in FOR_MANAGERS


def session_warnings(session: m.InformationSession, teams: list[m.Team]) -> list[str]:
    """Things that make a session count for less than the owner may think."""
    warnings = []
    if session.topics and not session.attendance():
        warnings.append(translate(
            "Coverage", "Nog niemand staat als aanwezig genoteerd: de onderwerpen tellen pas mee "
            "als u vastlegt wie er waren of hoeveel mensen per team."))
    if misplaced_manager_topic(session):
        warnings.append(translate(
            "Coverage", "Signalen bij medewerkers herkennen telt alleen mee voor leidinggevenden "
            "als de doelgroep '{managers}' of '{everyone}' is."
        ).format(managers=label(m.Audience.MANAGERS), everyone=label(m.Audience.EVERYONE)))
    present = present_per_team(session)
    for team in teams:
        if team.headcount and present.get(team.id, 0) > team.headcount:
            warnings.append(translate(
                "Coverage", "Bij {team} staan meer aanwezigen ({present}) dan het team "
                "medewerkers heeft ({headcount})."
            ).format(team=team.name, present=present[team.id], headcount=team.headcount))
    return warnings


# -- people reached ------------------------------------------------------------------------


@dataclass(frozen=True)
class TeamReach:
    team_id: int
    name: str
    headcount: int
    reached: int  # at least this many different people of the team

    @property
    def percent(self) -> int:
        return _percent(self.reached, self.headcount)

    @property
    def missing(self) -> int:
        """How many of the team's headcount have not been reached (at most this many)."""
        return max(0, self.headcount - self.reached)

    @property
    def gap(self) -> bool:
        """Someone of the team still needs voorlichting: fewer reached than its headcount, or
        nobody at all where the headcount is not known."""
        return self.missing > 0 or (self.headcount <= 0 and self.reached == 0)


@dataclass(frozen=True)
class Reach:
    teams: tuple[TeamReach, ...]
    reached: int  # at least this many different people in all
    headcount: int

    @property
    def percent(self) -> int:
        return _percent(self.reached, self.headcount)

    @property
    def unreached_teams(self) -> tuple[TeamReach, ...]:
        return tuple(t for t in self.teams if t.reached == 0 and t.headcount > 0)

    @property
    def gaps(self) -> tuple[TeamReach, ...]:
        """Teams in which not everyone has been reached yet."""
        return tuple(t for t in self.teams if t.gap)


def _percent(part: int, whole: int) -> int:
    return min(100, round(100 * part / whole)) if whole > 0 else 0


@functools.lru_cache(maxsize=4096)  # a plain function of the text; asked per attendee per judgement
def name_key(name: str) -> str:
    """Two spellings of one name ('ayşe  yılmaz ', 'Ayşe Yılmaz') count as one person."""
    return " ".join(name.split()).casefold()


def present_per_team(session: m.InformationSession) -> dict[int | None, int]:
    """People present in one session per team (None: named people without a team)."""
    present: dict[int | None, int] = {}
    for attendee in session.attendees:
        present[attendee.team_id] = present.get(attendee.team_id, 0) + 1
    for team_id, count in session.team_counts.items():
        present[team_id] = present.get(team_id, 0) + max(count, 0)
    return present


def _named_per_team(sessions: list[m.InformationSession]) -> dict[int | None, set[str]]:
    """Different named people per team; a person's team is the first one given for them."""
    team_of: dict[str, int | None] = {}
    for session in sessions:
        for attendee in session.attendees:
            key = name_key(attendee.name)
            if key and team_of.get(key) is None:
                team_of[key] = attendee.team_id
    named: dict[int | None, set[str]] = {}
    for key, team_id in team_of.items():
        named.setdefault(team_id, set()).add(key)
    return named


def team_reach(team: m.Team, best_session: int, named: set[str]) -> TeamReach:
    """The larger of: different named people of the team, and its best single session."""
    reached = max(len(named), best_session)
    if team.headcount > 0:
        reached = min(reached, team.headcount)
    return TeamReach(m.stored_id(team), team.name, team.headcount, reached)


def _best_session_per_team(sessions: list[m.InformationSession]) -> dict[int | None, int]:
    """Per team, the most of its people present at any one session (each session counted
    once, not once per team: the readiness checks ask this after every edit)."""
    best: dict[int | None, int] = {}
    for session in sessions:
        for team_id, present in present_per_team(session).items():
            best[team_id] = max(best.get(team_id, 0), present)
    return best


def is_planned(session: m.InformationSession, today: date) -> bool:
    """A session dated after today has not been held yet: it is planned."""
    return session.held_on is not None and session.held_on > today


def held_sessions(cycle: m.Cycle, today: date | None) -> list[m.InformationSession]:
    return [s for s in cycle.sessions if today is None or not is_planned(s, today)]


def planned_sessions(cycle: m.Cycle, today: date) -> list[m.InformationSession]:
    """Sessions for staff still to come, soonest first: they may close a gap in reach."""
    planned = [s for s in cycle.sessions
               if is_planned(s, today) and s.audience in FOR_STAFF]
    return sorted(planned, key=lambda s: s.held_on or today)


@once_per_judgement
def reach(cycle: m.Cycle, headcount_fallback: int = 0, today: date | None = None) -> Reach:
    """People reached by the sessions of the cycle, per team and in total; given `today`, only
    the sessions held by then count (one dated later is planned and reached nobody yet).

    The total headcount is the sum of the teams' headcounts, or `headcount_fallback` (the
    profile's headcount) when the teams have none recorded. Reach never exceeds the headcount:
    more people named than a team counts (a manager, a temp) still reached everyone, not more.
    """
    sessions = held_sessions(cycle, today)
    named = _named_per_team(sessions)
    best = _best_session_per_team(sessions)
    teams = tuple(team_reach(t, best.get(t.id, 0), named.get(t.id, set())) for t in cycle.teams)
    all_named = sum(len(names) for names in named.values())
    best_session = max((s.attendance() for s in sessions), default=0)
    reached = max(sum(t.reached for t in teams), all_named, best_session)
    headcount = sum(t.headcount for t in cycle.teams) or headcount_fallback
    return Reach(teams, min(reached, headcount) if headcount > 0 else reached, headcount)


def newcomers_note() -> str:
    """What the file cannot know: it holds no start dates, so it cannot see who joined since
    the last session. Said honestly wherever reach is shown, instead of a guess."""
    return translate(
        "Coverage", "Wie er sinds de laatste voorlichting bij is gekomen, kan het programma niet "
        "zien: het kent geen datums van indiensttreding. Tel nieuwe medewerkers mee in het "
        "aantal van hun team en geef hun voorlichting bij de start.")


def gap_lines(cycle: m.Cycle, today: date, headcount_fallback: int = 0) -> list[str]:
    """Per team not yet fully reached: how many of its headcount are still to be reached;
    then the planned sessions that may close the gap (the check `everyone` judges the same)."""
    lines = []
    for team in reach(cycle, headcount_fallback, today).gaps:
        if team.headcount > 0:
            lines.append(translate(
                "Coverage", "{team}: {missing} van de {headcount} medewerkers nog niet bereikt."
            ).format(team=team.name, missing=team.missing, headcount=team.headcount))
        else:
            lines.append(translate(
                "Coverage", "{team}: nog niemand bereikt, en het aantal medewerkers is niet "
                "ingevuld.").format(team=team.name))
    for session in planned_sessions(cycle, today):
        lines.append(translate("Coverage", "Gepland op {day}: {title}.").format(
            day=format_date(session.held_on), title=session.title or label(session.form)))
    return lines


# -- evaluation ----------------------------------------------------------------------------


def awaits_evaluation(measure: m.Measure) -> bool:
    """Carried out, but nobody has yet said whether it worked."""
    evaluation = measure.evaluation
    done = measure.status == m.MeasureStatus.DONE and not measure.existing
    return done and (evaluation is None or evaluation.effect == m.Effect.NOT_YET_KNOWN)


def measures_awaiting_evaluation(cycle: m.Cycle) -> list[m.Measure]:
    return [x for x in cycle.measures if awaits_evaluation(x)]


def problems_measure_evaluation(
    measure: m.Measure, evaluation: m.MeasureEvaluation, today: date
) -> list[str]:
    problems = []
    known = evaluation.effect != m.Effect.NOT_YET_KNOWN
    if known and not evaluation.how_assessed.strip():
        problems.append(translate(
            "Coverage", "Schrijf op hoe u heeft vastgesteld of de maatregel werkt."))
    if evaluation.evaluated_on and evaluation.evaluated_on > today:
        problems.append(translate("Coverage", "De datum van de evaluatie ligt in de toekomst."))
    if evaluation.effect == m.Effect.NOT_EFFECTIVE and not evaluation.next_steps.strip():
        problems.append(translate(
            "Coverage", "De maatregel werkt niet: schrijf op wat u nu gaat doen."))
    if known and measure.status in (m.MeasureStatus.PLANNED,):
        problems.append(translate(
            "Coverage", "De maatregel staat nog op '{planned}'; kan het effect al bekend "
            "zijn?").format(planned=label(m.MeasureStatus.PLANNED)))
    return problems


def problems_process_evaluation(cycle: m.Cycle, today: date) -> list[str]:
    process = cycle.process_evaluation
    problems = []
    second = m.EvaluationMethod.SECOND_MEASUREMENT in process.methods
    if second and len(cycle.measurements) == 1:
        problems.append(translate(
            "Coverage", "Voor een vergelijking zijn twee metingen in deze cyclus nodig, met "
            "dezelfde bronnen; er is er nu 1."
        ))
    elif second and len(cycle.measurements) < 2:
        problems.append(translate(
            "Coverage", "Voor een vergelijking zijn twee metingen in deze cyclus nodig, met "
            "dezelfde bronnen; er zijn er nu {count}."
        ).format(count=len(cycle.measurements)))
    if process.evaluated_on and process.evaluated_on > today:
        problems.append(translate("Coverage", "De datum van de evaluatie ligt in de toekomst."))
    if process.methods and not process.how_it_went.strip():
        problems.append(translate("Coverage", "Schrijf kort op hoe het proces is verlopen."))
    return problems
