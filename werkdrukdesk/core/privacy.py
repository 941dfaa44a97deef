"""Removing a person from every record, for a request under the AVG (GDPR).

Names live in a few known places: who attended a session, who is responsible for or carries
out a measure, who gave a session, who manages a team, the preventiemedewerker, and who signed.
Free text (notes, descriptions) is searched too and the name is replaced there.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from werkdrukdesk.core import model as m
from werkdrukdesk.core.i18n import QT_TRANSLATE_NOOP, translate

REPLACEMENT = QT_TRANSLATE_NOOP("Privacy", "[verwijderd]")  # written in the current language


def _pattern(name: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){re.escape(name.strip())}(?!\w)", re.IGNORECASE)


def _scrub_text_fields(record: Any, pattern: re.Pattern[str]) -> bool:
    """Replace the name in every text field of one record; True if anything changed."""
    changed = False
    replacement = translate("Privacy", REPLACEMENT)
    for f in dataclasses.fields(record):
        value = getattr(record, f.name)
        if isinstance(value, str) and pattern.search(value):
            setattr(record, f.name, pattern.sub(lambda _: replacement, value))
            changed = True
    return changed


def remove_person(org: m.Organisation, name: str) -> list[Any]:
    """Take `name` out of the whole organisation; returns the records that changed (to store).

    Attendees with exactly that name are removed from their session; everywhere else the name
    is replaced by '[verwijderd]'.
    """
    if len(name.strip()) < 2:
        return []
    pattern = _pattern(name)
    changed: list[Any] = []
    if _scrub_text_fields(org.profile, pattern):
        changed.append(org.profile)
    changed += [d for d in org.documents if _scrub_text_fields(d, pattern)]
    for cycle in org.cycles:
        changed += _scrub_cycle(cycle, pattern, name)
    return changed


def _scrub_cycle(cycle: m.Cycle, pattern: re.Pattern[str], name: str) -> list[Any]:
    changed: list[Any] = []
    cycle_changed = _scrub_text_fields(cycle, pattern)
    for part in (cycle.approval, cycle.process_evaluation):
        cycle_changed |= _scrub_text_fields(part, pattern)
    if cycle_changed:
        changed.append(cycle)
    for record in [*cycle.teams, *cycle.ratings, *cycle.balances, *cycle.measurements]:
        if _scrub_text_fields(record, pattern):
            changed.append(record)
    for measure in cycle.measures:
        touched = _scrub_text_fields(measure, pattern)
        if measure.evaluation is not None:
            touched |= _scrub_text_fields(measure.evaluation, pattern)
        if touched:
            changed.append(measure)
    for session in cycle.sessions:
        before = len(session.attendees)
        session.attendees = [
            a for a in session.attendees if a.name.strip().casefold() != name.strip().casefold()
        ]
        touched = len(session.attendees) != before
        for attendee in session.attendees:
            touched |= _scrub_text_fields(attendee, pattern)
        if _scrub_text_fields(session, pattern) or touched:
            changed.append(session)
    return changed
