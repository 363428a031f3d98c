"""PDF → draft: our own exports come back exactly; anything else is refused, named and untouched."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader, PdfWriter
from reportlab.pdfgen.canvas import Canvas

from pdr_desktop.drafts import DraftFileError
from pdr_desktop.drafts.codec import dumps
from pdr_desktop.export import ImportSource, import_file
from pdr_desktop.export.pdf_embed import ATTACHMENT_NAME
from pdr_desktop.export.pdf_reader import MAX_PDF_BYTES, read_pdf
from pdr_desktop.export.pdf_writer import write_pdf
from pdr_desktop.forms import Role
from pdr_desktop.review.signing import sign, signature_status


def test_draft_pdf_draft_is_identical(form, registry, sample_draft, tmp_path):
    sample_draft.answers["wider.self"] = (
        "Emoji 🦄 and Arabic مرحبا survive in the draft, even if not in print."
    )
    sign(form, sample_draft, Role.PRACTITIONER, "Siobhán Ó Dálaigh", "2026-07-20")
    path = tmp_path / "round.pdf"
    write_pdf(form, sample_draft, path)
    result = import_file(path, registry)
    assert result.source is ImportSource.APP_PDF
    assert result.draft == sample_draft
    assert dumps(result.draft) == dumps(sample_draft)
    assert result.complete and "Everything was placed." in result.report()
    assert signature_status(form, result.draft, Role.PRACTITIONER).valid


def test_the_attachment_is_the_saved_draft_json(form, sample_draft, tmp_path):
    path = tmp_path / "round.pdf"
    write_pdf(form, sample_draft, path)
    attached = PdfReader(str(path)).attachments[ATTACHMENT_NAME][0]
    assert attached.decode("utf-8") == dumps(sample_draft)


def _plain_pdf() -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.drawString(72, 720, "A PDF that PDR Desktop did not make")
    canvas.save()
    return buffer.getvalue()


def _refused(path, registry, reason_part):
    before = path.read_bytes()
    with pytest.raises(DraftFileError) as caught:
        import_file(path, registry)
    assert path.name in str(caught.value)
    assert reason_part in caught.value.reason
    assert path.read_bytes() == before
    return caught.value


def test_not_a_pdf(tmp_path, registry):
    path = tmp_path / "notes.pdf"
    path.write_text("Just some notes, renamed to .pdf", encoding="utf-8")
    _refused(path, registry, "not a PDF")


def test_pdf_without_a_draft(tmp_path, registry):
    path = tmp_path / "other.pdf"
    path.write_bytes(_plain_pdf())
    error = _refused(path, registry, "has no PDR Desktop draft inside")
    assert "only PDFs exported by PDR Desktop can be opened" in error.reason


def test_broken_pdf(tmp_path, registry, form, sample_draft):
    path = tmp_path / "cut.pdf"
    write_pdf(form, sample_draft, path)
    path.write_bytes(path.read_bytes()[:4000])
    _refused(path, registry, "damaged")


def test_oversize_is_refused_before_parsing(tmp_path, registry, monkeypatch):
    path = tmp_path / "huge.pdf"
    with path.open("wb") as handle:
        handle.write(b"%PDF-1.4\n")
        handle.truncate(MAX_PDF_BYTES + 1)

    def parse_attempted(*_args, **_kwargs):
        raise AssertionError("a file over the limit must not be parsed")

    monkeypatch.setattr("pdr_desktop.export.pdf_reader.PdfReader", parse_attempted)
    _refused(path, registry, "MB")


def test_empty_and_missing_files(tmp_path, registry):
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    _refused(empty, registry, "empty")
    with pytest.raises(DraftFileError, match="does not exist"):
        read_pdf(tmp_path / "missing.pdf", registry)


def test_attached_draft_that_is_not_a_draft(tmp_path, registry):
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(_plain_pdf())))
    writer.add_attachment(ATTACHMENT_NAME, b'{"format": "something-else"}')
    path = tmp_path / "odd.pdf"
    with path.open("wb") as handle:
        writer.write(handle)
    _refused(path, registry, "the draft inside the PDF cannot be used")


def test_attached_draft_from_a_newer_app(tmp_path, registry, form, sample_draft):
    text = dumps(sample_draft).replace('"schema_version": 2', '"schema_version": 99')
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(_plain_pdf())))
    writer.add_attachment(ATTACHMENT_NAME, text.encode("utf-8"))
    path = tmp_path / "newer.pdf"
    with path.open("wb") as handle:
        writer.write(handle)
    _refused(path, registry, "newer version of PDR Desktop")
