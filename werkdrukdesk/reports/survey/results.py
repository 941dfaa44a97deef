"""Questionnaire results per measurement, for the inventory part of the dossier.

Everything printed here comes from `core.survey.scoring.MeasurementResults`, which holds no single
response and no figure of a group under the threshold. One more care is taken here: a team that
was folded into the combined group gets no count of its own, not even when it had enough
respondents, because the organisation's count minus the counts printed would otherwise give
away the small team it was folded with.

Per measurement: who took part (per team against its headcount, under half flagged), then the
mean per source for every group shown, several groups side by side (a table per few groups, so
teams can be read against each other), the groups not shown and why, and Cronbach's alpha.
The comparison of two measurements lives in `survey_comparison`.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from werkdrukdesk.core import model as m
from werkdrukdesk.core.dates import format_date
from werkdrukdesk.core.i18n import QT_TRANSLATE_NOOP, format_number
from werkdrukdesk.core.labels import rating_label
from werkdrukdesk.core.survey.release import steps_note
from werkdrukdesk.core.survey.results import GroupKind, GroupResult, MeasurementResults, Scale
from werkdrukdesk.core.survey.scoring import Participation, measurement_order, score_measurement
from werkdrukdesk.reports import styles as s
from werkdrukdesk.reports.blocks import alert, body, opening
from werkdrukdesk.reports.figures import as_typed
from werkdrukdesk.reports.tables import header_cell, make_table, own
from werkdrukdesk.reports.text import escape, markup
from werkdrukdesk.reports.words import lookup, lookup_markup

GROUPS_PER_TABLE = 4  # with wider columns 'aandacht nodig' would wrap
SOURCE_WIDTH = 45 * mm
PARTICIPATION_WIDTHS = (48 * mm, 24 * mm, 26 * mm, 20 * mm, s.CONTENT_WIDTH - 118 * mm)
ALPHA_WIDTHS = (62 * mm, 23 * mm, 62 * mm, s.CONTENT_WIDTH - 147 * mm)
SMALL = 7.5

_CONTEXT = "SurveyResults"
_WORDS: dict[str, str] = {
    "results_heading": QT_TRANSLATE_NOOP("SurveyResults", "Uitkomsten: {name}"),
    "held": QT_TRANSLATE_NOOP("SurveyResults", "Gehouden op {date}."),
    "forms": QT_TRANSLATE_NOOP("SurveyResults", "{count} vragenlijsten"),
    "forms_share": QT_TRANSLATE_NOOP(
        "SurveyResults", "{count} vragenlijsten ({percent} van {headcount} medewerkers)"
    ),
    "forms_fewer": QT_TRANSLATE_NOOP("SurveyResults", "minder dan {limit} vragenlijsten"),
    "took_part": QT_TRANSLATE_NOOP(
        "SurveyResults",
        "{count} van de {headcount} medewerkers vulden de vragenlijst in ({percent})."
    ),
    "took_part_count": QT_TRANSLATE_NOOP(
        "SurveyResults", "{count} medewerkers vulden de vragenlijst in."
    ),
    "too_few_overall": QT_TRANSLATE_NOOP(
        "SurveyResults",
        "Minder dan {limit} medewerkers vulden de vragenlijst in: te weinig om uitkomsten te "
        "laten zien zonder dat iemand herkenbaar wordt."
    ),
    "anonymity": QT_TRANSLATE_NOOP(
        "SurveyResults",
        "Uitkomsten staan hier alleen voor groepen van minstens {limit} mensen. Teams met minder "
        "antwoorden zijn samengevoegd; losse antwoorden staan nergens."
    ),
    "scale_note": QT_TRANSLATE_NOOP(
        "SurveyResults",
        "Per bron staat het gemiddelde op de schaal van 1 (nooit) tot 5 (altijd); hoger betekent "
        "meer van die bron. Daaronder het oordeel dat uit de vragenlijst volgt: een werkdrukbron "
        "vraagt aandacht vanaf {demand_attention} en is te hoog vanaf {demand_too_high}; een "
        "energiebron vraagt aandacht bij {resource_attention} of lager en is te laag bij "
        "{resource_too_low} of lager. Dat oordeel is een voorstel: in de inventarisatie beslist "
        "de organisatie zelf."
    ),
    "notice": QT_TRANSLATE_NOOP("SurveyResults", "Let op: {text}"),
    "participation_heading": QT_TRANSLATE_NOOP("SurveyResults", "Deelname per team"),
    "team": QT_TRANSLATE_NOOP("SurveyResults", "Team"),
    "headcount": QT_TRANSLATE_NOOP("SurveyResults", "Medewerkers"),
    "responded": QT_TRANSLATE_NOOP("SurveyResults", "Ingevuld"),
    "share": QT_TRANSLATE_NOOP("SurveyResults", "Deelname"),
    "results": QT_TRANSLATE_NOOP("SurveyResults", "Uitkomsten"),
    "fewer_than": QT_TRANSLATE_NOOP("SurveyResults", "minder dan {limit}"),
    "folded": QT_TRANSLATE_NOOP("SurveyResults", "samengevoegd"),
    "unknown": QT_TRANSLATE_NOOP("SurveyResults", "onbekend"),
    "low": "< 50%",
    "own_results": QT_TRANSLATE_NOOP("SurveyResults", "apart getoond"),
    "suppressed": QT_TRANSLATE_NOOP(
        "SurveyResults", "minder dan {limit} antwoorden — niet getoond"
    ),
    "protected": QT_TRANSLATE_NOOP(
        "SurveyResults", "niet apart getoond, om een kleiner team te beschermen"
    ),
    "counted_in": QT_TRANSLATE_NOOP("SurveyResults", "meegeteld in '{group}'"),
    "no_teams": QT_TRANSLATE_NOOP(
        "SurveyResults",
        "In deze cyclus zijn geen teams vastgelegd; alleen de hele organisatie telt."
    ),
    "scores_heading": QT_TRANSLATE_NOOP("SurveyResults", "Gemiddelde per bron"),
    "source": QT_TRANSLATE_NOOP("SurveyResults", "Bron"),
    "n": QT_TRANSLATE_NOOP("SurveyResults", "n = {n}"),
    "hidden_cell": QT_TRANSLATE_NOOP("SurveyResults", "niet getoond"),
    "hidden_cell_note": QT_TRANSLATE_NOOP(
        "SurveyResults",
        "'niet getoond' in een vak: te weinig mensen in die groep beantwoordden de vragen van die "
        "bron om het gemiddelde te laten zien."
    ),
    "demands": QT_TRANSLATE_NOOP("SurveyResults", "Werkdrukbronnen"),
    "resources": QT_TRANSLATE_NOOP("SurveyResults", "Energiebronnen"),
    "no_sources": QT_TRANSLATE_NOOP(
        "SurveyResults", "Bij deze meting zijn geen bronnen met vragen gekozen."
    ),
    "not_shown": QT_TRANSLATE_NOOP("SurveyResults", "Niet getoond: {groups}."),
    "alpha_heading": QT_TRANSLATE_NOOP("SurveyResults", "Betrouwbaarheid van de vragen"),
    "alpha_intro": QT_TRANSLATE_NOOP(
        "SurveyResults",
        "Cronbach's alfa zegt of de vragen van een bron samen één ding meten; 0,70 of hoger is "
        "goed. Een lagere waarde staat vet: lees het gemiddelde van die bron dan met meer "
        "voorzichtigheid."
    ),
    "alpha_none": QT_TRANSLATE_NOOP("SurveyResults", "Cronbach's alfa: {note}."),
    "alpha": QT_TRANSLATE_NOOP("SurveyResults", "Alfa"),
}


def _w(key: str, **values: object) -> str:
    return lookup(_CONTEXT, _WORDS, key, **values)


def _p(key: str, **values: str) -> str:
    """Markup: the words of `key` escaped, with `values` (already markup) filled in."""
    return lookup_markup(_CONTEXT, _WORDS, key, **values)


@cache
def _title_style() -> ParagraphStyle:
    """A title under a level-2 heading (reports have two heading levels)."""
    return ParagraphStyle("survey_title", parent=s.styles().card_title, spaceBefore=8,
                          spaceAfter=3)


def subtitle(text: str) -> Paragraph:
    return Paragraph(escape(text), _title_style())


def muted(markup_text: str, size: float = SMALL) -> str:
    return f'<font size="{size}" color="{s.hex_of(s.MUTED)}">{markup_text}</font>'


def percent(share: float | None) -> str:
    return "" if share is None else f"{round(100 * share)}%"


# -- the measurements of a cycle --------------------------------------------------------------


def cycle_results(org: m.Organisation, cycle: m.Cycle) -> list[MeasurementResults]:
    """Every measurement of the cycle scored, oldest first."""
    return [score_measurement(x, org.sources, cycle.teams, org.survey_settings, cycle.number)
            for x in sorted(cycle.measurements, key=measurement_order)]


def responses_text(results: MeasurementResults, headcount: int) -> str:
    """'23 vragenlijsten (92% van 25 medewerkers)' as markup, or 'minder dan 5' when few."""
    count = results.overall.respondents
    if count is None:
        return escape(_w("forms_fewer", limit=results.threshold))
    if headcount <= 0:
        return escape(_w("forms", count=count))
    share = percent(count / headcount)
    return escape(_w("forms_share", count=count, percent=share, headcount=headcount))


def measurement_results(org: m.Organisation, cycle: m.Cycle) -> list[Flowable]:
    """The results of every measurement of the cycle, oldest first ([] without any)."""
    out: list[Flowable] = []
    for results in cycle_results(org, cycle):
        out += results_block(results, org.survey_settings)
    return out


def results_block(results: MeasurementResults, settings: m.SurveySettings) -> list[Flowable]:
    """One measurement: heading, participation, the means of the groups shown, alpha."""
    title = _w("results_heading", name=results.measurement_name)
    intro = [Paragraph(markup(title), s.styles().heading2)]
    about = [_w("held", date=format_date(results.held_on))] if results.held_on else []
    intro.append(body(escape(" ".join([*about, _took_part(results)]))))
    intro.append(body(escape(_w("anonymity", limit=results.threshold) + " "
                             + steps_note(results.threshold))))
    intro += [body(_p("notice", text=markup(w))) for w in results.warnings]
    out = opening(intro, room=60 * mm)
    out += participation_part(results)
    out += scores_part(results, settings)
    return [*out, *alpha_part(results)]


def _took_part(results: MeasurementResults) -> str:
    overall = results.overall
    if overall.respondents is None:
        return _w("too_few_overall", limit=results.threshold)
    if overall.headcount:
        return _w("took_part", count=overall.respondents, headcount=overall.headcount,
                  percent=percent(overall.share))
    return _w("took_part_count", count=overall.respondents)


# -- participation ------------------------------------------------------------------------------


def participation_part(results: MeasurementResults) -> list[Flowable]:
    title = subtitle(_w("participation_heading"))
    if not results.teams:
        return opening([title, body(escape(_w("no_teams")))], room=25 * mm)
    groups = {g.team_id: g for g in results.groups if g.kind == GroupKind.TEAM}
    combined = results.group("combined")
    shown_combined = combined is not None and not combined.suppressed
    rows = [_participation_row(p, groups.get(p.team_id), results.threshold, shown_combined)
            for p in results.teams]
    rows.append(_participation_row(results.overall, results.groups[0], results.threshold,
                                   shown_combined, bold=True))
    header = [escape(_w(k)) for k in ("team", "headcount", "responded", "share", "results")]
    total = len(rows)
    return opening([title, make_table(
        [[header_cell(h, w) for h, w in zip(header, PARTICIPATION_WIDTHS)], *rows],
        PARTICIPATION_WIDTHS,
        [("BACKGROUND", (0, total), (-1, total), s.SHADE)])], room=40 * mm)


def _participation_row(part: Participation, group: GroupResult | None, limit: int,
                       shown_combined: bool, bold: bool = False) -> list[Flowable]:
    folded = group is not None and group.folded_into is not None
    if part.respondents is None:
        count = _w("fewer_than", limit=limit)
    else:
        count = _w("folded") if folded else str(part.respondents)
    share = "" if folded else percent(part.share)
    share_text = escape(share or "—")
    if part.low:
        share_text = alert(escape(f"{share} {_w('low')}".strip()))
    headcount = str(part.headcount) if part.headcount else _w("unknown")
    name = markup(part.name)
    return [own(f"<b>{name}</b>" if bold else name), own(escape(headcount)),
            own(escape(count)), own(share_text),
            own(escape(_group_state(part, group, limit, shown_combined)))]


def _group_state(part: Participation, group: GroupResult | None, limit: int,
                 shown_combined: bool) -> str:
    if group is None or not group.suppressed:
        return _w("own_results")
    state = _w("suppressed" if part.respondents is None else "protected", limit=limit)
    if group.folded_into and shown_combined:
        state += "; " + _w("counted_in", group=group.folded_into)
    return state


# -- the means per source -----------------------------------------------------------------------


def scores_part(results: MeasurementResults, settings: m.SurveySettings) -> list[Flowable]:
    """The groups shown side by side, a few per table; then the groups not shown."""
    title = subtitle(_w("scores_heading"))
    shown = [g for g in results.groups if not g.suppressed]
    hidden = [g for g in results.groups if g.suppressed and g.kind != GroupKind.TEAM]
    note = _not_shown(hidden, results.threshold)
    if not results.scales:
        return opening([title, body(escape(_w("no_sources"))), *note], room=25 * mm)
    if not shown:
        return opening([title, *note], room=25 * mm)
    scale_note = body(escape(_w("scale_note", **_thresholds(settings))))
    out = opening([title, scale_note], room=60 * mm)
    for chunk in chunks(shown, GROUPS_PER_TABLE):
        out += [score_table(results, chunk), Spacer(1, 3 * mm)]
    if any(sc.suppressed for g in shown for sc in g.scores.values()):
        out.append(body(muted(escape(_w("hidden_cell_note")), 8.5)))
    return [*out, *note]


def chunks(groups: Sequence[GroupResult], most: int) -> list[Sequence[GroupResult]]:
    """Groups in tables of at most `most`, as even as can be (13 groups: 4 + 3 + 3 + 3, not
    4 + 4 + 4 + 1), so no table holds a single lonely group."""
    tables = -(-len(groups) // most)
    result, start = [], 0
    for n in range(tables):
        size = len(groups) // tables + (1 if n < len(groups) % tables else 0)
        result.append(groups[start:start + size])
        start += size
    return result


def _thresholds(settings: m.SurveySettings) -> dict[str, str]:
    names = ("demand_attention", "demand_too_high", "resource_attention", "resource_too_low")
    # 3.0 -> '3', 3.25 -> '3,25' (English '3.25'): as the owner typed it, no digits added or lost
    return {name: as_typed(getattr(settings, name)) for name in names}


def _not_shown(groups: Sequence[GroupResult], limit: int) -> list[Flowable]:
    """The organisation or the combined group when it was too small (teams are named in the
    participation table)."""
    if not groups:
        return []
    names = "; ".join(f"{markup(g.name)}: {escape(_w('suppressed', limit=limit))}"
                      for g in groups)
    return [body(_p("not_shown", groups=names))]


def score_table(results: MeasurementResults, groups: Sequence[GroupResult]) -> Flowable:
    """Sources down, groups across; werkdrukbronnen first, then energiebronnen, each under a
    band that never ends a page."""
    width = (s.CONTENT_WIDTH - SOURCE_WIDTH) / GROUPS_PER_TABLE
    widths = [SOURCE_WIDTH, *([width] * len(groups))]
    label = s.styles().label
    header = [own(escape(_w("source")), label)]
    header += [own(f"{markup(g.name)}<br/>{escape(_w('n', n=g.n))}", label) for g in groups]
    rows: list[list[Flowable | str]] = [header]
    bands: list[int] = []
    for kind, key in ((m.SourceKind.DEMAND, "demands"), (m.SourceKind.RESOURCE, "resources")):
        scales = [x for x in results.scales if x.kind == kind]
        if not scales:
            continue
        bands.append(len(rows))
        rows.append([own(f"<b>{escape(_w(key))}</b>"), *([""] * len(groups))])
        rows += [[own(markup(x.name)), *(_score_cell(g, x) for g in groups)] for x in scales]
    commands = [c for r in bands for c in (("SPAN", (0, r), (-1, r)),
                                           ("BACKGROUND", (0, r), (-1, r), s.SHADE))]
    return make_table(rows, widths, commands, sticky_rows=bands)


def _score_cell(group: GroupResult, scale: Scale) -> Flowable:
    score = group.scores.get(scale.source_id)
    if score is None or score.suppressed or score.mean is None:
        return own(muted(escape(_w("hidden_cell"))))
    words = escape(rating_label(scale.kind, score.rating))
    if score.rating == m.Rating.PROBLEM:
        words = alert(words)
    elif score.rating == m.Rating.ATTENTION:
        words = f"<b>{words}</b>"
    else:
        words = muted(words)
    extra = f"<br/>{muted(escape(_w('n', n=score.n)))}" if score.n != group.n else ""
    return own(f"<b>{format_number(score.mean)}</b><br/>"
               f'<font size="{SMALL}">{words}</font>{extra}')


# -- Cronbach's alpha ---------------------------------------------------------------------------


def alpha_part(results: MeasurementResults) -> list[Flowable]:
    """Alpha per source, two sources a row; one line when no source has one yet."""
    title = subtitle(_w("alpha_heading"))
    scales = list(results.scales)
    if not scales:
        return []
    notes = {x.alpha_note for x in scales if x.alpha is None}
    if all(x.alpha is None for x in scales) and len(notes) == 1:
        line = escape(_w("alpha_none", note=notes.pop()))
        return opening([title, body(line)], room=25 * mm)
    cells = [(own(markup(x.name)), own(_alpha_text(x))) for x in scales]
    rows = []
    for start in range(0, len(cells), 2):
        pair = cells[start:start + 2]
        rows.append([*pair[0], *(pair[1] if len(pair) > 1 else ("", ""))])
    header = [escape(_w(k)) for k in ("source", "alpha", "source", "alpha")]
    table = make_table([[header_cell(h, w) for h, w in zip(header, ALPHA_WIDTHS)], *rows],
                       ALPHA_WIDTHS,
                       [("LINEBEFORE", (2, 0), (2, -1), 0.6, s.RULE)])
    return opening([title, body(escape(_w("alpha_intro"))), table], room=45 * mm)


def _alpha_text(scale: Scale) -> str:
    if scale.alpha is None:
        return muted(escape(scale.alpha_note or "—"))
    value = escape(format_number(scale.alpha))
    return value if round(scale.alpha, 2) >= 0.7 else f"<b>{value}</b>"  # as printed
