"""The demo's plan van aanpak: measures at organisation, team and individual level and how they
hang together. When each runs and where it stands is `demo.schedule`'s."""

from __future__ import annotations

import copy
import dataclasses

from werkdrukdesk.core import model as m
from werkdrukdesk.demo import content
from werkdrukdesk.demo.base import (
    LEVEL_RANK,
    Ctx,
)
from werkdrukdesk.demo.purpose import existing_measures, give_purpose


class PlanMixin:
    """Part of the demo builder (`demo._Builder`): it uses the builder's rng, spec and state."""

    # -- plan van aanpak ----------------------------------------------------------------------

    def _measures(self, ctx: Ctx) -> list[m.Measure]:
        carried = self._carried(ctx)
        ctx.taken = {x.title for x in carried}
        new = self._org_measures(ctx) + self._strand_measures(ctx) + self._team_measures(ctx)
        new += self._individual_measures(ctx)
        self._schedule(ctx, new)
        names = {s.id: s.name for s in self.sources.values()}
        for measure in new:
            give_purpose(measure, names, {t.id: t.name for _, t in ctx.teams})
        if ctx.index == 0:
            new += existing_measures(self.spec, lambda keys: self._targets(ctx, keys, None))
        measures = sorted(carried + new, key=lambda x: LEVEL_RANK[x.level])
        for measure in measures:
            self.ids.give(measure)
        planned = [x for x in measures if not x.existing]  # what exists keeps running
        if ctx.cycle.closed:
            self._closing_statuses(ctx, planned)
        else:
            self._running_statuses(planned)
        self._relate(measures)
        by_id = {x.id: x for x in measures}
        for measure in measures:
            measure.coherence = self._coherence(ctx, measure, by_id)
            measure.evaluation = self._evaluation(ctx, measure)
        return measures

    def _targets(self, ctx: Ctx, keys, team_id: int | None) -> list[m.Target]:
        """Targets on the sources in use in this cycle (a source archived later was still in
        use in the first)."""
        active = set(self._active_keys(ctx))
        usable = [k for k in dict.fromkeys(keys) if k in active]
        return [m.Target(self.sources[k].id, team_id) for k in usable]

    def _carried(self, ctx: Ctx) -> list[m.Measure]:
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
            if not measure.existing:  # what already existed has no term
                measure.deadline = ctx.day(self.rng.randint(60, 300))
            if any(r is old for r in ctx.prev.rest_measures):
                ctx.rest_measures.append(measure)
            carried.append(measure)
        return carried

    def _org_measures(self, ctx: Ctx) -> list[m.Measure]:
        """Measures for sources that play in several teams, rest and recovery among them."""
        pool = [
            o
            for o in self.spec.org_measures
            if o.title not in self.used_org_titles and self._targets(ctx, o.sources, None)
        ]
        ranked = sorted(pool, key=lambda o: -self._org_score(ctx, o))
        shared = [
            o
            for o in ranked
            if any(
                self._org_rating_value(ctx, k) != m.Rating.FINE
                for k in o.sources
                if k in self._active_keys(ctx)
            )
        ]
        rest = [o for o in shared if o.rest][: self.spec.rest_per_cycle]
        rest = rest or [o for o in ranked if o.rest][:1]  # the flyer asks for rest and recovery
        others = [o for o in shared if not o.rest][: self.spec.org_per_cycle - len(rest)]
        chosen = others + rest
        return [self._org_measure(ctx, o) for o in chosen + self._uncovered(ctx, chosen)]

    def _uncovered(
        self, ctx: Ctx, chosen: list[content.OrgMeasureSpec]
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

    def _org_score(self, ctx: Ctx, spec: content.OrgMeasureSpec) -> int:
        weight = {m.Rating.PROBLEM: 2, m.Rating.ATTENTION: 1}
        return sum(
            weight.get(ctx.rating.get((team.id, key)), 0)
            for key in spec.sources
            for _, team in ctx.teams
        )

    def _org_measure(self, ctx: Ctx, spec: content.OrgMeasureSpec) -> m.Measure:
        self.used_org_titles.add(spec.title)
        roles = self.spec.roles
        measure = m.Measure(
            title=spec.title,
            description=spec.description,
            level=m.Level.ORGANISATION,
            responsible=roles[spec.responsible],
            carried_out_by=spec.carried_out_by.format(**roles),
            budget=spec.budget,
            staff_involvement=self.rng.choice(content.SHARED.involvement.org_staff),
            council_involvement=self.rng.choice(content.SHARED.involvement.org_council).format(
                body=roles["body"]
            ),
            targets=self._targets(ctx, spec.sources, None),
        )
        if spec.rest:
            ctx.rest_measures.append(measure)
        return measure

    def _team_measures(self, ctx: Ctx) -> list[m.Measure]:
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
                        carried_out_by=self.rng.choice(content.SHARED.team_carried_out_by).format(
                            manager=team.manager
                        ),
                        budget=self.rng.choice(content.SHARED.team_budgets),
                        staff_involvement=self.rng.choice(content.SHARED.involvement.team_staff),
                        council_involvement=self.rng.choice(
                            content.SHARED.involvement.team_council
                        ).format(body=body),
                        targets=self._targets(ctx, (key, *also), team.id),
                    )
                )
        return result

    def _team_option(self, ctx: Ctx, key: str, start: int, team: m.Team) -> tuple:
        """A measure for this source and team that is not in the plan yet, and preferably new."""
        options = content.SHARED.team_measures[key]
        rotated = [options[(start + i) % len(options)] for i in range(len(options))]
        named = [(f"{title} ({team.name})", text, also) for title, text, also in rotated]
        before = {x.title for x in ctx.prev.cycle.measures} if ctx.prev else set()
        fresh = [o for o in named if o[0] not in ctx.taken and o[0] not in before]
        chosen = (fresh or [o for o in named if o[0] not in ctx.taken] or named)[0]
        ctx.taken.add(chosen[0])
        return chosen

    def _team_focus(self, ctx: Ctx, team: m.Team) -> list[str]:
        """The sources a team tackles itself: every problem that no organisation measure covers
        (a plan answers each one), then its worst points of attention up to a limit."""
        verdict = next(b.verdict for b in ctx.cycle.balances if b.team_id == team.id)
        limit = {m.Verdict.OUT_OF_BALANCE: 3, m.Verdict.AT_RISK: 2}.get(verdict, 1)
        keys = [
            k
            for k in self._active_keys(ctx)
            if k in content.SHARED.team_measures and ctx.rating[(team.id, k)] != m.Rating.FINE
        ]
        keys.sort(key=lambda k: -ctx.excess[(team.id, k)])
        problems = [k for k in keys if ctx.rating[(team.id, k)] == m.Rating.PROBLEM]
        return list(dict.fromkeys(keys[:limit] + problems))

    def _individual_measures(self, ctx: Ctx) -> list[m.Measure]:
        count, pool, roles = (
            self.spec.individual_per_cycle,
            content.SHARED.individual_measures,
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
                    staff_involvement=self.rng.choice(content.SHARED.involvement.individual_staff),
                    council_involvement=self.rng.choice(
                        content.SHARED.involvement.individual_council
                    ).format(body=roles["body"]),
                    targets=self._targets(ctx, keys, team.id if team else None),
                )
            )
        return result

    def _worst_team(self, ctx: Ctx, key: str) -> m.Team | None:
        best = max(ctx.teams, key=lambda pair: ctx.excess[(pair[1].id, key)])[1]
        return best if ctx.excess[(best.id, key)] > 0 else None

    def _relate(self, measures: list[m.Measure]) -> None:
        """Measures on the same source hang together: organisation-wide with all, teams within
        a team."""
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

    def _coherence(self, ctx: Ctx, measure: m.Measure, by_id: dict) -> str:
        if measure.carried_from_measure_id:
            return (
                f"Overgenomen uit cyclus {ctx.prev.cycle.number}, "
                "omdat de maatregel toen nog niet af was; de termijn is opnieuw afgesproken."
            )
        related = [by_id[i] for i in measure.related_measure_ids]
        org = next((r for r in related if r.level == m.Level.ORGANISATION), None)
        if measure.level == m.Level.ORGANISATION:
            local = next((r for r in related if r.level != m.Level.ORGANISATION), None)
            text = (
                "Geeft het kader voor de afspraken van teams en medewerkers over hetzelfde "
                f"onderwerp, zoals '{local.title}'."
                if local
                else "Werkt voor alle teams tegelijk; "
                "de teams hoeven er zelf niets voor te regelen."
            )
            rest = any(r is measure for r in ctx.rest_measures)
            return text + (" Hoort bij de maatregelen voor rust en herstel." if rest else "")
        if measure.level == m.Level.TEAM:
            return (
                f"Werkt '{org.title}' uit voor het eigen team."
                if org
                else "Eigen aanpak van het team voor wat vooral hier speelt; "
                "vult de maatregelen voor de hele organisatie aan."
            )
        return (
            "Vult de maatregelen voor organisatie en team aan "
            "voor een medewerker die persoonlijk meer nodig heeft."
            + (f" Sluit aan bij '{org.title}'." if org else "")
        )

    def _plan_coherence(self, ctx: Ctx, text: content.CycleText) -> str:
        measures = ctx.cycle.measures
        count = {level: sum(1 for x in measures if x.level == level) for level in m.Level}
        result = (
            f"{text.coherence_intro} Het plan telt {count[m.Level.ORGANISATION]} maatregelen "
            f"voor de hele organisatie, {count[m.Level.TEAM]} voor teams "
            f"en {count[m.Level.INDIVIDUAL]} voor individuele medewerkers. "
            "Waar een teammaatregel over dezelfde bron gaat als een organisatiebrede, "
            "werkt het team die uit voor de eigen situatie."
        )
        rest = "; ".join(f"'{x.title}'" for x in ctx.rest_measures[:4])
        if rest:
            result += f" Voor rust en herstel: {rest}."
        carried = sum(1 for x in measures if x.carried_from_measure_id)
        if carried:
            result += f" Uit cyclus {ctx.prev.cycle.number} lopen {carried} maatregel(en) door."
        return result
