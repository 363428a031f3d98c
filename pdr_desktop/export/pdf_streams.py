"""reportlab's stream compression, its results remembered for large streams (export/remembered.py).

Every PDF of a batch embeds the same subsets of the same fonts (three streams of about
37 kB each, compressed afresh for every draft by reportlab's single FlateDecode filter).
The filter is given a remembering encode; a stream's compressed bytes are exactly what
zlib.compress gives for its bytes, so every PDF is byte for byte what it was.
"""

from __future__ import annotations

import zlib
from typing import Any

from reportlab.pdfbase import pdfdoc

from pdr_desktop.export.remembered import Remembered

_compressed = Remembered(zlib.compress)


def _encode(text: Any) -> Any:
    # reportlab's own PDFStreamFilterZCompress.encode, remembering.
    if isinstance(text, str):
        text = text.encode("utf8")
    if type(text) is not bytes:
        return zlib.compress(text)
    return _compressed(text)


def remember_compressed_streams() -> None:
    """Give reportlab's shared FlateDecode filter the remembering encode (once; idempotent)."""
    pdfdoc.PDFZCompress.encode = _encode
