"""Text as XML, for the Word copy's WordprocessingML and the PDF's Paragraph markup.

One escape for both (xml.sax.saxutils.escape would load urllib and http: 15-50 ms at the
start of every export), and the one way a line of text becomes a Word run.
"""

from __future__ import annotations

import re

_BREAK = re.compile(r"([\t\r\n])")


def escape(text: str, quote: bool = False) -> str:
    """`text` safe between XML tags; with `quote`, also inside a double-quoted attribute."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace('"', "&quot;") if quote else text


def run_xml(text: str, properties: str = "") -> str:
    """A run as python-docx's add_run(text) writes it: tabs as w:tab, each CR or LF as w:br;
    `properties` are the run's <w:rPr> contents."""
    rpr = f"<w:rPr>{properties}</w:rPr>" if properties else ""
    if "\t" not in text and "\r" not in text and "\n" not in text:  # the usual case
        return f"<w:r>{rpr}{_text(text)}</w:r>"
    pieces = []
    for piece in _BREAK.split(text):
        if piece == "\t":
            pieces.append("<w:tab/>")
        elif piece in ("\r", "\n"):
            pieces.append("<w:br/>")
        else:
            pieces.append(_text(piece))
    return f"<w:r>{rpr}{''.join(pieces)}</w:r>"


def _text(piece: str) -> str:
    if not piece:
        return ""
    space = ' xml:space="preserve"' if piece[0].isspace() or piece[-1].isspace() else ""
    return f"<w:t{space}>{escape(piece)}</w:t>"
