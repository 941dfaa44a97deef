"""The arrangements of the PSA policy (`org.psa_policy`) as the reports print them: for each
strand the ones that serve it, with their facts and dates, and plainly what is missing.

Which arrangement serves which strand, and what each still misses, is `core.psa.policy`'s
rule (the same as the readiness checks'); this module only prints the facts.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from werkdrukdesk.core import model as m
from werkdrukdesk.core.dates import format_date
from werkdrukdesk.core.labels import joined, label
from werkdrukdesk.core.psa import policy as rules
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
    reach = _line("reach", x.how_to_reach)
    facts = [escape(word("trained" if x.trained else "not_trained"))]
    if x.appointed_on is not None:
        facts.append(escape(word("appointed_on", date=format_date(x.appointed_on))))
    return [name, *reach, "; ".join(facts)]


def complaints(policy: m.PsaPolicy) -> list[str]:
    x = policy.complaints
    if x.set_on is None and not x.committee.strip():
        return []
    independent = [escape(word("independent"))] if x.independent else []
    return [_dated(x.set_on), *_line("committee", x.committee), *independent,
            *_line("kept_at", x.reference)]


def reporting(policy: m.PsaPolicy) -> list[str]:
    x = policy.reporting
    if x.set_on is None and not x.how_to_report.strip():
        return []
    return [_dated(x.set_on), *_line("how_to_report", x.how_to_report),
            *_line("registered_by", x.registered_by)]


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
    who = _line("care_who", x.who)
    hours = ([escape(word("within_hours", hours=x.within_hours))]
             if x.within_hours is not None else [])
    return [_dated(x.set_on), *who, *hours, *_line("referral", x.referral)]


DESCRIBE: dict[str, Describe] = {
    rules.CODE: code, rules.ADVISER: adviser, rules.COMPLAINTS: complaints,
    rules.REPORTING: reporting, rules.HOUSE_RULES: house_rules, rules.AFTERCARE: aftercare,
}


def arrangement_facts(
    policy: m.PsaPolicy, strand: m.Strand, today: date
) -> list[tuple[str, str]]:
    """(name, markup) for every arrangement serving `strand`, in the inspector's order; what it
    still misses follows in the warning colour."""
    facts = []
    for key in rules.KEYS:
        if strand not in rules.SERVES[key]:
            continue
        lines = DESCRIBE[key](policy)
        gaps = rules.missing(policy, key, today)
        if gaps and lines:
            lines.append(alert(phrase("still_needed", text=escape(joined(gaps)))))
        elif gaps:
            lines = [alert(escape(word("missing")))]
        facts.append((word(key), "<br/>".join(lines)))
    return facts
