"""What one judgement of "Klaar voor de inspectie?" works out once and asks many times.

Several checks, and the step progress made of them, ask the same things of the same cycle:
which cells are rated with evidence, which measures count, which problems no measure covers,
who was reached. Inside `judging()` such a helper, marked `@once_per_judgement`, is worked
out once per set of arguments and its answer reused until the judgement ends; outside it, the
helper simply runs. Nothing is kept from one judgement to the next, so an edit can never be
judged by what an earlier state of the model gave. The model must not change during a
judgement (the window judges on its own thread, background work on a snapshot; the memo is
a context variable, so another thread never sees it).

Arguments are told apart by identity for model objects and by value for plain values; the
memo holds the arguments themselves, so no identity is reused while it lives. What a marked
helper returns is shared by every caller: it must be immutable (a tuple, a frozenset, a
frozen record).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date
from enum import Enum
from typing import Any, TypeVar

Key = tuple[object, ...]
_memo: ContextVar[dict[Key, tuple[Key, Any]] | None] = ContextVar("judging", default=None)

F = TypeVar("F", bound=Callable[..., Any])
_BY_VALUE = (int, str, float, date, Enum, type(None))


@contextmanager
def judging() -> Iterator[None]:
    """One judgement: helpers marked `@once_per_judgement` answer each question once. A
    judgement inside another is part of it."""
    if _memo.get() is not None:
        yield
        return
    token = _memo.set({})
    try:
        yield
    finally:
        _memo.reset(token)


def _key(value: object) -> object:
    if isinstance(value, _BY_VALUE):
        return value
    if isinstance(value, tuple):
        return tuple(_key(v) for v in value)
    return ("id", id(value))


def once_per_judgement(helper: F) -> F:
    @functools.wraps(helper)
    def remembered(*args: Any, **named: Any) -> Any:
        memo = _memo.get()
        if memo is None:
            return helper(*args, **named)
        key = (helper, *(_key(a) for a in args), *((n, _key(v)) for n, v in sorted(named.items())))
        if key not in memo:  # the arguments are kept alive with the answer: ids stay unique
            memo[key] = ((args, named), helper(*args, **named))
        return memo[key][1]

    return remembered  # type: ignore[return-value]
