"""What the commands print is shown safely in a terminal.

A draft's name and a file name come from other people: an escape sequence in either could
retitle the terminal, hide text or move the cursor, and a file name that is not valid UTF-8
would make print() fail. Control characters (except newline and tab), C1 controls, bidi
overrides and undecodable bytes are shown escaped instead (\\x1b, \\u202e, \\xff).
"""

from __future__ import annotations

import io
import sys
from typing import TextIO

_KEEP = {"\n", "\t"}
_BIDI = [*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F, 0x061C]


def _escape_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in [*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0)]:
        if chr(code) not in _KEEP:
            table[code] = f"\\x{code:02x}"
    for code in _BIDI:
        table[code] = f"\\u{code:04x}"
    for code in range(0xDC80, 0xDD00):  # the bytes of a non-UTF-8 file name, as Python spells them
        table[code] = f"\\x{code - 0xDC00:02x}"
    return table


_TABLE = _escape_table()


def shown(text: object) -> str:
    """`text` with anything a terminal would act on written as an escape."""
    return str(text).translate(_TABLE)


class SafeStream(io.TextIOBase):
    """A text stream that escapes what it is given and writes it to `inner`."""

    def __init__(self, inner: TextIO) -> None:
        self.inner = inner

    def write(self, text: str) -> int:
        self.inner.write(shown(text).encode(self.encoding, "backslashreplace").decode(self.encoding))
        return len(text)

    def flush(self) -> None:
        self.inner.flush()

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return getattr(self.inner, "encoding", None) or "utf-8"

    def fileno(self) -> int:
        return self.inner.fileno()

    def isatty(self) -> bool:
        return self.inner.isatty()


def install() -> tuple[TextIO, TextIO]:
    """Route print() through SafeStream; returns the streams it replaced."""
    previous = (sys.stdout, sys.stderr)
    sys.stdout = SafeStream(sys.stdout)
    sys.stderr = SafeStream(sys.stderr)
    return previous
