"""Removing incidents whose retention period has ended (AVG: kept no longer than needed).

All expired entries go in one transaction, or none do. Then a VACUUM rewrites the file from what
is left, so their descriptions leave the file too (`secure_delete`, on for every writer, already
zeroes the freed pages). The program's backup copies of the file are purged the same way
(`purge_in_backups`); copies the owner made elsewhere are out of its reach.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from werkdrukdesk.core import model as m
from werkdrukdesk.core.errors import WerkdrukError
from werkdrukdesk.core.psa.incidents import expired
from werkdrukdesk.storage import migrations
from werkdrukdesk.storage.backup import backups_of
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
    records.conn.execute("VACUUM")
    for cycle, incident in due:
        cycle.incidents.remove(incident)
    return len(due)


def purge_in_backups(source: Path, folder: Path, today: date) -> tuple[int, int]:
    """Remove the expired incidents from the backup copies of `source` too, so they do not
    outlive their retention period there. Returns (copies changed, copies left as they are: an
    older layout or damaged). A copy from before the register existed holds no incidents."""
    changed = left = 0
    for copy in backups_of(source, folder):
        try:
            conn = sqlite3.connect(copy)
        except sqlite3.Error:
            left += 1
            continue
        try:
            if not migrations.has_table(conn, "incidents"):
                continue  # made before the register existed
            if migrations.pending_names(conn):
                left += 1  # an older layout this version cannot load; left untouched
                continue
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA secure_delete = ON")
            records = Records(conn)
            if purge_expired(records, records.load(), today):
                changed += 1
        except (sqlite3.Error, WerkdrukError, ValueError, KeyError, TypeError):
            left += 1
        finally:
            conn.close()
    return changed, left
