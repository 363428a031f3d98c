"""An objective's progress in the DOCX: a bar per review round drawn as a row of shaded cells.

Glyph bars (■□) came out uneven: Word, LibreOffice and the PDF font draw those characters
at different widths. Ten fixed-width cells, filled or not, look the same everywhere, and
the score and note stay ordinary text beside and under the bar (so the importer reads
"Six Month Review | 6/10" back, and a screen reader says it).
"""

from __future__ import annotations

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.table import CT_Tbl
from docx.shared import Cm, Pt
from docx.table import _Cell
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from pdr_desktop.export import docx_styles as st
from pdr_desktop.export import text_values as tv
from pdr_desktop.export.document_plan import ObjectiveExtra
from pdr_desktop.review.progress import SCALE_MAX, ProgressEntry

BAR_FILL = "2F5597"  # dark blue on white: well above 3:1 against the empty cells' white
BAR_EDGE = "7F7F7F"
LABEL_WIDTH = Cm(3.3)
BAR_CELL = Cm(0.34)
SCORE_WIDTH = Cm(1.3)
ROW_HEIGHT = Cm(0.38)
CAPTION_PT = 8


def fill_progress(cell: _Cell, extra: ObjectiveExtra, width: int) -> None:
    """The objective's progress row: caption, one bar per round (note under it), then Achieved/carried."""
    caption = cell.paragraphs[0]
    _small(caption.add_run(tv.PROGRESS_LABEL), bold=True)
    _tight(caption)
    # An objective only carried forward has no bars yet (the PDF draws them empty: see pdf_writer).
    entries = extra.entries if extra.scored or extra.achieved else ()
    if entries:
        _bars(cell, entries, width)
    lines = ([tv.ACHIEVED] if extra.achieved else []) + (
        [f"{tv.CARRIED_PREFIX}{extra.carried_from}"] if extra.carried_from else []
    )
    for index, line in enumerate(lines):
        para = cell.paragraphs[-1] if index == 0 and entries else cell.add_paragraph()
        _small(para.add_run(line), bold=line == tv.ACHIEVED)


def _bars(cell: _Cell, entries: tuple[ProgressEntry, ...], width: int) -> None:
    columns = SCALE_MAX + 3  # label, the bar's cells, score, and the rest of the width for notes
    table = cell.add_table(rows=0, cols=columns)
    table.autofit = False
    st.cell_margins(table._tbl, 0, 30)
    _fixed_layout(table._tbl)
    rest = max(int(width) - LABEL_WIDTH - SCALE_MAX * BAR_CELL - SCORE_WIDTH - Cm(0.4), Cm(1))
    widths = [LABEL_WIDTH] + [BAR_CELL] * SCALE_MAX + [SCORE_WIDTH, rest]
    for col, col_width in zip(table.columns, widths, strict=True):
        col.width = col_width
    for entry in entries:
        row = table.add_row()  # type: ignore[no-untyped-call]  # python-docx leaves it unannotated
        row.height = ROW_HEIGHT
        cells = row.cells
        for c, col_width in zip(cells, widths, strict=True):
            c.width = col_width
            _tight(c.paragraphs[0])
        _small(cells[0].paragraphs[0].add_run(entry.round_label))
        filled = 0 if entry.scale is None else entry.scale
        for index in range(SCALE_MAX):
            bar = cells[1 + index]
            _edges(bar)
            if index < filled:
                st.shade(bar, BAR_FILL)
            bar.paragraphs[0].paragraph_format.line_spacing = Pt(6)
        score = "–" if entry.scale is None else str(entry.scale)
        score_paragraph = cells[SCALE_MAX + 1].paragraphs[0]
        score_paragraph.paragraph_format.left_indent = Pt(4)  # clear of the bar's edge
        _small(score_paragraph.add_run(f"{score}/{SCALE_MAX}"))
        if entry.note:
            note_row = table.add_row()  # type: ignore[no-untyped-call]  # python-docx leaves it unannotated
            merged = note_row.cells[0].merge(note_row.cells[-1])
            for index, line in enumerate(tv.clean(entry.note).split("\n")):
                para = merged.paragraphs[0] if index == 0 else merged.add_paragraph()
                _tight(para)
                run = para.add_run(line)
                _small(run)
                run.font.color.rgb = st.GREY
            st.row_flags(note_row, cant_split=True)
        st.row_flags(row, cant_split=True)


def _small(run: Run, bold: bool = False) -> None:
    run.font.size = Pt(CAPTION_PT)
    run.bold = bold or None


def _tight(paragraph: Paragraph) -> None:
    fmt = paragraph.paragraph_format
    fmt.space_before = fmt.space_after = Pt(0)


def _edges(cell: _Cell) -> None:
    """A thin grey outline, so an empty bar still shows its ten steps."""
    tc_pr = cell._tc.get_or_add_tcPr()
    borders = OxmlElement("w:tcBorders")
    for side in ("top", "left", "bottom", "right"):
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:val"), "single")
        edge.set(qn("w:sz"), "4")
        edge.set(qn("w:color"), BAR_EDGE)
        borders.append(edge)
    # Schema order: tcW, gridSpan, vMerge, tcBorders, shd…
    anchor = next(
        (c for c in tc_pr if c.tag in {qn("w:shd"), qn("w:noWrap"), qn("w:tcMar"), qn("w:vAlign")}), None
    )
    if anchor is not None:
        anchor.addprevious(borders)
    else:
        tc_pr.append(borders)


def _fixed_layout(tbl: CT_Tbl) -> None:
    """Fixed column widths: Word and LibreOffice would otherwise stretch the bar's cells to fit text."""
    tbl_pr = tbl.tblPr
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    # Schema order in tblPr: … tblBorders, shd, tblLayout, tblCellMar, tblLook
    anchor = tbl_pr.find(qn("w:tblCellMar"))
    if anchor is None:
        anchor = tbl_pr.find(qn("w:tblLook"))
    if anchor is not None:
        anchor.addprevious(layout)
    else:
        tbl_pr.append(layout)
