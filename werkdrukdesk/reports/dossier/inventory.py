"""Section 2 of the dossier: the inventory with its evidence, hybrid work, the
measurements held, and the group conversations and external studies (`study`).

Compact on purpose: per team only the sources that are not fine print in full (rating,
evidence, reference, note); the fine ones are counted. Measurements show what was held, how
many filled in the questionnaire and the results per group (`survey_results`): never a single
answer, and nothing about a group under the threshold.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from werkdrukdesk.core import model as m
from werkdrukdesk.core.balance import hybrid_teams, inventory_sources, ratings_by_cell
from werkdrukdesk.core.dates import format_date
from werkdrukdesk.core.labels import label, rating_label, source_kind
from werkdrukdesk.core.survey.results import MeasurementResults
from werkdrukdesk.core.survey.scoring import measurement_order
from werkdrukdesk.reports import styles as s
from werkdrukdesk.reports.blocks import alert, body, heading, opening
from werkdrukdesk.reports.dossier.common import (
    Marks,
    boxed,
    detail,
    keep_together,
    section_start,
)
from werkdrukdesk.reports.dossier.study import study_routes
from werkdrukdesk.reports.dossier.words import count, phrase, word
from werkdrukdesk.reports.survey.results import cycle_results, responses_text, results_block
from werkdrukdesk.reports.tables import cell, data_table, own
from werkdrukdesk.reports.text import escape, markup

RATING_WIDTHS = (50 * mm, 24 * mm, 42 * mm, s.CONTENT_WIDTH - 116 * mm)
MEASUREMENT_WIDTHS = (46 * mm, 21 * mm, 24 * mm, 34 * mm, s.CONTENT_WIDTH - 125 * mm)
FLAGGED = (m.Rating.PROBLEM, m.Rating.ATTENTION)


def inventory_section(org: m.Organisation, cycle: m.Cycle, today: date, marks: Marks,
                      scored: Sequence[MeasurementResults] | None = None) -> list[Flowable]:
    """`scored`: the cycle's measurements as `cycle_results` scores them, if the caller has
    them already (the dossier scores them once for this section and the comparison)."""
    sources = inventory_sources(org, cycle)
    out = [*section_start(2, marks), body(escape(word("inventory_intro")))]
    if cycle.no_risk:
        reason = phrase("no_risk_reason", reason=markup(cycle.no_risk_reason))
        out += [boxed(escape(word("no_risk_heading"))), body(reason)]
    out += _ratings_block(cycle, sources, None, escape(word("whole_organisation")),
                          escape(word("whole_organisation_intro")))
    for team in cycle.teams:
        out += _ratings_block(cycle, sources, team.id, markup(team.name), _team_line(team))
    return [*out, *_hybrid(cycle), *_measurements(org, cycle, scored), *study_routes(org, cycle)]


def _team_line(team: m.Team) -> str:
    details = [word("team_details", count=team.headcount)] if team.headcount else []
    if team.hybrid:
        details.append(word("works_hybrid"))
    return escape(" · ".join(details) + ".") if details else ""


# -- ratings ---------------------------------------------------------------------------------


def _ratings_block(cycle: m.Cycle, sources: list[m.Source], team_id: int | None,
                   title: str, intro: str) -> list[Flowable]:
    """A team's (or the organisation's) heading, its tally, and its flagged sources."""
    cells = ratings_by_cell(cycle)
    found = [(source, cells.get((source.id, team_id))) for source in sources]
    flagged = [(x, r) for x, r in found if r is not None and r.rating in FLAGGED]
    tally = _tally([r.rating if r else m.Rating.UNRATED for _, r in found])
    lines = f"{intro} {tally}" if intro else tally
    head = [Paragraph(title, s.styles().heading2), body(lines)]
    if not flagged:
        rated = any(r is not None and r.rating != m.Rating.UNRATED for _, r in found)
        empty = body(escape(word("all_fine" if rated else "nothing_rated")))
        return opening([*head, empty], room=30 * mm)
    rows = [_rating_row(source, rating) for source, rating in flagged]
    header = [escape(word(k)) for k in ("source", "rating", "evidence", "note")]
    return keep_together([*head, data_table(header, rows, RATING_WIDTHS)])


def _tally(ratings: list[m.Rating]) -> str:
    counted = Counter(ratings)
    return phrase(
        "tally",
        total=escape(count(len(ratings), "sources")),
        fine=str(counted[m.Rating.FINE]),
        attention=str(counted[m.Rating.ATTENTION]),
        problem=str(counted[m.Rating.PROBLEM]),
        unrated=str(counted[m.Rating.UNRATED]),
    )


def _rating_row(source: m.Source, rating: m.SourceRating) -> list[Flowable]:
    details = [source_kind(source.kind, source.strand)]
    if not source.built_in:
        details.append(word("own_source"))
    if source.archived:
        details.append(word("archived"))
    verdict = escape(rating_label(source.kind, rating.rating))
    if rating.rating == m.Rating.PROBLEM:
        verdict = alert(verdict)
    evidence = escape(label(rating.evidence))
    if rating.evidence == m.Evidence.NONE:
        evidence = alert(evidence)
    elif rating.evidence_reference.strip():
        evidence += detail(markup(rating.evidence_reference))
    return [own(markup(source.name) + detail(escape(" · ".join(details)))), own(verdict),
            own(evidence), cell(rating.note)]


# -- hybrid work, measurements ---------------------------------------------------------------


def _hybrid(cycle: m.Cycle) -> list[Flowable]:
    hybrid = hybrid_teams(cycle)
    names = ", ".join(markup(t.name) for t in hybrid)
    teams = phrase("hybrid_teams", teams=names) if hybrid else escape(word("hybrid_none"))
    missing = escape(word("hybrid_missing"))
    text = markup(cycle.hybrid_consideration, empty="")
    if not text:
        text = alert(missing) if hybrid else missing
    return opening([heading(word("hybrid_heading"), 2), body(teams), body(text)], room=35 * mm)


def _measurements(org: m.Organisation, cycle: m.Cycle,
                  scored: Sequence[MeasurementResults] | None) -> list[Flowable]:
    """The measurements held, then the results of each (only groups large enough to show)."""
    intro = [heading(word("measurements_heading"), 2)]
    if not cycle.measurements:
        return opening([*intro, body(escape(word("no_measurements")))], room=30 * mm)
    headcount = sum(t.headcount for t in cycle.teams) or org.profile.headcount
    ordered = sorted(cycle.measurements, key=measurement_order)
    if scored is None:
        scored = cycle_results(org, cycle)  # in the same order
    rows = [[cell(x.name), cell(format_date(x.held_on)), own(escape(label(x.method))),
             own(responses_text(results, headcount)), cell(x.discussed_with_staff)]
            for x, results in zip(ordered, scored)]
    header = [escape(word(k)) for k in ("measurement", "date", "method", "responses",
                                        "discussed")]
    intro.append(body(escape(word("measurements_intro"))))
    table = keep_together([*intro, data_table(header, rows, MEASUREMENT_WIDTHS)])
    return [*table, *(f for results in scored for f in results_block(results,
                                                                     org.survey_settings))]
