"""The form's own wording in the PDF (titles, headings, labels) as reportlab Paragraphs, cheaper.

Two costs of reportlab's Paragraph that a PDF export paid over and over:

- its markup parser runs for every Paragraph, and every draft prints the same labels: the
  parsed fragments are kept per text and style for the process (reportlab itself shares
  fragments between a Paragraph and the pieces it splits into; nothing changes them);
- wrap() breaks the lines again on every call, and a table cell is wrapped several times at
  one width while the table is measured, cut into chunks and split over pages: a label
  remembers its last width and what wrap() returned for it;
- every draft of a batch breaks the same labels into the same lines again: the lines are kept
  per text, style and width for the process. Drawing only reads them; a label being split
  breaks its own lines first (reportlab's split may change the words of the lines it cuts).
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph
from reportlab.platypus.paragraph import cleanBlockQuotedText, textTransformFrags
from reportlab.platypus.paraparser import ParaParser

from pdr_desktop.export.fonts import markup

_PARSED: dict[tuple[str, int], tuple[str, ParagraphStyle, list[Any], Any, ParagraphStyle]] = {}
_PARSED_MOST = 5000  # texts kept; a form has a few hundred
# (text, id(style), width) → (lines, wrap widths, height, style): what Paragraph.wrap worked out.
_BROKEN: dict[tuple[str, int, float], tuple[Any, tuple[float, ...], float, ParagraphStyle]] = {}


class Label(Paragraph):  # type: ignore[misc]  # reportlab has no type information
    """Paragraph(markup(text), style), parsed once per text and style, wrapped once per width."""

    def __init__(self, text: str, style: ParagraphStyle, bulletText: Any = None, frags: Any = None) -> None:
        self._wrapped: tuple[float, tuple[float, float]] | None = None
        self._key: tuple[str, ParagraphStyle] | None = None  # None: lines of its own, never shared
        if frags is not None or bulletText is not None:
            # A piece of a split label, as reportlab's split() makes it: its own fragments.
            super().__init__(text, style, bulletText=bulletText, frags=frags)
            return
        self._key = (text, style)
        self.caseSensitive, self.encoding = 1, "utf8"
        cleaned, parsed_style, parsed, bullet = _parsed(text, style)
        self._setup(cleaned, parsed_style, bullet, parsed, cleanBlockQuotedText)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        # The lines depend on the width only (the height is what the caller has left).
        if self._wrapped is not None and self._wrapped[0] == avail_width:
            return self._wrapped[1]
        key = None if self._key is None else (self._key[0], id(self._key[1]), avail_width)
        known = _BROKEN.get(key) if key is not None else None
        if self._key is not None and known is not None and known[3] is self._key[1]:
            lines, widths, height, _ = known
            self.width, self._wrapWidths, self.blPara, self.height = avail_width, list(widths), lines, height
            size = (avail_width, height)
        else:
            size = super().wrap(avail_width, avail_height)
            # (A width too narrow for any text gives no lines: nothing to keep.)
            if self._key is not None and key is not None and size == (avail_width, self.height):
                if len(_BROKEN) >= _PARSED_MOST:
                    _BROKEN.clear()
                _BROKEN[key] = (self.blPara, tuple(self._wrapWidths), self.height, self._key[1])
        self._wrapped = (avail_width, size)
        return size

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self._wrapped = None
        if self._key is not None:
            # Lines of its own before reportlab's split cuts them: never the shared ones.
            self._key = None
            self.__dict__.pop("blPara", None)
        parts: list[Flowable] = super().split(avail_width, avail_height)
        return parts


def _parsed(text: str, style: ParagraphStyle) -> tuple[str, ParagraphStyle, list[Any], Any]:
    """What Paragraph._setup makes of markup(text) (cleaned text, style, fragments, bullet), kept."""
    key = (text, id(style))
    known = _PARSED.get(key)
    if known is not None and known[4] is style:
        return known[:4]
    cleaned = cleanBlockQuotedText(markup(text))
    parser = ParaParser()
    parser.caseSensitive = 1
    parsed_style, frags, bullet_frags = parser.parse(cleaned, style)
    if frags is None:
        raise ValueError(f"xml parser error ({parser.errors[0]}) in paragraph beginning\n'{cleaned[:30]}'")
    textTransformFrags(frags, parsed_style)
    bullet = bullet_frags or getattr(style, "bulletText", None)
    if len(_PARSED) >= _PARSED_MOST:
        _PARSED.clear()
    _PARSED[key] = (cleaned, parsed_style, frags, bullet, style)
    return cleaned, parsed_style, frags, bullet
