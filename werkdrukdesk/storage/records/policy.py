"""The PSA policy's one row: each arrangement's fields under its own column prefix
(`code_set_on`, `adviser_name`, ...), as the table `psa_policy` has them."""

from __future__ import annotations

import dataclasses
from typing import Any

from werkdrukdesk.core import model as m
from werkdrukdesk.core.codec import from_plain, to_plain

Row = dict[str, Any]


def _parts() -> list[str]:
    """The fields of PsaPolicy that are arrangements (each a dataclass of its own)."""
    return [f.name for f in dataclasses.fields(m.PsaPolicy) if f.name != "retention_months"]


def policy_row(policy: m.PsaPolicy) -> Row:
    plain = to_plain(policy)
    row: Row = {"id": 1, "retention_months": plain["retention_months"]}
    for part in _parts():
        row.update({f"{part}_{name}": value for name, value in plain[part].items()})
    return row


def policy_from_row(row: Row) -> m.PsaPolicy:
    plain: dict[str, Any] = {"retention_months": row["retention_months"]}
    for part in _parts():
        prefix = f"{part}_"
        plain[part] = {k[len(prefix):]: v for k, v in row.items() if k.startswith(prefix)}
    policy: m.PsaPolicy = from_plain(m.PsaPolicy, plain, "psa_policy")
    return policy
