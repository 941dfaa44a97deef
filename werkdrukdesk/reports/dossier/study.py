"""Section 2 of the dossier, continued: the deeper study by group conversations per team and by
an external study (core.model.study), beside the questionnaire's measurements.

Nobody who took part is named: a conversation prints how many took part, who led it and what
came out, overall and per source asked (a small table under the conversations, one per
conversation). Its outcomes print only when the recorder ticked that they name nobody;
otherwise the dossier says they are held back.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from werkdrukdesk.core import model as m
from werkdrukdesk.core.dates import format_date
from werkdrukdesk.core.i18n import QT_TRANSLATE_NOOP
from werkdrukdesk.core.readiness.routes import led_by_manager
from werkdrukdesk.reports import styles as s
from werkdrukdesk.reports.blocks import alert, body, heading
from werkdrukdesk.reports.dossier.common import detail, keep_together
from werkdrukdesk.reports.dossier.words import CONTEXT
from werkdrukdesk.reports.tables import cell, data_table, own
from werkdrukdesk.reports.text import escape, markup
from werkdrukdesk.reports.words import lookup

PER_SOURCE_WIDTHS = (60 * mm, s.CONTENT_WIDTH - 60 * mm)
TALK_WIDTHS = (30 * mm, 34 * mm, 20 * mm, s.CONTENT_WIDTH - 116 * mm, 32 * mm)
STUDY_WIDTHS = (34 * mm, 36 * mm, 30 * mm, 20 * mm, s.CONTENT_WIDTH - 120 * mm)

_WORDS: dict[str, str] = {
    "talks_heading": QT_TRANSLATE_NOOP("DossierReport", "Groepsgesprekken per team"),
    "talks_intro": QT_TRANSLATE_NOOP(
        "DossierReport", "Gestructureerde gesprekken over werkdruk met een team. Wie meepraatte "
        "staat hier niet: alleen hoeveel mensen, wie het gesprek leidde en wat eruit kwam."),
    "team": QT_TRANSLATE_NOOP("DossierReport", "Team"),
    "led_by": QT_TRANSLATE_NOOP("DossierReport", "Geleid door"),
    "took_part": QT_TRANSLATE_NOOP("DossierReport", "Deelnemers"),
    "outcomes": QT_TRANSLATE_NOOP("DossierReport", "Uitkomsten, zonder namen"),
    "discussed": QT_TRANSLATE_NOOP("DossierReport", "Besproken met medewerkers"),
    "independent": QT_TRANSLATE_NOOP("DossierReport", "niet de leidinggevende van het team"),
    "manager": QT_TRANSLATE_NOOP("DossierReport", "de leidinggevende van het team"),
    "of": QT_TRANSLATE_NOOP("DossierReport", "{count} van {total}"),
    "held_back": QT_TRANSLATE_NOOP(
        "DossierReport", "Niet afgedrukt: nog niet bevestigd dat hier geen namen in staan."),
    "per_source_heading": QT_TRANSLATE_NOOP(
        "DossierReport", "Uitkomsten per bron: {team}, {date}"),
    "source": QT_TRANSLATE_NOOP("DossierReport", "Bron"),
    "came_out": QT_TRANSLATE_NOOP("DossierReport", "Wat kwam eruit, zonder namen"),
    "not_discussed": QT_TRANSLATE_NOOP("DossierReport", "nog niet besproken"),
    "study_heading": QT_TRANSLATE_NOOP("DossierReport", "Extern onderzoek"),
    "study_intro": QT_TRANSLATE_NOOP(
        "DossierReport", "Onderzoek naar werkdruk door een arbodienst of adviseur; het rapport "
        "zelf beschrijft de werkwijze en de uitkomsten per team."),
    "by": QT_TRANSLATE_NOOP("DossierReport", "Gedaan door"),
    "method": QT_TRANSLATE_NOOP("DossierReport", "Werkwijze"),
    "teams": QT_TRANSLATE_NOOP("DossierReport", "Teams"),
    "report": QT_TRANSLATE_NOOP("DossierReport", "Rapport en bespreking"),
}


def _word(key: str, **values: object) -> str:
    return lookup(CONTEXT, _WORDS, key, **values)


def study_routes(org: m.Organisation, cycle: m.Cycle) -> list[Flowable]:
    """The conversations and external studies of the cycle; nothing when there are none (the
    measurements say already whether a questionnaire was held)."""
    return [*_conversations(cycle), *_per_source(org, cycle), *_external(cycle)]


def _discussed(when, how: str) -> Flowable:
    if when is None and not how.strip():
        return own(alert(escape(_word("not_discussed"))))
    return own(escape(format_date(when)) + detail(markup(how, empty="")))


def _conversations(cycle: m.Cycle) -> list[Flowable]:
    if not cycle.conversations:
        return []
    teams = {t.id: t for t in cycle.teams}
    rows = []
    for talk in sorted(cycle.conversations, key=lambda c: (c.held_on is None, c.held_on)):
        team = teams.get(talk.team_id)
        leader = _word("manager" if led_by_manager(talk, team) else "independent")
        took_part = str(talk.participants)
        if team and team.headcount:
            took_part = _word("of", count=talk.participants, total=team.headcount)
        outcome = (cell(talk.outcomes) if talk.without_names
                   else own(alert(escape(_word("held_back")))))
        rows.append([
            own(markup(team.name if team else "") + detail(escape(format_date(talk.held_on)))),
            own(markup(talk.led_by, empty="") + detail(escape(leader))),
            own(escape(took_part)), outcome, _discussed(talk.discussed_on, talk.discussed_how)])
    header = [escape(_word(k)) for k in ("team", "led_by", "took_part", "outcomes",
                                         "discussed")]
    return keep_together([heading(_word("talks_heading"), 2), body(escape(_word("talks_intro"))),
                          data_table(header, rows, TALK_WIDTHS)])


def _per_source(org: m.Organisation, cycle: m.Cycle) -> list[Flowable]:
    """Per conversation whose outcomes name nobody, what came out about each source asked."""
    names = {source.id: source.name for source in org.sources}
    teams = {t.id: t.name for t in cycle.teams}
    out: list[Flowable] = []
    for talk in sorted(cycle.conversations, key=lambda c: (c.held_on is None, c.held_on)):
        rows = [[cell(names.get(o.source_id, "")), cell(o.text)]
                for o in talk.outcomes_per_source if o.text.strip()]
        if not rows or not talk.without_names:
            continue  # held back: the conversation's row says so already
        title = _word("per_source_heading", team=teams.get(talk.team_id, ""),
                      date=format_date(talk.held_on))
        header = [escape(_word("source")), escape(_word("came_out"))]
        out += keep_together([body("<b>" + escape(title) + "</b>"),
                              data_table(header, rows, PER_SOURCE_WIDTHS)])
    return out


def _external(cycle: m.Cycle) -> list[Flowable]:
    if not cycle.external_studies:
        return []
    names = {t.id: t.name for t in cycle.teams}
    rows = []
    for study in cycle.external_studies:
        covered = ", ".join(names.get(t, "") for t in study.team_ids)
        took_part = (_word("of", count=study.participants, total=study.invited)
                     if study.invited else str(study.participants))
        report = markup(study.reference, empty="")
        rows.append([
            own(markup(study.carried_out_by) + detail(escape(format_date(study.held_on)))),
            cell(study.method), cell(covered), own(escape(took_part)),
            own(report + "<br/>" + _discussed_text(study))])
    header = [escape(_word(k)) for k in ("by", "method", "teams", "took_part", "report")]
    return keep_together([heading(_word("study_heading"), 2), body(escape(_word("study_intro"))),
                          data_table(header, rows, STUDY_WIDTHS)])


def _discussed_text(study: m.ExternalStudy) -> str:
    if study.discussed_on is None and not study.discussed_how.strip():
        return alert(escape(_word("not_discussed")))
    return detail(escape(format_date(study.discussed_on)) + " " + markup(study.discussed_how,
                                                                         empty=""))
