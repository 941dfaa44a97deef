"""The parts of the paper questionnaire around the statements: the promise of anonymity, the
choice of team, and the open question at the end."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from werkdrukdesk.core import model as m
from werkdrukdesk.core.i18n import QT_TRANSLATE_NOOP
from werkdrukdesk.core.survey.scoring import threshold
from werkdrukdesk.reports import styles as s
from werkdrukdesk.reports.blocks import body, heading
from werkdrukdesk.reports.fonts import REGULAR
from werkdrukdesk.reports.survey.questionnaire_items import BOX
from werkdrukdesk.reports.tables import make_table, own
from werkdrukdesk.reports.text import escape, markup
from werkdrukdesk.reports.words import lookup, with_strands

TEAM_COLUMNS = 2
CHOICE_BOX_WIDTH = 7 * mm
OPEN_LINES = 9
OPEN_LINE_HEIGHT = 8 * mm

_CONTEXT = "QuestionnaireForm"
_WORDS: dict[str, str] = {
    "anonymous_heading": QT_TRANSLATE_NOOP("QuestionnaireForm", "Uw antwoorden blijven anoniem"),
    "owner_heading": QT_TRANSLATE_NOOP(
        "QuestionnaireForm", "Zonder naam, en wie uw antwoorden ziet"),
    "no_name": QT_TRANSLATE_NOOP("QuestionnaireForm", "Zet nergens op dit formulier uw naam."),
    "entered_without_name": QT_TRANSLATE_NOOP(
        "QuestionnaireForm", "Uw antwoorden worden zonder naam in de computer ingevoerd."
    ),
    "groups": QT_TRANSLATE_NOOP(
        "QuestionnaireForm",
        "Uitkomsten worden alleen getoond voor groepen van minstens {size} mensen. Een team dat "
        "kleiner is, wordt samengevoegd met een ander team."
    ),
    # Who sees and enters the forms, as the owner chose it (SurveySettings.answers_handled_by):
    # the form promises no more than that.
    "seen_by_independent": QT_TRANSLATE_NOOP(
        "QuestionnaireForm",
        "Een onafhankelijk persoon, niet uw werkgever of leidinggevende, verzamelt de formulieren "
        "en voert ze in. Uw werkgever ziet uw losse formulier niet, alleen de uitkomsten per groep."
    ),
    "seen_by_sealed_box": QT_TRANSLATE_NOOP(
        "QuestionnaireForm",
        "U doet het formulier in een dichte bus. Iemand anders dan uw werkgever opent de bus en "
        "voert de formulieren in. Uw werkgever ziet uw losse formulier niet, alleen de uitkomsten "
        "per groep."
    ),
    "seen_by_owner": QT_TRANSLATE_NOOP(
        "QuestionnaireForm",
        "Uw werkgever voert de formulieren zelf in en kan uw losse formulier dus zien. Het "
        "programma bewaart geen namen en toont daarna alleen uitkomsten per groep."
    ),
    "destroyed": QT_TRANSLATE_NOOP(
        "QuestionnaireForm", "Na het invoeren worden de papieren formulieren vernietigd."
    ),
    "questions_named": QT_TRANSLATE_NOOP(
        "QuestionnaireForm",
        "Hebt u vragen over deze vragenlijst? Stel ze aan {name}, de preventiemedewerker."
    ),
    "questions": QT_TRANSLATE_NOOP(
        "QuestionnaireForm",
        "Hebt u vragen over deze vragenlijst? Stel ze aan de preventiemedewerker."
    ),
    "team_heading": QT_TRANSLATE_NOOP("QuestionnaireForm", "In welk team werkt u?"),
    "team_intro": QT_TRANSLATE_NOOP("QuestionnaireForm", "Kruis één hokje aan."),
    "team_secret": QT_TRANSLATE_NOOP("QuestionnaireForm", "wil ik niet zeggen"),
    "team_secret_note": QT_TRANSLATE_NOOP(
        "QuestionnaireForm",
        "Kiest u voor 'wil ik niet zeggen', dan tellen uw antwoorden alleen mee voor de hele "
        "organisatie en niet voor een team."
    ),
    "no_teams": QT_TRANSLATE_NOOP(
        "QuestionnaireForm",
        "U hoeft geen team te kiezen: uw antwoorden tellen mee voor de hele organisatie."
    ),
    "open_question": QT_TRANSLATE_NOOP(
        "QuestionnaireForm", "Wilt u nog iets kwijt over werkdruk? (schrijf geen namen)"
    ),
    "open_question_whole": QT_TRANSLATE_NOOP(
        "QuestionnaireForm",
        "Wilt u nog iets kwijt over werkdruk, over de omgang op het werk of over agressie? "
        "(schrijf geen namen)"
    ),
    "thanks": QT_TRANSLATE_NOOP("QuestionnaireForm", "Hartelijk dank voor het invullen!"),
    "hand_in": QT_TRANSLATE_NOOP(
        "QuestionnaireForm",
        "Lever het formulier in zoals in uw organisatie is afgesproken, bijvoorbeeld in een "
        "dichte envelop."
    ),
}


def _w(key: str, **values: object) -> str:
    return lookup(_CONTEXT, _WORDS, key, **values)


def bullets(lines: Sequence[str]) -> list[Paragraph]:
    """Markup lines as a bulleted list (the bullet in DejaVu, never Helvetica)."""
    style = ParagraphStyle("q_bullet", parent=s.styles().body, leftIndent=11, bulletIndent=1,
                           bulletFontName=REGULAR, spaceAfter=3)
    return [Paragraph(line, style, bulletText="•") for line in lines]


# -- anonymity ---------------------------------------------------------------------------------


def anonymity_box(org: m.Organisation) -> Flowable:
    """The promise of anonymity on a tinted panel, with whom to ask; who sees and enters the
    forms is said as the owner chose it, and no more is promised."""
    size = threshold(org.survey_settings)
    lines = [escape(_w(key)) for key in ("no_name", "entered_without_name")]
    lines.append(escape(_w("groups", size=size)))
    handled_by = org.survey_settings.answers_handled_by
    lines += [escape(_w(f"seen_by_{handled_by.value}")), escape(_w("destroyed"))]
    lines.append(_ask(org.profile))
    title = "owner_heading" if handled_by == m.AnswerHandling.OWNER else "anonymous_heading"
    content = [heading(_w(title), 2), *bullets(lines)]
    box = [("BACKGROUND", (0, 0), (-1, -1), s.TINT), ("LEFTPADDING", (0, 0), (-1, -1), 9),
           ("RIGHTPADDING", (0, 0), (-1, -1), 9), ("TOPPADDING", (0, 0), (-1, -1), 3),
           ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]
    return make_table([[content]], [s.CONTENT_WIDTH], box, header_rows=0, ruled=False)


def _ask(profile: m.Profile) -> str:
    name = profile.prevention_officer
    if not name.strip():
        text = escape(_w("questions"))
    else:
        text = escape(_w("questions_named")).format(name=f"<b>{markup(name)}</b>")
    if profile.prevention_officer_contact.strip():
        text += "<br/>" + markup(profile.prevention_officer_contact)
    return text


# -- team --------------------------------------------------------------------------------------


def team_choice(cycle: m.Cycle) -> list[Flowable]:
    """The cycle's teams, each with a box, and 'wil ik niet zeggen' last."""
    title = heading(_w("team_heading"), 2)
    if not cycle.teams:
        return [KeepTogether([title, body(escape(_w("no_teams")))])]
    names = [markup(t.name) for t in cycle.teams] + [f"<i>{escape(_w('team_secret'))}</i>"]
    note = Paragraph(escape(_w("team_secret_note")), s.styles().note)
    return [KeepTogether([title, body(escape(_w("team_intro"))), _choices(names), note])]


def _choices(names: list[str]) -> Table:
    """Boxes with names in columns, read down the first column, then down the next."""
    per_column = -(-len(names) // TEAM_COLUMNS)
    columns = [names[n * per_column:(n + 1) * per_column] for n in range(TEAM_COLUMNS)]
    box_style = ParagraphStyle("q_choice_box", parent=s.styles().cell, fontSize=13, leading=13)
    name_style = ParagraphStyle("q_choice", parent=s.styles().cell, fontSize=9.5, leading=12.6)
    rows = []
    for index in range(per_column):
        row: list[Flowable | str] = []
        for column in columns:
            found = index < len(column)
            row += [own(BOX, box_style), own(column[index], name_style)] if found else ["", ""]
        rows.append(row)
    name_width = s.CONTENT_WIDTH / TEAM_COLUMNS - CHOICE_BOX_WIDTH
    widths = [CHOICE_BOX_WIDTH, name_width] * TEAM_COLUMNS
    commands = [("LEFTPADDING", (0, 0), (0, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    return make_table(rows, widths, commands, header_rows=0, ruled=False)


# -- the end -----------------------------------------------------------------------------------


def open_question(strands: bool) -> Flowable:
    """A box with the open question and lines to write on, then the thanks; `strands`: the
    form asks about unwanted behaviour or aggression too."""
    st = s.styles()
    question = ParagraphStyle("q_open", parent=st.cell_bold, fontSize=10, leading=13)
    asked = _w(with_strands("open_question", strands))
    rows: list[list[Flowable | str]] = [[own(escape(asked), question)]]
    rows += [[Spacer(1, OPEN_LINE_HEIGHT)] for _ in range(OPEN_LINES)]
    commands = [("BOX", (0, 0), (-1, -1), 0.8, s.MUTED),
                ("LINEBELOW", (0, 1), (-1, -2), 0.4, s.RULE),
                ("TOPPADDING", (0, 0), (-1, 0), 7),
                ("TOPPADDING", (0, 1), (-1, -1), 0), ("BOTTOMPADDING", (0, 1), (-1, -1), 0),
                ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8)]
    box = make_table(rows, [s.CONTENT_WIDTH], commands, header_rows=0, ruled=False)
    thanks = ParagraphStyle("q_thanks", parent=st.card_title, fontSize=11, leading=15,
                            textColor=s.ACCENT, spaceBefore=10)
    return KeepTogether([Spacer(1, 6 * mm), box, Paragraph(escape(_w("thanks")), thanks),
                         body(escape(_w("hand_in")))])
