"""Questionnaire results as data and as text in the current language, and the empty answer sheet.

Everything here works from `MeasurementResults` and `Comparison`, which hold no single response
and no numbers of a group under the threshold. This module keeps it that way: a suppressed
group is named and marked, with "fewer than the threshold" instead of a count.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from typing import Any

from werkdrukdesk.core.catalogue import answer_labels
from werkdrukdesk.core.dates import format_date
from werkdrukdesk.core.i18n import format_number, translate
from werkdrukdesk.core.labels import rating_label, source_kind
from werkdrukdesk.core.model import Source, Team
from werkdrukdesk.core.survey.compare import VERDICT_LABELS, ChangeVerdict, Comparison
from werkdrukdesk.core.survey.release import steps_note
from werkdrukdesk.core.survey.results import (
    GroupKind,
    GroupResult,
    MeasurementResults,
    Scale,
    SourceScore,
)
from werkdrukdesk.core.survey.scoring import Participation

# What the results are as JSON: names to plain values (text, numbers, lists, objects).
JsonObject = dict[str, Any]

TEAM_COLUMN = "team"
DECIMALS = 2
CHANCE_NOTE_FROM = 20  # from this many comparisons on, expect about one false alarm


def _round(value: float | None, decimals: int = DECIMALS) -> float | None:
    return None if value is None else round(value, decimals)


# -- as data (JSON) ------------------------------------------------------------------------------


def results_to_dict(results: MeasurementResults) -> JsonObject:
    scales = {s.source_id: s for s in results.scales}
    team_names = {p.team_id: p.name for p in results.teams}
    return {
        "measurement": results.measurement_name,
        "held_on": results.held_on.isoformat() if results.held_on else None,
        "cycle": results.cycle_number,
        "threshold": results.threshold,
        "participation": {
            **_participation_dict(results.overall, results.threshold),
            "teams": [_participation_dict(p, results.threshold) for p in results.teams],
        },
        "sources": [_scale_dict(s) for s in results.scales],
        "groups": [_group_dict(g, scales, team_names, results.threshold) for g in results.groups],
        "warnings": list(results.warnings),
    }


def _participation_dict(part: Participation, threshold: int) -> JsonObject:
    hidden = part.respondents is None
    return {
        "name": part.name,
        "team_id": part.team_id,
        "respondents": part.respondents,
        **({"fewer_than": threshold} if hidden else {}),
        "headcount": part.headcount,
        "share": _round(part.share, 3),
        "low": part.low,
    }


def _scale_dict(scale: Scale) -> JsonObject:
    return {
        "id": scale.source_id,
        "name": scale.name,
        "kind": scale.kind.value,
        "items": list(scale.item_keys),
        "alpha": _round(scale.alpha),
        "alpha_note": scale.alpha_note,
        "rated_by": "occurrence" if scale.by_occurrence else "mean",
    }


def _group_dict(
    group: GroupResult, scales: dict[int, Scale], team_names: dict[int | None, str], threshold: int
) -> JsonObject:
    data: JsonObject = {"name": group.name, "kind": group.kind.value}
    if group.kind == GroupKind.TEAM:
        data["team_id"] = group.team_id
        if group.folded_into:
            data["folded_into"] = group.folded_into
    if group.kind == GroupKind.COMBINED:
        data["teams"] = [team_names.get(t, "") for t in group.team_ids]
    if group.suppressed:
        return {**data, "suppressed": True, "n": None, "fewer_than": threshold}
    scores = [_score_dict(s, scales[s.source_id], threshold) for s in group.scores.values()]
    return {**data, "suppressed": False, "n": group.n, "scores": scores}


def _score_dict(score: SourceScore, scale: Scale, threshold: int) -> JsonObject:
    data = {"source_id": score.source_id, "source": scale.name, "kind": scale.kind.value}
    if score.suppressed:
        return {**data, "suppressed": True, "n": None, "fewer_than": threshold}
    return {
        **data,
        "suppressed": False,
        "n": score.n,
        "mean": _round(score.mean),
        "sd": _round(score.sd),
        "rating": score.rating.value,
        "rating_label": rating_label(scale.kind, score.rating),
    }


def comparison_to_dict(comparison: Comparison) -> JsonObject:
    return {
        "before": comparison.before_name,
        "after": comparison.after_name,
        "shared_sources": list(comparison.shared_source_ids),
        "warnings": list(comparison.warnings),
        "not_compared": list(comparison.not_compared),
        "changes": [
            {
                "group": c.group_name,
                "source_id": c.source_id,
                "source": c.source_name,
                "kind": c.kind.value,
                "before": _round(c.before_mean),
                "after": _round(c.after_mean),
                "difference": _round(c.difference),
                "n_before": c.n_before,
                "n_after": c.n_after,
                "ci_low": _round(c.ci_low),
                "ci_high": _round(c.ci_high),
                "hedges_g": _round(c.hedges_g),
                "direction": c.direction,
                "verdict": c.verdict.value,
                "verdict_label": VERDICT_LABELS[c.verdict],
            }
            for c in comparison.changes
        ],
    }


# -- as text ------------------------------------------------------------------------------------


def _percent(share: float | None) -> str:
    return "-" if share is None else f"{round(100 * share)}%"


def participation_text(part: Participation, threshold: int) -> str:
    if part.respondents is None:
        counted = _fewer_than(threshold)
    elif part.headcount:
        counted = translate("SurveyOutput", "{respondents} van de {headcount} medewerkers "
                            "({percent})").format(respondents=part.respondents,
                                                  headcount=part.headcount,
                                                  percent=_percent(part.share))
    else:
        counted = translate("SurveyOutput", "{respondents} ingevulde vragenlijsten (aantal "
                            "medewerkers onbekend)").format(respondents=part.respondents)
    low = translate("SurveyOutput", ", deelname onder de 50%") if part.low else ""
    return counted + low


def _fewer_than(threshold: int) -> str:
    return translate("SurveyOutput", "minder dan {threshold} ingevulde vragenlijsten").format(
        threshold=threshold)


def results_lines(results: MeasurementResults) -> list[str]:
    """The results of one measurement as lines for a terminal or a plain text file."""
    about = [format_date(results.held_on)] if results.held_on else []
    if results.cycle_number is not None:
        about.append(translate("SurveyOutput", "cyclus {number}").format(
            number=results.cycle_number))
    lines = [
        translate("SurveyOutput", "Meting: {measurement}").format(
            measurement=results.measurement_name) + (f" ({', '.join(about)})" if about else ""),
        translate("SurveyOutput", "Deelname: {participation}.").format(
            participation=participation_text(results.overall, results.threshold)),
        translate("SurveyOutput", "Uitkomsten alleen voor groepen van minstens {threshold} "
                  "mensen; losse antwoorden worden nooit getoond.").format(
                      threshold=results.threshold),
        steps_note(results.threshold),
    ]
    lines += [_note(w) for w in results.warnings]
    width = max((len(s.name) for s in results.scales), default=0)
    parts = {p.team_id: p for p in results.teams}
    for group in results.groups:
        lines += [""] + _group_lines(group, results, parts, width)
    lines += ["", translate("SurveyOutput", "Betrouwbaarheid van de schalen (Cronbach's alfa, "
                            "0,70 of hoger is goed):")]
    lines += [
        f"  {s.name:<{width}}  {format_number(s.alpha) if s.alpha is not None else s.alpha_note}"
        for s in results.scales
    ]
    return lines


def _group_lines(
    group: GroupResult,
    results: MeasurementResults,
    parts: dict[int | None, Participation],
    width: int,
) -> list[str]:
    limit = results.threshold
    counted = translate("SurveyOutput", "uitkomsten over {count} vragenlijsten").format(
        count=group.n)
    if group.kind == GroupKind.TEAM:
        head = f"{group.name}: {participation_text(parts[group.team_id], limit)}"
        head += "" if group.suppressed else f"; {counted}"
    elif group.suppressed:
        head = f"{group.name}: {_fewer_than(limit)}"
    else:
        head = f"{group.name}: {counted}"
    if group.kind == GroupKind.COMBINED and group.team_ids:
        head += " (" + ", ".join(parts[t].name for t in group.team_ids) + ")"
    if group.folded_into:
        return [head, "  " + translate(
            "SurveyOutput", "Geen eigen uitkomsten: meegeteld in '{group}'.").format(
                group=group.folded_into)]
    if group.suppressed:
        return [head, "  " + translate("SurveyOutput", "Geen uitkomsten: te weinig antwoorden.")]
    scales = {s.source_id: s for s in results.scales}
    return [head] + [_score_line(s, scales[s.source_id], width, limit)
                     for s in group.scores.values()]


def _score_line(score: SourceScore, scale: Scale, width: int, limit: int) -> str:
    kind = source_kind(scale.kind, scale.strand)
    if score.suppressed:
        fewer = translate("SurveyOutput", "minder dan {threshold} antwoorden").format(
            threshold=limit)
        return f"  {scale.name:<{width}}  {kind:<12}  {fewer}"
    verdict = rating_label(scale.kind, score.rating)
    return f"  {scale.name:<{width}}  {kind:<12}  {format_number(score.mean)}  {verdict}"


def comparison_lines(comparison: Comparison) -> list[str]:
    """The clear changes in full; the rest counted, since they may be chance."""
    lines = [translate("SurveyOutput", "Vergelijking: '{before}' met '{after}'").format(
        before=comparison.before_name, after=comparison.after_name)]
    lines += [_note(w) for w in comparison.warnings]
    clear = [c for c in comparison.changes if c.verdict != ChangeVerdict.NO_CLEAR_CHANGE]
    lines.append(
        translate("SurveyOutput", "Duidelijk beter of slechter (het 95%-interval van het verschil "
                  "ligt helemaal boven of onder 0):")
        if clear else translate("SurveyOutput", "Geen duidelijke veranderingen.")
    )
    for c in clear:
        g = "" if c.hedges_g is None else translate("SurveyOutput", "; effect g = {g}").format(
            g=format_number(c.hedges_g))
        lines.append("  " + translate(
            "SurveyOutput", "{group}, {source}: {before} -> {after} (verschil {difference}, "
            "95%-interval {low} tot {high}{effect}): {verdict}").format(
                group=c.group_name, source=c.source_name, before=format_number(c.before_mean),
                after=format_number(c.after_mean), difference=format_number(c.difference),
                low=format_number(c.ci_low), high=format_number(c.ci_high), effect=g,
                verdict=VERDICT_LABELS[c.verdict]))
    rest = len(comparison.changes) - len(clear)
    if rest:
        lines.append("  " + translate(
            "SurveyOutput", "Bij {count} andere combinaties van groep en bron geen duidelijk "
            "verschil.").format(count=rest))
    if len(comparison.changes) >= CHANCE_NOTE_FROM:
        lines.append("  " + translate(
            "SurveyOutput", "Let op: van elke twintig vergelijkingen valt er gemiddeld één "
            "'duidelijk' uit door toeval alleen. Kijk vooral naar veranderingen die u ook "
            "verwachtte of die in meerdere teams terugkomen."
        ))
    lines += ["  " + translate("SurveyOutput", "Niet vergeleken: {reason}").format(reason=reason)
              for reason in comparison.not_compared]
    return lines


def _note(warning: str) -> str:
    return translate("SurveyOutput", "Let op: {warning}").format(warning=warning)


# -- the empty answer sheet ----------------------------------------------------------------------


def template_sources(sources: Sequence[Source], asked_ids: Sequence[int] | None) -> list[Source]:
    """The sources of the sheet: those asked before, or else every source in use."""
    if asked_ids:
        wanted = set(asked_ids)
        chosen = [s for s in sources if s.id in wanted]
    else:
        chosen = [s for s in sources if not s.archived]
    return sorted((s for s in chosen if s.items), key=lambda s: (s.position, s.id or 0))


def template_csv(sources: Sequence[Source]) -> bytes:
    """One header row, "team" and one column per item key; semicolons and a UTF-8 BOM, the
    form Excel with Dutch settings opens directly in columns."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow([TEAM_COLUMN] + [i.key for s in sources for i in s.items])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def template_readme(sources: Sequence[Source], teams: Sequence[Team]) -> list[str]:
    """What the columns of the answer sheet mean, for the person who fills or mirrors it."""
    scale = ", ".join(f"{value} = {word}" for value, word in sorted(answer_labels().items()))
    team_names = ", ".join(t.name for t in teams) or translate("SurveyOutput", "(nog geen teams)")
    lines = [
        translate("SurveyOutput", "Het antwoordblad heeft één kopregel; zet daaronder één regel "
                  "per ingevulde vragenlijst."),
        translate("SurveyOutput", "De kolommen staan gescheiden door puntkomma's."),
        "  " + translate(
            "SurveyOutput", "{column}: de naam van het team zoals in WerkdrukDesk ({teams}). "
            "Leeg laten mag; de vragenlijst telt dan niet mee voor een team.").format(
                column=TEAM_COLUMN, teams=team_names),
        "  " + translate(
            "SurveyOutput", "één kolom per vraag: het antwoord als getal ({scale}). Een lege cel "
            "betekent 'niet beantwoord'.").format(scale=scale),
        translate("SurveyOutput", "Zet geen namen, e-mailadressen of andere gegevens in het blad "
                  "waaraan iemand te herkennen is."),
        translate("SurveyOutput", "De vragen:"),
    ]
    for source in sources:
        lines.append(f"  {source.name} ({source_kind(source.kind, source.strand)})")
        lines += [f"    {item.key}: {item.text}" for item in source.items]
    return lines
