"""Complex scripts for the PDF: font runs, right-to-left order (python-bidi) and shaping (HarfBuzz).

Why both libraries: reportlab draws one glyph per character, left to right. Arabic and
Urdu need joining forms and ligatures, Bengali needs conjuncts and vowel signs placed
before their consonant: only real OpenType shaping does that (uharfbuzz). reportlab's own
HarfBuzz hook shapes words but leaves right-to-left lines in typed order (its bidi module,
rlbidi, is not on PyPI), and arabic-reshaper only knows Arabic letters, not Bengali or
marks. So lines are broken in typed order, each line is put in display order by the
Unicode bidi algorithm (python-bidi's reference implementation, which exposes the levels),
and every right-to-left or complex run is shaped by HarfBuzz into positioned glyphs.

Both are imported only when a line needs them (a right-to-left or shaped script): an
export of Latin text never loads them.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from reportlab.pdfbase import pdfmetrics

from pdr_desktop.export import fonts

if TYPE_CHECKING:
    import uharfbuzz as hb

_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\U00010800-\U00010fff\U0001e800-\U0001efff]")
# What can make a paragraph right to left besides the scripts above: the marks RLM, RLE, RLO, RLI.
_RTL_START = re.compile(_RTL.pattern[:-1] + "\u200f\u202b\u202e\u2067]")
_pua_lock = threading.Lock()


def has_rtl(text: str) -> bool:
    return _RTL.search(text) is not None


@dataclass(frozen=True)
class Run:
    """A piece of one line in one font at one bidi level; `font` None means nothing can draw it."""

    text: str
    font: str | None
    level: int = 0

    @property
    def rtl(self) -> bool:
        return self.level % 2 == 1


def font_runs(text: str, primary: str) -> list[Run]:
    """Split `text` where the drawing font changes. Marks stay with their base character;
    spaces and punctuation stay in the run around them when its font has them (whole
    Arabic phrases are shaped together)."""
    runs: list[Run] = []
    current: str | None = None
    start = 0
    for index, ch in enumerate(text):
        code = ord(ch)
        if index and (fonts.is_mark(ch) or (current and _neutral(ch) and code in fonts.cmap(current))):
            continue
        font = fonts.font_for(code, primary)
        if index and font == current:
            continue
        if index:
            runs.append(Run(text[start:index], current))
        current, start = font, index
    if text:
        runs.append(Run(text[start:], current))
    return runs


def _neutral(ch: str) -> bool:
    return ch.isspace() or not (ch.isalpha() or ch.isdigit())


def bidi_levels(text: str, rtl_base: bool) -> list[int]:
    """The resolved embedding level of every character (Unicode bidi algorithm, rules X1–I2).

    The reference implementation predates isolates (U+2066–2069) and stumbles on unassigned
    code points: those read as "other neutral" ("!"), which is how they behave around them.
    Should it fail on anything else, the line falls back to "right-to-left letters reversed".
    """
    text = "".join("!" if unicodedata.bidirectional(ch) in _UNKNOWN_CLASSES else ch for ch in text)
    try:
        return _reference_levels(text, rtl_base)
    except (AssertionError, KeyError, IndexError, ValueError):
        base = 1 if rtl_base else 0
        return [1 if _RTL.match(ch) else base for ch in text]


_UNKNOWN_CLASSES = frozenset({"", "LRI", "RLI", "FSI", "PDI"})


def _reference_levels(text: str, rtl_base: bool) -> list[int]:
    from bidi import algorithm as bidi_algorithm

    storage = bidi_algorithm.get_empty_storage()
    storage["base_level"] = 1 if rtl_base else 0
    storage["base_dir"] = "R" if rtl_base else "L"
    bidi_algorithm.get_embedding_levels(text, storage)
    bidi_algorithm.explicit_embed_and_overrides(storage)
    bidi_algorithm.resolve_weak_types(storage)
    bidi_algorithm.resolve_neutral_types(storage, False)
    bidi_algorithm.resolve_implicit_levels(storage, False)
    levels = [c["level"] for c in storage["chars"]]
    # The algorithm drops explicit controls (X9); give them their neighbour's level.
    if len(levels) != len(text):
        return _levels_with_controls(text, levels, rtl_base)
    return levels


def _levels_with_controls(text: str, levels: list[int], rtl_base: bool) -> list[int]:
    out, it, last = [], iter(levels), 1 if rtl_base else 0
    for ch in text:
        if ch in "\u202a\u202b\u202c\u202d\u202e":
            out.append(last)
        else:
            last = next(it, last)
            out.append(last)
    return out


def rtl_paragraph(text: str) -> bool:
    """Whether the paragraph reads right to left (its first strong character is Hebrew or Arabic)."""
    if _RTL_START.search(text) is None:
        return False  # no character that reads right to left: python-bidi need not be loaded
    from bidi import algorithm as bidi_algorithm

    return bool(bidi_algorithm.get_base_level(text))


def visual_runs(text: str, primary: str, rtl_base: bool) -> list[Run]:
    """The line's runs in display order (left to right on the page), each with its level."""
    if not has_rtl(text) and not rtl_base:
        return font_runs(text, primary)
    levels = bidi_levels(text, rtl_base)
    runs: list[Run] = []
    for run in font_runs(text, primary):
        # font_runs() pieces are contiguous: find each piece's offset to read its levels.
        offset = sum(len(r.text) for r in runs)
        start = offset
        for index in range(offset, offset + len(run.text)):
            if levels[index] != levels[start]:
                runs.append(Run(text[start:index], run.font, levels[start]))
                start = index
        runs.append(Run(text[start : offset + len(run.text)], run.font, levels[start]))
    return _reorder(runs)


def _reorder(runs: list[Run]) -> list[Run]:
    """Rule L2: from the highest level down to the lowest odd one, reverse every sequence at or above it."""
    if not runs:
        return runs
    highest = max(r.level for r in runs)
    lowest_odd = min((r.level for r in runs if r.level % 2), default=highest + 1)
    order = list(runs)
    for level in range(highest, lowest_odd - 1, -1):
        index = 0
        while index < len(order):
            if order[index].level >= level:
                end = index
                while end < len(order) and order[end].level >= level:
                    end += 1
                order[index:end] = reversed(order[index:end])
                index = end
            else:
                index += 1
    return order


@dataclass(frozen=True)
class Glyph:
    char: str  # the character the embedded subset uses for this glyph (a private one if unmapped)
    x: float  # offset from the run's start, in points
    y: float


@cache
def _hb_font(name: str) -> hb.Font:
    import uharfbuzz as hb

    face = fonts.font(name).face
    return hb.Font(hb.Face(hb.Blob(face._ttf_data)))


def needs_shaping(run: Run) -> bool:
    return run.rtl or run.font in fonts.shaped_fonts()


def shape(run: Run, size: float) -> tuple[list[Glyph], float]:
    """Positioned glyphs for `run` in display order, and its advance width in points."""
    import uharfbuzz as hb

    font = _hb_font(run.font or fonts.FAMILY)
    buffer = hb.Buffer()
    buffer.add_str(fonts.INVISIBLE.sub("", run.text))
    buffer.guess_segment_properties()
    buffer.direction = "rtl" if run.rtl else "ltr"
    hb.shape(font, buffer, {"kern": True, "liga": True})
    scale = size / font.face.upem
    glyphs, x = [], 0.0
    for info, pos in zip(buffer.glyph_infos, buffer.glyph_positions, strict=True):
        char = _char_for_glyph(run.font or fonts.FAMILY, info.codepoint, pos.x_advance)
        glyphs.append(Glyph(char, x + pos.x_offset * scale, pos.y_offset * scale))
        x += pos.x_advance * scale
    return glyphs, x


def _char_for_glyph(name: str, gid: int, advance: int) -> str:
    """The character reportlab must be given to embed glyph `gid`: its own, or a private-use one.

    Joining forms and conjuncts often have no character of their own; like reportlab's own
    HarfBuzz support, they get a private-use code point in this font's subset. The text
    layer still reads correctly: each such line carries an /ActualText with its real text.
    """
    face = fonts.font(name).face
    chars = face.glyphToChar.get(gid)
    if chars:
        return chr(chars[0])
    with _pua_lock:
        chars = face.glyphToChar.get(gid)
        if chars:
            return chr(chars[0])
        code = 0xE000
        while code in face.charToGlyph:
            code += 1
        face.charToGlyph[code] = gid
        face.glyphToChar.setdefault(gid, []).append(code)
        face.charWidths[code] = advance * 1000 / face.unitsPerEm
        return chr(code)


def run_width(run: Run, size: float) -> float:
    """Advance width of a run in points (shaped when it needs shaping)."""
    if run.font is None:
        return float(pdfmetrics.stringWidth(fonts.FALLBACK * _visible_length(run.text), fonts.FAMILY, size))
    if needs_shaping(run):
        return shape(run, size)[1]
    return float(pdfmetrics.stringWidth(fonts.INVISIBLE.sub("", run.text), run.font, size))


def _visible_length(text: str) -> int:
    return sum(1 for ch in text if not fonts.is_mark(ch) and not fonts.INVISIBLE.match(ch))
