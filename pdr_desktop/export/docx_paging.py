"""Long answers in the Word copy, cut into rows that each fit on a page, the question repeated.

A table row that Word breaks across two pages leaves the question cell blank on the second
page, so the reader no longer knows what the text answers. Rows are therefore never split
(cantSplit); an answer too long for that is cut here, at a paragraph or a word, into rows
of at most CHUNK_LINES lines, and each following row repeats the question's label with
"(continued)". The height is estimated with the metrics of Helvetica, which Arial (the
copy's font) and LibreOffice's Liberation Sans share, so the estimate holds in both.
"""

from __future__ import annotations

import itertools
import math
import re
import unicodedata

from pdr_desktop.export.docx_metrics import HELVETICA_WIDTHS
from pdr_desktop.export.text_match import norm

FONT_PT = 10
CELL_PADDING_PT = 9  # left + right cell margins (90 twips each)
PARAGRAPH_GAP = 0.35  # the Normal style's space after a paragraph, in lines
ROW_LIMIT = 24  # lines: a row longer than about a third of a page is cut
CHUNK_LINES = 20
CONTINUED = "(continued)"
LABEL_CHARS = 60  # the repeated label is cut to this, at a word
_LATIN = re.compile(r"[^\x00-\xff]")


def text_width(text: str) -> float:
    """Width in points at the body size. Beyond Latin-1 Helvetica has no metrics: Chinese, Japanese and
    Korean characters take a full em, other scripts (Arabic, Bengali, Hebrew, Polish…) about 0.6 em."""
    # One sum in C, no running totals to build: the same whole numbers _Widths adds up.
    others = _LATIN.findall(text)
    latin = _LATIN.sub("", text) if others else text
    units = sum(map(HELVETICA_WIDTHS.__getitem__, latin.encode("latin-1")))
    wide = sum(1 for char in others if unicodedata.east_asian_width(char) in ("W", "F"))
    return _points(units, wide, len(others) - wide)


def _points(units: int, wide: int, narrow: int) -> float:
    # reportlab's stringWidth is the sum of the glyphs' integer widths × 0.001 × size: the same
    # arithmetic here gives the same number, without a call into reportlab for every candidate line.
    return units * 0.001 * FONT_PT + (wide + 0.6 * narrow) * FONT_PT


class _Widths:
    """The width of any slice of one text in constant time, from running totals of text_width's terms.

    Wrapping measures the line so far once per word; measured afresh each time, a paragraph cost
    the square of its length, and reading back a 1 MB answer took 10 s (the bound is 10 s).
    """

    def __init__(self, text: str) -> None:
        glyphs = HELVETICA_WIDTHS  # Latin-1, in thousandths of the font size: no reportlab in a Word export
        if not _LATIN.search(text):  # the usual case, summed in C
            self.units = [0, *itertools.accumulate(map(glyphs.__getitem__, text.encode("latin-1")))]
            self.wide = self.narrow = [0] * (len(text) + 1)
            return
        units: list[int] = []
        wide: list[bool] = []
        narrow: list[bool] = []
        for char in text:
            code = ord(char)
            is_wide = code >= 0x100 and unicodedata.east_asian_width(char) in ("W", "F")
            units.append(glyphs[code] if code < 0x100 else 0)
            wide.append(is_wide)
            narrow.append(code >= 0x100 and not is_wide)
        self.units = [0, *itertools.accumulate(units)]
        self.wide = [0, *itertools.accumulate(wide)]
        self.narrow = [0, *itertools.accumulate(narrow)]

    def __call__(self, start: int, end: int) -> float:
        """Width of text[start:end]."""
        return _points(
            self.units[end] - self.units[start],
            self.wide[end] - self.wide[start],
            self.narrow[end] - self.narrow[start],
        )


def wrapped(paragraph: str, width: float) -> list[str]:
    """The paragraph's lines when wrapped at `width` points (words longer than a line are cut)."""
    if not paragraph.strip():
        return [""]
    measure = _Widths(paragraph)

    def stripped_width(start: int, end: int) -> float:  # of paragraph[start:end].rstrip()
        return measure(start, start + len(paragraph[start:end].rstrip()))

    lines: list[str] = []
    start = end = 0  # the line so far is paragraph[start:end]
    for word in re.split(r"(?<=\s)", paragraph):
        stop = end + len(word)
        if stripped_width(start, stop) <= width or start == end:
            end = stop
            while stripped_width(start, end) > width and end - start > 1:
                cut = _fit(measure, start, end, width)
                lines.append(paragraph[start : start + cut])
                start += cut
            continue
        lines.append(paragraph[start:end])
        start, end = end, stop
    lines.append(paragraph[start:end])
    return lines


def _fit(measure: _Widths, start: int, end: int, width: float) -> int:
    """How many characters of text[start:end] fit in `width` (at least one)."""
    low, high = 1, end - start
    while low < high:
        middle = (low + high + 1) // 2
        if measure(start, start + middle) <= width:
            low = middle
        else:
            high = middle - 1
    return low


def lines_of(text: str, width: float) -> float:
    """Estimated height of `text` in a cell `width` points wide, in lines."""
    usable = max(width - CELL_PADDING_PT, FONT_PT)
    paragraphs = text.split("\n")
    return sum(len(wrapped(p, usable)) for p in paragraphs) + PARAGRAPH_GAP * len(paragraphs)


def chunks(text: str, width: float, limit: int = CHUNK_LINES) -> list[str]:
    """`text` cut into pieces of at most `limit` lines: between paragraphs where possible, else between words.

    The pieces joined with newlines give the text back, except that a cut inside a paragraph
    becomes a line break.
    """
    usable = max(width - CELL_PADDING_PT, FONT_PT)
    pieces: list[list[str]] = []
    current: list[str] = []
    height = 0.0
    for paragraph in text.split("\n"):
        lines = wrapped(paragraph, usable)
        need = len(lines) + PARAGRAPH_GAP
        if current and height + need > limit:
            pieces.append(current)
            current, height = [], 0.0
        if need <= limit:
            current.append(paragraph)
            height += need
            continue
        # A paragraph longer than a whole piece: cut between its lines (so between words), into
        # pieces of even length, so no row holds a stray line or two.
        most = max(int(limit - PARAGRAPH_GAP), 1)
        take = math.ceil(len(lines) / math.ceil(len(lines) / most))
        for start in range(0, len(lines), take):
            part = "".join(lines[start : start + take])
            if start + take < len(lines):
                pieces.append([part.rstrip()])
            else:
                current, height = [part], len(lines) - start + PARAGRAPH_GAP
    if current:
        pieces.append(current)
    return ["\n".join(piece) for piece in pieces]


def too_long(text: str, width: float) -> bool:
    if not text:
        return False
    if at_most_lines(text, width) <= ROW_LIMIT - 0.05:  # the usual answer: clearly short enough
        return False
    return lines_of(text, width) > ROW_LIMIT


_WIDEST_CHAR = max(max(HELVETICA_WIDTHS) * 0.001, 1.0) * FONT_PT  # a wide CJK character is one em


def at_most_lines(text: str, width: float) -> float:
    """A bound lines_of(text, width) never exceeds, without wrapping (math.inf when it cannot say).

    When no word is wider than a line, wrapping only breaks between words, and a line is
    broken only when the next word did not fit on it: any two lines in a row are together
    wider than the line. So a paragraph of total width W has fewer than 2·W/line + 1 lines.
    This costs a sum of widths per paragraph, where wrapping measures the line at every word.
    """
    usable = max(width - CELL_PADDING_PT, FONT_PT)
    paragraphs = text.split("\n")
    bound = PARAGRAPH_GAP * len(paragraphs)
    for paragraph in paragraphs:
        words = paragraph.split()
        if not words:
            bound += 1
            continue
        if max(map(len, words)) * _WIDEST_CHAR > usable:
            return math.inf  # a word may have to be cut: lines are then no longer paired
        bound += 2 * text_width(paragraph) / usable + 1
    return bound


def continued_label(label: str) -> str:
    """ "4. Assessments will consider the lived… (continued)"."""
    text = " ".join(label.split())
    if len(text) > LABEL_CHARS:
        text = text[:LABEL_CHARS].rsplit(" ", 1)[0].rstrip(" ,;:.") + "…"
    return f"{text} {CONTINUED}"


def continues(text: str, label: str) -> bool:
    """Whether a cell's text is `label` repeated with "(continued)" (as continued_label prints it)."""
    folded = norm(text)
    marker = norm(CONTINUED)
    if not folded.endswith(marker) or not label.strip():
        return False
    stem = folded[: -len(marker)].strip().rstrip(".… ").strip()
    wanted = norm(label)
    return len(stem) >= min(4, len(wanted)) and wanted.startswith(stem)
