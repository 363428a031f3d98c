"""Draft → DOCX that looks like the council's Word form, with the exact draft embedded.

Everything printed comes from the document plan (document_plan.build_plan, built from the
form definition's `layout`), the same plan the PDF writer prints and the importer reads
the tables back against.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import docx
from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.part import Part
from docx.opc.parts.coreprops import CorePropertiesPart
from docx.shared import Pt

from pdr_desktop.atomic import atomic_write_bytes
from pdr_desktop.drafts import codec
from pdr_desktop.drafts.model import Draft
from pdr_desktop.export import docx_styles as st
from pdr_desktop.export.document_plan import (
    Plan,
    PlanTable,
    build_plan,
)
from pdr_desktop.export.docx_embed import embed_draft, item_xml
from pdr_desktop.export.docx_ids import export_token
from pdr_desktop.export.docx_props import add_review_properties
from pdr_desktop.export.docx_table import RowMarks, table_xml
from pdr_desktop.export.docx_zip import package_bytes
from pdr_desktop.export.text_values import EXPORT_COMMENT, clean, header_text
from pdr_desktop.forms.model import FieldRole, FormDefinition


def write_docx(form: FormDefinition, draft: Draft, path: Path) -> Path:
    """Write the DOCX atomically: a reader sees the old file or the new one, never half of one."""
    path = Path(path)
    data = docx_bytes(form, draft)
    atomic_write_bytes(path, data)
    return path


def docx_bytes(form: FormDefinition, draft: Draft) -> bytes:
    return package_bytes(build_document(form, draft), _template().blobs)


def build_document(form: FormDefinition, draft: Draft) -> DocxDocument:
    # A copy of the set-up template: opening python-docx's template (a package of some twenty
    # XML parts) and setting up its page and styles cost four times the copy, for every draft.
    # The parts no draft changes (styles, theme, settings, the footer…) are not copied: every
    # copy uses the template's own, as they are.
    template = _template()
    doc: DocxDocument = copy.deepcopy(template.doc, dict(template.shared))
    _header(doc, form, draft)
    _properties(doc, form, draft)
    plan = build_plan(form, draft, paged_rows=True)
    json_text = _draft_json(draft)
    _render(doc, plan, RowMarks(export_token(json_text)))
    embed_draft(doc, json_text)
    rows_field = form.rows_field()
    add_review_properties(doc, draft, len(draft.get(rows_field)) if rows_field is not None else 0)
    return doc


@dataclass(frozen=True)
class _Template:
    """python-docx's default template with the page, styles and footer set up; never written to,
    only copied. `shared` are its parts no draft changes (deepcopy's memo: each copy uses them as
    they are) and `blobs` their bytes, serialised once per process: the style sheet alone
    (350 kB of XML) took a tenth of a Word export to write out again for every draft."""

    doc: DocxDocument
    shared: dict[int, Any]
    blobs: dict[Part, bytes]


@cache
def _template() -> _Template:
    doc = docx.Document()
    st.setup_page(doc)
    st.setup_styles(doc)
    head = doc.sections[0].header  # made before the footer, as Word numbers them
    head.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _footer(doc)
    # Each draft writes into these: its body, its header line, its title and author.
    per_draft = [doc.part, head.part]
    shared = [
        part
        for part in doc.part.package.iter_parts()
        if part not in per_draft and not isinstance(part, CorePropertiesPart)
    ]
    return _Template(doc, {id(part): part for part in shared}, {part: part.blob for part in shared})


def _draft_json(draft: Draft) -> str:
    text = codec.dumps(draft)
    try:
        item_xml(text)
    except ValueError:
        # Characters XML cannot hold (U+FFFE…) survive as JSON escapes; the draft reads back the same.
        text = json.dumps(codec.draft_to_json(draft), ensure_ascii=True, indent=2) + "\n"
    return text


def _properties(doc: DocxDocument, form: FormDefinition, draft: Draft) -> None:
    props = doc.core_properties
    props.title = clean(form.title)[:255]
    props.subject = clean(draft.role_text(form, FieldRole.PERIOD))[:255]
    props.author = clean(draft.role_text(form, FieldRole.SUBJECT_NAME))[:255]
    props.last_modified_by = props.author
    props.comments = EXPORT_COMMENT
    props.keywords = form.id
    props.revision = 1


def _header(doc: DocxDocument, form: FormDefinition, draft: Draft) -> None:
    run = doc.sections[0].header.paragraphs[0].add_run(header_text(form, draft))
    run.font.size, run.font.color.rgb = Pt(st.SMALL_PT), st.GREY


def _footer(doc: DocxDocument) -> None:
    """ "Page 2 of 7", the same in every copy."""
    foot = doc.sections[0].footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for piece in ("Page ", ("PAGE", "1"), " of ", ("NUMPAGES", "1")):
        if isinstance(piece, tuple):
            st.add_field(foot, *piece)
        else:
            foot.add_run(piece)
    for run in foot.runs:
        run.font.size, run.font.color.rgb = Pt(st.SMALL_PT), st.GREY


def _render(doc: DocxDocument, plan: Plan, marks: RowMarks) -> None:
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


def _table(doc: DocxDocument, plan: PlanTable, marks: RowMarks, style_id: str) -> None:
    doc.element.body._insert_tbl(table_xml(plan, marks, style_id))  # before the section properties


def _spacer(doc: DocxDocument) -> None:
    """Word glues consecutive tables together; a small empty paragraph keeps them apart."""
    para = doc.add_paragraph()
    para.paragraph_format.space_after = Pt(4)
    fmt = para.paragraph_format
    fmt.line_spacing = Pt(6)
