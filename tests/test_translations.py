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
import translations  # tools/ is not a package, so it is found by path

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
