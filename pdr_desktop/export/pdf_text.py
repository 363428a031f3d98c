"""Answers in the PDF: a text block that breaks lines once, splits in constant time, and prints any script.

reportlab's Paragraph re-breaks all the remaining text every time it is split, so a long
answer cut into page-sized pieces cost time in the square of its length (200,000
characters: 18 s). A TextBlock breaks its lines once (greedy, in typed order, measured
with the font that will draw each character), and a split is a view on the same lines.
Each line is drawn in display order: font runs, bidi reordering and HarfBuzz shaping for
scripts that need them (pdf_shaping), with the typed text as /ActualText so copying and
text extraction read the words, not the glyphs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from pdr_desktop.export import fonts
from pdr_desktop.export import pdf_shaping as shaping

# Break opportunities: after spaces, and around every CJK character (those scripts use no spaces).
_WIDE = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef"
_TOKEN = re.compile(rf" +|[{_WIDE}]|[^ {_WIDE}]+")


@dataclass(frozen=True)
class Paragraph:
    text: str
    simple: bool  # the primary font draws every character, left to right: the fast path
    rtl: bool  # right-to-left paragraph: lines are aligned right


@dataclass(frozen=True)
class Line:
    para: int  # index into the block's paragraphs; -1 for a blank line
    start: int
    end: int
    width: float


class _Measure:
    """Word widths for one font and size, cached: real answers repeat their words a lot, and
    the drafts of a batch export share most of theirs (the form's own words, the common ones)."""

    def __init__(self, primary: str, size: float) -> None:
        self.primary, self.size = primary, size
        # Keyed by the word alone, one table for words the primary font draws (`simple`), one for
        # the rest: a tuple key per word looked up cost a fifth of breaking an answer into lines.
        self.widths: tuple[dict[str, float], dict[str, float]] = ({}, {})
        self.space = pdfmetrics.stringWidth(" ", primary, size)

    @classmethod
    def of(cls, primary: str, size: float) -> _Measure:
        """The shared measure of this font and size (a word's width never changes)."""
        measure = _MEASURES.get((primary, size))
        if measure is None or sum(map(len, measure.widths)) > _MEASURE_WORDS:
            measure = _MEASURES[primary, size] = cls(primary, size)  # a fresh one: memory stays bounded
        return measure

    def width(self, text: str, simple: bool) -> float:
        widths = self.widths[simple]
        known = widths.get(text)
        if known is None:
            if simple:
                known = pdfmetrics.stringWidth(text, self.primary, self.size)
            else:
                runs = shaping.font_runs(text, self.primary)
                known = sum(shaping.run_width(r, self.size) for r in runs)
            widths[text] = known
        return known


_MEASURES: dict[tuple[str, float], _Measure] = {}
_MEASURE_WORDS = 200_000  # distinct words kept per font and size (a few MB at most)


def paragraphs_of(text: str, primary: str) -> list[Paragraph]:
    known = _characters(primary)
    out = []
    for line in fonts.clean(text).split("\n"):
        rtl_chars = shaping.has_rtl(line)
        simple = not rtl_chars and known.issuperset(line)
        rtl = not simple and rtl_chars and shaping.rtl_paragraph(line)
        out.append(Paragraph(line, simple, rtl))
    return out


@cache
def _characters(primary: str) -> frozenset[str]:
    """The characters the font draws, as characters: a line is checked against them in C."""
    return frozenset(map(chr, fonts.cmap(primary)))


def break_lines(paragraphs: list[Paragraph], width: float, measure: _Measure) -> list[Line]:
    """Greedy line breaking of every paragraph; blank paragraphs become blank lines."""
    lines: list[Line] = []
    for index, para in enumerate(paragraphs):
        if not para.text.strip():
            lines.append(Line(-1, 0, 0, 0.0))
            continue
        lines += _break_paragraph(index, para, width, measure)
    return lines


def _break_paragraph(index: int, para: Paragraph, width: float, measure: _Measure) -> list[Line]:
    text, simple = para.text, para.simple
    if simple:
        # One line when it clearly fits (most answers): one width measured in C, no words walked.
        # The words' widths add up to the same, give or take rounding: near the edge they decide.
        used = text.rstrip(" ")
        whole = pdfmetrics.stringWidth(used, measure.primary, measure.size)
        if whole < width - _EDGE:
            return [Line(index, 0, len(used), whole)]
    lines: list[Line] = []
    start = end = -1
    x = pending = 0.0
    known, space = measure.widths[simple], measure.space
    e = 0
    for token in _TOKEN.findall(text):  # the tokens cover the text: each starts where the last ended
        s, e = e, e + len(token)
        if token[0] == " ":
            if start < 0 and not lines:
                start, end, x = s, e, space * len(token)  # indentation of the first line
            elif start >= 0:
                pending += space * len(token)
            continue
        w = known.get(token)
        if w is None:
            w = measure.width(token, simple)
        if start >= 0 and x + pending + w <= width:
            x, end, pending = x + pending + w, e, 0.0
            continue
        if start >= 0:
            lines.append(Line(index, start, end, x))
        pending = 0.0
        if w <= width:
            start, end, x = s, e, w
            continue
        pieces = _break_word(para, s, e, width, measure)
        lines += [Line(index, a, b, pw) for a, b, pw in pieces[:-1]]
        start, end, x = pieces[-1]
    if start >= 0:
        lines.append(Line(index, start, end, x))
    return lines


_EDGE = 0.01  # points: far more than the rounding of a sum of widths, far less than any glyph


def _break_word(
    para: Paragraph, s: int, e: int, width: float, measure: _Measure
) -> list[tuple[int, int, float]]:
    """A word wider than the line, cut between characters (never between a letter and its marks)."""
    pieces, start, x = [], s, 0.0
    index = s
    while index < e:
        nxt = index + 1
        while nxt < e and fonts.is_mark(para.text[nxt]):
            nxt += 1
        w = measure.width(para.text[index:nxt], para.simple)
        if x + w > width and index > start:
            pieces.append((start, index, x))
            start, x = index, 0.0
        x += w
        index = nxt
    pieces.append((start, e, x))
    return pieces


@dataclass(frozen=True)
class TextStyle:
    font: str
    size: float
    leading: float
    color: object

    @classmethod
    def of(cls, style: ParagraphStyle) -> TextStyle:
        return cls(style.fontName, style.fontSize, style.leading, style.textColor)


# A split piece shares its block's line breaks: (paragraphs, lines, first line, end line, width).
_Shared = tuple[list[Paragraph], "list[Line] | None", int, int, float]


class TextBlock(Flowable):  # type: ignore[misc]  # reportlab has no type information
    """Plain text (an answer, a note) wrapped to the cell width; splits between lines."""

    def __init__(
        self, text: str, style: ParagraphStyle | TextStyle, *, _shared: _Shared | None = None
    ) -> None:
        super().__init__()
        self.style = style if isinstance(style, TextStyle) else TextStyle.of(style)
        self._lines: list[Line] | None = None
        if _shared is not None:
            self._paragraphs, self._lines, self._lo, self._hi, self._width = _shared
        else:
            self._paragraphs = paragraphs_of(text, self.style.font)
            self._lo, self._hi, self._width = 0, 0, -1.0

    def _layout(self, width: float) -> None:
        if self._lines is not None and abs(width - self._width) < 0.01:
            return
        if self._lines is not None and (self._lo, self._hi) != (0, len(self._lines)):
            # A piece of a split block keeps the width it was split at (a cell never changes width).
            return
        measure = _Measure.of(self.style.font, self.style.size)
        self._lines = break_lines(self._paragraphs, width, measure)
        self._lo, self._hi, self._width = 0, len(self._lines), width

    @property
    def line_count(self) -> int:
        return self._hi - self._lo

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._layout(avail_width)
        self.width, self.height = avail_width, self.line_count * self.style.leading
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self._layout(avail_width)
        fits = int(avail_height // self.style.leading)
        if fits <= 0 or fits >= self.line_count:
            return [] if fits <= 0 else [self]
        cut = self._lo + fits
        return [self._view(self._lo, cut), self._view(cut, self._hi)]

    def _view(self, lo: int, hi: int) -> TextBlock:
        return TextBlock("", self.style, _shared=(self._paragraphs, self._lines, lo, hi, self._width))

    def draw(self) -> None:
        assert self._lines is not None
        style, canvas = self.style, self.canv
        canvas.saveState()
        canvas.setFillColor(style.color)
        # First baseline a font size below the top, as reportlab's Paragraph puts it.
        y = self.height - style.size
        # Plain lines share one text object: a page of BT/ET pairs per line is what made drawing slow.
        plain = canvas.beginText()
        plain.setFont(style.font, style.size)
        for line in self._lines[self._lo : self._hi]:
            if line.para >= 0:
                para = self._paragraphs[line.para]
                text = para.text[line.start : line.end]
                if para.simple:
                    plain.setTextOrigin(0, y)
                    # textOut(text) without measuring where the line ends: the next line sets its origin.
                    plain._code.append(plain._formatText(text))
                else:
                    # Keep the content stream in reading order: extraction follows it.
                    canvas.drawText(plain)
                    draw_line(canvas, 0, y, text, style, self._width, para)
                    plain = canvas.beginText()
                    plain.setFont(style.font, style.size)
            y -= style.leading
        canvas.drawText(plain)
        canvas.restoreState()


def draw_line(
    canvas: Canvas,
    x: float,
    y: float,
    text: str,
    style: TextStyle,
    width: float | None = None,
    para: Paragraph | None = None,
) -> float:
    """Draw one line of any script at (x, y); right-aligned in `width` when it reads right to left.

    Returns the width drawn.
    """
    if para is None:
        para = paragraphs_of(text, style.font)[0] if text else Paragraph("", True, False)
    if para.simple:
        canvas.setFont(style.font, style.size)
        canvas.drawString(x, y, text)
        return float(pdfmetrics.stringWidth(text, style.font, style.size))
    runs = shaping.visual_runs(text, style.font, para.rtl)
    shaped = [shaping.shape(r, style.size) if r.font and shaping.needs_shaping(r) else None for r in runs]
    widths = [s[1] if s else shaping.run_width(r, style.size) for r, s in zip(runs, shaped, strict=True)]
    total = sum(widths)
    if para.rtl and width is not None:
        x += max(0.0, width - total)
    complex_line = any(s and not r.rtl for r, s in zip(runs, shaped, strict=True))
    if complex_line:
        # Copy and extraction get the typed words in reading order, not the shaped glyphs.
        canvas.addLiteral(f"/Span <</ActualText <FEFF{text.encode('utf-16-be').hex().upper()}>>> BDC")
    for run, glyphs, w in zip(runs, shaped, widths, strict=True):
        if run.font is None:
            canvas.setFont(style.font, style.size)
            canvas.drawString(x, y, fonts.FALLBACK * shaping._visible_length(run.text))
        elif glyphs is not None:
            canvas.setFont(run.font, style.size)
            text_object = canvas.beginText()
            text_object.setFont(run.font, style.size)
            for glyph in glyphs[0]:
                text_object.setTextOrigin(x + glyph.x, y + glyph.y)
                text_object.textOut(glyph.char)
            canvas.drawText(text_object)
        else:
            canvas.setFont(run.font, style.size)
            canvas.drawString(x, y, fonts.INVISIBLE.sub("", run.text))
        x += w
    if complex_line:
        canvas.addLiteral("EMC")
    return total


def line_width(text: str, style: TextStyle) -> float:
    """The width `text` takes on one line, in any script."""
    measure = _Measure.of(style.font, style.size)
    return sum(measure.width(p.text, p.simple) for p in paragraphs_of(text, style.font))
