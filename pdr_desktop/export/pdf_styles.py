"""Look of the PDF export: page, paragraph styles, table colours and column widths.

Kept apart from the writer so the council's look (plain Word tables, 10pt sans
text, bold title) can be tuned without touching the layout walk.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm

from pdr_desktop.export.fonts import BOLD, ITALIC, register_fonts

PAGE_SIZE = A4
MARGIN_X = 2.0 * cm
MARGIN_TOP = 1.8 * cm
MARGIN_BOTTOM = 2.0 * cm  # room for the footer line
FRAME_WIDTH = PAGE_SIZE[0] - 2 * MARGIN_X
FRAME_HEIGHT = PAGE_SIZE[1] - MARGIN_TOP - MARGIN_BOTTOM

GRID = colors.HexColor("#000000")
HEADER_FILL = colors.HexColor("#D9D9D9")  # Word's "White, Background 1, Darker 15%"
LABEL_FILL = colors.HexColor("#F2F2F2")  # fixed text beside an answer, lighter than headers
MUTED = colors.HexColor("#555555")
WARNING = colors.HexColor("#9C0006")  # a signature that no longer matches must stand out in print
CELL_PAD = 4
GRID_WIDTH = 0.5
FOOTER_SIZE = 8

# A cell chunk never grows past this share of a page, so a table row always fits on one:
# reportlab gives up ("too large on page") on a row taller than the frame.
CHUNK_HEIGHT = FRAME_HEIGHT * 0.3

# Column shares per table shape, echoing the council's Word tables.
_WIDTHS = {
    1: (1.0,),
    2: (0.5, 0.5),
    3: (0.30, 0.37, 0.33),
    4: (0.25, 0.25, 0.25, 0.25),
    6: (0.17, 0.21, 0.12, 0.21, 0.13, 0.16),
}
_OBJECTIVE_WIDTHS = (0.36, 0.30, 0.14, 0.20)


def column_widths(columns: int, repeating: bool = False) -> list[float]:
    shares = _OBJECTIVE_WIDTHS if repeating and columns == 4 else _WIDTHS.get(columns)
    if shares is None:
        shares = tuple(1 / columns for _ in range(columns))
    return [FRAME_WIDTH * s for s in shares]


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    body: ParagraphStyle
    lead_in: ParagraphStyle
    heading: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    header: ParagraphStyle
    small: ParagraphStyle
    note: ParagraphStyle
    warning: ParagraphStyle
    continued: ParagraphStyle
    source: ParagraphStyle


@cache
def styles() -> Styles:
    base = register_fonts()
    body = ParagraphStyle("body", fontName=base, fontSize=10, leading=13.5, spaceAfter=7)
    cell = ParagraphStyle("cell", fontName=base, fontSize=9, leading=11.5)
    return Styles(
        title=ParagraphStyle("title", parent=body, fontName=BOLD, fontSize=11.5, leading=15, spaceAfter=10),
        body=body,
        lead_in=ParagraphStyle("lead_in", parent=body, keepWithNext=1),
        heading=ParagraphStyle(
            "heading", parent=body, fontName=BOLD, fontSize=10.5, spaceBefore=8, spaceAfter=6, keepWithNext=1
        ),
        cell=cell,
        cell_bold=ParagraphStyle("cell_bold", parent=cell, fontName=BOLD),
        header=ParagraphStyle("header", parent=cell, fontName=BOLD),
        small=ParagraphStyle("small", parent=cell, fontSize=7.5, leading=9.5, textColor=MUTED),
        note=ParagraphStyle("note", parent=cell, fontName=ITALIC, fontSize=8.5, leading=10.5),
        warning=ParagraphStyle(
            "warning", parent=cell, fontName=BOLD, fontSize=8, leading=10, textColor=WARNING
        ),
        continued=ParagraphStyle(
            "continued", parent=cell, fontName=BOLD, fontSize=8, leading=10, textColor=MUTED
        ),
        # The form's attribution line ("Clare Poyner PSW January 2022"), small, after the last table.
        source=ParagraphStyle("source", parent=body, fontSize=8, leading=10, textColor=MUTED, spaceBefore=10),
    )
