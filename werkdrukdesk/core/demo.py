"""A realistic sample organisation, complete with history, for trying the program and for tests.

`build_demo` returns an `Organisation` whose objects all carry ids and whose references all
resolve, as if it had been loaded from a file. Everything is drawn from one `random.Random`,
so the same size, date and seed give the same organisation. Dates are relative to `today`:
the newest cycle is open and running, earlier ones are closed history.

The questionnaire answers come from a simple model: each team has a "strain" per source
(`demo_content.TeamSpec.strain`); the strain eases over the cycles and, within a cycle,
between the first and the second measurement, so comparisons show something.
"""

from __future__ import annotations

import dataclasses

import copy
import random
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from werkdrukdesk.core import demo_content as content
from werkdrukdesk.core import model as m
from werkdrukdesk.core.catalogue import builtin_sources
from werkdrukdesk.core.dates import format_date
from werkdrukdesk.core.errors import WerkdrukError
from werkdrukdesk.core.labels import rating_label

CYCLE_DAYS = 365
OPEN_CYCLE_AGE = 240  # days the open cycle has been running
FIRST_MEASUREMENT_DAY = 21  # days after the start of a cycle
DISCUSSION_DAY = 35
EMPLOYER_SIGN_DAY = 49
CONSENT_DAY = 63
SECOND_MEASUREMENT_DAY = 200
DEMAND_BASE, RESOURCE_BASE = 2.5, 3.6  # mean answers of a team without strain
PROBLEM_EXCESS, ATTENTION_EXCESS = 0.85, 0.45  # how far past the base a mean must be
MIN_GROUP = 5  # no results for smaller groups
ALL = "*"  # statistics key for every respondent together
VERDICT_RANK = {m.Verdict.OUT_OF_BALANCE: 2, m.Verdict.AT_RISK: 1, m.Verdict.IN_BALANCE: 0}
LEVEL_RANK = {m.Level.ORGANISATION: 0, m.Level.TEAM: 1, m.Level.INDIVIDUAL: 2}


def build_demo(size: str = "small", today: date | None = None, seed: int = 7) -> m.Organisation:
    """A sample organisation: "small" (18 staff, 2 cycles) or "large" (250 staff, 3 cycles)."""
    spec = content.SIZES.get(size)
    if spec is None:
        raise WerkdrukError(f"Onbekende omvang '{size}' voor het voorbeeld; kies small of large.")
    return _Builder(spec, today or date.today(), random.Random(seed)).build()


def _nl(value: float) -> str:
    return f"{value:.1f}".replace(".", ",")


class _Ids:
    """Simple counters, one per type of object."""

    def __init__(self) -> None:
        self._last: dict[type, int] = defaultdict(int)

    def give(self, obj):
        self._last[type(obj)] += 1
        obj.id = self._last[type(obj)]
        return obj


class _Stats:
    """Sum and count of answers per (team id or ALL, source key), and respondents per team."""

    def __init__(self) -> None:
        self.sums: dict = defaultdict(float)
        self.counts: dict = defaultdict(int)
        self.respondents: dict = defaultdict(int)

    def add(self, team_id, key: str, total: int, n: int) -> None:
        for group in (team_id, ALL):
            self.sums[(group, key)] += total
            self.counts[(group, key)] += n

    def mean(self, group, key: str) -> float | None:
        n = self.counts.get((group, key), 0)
        return self.sums[(group, key)] / n if n else None


@dataclass
class _Ctx:
    """One cycle while it is being built."""

    index: int
    cycle: m.Cycle
    teams: list[tuple[content.TeamSpec, m.Team]]
    prev: _Ctx | None = None
    relief: dict[str, float] = field(default_factory=dict)  # team -> factor for measurement 2
    stats: list[_Stats] = field(default_factory=list)
    rating: dict = field(default_factory=dict)  # (team id or None, key) -> Rating
    excess: dict = field(default_factory=dict)  # (team id, key) -> how far past the base
    rest_measures: list[m.Measure] = field(default_factory=list)
    taken: set[str] = field(default_factory=set)  # measure titles already in this cycle

    @property
    def start(self) -> date:
        return self.cycle.start_date

    def day(self, n: int) -> date:
        return self.start + timedelta(days=n)


class _Builder:
    def __init__(self, spec: content.SizeSpec, today: date, rng: random.Random) -> None:
        self.spec, self.today, self.rng = spec, today, rng
        self.ids = _Ids()
        self.n_cycles = len(spec.cycle_texts)
        self.first_start = today - timedelta(days=OPEN_CYCLE_AGE + CYCLE_DAYS * (self.n_cycles - 1))
        self.sources: dict[str, m.Source] = {}  # catalogue key or demo key -> source
        self.key_of: dict[int, str] = {}
        self.item_shift: dict[str, float] = {}
        self.rosters: dict[str, list[str]] = {}
        self.documents: list[tuple[m.Document, content.DocSpec]] = []
        self.used_org_titles: set[str] = set()

    def build(self) -> m.Organisation:
        org = m.Organisation(profile=self._profile())
        org.documents = [doc for doc, _ in self._documents()]
        org.sources = self._sources()
        self._rosters()
        prev = None
        for index in range(self.n_cycles):
            prev = self._cycle(index, prev)
            org.cycles.append(prev.cycle)
        return org

    # -- organisation -------------------------------------------------------------------------

    def _profile(self) -> m.Profile:
        rie_date = self.first_start + timedelta(days=self.spec.rie_day)
        after = self.spec.review_after_days
        review_date = rie_date + timedelta(days=after) if after is not None else None
        return m.Profile(**self.spec.profile, rie_date=rie_date, rie_review_date=review_date)

    def _documents(self) -> list[tuple[m.Document, content.DocSpec]]:
        for d in sorted(self.spec.documents, key=lambda d: d.day):
            when = self.first_start + timedelta(days=d.day)
            doc = m.Document(d.title.format(year=when.year), d.kind, when, d.reference, d.summary)
            self.documents.append((self.ids.give(doc), d))
        return self.documents

    def _sources(self) -> list[m.Source]:
        sources = builtin_sources()
        for custom in self.spec.custom_sources:
            items = [
                m.Item(f"{custom.key}_{n + 1}", text, n) for n, text in enumerate(custom.items)
            ]
            source = m.Source(
                custom.name,
                m.SourceKind(custom.kind),
                custom.explanation,
                custom.category,
                None,
                len(sources),
                custom.archived,
                items,
            )
            sources.append(source)
        for source, spec_key in zip(sources, self._source_keys(sources)):
            self.ids.give(source)
            self.sources[spec_key] = source
            self.key_of[source.id] = spec_key
            for item in source.items:
                self.item_shift[item.key] = self.rng.uniform(-0.2, 0.2)
        return sources

    def _source_keys(self, sources: list[m.Source]) -> list[str]:
        custom = iter(c.key for c in self.spec.custom_sources)
        return [s.catalogue_key or next(custom) for s in sources]

    def _rosters(self) -> None:
        """Names per team, unique across the organisation; managers first."""
        used = set(self.spec.leaders)
        for team in self.spec.teams:
            fixed = list(dict.fromkeys(team.managers + team.staff))
            used.update(fixed)
            roster = fixed
            while len(roster) < max(team.headcounts) + len(team.managers):
                name = (
                    f"{self.rng.choice(content.FIRST_NAMES)} {self.rng.choice(content.LAST_NAMES)}"
                )
                if name not in used:
                    used.add(name)
                    roster.append(name)
            self.rosters[team.name] = roster

    def _members(self, tspec: content.TeamSpec, team: m.Team) -> list[str]:
        """The team in a cycle, by name: its manager of that cycle first."""
        others = [n for n in self.rosters[tspec.name] if n not in tspec.managers]
        return [team.manager] + others[: max(team.headcount - 1, 0)]

    def _key(self, source_id: int) -> str:
        return self.key_of[source_id]

    def _active_keys(self, ctx: _Ctx) -> list[str]:
        return [k for k, s in self.sources.items() if not s.archived or ctx.index == 0]

    def _asked_keys(self) -> list[str]:
        return [k for k, s in self.sources.items() if k in self.spec.asked and not s.archived]

    # -- one cycle ----------------------------------------------------------------------------

    def _cycle(self, index: int, prev: _Ctx | None) -> _Ctx:
        start = self.first_start + timedelta(days=CYCLE_DAYS * index)
        end = start + timedelta(days=CYCLE_DAYS - 1)
        closed = index < self.n_cycles - 1
        title = (
            f"Cyclus {start.year}" if start.year == end.year else f"Cyclus {start.year}-{end.year}"
        )
        text = self.spec.cycle_texts[index]
        cycle = self.ids.give(m.Cycle(index + 1, title, start, end, closed, text.hybrid))
        ctx = _Ctx(index, cycle, self._teams(index, prev), prev)
        cycle.teams = [team for _, team in ctx.teams]
        ctx.relief = {t.name: self.rng.uniform(0.3, 0.9) for t, _ in ctx.teams}
        cycle.measurements = self._measurements(ctx)
        self._team_ratings(ctx)
        cycle.balances = self._balances(ctx)
        cycle.measures = self._measures(ctx)
        self._org_ratings(ctx)
        cycle.plan_coherence = self._plan_coherence(ctx, text)
        cycle.approval = self._approval(ctx, text)
        cycle.sessions = self._sessions(ctx)
        cycle.process_evaluation = self._process_evaluation(ctx, text)
        return ctx

    def _teams(self, index: int, prev: _Ctx | None) -> list[tuple[content.TeamSpec, m.Team]]:
        previous = {t.name: t.id for _, t in prev.teams} if prev else {}
        teams = []
        for tspec in self.spec.teams:
            team = m.Team(
                tspec.name,
                tspec.headcounts[index],
                tspec.hybrid,
                tspec.managers[index],
                previous.get(tspec.name),
            )
            teams.append((tspec, self.ids.give(team)))
        return teams

    # -- measurements -------------------------------------------------------------------------

    def _measurements(self, ctx: _Ctx) -> list[m.Measurement]:
        result = []
        for phase, name in enumerate(self.spec.measurement_names):
            held = ctx.day(SECOND_MEASUREMENT_DAY if phase else FIRST_MEASUREMENT_DAY)
            stats = _Stats()
            responses = [self.ids.give(r) for r in self._responses(ctx, phase, stats)]
            method = self.spec.methods[ctx.index][phase]
            measurement = m.Measurement(
                name=name.format(month=content.MONTHS_NL[held.month - 1], year=held.year),
                held_on=held,
                method=method,
                source_ids=[self.sources[k].id for k in self._asked_keys()],
                discussed_with_staff=content.MEASUREMENT_DISCUSSED[phase].format(
                    label=self.spec.discussion_label, date=format_date(held + timedelta(days=14))
                ),
                notes=self._measurement_notes(ctx, responses, method),
                responses=responses,
            )
            ctx.stats.append(stats)
            result.append(self.ids.give(measurement))
        return result

    def _measurement_notes(self, ctx: _Ctx, responses: list[m.Response], method) -> str:
        staff = sum(t.headcount for _, t in ctx.teams)
        share = round(100 * len(responses) / staff) if staff else 0
        text = (
            f"{len(responses)} van de {staff} medewerkers vulden de vragenlijst in ({share} procent). "
            f"Uitkomsten alleen voor groepen van {MIN_GROUP} of meer. {content.METHOD_NOTES[method]}"
        )
        unassigned = sum(1 for r in responses if r.team_id is None)
        if unassigned:
            text += f" Zonder team ingevuld: {unassigned}; die tellen alleen mee voor de hele organisatie."
        return text

    def _responses(self, ctx: _Ctx, phase: int, stats: _Stats) -> list[m.Response]:
        lo, hi = self.spec.participation
        responses = []
        for tspec, team in ctx.teams:
            plan = self._answer_plan(ctx, tspec, phase)
            n = min(
                team.headcount, max(MIN_GROUP, round(team.headcount * self.rng.uniform(lo, hi)))
            )
            stats.respondents[team.id] = n
            responses += [self._response(team.id, plan, stats) for _ in range(n)]
        neutral = self._answer_plan(ctx, None, phase)
        responses += [
            self._response(None, neutral, stats) for _ in range(self.spec.unassigned_responses)
        ]
        return responses

    def _answer_plan(self, ctx: _Ctx, tspec: content.TeamSpec | None, phase: int) -> list:
        """Per asked source: its key, its items with their shift, the team's mean, and the sign."""
        plan = []
        for key in self._asked_keys():
            source = self.sources[key]
            strain = self._strain(ctx, tspec, key, phase) if tspec else 0.0
            demand = source.kind == m.SourceKind.DEMAND
            mean = DEMAND_BASE + strain if demand else RESOURCE_BASE - strain
            items = [(i.key, self.item_shift[i.key]) for i in source.items]
            plan.append((key, items, mean, 1 if demand else -1))
        return plan

    def _strain(self, ctx: _Ctx, tspec: content.TeamSpec, key: str, phase: int) -> float:
        strain = tspec.strain.get(key, 0.0) * self.spec.cycle_factors[ctx.index]
        if ctx.index == self.n_cycles - 1 and ctx.index > 0:
            strain += tspec.later_strain.get(key, 0.0)
        return strain * ctx.relief[tspec.name] if phase else strain

    def _response(self, team_id: int | None, plan: list, stats: _Stats) -> m.Response:
        gauss = self.rng.gauss
        mood = gauss(0.0, 0.3)  # a stressed respondent reports more demands and fewer resources
        answers = {}
        for key, items, mean, sign in plan:
            level = mean + sign * mood + gauss(0.0, 0.3)
            total = 0
            for item_key, shift in items:
                value = round(level + shift + gauss(0.0, 0.5))
                value = 1 if value < 1 else 5 if value > 5 else value
                answers[item_key] = value
                total += value
            stats.add(team_id, key, total, len(items))
        return m.Response(team_id=team_id, answers=answers)

    # -- inventory and balance ----------------------------------------------------------------

    def _team_ratings(self, ctx: _Ctx) -> None:
        for tspec, team in ctx.teams:
            for key in self._active_keys(ctx):
                ctx.cycle.ratings.append(self.ids.give(self._team_rating(ctx, tspec, team, key)))

    def _team_rating(self, ctx: _Ctx, tspec, team: m.Team, key: str) -> m.SourceRating:
        source = self.sources[key]
        stats = ctx.stats[0] if ctx.stats else None
        mean = stats.mean(team.id, key) if stats else None
        if mean is not None and stats.respondents[team.id] >= MIN_GROUP:
            excess = (
                mean - DEMAND_BASE if source.kind == m.SourceKind.DEMAND else RESOURCE_BASE - mean
            )
            rating = _rating_for(excess)
            note = (
                f"Gemiddeld {_nl(mean)} op de schaal van 1 tot 5 (n = {stats.respondents[team.id]}): "
                f"{rating_label(source.kind, rating)}."
            )
            result = m.SourceRating(
                source.id,
                team.id,
                rating,
                m.Evidence.QUESTIONNAIRE,
                ctx.cycle.measurements[0].name,
                note,
            )
        else:
            excess = self._strain(ctx, tspec, key, 0)
            result = self._judged_rating(ctx, source, key, team, _rating_for(excess))
        ctx.rating[(team.id, key)] = result.rating
        ctx.excess[(team.id, key)] = excess
        return result

    def _judged_rating(self, ctx: _Ctx, source, key, team, rating) -> m.SourceRating:
        """A rating from a document or from a group discussion, for sources not in the questionnaire."""
        when = ctx.day(DISCUSSION_DAY)
        if key in self.spec.document_rated:
            doc = self._document_for(key, when)
            return m.SourceRating(
                source.id,
                team.id if team else None,
                rating,
                m.Evidence.DOCUMENT,
                doc.title,
                content.DOCUMENT_NOTES[rating],
            )
        where = (
            f"{team.name}: {self.spec.discussion_label}"
            if team
            else f"Overleg met de {self.spec.roles['body']}"
        )
        return m.SourceRating(
            source.id,
            team.id if team else None,
            rating,
            m.Evidence.GROUP_DISCUSSION,
            f"{where} van {format_date(when)}",
            content.GROUP_DISCUSSION_NOTES[rating],
        )

    def _document_for(self, key: str, when: date) -> m.Document:
        fitting = [
            doc
            for doc, spec in self.documents
            if key in spec.evidence_for and doc.document_date <= when
        ]
        return fitting[-1] if fitting else self.documents[0][0]

    def _org_ratings(self, ctx: _Ctx) -> None:
        """Organisation-wide ratings where several teams share a problem or a measure targets it."""
        targeted = [
            self._key(t.source_id)
            for ms in ctx.cycle.measures
            for t in ms.targets
            if t.team_id is None
        ]
        for key in self._active_keys(ctx):
            rating = self._org_rating_value(ctx, key)
            if rating == m.Rating.FINE and key not in targeted:
                continue
            ctx.rating[(None, key)] = rating
            ctx.cycle.ratings.append(self.ids.give(self._org_rating(ctx, key, rating)))

    def _org_rating_value(self, ctx: _Ctx, key: str) -> m.Rating:
        """A problem for the organisation when it is one in at least a quarter of the teams (and two)."""
        values = [ctx.rating[(team.id, key)] for _, team in ctx.teams]
        problems, attention = values.count(m.Rating.PROBLEM), values.count(m.Rating.ATTENTION)
        enough = max(2, len(values) / 4)
        if problems >= enough:
            return m.Rating.PROBLEM
        if problems + attention >= enough:
            return m.Rating.ATTENTION
        return m.Rating.FINE

    def _org_rating(self, ctx: _Ctx, key: str, rating: m.Rating) -> m.SourceRating:
        source = self.sources[key]
        values = [ctx.rating[(team.id, key)] for _, team in ctx.teams]
        spread = (
            "Per team: "
            + ", ".join(
                f"{values.count(r)} {rating_label(source.kind, r)}"
                for r in (m.Rating.PROBLEM, m.Rating.ATTENTION, m.Rating.FINE)
            )
            + "."
        )
        mean = ctx.stats[0].mean(ALL, key) if ctx.stats else None
        if mean is None:
            judged = self._judged_rating(ctx, source, key, None, rating)
            judged.note = spread
            return judged
        note = f"Hele organisatie gemiddeld {_nl(mean)} op de schaal van 1 tot 5. {spread}"
        return m.SourceRating(
            source.id, None, rating, m.Evidence.QUESTIONNAIRE, ctx.cycle.measurements[0].name, note
        )

    def _balances(self, ctx: _Ctx) -> list[m.TeamBalance]:
        balances, severity = [], []
        for n, (tspec, team) in enumerate(ctx.teams):
            verdict, score = self._verdict(ctx, team)
            balances.append(
                m.TeamBalance(
                    team.id,
                    verdict,
                    None,
                    self._recovery_text(ctx, team, tspec.rest_note, "rest_recovery"),
                    self._recovery_text(ctx, team, tspec.private_note, "work_private_balance"),
                    self._balance_note(ctx, team),
                )
            )
            severity.append((-VERDICT_RANK[verdict], -score, n))
        for priority, (_, _, n) in enumerate(sorted(severity), start=1):
            balances[n].priority = priority
        return [self.ids.give(b) for b in balances]

    def _verdict(self, ctx: _Ctx, team: m.Team) -> tuple[m.Verdict, int]:
        ratings = {k: ctx.rating[(team.id, k)] for k in self._active_keys(ctx)}
        kinds = {k: self.sources[k].kind for k in ratings}
        too_high = [
            k
            for k, r in ratings.items()
            if r == m.Rating.PROBLEM and kinds[k] == m.SourceKind.DEMAND
        ]
        too_low = [
            k
            for k, r in ratings.items()
            if r == m.Rating.PROBLEM and kinds[k] == m.SourceKind.RESOURCE
        ]
        attention = sum(1 for r in ratings.values() if r == m.Rating.ATTENTION)
        score = 2 * (len(too_high) + len(too_low)) + attention
        if len(too_high) + len(too_low) >= 3 or (too_high and too_low):
            return m.Verdict.OUT_OF_BALANCE, score
        if too_high or too_low or attention >= 2:
            return m.Verdict.AT_RISK, score
        return m.Verdict.IN_BALANCE, score

    def _balance_note(self, ctx: _Ctx, team: m.Team) -> str:
        parts = []
        for kind, word in ((m.SourceKind.DEMAND, "Te hoog"), (m.SourceKind.RESOURCE, "Te laag")):
            names = [
                s.name
                for k, s in self.sources.items()
                if s.kind == kind and ctx.rating.get((team.id, k)) == m.Rating.PROBLEM
            ]
            if names:
                parts.append(f"{word}: {'; '.join(names)}.")
        watch = [
            s.name
            for k, s in self.sources.items()
            if ctx.rating.get((team.id, k)) == m.Rating.ATTENTION
        ]
        if watch:
            parts.append(f"Aandacht nodig: {'; '.join(watch)}.")
        return " ".join(parts) or "Geen bronnen te hoog of te laag; de balans is in orde."

    def _recovery_text(self, ctx: _Ctx, team: m.Team, base: str, key: str) -> str:
        source = self.sources.get(key)
        if source is None:
            return base
        label = rating_label(source.kind, ctx.rating[(team.id, key)])
        return f"{base} Uit de inventarisatie: '{source.name}' {label}."

    # -- plan van aanpak ----------------------------------------------------------------------

    def _measures(self, ctx: _Ctx) -> list[m.Measure]:
        carried = self._carried(ctx)
        ctx.taken = {x.title for x in carried}
        new = self._org_measures(ctx) + self._team_measures(ctx) + self._individual_measures(ctx)
        self._schedule(ctx, new)
        measures = sorted(carried + new, key=lambda x: LEVEL_RANK[x.level])
        for measure in measures:
            self.ids.give(measure)
        if ctx.cycle.closed:
            self._closing_statuses(ctx, measures)
        else:
            self._running_statuses(measures)
        self._relate(measures)
        by_id = {x.id: x for x in measures}
        for measure in measures:
            measure.coherence = self._coherence(ctx, measure, by_id)
            measure.evaluation = self._evaluation(ctx, measure)
        return measures

    def _targets(self, keys, team_id: int | None) -> list[m.Target]:
        usable = [
            k for k in dict.fromkeys(keys) if k in self.sources and not self.sources[k].archived
        ]
        return [m.Target(self.sources[k].id, team_id) for k in usable]

    def _carried(self, ctx: _Ctx) -> list[m.Measure]:
        """Copies of the measures still open when the previous cycle closed."""
        if ctx.prev is None:
            return []
        new_team = {t.previous_team_id: t.id for _, t in ctx.teams}
        carried = []
        for old in ctx.prev.cycle.measures:
            if not old.is_open:
                continue
            measure = copy.deepcopy(old)
            measure.carried_from_measure_id = old.id
            measure.evaluation, measure.related_measure_ids = None, []
            measure.targets = [
                m.Target(t.source_id, None if t.team_id is None else new_team[t.team_id])
                for t in old.targets
            ]
            measure.deadline = ctx.day(self.rng.randint(60, 300))
            if any(r is old for r in ctx.prev.rest_measures):
                ctx.rest_measures.append(measure)
            carried.append(measure)
        return carried

    def _org_measures(self, ctx: _Ctx) -> list[m.Measure]:
        """Measures for sources that play in several teams, rest and recovery among them."""
        pool = [
            o
            for o in self.spec.org_measures
            if o.title not in self.used_org_titles and self._targets(o.sources, None)
        ]
        ranked = sorted(pool, key=lambda o: -self._org_score(ctx, o))
        shared = [
            o
            for o in ranked
            if any(
                self._org_rating_value(ctx, k) != m.Rating.FINE
                for k in o.sources
                if k in self.sources
            )
        ]
        rest = [o for o in shared if o.rest][: self.spec.rest_per_cycle]
        rest = rest or [o for o in ranked if o.rest][:1]  # the flyer asks for rest and recovery
        others = [o for o in shared if not o.rest][: self.spec.org_per_cycle - len(rest)]
        chosen = others + rest
        return [self._org_measure(ctx, o) for o in chosen + self._uncovered(ctx, chosen)]

    def _uncovered(
        self, ctx: _Ctx, chosen: list[content.OrgMeasureSpec]
    ) -> list[content.OrgMeasureSpec]:
        """A problem in two or more teams gets an organisation-wide measure, as the flyer wants:
        one from the library, continued from an earlier cycle if it was used before."""
        covered = {k for o in chosen for k in o.sources}
        extra: list[content.OrgMeasureSpec] = []
        for key in self.sources:
            teams_with_problem = sum(
                ctx.rating.get((team.id, key)) == m.Rating.PROBLEM for _, team in ctx.teams
            )
            if teams_with_problem < 2 or key in covered:
                continue
            spec = next((o for o in self.spec.org_measures if key in o.sources), None)
            if spec is None:
                continue
            if spec.title in self.used_org_titles:
                spec = dataclasses.replace(spec, title=f"{spec.title} (vervolg)")
            covered.update(spec.sources)
            extra.append(spec)
        return extra

    def _org_score(self, ctx: _Ctx, spec: content.OrgMeasureSpec) -> int:
        weight = {m.Rating.PROBLEM: 2, m.Rating.ATTENTION: 1}
        return sum(
            weight.get(ctx.rating.get((team.id, key)), 0)
            for key in spec.sources
            for _, team in ctx.teams
        )

    def _org_measure(self, ctx: _Ctx, spec: content.OrgMeasureSpec) -> m.Measure:
        self.used_org_titles.add(spec.title)
        roles = self.spec.roles
        measure = m.Measure(
            title=spec.title,
            description=spec.description,
            level=m.Level.ORGANISATION,
            responsible=roles[spec.responsible],
            carried_out_by=spec.carried_out_by.format(**roles),
            budget=spec.budget,
            staff_involvement=self.rng.choice(content.ORG_STAFF_INVOLVEMENT),
            council_involvement=self.rng.choice(content.ORG_COUNCIL_INVOLVEMENT).format(
                body=roles["body"]
            ),
            targets=self._targets(spec.sources, None),
        )
        if spec.rest:
            ctx.rest_measures.append(measure)
        return measure

    def _team_measures(self, ctx: _Ctx) -> list[m.Measure]:
        body = self.spec.roles["body"]
        result = []
        for n, (_, team) in enumerate(ctx.teams):
            for j, key in enumerate(self._team_focus(ctx, team)):
                title, description, also = self._team_option(ctx, key, ctx.index + n + j, team)
                result.append(
                    m.Measure(
                        title=title,
                        description=description,
                        level=m.Level.TEAM,
                        responsible=team.manager,
                        carried_out_by=self.rng.choice(content.TEAM_CARRIED_OUT_BY).format(
                            manager=team.manager
                        ),
                        budget=self.rng.choice(content.TEAM_BUDGETS),
                        staff_involvement=self.rng.choice(content.TEAM_STAFF_INVOLVEMENT),
                        council_involvement=self.rng.choice(
                            content.TEAM_COUNCIL_INVOLVEMENT
                        ).format(body=body),
                        targets=self._targets((key, *also), team.id),
                    )
                )
        return result

    def _team_option(self, ctx: _Ctx, key: str, start: int, team: m.Team) -> tuple:
        """A measure for this source and team that is not in the plan yet, and preferably new."""
        options = content.TEAM_MEASURES[key]
        rotated = [options[(start + i) % len(options)] for i in range(len(options))]
        named = [(f"{title} ({team.name})", text, also) for title, text, also in rotated]
        before = {x.title for x in ctx.prev.cycle.measures} if ctx.prev else set()
        fresh = [o for o in named if o[0] not in ctx.taken and o[0] not in before]
        chosen = (fresh or [o for o in named if o[0] not in ctx.taken] or named)[0]
        ctx.taken.add(chosen[0])
        return chosen

    def _team_focus(self, ctx: _Ctx, team: m.Team) -> list[str]:
        """The sources a team tackles itself: its worst problems first, then points of attention."""
        verdict = next(b.verdict for b in ctx.cycle.balances if b.team_id == team.id)
        limit = {m.Verdict.OUT_OF_BALANCE: 3, m.Verdict.AT_RISK: 2}.get(verdict, 1)
        keys = [
            k
            for k in self._active_keys(ctx)
            if k in content.TEAM_MEASURES and not self.sources[k].archived
        ]
        keys.sort(key=lambda k: -ctx.excess[(team.id, k)])
        return [k for k in keys if ctx.rating[(team.id, k)] != m.Rating.FINE][:limit]

    def _individual_measures(self, ctx: _Ctx) -> list[m.Measure]:
        count, pool, roles = (
            self.spec.individual_per_cycle,
            content.INDIVIDUAL_MEASURES,
            self.spec.roles,
        )
        result = []
        for j in range(len(pool)):
            if len(result) == count:
                break
            title, description, keys, budget = pool[(ctx.index * count + j) % len(pool)]
            keys = [k for k in keys if k in self.sources]
            team = self._worst_team(ctx, keys[0]) if keys else None
            title = f"{title} ({team.name})" if team else title
            if not keys or title in ctx.taken:
                continue
            ctx.taken.add(title)
            responsible = team.manager if team else roles["hr"]
            result.append(
                m.Measure(
                    title=title,
                    description=description,
                    level=m.Level.INDIVIDUAL,
                    responsible=responsible,
                    carried_out_by=f"De medewerker met {responsible}",
                    budget=budget,
                    staff_involvement=self.rng.choice(content.INDIVIDUAL_STAFF_INVOLVEMENT),
                    council_involvement=self.rng.choice(
                        content.INDIVIDUAL_COUNCIL_INVOLVEMENT
                    ).format(body=roles["body"]),
                    targets=self._targets(keys, team.id if team else None),
                )
            )
        return result

    def _worst_team(self, ctx: _Ctx, key: str) -> m.Team | None:
        best = max(ctx.teams, key=lambda pair: ctx.excess[(pair[1].id, key)])[1]
        return best if ctx.excess[(best.id, key)] > 0 else None

    def _schedule(self, ctx: _Ctx, measures: list[m.Measure]) -> None:
        """Spread start dates over the cycle (organisation first) and give each a term."""
        order = list(range(len(measures)))
        self.rng.shuffle(order)
        for rank, n in enumerate(order):
            measure, share = measures[n], (rank + self.rng.random()) / len(measures)
            if measure.level == m.Level.ORGANISATION:
                start, days = EMPLOYER_SIGN_DAY + round(share * 120), self.rng.randint(90, 240)
            elif measure.level == m.Level.TEAM:
                start, days = EMPLOYER_SIGN_DAY + round(share * 270), self.rng.randint(45, 170)
            else:
                start, days = EMPLOYER_SIGN_DAY + round(share * 250), self.rng.randint(30, 120)
            measure.start_date = ctx.day(start)
            measure.deadline = measure.start_date + timedelta(days=days)

    def _done(self, measure: m.Measure) -> None:
        measure.status = m.MeasureStatus.DONE
        early = timedelta(days=self.rng.randint(0, 14))
        measure.completed_on = max(measure.start_date, measure.deadline - early)

    def _closing_statuses(self, ctx: _Ctx, measures: list[m.Measure]) -> None:
        """What stood when the cycle closed: mostly done, some dropped, some still open."""
        end = ctx.cycle.end_date
        for measure in measures:
            if measure.deadline > end:
                measure.status = m.MeasureStatus.IN_PROGRESS
            else:
                self._done(measure)
        if not any(x.is_open for x in measures):
            last = max(measures, key=lambda x: x.deadline)
            last.deadline, last.status, last.completed_on = (
                end + timedelta(days=30),
                m.MeasureStatus.IN_PROGRESS,
                None,
            )
        done = [
            x
            for x in measures
            if x.status == m.MeasureStatus.DONE
            and x.level != m.Level.ORGANISATION
            and not x.carried_from_measure_id
            and _covered_elsewhere(x, measures)  # never drop the only answer to a problem
        ]
        for measure in self.rng.sample(done, min(len(done), 1 + self.n_cycles // 3)):
            measure.status, measure.completed_on = m.MeasureStatus.CANCELLED, None

    def _running_statuses(self, measures: list[m.Measure]) -> None:
        """The open cycle: done, in progress, planned, and one or two past their term."""
        for measure in measures:
            if measure.start_date > self.today:
                measure.status = m.MeasureStatus.PLANNED
            elif measure.deadline < self.today:
                self._done(measure)
            else:
                measure.status = m.MeasureStatus.IN_PROGRESS
        local = [
            x for x in measures if x.level != m.Level.ORGANISATION and not x.carried_from_measure_id
        ]
        self._finish_early(local, self.spec.overdue + 1)
        late = sorted(
            (x for x in local if x.status == m.MeasureStatus.DONE),
            key=lambda x: x.deadline,
            reverse=True,
        )[: self.spec.overdue]
        for n, measure in enumerate(late):
            measure.status = m.MeasureStatus.PLANNED if n else m.MeasureStatus.IN_PROGRESS
            measure.completed_on = None
        if not any(
            x.status == m.MeasureStatus.PLANNED and x.deadline > self.today for x in measures
        ):
            last = max(
                (x for x in measures if x.status == m.MeasureStatus.IN_PROGRESS),
                key=lambda x: x.start_date,
            )
            last.status, last.start_date = m.MeasureStatus.PLANNED, self.today + timedelta(days=14)
            last.deadline = last.start_date + timedelta(days=90)

    def _finish_early(self, measures: list[m.Measure], wanted: int) -> None:
        """Make sure `wanted` of these measures are done, taking the ones that started first."""
        done = sum(1 for x in measures if x.status == m.MeasureStatus.DONE)
        running = sorted(
            (x for x in measures if x.status == m.MeasureStatus.IN_PROGRESS),
            key=lambda x: x.start_date,
        )
        for measure in running[: max(0, wanted - done)]:
            if measure.start_date + timedelta(days=45) < self.today:
                measure.deadline = measure.start_date + timedelta(days=45)
                self._done(measure)

    def _relate(self, measures: list[m.Measure]) -> None:
        """Measures on the same source hang together: organisation-wide with all, teams within a team."""
        info = [
            (x, {t.source_id for t in x.targets}, {t.team_id for t in x.targets} - {None})
            for x in measures
        ]
        for measure, sources, teams in info:
            measure.related_measure_ids = [
                other.id
                for other, other_sources, other_teams in info
                if other is not measure
                and sources & other_sources
                and (m.Level.ORGANISATION in (measure.level, other.level) or teams & other_teams)
            ][:4]

    def _coherence(self, ctx: _Ctx, measure: m.Measure, by_id: dict) -> str:
        if measure.carried_from_measure_id:
            return (
                f"Overgenomen uit cyclus {ctx.prev.cycle.number}, omdat de maatregel toen nog niet af "
                "was; de termijn is opnieuw afgesproken."
            )
        related = [by_id[i] for i in measure.related_measure_ids]
        org = next((r for r in related if r.level == m.Level.ORGANISATION), None)
        if measure.level == m.Level.ORGANISATION:
            local = next((r for r in related if r.level != m.Level.ORGANISATION), None)
            text = (
                f"Geeft het kader voor de afspraken van teams en medewerkers over hetzelfde onderwerp, "
                f"zoals '{local.title}'."
                if local
                else "Werkt voor alle teams tegelijk; de teams hoeven er zelf niets voor te regelen."
            )
            rest = any(r is measure for r in ctx.rest_measures)
            return text + (" Hoort bij de maatregelen voor rust en herstel." if rest else "")
        if measure.level == m.Level.TEAM:
            return (
                f"Werkt '{org.title}' uit voor het eigen team."
                if org
                else "Eigen aanpak van het team voor wat vooral hier speelt; vult de maatregelen voor de "
                "hele organisatie aan."
            )
        return (
            "Vult de maatregelen voor organisatie en team aan voor een medewerker die persoonlijk meer "
            "nodig heeft." + (f" Sluit aan bij '{org.title}'." if org else "")
        )

    def _plan_coherence(self, ctx: _Ctx, text: content.CycleText) -> str:
        measures = ctx.cycle.measures
        count = {level: sum(1 for x in measures if x.level == level) for level in m.Level}
        result = (
            f"{text.coherence_intro} Het plan telt {count[m.Level.ORGANISATION]} maatregelen voor de "
            f"hele organisatie, {count[m.Level.TEAM]} voor teams en {count[m.Level.INDIVIDUAL]} voor "
            "individuele medewerkers. Waar een teammaatregel over dezelfde bron gaat als een "
            "organisatiebrede, werkt het team die uit voor de eigen situatie."
        )
        rest = "; ".join(f"'{x.title}'" for x in ctx.rest_measures[:4])
        if rest:
            result += f" Voor rust en herstel: {rest}."
        carried = sum(1 for x in measures if x.carried_from_measure_id)
        if carried:
            result += f" Uit cyclus {ctx.prev.cycle.number} lopen {carried} maatregel(en) door."
        return result

    # -- evaluation ---------------------------------------------------------------------------

    def _evaluation(self, ctx: _Ctx, measure: m.Measure) -> m.MeasureEvaluation | None:
        end = ctx.cycle.end_date
        if measure.status == m.MeasureStatus.CANCELLED:
            effect, why = self.rng.choice(content.CANCEL_REASONS)
            return m.MeasureEvaluation(
                effect,
                "Besproken bij het afsluiten van de cyclus.",
                why,
                "Geen verdere stappen voor deze maatregel.",
                end - timedelta(days=14),
            )
        if measure.is_open:
            if not ctx.cycle.closed:
                return None
            return m.MeasureEvaluation(
                m.Effect.NOT_YET_KNOWN,
                "Bekeken bij het afsluiten van de cyclus.",
                "Nog niet af; het effect is nog niet te zien.",
                f"Loopt door in cyclus {ctx.cycle.number + 1}.",
                end - timedelta(days=14),
            )
        if not ctx.cycle.closed and measure.completed_on > self.today - timedelta(days=30):
            return None
        return self._effect(ctx, measure)

    def _effect(self, ctx: _Ctx, measure: m.Measure) -> m.MeasureEvaluation:
        measured = self._measured_change(ctx, measure)
        if measured:
            effect, how, detail, when = measured
        else:
            effect = self.rng.choices(
                (m.Effect.EFFECTIVE, m.Effect.PARTLY, m.Effect.NOT_EFFECTIVE), weights=(5, 3, 1)
            )[0]
            how, detail = self._how_assessed(measure), ""
            limit = (
                ctx.cycle.end_date - timedelta(days=7)
                if ctx.cycle.closed
                else self.today - timedelta(days=1)
            )
            when = max(measure.completed_on, min(measure.completed_on + timedelta(days=45), limit))
        return m.MeasureEvaluation(
            effect,
            how,
            content.EVALUATION_OUTCOMES[effect] + detail,
            content.EVALUATION_NEXT_STEPS[effect],
            when,
        )

    def _measured_change(self, ctx: _Ctx, measure: m.Measure):
        """Effect, how, detail and date from the second measurement, if it came after the measure."""
        if len(ctx.stats) < 2 or measure.completed_on > ctx.cycle.measurements[1].held_on:
            return None
        first, second = ctx.cycle.measurements
        for target in measure.targets:
            key = self._key(target.source_id)
            groups, where = self._compared_groups(ctx, key, target.team_id)
            before = [ctx.stats[0].mean(g, key) for g in groups]
            after = [ctx.stats[1].mean(g, key) for g in groups]
            if None in before or None in after:
                continue
            before, after = sum(before) / len(before), sum(after) / len(after)
            source = self.sources[key]
            gain = before - after if source.kind == m.SourceKind.DEMAND else after - before
            effect = (
                m.Effect.EFFECTIVE
                if gain >= 0.3
                else m.Effect.PARTLY
                if gain >= 0.1
                else m.Effect.NOT_EFFECTIVE
            )
            how = f"Tweede meting ({second.name}) vergeleken met de eerste ({first.name}), met dezelfde bronnen."
            detail = (
                f" '{source.name}' in {where}: gemiddeld {_nl(before)} in de eerste meting en "
                f"{_nl(after)} in de tweede."
            )
            return effect, how, detail, second.held_on + timedelta(days=14)
        return None

    def _compared_groups(self, ctx: _Ctx, key: str, team_id: int | None) -> tuple[list, str]:
        """Which groups show the effect: the team, or for the organisation the teams where it played."""
        if team_id is not None:
            return [team_id], next(t.name for _, t in ctx.teams if t.id == team_id)
        playing = [t.id for _, t in ctx.teams if ctx.rating[(t.id, key)] != m.Rating.FINE]
        if playing:
            return playing, "de teams waar het speelde (gemiddelde van de teams)"
        return [ALL], "de hele organisatie"

    def _how_assessed(self, measure: m.Measure) -> str:
        if measure.level == m.Level.ORGANISATION:
            return f"Besproken door de leiding en met de {self.spec.roles['body']}."
        if measure.level == m.Level.TEAM:
            return f"Nabesproken met het team in {self.spec.discussion_label}."
        return "In een evaluatiegesprek van de medewerker met de leidinggevende."

    def _process_evaluation(self, ctx: _Ctx, text: content.CycleText) -> m.ProcessEvaluation:
        if not text.how_it_went:
            return m.ProcessEvaluation()
        closed = ctx.cycle.closed
        when = (
            ctx.cycle.end_date - timedelta(days=14)
            if closed
            else ctx.day(SECOND_MEASUREMENT_DAY + 21)
        )
        return m.ProcessEvaluation(
            list(text.methods), text.how_it_went, text.do_differently, text.policy_changes, when
        )

    def _approval(self, ctx: _Ctx, text: content.CycleText) -> m.PlanApproval:
        return m.PlanApproval(
            self.spec.profile["participation_body"],
            ctx.day(CONSENT_DAY),
            text.consent_note,
            self.spec.roles["signer"],
            ctx.day(EMPLOYER_SIGN_DAY),
        )

    # -- voorlichting -------------------------------------------------------------------------

    def _sessions(self, ctx: _Ctx) -> list[m.InformationSession]:
        sessions = []
        for spec in self.spec.sessions:
            if spec.kind != "team":
                sessions.append(self._session(ctx, spec, spec.when, None))
                continue
            n = min(self.spec.team_sessions_per_cycle, len(ctx.teams))
            for j in range(n):
                pair = ctx.teams[(ctx.index * 4 + j) % len(ctx.teams)]
                sessions.append(self._session(ctx, spec, spec.when + 0.45 * j / n, pair))
        sessions.sort(key=lambda s: s.held_on)
        return [self.ids.give(s) for s in sessions]

    def _session(
        self, ctx: _Ctx, spec: content.SessionSpec, when: float, pair
    ) -> m.InformationSession:
        last_day = min(ctx.cycle.end_date, self.today - timedelta(days=1))
        span = min(300, (last_day - ctx.start).days - 32)
        held = ctx.day(30 + round(when * span))
        team = pair[1] if pair else None
        attendees, counts = self._audience(ctx, spec.kind, pair)
        return m.InformationSession(
            held_on=held,
            title=spec.title.format(year=held.year, team=team.name if team else ""),
            form=spec.form,
            audience=spec.audience,
            given_by=spec.given_by.format(**self.spec.roles, manager=team.manager if team else ""),
            topics=list(spec.topics),
            attendees=attendees,
            team_counts=counts,
            notes=spec.notes,
        )

    def _audience(self, ctx: _Ctx, kind: str, pair) -> tuple[list[m.Attendee], dict[int, int]]:
        rng = self.rng
        if kind == "team":
            members = self._members(*pair)
            chosen = rng.sample(members, max(1, round(len(members) * rng.uniform(0.6, 0.9))))
            return [m.Attendee(name, pair[1].id) for name in chosen], {}
        if kind == "managers":
            managers = [m.Attendee(t.manager, t.id) for _, t in ctx.teams]
            return managers + [m.Attendee(name) for name in self.spec.leaders], {}
        if kind in ("mixed", "talks"):
            people = [(n, t.id) for ts, t in ctx.teams for n in self._members(ts, t)[1:]]
            low, high = (0.05, 0.08) if kind == "mixed" else (0.75, 0.95)
            chosen = sorted(
                rng.sample(range(len(people)), round(len(people) * rng.uniform(low, high)))
            )
            return [m.Attendee(*people[i]) for i in chosen], {}
        teams = [t for _, t in ctx.teams if t.hybrid or kind != "hybrid_counts"]
        if kind == "some_counts":
            picked = set(rng.sample(range(len(teams)), min(5, len(teams))))
            return [], {t.id: rng.randint(1, 4) for n, t in enumerate(teams) if n in picked}
        return [], {t.id: max(1, round(t.headcount * rng.uniform(0.45, 0.8))) for t in teams}


def _rating_for(excess: float) -> m.Rating:
    if excess >= PROBLEM_EXCESS:
        return m.Rating.PROBLEM
    if excess >= ATTENTION_EXCESS:
        return m.Rating.ATTENTION
    return m.Rating.FINE


def _covered_elsewhere(measure: m.Measure, measures: list[m.Measure]) -> bool:
    """Whether every (source, team) the measure addresses is addressed by another one too."""
    others = {
        (t.source_id, t.team_id)
        for other in measures
        if other is not measure and other.status != m.MeasureStatus.CANCELLED
        for t in other.targets
    }
    return {(t.source_id, t.team_id) for t in measure.targets} <= others
