"""The English translation is complete, in step with the code, and compiled: checked with Qt's
own tools (pyside6-lupdate, pyside6-lrelease) run against the real sources."""

import re
import shutil
import sys
from pathlib import Path

import pytest

from werkdrukdesk.core import i18n

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import translations  # noqa: E402 - tools/ is not a package, so it is found by path

PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%\d|<[^<>]+>|&\w+;")


def messages(ts: Path) -> dict[tuple[str, str], tuple[str | None, str]]:
    """(context, source) -> (type attribute, translation) of every message in a .ts."""
    from xml.etree import ElementTree

    found = {}
    for context in ElementTree.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            found[(name, message.findtext("source"))] = (translation.get("type"),
                                                         translation.text or "")
    return found


@pytest.fixture(scope="module")
def fresh_ts(tmp_path_factory) -> Path:
    """The committed .ts brought up to date with the code, as `translations.py update` would."""
    copy = tmp_path_factory.mktemp("i18n") / "werkdrukdesk_en.ts"
    shutil.copy(translations.ts_file("en"), copy)
    translations.update("en", copy)
    return copy


def test_every_sentence_in_the_code_is_in_the_committed_ts(fresh_ts):
    committed = set(messages(translations.ts_file("en")))
    missing = set(messages(fresh_ts)) - committed
    assert not missing, f"run tools/translations.py update; new: {sorted(missing)[:5]}"


def test_the_committed_ts_has_no_sentence_the_code_dropped(fresh_ts):
    gone = set(messages(translations.ts_file("en"))) - set(messages(fresh_ts))
    assert not gone, f"run tools/translations.py update; gone: {sorted(gone)[:5]}"


def test_every_sentence_has_a_finished_english_translation():
    unfinished = [key for key, (kind, text) in messages(translations.ts_file("en")).items()
                  if kind or not text.strip()]
    assert not unfinished, f"{len(unfinished)} untranslated, e.g. {unfinished[:5]}"


def test_translations_keep_every_placeholder_and_markup():
    wrong = []
    for (context, source), (_, text) in messages(translations.ts_file("en")).items():
        same_marks = sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(text))
        if not same_marks or source.count("\n") != text.count("\n"):
            wrong.append((context, source, text))
    assert not wrong, wrong[:5]


def test_menu_accelerators_survive_translation():
    def accelerators(text: str) -> int:
        return len(re.findall(r"&(?!&|\w+;)", text))

    wrong = [(c, s, t) for (c, s), (_, t) in messages(translations.ts_file("en")).items()
             if accelerators(s) != accelerators(t)]
    assert not wrong, wrong[:5]


def test_the_committed_qm_is_the_compiled_ts(tmp_path):
    compiled = tmp_path / "werkdrukdesk_en.qm"
    translations.release("en", compiled)
    assert compiled.read_bytes() == translations.qm_file("en").read_bytes(), (
        "run tools/translations.py release"
    )


def test_core_reads_the_same_catalogue_as_qt():
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(translations.qm_file("en")))
    for (context, source), english in list(i18n.catalogue("en").items())[:200]:
        assert translator.translate(context, source) == english


# -- no Dutch sentence escapes translation ---------------------------------------------------

DUTCH_WORDS = set("de het een van niet geen uw u wordt zijn voor naar bij nog deze dit wat welke "
                  "te op met en is of om dat die er ook al maar kan moet hebt heeft".split())
MARKING_CALLS = {"tr", "translate", "QT_TRANSLATE_NOOP"}
# Sample data and SQL are not sentences of the program; codec's one is for developers.
NOT_SENTENCES = {"werkdrukdesk/demo", "werkdrukdesk/storage/migrations.py"}
FOR_DEVELOPERS = {("codec.py", " wordt niet ondersteund")}


def looks_dutch(text: str) -> bool:
    words = re.findall(r"[a-zà-ÿ]+", text.lower())
    return sum(word in DUTCH_WORDS for word in words) >= 2


def unmarked_strings(path: Path) -> list[str]:
    """String literals in `path` outside translate calls and docstrings."""
    import ast

    tree = ast.parse(path.read_text(encoding="utf-8"))
    marked = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = getattr(node.func, "attr", None) or getattr(node.func, "id", "")
            if name in MARKING_CALLS:
                marked.update(id(part) for part in ast.walk(node))
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr):
            marked.add(id(body[0].value))  # a docstring
    return [node.value for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
            and id(node) not in marked]


def test_no_dutch_sentence_is_left_outside_translation():
    found = []
    for path in sorted((ROOT / "werkdrukdesk").rglob("*.py")):
        if any(path.relative_to(ROOT).as_posix().startswith(s) for s in NOT_SENTENCES):
            continue
        found += [(path.name, text) for text in unmarked_strings(path)
                  if looks_dutch(text) and (path.name, text) not in FOR_DEVELOPERS]
    assert not found, found[:10]
