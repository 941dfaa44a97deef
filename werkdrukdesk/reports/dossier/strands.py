"""The dossier's sections on the two strands of PSA beside werkdruk, when the file covers the
whole policy: unwanted behaviour within the organisation, and aggression and violence from
outside. Each in the order an inspector asks: is it in the RI&E; the arrangements that serve it
(and which are missing); the inventory of its sources per team (for aggression also the risk
factors in each team's work); the incident register as shown counts only; its measures; and its
voorlichting topics.
"""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable

from werkdrukdesk.core import model as m
from werkdrukdesk.core.balance import inventory_sources, ratings_by_cell
from werkdrukdesk.core.dates import format_date
from werkdrukdesk.core.labels import label, rating_label
from werkdrukdesk.core.plan.listing import is_overdue, measure_strands, sort_measures
from werkdrukdesk.reports import styles as s
from werkdrukdesk.reports.blocks import alert, body, heading
from werkdrukdesk.reports.dossier.common import Marks, detail, keep_together, section_head
from werkdrukdesk.reports.psa.arrangements import arrangement_facts
from werkdrukdesk.reports.psa.incidents import strand_counts
from werkdrukdesk.reports.psa.words import word
from werkdrukdesk.reports.tables import cell, data_table, facts_table, own
from werkdrukdesk.reports.text import escape, markup
from werkdrukdesk.reports.words import word as report_word

# The strands that get a section of their own, and the key of their words.
STRAND_KEYS = {m.Strand.UNWANTED: "unwanted", m.Strand.AGGRESSION: "aggression"}
SOURCE_WIDTHS = (52 * mm, 38 * mm, 30 * mm, s.CONTENT_WIDTH - 120 * mm)
RISK_WIDTHS = (55 * mm, s.CONTENT_WIDTH - 55 * mm)
MEASURE_WIDTHS = (12 * mm, 70 * mm, 38 * mm, 23 * mm, s.CONTENT_WIDTH - 143 * mm)
TOPIC_WIDTHS = (s.CONTENT_WIDTH - 50 * mm, 50 * mm)


def strand_sections(org: m.Organisation) -> list[m.Strand]:
    """The strands in scope beside werkdruk; none for a werkdruk-only file."""
    return [x for x in org.strands if x in STRAND_KEYS]


def strand_section(org: m.Organisation, cycle: m.Cycle, today: date, marks: Marks,
                   strand: m.Strand, number: int) -> list[Flowable]:
    key = STRAND_KEYS[strand]
    # The heading travels with the RI&E and the arrangements, never alone at a page's foot.
    out = [CondPageBreak(70 * mm), *keep_together([
        *section_head(number, marks, title=word(key)), body(escape(word(f"{key}_intro"))),
        heading(word("rie_heading"), 2), body(_rie(org.profile, strand)),
        heading(word("arrangements_heading"), 2), _arrangements(org, strand, today)])]
    out += _sources(org, cycle, strand)
    if strand == m.Strand.AGGRESSION:
        out += _risks(cycle)
    out += keep_together(strand_counts(org, cycle, strand), room=40 * mm)
    out += _measures(org, cycle, strand, today)
    return [*out, *_topics(cycle, strand)]


def _rie(profile: m.Profile, strand: m.Strand) -> str:
    covered = (profile.rie_covers_unwanted if strand == m.Strand.UNWANTED
               else profile.rie_covers_aggression)
    return escape(word("rie_covers")) if covered else alert(escape(word("rie_missing")))


def _arrangements(org: m.Organisation, strand: m.Strand, today: date) -> Flowable:
    facts = arrangement_facts(org.psa_policy, strand, today)
    return facts_table([(escape(name), own(value)) for name, value in facts])


# -- inventory -------------------------------------------------------------------------------


def _sources(org: m.Organisation, cycle: m.Cycle, strand: m.Strand) -> list[Flowable]:
    sources = [x for x in inventory_sources(org, cycle) if x.strand == strand]
    intro = [heading(word("sources_heading"), 2), body(escape(word("sources_intro")))]
    if not sources:
        return keep_together([*intro, body(escape(word("no_sources")))])
    cells = ratings_by_cell(cycle)
    groups: list[tuple[int | None, str]] = [(None, escape(word("whole_organisation")))]
    groups += [(t.id, markup(t.name)) for t in cycle.teams]
    rows = []
    for source in sources:
        rated = [(name, cells[(source.id, team_id)]) for team_id, name in groups
                 if (source.id, team_id) in cells
                 and cells[(source.id, team_id)].rating != m.Rating.UNRATED]
        if not rated:
            rows.append([cell(source.name), own(markup("")),
                         own(escape(rating_label(source.kind, m.Rating.UNRATED))),
                         own(markup(""))])
        for name, rating in rated:
            rows.append([cell(source.name), own(name), own(_verdict(source, rating)),
                         own(_evidence(rating))])
    header = [escape(word(k)) for k in ("source", "group", "rating", "evidence")]
    return keep_together([*intro, data_table(header, rows, SOURCE_WIDTHS)])


def _verdict(source: m.Source, rating: m.SourceRating) -> str:
    text = escape(rating_label(source.kind, rating.rating))
    return alert(text) if rating.rating == m.Rating.PROBLEM else text


def _evidence(rating: m.SourceRating) -> str:
    text = escape(label(rating.evidence))
    if rating.evidence == m.Evidence.NONE:
        return alert(text)
    if rating.evidence_reference.strip():
        text += detail(markup(rating.evidence_reference))
    return text


def _risks(cycle: m.Cycle) -> list[Flowable]:
    intro = [heading(word("risks_heading"), 2), body(escape(word("risks_intro")))]
    if not cycle.teams:
        return keep_together([*intro, body(escape(report_word("no_teams")))])
    rows = []
    for team in cycle.teams:
        risks = [label(x) for x in m.AggressionRisk if x in team.aggression_risks]
        text = escape(", ".join(risks)) if risks else escape(word("no_risk_factors"))
        rows.append([cell(team.name), own(text)])
    header = [escape(word("group")), escape(word("risk_factors"))]
    return keep_together([*intro, data_table(header, rows, RISK_WIDTHS)])


# -- measures and voorlichting ---------------------------------------------------------------


def _measures(org: m.Organisation, cycle: m.Cycle, strand: m.Strand,
              today: date) -> list[Flowable]:
    """The strand's measures with the numbers the plan van aanpak gives them."""
    ordered = sort_measures(cycle.measures)
    rows = []
    for number, measure in enumerate(ordered, start=1):
        if strand not in measure_strands(measure, org.sources):
            continue
        status = escape(label(measure.status))
        if is_overdue(measure, today):
            status = alert(status)
        rows.append([own(escape(report_word("measure_number", number=number)),
                         s.styles().cell_bold),
                     cell(measure.title), cell(measure.responsible),
                     cell(format_date(measure.deadline)), own(status)])
    intro = [heading(word("measures_heading"), 2)]
    if not rows:
        return keep_together([*intro, body(escape(word("no_measures")))])
    header = [escape(report_word("number")), *(escape(word(k)) for k in
                                               ("measure", "responsible", "deadline", "status"))]
    return keep_together([*intro, data_table(header, rows, MEASURE_WIDTHS)])


def _topics(cycle: m.Cycle, strand: m.Strand) -> list[Flowable]:
    rows = []
    for topic in m.STRAND_TOPICS[strand]:
        times = sum(1 for x in cycle.sessions if topic in x.topics)
        text = (escape(word("covered", count=times)) if times
                else alert(escape(word("not_covered"))))
        rows.append([own(escape(label(topic))), own(text)])
    header = [escape(word("topic")), escape(word("given"))]
    return keep_together([heading(word("topics_heading"), 2),
                          data_table(header, rows, TOPIC_WIDTHS)], room=35 * mm)
