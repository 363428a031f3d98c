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
from lxml import etree

from pdr_desktop.atomic import atomic_write_bytes
from pdr_desktop.drafts import codec
from pdr_desktop.drafts.model import Draft
from pdr_desktop.export import docx_styles as st
from pdr_desktop.export.document_plan import (
    Plan,
    build_plan,
)
from pdr_desktop.export.docx_embed import embed_draft, item_xml
from pdr_desktop.export.docx_ids import export_token
from pdr_desktop.export.docx_props import add_review_properties
from pdr_desktop.export.docx_table import RowMarks, document_element, table_xml
from pdr_desktop.export.docx_zip import package_bytes
from pdr_desktop.export.text_values import EXPORT_COMMENT, clean, header_text
from pdr_desktop.export.xml_text import escape, run_xml
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
    plan = build_plan(form, draft, paged_rows=True)
    json_text = _draft_json(draft)
    doc = _render(doc, plan, RowMarks(export_token(json_text)), template)
    _header(doc, form, draft)
    _properties(doc, form, draft)
    embed_draft(doc, json_text)
    rows_field = form.rows_field()
    add_review_properties(doc, draft, len(draft.peek(rows_field)) if rows_field is not None else 0)
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
    # The template's document.xml as text, before and after where the body's content goes.
    body_before: str
    body_after: str
    title_style: str
    heading_style: str
    table_style: str


def load_template() -> None:
    """Build the shared template now (a batch does, before it forks: each copy then has it)."""
    _template()


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
    body = doc.element.body
    if len(body) != 1 or body.sectPr is None:
        raise ValueError("python-docx's template body is not just its section properties")
    marker = etree.Comment(_BODY_MARK)
    body.insert(0, marker)
    before, after = etree.tostring(doc.element, encoding="unicode").split(f"<!--{_BODY_MARK}-->")
    body.remove(marker)
    return _Template(
        doc,
        {id(part): part for part in shared},
        {part: part.blob for part in shared},
        before,
        after,
        *(doc.styles[name].style_id for name in ("Title", "Heading 1", "Table Grid")),
    )


_BODY_MARK = "pdr-desktop: the body goes here"


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


def _render(doc: DocxDocument, plan: Plan, marks: RowMarks, template: _Template) -> DocxDocument:
    """The copy with the plan's blocks as its body, before the template's section properties.

    Written as text, the XML python-docx's add_paragraph, run.font and paragraph_format calls
    wrote (the writer's tests read it back with python-docx), and the whole document.xml parsed
    once: an element lookup and an ordered insert for every property of every paragraph, and
    moving each table into the document, took a third of a Word export.
    """
    xml: list[str] = []
    for block in plan.blocks:
        if block.kind == "title":
            xml.append(_paragraph(block.text, template.title_style))
        elif block.kind == "heading":
            xml.append(_paragraph(block.text, template.heading_style))
        elif block.kind == "paragraph":
            xml.append(_paragraph(block.text))
        elif block.kind == "table" and block.table is not None:
            xml.append(table_xml(block.table, marks, template.table_style))
            xml.append(_SPACER)
        elif block.kind == "source":
            run = run_xml(block.text, f'<w:color w:val="{st.GREY}"/><w:sz w:val="{st.SMALL_PT * 2}"/>')
            xml.append(f'<w:p><w:pPr><w:spacing w:before="{Pt(12).twips}"/></w:pPr>{run}</w:p>')
    part = doc.part
    part._element = document_element(template.body_before + "".join(xml) + template.body_after)
    new: DocxDocument = part.document  # a Document for the new element
    return new


def _paragraph(text: str, style_id: str | None = None) -> str:
    """st.add_paragraph(doc, text, style_id) as XML."""
    style = f'<w:pPr><w:pStyle w:val="{escape(style_id, quote=True)}"/></w:pPr>' if style_id else ""
    return f"<w:p>{style}{run_xml(text) if text else ''}</w:p>"


# Word glues consecutive tables together; a small empty paragraph keeps them apart.
_SPACER = (
    f'<w:p><w:pPr><w:spacing w:after="{Pt(4).twips}" w:line="{Pt(6).twips}" w:lineRule="exact"/>'
    "</w:pPr></w:p>"
)
