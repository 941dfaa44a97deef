"""The words of core in English: inside `i18n.language("en")` the readiness checks, the labels,
the plan checks and the error messages come out in English, and outside it in Dutch again.

The English is looked up in the English catalogue (resources/i18n), so these tests check that
core hands its sentences through the catalogue, in the language current at the time, not one
wording of the English.
"""

import ast
import re
import string
from datetime import date
from pathlib import Path

import pytest

from werkdrukdesk.core import i18n
from werkdrukdesk.core import model as m
from werkdrukdesk.core.catalogue import answer_labels, builtin_sources
from werkdrukdesk.core.cycles import first_cycle
from werkdrukdesk.core.dates import parse_date
from werkdrukdesk.core.errors import WerkdrukError
from werkdrukdesk.core.i18n import format_number
from werkdrukdesk.core.labels import label, rating_label, source_kind
from werkdrukdesk.core.readiness.base import STRAND_KEYS
from werkdrukdesk.core.readiness.chain import STEP_NAMES, TITLES, open_checks, readiness
from werkdrukdesk.core.readiness.plan_review import plan_review
from werkdrukdesk.core.survey.compare import VERDICT_LABELS, ChangeVerdict

CORE = Path(__file__).resolve().parents[2] / "werkdrukdesk" / "core"
TODAY = date(2026, 6, 1)

# Words that mark a sentence as Dutch and never occur in the English of the program.
DUTCH = re.compile(
    r"\b(de|het|een|en|van|voor|niet|bij|uw|wordt|worden|nog|dat|die|zijn|naar|geen|ook|te|als"
    r"|wat|hoe|welke|stap|actie|cyclus|maatregelen|medewerkers|leidinggevenden|voorlichting)\b",
    re.IGNORECASE,
)


def english(context: str, text: str) -> str:
    """`text` as the English catalogue has it; fails when there is no English."""
    with i18n.language("en"):
        found = i18n.translate(context, text)
    assert found != text, f"no English in the catalogue for ({context!r}, {text!r})"
    return found


def assert_english(text: str, typed: tuple[str, ...] = ()) -> None:
    """No Dutch word in `text`, apart from what the user typed (names stay as written)."""
    for value in typed:
        text = text.replace(value, "")
    assert not DUTCH.findall(text), f"Dutch words {DUTCH.findall(text)} in: {text}"


def _org() -> tuple[m.Organisation, m.Cycle]:
    """A new file as the program makes it: nothing filled in, so most checks have an action."""
    cycle = first_cycle(TODAY)
    cycle.teams = [m.Team("Zaal", headcount=6, id=1)]
    org = m.Organisation(m.Profile("Zuidwest"), sources=builtin_sources(), cycles=[cycle])
    for n, source in enumerate(org.sources, start=1):
        source.id = n
    return org, cycle


# -- readiness ----------------------------------------------------------------------------------


def test_readiness_titles_actions_and_steps_come_in_english_inside_the_block():
    org, cycle = _org()
    dutch = readiness(org, cycle, TODAY)
    with i18n.language("en"):
        found = readiness(org, cycle, TODAY)
        steps = {key: STEP_NAMES[key] for key in STEP_NAMES}
        titles = dict(TITLES)
    assert [c.key for c in found] == [c.key for c in dutch]
    assert [c.ok for c in found] == [c.ok for c in dutch]
    rie = found[0]
    assert rie.key == "rie" and not rie.ok
    assert rie.title == english("ReadinessBase", "Werkdruk staat in de RI&E")
    assert rie.action == english(
        "Readiness", "Vul de datum van uw RI&E in en zorg dat werkdruk (psychosociale "
        "arbeidsbelasting) erin staat.")
    assert rie.step_name == "Organisatie"  # looked up now, outside the block: Dutch again
    with i18n.language("en"):
        assert rie.step_name == english("ReadinessBase", "Organisatie")
    for check, dutch_check in zip(found, dutch, strict=True):
        assert check.title != dutch_check.title
        assert_english(check.title)
        if not check.ok:
            assert check.action != dutch_check.action
            assert_english(check.action, ("Zaal", "Zuidwest"))
    # a werkdruk-only file: the other strands' checks (tests/core/test_readiness_strands.py)
    # are not asked
    werkdruk = {k: v for k, v in titles.items() if k not in STRAND_KEYS}
    assert werkdruk == {c.key: c.title for c in found}
    assert all(steps[key] != dutch_name for key, dutch_name in STEP_NAMES.items())


def test_readiness_is_dutch_again_after_the_block():
    org, cycle = _org()
    with i18n.language("en"):
        readiness(org, cycle, TODAY)
    checks = readiness(org, cycle, TODAY)
    assert checks[0].title == "Werkdruk staat in de RI&E"
    assert checks[0].action.startswith("Vul de datum van uw RI&E in")
    assert STEP_NAMES["plan"] == "Plan van aanpak" and TITLES["rie"] == checks[0].title
    assert open_checks(checks)


# -- labels -------------------------------------------------------------------------------------


def test_labels_follow_the_current_language_and_an_explicit_one():
    with i18n.language("en"):
        verdict = label(m.Verdict.IN_BALANCE)
        demand = label(m.SourceKind.DEMAND)
        too_high = rating_label(m.SourceKind.DEMAND, m.Rating.PROBLEM)
        dutch_asked = label(m.SourceKind.DEMAND, "nl")
        better = VERDICT_LABELS[ChangeVerdict.CLEARLY_BETTER]
    assert verdict == english("Labels", "in balans")
    assert demand == english("Labels", "werkdrukbron")
    assert too_high == english("Labels", "te hoog")
    assert better == english("SurveyCompare", "duidelijk beter")
    for text in (verdict, demand, too_high, better):
        assert_english(text)
    assert dutch_asked == "werkdrukbron"
    assert label(m.SourceKind.DEMAND, "en") == demand
    assert label(m.SourceKind.DEMAND) == "werkdrukbron"
    assert rating_label(m.SourceKind.RESOURCE, m.Rating.PROBLEM) == "te laag"
    assert VERDICT_LABELS[ChangeVerdict.CLEARLY_BETTER] == "duidelijk beter"


def test_every_code_has_an_english_label():
    for enum in (m.SourceKind, m.ParticipationBody, m.ReviewStatus, m.DocumentKind, m.Evidence,
                 m.Verdict, m.Level, m.MeasureStatus, m.SessionForm, m.Audience, m.Topic,
                 m.Effect, m.EvaluationMethod, m.CollectionMethod):
        for code in enum:
            assert_english(label(code, "en"))
    for kind in m.SourceKind:
        for rating in m.Rating:
            assert_english(rating_label(kind, rating, "en"))


def test_the_catalogue_texts_follow_the_current_language():
    with i18n.language("en"):
        sources, scale = builtin_sources(), answer_labels()
    assert sources[0].name == builtin_sources("en")[0].name != builtin_sources()[0].name
    assert scale == answer_labels("en") != answer_labels()


# -- plan checks --------------------------------------------------------------------------------


def test_a_plan_check_message_comes_in_english():
    org, cycle = _org()
    cycle.measures = [m.Measure("Zzz", level=m.Level.ORGANISATION, id=7,
                                staff_involvement="x")]
    with i18n.language("en"):
        [owner] = [x for x in plan_review(org, cycle, TODAY) if x.detail]
    assert not owner.ok and owner.measure_id == 7
    assert owner.message == english(
        "PlanReview", "Maatregel '{measure}': vul in wie verantwoordelijk is en wat de uiterste "
        "datum is.").format(measure="Zzz")
    assert_english(owner.message, ("Zzz",))
    [dutch] = [x for x in plan_review(org, cycle, TODAY) if x.detail]
    assert dutch.message == ("Maatregel 'Zzz': vul in wie verantwoordelijk is en wat de "
                             "uiterste datum is.")


# -- errors and numbers -------------------------------------------------------------------------


def test_a_date_that_does_not_parse_is_explained_in_english():
    with i18n.language("en"), pytest.raises(WerkdrukError) as raised:
        parse_date("31-02-2026", TODAY)
    message = str(raised.value)
    assert message == english(
        "Dates", "Die dag bestaat niet: {month} {year} heeft {days} dagen.").format(
            month="February", year=2026, days=28)
    assert_english(message)
    with pytest.raises(WerkdrukError, match="Die dag bestaat niet: februari 2026 heeft 28 dagen"):
        parse_date("31-02-2026", TODAY)


def test_numbers_have_a_decimal_comma_in_dutch_and_a_point_in_english():
    with i18n.language("en"):
        assert format_number(3.456) == "3.46"
    assert format_number(3.456) == "3,46"


# -- the catalogue --------------------------------------------------------------------------------


def _marked() -> list[tuple[str, str]]:
    """(context, Dutch) of every translate/QT_TRANSLATE_NOOP call with literals in core."""
    found = []
    for path in sorted(CORE.rglob("*.py")):
        if path.name == "i18n.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            name = getattr(node, "func", None)
            if (isinstance(node, ast.Call) and getattr(name, "id", None) in
                    ("translate", "QT_TRANSLATE_NOOP") and len(node.args) == 2
                    and all(isinstance(a, ast.Constant) for a in node.args)):
                found.append((node.args[0].value, node.args[1].value))
    return found


def _fields(text: str) -> list[str]:
    return sorted(f"{name}:{spec}" for _, name, spec, _ in string.Formatter().parse(text)
                  if name is not None)


def test_every_marked_core_sentence_has_english_with_the_same_placeholders():
    marked = _marked()
    assert len(marked) > 300
    known = i18n.catalogue("en")
    missing = [pair for pair in marked if not known.get(pair)]
    assert not missing, f"no English for {missing[:5]}"
    for pair in marked:
        assert _fields(known[pair]) == _fields(pair[1]), pair


def test_a_source_of_unwanted_behaviour_or_aggression_is_no_werkdrukbron():
    assert source_kind(m.SourceKind.DEMAND, m.Strand.WERKDRUK) == "werkdrukbron"
    assert source_kind(m.SourceKind.RESOURCE, m.Strand.WERKDRUK) == "energiebron"
    assert source_kind(m.SourceKind.DEMAND, m.Strand.AGGRESSION) == (
        "agressie en geweld van buitenaf")
    with i18n.language("en"):
        assert source_kind(m.SourceKind.DEMAND, m.Strand.UNWANTED) == (
            label(m.Strand.UNWANTED)) != "ongewenst gedrag binnen het bedrijf"
