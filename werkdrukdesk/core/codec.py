"""Dataclasses to plain values (str, int, float, bool, None, list, dict) and back.

Used by the file (one row per object) and by the JSON interchange, so both agree on what a
value looks like: dates as ISO text, enums as their code, everything else as itself.
"""

from __future__ import annotations

import dataclasses
import functools
import math
import types
import typing
from datetime import date
from enum import Enum
from typing import Any

from werkdrukdesk.core.i18n import QT_TRANSLATE_NOOP, translate


class DecodeError(ValueError):
    """The data does not fit the model; the message names the field, in the current language."""


# What a field should have held, for "verwacht ...": translated where the message is made.
A_LIST = QT_TRANSLATE_NOOP("Codec", "een lijst")
A_TABLE = QT_TRANSLATE_NOOP("Codec", "een tabel")
AN_OBJECT = QT_TRANSLATE_NOOP("Codec", "een object")
A_DATE = QT_TRANSLATE_NOOP("Codec", "een datum")
YES_OR_NO = QT_TRANSLATE_NOOP("Codec", "ja of nee")
A_WHOLE_NUMBER = QT_TRANSLATE_NOOP("Codec", "een geheel getal")
A_NUMBER = QT_TRANSLATE_NOOP("Codec", "een getal")
TEXT = QT_TRANSLATE_NOOP("Codec", "tekst")
A_STORABLE_NUMBER = QT_TRANSLATE_NOOP("Codec", "een geheel getal van hoogstens 19 cijfers")
A_FINITE_NUMBER = QT_TRANSLATE_NOOP("Codec", "een eindig getal (geen NaN of Infinity)")
READABLE_TEXT = QT_TRANSLATE_NOOP("Codec", "leesbare tekst (zonder losse surrogaattekens)")

INT_RANGE = range(-(2**63), 2**63)  # what SQLite stores as an integer


def to_plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [to_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_plain(v) for k, v in value.items()}
    return value


def field_types(cls: type) -> dict[str, Any]:
    return _type_hints(cls)


# Cached apart from `field_types`: the cache's own signature asks for a Hashable, which mypy
# does not see in `type[R]` for a type variable R bound to a union (storage.records).
_type_hints = functools.cache(typing.get_type_hints)


def from_plain(cls: Any, data: Any, where: str = "") -> Any:
    """Build a value of type `cls` from plain data, strictly: wrong types raise DecodeError."""
    try:
        return _fast(cls)(data)
    except Exception:  # noqa: BLE001 - anything odd: the strict path below says what
        return _strict(cls, data, where)


def _strict(cls: Any, data: Any, where: str = "") -> Any:
    where = where or getattr(cls, "__name__", str(cls))
    origin = typing.get_origin(cls)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(cls) if a is not type(None)]
        if data is None:
            return None
        return _strict(options[0], data, where)
    if dataclasses.is_dataclass(cls) and isinstance(cls, type):
        return _dataclass_from_plain(cls, data, where)
    if origin is list:
        (item_type,) = typing.get_args(cls)
        _expect(isinstance(data, list), where, A_LIST)
        return [_strict(item_type, v, f"{where}[{i}]") for i, v in enumerate(data)]
    if origin is dict:
        key_type, value_type = typing.get_args(cls)
        _expect(isinstance(data, dict), where, A_TABLE)
        return {
            _strict(key_type, _key(key_type, k, where), where): _strict(
                value_type, v, f"{where}.{k}"
            )
            for k, v in data.items()
        }
    return _scalar_from_plain(cls, data, where)


def _dataclass_from_plain(cls: type, data: Any, where: str) -> Any:
    _expect(isinstance(data, dict), where, AN_OBJECT)
    hints = field_types(cls)
    known = {f.name for f in dataclasses.fields(cls)}
    unknown = set(data) - known
    if unknown:
        raise DecodeError(translate("Codec", "{where}: onbekend veld '{field}'").format(
            where=where, field=min(unknown)))
    kwargs = {}
    for f in dataclasses.fields(cls):
        if f.name in data:
            kwargs[f.name] = _strict(hints[f.name], data[f.name], f"{where}.{f.name}")
        elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
            raise DecodeError(translate("Codec", "{where}: veld '{field}' ontbreekt").format(
                where=where, field=f.name))
    return cls(**kwargs)


def _scalar_from_plain(cls: Any, data: Any, where: str) -> Any:
    if isinstance(cls, type) and issubclass(cls, Enum):
        try:
            return cls(data)
        except ValueError:
            raise DecodeError(translate("Codec", "{where}: onbekende waarde {value}").format(
                where=where, value=repr(data))) from None
    if cls is date:
        _expect(isinstance(data, str), where, A_DATE)
        try:
            return date.fromisoformat(data)
        except ValueError:
            raise DecodeError(translate("Codec", "{where}: ongeldige datum {value}").format(
                where=where, value=repr(data))) from None
    if cls is bool:
        # SQLite stores booleans as 0/1
        _expect(isinstance(data, bool) or data in (0, 1), where, YES_OR_NO)
        return bool(data)
    if cls is int:
        _expect(isinstance(data, int) and not isinstance(data, bool), where, A_WHOLE_NUMBER)
        _expect(data in INT_RANGE, where, A_STORABLE_NUMBER)
        return data
    if cls is float:
        ok = isinstance(data, (int, float)) and not isinstance(data, bool)
        _expect(ok, where, A_NUMBER)
        _expect(data in INT_RANGE if isinstance(data, int) else math.isfinite(data), where,
                A_FINITE_NUMBER)
        return float(data)
    if cls is str:
        _expect(isinstance(data, str), where, TEXT)
        _expect(_encodable(data), where, READABLE_TEXT)
        return data
    raise DecodeError(f"{where}: type {cls!r} wordt niet ondersteund")


class _Refused(Exception):
    """The fast path does not take this value; the strict path decides (and explains)."""


def _refuse() -> Any:
    raise _Refused


@functools.cache
def _fast(cls: Any) -> Any:
    """A decoder for `cls` that takes exactly the values the strict path takes and gives the
    same result, without naming where a value sits: reading a file decodes hundreds of rows,
    and the strict path works out each field's type and place every time. Whatever it does
    not take (wrong types, unknown or missing fields, dicts) raises, and `from_plain` then
    asks the strict path, which gives the same value or the same error as ever."""
    origin = typing.get_origin(cls)
    if origin in (typing.Union, types.UnionType):
        option = _fast([a for a in typing.get_args(cls) if a is not type(None)][0])
        return lambda data: None if data is None else option(data)
    if dataclasses.is_dataclass(cls) and isinstance(cls, type):
        return _fast_dataclass(cls)
    if origin is list:
        item = _fast(typing.get_args(cls)[0])
        return lambda data: [item(v) for v in data] if type(data) is list else _refuse()
    if isinstance(cls, type) and issubclass(cls, Enum):
        return cls  # a value it does not know raises, as in the strict path
    if cls is date:
        return lambda data: date.fromisoformat(data) if type(data) is str else _refuse()
    if cls is int:
        return lambda data: data if type(data) is int and data in INT_RANGE else _refuse()
    if cls is str:
        return lambda data: data if type(data) is str and _encodable(data) else _refuse()
    return lambda data: _strict(cls, data)  # dict, bool, float: the strict path itself


def _fast_dataclass(cls: type) -> Any:
    hints = field_types(cls)
    fields = [(f.name, _fast(hints[f.name]),
               f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING)
              for f in dataclasses.fields(cls)]
    known = frozenset(name for name, _, _ in fields)

    def decode(data: Any) -> Any:
        if type(data) is not dict or not known.issuperset(data):
            _refuse()
        kwargs = {}
        for name, field_decoder, required in fields:
            if name in data:
                kwargs[name] = field_decoder(data[name])
            elif required:
                _refuse()
        return cls(**kwargs)

    return decode


def _encodable(text: str) -> bool:
    """Text a file can hold: a lone surrogate (`"\\ud800"` in JSON) has no UTF-8 form."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _key(key_type: Any, key: Any, where: str) -> Any:
    if key_type is int and isinstance(key, str):
        try:
            return int(key)
        except ValueError:
            raise DecodeError(translate("Codec", "{where}: sleutel {key} is geen getal").format(
                where=where, key=repr(key))) from None
    return key


def _expect(ok: bool, where: str, what: str) -> None:
    """`what` is one of the marked texts above, still in Dutch."""
    if not ok:
        raise DecodeError(translate("Codec", "{where}: verwacht {what}").format(
            where=where, what=translate("Codec", what)))
