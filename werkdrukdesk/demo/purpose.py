"""What each demo measure is for and how and when its effect will be judged, and the measures
that were already in place before the first plan (bestaand)."""

from __future__ import annotations

from datetime import timedelta

from werkdrukdesk.core import model as m
from werkdrukdesk.demo import content

JUDGE_AFTER = timedelta(days=60)  # the effect is judged about two months after the deadline


def give_purpose(measure: m.Measure, source_names: dict[int, str],
                 team_names: dict[int, str]) -> None:
    """The intended result, in the words of shared.toml, and a plan for judging it."""
    sources = sorted({source_names[t.source_id] for t in measure.targets
                      if t.source_id in source_names})
    teams = sorted({team_names[t.team_id] for t in measure.targets if t.team_id in team_names})
    where = f"in {', '.join(teams)}" if teams else "in de hele organisatie"
    what = ", ".join(s.lower() for s in sources) or measure.title.lower()
    measure.intended_result = content.SHARED.intended_result.format(sources=what, where=where)
    measure.judge_how = content.SHARED.judge_how[measure.level]
    if measure.deadline is not None:
        measure.judge_on = measure.deadline + JUDGE_AFTER


def existing_measures(spec: content.SizeSpec, targets) -> list[m.Measure]:
    """Measures the organisation already had: recorded against their sources, shown in the
    plan as what exists, never counted as what the plan adds."""
    return [
        m.Measure(
            title=x.title, description=x.description, level=m.Level.ORGANISATION,
            responsible=spec.roles[x.responsible],
            carried_out_by=x.carried_out_by.format(**spec.roles), budget=x.budget,
            status=m.MeasureStatus.IN_PROGRESS, existing=True, targets=targets(x.sources),
            intended_result=x.description,
        )
        for x in spec.existing_measures
    ]
