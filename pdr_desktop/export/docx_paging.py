"""Long answers in the Word copy, cut into rows that each fit on a page, the question repeated.

A table row that Word breaks across two pages leaves the question cell blank on the second
page, so the reader no longer knows what the text answers. Rows are therefore never split
(cantSplit); an answer too long for that is cut here, at a paragraph or a word, into rows
of at most CHUNK_LINES lines, and each following row repeats the question's label with
"(continued)". The height is estimated with the metrics of Helvetica, which Arial (the
copy's font) and LibreOffice's Liberation Sans share, so the estimate holds in both.
"""

from __future__ import annotations

import math
import re
import unicodedata

from reportlab.pdfbase.pdfmetrics import stringWidth

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
    others = _LATIN.findall(text)
    wide = sum(1 for c in others if unicodedata.east_asian_width(c) in ("W", "F"))
    latin = float(stringWidth(_LATIN.sub("", text), "Helvetica", FONT_PT))
    return latin + (wide + 0.6 * (len(others) - wide)) * FONT_PT


def wrapped(paragraph: str, width: float) -> list[str]:
    """The paragraph's lines when wrapped at `width` points (words longer than a line are cut)."""
    if not paragraph.strip():
        return [""]
    lines: list[str] = []
    current = ""
    for word in re.split(r"(?<=\s)", paragraph):
        candidate = current + word
        if text_width(candidate.rstrip()) <= width or not current:
            current = candidate
            while text_width(current.rstrip()) > width and len(current) > 1:
                cut = _fit(current, width)
                lines.append(current[:cut])
                current = current[cut:]
            continue
        lines.append(current)
        current = word
    lines.append(current)
    return lines


def _fit(text: str, width: float) -> int:
    """How many characters of `text` fit in `width` (at least one)."""
    low, high = 1, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if text_width(text[:middle]) <= width:
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
    return bool(text) and lines_of(text, width) > ROW_LIMIT


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
