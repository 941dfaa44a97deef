"""Undo and redo of the edits made on an open file (see `history.py`)."""

from werkdrukdesk.storage.history.history import Change, History
from werkdrukdesk.storage.history.journal import Journal

__all__ = ["Change", "History", "Journal"]
