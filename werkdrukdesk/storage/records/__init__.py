"""Core objects to rows and back: `Records` loads and saves them (`store.py`), each class's
table and row are in `specs.py`, the rows an
object keeps in other tables are written by `children.py`, and the PSA policy's single row is
laid out by `policy.py`."""

from werkdrukdesk.storage.records.store import CYCLE_PARTS, SPECS, Records, Row

__all__ = ["CYCLE_PARTS", "SPECS", "Records", "Row"]
