"""One JSON reader with limits, for every file that comes from outside the program.

Drafts, user and site settings, form definitions and drafts embedded in a Word or PDF file are
all read through here, because each of them can arrive from someone else's machine. Python's
``json`` module accepts things no file of ours holds and that hurt the reader: a FIFO or device
in place of a file (reading blocks for ever), nesting deep enough to exhaust the recursion limit
(or the C stack of a worker thread), numbers with thousands of digits (int() refuses them with a
ValueError nobody expects), NaN/Infinity, and duplicate keys (which silently keep the last one).
Each of those becomes a ``JsonLimitError`` whose message is the plain reason; callers turn it
into their own error naming the file (DraftFileError, the settings banner, FormDefinitionError).
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
import stat
from itertools import accumulate
from pathlib import Path
from typing import Any

MAX_DEPTH = 64  # a draft nests about 6 deep; forms about 10
MAX_NUMBER_CHARS = 40  # the longest number any of our files holds is a timestamp or a year


class JsonLimitError(ValueError):
    """The text or file is not something we will parse; the message is the human reason."""


def read_regular_file(path: Path, limit: int) -> bytes:
    """The bytes of a regular file of at most `limit` bytes, or OSError/JsonLimitError.

    Checked before reading, without blocking: stat first (a FIFO or device is refused without
    opening it), then open with O_NONBLOCK where the system has it and check the open file
    again, so a file swapped for a FIFO in between cannot hang us either.
    """
    path = Path(path)
    _refuse_special(path.stat(), path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        info = os.fstat(fd)
        _refuse_special(info, path)
        if info.st_size > limit:
            raise JsonLimitError(_too_large(info.st_size, limit))
        chunks: list[bytes] = []
        remaining = limit + 1  # a file that grows while we read still stops here
        while remaining > 0:
            chunk = os.read(fd, min(remaining, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if len(data) > limit:
        raise JsonLimitError(_too_large(len(data), limit))
    return data


def _too_large(size: int, limit: int) -> str:
    def amount(n: int) -> str:
        return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{max(1, n // 1024)} KB"

    return f"it is {amount(size)}, larger than the {amount(limit)} such a file can be"


def _refuse_special(info: os.stat_result, path: Path) -> None:
    if stat.S_ISDIR(info.st_mode):
        raise IsADirectoryError(errno.EISDIR, "it is a folder, not a file", str(path))
    if not stat.S_ISREG(info.st_mode):
        kind = "a pipe (FIFO)" if stat.S_ISFIFO(info.st_mode) else "a device or socket"
        raise JsonLimitError(f"it is {kind}, not an ordinary file")


# Strings are removed before brackets are counted: "[[[" inside an answer is not nesting. Escapes
# go first (so \" never ends a string); then splitting at quotes leaves the text outside strings
# at the even places. Every step runs in C: a 50 KB draft takes well under a millisecond.
_ESCAPE = re.compile(r"\\.", re.DOTALL)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_DEPTH_STEP = {"[": 1, "{": 1, "]": -1, "}": -1}


def nesting_depth(text: str) -> int:
    """The deepest nesting of objects and lists in JSON text, without recursing."""
    if "\\" in text:
        text = _ESCAPE.sub("", text)
    outside_strings = "".join(text.split('"')[::2])
    brackets = _NOT_BRACKET.sub("", outside_strings)
    return max(accumulate(map(_DEPTH_STEP.__getitem__, brackets)), default=0)


def _parse_int(digits: str) -> int:
    if len(digits) > MAX_NUMBER_CHARS:
        raise JsonLimitError(f"it holds a number {len(digits):,} digits long, which no such file has")
    return int(digits)


def _parse_float(text: str) -> float:
    if len(text) > MAX_NUMBER_CHARS:
        raise JsonLimitError(f"it holds a number {len(text):,} characters long, which no such file has")
    return float(text)


def _parse_constant(name: str) -> Any:
    raise JsonLimitError(f"it holds {name}, which is not a number JSON allows")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise JsonLimitError(f"the name “{key}” appears twice in one object, so which counts is unclear")
        result[key] = value
    return result


def loads_checked(text: str, max_depth: int = MAX_DEPTH) -> Any:
    """json.loads with the limits above; JsonLimitError or json.JSONDecodeError otherwise."""
    depth = nesting_depth(text)
    if depth > max_depth:
        raise JsonLimitError(f"it is nested {depth:,} levels deep; none of our files goes beyond {max_depth}")
    try:
        return json.loads(
            text,
            parse_int=_parse_int,
            parse_float=_parse_float,
            parse_constant=_parse_constant,
            object_pairs_hook=_no_duplicates,
        )
    except RecursionError:  # belt and braces: the depth check above should make this unreachable
        raise JsonLimitError("it is nested too deeply to read") from None


def read_json_file(path: Path, limit: int) -> Any:
    """A JSON file read with every check: regular file, size, UTF-8, limits.

    Raises OSError (missing, unreadable) or ValueError (JsonLimitError, JSONDecodeError,
    UnicodeDecodeError) with a reason a person can act on.
    """
    data = read_regular_file(path, limit)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise JsonLimitError("it is not UTF-8 text") from None
    return loads_checked(text)


def describe_error(exc: BaseException) -> str:
    """The reason part of a message, for OSError and ValueError from the functions above."""
    if isinstance(exc, json.JSONDecodeError):
        return f"it is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
    if isinstance(exc, OSError):
        with contextlib.suppress(AttributeError):
            if exc.errno == errno.ENOENT:
                return "the file does not exist"
        return exc.strerror or str(exc)
    return str(exc)
