"""Our DOCX opened and saved again by LibreOffice (as a manager without Word would) reads back right.

A re-save rewrites every XML part: run splits, styles, table properties, the custom XML
part. Nothing of that may show up as an edit; a real edit must show up as exactly itself.
"""

from __future__ import annotations

import docx
import pytest

from pdr_desktop.drafts import codec
from pdr_desktop.drafts.model import empty_row
from pdr_desktop.export.docx_reader import read_docx
from pdr_desktop.export.result import ImportSource
from pdr_desktop.forms.model import Role
from pdr_desktop.review import signing
from pdr_desktop.review.diff import diff_drafts

pytestmark = pytest.mark.slow


@pytest.fixture
def tricky(form, sample_draft):
    draft = sample_draft
    draft.answers["standards.s3.self"] = "  indented\tand tabbed  \r\nsecond line\n\nafter a blank line  "
    draft.answers["standards.s4.manager"] = {"answer": "no", "comment": "  see comments\n\n"}
    draft.answers["learning.core.next"] = "Bell\x07 and form feed\x0c dropped from the page only"
    fld = form.rows_field()
    rows = draft.get(fld)
    for index in range(12):
        row = empty_row(fld) | {col.id: f"{col.label} {index}" for col in fld.columns}
        row["progress"] = {"six_month": {"scale": index % 11, "note": f"n{index}"}}
        rows.append(row)
    draft.set(fld, rows)
    signing.sign(form, draft, Role.PRACTITIONER, "Siobhán Ó Dálaigh", "2026-07-20")
    draft.answers["wider.feedback"] = "Changed after signing"
    return draft


def test_a_libreoffice_resave_changes_nothing(libreoffice, export, registry, tricky):
    resaved = libreoffice(export(tricky), "docx")
    result = read_docx(resaved, registry)
    assert result.source is ImportSource.APP_DOCX
    assert result.changes == [] and result.unplaced == [] and result.notes == []
    assert codec.dumps(result.draft) == codec.dumps(tricky)


def test_edits_saved_by_libreoffice_are_listed_and_nothing_else(
    libreoffice, export, registry, form, tricky, dh
):
    path = export(tricky)
    document = docx.Document(str(path))
    standards = dh.find_table(document, "Practice Standards")
    dh.set_cell(standards.rows[1].cells[1], "Rewritten by my manager.\nSecond line.")
    dh.set_cell(standards.rows[2].cells[2], "No – see comments")
    document.save(str(path))
    result = read_docx(libreoffice(path, "docx"), registry)
    assert result.source is ImportSource.APP_DOCX
    assert len(result.changes) == 2, result.changes
    assert "My Self-assessment" in result.changes[0] and "Manager assessment" in result.changes[1]
    assert result.unplaced == []
    answers = result.draft.answers
    assert answers["standards.s1.self"] == "Rewritten by my manager.\nSecond line."
    assert answers["standards.s2.manager"] == {"answer": "no", "comment": "see comments"}
    changed = [c.field_id for c in diff_drafts(form, tricky, result.draft)]
    assert changed == ["standards.s1.self", "standards.s2.manager"]


def test_without_the_embedded_draft_the_resaved_tables_give_every_answer_back(
    libreoffice, export, registry, form, sample_draft, tmp_path, dh
):
    resaved = libreoffice(export(sample_draft), "docx")
    stripped = dh.without_embedded_draft(resaved, tmp_path / "no-draft-inside.docx")
    result = read_docx(stripped, registry)
    assert result.source is ImportSource.APP_DOCX_TABLES
    assert result.unplaced == []
    # The review state comes back from the document's properties; the signature records cannot.
    assert result.draft.review == sample_draft.review
    assert len(result.lost) == 1 and "signature records" in result.lost[0]
    assert diff_drafts(form, sample_draft, result.draft) == []
