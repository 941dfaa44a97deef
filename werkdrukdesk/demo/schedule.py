"""The demo's measures in time: when each starts and is due, and where it stands on the
builder's day (done, in progress, planned, one or two past their term, a few dropped when the
cycle closed)."""

from __future__ import annotations

from datetime import timedelta

from werkdrukdesk.core import model as m
from werkdrukdesk.demo.base import EMPLOYER_SIGN_DAY, Ctx


class ScheduleMixin:
    """Part of the demo builder (`demo._Builder`): it uses the builder's rng, spec and state."""

    def _schedule(self, ctx: Ctx, measures: list[m.Measure]) -> None:
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

    def _closing_statuses(self, ctx: Ctx, measures: list[m.Measure]) -> None:
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


def _covered_elsewhere(measure: m.Measure, measures: list[m.Measure]) -> bool:
    """Whether every (source, team) the measure addresses is addressed by another one too."""
    others = {
        (t.source_id, t.team_id)
        for other in measures
        if other is not measure and other.status != m.MeasureStatus.CANCELLED
        for t in other.targets
    }
    return {(t.source_id, t.team_id) for t in measure.targets} <= others
