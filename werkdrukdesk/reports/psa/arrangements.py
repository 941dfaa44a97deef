"""The arrangements of the PSA policy (`org.psa_policy`) as the reports print them: for each
strand the ones that serve it, with their facts and dates, and plainly what is missing.

Which serves which: the code of conduct and the complaints procedure concern behaviour within
the organisation; the house rules concern visitors; the vertrouwenspersoon, reporting and
aftercare serve both.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from werkdrukdesk.core import model as m
from werkdrukdesk.core.dates import format_date
from werkdrukdesk.core.labels import label
from werkdrukdesk.reports.blocks import alert
from werkdrukdesk.reports.psa.words import phrase, word
from werkdrukdesk.reports.text import escape, markup

Describe = Callable[[m.PsaPolicy], list[str]]  # markup lines; empty when it is not there


def _dated(when: date | None) -> str:
    if when is None:
        return escape(word("no_date"))
    return escape(word("set_on", date=format_date(when)))


def _line(key: str, text: str) -> list[str]:
    """'Label: text' when `text` holds something, else nothing."""
    return [phrase(key, text=markup(text))] if text.strip() else []


def code(policy: m.PsaPolicy) -> list[str]:
    x = policy.code
    if x.set_on is None and not (x.core_text.strip() or x.reference.strip()):
        return []
    return [_dated(x.set_on), *_line("how_staff_know", x.how_staff_know),
            *_line("kept_at", x.reference)]


def adviser(policy: m.PsaPolicy) -> list[str]:
    x = policy.adviser
    if x.kind == m.AdviserKind.NONE:
        return []
    name = phrase("adviser_name", name=markup(x.name), kind=escape(label(x.kind)))
    reach = _line("reach", x.how_to_reach) or [alert(escape(word("reach_missing")))]
    facts = [escape(word("trained" if x.trained else "not_trained"))]
    if x.appointed_on is not None:
        facts.append(escape(word("appointed_on", date=format_date(x.appointed_on))))
    return [name, *reach, "; ".join(facts)]


def complaints(policy: m.PsaPolicy) -> list[str]:
    x = policy.complaints
    if x.set_on is None and not x.committee.strip():
        return []
    committee = (_line("committee", x.committee)
                 or [alert(escape(word("committee_missing")))])
    independent = (escape(word("independent")) if x.independent
                   else alert(escape(word("not_independent"))))
    return [_dated(x.set_on), *committee, independent, *_line("kept_at", x.reference)]


def reporting(policy: m.PsaPolicy) -> list[str]:
    x = policy.reporting
    if x.set_on is None and not x.how_to_report.strip():
        return []
    how = _line("how_to_report", x.how_to_report) or [alert(escape(word("how_missing")))]
    return [_dated(x.set_on), *how, *_line("registered_by", x.registered_by)]


def house_rules(policy: m.PsaPolicy) -> list[str]:
    x = policy.house_rules
    if x.set_on is None and not (x.where_shown.strip() or x.reference.strip()):
        return []
    return [_dated(x.set_on), *_line("where_shown", x.where_shown),
            *_line("kept_at", x.reference)]


def aftercare(policy: m.PsaPolicy) -> list[str]:
    x = policy.aftercare
    if x.set_on is None and not x.who.strip():
        return []
    who = _line("care_who", x.who) or [alert(escape(word("care_who_missing")))]
    hours = ([escape(word("within_hours", hours=x.within_hours))]
             if x.within_hours is not None else [])
    return [_dated(x.set_on), *who, *hours, *_line("referral", x.referral)]


# The arrangements each strand asks for, in the order an inspector asks for them.
SERVING: dict[m.Strand, tuple[tuple[str, Describe], ...]] = {
    m.Strand.UNWANTED: (("code", code), ("adviser", adviser), ("complaints", complaints),
                        ("reporting", reporting), ("aftercare", aftercare)),
    m.Strand.AGGRESSION: (("house_rules", house_rules), ("adviser", adviser),
                          ("reporting", reporting), ("aftercare", aftercare)),
    m.Strand.WERKDRUK: (),
}


def arrangement_facts(policy: m.PsaPolicy, strand: m.Strand) -> list[tuple[str, str]]:
    """(name, markup) for every arrangement serving `strand`; a missing one says so in the
    warning colour."""
    facts = []
    for key, describe in SERVING[strand]:
        lines = describe(policy)
        facts.append((word(key), "<br/>".join(lines) if lines else alert(escape(word("missing")))))
    return facts
