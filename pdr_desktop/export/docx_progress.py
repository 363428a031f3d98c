"""An objective's progress in the DOCX: a bar per review round drawn as a row of shaded cells.

Glyph bars (■□) came out uneven: Word, LibreOffice and the PDF font draw those characters
at different widths. Ten fixed-width cells, filled or not, look the same everywhere, and
the score and note stay ordinary text beside and under the bar (so the importer reads
"Six Month Review | 6/10" back, and a screen reader says it).
"""

from __future__ import annotations

from docx.shared import Cm, Length

from pdr_desktop.export import docx_styles as st
from pdr_desktop.export import text_values as tv
from pdr_desktop.export.xml_text import run_xml
from pdr_desktop.review.progress import SCALE_MAX, ProgressEntry

BAR_FILL = "2F5597"  # dark blue on white: well above 3:1 against the empty cells' white
BAR_EDGE = "7F7F7F"
LABEL_WIDTH = Cm(3.3)
BAR_CELL = Cm(0.34)
SCORE_WIDTH = Cm(1.3)
ROW_HEIGHT = Cm(0.38)
CAPTION_PT = 8


def bars_xml(entries: tuple[ProgressEntry, ...], width: int) -> str:
    """The bars as one nested table (<w:tbl>, in a cell of the objective's progress row), as XML
    text: built cell by cell through python-docx (add_row, merge, get_or_add_tcPr) this took half
    of a whole Word export."""
    rest = max(int(width) - LABEL_WIDTH - SCALE_MAX * BAR_CELL - SCORE_WIDTH - Cm(0.4), Cm(1))
    widths = [Length(w).twips for w in [LABEL_WIDTH] + [BAR_CELL] * SCALE_MAX + [SCORE_WIDTH, rest]]
    rows = []
    for entry in entries:
        filled = 0 if entry.scale is None else entry.scale
        score = "–" if entry.scale is None else str(entry.scale)
        cells = [_tc(widths[0], _TIGHT, _run(entry.round_label))]
        for index in range(SCALE_MAX):
            fill = _SHADE if index < filled else ""
            cells.append(_tc(widths[1 + index], _BAR_SPACING, "", _EDGES + fill))
        cells.append(_tc(widths[SCALE_MAX + 1], _SCORE_PPR, _run(f"{score}/{SCALE_MAX}")))
        cells.append(_tc(widths[SCALE_MAX + 2], _TIGHT, ""))
        row_pr = f'<w:trPr><w:trHeight w:val="{ROW_HEIGHT.twips}"/><w:cantSplit/></w:trPr>'
        rows.append(f"<w:tr>{row_pr}{''.join(cells)}</w:tr>")
        if entry.note:
            lines = tv.clean(entry.note).split("\n")
            paragraphs = "".join(f"<w:p>{_TIGHT}{_run(line, grey=True)}</w:p>" for line in lines)
            span = f'<w:tcPr><w:tcW w:type="dxa" w:w="{sum(widths)}"/>'
            span += f'<w:gridSpan w:val="{len(widths)}"/></w:tcPr>'
            rows.append(f"<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc>{span}{paragraphs}</w:tc></w:tr>")
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    return (
        '<w:tbl><w:tblPr><w:tblW w:type="auto" w:w="0"/>'
        # Fixed column widths: Word and LibreOffice would otherwise stretch the bar's cells to fit text.
        '<w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
        '<w:left w:w="30" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>'
        '<w:right w:w="30" w:type="dxa"/></w:tblCellMar>'
        '<w:tblLook w:firstColumn="1" w:firstRow="1" w:lastColumn="0" w:lastRow="0" '
        'w:noHBand="0" w:noVBand="1" w:val="04A0"/></w:tblPr>'
        f"<w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>"
    )


_TIGHT = '<w:pPr><w:spacing w:before="0" w:after="0"/></w:pPr>'
_SCORE_PPR = '<w:pPr><w:spacing w:before="0" w:after="0"/><w:ind w:left="80"/></w:pPr>'  # clear of the bar
_BAR_SPACING = '<w:pPr><w:spacing w:before="0" w:after="0" w:line="120" w:lineRule="exact"/></w:pPr>'
# A thin grey outline, so an empty bar still shows its ten steps (schema order: tcW, tcBorders, shd).
_EDGES = (
    "<w:tcBorders>"
    + "".join(
        f'<w:{side} w:val="single" w:sz="4" w:color="{BAR_EDGE}"/>'
        for side in ("top", "left", "bottom", "right")
    )
    + "</w:tcBorders>"
)
_SHADE = f'<w:shd w:val="clear" w:color="auto" w:fill="{BAR_FILL}"/>'


def _tc(width: int, paragraph_properties: str, runs: str, properties: str = "") -> str:
    return (
        f'<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="{width}"/>{properties}</w:tcPr>'
        f"<w:p>{paragraph_properties}{runs}</w:p></w:tc>"
    )


def _run(text: str, grey: bool = False) -> str:
    """A caption-sized run, as python-docx's run.text would write it."""
    colour = f'<w:color w:val="{st.GREY}"/>' if grey else ""
    return run_xml(text, f'{colour}<w:sz w:val="{CAPTION_PT * 2}"/>')
