"""Word exports start from one set-up template, copied per draft (docx_writer._template): a draft's
content must never leak into the template or into the next draft's copy."""

from __future__ import annotations

import io
import re
import zipfile

from pdr_desktop.export.docx_writer import _template, docx_bytes


def _document_xml(data: bytes) -> str:
    text = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode("utf-8")
    return re.sub(r"_pdr_[0-9a-f]{8}_", "_pdr_T_", text)  # the export token hashes the draft's times


def test_each_export_starts_from_the_untouched_template(form, sample_draft):
    other = sample_draft.clone()
    other.answers["details.name"] = "Amir Khan"
    first = _document_xml(docx_bytes(form, sample_draft))
    between = _document_xml(docx_bytes(form, other))
    again = _document_xml(docx_bytes(form, sample_draft))
    assert again == first
    assert "Amir Khan" in between and "Amir Khan" not in again
    template = _template()
    body = template.doc.element.body
    assert not body.findall(".//{*}tbl")  # the template itself holds no draft's tables
    assert "Amir Khan" not in template.doc.sections[0].header.paragraphs[0].text


def test_the_parts_every_copy_shares_are_never_written_to(form, sample_draft):
    """Styles, theme, footer…: one object in every copy, their bytes serialised once. A draft
    writing into one would change every later copy, and its file would not even show it."""
    template = _template()
    shared_names = {str(part.partname) for part in template.blobs}
    assert {"/word/styles.xml", "/word/footer1.xml", "/word/theme/theme1.xml"} <= shared_names
    assert not shared_names & {"/word/document.xml", "/word/header1.xml", "/docProps/core.xml"}
    data = docx_bytes(form, sample_draft)
    for part, blob in template.blobs.items():
        assert part.blob == blob, part.partname  # as it was when the template was made
        copy = zipfile.ZipFile(io.BytesIO(data)).read(part.partname.membername)
        assert copy == blob, part.partname
