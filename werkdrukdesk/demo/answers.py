"""The demo's measurements: who filled in the questionnaire and what they answered, drawn from
each team's strain per source."""

from __future__ import annotations

from datetime import timedelta

from werkdrukdesk.core import model as m
from werkdrukdesk.core.dates import format_date
from werkdrukdesk.core.survey.occurrence import by_occurrence
from werkdrukdesk.demo import content
from werkdrukdesk.demo.base import (
    DEMAND_BASE,
    FIRST_MEASUREMENT_DAY,
    MIN_GROUP,
    RESOURCE_BASE,
    SECOND_MEASUREMENT_DAY,
    Ctx,
    Stats,
)


class AnswersMixin:
    """Part of the demo builder (`demo._Builder`): it uses the builder's rng, spec and state."""

    # -- measurements -------------------------------------------------------------------------

    def _measurements(self, ctx: Ctx) -> list[m.Measurement]:
        result = []
        for phase, name in enumerate(self.spec.measurement_names):
            held = ctx.day(SECOND_MEASUREMENT_DAY if phase else FIRST_MEASUREMENT_DAY)
            stats = Stats()
            responses = [self.ids.give(r) for r in self._responses(ctx, phase, stats)]
            method = self.spec.methods[ctx.index][phase]
            measurement = m.Measurement(
                name=name.format(month=content.SHARED.months[held.month - 1], year=held.year),
                held_on=held,
                method=method,
                source_ids=[self.sources[k].id for k in self._asked_keys()],
                discussed_with_staff=content.SHARED.measurement_discussed[phase].format(
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
            f"{len(responses)} van de {staff} medewerkers vulden de vragenlijst in "
            f"({share} procent). Uitkomsten alleen voor groepen van {MIN_GROUP} of meer. "
            f"{content.SHARED.method_notes[method]}"
        )
        unassigned = sum(1 for r in responses if r.team_id is None)
        if unassigned:
            text += (
                f" Zonder team ingevuld: {unassigned}; "
                "die tellen alleen mee voor de hele organisatie."
            )
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
            counted = self._occurrence_answers(ctx, tspec, team.id, n, phase, stats)
            responses += [self._response(team.id, plan, stats, extra) for extra in counted]
        neutral = self._answer_plan(ctx, None, phase)
        count = self.spec.unassigned_responses
        counted = self._occurrence_answers(ctx, None, None, count, phase, stats)
        responses += [self._response(None, neutral, stats, extra) for extra in counted]
        return responses

    def _answer_plan(self, ctx: Ctx, tspec: content.TeamSpec | None, phase: int) -> list:
        """Per asked source: its key, its items with their shift, the team's mean, and the sign.
        Sources judged by occurrence are answered apart (demo.psa)."""
        plan = []
        for key in self._asked_keys():
            source = self.sources[key]
            if by_occurrence(source):
                continue
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

    def _response(
        self, team_id: int | None, plan: list, stats: Stats, counted: dict[str, int]
    ) -> m.Response:
        gauss = self.rng.gauss
        mood = gauss(0.0, 0.3)  # a stressed respondent reports more demands and fewer resources
        answers = dict(counted)
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
