"""Removing a person from every record, for a request under the AVG (GDPR).

Every text of every record is searched: the profile, documents, own sources and their items,
and per cycle its teams, ratings, balances, measures (with their evaluation), sessions (with
their attendees), measurements, group conversations, external studies, the plan's approval
and the process evaluation. A name is found
the way people write it: in any letter case, with or without accents (Ayşe, Ayse, AYSE), with
more than one space or a line break between its words, and only as whole words. Attendees with
exactly that name leave their session; everywhere else the name becomes '[verwijderd]'.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from enum import Enum
from typing import TYPE_CHECKING

from werkdrukdesk.core import model as m
from werkdrukdesk.core.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

REPLACEMENT = QT_TRANSLATE_NOOP("Privacy", "[verwijderd]")  # written in the current language
# Letters Unicode does not decompose into a plain letter with an accent.
PLAIN = str.maketrans({"ı": "i", "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d",
                       "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ß": "ss"})


def fold(text: str) -> tuple[str, list[int]]:
    """`text` without case and accents, and for each of its characters the index it came from."""
    folded: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        for part in unicodedata.normalize("NFKD", char.translate(PLAIN)):
            if not unicodedata.combining(part):
                for letter in part.casefold():
                    folded.append(letter)
                    origin.append(index)
    return "".join(folded), origin


def name_pattern(name: str) -> re.Pattern[str] | None:
    """The folded name's words with any white space between them, as whole words."""
    words = fold(name)[0].split()
    if not words or len("".join(words)) < 2:
        return None
    return re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, words)) + r"(?!\w)")


def replace_name(text: str, pattern: re.Pattern[str]) -> str:
    """`text` with every occurrence of the name replaced; unchanged when there is none."""
    folded, origin = fold(text)
    spans = [(origin[f.start()], origin[f.end() - 1] + 1) for f in pattern.finditer(folded)]
    replacement = translate("Privacy", REPLACEMENT)
    for start, end in reversed(spans):
        text = text[:start] + replacement + text[end:]
    return text


def _scrub(record: DataclassInstance, pattern: re.Pattern[str], skip: tuple[str, ...] = ()) -> bool:
    """Replace the name in every text of `record` and of the parts it holds; True if changed."""
    changed = False
    for f in dataclasses.fields(record):
        if f.name in skip:
            continue
        value = getattr(record, f.name)
        if isinstance(value, str) and not isinstance(value, Enum):
            new = replace_name(value, pattern)
            if new != value:
                setattr(record, f.name, new)
                changed = True
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            changed |= _scrub(value, pattern)
        elif isinstance(value, list):
            for part in value:
                if dataclasses.is_dataclass(part) and not isinstance(part, type):
                    changed |= _scrub(part, pattern)
    return changed


def remove_person(org: m.Organisation, name: str) -> list[m.Profile | m.PsaPolicy | m.Record]:
    """Take `name` out of the whole organisation; returns the records that changed (to store)."""
    pattern = name_pattern(name)
    if pattern is None:
        return []
    records: list[m.Profile | m.PsaPolicy | m.Record] = [
        org.profile, org.psa_policy, *org.documents, *org.sources]
    changed = [r for r in records if _scrub(r, pattern)]
    for cycle in org.cycles:
        if _scrub(cycle, pattern, skip=m.CYCLE_PARTS):
            changed.append(cycle)
        for session in cycle.sessions:
            before = len(session.attendees)
            session.attendees = [a for a in session.attendees if not pattern.fullmatch(
                fold(a.name.strip())[0])]
            if len(session.attendees) != before:
                changed.append(session)
        for part in m.CYCLE_PARTS:
            for record in getattr(cycle, part):
                if _scrub(record, pattern) and not any(r is record for r in changed):
                    changed.append(record)
    return changed
