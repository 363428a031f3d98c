"""The bundled Unicode font for PDF exports, and text made safe for it.

reportlab's built-in Helvetica only knows Latin-1, so "Dąbrowski" would print as
black boxes; DejaVu Sans covers Latin, Greek, Cyrillic and basic Arabic, and is
embedded in every PDF so the reader needs nothing installed. Characters the font
lacks (most emoji, rare scripts) print as a visible fallback glyph rather than
crashing the export or vanishing without a trace.
"""

from __future__ import annotations

import re
import threading
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from pdr_desktop.resources import resource_path

FAMILY = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
FONT_FILES = {FAMILY: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", ITALIC: "DejaVuSans-Oblique.ttf"}
FALLBACK = "□"  # WHITE SQUARE: in the font, and reads as "a character was here"

_lock = threading.Lock()
# Zero-width and bidi controls have glyphs in no font that matter; dropping them is harmless
# and stops them from showing as fallback squares in the middle of words.
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@cache
def register_fonts() -> str:
    """Register the family with reportlab once (thread-safe); returns the regular font's name."""
    with _lock:
        registered = set(pdfmetrics.getRegisteredFontNames())
        for name, filename in FONT_FILES.items():
            if name not in registered:
                pdfmetrics.registerFont(TTFont(name, str(resource_path("resources", "fonts", filename))))
        # Paragraph markup <b>/<i> looks fonts up through this mapping. No bold-italic face is
        # bundled (the form never uses it), so it falls back to bold.
        addMapping(FAMILY, 0, 0, FAMILY)
        addMapping(FAMILY, 1, 0, BOLD)
        addMapping(FAMILY, 0, 1, ITALIC)
        addMapping(FAMILY, 1, 1, BOLD)
    return FAMILY


@cache
def covered() -> frozenset[int]:
    """Code points every bundled face can draw, so text is safe in any style."""
    register_fonts()
    maps = [set(pdfmetrics.getFont(name).face.charToGlyph) for name in FONT_FILES]
    return frozenset(set.intersection(*maps))


def safe_text(text: str) -> str:
    """`text` with every character the font cannot draw replaced by FALLBACK."""
    text = _INVISIBLE.sub("", _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n")))
    known = covered()
    return "".join(ch if ch in "\n\t" or ord(ch) in known else FALLBACK for ch in text)


def markup(text: str) -> str:
    """Plain text as Paragraph markup: font-safe, XML-escaped, line breaks kept, runs of spaces kept."""
    escaped = escape(safe_text(text)).replace("\t", "    ")
    # Paragraph collapses whitespace; non-breaking spaces keep deliberate indentation visible.
    escaped = re.sub(r"  +", lambda m: " " + "\u00a0" * (len(m.group()) - 1), escaped)
    return escaped.replace("\n", "<br/>")
