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
from collections.abc import Callable
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
    return _decoder(cls)(data, where or getattr(cls, "__name__", str(cls)))


# A function that turns plain data into one type, given where the data sits (for messages).
Decoder = Callable[[Any, str], Any]


@functools.cache
def _decoder(cls: Any) -> Decoder:
    """The decoder of `cls`, worked out once per type: opening a file decodes thousands of
    records of a dozen types, and asking each value's type what it is every time was most of
    the work. Plain values that are what they should be take a short path; anything else
    goes through `_scalar_from_plain`, which checks it and names what is wrong."""
    origin = typing.get_origin(cls)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(cls) if a is not type(None)]
        inner = _decoder(options[0])
        return lambda data, where: None if data is None else inner(data, where)
    if dataclasses.is_dataclass(cls) and isinstance(cls, type):
        return functools.partial(_dataclass_from_plain, cls)
    if origin is list:
        (item_type,) = typing.get_args(cls)
        item = _decoder(item_type)

        def decode_list(data: Any, where: str) -> list[Any]:
            _expect(isinstance(data, list), where, A_LIST)
            return [item(v, f"{where}[{i}]") for i, v in enumerate(data)]

        return decode_list
    if origin is dict:
        key_type, value_type = typing.get_args(cls)
        key, value = _decoder(key_type), _decoder(value_type)

        def decode_dict(data: Any, where: str) -> dict[Any, Any]:
            _expect(isinstance(data, dict), where, A_TABLE)
            return {key(_key(key_type, k, where), where): value(v, f"{where}.{k}")
                    for k, v in data.items()}

        return decode_dict
    short = _SHORT_PATHS.get(cls)
    if short is not None:
        return short
    return functools.partial(_scalar_from_plain, cls)


def _text(data: Any, where: str) -> Any:
    if type(data) is str and (data.isascii() or _encodable(data)):
        return data
    return _scalar_from_plain(str, data, where)


def _whole_number(data: Any, where: str) -> Any:
    if type(data) is int and -(2**63) <= data < 2**63:
        return data
    return _scalar_from_plain(int, data, where)


def _yes_or_no(data: Any, where: str) -> Any:
    if data is True or data is False:
        return data
    if type(data) is int and (data == 0 or data == 1):
        return bool(data)
    return _scalar_from_plain(bool, data, where)


def _date(data: Any, where: str) -> Any:
    if type(data) is str:
        try:
            return date.fromisoformat(data)
        except ValueError:
            pass  # said below, with the field's name
    return _scalar_from_plain(date, data, where)


_SHORT_PATHS: dict[Any, Decoder] = {str: _text, int: _whole_number, bool: _yes_or_no, date: _date}


@functools.cache
def _fields(cls: type) -> tuple[frozenset[str], tuple[tuple[str, Decoder, bool], ...]]:
    """The field names of dataclass `cls`, and per field its decoder and whether it must be
    given (it has no default)."""
    hints = field_types(cls)
    fields = dataclasses.fields(cls)
    return frozenset(f.name for f in fields), tuple(
        (f.name, _decoder(hints[f.name]),
         f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING)
        for f in fields)


def _dataclass_from_plain(cls: type, data: Any, where: str) -> Any:
    _expect(isinstance(data, dict), where, AN_OBJECT)
    known, fields = _fields(cls)
    if not known.issuperset(data):
        raise DecodeError(translate("Codec", "{where}: onbekend veld '{field}'").format(
            where=where, field=min(set(data) - known)))
    kwargs = {}
    for name, decode, required in fields:
        if name in data:
            kwargs[name] = decode(data[name], f"{where}.{name}")
        elif required:
            raise DecodeError(translate("Codec", "{where}: veld '{field}' ontbreekt").format(
                where=where, field=name))
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
