"""Undo and redo of whole edits on an open file.

An edit is an *operation*: one transaction whose journal entries (`journal.py`) become one
`Change` with a name. Undoing it reverts those entries in a transaction of its own, committed
at once like every edit; the journal logs that revert, and the revert of the revert is the
redo. What must not come back (the AVG removal of a person, answers deleted for privacy) ends
the history with `forget()`: nothing logged before it can be replayed afterwards.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from werkdrukdesk.storage.history.journal import Journal
from werkdrukdesk.storage.records import Records

LIMIT = 200  # edits kept for undo; the oldest go first
# The old rows kept for undo live in memory: a few deleted attachments (25 MB each) would
# otherwise stay there until 200 edits later. Beyond this, the oldest edits go first; the
# newest is always kept, whatever its size.
BYTE_LIMIT = 64 * 1024 * 1024


@dataclass(frozen=True)
class Change:
    """One edit as the journal holds it: its name and the entries it wrote."""

    label: str
    first: int
    last: int
    tables: frozenset[str]  # every table it wrote, for refreshing only what it touched


class History:
    def __init__(self, file: Records, limit: int = LIMIT, byte_limit: int = BYTE_LIMIT):
        self.file = file
        self.journal = Journal(file.conn)
        self.limit = limit
        self.byte_limit = byte_limit
        self.undoable: list[Change] = []
        self.redoable: list[Change] = []
        self._claimed = 0
        self._depth = 0
        self.latest: Change | None = None  # what the last operation wrote; None: nothing

    @contextmanager
    def operation(self, label: str) -> Iterator[None]:
        """Run the body in one transaction and keep what it wrote as one undoable change
        named `label`. Nested operations belong to the outermost."""
        if not self.journal.installed:
            # At the first edit rather than on opening: the window shows sooner, and a file
            # only looked at never pays for it.
            self.journal.install()
            self._claimed = self.journal.last()
        self._depth += 1
        kept: Change | None = None
        try:
            with self.file.db.atomic():
                if self._depth == 1:
                    self._claim_strays()
                    self.latest = None
                start = self.journal.last()
                yield
                if self._depth == 1:
                    kept = self._keep(label, start)
        except BaseException:
            if kept is not None and self.undoable and self.undoable[-1] is kept:
                self.undoable.pop()  # the commit itself failed: nothing of it is in the file
                self.latest, self._claimed = None, kept.first - 1
            raise
        finally:
            self._depth -= 1

    def _keep(self, label: str, start: int) -> Change | None:
        last = self.journal.last()
        if last == start:
            return None  # nothing was written: nothing to undo
        self.latest = Change(label, start + 1, last, self.journal.tables_in(start + 1, last))
        self._push(self.latest)
        for change in self.redoable:  # a new edit ends the way forward
            self.journal.drop(change.first, change.last)
        self.redoable.clear()
        return self.latest

    def _push(self, change: Change) -> None:
        self.undoable.append(change)
        self._claimed = change.last
        while len(self.undoable) > self.limit or (
                len(self.undoable) > 1 and self.journal.kept_bytes() > self.byte_limit):
            oldest = self.undoable.pop(0)
            self.journal.drop(oldest.first, oldest.last)

    def _claim_strays(self) -> None:
        """Writes made outside an operation still come back with undo, under a plain name."""
        if not self.journal.installed:
            return
        last = self.journal.last()
        if last > self._claimed:
            first = self._claimed + 1
            with self.file.db.atomic():  # the oldest change may be dropped: a write
                self._push(Change("", first, last, self.journal.tables_in(first, last)))

    @property
    def undo_label(self) -> str | None:
        """What the next undo takes back ('' for writes made outside any operation)."""
        self._claim_strays()
        return self.undoable[-1].label if self.undoable else None

    @property
    def redo_label(self) -> str | None:
        return self.redoable[-1].label if self.redoable else None

    def undo(self) -> Change | None:
        """Take the newest edit back, committed at once; the change undone, or None."""
        if not self.journal.installed:
            return None
        with self.file.db.atomic():
            self._claim_strays()
            if not self.undoable:
                return None
            change = self.undoable[-1]
            again = self._revert(change)
        # Only once committed: a revert that failed leaves both lists as they were.
        self.undoable.pop()
        self.redoable.append(again)
        self._claimed = max(self._claimed, again.last)
        return change

    def redo(self) -> Change | None:
        """Do the newest undone edit again, committed at once; the change redone, or None."""
        if not self.redoable:
            return None
        change = self.redoable[-1]
        with self.file.db.atomic():
            again = self._revert(change)
        self.redoable.pop()
        self._push(again)
        return change

    def _revert(self, change: Change) -> Change:
        start = self.journal.last()
        self.journal.revert(change.first, change.last)
        return Change(change.label, start + 1, self.journal.last(), change.tables)

    def forget(self) -> None:
        """End the history: after an edit that must not come back, or before one whose old
        rows must not stay behind in memory."""
        if not self.journal.installed:
            return
        # In a transaction of its own: a bare DELETE would open one that nothing commits.
        with self.file.db.atomic():
            self.journal.drop(0, self.journal.last())
        self.undoable.clear()
        self.redoable.clear()
        self._claimed = self.journal.last()
