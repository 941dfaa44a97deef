"""The demo's whole PSA policy beside werkdruk: the arrangements against unwanted behaviour and
aggression, the incident register, the answers and ratings of the two strand sources (judged by
occurrence, not by a mean) and the measures planned against them.

Both samples covered the whole PSA from the start. In their first cycle the older mixed source
'Ongewenst gedrag' was still rated beside the two strands, from a document as before; from the
second cycle on it is archived, as `core.psa.scope.set_scope` does when a file is widened.
"""

from __future__ import annotations

from dataclasses import fields
from datetime import timedelta

from werkdrukdesk.core import model as m
from werkdrukdesk.core.survey.occurrence import (
    NEVER,
    SERIOUS,
    by_occurrence,
    occurrence_rating,
    peak,
)
from werkdrukdesk.demo import content
from werkdrukdesk.demo.base import Ctx, Stats

ITEM_WEIGHTS = (5, 3, 1, 1)  # which item a reporter raises: the milder kinds happen most
SERIOUS_SHARE = 0.35  # from this share of reporters on, one of them answers "vaak"
EXCESS = {m.Rating.PROBLEM: 1.0, m.Rating.ATTENTION: 0.5, m.Rating.FINE: 0.0}  # for ranking


class PsaMixin:
    """Part of the demo builder (`demo._Builder`): it uses the builder's rng, spec and state."""

    # -- the arrangements -----------------------------------------------------------------------

    def _psa_policy(self) -> m.PsaPolicy:
        """The policy's six arrangements from the size's [psa_policy] tables, their dates in days
        from the start of the first cycle."""
        raw = dict(self.spec.psa_policy)
        kinds = {f.name: f.default_factory for f in fields(m.PsaPolicy)
                 if callable(f.default_factory)}
        policy = m.PsaPolicy()
        policy.retention_months = raw.pop("retention_months", policy.retention_months)
        for name, table in raw.items():
            values = {}
            for key, value in table.items():
                if key.endswith("_day"):
                    key, value = key.removesuffix("_day"), self.first_start + timedelta(days=value)
                values[key] = value
            setattr(policy, name, content._record(type(kinds[name]()), values))
        return policy

    # -- the incident register ------------------------------------------------------------------

    def _incident_specs(self, ctx: Ctx) -> list[content.IncidentSpec]:
        return [i for i in self.spec.incidents if i.cycle == ctx.index]

    def _incidents(self, ctx: Ctx) -> list[m.Incident]:
        team_ids = {t.name: t.id for _, t in ctx.teams}
        incidents = [
            m.Incident(ctx.day(i.day), i.strand, i.kind, team_ids[i.team], i.severity,
                       i.care_given, i.police_report, i.measure_taken, i.description)
            for i in sorted(self._incident_specs(ctx), key=lambda i: i.day)
        ]
        return [self.ids.give(incident) for incident in incidents]

    # -- answers and ratings, by occurrence -----------------------------------------------------

    def _occurrence_answers(self, ctx: Ctx, tspec: content.TeamSpec | None, team_id: int | None,
                            n: int, phase: int, stats: Stats) -> list[dict[str, int]]:
        """Each respondent's answers on the asked strand sources. A team's strain on such a
        source is the share of its respondents who meet it at all; the rest answer 'nooit'.
        A team with an incident of that strand in the cycle has at least one of them."""
        answers: list[dict[str, int]] = [{} for _ in range(n)]
        incident_strands = {i.strand for i in self._incident_specs(ctx)
                            if tspec is not None and i.team == tspec.name}
        for key in self._asked_keys():
            source = self.sources[key]
            if not by_occurrence(source):
                continue
            share = self._strain(ctx, tspec, key, phase) if tspec else 0.0
            count = min(n, round(n * share))
            if not count and phase == 0 and source.strand in incident_strands:
                count = 1
            reporters = self.rng.sample(range(n), count)
            for position, respondent in enumerate(answers):
                for item in source.items:
                    respondent[item.key] = NEVER
                if position in reporters:
                    item = self.rng.choices(source.items, ITEM_WEIGHTS[: len(source.items)])[0]
                    serious = share >= SERIOUS_SHARE and position == reporters[0]
                    respondent[item.key] = SERIOUS if serious else self.rng.choice((2, 2, 3))
                stats.add(team_id, key, sum(respondent[i.key] for i in source.items),
                          len(source.items))
        return answers

    def _occurrence_rating(self, ctx: Ctx, team: m.Team, key: str) -> m.SourceRating:
        """The rating the program itself gives from the first measurement's answers: by each
        respondent's highest answer (core.survey.occurrence)."""
        source = self.sources[key]
        items = [i.key for i in source.items]
        measurement = ctx.cycle.measurements[0]
        peaks = [peak(r.answers, items) for r in measurement.responses if r.team_id == team.id]
        rating = occurrence_rating(p for p in peaks if p is not None)
        ctx.excess[(team.id, key)] = EXCESS[rating]
        return m.SourceRating(source.id, team.id, rating, m.Evidence.QUESTIONNAIRE,
                              measurement.name, content.SHARED.occurrence_notes[rating])

    def _register_rating(self, ctx: Ctx, key: str, rating: m.Rating, spread: str
                         ) -> m.SourceRating:
        """The organisation-wide rating of a strand source, from the incident register: never
        'fine' while the register holds incidents of the strand in this cycle."""
        source = self.sources[key]
        count = sum(1 for i in self._incident_specs(ctx) if i.strand == source.strand)
        if count and rating == m.Rating.FINE:
            rating = m.Rating.ATTENTION
        ctx.rating[(None, key)] = rating
        return m.SourceRating(
            source.id, None, rating, m.Evidence.INCIDENT_REGISTER,
            content.SHARED.register_reference.format(
                period=ctx.cycle.title.removeprefix("Cyclus ")),
            content.SHARED.register_note.format(count=count, spread=spread),
        )

    # -- the plan ---------------------------------------------------------------------------------

    def _strand_measures(self, ctx: Ctx) -> list[m.Measure]:
        """The measures against unwanted behaviour and aggression planned in this cycle."""
        teams = {t.name: t for _, t in ctx.teams}
        result = []
        for spec in (s for s in self.spec.strand_measures if s.cycle == ctx.index):
            measure = self._org_measure(ctx, spec)
            if spec.level != m.Level.ORGANISATION:
                team = teams[spec.team]
                measure.level, measure.responsible = spec.level, team.manager
                measure.targets = self._targets(ctx, spec.sources, team.id)
            ctx.taken.add(measure.title)
            result.append(measure)
        return result
