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

import random
from datetime import date, timedelta

from werkdrukdesk.core import model as m
from werkdrukdesk.core.catalogue import builtin_sources
from werkdrukdesk.core.dates import format_date
from werkdrukdesk.core.errors import WerkdrukError
from werkdrukdesk.core.labels import rating_label
from werkdrukdesk.demo import content
from werkdrukdesk.demo.base import (
    ALL,
    CYCLE_DAYS,
    DEMAND_BASE,
    DISCUSSION_DAY,
    FIRST_MEASUREMENT_DAY,
    MIN_GROUP,
    OPEN_CYCLE_AGE,
    RESOURCE_BASE,
    SECOND_MEASUREMENT_DAY,
    VERDICT_RANK,
    Ctx,
    Ids,
    Stats,
    decimal_nl,
    rating_for,
)
from werkdrukdesk.demo.followup import FollowUpMixin
from werkdrukdesk.demo.plan import PlanMixin


def build_demo(size: str = "small", *, today: date, seed: int = 7) -> m.Organisation:
    """A sample organisation: "small" (18 staff, 2 cycles) or "large" (250 staff, 3 cycles)."""
    spec = content.SIZES.get(size)
    if spec is None:
        raise WerkdrukError(f"Onbekende omvang '{size}' voor het voorbeeld; kies small of large.")
    return _Builder(spec, today, random.Random(seed)).build()


class _Builder(PlanMixin, FollowUpMixin):
    def __init__(self, spec: content.SizeSpec, today: date, rng: random.Random) -> None:
        self.spec, self.today, self.rng = spec, today, rng
        self.ids = Ids()
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

    def _active_keys(self, ctx: Ctx) -> list[str]:
        return [k for k, s in self.sources.items() if not s.archived or ctx.index == 0]

    def _asked_keys(self) -> list[str]:
        return [k for k, s in self.sources.items() if k in self.spec.asked and not s.archived]

    # -- one cycle ----------------------------------------------------------------------------

    def _cycle(self, index: int, prev: Ctx | None) -> Ctx:
        start = self.first_start + timedelta(days=CYCLE_DAYS * index)
        end = start + timedelta(days=CYCLE_DAYS - 1)
        closed = index < self.n_cycles - 1
        title = (
            f"Cyclus {start.year}" if start.year == end.year else f"Cyclus {start.year}-{end.year}"
        )
        text = self.spec.cycle_texts[index]
        cycle = self.ids.give(m.Cycle(index + 1, title, start, end, closed, text.hybrid))
        ctx = Ctx(index, cycle, self._teams(index, prev), prev)
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

    def _teams(self, index: int, prev: Ctx | None) -> list[tuple[content.TeamSpec, m.Team]]:
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

    def _measurements(self, ctx: Ctx) -> list[m.Measurement]:
        result = []
        for phase, name in enumerate(self.spec.measurement_names):
            held = ctx.day(SECOND_MEASUREMENT_DAY if phase else FIRST_MEASUREMENT_DAY)
            stats = Stats()
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

    def _measurement_notes(self, ctx: Ctx, responses: list[m.Response], method) -> str:
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

    def _responses(self, ctx: Ctx, phase: int, stats: Stats) -> list[m.Response]:
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

    def _answer_plan(self, ctx: Ctx, tspec: content.TeamSpec | None, phase: int) -> list:
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

    def _strain(self, ctx: Ctx, tspec: content.TeamSpec, key: str, phase: int) -> float:
        strain = tspec.strain.get(key, 0.0) * self.spec.cycle_factors[ctx.index]
        if ctx.index == self.n_cycles - 1 and ctx.index > 0:
            strain += tspec.later_strain.get(key, 0.0)
        return strain * ctx.relief[tspec.name] if phase else strain

    def _response(self, team_id: int | None, plan: list, stats: Stats) -> m.Response:
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

    def _team_ratings(self, ctx: Ctx) -> None:
        for tspec, team in ctx.teams:
            for key in self._active_keys(ctx):
                ctx.cycle.ratings.append(self.ids.give(self._team_rating(ctx, tspec, team, key)))

    def _team_rating(self, ctx: Ctx, tspec, team: m.Team, key: str) -> m.SourceRating:
        source = self.sources[key]
        stats = ctx.stats[0] if ctx.stats else None
        mean = stats.mean(team.id, key) if stats else None
        if mean is not None and stats.respondents[team.id] >= MIN_GROUP:
            excess = (
                mean - DEMAND_BASE if source.kind == m.SourceKind.DEMAND else RESOURCE_BASE - mean
            )
            rating = rating_for(excess)
            note = (
                f"Gemiddeld {decimal_nl(mean)} op de schaal van 1 tot 5 (n = {stats.respondents[team.id]}): "
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
            result = self._judged_rating(ctx, source, key, team, rating_for(excess))
        ctx.rating[(team.id, key)] = result.rating
        ctx.excess[(team.id, key)] = excess
        return result

    def _judged_rating(self, ctx: Ctx, source, key, team, rating) -> m.SourceRating:
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

    def _org_ratings(self, ctx: Ctx) -> None:
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

    def _org_rating_value(self, ctx: Ctx, key: str) -> m.Rating:
        """A problem for the organisation when it is one in at least a quarter of the teams (and two)."""
        values = [ctx.rating[(team.id, key)] for _, team in ctx.teams]
        problems, attention = values.count(m.Rating.PROBLEM), values.count(m.Rating.ATTENTION)
        enough = max(2, len(values) / 4)
        if problems >= enough:
            return m.Rating.PROBLEM
        if problems + attention >= enough:
            return m.Rating.ATTENTION
        return m.Rating.FINE

    def _org_rating(self, ctx: Ctx, key: str, rating: m.Rating) -> m.SourceRating:
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
        note = f"Hele organisatie gemiddeld {decimal_nl(mean)} op de schaal van 1 tot 5. {spread}"
        return m.SourceRating(
            source.id, None, rating, m.Evidence.QUESTIONNAIRE, ctx.cycle.measurements[0].name, note
        )

    def _balances(self, ctx: Ctx) -> list[m.TeamBalance]:
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

    def _verdict(self, ctx: Ctx, team: m.Team) -> tuple[m.Verdict, int]:
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

    def _balance_note(self, ctx: Ctx, team: m.Team) -> str:
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

    def _recovery_text(self, ctx: Ctx, team: m.Team, base: str, key: str) -> str:
        source = self.sources.get(key)
        if source is None:
            return base
        label = rating_label(source.kind, ctx.rating[(team.id, key)])
        return f"{base} Uit de inventarisatie: '{source.name}' {label}."
