"""Reports in Dutch by default and in English on request (`registry.build(..., language="en")`).

The reports' own words live in keyed catalogues, written in Dutch and marked for pyside6-lupdate;
the English comes from resources/i18n/werkdrukdesk_en.ts. These tests print every kind for the
large demo in English and read the PDF back: the reports' headings are English and none of their
Dutch sentences is left. The demo's own data (names, sources, measure titles) is sample content
in Dutch and stays Dutch, so only the reports' own words are checked.
"""

from __future__ import annotations

import copy
import functools
import re
import threading
from types import ModuleType

import pytest

from tests.reports.conftest import PRINTED_ON, ReadPdf, read_pdf, squash
from werkdrukdesk.core import i18n, labels
from werkdrukdesk.core import model as m
from werkdrukdesk.core.cycles import current_cycle
from werkdrukdesk.core.errors import WerkdrukError
from werkdrukdesk.core.i18n import format_number
from werkdrukdesk.core.psa.scope import set_scope
from werkdrukdesk.core.survey import results as survey_results_names
from werkdrukdesk.demo.build import build_demo
from werkdrukdesk.reports import figures, readiness, registry, words
from werkdrukdesk.reports.attendance import document as attendance
from werkdrukdesk.reports.charts import parts as chart_parts
from werkdrukdesk.reports.dossier import words as dossier_words
from werkdrukdesk.reports.evaluation import document as evaluation
from werkdrukdesk.reports.evaluation import measures as evaluation_measures
from werkdrukdesk.reports.psa import words as psa_words
from werkdrukdesk.reports.survey import comparison as survey_comparison
from werkdrukdesk.reports.survey import questionnaire, questionnaire_parts
from werkdrukdesk.reports.survey import results as survey_results

# Every catalogue of the reports: module, its table, the lupdate context it is marked in.
CATALOGUES: list[tuple[ModuleType, str, str]] = [
    (words, "_NL", words.CONTEXT),
    (dossier_words, "_WORDS", dossier_words.CONTEXT),
    (attendance, "_WORDS", attendance._CONTEXT),
    (questionnaire, "_WORDS", questionnaire._CONTEXT),
    (questionnaire_parts, "_WORDS", questionnaire_parts._CONTEXT),
    (evaluation, "_WORDS", evaluation._CONTEXT),
    (evaluation_measures, "_WORDS", evaluation_measures._CONTEXT),
    (readiness, "_WORDS", readiness._CONTEXT),
    (survey_results, "_WORDS", survey_results._CONTEXT),
    (survey_comparison, "_WORDS", survey_comparison._CONTEXT),
    (chart_parts, "_WORDS", chart_parts._CONTEXT),
    (psa_words, "_WORDS", psa_words.CONTEXT),
]

# The title of each kind (catalogue and key), and a heading printed in it for the large demo
# (a whole-PSA file: the documents of the whole policy say so in their titles).
TITLES = {
    "plan": (words, "plan_title_whole", (words, "risks_heading")),
    "dossier": (dossier_words, "title_whole", (dossier_words, "contents")),
    "attendance": (attendance, "title_whole", (attendance, "present_heading")),
    "questionnaire": (questionnaire, "title_whole", (questionnaire_parts, "owner_heading")),
    "evaluation": (evaluation, "title_whole", (evaluation, "summary_heading")),
    "readiness": (readiness, "title", (readiness, "todo_heading")),
    "poster": (psa_words, "poster_title", (psa_words, "poster_code")),
}

PLACEHOLDER = re.compile(r"\{[^}]*\}")
# How a Dutch catalogue text is looked for in the text of a PDF (see `dutch_patterns`).
SENTENCE_WORDS = 4  # from this many words on: anywhere in the text
MIN_LETTERS = 4  # 'op', 'tot' between two numbers or names: too little to tell Dutch by
GAP = r"[^.;:]{1,200}?"  # what a name or text placeholder stands for: a name, a short list
NUMBER = r"[\d.,%+-]+"
DATE = r"\d\d-\d\d-\d{4}"
NUMBERS = {"count", "number", "page", "pages", "hours", "fine", "attention", "problem", "unrated",
           "high", "low", "demand_attention", "resource_attention", "reached", "headcount",
           "minutes", "size", "limit", "met", "open", "done", "cancelled", "overdue",
           "individual", "better", "worse", "n", "id", "other", "cycle", "priority", "percent"}


def _table(module: ModuleType) -> dict[str, str]:
    return next(getattr(mod, table) for mod, table, _ in CATALOGUES if mod is module)


def _context(module: ModuleType) -> str:
    return next(context for mod, _, context in CATALOGUES if mod is module)


def marked(text: str) -> bool:
    """Whether a catalogue text is a sentence to translate (not a dash, '< 50%' or a name)."""
    return any(c.isalpha() for c in PLACEHOLDER.sub("", text)) and text != "WerkdrukDesk"


def entries() -> list[tuple[str, str, str]]:
    """(module name, context, Dutch text) of every marked catalogue text."""
    found = []
    for module, table, context in CATALOGUES:
        found += [(module.__name__, context, text) for text in getattr(module, table).values()
                  if marked(text)]
    return found


def english(module: ModuleType, key: str) -> str:
    with i18n.language("en"):
        return i18n.translate(_context(module), _table(module)[key])


def core_words() -> set[str]:
    """The Dutch names the core gives codes and survey groups: the reports print them too, so
    a catalogue text equal to one cannot be told apart from it in the PDF."""
    codes = [m.SourceKind, m.ParticipationBody, m.ReviewStatus, m.DocumentKind, m.Evidence,
             m.Verdict, m.Level, m.MeasureStatus, m.SessionForm, m.Audience, m.Topic, m.Effect,
             m.EvaluationMethod, m.CollectionMethod, m.PsaScope, m.Strand, m.AggressionRisk,
             m.AdviserKind, m.IncidentKind, m.Severity]
    found = {labels.label(code, "nl") for kind in codes for code in kind}
    found |= {labels.rating_label(kind, rating, "nl") for kind in m.SourceKind
              for rating in m.Rating}
    found |= {survey_results_names.ORGANISATION_NAME, survey_results_names.COMBINED_NAME}
    return {name.casefold() for name in found}


def _pattern_piece(piece: str) -> str:
    if piece.isspace():
        return r"\s+"
    if PLACEHOLDER.fullmatch(piece):
        name = piece[1:-1]
        return DATE if name == "date" else NUMBER if name in NUMBERS else GAP
    return re.escape(piece).replace("\\-", "-\\s*")  # a line may break after a hyphen


def dutch_patterns() -> list[tuple[str, re.Pattern[str]]]:
    """Every Dutch catalogue text that reads differently in English, as a pattern over the text
    of a PDF (a line may break at any space; a placeholder stands for a number, a date or a
    short name). A sentence is looked for anywhere; a shorter text ('Datum', 'werkt hybride')
    also turns up inside names and sample data, so it is looked for only where a label stands:
    as a line of its own, after a heading's number, or set off by '·' or a comma."""
    patterns, names = [], core_words()
    for _, context, text in entries():
        with i18n.language("en"):
            translated = i18n.translate(context, text)
        literal = PLACEHOLDER.sub(" ", text).split()
        if (text.casefold() in translated.casefold() or text.casefold() in names
                or sum(c.isalpha() for c in "".join(literal)) < MIN_LETTERS):
            continue  # the same in English (or the start of it), a core name, or too short
        body = "".join(_pattern_piece(piece) for piece in re.split(r"(\{\w*\}|\s+)", text)
                       if piece)
        if len(literal) >= SENTENCE_WORDS:
            pattern = rf"(?<!\w){body}(?!\w)"
        else:
            pattern = rf"(?:^|\n|· |, |\d\. ){body}(?= ·| \(|:|,|\s*(?:\n|$))"
        patterns.append((text, re.compile(pattern)))
    return patterns


@functools.cache
def demo():
    org = build_demo("large", today=PRINTED_ON)
    return org, current_cycle(org)


@functools.cache
def whole_demo():
    """The large demo widened to the whole PSA policy (the sheet for the wall needs it)."""
    org = copy.deepcopy(demo()[0])
    set_scope(org, m.PsaScope.WHOLE)
    return org, current_cycle(org)


def demo_for(kind: str):
    return whole_demo() if kind == "poster" else demo()


def options(kind: str) -> dict[str, object]:
    """The fullest version of each kind: the attendance list of a session with people on it."""
    cycle = demo()[1]
    if kind == "attendance":
        session = max(cycle.sessions, key=lambda x: (len(x.attendees), len(x.topics)))
        return {"session_id": session.id}
    return {}


@functools.cache
def report(kind: str, language: str | None) -> ReadPdf:
    org, cycle = demo_for(kind)
    return read_pdf(registry.build(kind, org, cycle, language=language, printed_on=PRINTED_ON,
                                   **options(kind)))


# -- the catalogues ----------------------------------------------------------------------------


def test_every_report_sentence_has_an_english_translation():
    known = i18n.catalogue("en")
    missing = [(module, context, text) for module, context, text in entries()
               if (context, text) not in known]
    assert missing == []


def test_translations_keep_every_placeholder():
    marks = re.compile(r"\{[^}]*\}|<[^>]+>|&\w+;")
    with i18n.language("en"):
        wrong = [(text, i18n.translate(context, text)) for _, context, text in entries()
                 if sorted(marks.findall(text))
                 != sorted(marks.findall(i18n.translate(context, text)))]
    assert wrong == []


def test_every_catalogue_entry_formats_in_english():
    with i18n.language("en"):
        for module, table, _ in CATALOGUES:
            for key, text in getattr(module, table).items():
                names = re.findall(r"{(\w+)}", text)
                assert words.lookup(_context(module), getattr(module, table), key,
                                    **{name: "x" for name in names})


# -- English reports ---------------------------------------------------------------------------


@pytest.mark.parametrize("kind", registry.KINDS)
def test_an_english_report_has_english_headings(kind):
    pdf = report(kind, "en")
    module, key, (heading_module, heading_key) = TITLES[kind]
    title, heading = english(module, key), english(heading_module, heading_key)
    dutch_title = _table(module)[key]
    assert title != dutch_title and heading != _table(heading_module)[heading_key]
    assert squash(title) in pdf.squashed and squash(heading) in pdf.squashed
    assert squash(dutch_title) not in pdf.squashed
    assert pdf.metadata["/Title"].startswith(title)
    total = len(pdf.pages)
    with i18n.language("en"):
        for number, page in enumerate(pdf.pages, start=1):
            assert squash(words.word("page_of", page=number, pages=total)) in squash(page)
    assert pdf.reader.trailer["/Root"]["/Lang"] == "en-GB"


@pytest.mark.parametrize("kind", registry.KINDS)
def test_an_english_report_has_no_dutch_sentence_of_the_reports(kind):
    text = report(kind, "en").text
    left = [dutch for dutch, pattern in dutch_patterns() if pattern.search(text)]
    assert left == []


@pytest.mark.parametrize("kind", registry.KINDS)
def test_the_same_check_finds_the_dutch_of_a_dutch_report(kind):
    """The patterns are not too strict to find anything: in the Dutch report they find plenty."""
    text = report(kind, None).text
    assert sum(1 for _, pattern in dutch_patterns() if pattern.search(text)) >= 10


def test_english_numbers_have_a_decimal_point():
    text = report("dossier", "en").text
    assert "6,480 paid hours" in " ".join(text.split())  # the large demo's 6480 hours a week
    assert re.search(r"(?<![\d.,])[1-5]\.\d\d(?!\d)", text)  # means on the 1-5 scale
    assert not re.search(r"(?<![\d.,])[1-5],\d\d(?![\d])", text)


# -- the default stays Dutch ---------------------------------------------------------------


@pytest.mark.parametrize("kind", registry.KINDS)
def test_the_default_build_is_dutch(kind):
    module, key, _ = TITLES[kind]
    dutch = report(kind, None)
    assert i18n.current() == "nl"
    assert squash(_table(module)[key]) in dutch.squashed
    assert squash(words.word("page_of", page=1, pages=len(dutch.pages))) in dutch.squashed
    assert dutch.reader.trailer["/Root"]["/Lang"] == "nl-NL"
    assert report(kind, "nl").pages == dutch.pages
    org, cycle = demo_for(kind)
    plain = registry.builder(kind)(org, cycle, printed_on=PRINTED_ON, **options(kind))
    assert read_pdf(plain).pages == dutch.pages


def test_the_language_holds_for_one_build_in_one_thread_only():
    seen: dict[str, str] = {}

    def build_in_english() -> None:
        org, cycle = demo()
        registry.build("readiness", org, cycle, language="en", printed_on=PRINTED_ON)
        seen["after"] = i18n.current()

    worker = threading.Thread(target=build_in_english)
    worker.start()
    worker.join()
    assert seen == {"after": "nl"} and i18n.current() == "nl"


def test_an_unknown_language_or_kind_is_an_error():
    org, cycle = demo()
    with pytest.raises(WerkdrukError, match="Onbekende taal 'fr'"):
        registry.build("plan", org, cycle, language="fr", printed_on=PRINTED_ON)
    with pytest.raises(WerkdrukError, match="Onbekend rapport 'muurkrant'"):
        registry.build("muurkrant", org, cycle, language="en", printed_on=PRINTED_ON)


# -- numbers ---------------------------------------------------------------------------------


@pytest.mark.parametrize("language, decimal, grouped, typed", [
    ("nl", "3,25", ["486", "6.480", "37,5", "1.234,5"], ["3", "3,25"]),
    ("en", "3.25", ["486", "6,480", "37.5", "1,234.5"], ["3", "3.25"]),
])
def test_numbers_follow_the_language(language, decimal, grouped, typed):
    with i18n.language(language):
        assert format_number(3.254) == decimal and format_number(None) == "-"
        assert [figures.grouped(x) for x in (486, 6480, 37.5, 1234.5)] == grouped
        assert [figures.as_typed(x) for x in (3.0, 3.25)] == typed
