"""Draft → DOCX that looks like the council's Word form, with the exact draft embedded.

Everything printed comes from the document plan (document_plan.build_plan, built from the
form definition's `layout`), the same plan the PDF writer prints and the importer reads
the tables back against.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import docx
from docx.document import Document as DocxDocument
from docx.enum.table import WD_ROW_HEIGHT_RULE, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Length, Pt
from docx.table import Table, _Cell, _Row
from docx.text.paragraph import Paragraph

from pdr_desktop.atomic import atomic_write_bytes
from pdr_desktop.drafts import codec
from pdr_desktop.drafts.model import Draft
from pdr_desktop.export import docx_paging as paging
from pdr_desktop.export import docx_styles as st
from pdr_desktop.export.document_plan import (
    EXTRA,
    FILLER,
    Plan,
    PlanCell,
    PlanTable,
    build_plan,
)
from pdr_desktop.export.docx_embed import embed_draft, item_xml
from pdr_desktop.export.docx_ids import Bookmarks, export_token, row_id_name
from pdr_desktop.export.docx_progress import fill_progress
from pdr_desktop.export.docx_props import add_review_properties
from pdr_desktop.export.text_values import EXPORT_COMMENT, clean, header_text
from pdr_desktop.forms.model import FieldRole, FieldType, FormDefinition


def write_docx(form: FormDefinition, draft: Draft, path: Path) -> Path:
    """Write the DOCX atomically: a reader sees the old file or the new one, never half of one."""
    path = Path(path)
    data = docx_bytes(form, draft)
    atomic_write_bytes(path, data)
    return path


def docx_bytes(form: FormDefinition, draft: Draft) -> bytes:
    doc = build_document(form, draft)
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def build_document(form: FormDefinition, draft: Draft) -> DocxDocument:
    doc = docx.Document()
    st.setup_page(doc)
    st.setup_styles(doc)
    _header_footer(doc, form, draft)
    _properties(doc, form, draft)
    plan = build_plan(form, draft, paged_rows=True)
    json_text = _draft_json(draft)
    _render(doc, plan, _RowMarks(export_token(json_text)))
    embed_draft(doc, json_text)
    rows_field = form.rows_field()
    add_review_properties(doc, draft, len(draft.get(rows_field)) if rows_field is not None else 0)
    return doc


def _draft_json(draft: Draft) -> str:
    text = codec.dumps(draft)
    try:
        item_xml(text)
    except ValueError:
        # Characters XML cannot hold (U+FFFE…) survive as JSON escapes; the draft reads back the same.
        text = json.dumps(codec.draft_to_json(draft), ensure_ascii=True, indent=2) + "\n"
    return text


class _RowMarks:
    """Bookmarks naming each exported objective (and its progress row), so moved rows keep their identity."""

    def __init__(self, token: str) -> None:
        self.token = token
        self.bookmarks = Bookmarks()

    def mark(self, cell: _Cell, plan_cell: PlanCell) -> None:
        slot = plan_cell.slot
        if slot is None or slot.row is None or not plan_cell.exported:
            return
        if plan_cell.kind == EXTRA or slot.part == plan_cell.first_column:
            name = row_id_name(self.token, slot.row, extra=plan_cell.kind == EXTRA)
            self.bookmarks.wrap(cell.paragraphs[0]._p, name)


def _properties(doc: DocxDocument, form: FormDefinition, draft: Draft) -> None:
    props = doc.core_properties
    props.title = clean(form.title)[:255]
    props.subject = clean(draft.role_text(form, FieldRole.PERIOD))[:255]
    props.author = clean(draft.role_text(form, FieldRole.SUBJECT_NAME))[:255]
    props.last_modified_by = props.author
    props.comments = EXPORT_COMMENT
    props.keywords = form.id
    props.revision = 1


def _header_footer(doc: DocxDocument, form: FormDefinition, draft: Draft) -> None:
    section = doc.sections[0]
    head = section.header.paragraphs[0]
    head.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run = head.add_run(header_text(form, draft))
    run.font.size, run.font.color.rgb = Pt(st.SMALL_PT), st.GREY
    foot = section.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for piece in ("Page ", ("PAGE", "1"), " of ", ("NUMPAGES", "1")):
        if isinstance(piece, tuple):
            st.add_field(foot, *piece)
        else:
            foot.add_run(piece)
    for run in foot.runs:
        run.font.size, run.font.color.rgb = Pt(st.SMALL_PT), st.GREY


def _render(doc: DocxDocument, plan: Plan, marks: _RowMarks) -> None:
    title, heading = doc.styles["Title"].style_id, doc.styles["Heading 1"].style_id
    table_style = doc.styles["Table Grid"].style_id
    for block in plan.blocks:
        if block.kind == "title":
            st.add_paragraph(doc, block.text, title)
        elif block.kind == "heading":
            st.add_paragraph(doc, block.text, heading)
        elif block.kind == "paragraph":
            st.add_paragraph(doc, block.text)
        elif block.kind == "table" and block.table is not None:
            _table(doc, block.table, marks, table_style)
            _spacer(doc)
        elif block.kind == "source":
            para = doc.add_paragraph()
            run = st.add_run(para, block.text)
            run.font.size, run.font.color.rgb = Pt(st.SMALL_PT), st.GREY
            para.paragraph_format.space_before = Pt(12)


def _table(doc: DocxDocument, plan: PlanTable, marks: _RowMarks, style_id: str) -> None:
    table = doc.add_table(rows=0, cols=plan.columns)
    table._tbl.tblStyle_val = style_id  # by id: table.style = name scans every style
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    st.cell_margins(table._tbl)
    weights = plan.weights
    widths = [int(st.TEXT_WIDTH * w / sum(weights)) for w in weights]
    for col, width in zip(table.columns, widths, strict=True):
        col.width = width
    for r, plan_row in enumerate(plan.rows):
        heading_row = all(c.slot is None for c in plan_row)
        row, cells = _add_row(table, plan_row, widths)
        for plan_cell, cell in zip(plan_row, cells, strict=True):
            if plan_cell.kind == EXTRA and plan_cell.extra is not None:
                fill_progress(cell, plan_cell.extra, sum(widths))
            else:
                _fill(cell, plan_cell, heading_row)
            marks.mark(cell, plan_cell)
        if heading_row:
            # A heading stays with the row under it; column headings repeat on every page.
            for cell in cells:
                for para in cell.paragraphs:
                    para.paragraph_format.keep_with_next = True
            st.row_flags(row, cant_split=True, header=r == 0 and len(plan_row) > 1)
        else:
            long_text = _holds_long_text(plan_row)
            # Rows never break across pages (the form's rows were cut to fit: docx_paging), so a
            # question is never left blank over its answer; only an objective too long for a page may.
            st.row_flags(row, cant_split=r < plan.header_rows or not _too_long(plan_row, widths))
            if plan_row[0].kind != EXTRA and not any(c.value for c in plan_row if c.slot is not None):
                # Room to write by hand when the form is printed blank (set after the flags: schema order).
                row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
                row.height = Cm(1.6) if long_text else Cm(0.75)
            following = plan.rows[r + 1] if r + 1 < len(plan.rows) else ()
            if following and following[0].kind == EXTRA:  # an objective stays with its progress row
                for cell in cells:
                    for para in cell.paragraphs:
                        para.paragraph_format.keep_with_next = True


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


def _add_row(table: Table, plan_row: tuple[PlanCell, ...], widths: list[int]) -> tuple[_Row, list[_Cell]]:
    """A row with one cell per plan cell, spanning its columns (gridSpan), written as XML at once.

    The same XML as python-docx's add_row + cell.merge, which spent a quarter of an export
    recomputing the grid for every merge.
    """
    cells_xml, start = [], 0
    for plan_cell in plan_row:
        span = max(1, min(plan_cell.span, len(widths) - start))
        width = Length(sum(widths[start : start + span])).twips
        grid_span = f'<w:gridSpan w:val="{span}"/>' if span > 1 else ""
        cells_xml.append(
            f'<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="{width}"/>{grid_span}</w:tcPr><w:p/></w:tc>'
        )
        start += span
    tr = parse_xml(f"<w:tr {nsdecls('w')}>{''.join(cells_xml)}</w:tr>")
    table._tbl.append(tr)
    return _Row(tr, table), [_Cell(tc, table) for tc in tr.tc_lst]


def _fill(cell: _Cell, plan_cell: PlanCell, heading_row: bool) -> None:
    paragraphs_used = 0

    def next_paragraph() -> Paragraph:
        nonlocal paragraphs_used
        paragraphs_used += 1
        para: Paragraph = cell.paragraphs[0] if paragraphs_used == 1 else cell.add_paragraph()
        return para

    if plan_cell.kind == FILLER:
        return  # beside a continued answer: nothing to say, nothing to shade
    if plan_cell.label:
        run = st.add_run(next_paragraph(), plan_cell.label)
        # Headings and field labels are bold; a standard's own text is read as plain text.
        run.bold = heading_row or not plan_cell.group
        if plan_cell.continued:
            run.italic = True
    if plan_cell.slot is None:
        st.shade(cell, st.HEADER_FILL if heading_row else st.LABEL_FILL)
        return
    lines = plan_cell.value.split("\n") if plan_cell.value else []
    if plan_cell.label and not lines:
        lines = [""]  # room to sign or answer, as on the council's form
    for line in lines:
        run = st.add_run(next_paragraph(), line)
        if plan_cell.kind == EXTRA:
            run.font.size, run.font.color.rgb = Pt(st.BODY_PT - 1), st.GREY
    for index, note in enumerate(plan_cell.notes):
        para = next_paragraph()
        para.paragraph_format.space_before = Pt(4 if index == 0 else 0)
        run = st.add_run(para, note)
        run.font.size, run.font.color.rgb = Pt(st.SMALL_PT - 1), st.GREY


def _spacer(doc: DocxDocument) -> None:
    """Word glues consecutive tables together; a small empty paragraph keeps them apart."""
    para = doc.add_paragraph()
    para.paragraph_format.space_after = Pt(4)
    fmt = para.paragraph_format
    fmt.line_spacing = Pt(6)
