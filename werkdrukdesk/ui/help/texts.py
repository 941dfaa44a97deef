"""The help texts, read from resources/help/*.toml, and the HTML the help window shows.

Plain Python on purpose (no Qt): the texts are data, in Dutch and English, and the tests read
them without a window. The headings come from the caller, who translates them.
"""

from __future__ import annotations

import functools
import html
import tomllib
from dataclasses import dataclass
from pathlib import Path

from werkdrukdesk.core import i18n
from werkdrukdesk.paths import resources_dir

START = "start"  # the help for the welcome screen, before a file is open
PARTS = ("asks", "why", "example")


@dataclass(frozen=True)
class Headings:
    asks: str
    why: str
    example: str
    terms: str


def help_dir() -> Path:
    return resources_dir() / "help"


@functools.cache
def _load(name: str) -> dict:
    with open(help_dir() / f"{name}.toml", "rb") as file:
        return tomllib.load(file)


def topics() -> dict:
    """Every topic by key: 'start' and one per step, each with 'terms' and a table per
    language."""
    return _load("steps")


def terms() -> dict:
    """Every explained word by key, with a table per language ('name', 'text')."""
    return _load("terms")


def _language(language: str | None) -> str:
    return language or i18n.current()


def title(key: str, language: str | None = None) -> str:
    return topics()[key][_language(language)]["title"]


def topic_html(key: str, headings: Headings, language: str | None = None) -> str:
    """One topic as HTML: its title, what it asks, why, the bakery, and its words."""
    code = _language(language)
    topic = topics()[key]
    text = topic[code]
    parts = [f"<h2>{html.escape(text['title'])}</h2>"]
    for part in PARTS:
        parts.append(f"<h3>{html.escape(getattr(headings, part))}</h3>")
        parts.append(_paragraphs(text[part]))
    if topic.get("terms"):
        parts.append(f"<h3>{html.escape(headings.terms)}</h3>")
        parts.append(terms_html(topic["terms"], code))
    return "\n".join(parts)


def terms_html(keys: list[str] | None = None, language: str | None = None) -> str:
    """The explained words as a definition list: `keys` in that order, or all of them."""
    code = _language(language)
    chosen = keys if keys is not None else list(terms())
    items = []
    for key in chosen:
        term = terms()[key][code]
        items.append(f"<dt><b>{html.escape(term['name'])}</b></dt>"
                     f"<dd>{html.escape(term['text'].strip())}</dd>")
    return "<dl>" + "".join(items) + "</dl>"


def _paragraphs(text: str) -> str:
    """Blank lines part paragraphs; lines starting with '- ' make a list."""
    blocks = []
    for block in text.strip().split("\n\n"):
        lines = [line.strip() for line in block.strip().splitlines() if line.strip()]
        bullets = [line[2:] for line in lines if line.startswith("- ")]
        prose = " ".join(line for line in lines if not line.startswith("- "))
        if prose:
            blocks.append(f"<p>{html.escape(prose)}</p>")
        if bullets:
            blocks.append("<ul>" + "".join(f"<li>{html.escape(b)}</li>" for b in bullets)
                          + "</ul>")
    return "\n".join(blocks)
