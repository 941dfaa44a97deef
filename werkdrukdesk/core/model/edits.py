"""Edits of the model as values: what one edit changes, applied to the model and taken back.

A screen never changes a record and then asks for it to be stored. It describes the edit
(new values for some fields, a record added to a list, a record removed from one) and hands it
to the open document, which applies it to the model, writes what it touched in one
transaction, and takes it back in memory when the file refuses, so that the model always
shows what the file holds. Plain Python: the document (in the window) does the writing.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

Undo = Callable[[], None]  # takes one applied edit back in memory


@dataclass(frozen=True)
class SetFields:
    """New `values` for fields of `part`: the stored `record` itself, or an object the record
    keeps in its row (a cycle's approval, a measure's evaluation). `caption` is what the
    screen calls the field, for naming the edit ("status van …")."""

    record: Any
    values: Mapping[str, Any]
    part: Any = None
    in_cycle: bool = True  # a new record joins the chosen cycle; organisation-wide ones do not
    caption: str | None = None

    @property
    def target(self) -> Any:
        return self.record if self.part is None else self.part

    def changes_anything(self) -> bool:
        return any(getattr(self.target, name) != value for name, value in self.values.items())

    def within(self, record: Any, in_cycle: bool = True) -> SetFields:
        """The same change, of fields of an object that `record` stores in its row."""
        return replace(self, record=record, part=self.target, in_cycle=in_cycle)

    def apply(self) -> Undo:
        target = self.target
        before = {name: getattr(target, name) for name in self.values}
        for name, value in self.values.items():
            setattr(target, name, value)

        def undo() -> None:
            for name, value in before.items():
                setattr(target, name, value)

        return undo


@dataclass(frozen=True)
class AddRecord:
    """A new `record`, stored and put at the end of `into` (its list in the model)."""

    record: Any
    into: list[Any] = field(compare=False)
    in_cycle: bool = True

    def apply(self) -> Undo:
        into = self.into
        into.append(self.record)

        def undo() -> None:  # by identity: an equal record may be in the list already
            del into[max(i for i, x in enumerate(into) if x is self.record)]

        return undo


@dataclass(frozen=True)
class RemoveRecord:
    """A `record` deleted, with everything that hangs on it, and taken out of `within`. What
    must never come back (answers deleted for privacy) is not `undoable`."""

    record: Any
    within: list[Any] | None = field(default=None, compare=False)
    undoable: bool = True

    def apply(self) -> Undo:
        within = self.within
        if within is None or not any(x is self.record for x in within):
            return lambda: None
        index = next(i for i, x in enumerate(within) if x is self.record)
        del within[index]
        return lambda: within.insert(index, self.record)


Edit = SetFields | AddRecord | RemoveRecord
