"""Removing incidents whose retention period has ended (AVG: kept no longer than needed).

All expired entries go in one transaction, or none do. Then a VACUUM rewrites the file from what
is left, so their descriptions leave the file too (`secure_delete`, on for every writer, already
zeroes the freed pages). Backup copies made before still hold them until they are rotated out.
"""

from __future__ import annotations

from datetime import date

from werkdrukdesk.core import model as m
from werkdrukdesk.core.psa.incidents import expired
from werkdrukdesk.storage.records import Records


def purge_expired(records: Records, org: m.Organisation, today: date) -> int:
    """Delete the incidents expired by `today` from the file and then from `org`; returns how
    many. On an error nothing is removed, from the file nor from `org`."""
    due = expired(org, today)
    if not due:
        return 0
    with records.db.atomic():
        for _cycle, incident in due:
            records.delete(incident)
    records.db.execute("VACUUM")
    for cycle, incident in due:
        cycle.incidents.remove(incident)
    return len(due)
