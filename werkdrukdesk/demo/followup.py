"""The demo's evaluation, plan approval and voorlichting sessions."""

from __future__ import annotations

from datetime import timedelta

from werkdrukdesk.core import model as m
from werkdrukdesk.core.readiness.coverage import name_key
from werkdrukdesk.demo import content
from werkdrukdesk.demo.base import (
    ALL,
    CONSENT_DAY,
    EMPLOYER_SIGN_DAY,
    RIE_CONSENT_DAY,
    SECOND_MEASUREMENT_DAY,
    Ctx,
    decimal_nl,
)


class FollowUpMixin:
    """Part of the demo builder (`demo._Builder`): it uses the builder's rng, spec and state."""

    # -- evaluation ---------------------------------------------------------------------------

    def _evaluation(self, ctx: Ctx, measure: m.Measure) -> m.MeasureEvaluation | None:
        end = ctx.cycle.end_date
        if measure.status == m.MeasureStatus.CANCELLED:
            effect, why = self.rng.choice(content.SHARED.cancel_reasons)
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

    def _effect(self, ctx: Ctx, measure: m.Measure) -> m.MeasureEvaluation:
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
            content.SHARED.evaluation_outcomes[effect] + detail,
            content.SHARED.evaluation_next_steps[effect],
            when,
        )

    def _measured_change(self, ctx: Ctx, measure: m.Measure):
        """Effect, how, detail and date from the second measurement, if it came after the
        measure."""
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
            how = (
                f"Tweede meting ({second.name}) vergeleken met de eerste ({first.name}), "
                "met dezelfde bronnen."
            )
            detail = (
                f" '{source.name}' in {where}: gemiddeld {decimal_nl(before)} "
                f"in de eerste meting en {decimal_nl(after)} in de tweede."
            )
            return effect, how, detail, second.held_on + timedelta(days=14)
        return None

    def _compared_groups(self, ctx: Ctx, key: str, team_id: int | None) -> tuple[list, str]:
        """Which groups show the effect: the team, or for the organisation the teams where it
        played."""
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

    def _process_evaluation(self, ctx: Ctx, text: content.CycleText) -> m.ProcessEvaluation:
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

    def _approval(self, ctx: Ctx, text: content.CycleText) -> m.PlanApproval:
        return m.PlanApproval(
            self.spec.profile["participation_body"],
            ctx.day(CONSENT_DAY),
            text.consent_note,
            self.spec.roles["signer"],
            ctx.day(EMPLOYER_SIGN_DAY),
            rie_consent_date=ctx.day(RIE_CONSENT_DAY),
        )

    # -- voorlichting -------------------------------------------------------------------------

    def _sessions(self, ctx: Ctx) -> list[m.InformationSession]:
        sessions = []
        for spec in self.spec.sessions:
            if spec.kind == "catch_up":
                continue
            if spec.kind != "team":
                sessions.append(self._session(ctx, spec, spec.when, None))
                continue
            n = min(self.spec.team_sessions_per_cycle, len(ctx.teams))
            for j in range(n):
                pair = ctx.teams[(ctx.index * 4 + j) % len(ctx.teams)]
                sessions.append(self._session(ctx, spec, spec.when + 0.45 * j / n, pair))
        for spec in (s for s in self.spec.sessions if s.kind == "catch_up"):
            sessions.append(self._catch_up(ctx, spec, sessions))
        sessions.sort(key=lambda s: s.held_on)
        return [self.ids.give(s) for s in sessions]

    def _session(
        self, ctx: Ctx, spec: content.SessionSpec, when: float, pair
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

    def _catch_up(
        self, ctx: Ctx, spec: content.SessionSpec, earlier: list[m.InformationSession]
    ) -> m.InformationSession:
        """Voorlichting for everyone the earlier sessions did not name: every worker is reached
        (Arbowet art. 8), newcomers of the cycle included."""
        session = self._session(ctx, spec, spec.when, None)
        named = {name_key(a.name) for s in earlier for a in s.attendees}
        session.attendees = [m.Attendee(name, team.id) for tspec, team in ctx.teams
                             for name in self._members(tspec, team) if name_key(name) not in named]
        return session

    def _audience(self, ctx: Ctx, kind: str, pair) -> tuple[list[m.Attendee], dict[int, int]]:
        rng = self.rng
        if kind == "team":
            members = self._members(*pair)
            chosen = rng.sample(members, max(1, round(len(members) * rng.uniform(0.6, 0.9))))
            return [m.Attendee(name, pair[1].id) for name in chosen], {}
        if kind == "catch_up":  # filled in by _catch_up
            return [], {}
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
