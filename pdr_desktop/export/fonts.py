"""The fonts embedded in PDF exports, and which one draws each character.

reportlab's built-in Helvetica only knows Latin-1, so everything is printed with bundled
fonts, embedded in every PDF so the reader needs nothing installed: DejaVu Sans for Latin,
Greek and Cyrillic (Polish, Irish, Czech names…), then Noto Sans Arabic (Arabic, Urdu),
Noto Sans Hebrew, Noto Sans Bengali and a Chinese/Japanese subset of Droid Sans Fallback.
A CJK font the system has is tried after the bundled subset for rarer characters.
Characters no font can draw (most emoji, rare scripts) print as FALLBACK and are counted,
so the export can say so instead of leaving a silent box.
"""

from __future__ import annotations

import itertools
import re
import threading
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from pdr_desktop.export.xml_text import escape
from pdr_desktop.resources import resource_path

FAMILY = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
FONT_FILES = {FAMILY: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", ITALIC: "DejaVuSans-Oblique.ttf"}
FALLBACK = "□"  # WHITE SQUARE: in the font, and reads as "a character was here"


@dataclass(frozen=True)
class Fallback:
    """A font tried for one script; `shaped` ones go through HarfBuzz (joining, conjuncts, marks)."""

    name: str
    filename: str
    ranges: tuple[tuple[int, int], ...]
    shaped: bool


ARABIC = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))
HEBREW = ((0x0590, 0x05FF), (0xFB1D, 0xFB4F))
BENGALI = ((0x0980, 0x09FF),)
CJK = (
    (0x2E80, 0x2FDF),
    (0x3000, 0x30FF),
    (0x3100, 0x31FF),
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xF900, 0xFAFF),
    (0xFE30, 0xFE4F),
    (0xFF00, 0xFFEF),
    (0x20000, 0x2FFFF),
)
FALLBACKS = (
    Fallback("NotoSansArabic", "NotoSansArabic-Regular.ttf", ARABIC, shaped=True),
    Fallback("NotoSansHebrew", "NotoSansHebrew-Regular.ttf", HEBREW, shaped=True),
    Fallback("NotoSansBengali", "NotoSansBengali-Regular.ttf", BENGALI, shaped=True),
    Fallback("DroidSansFallbackCJK", "DroidSansFallback-CJK-subset.ttf", CJK, shaped=False),
)
# TrueType-outline CJK fonts (reportlab cannot embed CFF/OpenType outlines) found on the
# machines the council uses; the first that loads fills what the bundled subset lacks.
SYSTEM_CJK = (
    ("C:/Windows/Fonts/simsun.ttc", 0),
    ("C:/Windows/Fonts/mingliu.ttc", 0),
    ("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf", 0),
    ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
    ("/Library/Fonts/Arial Unicode.ttf", 0),
    ("/System/Library/Fonts/Supplemental/Arial Unicode.ttf", 0),
)
SYSTEM_CJK_NAME = "SystemCJK"

_lock = threading.RLock()
# Zero-width and bidi controls have no glyph worth printing; they are dropped when drawing
# (the bidi algorithm has already used them) so they never show as fallback squares.
INVISIBLE = re.compile("[\u200b\u200e\u200f\u202a-\u202e\u2060-\u2069\ufeff]")
JOINERS = "\u200c\u200d"  # ZWNJ/ZWJ steer shaping inside Arabic and Bengali words: kept in runs
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@cache
def register_fonts() -> str:
    """Register every bundled face with reportlab once (thread-safe); returns the regular font's name."""
    with _lock:
        registered = set(pdfmetrics.getRegisteredFontNames())
        for name, filename in FONT_FILES.items():
            if name not in registered:
                pdfmetrics.registerFont(_Font(name, str(font_path(filename)), shapable=False))
        # Paragraph markup <b>/<i> looks fonts up through this mapping. No bold-italic face is
        # bundled (the form never uses it), so it falls back to bold.
        addMapping(FAMILY, 0, 0, FAMILY)
        addMapping(FAMILY, 1, 0, BOLD)
        addMapping(FAMILY, 0, 1, ITALIC)
        addMapping(FAMILY, 1, 1, BOLD)
    return FAMILY


class _Font(TTFont):  # type: ignore[misc]  # reportlab has no type information
    """reportlab's TTFont, quicker at the text of a document whose characters it has met before.

    Every string drawn is split into the font's subsets, character by character in Python
    (TTFont.splitString: a twentieth of a PDF export). Once a document has given each of
    a string's characters its code in the first subset, which is the usual case after the
    first lines of a form, the split is one str.translate. Anything else (a new character,
    a second subset) goes to reportlab's own splitString, unchanged.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.face.makeSubset = _SubsetFiles(self.face.makeSubset)

    def addObjects(self, doc: Any) -> None:
        """reportlab's, with each subset's widths written out once per process (the same subsets,
        so the same widths, in every PDF of a batch: see _SubsetFiles)."""
        state = self.state.get(doc)
        count = len(state.subsets) if state is not None else 0
        names = [self.getSubsetInternalName(n, doc)[1:] for n in range(count)]
        super().addObjects(doc)
        fonts = doc.idToObject["BasicFonts"].dict
        for name in names:
            pdf_font = fonts.get(name)
            widths: Any = getattr(pdf_font, "Widths", None)
            if type(widths) is pdfdoc.PDFArray:
                pdf_font.Widths = _Widths(widths.sequence)

    def splitString(self, text: Any, doc: Any, encoding: str = "utf-8") -> list[tuple[int, bytes]]:
        state = self.state.get(doc)
        if state is not None and isinstance(text, str) and text:
            known = _known_codes(state)
            if known.chars.issuperset(text):
                return [(0, text.translate(known.table).encode("latin-1"))]
        result: list[tuple[int, bytes]] = super().splitString(text, doc, encoding)
        return result


class _Widths(pdfdoc.PDFArray):  # type: ignore[misc]  # reportlab has no type information
    """A subset's glyph widths (whole numbers: the same text in any document), written once."""

    def format(self, document: Any, IND: bytes = b"\n ") -> bytes:  # reportlab's signature
        key = tuple(self.sequence)
        known = _WRITTEN_WIDTHS.get(key)
        if known is None:
            known = super().format(document, IND)
            if len(_WRITTEN_WIDTHS) >= 64:  # a batch uses a few; memory stays bounded
                _WRITTEN_WIDTHS.clear()
            _WRITTEN_WIDTHS[key] = known
        return known


_WRITTEN_WIDTHS: dict[tuple[int, ...], bytes] = {}


class _SubsetFiles:
    """A font's embedded subset files, kept for the subsets made last: each PDF of a batch of
    one form codes the form's own wording first, so most of them embed the very same subsets,
    and making one (a TrueType file cut down to its glyphs) took a fortieth of a PDF export."""

    MOST = 8

    def __init__(self, make: Any) -> None:
        self._make = make
        self._kept: dict[tuple[int, ...], bytes] = {}
        self._lock = threading.Lock()  # exports may run on a worker thread beside the window's

    def __call__(self, subset: list[int]) -> bytes:
        key = tuple(subset)
        with self._lock:
            known = self._kept.get(key)
        if known is None:
            known = self._make(subset)
            with self._lock:
                if len(self._kept) >= self.MOST:
                    self._kept.pop(next(iter(self._kept)))
                self._kept[key] = known
        return known


@dataclass
class _KnownCodes:
    """The characters of one document's font state that have a code in its first subset."""

    seen: int = 0  # assignments read so far (a state only ever adds to them)
    chars: set[str] = field(default_factory=set)
    table: dict[int, str] = field(default_factory=dict)  # for str.translate: character → code


def _known_codes(state: Any) -> _KnownCodes:
    known: _KnownCodes | None = getattr(state, "_pdr_known", None)
    if known is None:
        known = state._pdr_known = _KnownCodes()
    assignments: dict[int, int] = state.assignments
    if len(assignments) != known.seen:
        for code, n in itertools.islice(assignments.items(), known.seen, None):
            if n < 0x100:
                known.chars.add(chr(code))
                known.table[code] = chr(n)
        known.seen = len(assignments)
        space = assignments.get(0x20)
        if space is not None and space < 0x100:  # reportlab prints a no-break space as a space
            known.chars.add("\u00a0")
            known.table[0xA0] = chr(space)
    return known


def font_path(filename: str) -> Path:
    return resource_path("resources", "fonts", filename)


@cache
def system_cjk() -> str | None:
    """The system's CJK font registered as SYSTEM_CJK_NAME, or None when there is none usable."""
    with _lock:
        for path, index in SYSTEM_CJK:
            if not Path(path).is_file():
                continue
            try:
                pdfmetrics.registerFont(TTFont(SYSTEM_CJK_NAME, path, subfontIndex=index, shapable=False))
            except (TTFError, OSError, ValueError, KeyError, IndexError):
                continue  # CFF outlines, a damaged file: try the next
            return SYSTEM_CJK_NAME
    return None


@cache
def _ensure(name: str) -> str:
    """Register a fallback font the first time a character needs it (the CJK one takes ½ s to read)."""
    register_fonts()
    with _lock:
        if name not in pdfmetrics.getRegisteredFontNames():
            fallback = next(f for f in FALLBACKS if f.name == name)
            # Shaping is ours (pdf_shaping), not reportlab's, which would not reorder right-to-left lines.
            pdfmetrics.registerFont(_Font(name, str(font_path(fallback.filename)), shapable=False))
    return name


def font(name: str) -> TTFont:
    """A bundled font by name, registered on first use."""
    if name in {f.name for f in FALLBACKS}:
        _ensure(name)
    else:
        register_fonts()
    return pdfmetrics.getFont(name)


@cache
def cmap(name: str) -> frozenset[int]:
    return frozenset(font(name).face.charToGlyph)


@cache
def shaped_fonts() -> frozenset[str]:
    return frozenset(f.name for f in FALLBACKS if f.shaped)


def _in(code: int, ranges: tuple[tuple[int, int], ...]) -> bool:
    return any(low <= code <= high for low, high in ranges)


_choices: dict[tuple[str, int], str | None] = {}


def font_for(code: int, primary: str = FAMILY) -> str | None:
    """The font that draws this character: its script's font first, then the primary, then any."""
    key = (primary, code)
    if key in _choices:
        return _choices[key]
    chosen = None
    for fallback in FALLBACKS:
        if _in(code, fallback.ranges) and code in cmap(fallback.name):
            chosen = fallback.name
            break
    if chosen is None and code in cmap(primary):
        chosen = primary
    if chosen is None:
        candidates = [f.name for f in FALLBACKS] + [n for n in (system_cjk(),) if n]
        chosen = next((name for name in candidates if code in cmap(name)), None)
    _choices[key] = chosen
    return chosen


_printable: dict[str, bool] = {}  # per character, for the process: every export asks about the same ones


def printable(ch: str) -> bool:
    """Whether some bundled (or system CJK) font draws `ch`; whitespace and invisibles count as printable."""
    known = _printable.get(ch)
    if known is None:
        known = _printable[ch] = bool(
            ch.isspace() or ch in JOINERS or INVISIBLE.match(ch) or _CONTROL.match(ch)
        ) or (font_for(ord(ch)) is not None)
    return known


def unprintable(text: str) -> list[str]:
    """The characters of `text` that no font can draw, in order, repeats kept (so they can be counted)."""
    bad = {ch for ch in set(text) if not printable(ch)}  # each distinct character checked once
    return [ch for ch in text if ch in bad] if bad else []


def is_mark(ch: str) -> bool:
    """Combining marks and joiners belong to the character before them (same font, same run)."""
    return ch in JOINERS or unicodedata.category(ch) in ("Mn", "Mc", "Me")


def clean(text: str) -> str:
    """Line ends as "\\n", tabs as four spaces, control characters dropped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    return _CONTROL.sub("", text)


def safe_text(text: str) -> str:
    """`text` with every character no font can draw replaced by FALLBACK (for reportlab Paragraphs)."""
    text = INVISIBLE.sub("", clean(text))
    known = cmap(FAMILY)
    return "".join(ch if ch == "\n" or ord(ch) in known else FALLBACK for ch in text)


def markup(text: str) -> str:
    """Plain text as Paragraph markup: font-safe, XML-escaped, line breaks kept, runs of spaces kept.

    Used for the form's own wording (titles, labels), which the primary font always covers;
    answers go through pdf_text.TextBlock, which falls back to the other fonts.
    """
    escaped = escape(safe_text(text))
    # Paragraph collapses whitespace; non-breaking spaces keep deliberate indentation visible.
    escaped = re.sub(r"  +", lambda m: " " + "\u00a0" * (len(m.group()) - 1), escaped)
    return escaped.replace("\n", "<br/>")
