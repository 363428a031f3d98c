"""json.dumps(value, ensure_ascii=False, indent=2), the same text, in about half the time.

With an indent, the standard library encodes in pure Python, one generator per list and
dict level, and a draft is written this way for every save and twice for every export (the
file itself, and the copy embedded in the Word or PDF file): in a batch export it was a
twentieth of each draft. This writes the same text from one recursive function that appends
to a list, leaving strings to the standard library's own C encoder; anything it does not
expect (other types, circular references) goes to json.dumps, which says what is wrong.
"""

from __future__ import annotations

import json
from json.encoder import encode_basestring  # the C one where there is one, as json.dumps uses
from typing import Any

_INFINITY = float("inf")


class _Unexpected(Exception):
    pass


def dumps_indented(value: Any) -> str:
    """json.dumps(value, ensure_ascii=False, indent=2)."""
    out: list[str] = []
    try:
        _value(value, 0, out)
    except (_Unexpected, RecursionError):
        return json.dumps(value, ensure_ascii=False, indent=2)
    return "".join(out)


def _scalar(value: Any) -> str | None:
    """The JSON of a value that holds no other values; None for a list or a dict."""
    if isinstance(value, str):
        return str(encode_basestring(value))
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float):
        if value != value:
            return "NaN"
        if value == _INFINITY:
            return "Infinity"
        if value == -_INFINITY:
            return "-Infinity"
        return float.__repr__(value)
    if isinstance(value, (list, tuple, dict)):
        return None
    raise _Unexpected


def _value(value: Any, level: int, out: list[str]) -> None:
    text = _scalar(value)
    if text is not None:
        out.append(text)
    elif isinstance(value, dict):
        _dict(value, level + 1, out)
    else:
        _list(value, level + 1, out)


def _list(items: list[Any] | tuple[Any, ...], level: int, out: list[str]) -> None:
    if not items:
        out.append("[]")
        return
    newline = "\n" + "  " * level
    separator = "," + newline
    out.append("[" + newline)
    for index, item in enumerate(items):
        if index:
            out.append(separator)
        _value(item, level, out)
    out.append("\n" + "  " * (level - 1) + "]")


def _dict(items: dict[Any, Any], level: int, out: list[str]) -> None:
    if not items:
        out.append("{}")
        return
    newline = "\n" + "  " * level
    separator = "," + newline
    out.append("{" + newline)
    first = True
    for key, item in items.items():
        if not isinstance(key, str):
            if key is None or isinstance(key, (int, float)):
                key = _scalar(key)  # as json.dumps turns them into names (1 → "1", None → "null")
            else:
                raise _Unexpected
        if not first:
            out.append(separator)
        first = False
        out.append(str(encode_basestring(key)) + ": ")
        _value(item, level, out)
    out.append("\n" + "  " * (level - 1) + "}")
