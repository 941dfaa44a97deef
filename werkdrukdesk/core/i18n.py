"""The language of the program's own words, for the parts that know no Qt (core, storage,
reports, the command line).

Every sentence is written in Dutch inside `translate("Context", "...")`, or inside
`QT_TRANSLATE_NOOP("Context", "...")` where a table holds it, because those are the calls
pyside6-lupdate collects. The English lives in resources/i18n/werkdrukdesk_en.ts, the one file
the windows use too (compiled to .qm for Qt); here it is read straight from the .ts, so this
module stays free of Qt.

The language is the program's (`set_language`), and a report printed in another language sets
its own for the thread that builds it (`with language("en"): ...`).
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import TypeVar
from xml.etree import ElementTree

from werkdrukdesk.paths import resources_dir

SOURCE_LANGUAGE = "nl"
LANGUAGES: dict[str, str] = {"nl": "Nederlands", "en": "English"}
DECIMAL_COMMA = frozenset({"nl"})  # languages that write 3,25; the others write 3.25

_program_language = SOURCE_LANGUAGE
_scoped_language: ContextVar[str | None] = ContextVar("werkdrukdesk_language", default=None)


def current() -> str:
    """The language words are given in right now, in this thread."""
    return _scoped_language.get() or _program_language


def decimal_comma() -> bool:
    """Whether numbers are written with a decimal comma in the current language."""
    return current() in DECIMAL_COMMA


def set_language(code: str) -> None:
    """The program's language, for every thread that does not choose its own."""
    global _program_language
    _program_language = _known(code)


@contextmanager
def language(code: str) -> Iterator[None]:
    """Words in `code` inside the block, for this thread only (a report in another language)."""
    token = _scoped_language.set(_known(code))
    try:
        yield
    finally:
        _scoped_language.reset(token)


def translate(context: str, text: str) -> str:
    """`text` (Dutch) in the current language; Dutch when no translation is known."""
    code = current()
    if code == SOURCE_LANGUAGE:
        return text
    return catalogue(code).get((context, text), text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for translation where it is stored; `translate` it where it is shown."""
    return text


K = TypeVar("K")


class Translated(Mapping[K, str]):
    """A fixed table of Dutch texts (each marked with QT_TRANSLATE_NOOP in `context`) that
    hands every text out in the language current at the lookup, not at import."""

    def __init__(self, context: str, texts: Mapping[K, str]) -> None:
        self.context = context
        self.dutch: dict[K, str] = dict(texts)

    def __getitem__(self, key: K) -> str:
        return translate(self.context, self.dutch[key])

    def __iter__(self) -> Iterator[K]:
        return iter(self.dutch)

    def __len__(self) -> int:
        return len(self.dutch)

    def __repr__(self) -> str:
        return f"Translated({self.context!r}, {self.dutch!r})"


def ts_path(code: str) -> Path:
    return resources_dir() / "i18n" / f"werkdrukdesk_{code}.ts"


@functools.cache
def catalogue(code: str) -> dict[tuple[str, str], str]:
    """The finished translations of one language, by (context, Dutch text)."""
    path = ts_path(code)
    if not path.exists():
        return {}
    found: dict[tuple[str, str], str] = {}
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in {"unfinished", "vanished",
                                                                  "obsolete"}:
                continue
            found[(name, message.findtext("source") or "")] = translation.text or ""
    return found


def _known(code: str) -> str:
    if code not in LANGUAGES:
        raise ValueError(f"unknown language {code!r}; choose from {', '.join(LANGUAGES)}")
    return code


def format_number(value: float | None, decimals: int = 2) -> str:
    """A decimal comma in Dutch ('3,50'), a decimal point in English ('3.50')."""
    if value is None:
        return "-"
    text = f"{value:.{decimals}f}"
    if text.lstrip("-").strip("0.") == "":
        text = text.lstrip("-")  # no "-0,00" for a tiny negative number
    return text.replace(".", ",") if decimal_comma() else text
