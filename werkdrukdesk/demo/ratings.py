"""The demo's inventory and balance: each source rated per team and for the whole
organisation (from the answers, a document or a group discussion), and each team's verdict."""

from __future__ import annotations

from datetime import date

from werkdrukdesk.core import model as m
from werkdrukdesk.core.dates import format_date
from werkdrukdesk.core.labels import rating_label
from werkdrukdesk.core.survey.occurrence import by_occurrence
from werkdrukdesk.demo import content
from werkdrukdesk.demo.base import (
    ALL,
    DEMAND_BASE,
    DISCUSSION_DAY,
    MIN_GROUP,
    RESOURCE_BASE,
    VERDICT_RANK,
    Ctx,
    decimal_nl,
    rating_for,
)


class RatingsMixin:
    """Part of the demo builder (`demo._Builder`): it uses the builder's rng, spec and state."""

    # -- inventory and balance ----------------------------------------------------------------

    def _team_ratings(self, ctx: Ctx) -> None:
        for tspec, team in ctx.teams:
            for key in self._active_keys(ctx):
                ctx.cycle.ratings.append(self.ids.give(self._team_rating(ctx, tspec, team, key)))

    def _team_rating(self, ctx: Ctx, tspec, team: m.Team, key: str) -> m.SourceRating:
        source = self.sources[key]
        if by_occurrence(source) and key in self._asked_keys():
            result = self._occurrence_rating(ctx, team, key)
            ctx.rating[(team.id, key)] = result.rating
            return result
        stats = ctx.stats[0] if ctx.stats else None
        mean = stats.mean(team.id, key) if stats else None
        if mean is not None and stats.respondents[team.id] >= MIN_GROUP:
            excess = (
                mean - DEMAND_BASE if source.kind == m.SourceKind.DEMAND else RESOURCE_BASE - mean
            )
            rating = rating_for(excess)
            note = (
                f"Gemiddeld {decimal_nl(mean)} op de schaal van 1 tot 5 "
                f"(n = {stats.respondents[team.id]}): "
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
        """A rating from a document or from a group discussion, for sources not in the
        questionnaire."""
        when = ctx.day(DISCUSSION_DAY)
        if key in self.spec.document_rated:
            doc = self._document_for(key, when)
            return m.SourceRating(
                source.id,
                team.id if team else None,
                rating,
                m.Evidence.DOCUMENT,
                doc.title,
                content.SHARED.document_notes[rating],
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
            content.SHARED.group_discussion_notes[rating],
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
        """A problem for the organisation when it is one in at least a quarter of the teams
        (and two)."""
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
        if source.strand != m.Strand.WERKDRUK:
            return self._register_rating(ctx, key, rating, spread)
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
        """The balance weighs werkdruk only; the other strands stay outside it (core.balance)."""
        ratings = {k: ctx.rating[(team.id, k)] for k in self._werkdruk_keys(ctx)}
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

    def _werkdruk_keys(self, ctx: Ctx) -> list[str]:
        return [k for k in self._active_keys(ctx) if self.sources[k].strand == m.Strand.WERKDRUK]

    def _balance_note(self, ctx: Ctx, team: m.Team) -> str:
        parts = []
        for kind, word in ((m.SourceKind.DEMAND, "Te hoog"), (m.SourceKind.RESOURCE, "Te laag")):
            names = [
                s.name
                for k, s in self.sources.items()
                if s.kind == kind and s.strand == m.Strand.WERKDRUK
                and ctx.rating.get((team.id, k)) == m.Rating.PROBLEM
            ]
            if names:
                parts.append(f"{word}: {'; '.join(names)}.")
        watch = [
            s.name
            for k, s in self.sources.items()
            if s.strand == m.Strand.WERKDRUK and ctx.rating.get((team.id, k)) == m.Rating.ATTENTION
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
