"""Building blocks of the PDF: the progress chart, page-safe cell chunks, the numbered footer."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from pdr_desktop.export.fonts import BOLD, FAMILY, register_fonts, safe_text
from pdr_desktop.export.pdf_styles import FOOTER_SIZE, MARGIN_X, MUTED, PAGE_SIZE
from pdr_desktop.export.pdf_text import TextStyle, draw_line, line_width
from pdr_desktop.review.progress import SCALE_MAX, ProgressEntry

BAR_FILL = colors.HexColor("#2E6DA4")
BAR_EMPTY = colors.HexColor("#FFFFFF")
BAR_EDGE = colors.HexColor("#7F7F7F")
LABEL_WIDTH = 110
BOX = 9  # one step of the 0–10 scale
ROW_HEIGHT = 13


class ProgressChart(Flowable):  # type: ignore[misc]  # reportlab has no type information
    """One round's scale as ten boxes, filled up to the score, with the round and "6/10" as real text.

    Drawn straight on the canvas (not a reportlab Drawing, whose renderer selects an
    unembedded Helvetica), so the PDF only references the bundled font.
    """

    def __init__(self, entry: ProgressEntry) -> None:
        super().__init__()
        self.entry = entry
        self.width = LABEL_WIDTH + SCALE_MAX * (BOX + 1) + 40
        self.height = ROW_HEIGHT

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas, base = self.canv, 2
        canvas.saveState()
        canvas.setFont(FAMILY, 8)
        canvas.drawString(0, base + 1, safe_text(self.entry.round_label))
        canvas.setStrokeColor(BAR_EDGE)
        canvas.setLineWidth(0.5)
        for step in range(SCALE_MAX):
            filled = self.entry.scale is not None and step < self.entry.scale
            canvas.setFillColor(BAR_FILL if filled else BAR_EMPTY)
            canvas.rect(LABEL_WIDTH + step * (BOX + 1), base, BOX, BOX, stroke=1, fill=1)
        score = "–" if self.entry.scale is None else str(self.entry.scale)
        canvas.setFillColor(colors.black)
        canvas.setFont(BOLD, 8)
        canvas.drawString(LABEL_WIDTH + SCALE_MAX * (BOX + 1) + 4, base + 1, f"{score}/{SCALE_MAX}")
        canvas.restoreState()


def chunk_flowables(flowables: Sequence[Flowable], width: float, budget: float) -> list[list[Flowable]]:
    """Cut a cell's contents into chunks no taller than `budget` points.

    Each chunk becomes one table row, so a 50,000-character answer flows over as many
    rows (and pages) as it needs instead of making reportlab refuse the whole export.
    Text is cut with its own split(), which never loses a word; a TextBlock splits in
    constant time, so this is linear in the length of the answer.
    """
    chunks: list[list[Flowable]] = [[]]
    room = budget
    queue = deque(flowables)
    while queue:
        item = queue.popleft()
        _, height = item.wrap(width, budget * 100)
        if height <= room:
            chunks[-1].append(item)
            room -= height
            continue
        parts = item.split(width, room) if room > 0 else []
        if len(parts) >= 2:
            chunks[-1].append(parts[0])
            queue.extendleft(reversed(parts[1:]))
        elif not chunks[-1]:
            # A piece that cannot be cut (a drawing) and fills a fresh chunk: keep it whole.
            chunks[-1].append(item)
            room = 0
            continue
        else:
            queue.appendleft(item)
        chunks.append([])
        room = budget
    return [c for c in chunks if c] or [[]]


class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab has no type information
    """Two passes: pages are kept until the end, so each footer can say "Page X of Y"."""

    footer_text = ""  # set per export through numbered_canvas()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # Otherwise every page references an unembedded Helvetica it never uses.
        kwargs["initialFontName"] = kwargs.get("initialFontName") or register_fonts()
        kwargs["initialFontSize"] = kwargs.get("initialFontSize") or FOOTER_SIZE
        super().__init__(*args, **kwargs)
        self._saved_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._saved_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._saved_pages)
        left = self.footer_text[:200]
        # A very long name must not run into the page number (worked out once: every page has it).
        while left and line_width(left, _FOOTER) > PAGE_SIZE[0] - 2 * MARGIN_X - 80:
            left = left[:-2] + "…"
        for state in self._saved_pages:
            self.__dict__.update(state)
            self._draw_footer(total, left)
            super().showPage()
        super().save()

    def _draw_footer(self, total: int, left: str) -> None:
        y = 1.1 * 72 / 2.54  # 1.1 cm from the bottom edge
        self.saveState()
        self.setFont(FAMILY, FOOTER_SIZE)
        self.setFillColor(MUTED)
        self.setStrokeColor(MUTED)
        self.setLineWidth(0.4)
        self.line(MARGIN_X, y + 10, PAGE_SIZE[0] - MARGIN_X, y + 10)
        draw_line(self, MARGIN_X, y, left, _FOOTER)
        self.drawRightString(PAGE_SIZE[0] - MARGIN_X, y, f"Page {self._pageNumber} of {total}")
        self.restoreState()


_FOOTER = TextStyle(FAMILY, FOOTER_SIZE, FOOTER_SIZE * 1.2, MUTED)


def numbered_canvas(footer_text: str) -> Callable[..., NumberedCanvas]:
    """A canvas class for doc.build(canvasmaker=…) with this export's footer text."""
    return type("FooterCanvas", (NumberedCanvas,), {"footer_text": footer_text})
