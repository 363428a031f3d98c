"""The PDF's tables: logical rows cut into page-safe chunk rows, "(continued)" where a page breaks one.

A long answer is cut into chunks no taller than a third of a page, one table row each,
so reportlab can always break between them; a short row is one chunk and moves to the
next page whole. When a page break falls between two chunks of one answer, the row that
opens the new page starts with the question's label and "(continued)".
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle
from reportlab.platypus.tables import CellStyle

from pdr_desktop.export.fonts import FAMILY
from pdr_desktop.export.pdf_flowables import chunk_flowables
from pdr_desktop.export.pdf_labels import Label
from pdr_desktop.export.pdf_styles import CELL_PAD, CHUNK_HEIGHT, GRID, GRID_WIDTH, Styles

CONTINUED = "(continued)"
LABEL_LIMIT = 110  # a standard's text is long; the continued label only needs to recall it


def continued_text(label: str) -> str:
    label = " ".join(label.split())
    if len(label) > LABEL_LIMIT:
        label = label[: LABEL_LIMIT - 1].rsplit(" ", 1)[0] + "…"
    return f"{label} {CONTINUED}" if label else CONTINUED


class ContinuedLabel(Flowable):  # type: ignore[misc]  # reportlab has no type information
    """Heads every continuation chunk; takes no room unless its row opens a page."""

    def __init__(self, label: str, style: ParagraphStyle, active: bool = False) -> None:
        super().__init__()
        self.label, self.style, self.active = label, style, active
        self._para: Paragraph | None = None

    def activated(self) -> ContinuedLabel:
        return ContinuedLabel(self.label, self.style, active=True)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if not self.active:
            return 0, 0
        self._para = Label(continued_text(self.label), self.style)
        width, height = self._para.wrap(avail_width, avail_height)
        return width, height + 2

    def draw(self) -> None:
        if self.active and self._para is not None:
            self._para.drawOn(self.canv, 0, 2)


class ContinuingTable(Table):  # type: ignore[misc]  # reportlab has no type information
    """A Table that, when split inside a logical row, labels the piece that opens the next page."""

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        parts: list[Flowable] = super().split(avail_width, avail_height)
        if len(parts) == 2 and isinstance(parts[1], Table):
            _activate_first_body_row(parts[1])
        return parts


def _activate_first_body_row(table: Table) -> None:
    index = table.repeatRows if isinstance(table.repeatRows, int) else len(table.repeatRows)
    rows = table._cellvalues
    if index >= len(rows):
        return
    first = rows[index][0]
    # reportlab turns cell lists into its own tuple type
    if not (isinstance(first, (list, tuple)) and first and isinstance(first[0], ContinuedLabel)):
        return
    row = list(rows[index])  # rows are shared with the unsplit table: never change them in place
    row[0] = [first[0].activated(), *first[1:]]
    rows[index] = row
    heights = list(table._argH)
    heights[index] = None  # measure the row again, now with its label
    table._argH = heights


class _CellStyle(CellStyle):  # type: ignore[misc]  # reportlab has no type information
    """What every cell of every table starts from. Set as style commands over the whole table,
    reportlab applied each one to each cell in turn (a tenth of a PDF export's layout)."""

    valign = "TOP"
    fontname = FAMILY  # empty cells still set a font; without this it is an unembedded Helvetica
    leftPadding = rightPadding = CELL_PAD
    topPadding = 2
    bottomPadding = 3


class Rows:
    """Table rows under construction: cells, spans, fills and where each logical row ends."""

    def __init__(self, widths: list[float], st: Styles) -> None:
        self.widths = widths
        self.st = st
        self.data: list[list[Any]] = []
        self.commands: list[tuple[Any, ...]] = []
        self.row_ends: list[int] = []
        self._header_ends: list[int] = []

    def add(
        self,
        cells: list[tuple[list[Flowable], int, Any]],
        label: str = "",
        keep_with_previous: bool = False,
        header: bool = False,
    ) -> None:
        """One logical row of (flowables, span, fill); long cells continue on extra rows.

        `label` names the question on continuation rows. `keep_with_previous` keeps a short
        row on the same page as the row before it (an objective's progress under the
        objective). A header row always stays with the first piece of the row under it.
        """
        columns = len(self.widths)
        positions, col = [], 0
        for _, span, _fill in cells:
            positions.append((col, min(span, columns - col)))
            col += span
        # A layout row wider than its table (a form-definition slip) must not crash the export.
        cells = [c for c, (start, _) in zip(cells, positions, strict=True) if start < columns]
        positions = [p for p in positions if p[0] < columns]
        chunked = []
        for (flows, _span, _fill), (start, span) in zip(cells, positions, strict=True):
            width = sum(self.widths[start : start + span]) - 2 * CELL_PAD
            chunked.append(chunk_flowables(flows, width, CHUNK_HEIGHT))
        height = max(len(c) for c in chunked)
        first = len(self.data)
        for sub in range(height):
            row: list[Any] = [""] * columns
            for chunks, (start, _) in zip(chunked, positions, strict=True):
                row[start] = chunks[sub] if sub < len(chunks) else ""
            if sub:
                head = row[0] if isinstance(row[0], list) else []
                row[0] = [ContinuedLabel(label, self.st.continued), *head]
            self.data.append(row)
        last = len(self.data) - 1
        if last > first:
            # Chunks of one answer read as one cell: no padding where they meet.
            self.commands.append(("TOPPADDING", (0, first + 1), (-1, last), 0))
            self.commands.append(("BOTTOMPADDING", (0, first), (-1, last - 1), 0))
        for (_flows, _span, fill), (start, span) in zip(cells, positions, strict=True):
            end = start + span - 1
            if span > 1:
                for r in range(first, last + 1):
                    self.commands.append(("SPAN", (start, r), (end, r)))
            if fill is not None:
                self.commands.append(("BACKGROUND", (start, first), (end, last), fill))
        previous_start = self.row_ends[-2] + 1 if len(self.row_ends) > 1 else 0
        if keep_with_previous and self.row_ends and first == last and previous_start == first - 1:
            self.commands.append(("NOSPLIT", (0, first - 1), (-1, last)))
        elif self.row_ends and self._header_ends and self._header_ends[-1] == first - 1:
            self.commands.append(("NOSPLIT", (0, first - 1), (-1, first)))
        if header and first == last:
            self._header_ends.append(last)
        self.row_ends.append(last)

    def table(self, repeat_rows: int) -> Table:
        cmds: list[tuple[Any, ...]] = [("BOX", (0, 0), (-1, -1), GRID_WIDTH, GRID)]
        # A line under each logical row only, so continuation rows read as one tall cell.
        cmds += [("LINEBELOW", (0, end), (-1, end), GRID_WIDTH, GRID) for end in self.row_ends[:-1]]
        cmds += self.commands
        cmds += self._vertical_lines()
        styles = [[_CellStyle(repr((r, c))) for c in range(len(self.widths))] for r in range(len(self.data))]
        table = ContinuingTable(
            self.data, colWidths=self.widths, repeatRows=repeat_rows, splitByRow=1, cellStyles=styles
        )
        table.setStyle(TableStyle(cmds))
        return table

    def _vertical_lines(self) -> list[tuple[Any, ...]]:
        """Column lines cell by cell, skipping the inside of spanned cells."""
        spanned: set[tuple[int, int]] = set()
        for cmd in self.commands:
            if cmd[0] == "SPAN":
                (c0, r), (c1, _) = cmd[1], cmd[2]
                spanned.update((c, r) for c in range(c0, c1))
        lines = []
        for c in range(len(self.widths) - 1):
            start = None  # one command per run of rows, not per cell: long tables split faster
            for r in range(len(self.data) + 1):
                open_cell = r < len(self.data) and (c, r) not in spanned
                if open_cell and start is None:
                    start = r
                elif not open_cell and start is not None:
                    lines.append(("LINEAFTER", (c, start), (c, r - 1), GRID_WIDTH, GRID))
                    start = None
        return lines
