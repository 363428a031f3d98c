"""One table of the Word copy written as WordprocessingML text and parsed once.

Built through python-docx (add_run, run.bold, paragraph_format, get_or_add_tcPr…) the tables
took most of a Word export: every property set is an element lookup and an ordered insert.
This writes the very XML those calls wrote (schema order and all: the writer's tests read it
back with python-docx, and a batch of 30 drafts was spending over half its time here), from
the same plan, in one string per table.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from docx.oxml.parser import element_class_lookup
from docx.shared import Cm, Length, Pt
from lxml import etree

from pdr_desktop.export import docx_paging as paging
from pdr_desktop.export import docx_progress as progress
from pdr_desktop.export import docx_styles as st
from pdr_desktop.export import text_values as tv
from pdr_desktop.export.document_plan import EXTRA, FILLER, PlanCell, PlanTable
from pdr_desktop.export.docx_ids import Bookmarks, row_id_name
from pdr_desktop.export.xml_text import escape, run_xml
from pdr_desktop.forms.model import FieldType

_KEEP_NEXT = "<w:keepNext/>"
_GREY = f'<w:color w:val="{st.GREY}"/>'
# python-docx's parser (its element classes, blank text dropped), but taking text nodes over
# 10 MB: an answer may be that long (drafts go up to 20 MB), and the element tree took it.
_PARSER = etree.XMLParser(remove_blank_text=True, resolve_entities=False, huge_tree=True)
_PARSER.set_element_class_lookup(element_class_lookup)


@dataclass
class RowMarks:
    """Bookmarks naming each exported objective (and its progress row), so moved rows keep their identity."""

    token: str
    bookmarks: Bookmarks = field(default_factory=Bookmarks)

    def name_for(self, plan_cell: PlanCell) -> str | None:
        slot = plan_cell.slot
        if slot is None or slot.row is None or not plan_cell.exported:
            return None
        if plan_cell.kind == EXTRA or slot.part == plan_cell.first_column:
            return row_id_name(self.token, slot.row, extra=plan_cell.kind == EXTRA)
        return None


@dataclass
class _Paragraph:
    spacing: str = ""  # a <w:spacing …/> element, or ""
    runs: list[str] = field(default_factory=list)
    keep_next: bool = False
    bookmark: tuple[int, str] | None = None  # (id, name) spanning the paragraph's runs

    def xml(self) -> str:
        keep = _KEEP_NEXT if self.keep_next else ""
        properties = f"<w:pPr>{keep}{self.spacing}</w:pPr>" if keep or self.spacing else ""
        start = end = ""
        if self.bookmark is not None:
            number, name = self.bookmark
            start = f'<w:bookmarkStart w:id="{number}" w:name="{escape(name, quote=True)}"/>'
            end = f'<w:bookmarkEnd w:id="{number}"/>'
        return f"<w:p>{properties}{start}{''.join(self.runs)}{end}</w:p>"


@dataclass
class _Cell:
    width: int  # twips
    span: int
    fill: str = ""
    # The cell's content in order: its paragraphs, and a nested table's XML (the progress bars).
    content: list[_Paragraph | str] = field(default_factory=list)

    def paragraphs(self) -> list[_Paragraph]:
        return [item for item in self.content if isinstance(item, _Paragraph)]

    def xml(self) -> str:
        grid_span = f'<w:gridSpan w:val="{self.span}"/>' if self.span > 1 else ""
        shade = f'<w:shd w:val="clear" w:color="auto" w:fill="{self.fill}"/>' if self.fill else ""
        inner = "".join(item if isinstance(item, str) else item.xml() for item in self.content)
        return (
            f'<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="{self.width}"/>{grid_span}{shade}</w:tcPr>{inner}</w:tc>'
        )


def _size(points: float) -> str:
    return f'<w:sz w:val="{int(points * 2)}"/>'


def document_element(xml: str) -> etree._Element:
    """A whole document.xml, parsed as python-docx parses it (its element classes)."""
    return etree.fromstring(xml.encode("utf-8"), _PARSER)


def table_xml(plan: PlanTable, marks: RowMarks, style_id: str) -> str:
    """The whole table as one <w:tbl> element's XML, for document_element."""
    weights = plan.weights
    widths = [int(st.TEXT_WIDTH * w / sum(weights)) for w in weights]
    rows = []
    for r, plan_row in enumerate(plan.rows):
        heading_row = all(c.slot is None for c in plan_row)
        cells = _cells(plan_row, widths, heading_row, marks)
        height = ""
        if heading_row:
            # A heading stays with the row under it; column headings repeat on every page.
            keep_next = True
            flags = ["<w:cantSplit/>"] + (["<w:tblHeader/>"] if r == 0 and len(plan_row) > 1 else [])
        else:
            # Rows never break across pages (the form's rows were cut to fit: docx_paging), so a
            # question is never left blank over its answer; only an objective too long for a page may.
            cant_split = r < plan.header_rows or not _too_long(plan_row, widths)
            flags = ["<w:cantSplit/>"] if cant_split else []
            if plan_row[0].kind != EXTRA and not any(c.value for c in plan_row if c.slot is not None):
                # Room to write by hand when the form is printed blank.
                tall = Cm(1.6) if _holds_long_text(plan_row) else Cm(0.75)
                height = f'<w:trHeight w:hRule="atLeast" w:val="{Length(tall).twips}"/>'
            following = plan.rows[r + 1] if r + 1 < len(plan.rows) else ()
            keep_next = bool(following) and following[0].kind == EXTRA  # an objective stays with its progress
        if keep_next:
            for cell in cells:
                for paragraph in cell.paragraphs():
                    paragraph.keep_next = True
        # Schema order: cantSplit, trHeight, tblHeader.
        properties = "".join(flags[:1]) + height + "".join(flags[1:])
        row_pr = f"<w:trPr>{properties}</w:trPr>" if properties else "<w:trPr/>"
        rows.append(f"<w:tr>{row_pr}{''.join(cell.xml() for cell in cells)}</w:tr>")
    grid = "".join(f'<w:gridCol w:w="{Length(w).twips}"/>' for w in widths)
    return (
        f"<w:tbl><w:tblPr>{_table_properties(style_id)}</w:tblPr>"
        f"<w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>"
    )


def _table_properties(style_id: str) -> str:
    return (
        f'<w:tblStyle w:val="{escape(style_id, quote=True)}"/><w:tblW w:type="auto" w:w="0"/>'
        '<w:jc w:val="center"/>'
        '<w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="50" w:type="dxa"/>'
        '<w:left w:w="90" w:type="dxa"/><w:bottom w:w="50" w:type="dxa"/>'
        '<w:right w:w="90" w:type="dxa"/></w:tblCellMar>'
        '<w:tblLook w:firstColumn="1" w:firstRow="1" w:lastColumn="0" w:lastRow="0" '
        'w:noHBand="0" w:noVBand="1" w:val="04A0"/>'
    )


def _cells(
    plan_row: tuple[PlanCell, ...], widths: list[int], heading_row: bool, marks: RowMarks
) -> list[_Cell]:
    cells, start = [], 0
    for plan_cell in plan_row:
        span = max(1, min(plan_cell.span, len(widths) - start))
        cell = _Cell(Length(sum(widths[start : start + span])).twips, span)
        start += span
        if plan_cell.kind == EXTRA and plan_cell.extra is not None:
            _progress(cell, plan_cell, sum(widths))
        else:
            _fill(cell, plan_cell, heading_row)
        name = marks.name_for(plan_cell)
        if name is not None:
            cell.paragraphs()[0].bookmark = (marks.bookmarks.take(), name)
        cells.append(cell)
    return cells


def _fill(cell: _Cell, plan_cell: PlanCell, heading_row: bool) -> None:
    paragraphs = cell.content
    if plan_cell.kind == FILLER:
        paragraphs.append(_Paragraph())  # beside a continued answer: nothing to say, nothing to shade
        return
    if plan_cell.label:
        # Headings and field labels are bold; a standard's own text is read as plain text.
        bold = "<w:b/>" if heading_row or not plan_cell.group else '<w:b w:val="0"/>'
        italic = "<w:i/>" if plan_cell.continued else ""
        paragraphs.append(_Paragraph(runs=[run_xml(plan_cell.label, bold + italic)]))
    if plan_cell.slot is None:
        cell.fill = st.HEADER_FILL if heading_row else st.LABEL_FILL
        if not paragraphs:
            paragraphs.append(_Paragraph())
        return
    lines = plan_cell.value.split("\n") if plan_cell.value else []
    if plan_cell.label and not lines:
        lines = [""]  # room to sign or answer, as on the council's form
    small = _GREY + _size(st.BODY_PT - 1) if plan_cell.kind == EXTRA else ""
    paragraphs += [_Paragraph(runs=[run_xml(line, small)]) for line in lines]
    for index, note in enumerate(plan_cell.notes):
        spacing = f'<w:spacing w:before="{Pt(4 if index == 0 else 0).twips}"/>'
        paragraphs.append(_Paragraph(spacing, [run_xml(note, _GREY + _size(st.SMALL_PT - 1))]))
    if not paragraphs:
        paragraphs.append(_Paragraph())


def _progress(cell: _Cell, plan_cell: PlanCell, width: int) -> None:
    """The objective's progress row: caption, one bar per round (note under it), then Achieved/carried."""
    extra = plan_cell.extra
    assert extra is not None
    tight = '<w:spacing w:before="0" w:after="0"/>'
    caption = _size(progress.CAPTION_PT)
    cell.content.append(_Paragraph(tight, [run_xml(tv.PROGRESS_LABEL, "<w:b/>" + caption)]))
    # An objective only carried forward has no bars yet (the PDF draws them empty: see pdf_writer).
    entries = extra.entries if extra.scored or extra.achieved else ()
    lines = ([tv.ACHIEVED] if extra.achieved else []) + (
        [f"{tv.CARRIED_PREFIX}{extra.carried_from}"] if extra.carried_from else []
    )
    runs = [run_xml(line, ("<w:b/>" if line == tv.ACHIEVED else "") + caption) for line in lines]
    if entries:
        # The bars, then the paragraph Word requires as a cell's last element (holding the first line).
        cell.content.append(progress.bars_xml(entries, width))
        cell.content.append(_Paragraph(runs=runs[:1]))
        runs = runs[1:]
    cell.content += [_Paragraph(runs=[run]) for run in runs]


def _too_long(plan_row: tuple[PlanCell, ...], widths: list[int]) -> bool:
    col, long = 0, False
    for cell in plan_row:
        width = Length(sum(widths[col : col + cell.span])).pt
        long = long or (cell.slot is not None and paging.too_long(cell.value, width))
        col += cell.span
    return long


def _holds_long_text(plan_row: tuple[PlanCell, ...]) -> bool:
    """Rows with long answers may break across pages; a 50,000-character answer cannot fit on one."""
    for cell in plan_row:
        if cell.slot is None:
            continue
        if cell.field_type in (FieldType.LONGTEXT, FieldType.ROWS) or len(cell.value) > 600:
            return True
    return False
