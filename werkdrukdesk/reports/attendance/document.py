"""Presentielijst: the sheet people sign at one session of voorlichting en onderricht.

With a session: what the session is (title, date, form, audience, who gives it), the topics of
the flyer with a box to tick, the people already recorded as present, then empty rows to fill
in by hand down to the foot of the page, and a line where whoever gave the session signs.
Without a session: the same sheet with every field left open, to print before a meeting.
"""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph

from werkdrukdesk.core import model as m
from werkdrukdesk.core.dates import format_date
from werkdrukdesk.core.i18n import QT_TRANSLATE_NOOP
from werkdrukdesk.core.labels import label
from werkdrukdesk.reports import styles as s
from werkdrukdesk.reports.attendance.rows import (
    BOX,
    WRITE_ROW,
    BlankRows,
    attendee_table,
    write_lines,
)
from werkdrukdesk.reports.blocks import body, heading, opening, title_block
from werkdrukdesk.reports.lookup import find_in_cycle
from werkdrukdesk.reports.page import page_info, render
from werkdrukdesk.reports.paragraphs import one_build
from werkdrukdesk.reports.tables import cell, facts_table, make_table, own
from werkdrukdesk.reports.text import escape, markup
from werkdrukdesk.reports.words import lookup, lookup_markup, scoped, word

MIN_BLANK_ROWS = 15  # empty rows to sign on, at least; more where the page has room
TOPIC_WIDTHS = (8 * mm, s.CONTENT_WIDTH - 8 * mm)

_CONTEXT = "AttendanceReport"
_WORDS: dict[str, str] = {
    "title": QT_TRANSLATE_NOOP("AttendanceReport", "Presentielijst voorlichting werkdruk"),
    "title_whole": QT_TRANSLATE_NOOP("AttendanceReport",
                                     "Presentielijst voorlichting psychosociale arbeidsbelasting"),
    "intro": QT_TRANSLATE_NOOP(
        "AttendanceReport",
        "Wie bij deze voorlichting over werkdruk is, zet hieronder naam, team en handtekening. Zo "
        "kan de werkgever laten zien dat medewerkers en leidinggevenden voorlichting hebben "
        "gekregen (Arbowet artikel 8)."
    ),
    "intro_whole": QT_TRANSLATE_NOOP(
        "AttendanceReport",
        "Wie bij deze voorlichting over werkdruk, ongewenst gedrag of agressie is, zet hieronder "
        "naam, team en handtekening. Zo kan de werkgever laten zien dat medewerkers en "
        "leidinggevenden voorlichting hebben gekregen (Arbowet artikel 8)."
    ),
    "untitled": QT_TRANSLATE_NOOP("AttendanceReport", "Voorlichting over werkdruk"),
    "untitled_whole": QT_TRANSLATE_NOOP("AttendanceReport",
                                        "Voorlichting over psychosociale arbeidsbelasting"),
    "subject": QT_TRANSLATE_NOOP("AttendanceReport", "Onderwerp"),
    "date": QT_TRANSLATE_NOOP("AttendanceReport", "Datum"),
    "form": QT_TRANSLATE_NOOP("AttendanceReport", "Vorm"),
    "audience": QT_TRANSLATE_NOOP("AttendanceReport", "Doelgroep"),
    "given_by": QT_TRANSLATE_NOOP("AttendanceReport", "Gegeven door"),
    "recorded": QT_TRANSLATE_NOOP("AttendanceReport", "Al vastgelegd"),
    "named_one": QT_TRANSLATE_NOOP(
        "AttendanceReport", "1 aanwezige op naam, hieronder voorgedrukt"
    ),
    "named_many": QT_TRANSLATE_NOOP(
        "AttendanceReport", "{count} aanwezigen op naam, hieronder voorgedrukt"
    ),
    "named_none": QT_TRANSLATE_NOOP("AttendanceReport", "nog niemand vastgelegd"),
    "counted": QT_TRANSLATE_NOOP("AttendanceReport", "geteld zonder naam: {teams}"),
    "counted_too": QT_TRANSLATE_NOOP("AttendanceReport", "daarnaast geteld zonder naam: {teams}"),
    "team_count": "{team}: {count}",
    "topics_heading": QT_TRANSLATE_NOOP("AttendanceReport", "Onderwerpen"),
    "topics_planned": QT_TRANSLATE_NOOP(
        "AttendanceReport",
        "Vet gedrukt en met 'gepland' erachter: de onderwerpen die voor deze voorlichting zijn "
        "vastgelegd. Kruis aan wat echt aan bod is gekomen."
    ),
    "topics_none": QT_TRANSLATE_NOOP(
        "AttendanceReport",
        "Voor deze voorlichting zijn nog geen onderwerpen vastgelegd. Kruis aan wat aan bod is "
        "gekomen."
    ),
    "topics_blank": QT_TRANSLATE_NOOP(
        "AttendanceReport", "Kruis aan welke onderwerpen aan bod zijn gekomen."
    ),
    "planned": QT_TRANSLATE_NOOP("AttendanceReport", "gepland"),
    "present_heading": QT_TRANSLATE_NOOP("AttendanceReport", "Aanwezigen"),
    "present_intro": QT_TRANSLATE_NOOP(
        "AttendanceReport",
        "Staat uw naam er al, zet dan alleen uw handtekening. Anders vult u een lege regel in."
    ),
    "present_blank": QT_TRANSLATE_NOOP(
        "AttendanceReport", "Vul naam, team en handtekening in, één regel per persoon."
    ),
    "name": QT_TRANSLATE_NOOP("AttendanceReport", "Naam"),
    "team": QT_TRANSLATE_NOOP("AttendanceReport", "Team"),
    "signature": QT_TRANSLATE_NOOP("AttendanceReport", "Handtekening"),
    "closing_heading": QT_TRANSLATE_NOOP("AttendanceReport", "Voorlichting gegeven door"),
    "closing_intro": QT_TRANSLATE_NOOP(
        "AttendanceReport", "Wie de voorlichting gaf, tekent voor de juistheid van deze lijst."
    ),
    "no_session": QT_TRANSLATE_NOOP(
        "AttendanceReport", "Er is geen voorlichting met nummer {id} in cyclus {cycle}"
    ),
    "session_elsewhere": QT_TRANSLATE_NOOP(
        "AttendanceReport", "Voorlichting {id} hoort bij cyclus {other}, niet bij cyclus {cycle}"
    ),
    "choose_from": QT_TRANSLATE_NOOP("AttendanceReport", "{problem}; kies uit: {ids}."),
    "none_to_choose": QT_TRANSLATE_NOOP(
        "AttendanceReport", "{problem}; in deze cyclus is nog geen voorlichting vastgelegd."
    ),
    "bad_session": QT_TRANSLATE_NOOP(
        "AttendanceReport", "'{id}' is geen nummer van een voorlichting."
    ),
}

LONG_TITLE = 200  # characters; longer session titles are set smaller


def _w(key: str, **values: object) -> str:
    return lookup(_CONTEXT, _WORDS, key, **values)


def _p(key: str, **values: str) -> str:
    """Markup: the text of `key` escaped, with `values` (already markup) filled in."""
    return lookup_markup(_CONTEXT, _WORDS, key, **values)


@one_build()  # markup parsed once per shape, for this build only
def build(org: m.Organisation, cycle: m.Cycle, *, printed_on: date,
          session_id: int | None = None, **options: object) -> bytes:
    """The presentielijst of session `session_id` of `cycle` as PDF bytes, or a blank one when
    `session_id` is None. A WerkdrukError names the sessions there are when the id is unknown."""
    today = printed_on
    session = None if session_id is None else find_session(org, cycle, session_id)
    title = _w(scoped("title", org))
    story: list[Flowable] = [*title_block(title, org, cycle, today),
                             body(escape(_w(scoped("intro", org))))]
    untitled = _w(scoped("untitled", org))
    if session is None:
        story += _blank_sheet(org.strands, untitled)
    else:
        story += _session_sheet(cycle, session, org.strands, untitled)
    return render(page_info(title, org, cycle, today), story)


def find_session(org: m.Organisation, cycle: m.Cycle,
                 session_id: object) -> m.InformationSession:
    """The session of `cycle` with this id; otherwise a WerkdrukError in one sentence."""
    keys = {"bad": "bad_session", "elsewhere": "session_elsewhere", "unknown": "no_session"}
    return find_in_cycle(org, cycle, "sessions", session_id,
                         lambda kind, **values: _w(keys.get(kind, kind), **values))


# -- a session ---------------------------------------------------------------------------------


def _session_sheet(cycle: m.Cycle, session: m.InformationSession,
                   strands: tuple[m.Strand, ...], untitled: str) -> list[Flowable]:
    teams = {t.id: t.name for t in cycle.teams}
    st = s.styles()
    facts = [
        (_w("date"), cell(format_date(session.held_on))),
        (_w("form"), own(escape(label(session.form)))),
        (_w("audience"), own(escape(label(session.audience)))),
        (_w("given_by"), cell(session.given_by)),
        (_w("recorded"), own(_recorded(session, teams))),
    ]
    # A title of a paragraph's length reads (and fits a page) better at the size of a subheading.
    title_style = st.heading1 if len(session.title) <= LONG_TITLE else st.heading2
    intro = [Paragraph(markup(session.title, empty=untitled), title_style),
             facts_table([(escape(name), value) for name, value in facts])]
    topics = _topics(set(session.topics), _w("topics_planned" if session.topics else "topics_none"),
                     strands)
    people = sorted(session.attendees, key=lambda a: (" ".join(a.name.split()).casefold()))
    rows = [(a.name, _team_name(a.team_id, teams)) for a in people]
    closing = _closing(session.given_by)
    present = [heading(_w("present_heading"), 2), body(escape(_w("present_intro")))]
    table = [attendee_table(_header(), rows)] if rows else []
    return [
        *intro,
        *topics,
        *opening([*present, *table], room=60 * mm),
        BlankRows(_header(), MIN_BLANK_ROWS, closing, with_header=not rows),
        KeepTogether(closing),
    ]


def _recorded(session: m.InformationSession, teams: dict[int | None, str]) -> str:
    """Who is on record already: people by name, and people counted per team without one."""
    count = len(session.attendees)
    lines = [escape(_w("named_one") if count == 1 else _w("named_many", count=count))]
    counts = [(teams.get(team_id), n) for team_id, n in session.team_counts.items() if n > 0]
    if counts:
        parts = [_p("team_count", team=markup(name, empty=word("unknown_team")), count=str(n))
                 for name, n in counts]
        lines.append(_p("counted_too" if count else "counted", teams="; ".join(parts)))
    if not count:
        lines.pop(0)
    return "<br/>".join(lines) or escape(_w("named_none"))


def _team_name(team_id: int | None, teams: dict[int | None, str]) -> str:
    if team_id is None:
        return ""
    return teams.get(team_id, word("unknown_team"))


# -- without a session -------------------------------------------------------------------------


def _blank_sheet(strands: tuple[m.Strand, ...], untitled: str) -> list[Flowable]:
    st = s.styles()
    fields = [
        (escape(_w("date")), ""),
        (escape(_w("subject")), ""),
        (escape(_w("given_by")), ""),
        (escape(_w("form")), _choices(label(x) for x in m.SessionForm)),
        (escape(_w("audience")), _choices(label(x) for x in m.Audience)),
    ]
    closing = _closing("")
    return [
        Paragraph(escape(untitled), st.heading1),
        write_lines(fields),
        *_topics(set(), _w("topics_blank"), strands),
        *opening([heading(_w("present_heading"), 2), body(escape(_w("present_blank")))],
                 room=60 * mm),
        BlankRows(_header(), MIN_BLANK_ROWS, closing, with_header=True),
        KeepTogether(closing),
    ]


def _choices(names: object) -> str:
    """Options to tick on paper, one after another: '☐ bijeenkomst   ☐ training …'."""
    return "&nbsp;&nbsp;&nbsp; ".join(f"{BOX}&nbsp;{escape(name)}" for name in names)


# -- shared by both sheets ---------------------------------------------------------------------


def _topics(planned: set[m.Topic], intro: str,
            strands: tuple[m.Strand, ...]) -> list[Flowable]:
    """The topics of the strands in scope, each with a box to tick; planned ones in bold.
    Werkdruk only: the flyer's six. The whole PSA policy: grouped under each strand's name
    (a topic two strands share is listed once, under the first)."""
    rows: list[list[Flowable | str]] = []
    groups: list[int] = []
    listed: set[m.Topic] = set()
    for strand in strands:
        topics = [x for x in m.STRAND_TOPICS[strand] if x not in listed]
        listed.update(topics)
        if len(strands) > 1:
            groups.append(len(rows))
            rows.append([own(escape(label(strand).capitalize()), s.styles().cell_bold), ""])
        for topic in topics:
            text = escape(label(topic))
            if topic in planned:
                text = f"<b>{text}</b> ({escape(_w('planned'))})"
            rows.append([own(BOX), own(text)])
    commands = [("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                ("LEFTPADDING", (0, 0), (0, -1), 0)]
    commands += [c for row in groups for c in (("SPAN", (0, row), (-1, row)),
                                               ("TOPPADDING", (0, row), (-1, row), 5))]
    table = make_table(rows, TOPIC_WIDTHS, commands, header_rows=0, ruled=False)
    return [KeepTogether([heading(_w("topics_heading"), 2), body(escape(intro)), table])]


def _header() -> list[str]:
    return [escape(_w(key)) for key in ("name", "team", "signature")]


def _closing(given_by: str) -> list[Flowable]:
    """Where the person who gave the session signs: name (printed when known), date, signature."""
    st = s.styles()
    name = markup(given_by) if given_by.strip() else ""
    fields = [(escape(word("sign_name")), name), (escape(word("sign_date")), ""),
              (escape(word("sign_signature")), "")]
    return [
        heading(_w("closing_heading"), 2),
        Paragraph(escape(_w("closing_intro")), st.body),
        write_lines(fields, width=s.CONTENT_WIDTH * 0.62, row_height=WRITE_ROW),
    ]
