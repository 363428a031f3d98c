"""The PDF prints every answer of a full draft, in the council's order, in an embedded font."""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader

from pdr_desktop import __version__
from pdr_desktop.export import export_draft
from pdr_desktop.export.pdf_writer import write_pdf
from pdr_desktop.export.text_values import value_text
from pdr_desktop.forms import FieldType, Role
from pdr_desktop.review.signing import sign


@pytest.fixture
def sample_pdf(tmp_path, form, sample_draft):
    path = tmp_path / "sample.pdf"
    write_pdf(form, sample_draft, path)
    return path


def test_every_answer_of_the_sample_is_in_the_text(form, sample_draft, sample_pdf, pdf_text, norm):
    text = pdf_text(sample_pdf)
    checked = 0
    for fld in form.fields.values():
        value = sample_draft.get(fld)
        if fld.type is FieldType.ROWS:
            for row in value:
                for col in fld.columns:
                    printed = value_text(col, row[col.id]) if col.type is FieldType.DATE else row[col.id]
                    assert norm(printed) in text, (fld.id, col.id)
                    checked += 1
            continue
        for line in value_text(fld, value).split("\n"):
            assert norm(line) in text, fld.id
            checked += 1
    assert checked > 60


@pytest.mark.parametrize("name", ["Siobhán Ó Dálaigh", "Tomáš Dąbrowski", "Łukasz", "Zoë"])
def test_non_ascii_names_come_back(sample_pdf, pdf_text, name):
    assert name in pdf_text(sample_pdf)


def test_form_wording_and_order_follow_the_council_form(form, sample_pdf, pdf_text, norm):
    text = pdf_text(sample_pdf)
    marks = [
        norm(form.title),
        norm(form.approach_heading),
        "Period Covered",
        "1. All families understand the reason for involvement",
        "10. Every case will be supported",
        "Wider Contribution (restorative behaviours",
        "Professional, young person and family feedback",
        "Learning and Development",
        "Specific Objectives for next year",
        "Practitioner’s comments at Initial Conversation",
        "Manager comments at Initial Conversation",
        "Has the 'Wellbeing Action plan' been completed",
        "Signed (Practitioner):",
        "Signed (Manager):",
    ]
    positions = [text.find(m) for m in marks]
    assert -1 not in positions, [m for m, p in zip(marks, positions, strict=True) if p < 0]
    assert positions == sorted(positions)


def test_fonts_are_embedded_and_only_the_bundled_ones(sample_pdf):
    reader = PdfReader(str(sample_pdf))
    seen = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            seen.add(str(font["/BaseFont"]).split("+")[-1])
            assert "/FontFile2" in font["/FontDescriptor"].get_object(), font["/BaseFont"]
    assert seen == {"DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"}


def test_metadata(sample_pdf):
    meta = PdfReader(str(sample_pdf)).metadata
    assert meta.title == "Performance Conversation – Siobhán Ó Dálaigh – September 2025 to August 2026"
    assert meta.author == "Siobhán Ó Dálaigh"
    assert "Performance Conversation" in meta.subject
    assert meta.creator == f"PDR Desktop {__version__}"


def test_a4_pages_numbered_page_x_of_y_with_name_in_footer(sample_pdf):
    reader = PdfReader(str(sample_pdf))
    total = len(reader.pages)
    assert total > 1
    for number, page in enumerate(reader.pages, start=1):
        assert [round(float(v)) for v in page.mediabox[2:]] == [595, 842]
        text = page.extract_text()
        assert f"Page {number} of {total}" in text
        assert "Siobhán Ó Dálaigh – September 2025 to August 2026" in text


def test_objectives_print_progress_per_round_achieved_and_carried(form, sample_draft, tmp_path, pdf_text):
    rows = sample_draft.answers["objectives.items"]
    rows[0]["carried_from"] = "2024–2025 conversation"
    rows[1]["achieved"] = True
    rows[1]["progress"] = {
        "six_month": {"scale": 4, "note": "Halfway there"},
        "final": {"scale": 10, "note": ""},
    }
    path = tmp_path / "objectives.pdf"
    write_pdf(form, sample_draft, path)
    text = pdf_text(path)
    assert "Carried forward from 2024–2025 conversation" in text
    assert re.search(r"Six Month Review 4/10 Halfway there Final Review 10/10 ✓ Achieved", text)


def test_blank_draft_prints_empty_form_with_blank_objective_rows(form, tmp_path, pdf_text):
    from pdr_desktop.drafts import Draft

    path = tmp_path / "blank.pdf"
    write_pdf(form, Draft.new(form), path)
    text = pdf_text(path)
    assert "Specific Objectives for next year Next Steps By When By Whom" in text
    assert "/10" not in text  # no empty progress charts on a fresh form
    assert "Page 1 of" in text


def test_signatures_print_fingerprint_and_changes_since_signing(form, sample_draft, tmp_path, pdf_text):
    fingerprint = sign(form, sample_draft, Role.PRACTITIONER, "Siobhán Ó Dálaigh", "2026-07-20")
    sign(form, sample_draft, Role.MANAGER, "Tomáš Dąbrowski", "2026-07-21")
    path = tmp_path / "signed.pdf"
    write_pdf(form, sample_draft, path)
    text = pdf_text(path)
    assert f"Integrity check, not a signature (SHA-256): {fingerprint}" in text
    assert "Changed since signed" not in text

    sample_draft.answers["wider.feedback"] = "Edited after both signed."
    write_pdf(form, sample_draft, path)
    text = pdf_text(path)
    assert text.count("Changed since signed:") == 2
    assert "Professional, young person and family feedback" in text.split("Changed since signed:")[1]


def test_export_goes_through_the_facade_and_replaces_atomically(form, sample_draft, tmp_path):
    path = tmp_path / "out.pdf"
    path.write_bytes(b"old export")
    assert export_draft(form, sample_draft, path, "pdf") == path
    assert path.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]  # no temp files left behind


def test_failed_export_leaves_the_old_file(form, sample_draft, tmp_path, monkeypatch):
    from pdr_desktop.export import pdf_writer

    path = tmp_path / "out.pdf"
    path.write_bytes(b"previous export")

    def broken(*_args):
        raise RuntimeError("layout failed")

    monkeypatch.setattr(pdf_writer, "_story", broken)
    with pytest.raises(RuntimeError):
        write_pdf(form, sample_draft, path)
    assert path.read_bytes() == b"previous export"
