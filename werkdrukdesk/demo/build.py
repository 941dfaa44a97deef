"""A realistic sample organisation, complete with history, for trying the program and for tests.

`build_demo` returns an `Organisation` whose objects all carry ids and whose references all
resolve, as if it had been loaded from a file. Everything is drawn from one `random.Random`,
so the same size, date and seed give the same organisation. Dates are relative to `today`:
the newest cycle is open and running, earlier ones are closed history.

The questionnaire answers come from a simple model: each team has a "strain" per source
(`content.TeamSpec.strain`, read from resources/demo/); the strain eases over the cycles and,
within a cycle, between the first and the second measurement, so comparisons show something.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from werkdrukdesk.core import model as m
from werkdrukdesk.core.catalogue import builtin_sources
from werkdrukdesk.core.errors import WerkdrukError
from werkdrukdesk.core.psa.scope import set_scope
from werkdrukdesk.demo import content
from werkdrukdesk.demo.answers import AnswersMixin
from werkdrukdesk.demo.base import (
    CYCLE_DAYS,
    OPEN_CYCLE_AGE,
    RIE_UPDATE_DAY,
    Ctx,
    Ids,
)
from werkdrukdesk.demo.followup import FollowUpMixin
from werkdrukdesk.demo.plan import PlanMixin
from werkdrukdesk.demo.psa import PsaMixin
from werkdrukdesk.demo.ratings import RatingsMixin
from werkdrukdesk.demo.schedule import ScheduleMixin


def build_demo(size: str = "small", *, today: date, seed: int = 7) -> m.Organisation:
    """A sample organisation: "small" (18 staff, 2 cycles) or "large" (250 staff, 3 cycles)."""
    spec = content.SIZES.get(size)
    if spec is None:
        raise WerkdrukError(f"Onbekende omvang '{size}' voor het voorbeeld; kies small of large.")
    return _Builder(spec, today, random.Random(seed)).build()


class _Builder(AnswersMixin, RatingsMixin, PlanMixin, ScheduleMixin, FollowUpMixin, PsaMixin):
    """Builds one organisation; the mixins each add one part of a cycle (see their modules)."""

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
        org.survey_settings.answers_handled_by = self.spec.answers_handled_by
        org.documents = [doc for doc, _ in self._documents()]
        org.sources = self._sources()
        org.psa_policy = self._psa_policy()
        self._rosters()
        prev = None
        for index in range(self.n_cycles):
            prev = self._cycle(index, prev)
            org.cycles.append(prev.cycle)
        newest = org.cycles[-1].start_date
        if newest is not None:  # each cycle brings the werkdruk part of the RI&E up to date
            org.profile.rie_werkdruk_date = newest + timedelta(days=RIE_UPDATE_DAY)
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
        # The samples cover the whole PSA (see demo.psa): widened as the program widens a file,
        # the strand sources come last (the other sources keep their ids) and the mixed source
        # of unwanted behaviour is archived; only the first cycle still used it.
        widened = m.Organisation(m.Profile(self.spec.profile["name"]), sources=sources)
        set_scope(widened, m.PsaScope.WHOLE)
        sources = widened.sources
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
                first = self.rng.choice(content.SHARED.first_names)
                name = f"{first} {self.rng.choice(content.SHARED.last_names)}"
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
        cycle.incidents = self._incidents(ctx)
        ctx.relief = {t.name: self.rng.uniform(0.3, 0.9) for t, _ in ctx.teams}
        cycle.measurements = self._measurements(ctx)
        self._team_ratings(ctx)
        cycle.balances = self._balances(ctx)
        cycle.measures = self._measures(ctx)
        self._org_ratings(ctx)
        cycle.plan_coherence = self._plan_coherence(ctx, text)
        cycle.plan_staff_involvement = text.staff_involvement
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
                list(tspec.aggression_risks),
            )
            teams.append((tspec, self.ids.give(team)))
        return teams
