"""Hostile or wrong files given to `import`: a DraftFileError naming the file and the reason, the file
byte-for-byte unchanged, and from the CLI exit 2 with nothing written."""

from __future__ import annotations

import io
import json
import re
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from reportlab.pdfgen.canvas import Canvas

from pdr_desktop.cli import main
from pdr_desktop.drafts import codec, write_draft
from pdr_desktop.drafts.errors import DraftFileError
from pdr_desktop.export import export_draft, import_file
from pdr_desktop.export.docx_embed import item_xml
from pdr_desktop.export.pdf_embed import ATTACHMENT_NAME

LAUGHS = (
    '<?xml version="1.0" encoding="{encoding}" standalone="yes"?>\n'
    '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>\n'
)


def _rewrite(source: Path, target: Path, change) -> Path:
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            out.writestr(info.filename, change(info.filename, src.read(info.filename)))
    return target


def _our_item(name: str, data: bytes) -> bool:
    return name.startswith("customXml/item") and b"urn:pdr-desktop:draft" in data


def _bomb_in_custom_xml(source: Path, target: Path, encoding: str) -> Path:
    def change(name: str, data: bytes) -> bytes:
        if not _our_item(name, data):
            return data
        body = data.decode("utf-8").split("?>", 1)[1].replace('">{', '">&lol3;{', 1)
        # No byte-order mark: the XML declaration alone tells a parser it is UTF-16.
        return (LAUGHS.format(encoding=encoding) + body).encode(
            "utf-16-le" if encoding == "UTF-16" else "utf-8"
        )

    return _rewrite(source, target, change)


def _plain_pdf() -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.drawString(72, 720, "Minutes of the team meeting")
    canvas.save()
    return buffer.getvalue()


def _pdf_with_draft(target: Path, text: str) -> Path:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(_plain_pdf())))
    writer.add_attachment(ATTACHMENT_NAME, text.encode("utf-8"))
    with target.open("wb") as handle:
        writer.write(handle)
    return target


@pytest.fixture
def hostile(tmp_path, form, sample_draft):
    """name → (path, the reason the refusal must give)."""
    good_docx = tmp_path / "good.docx"
    export_draft(form, sample_draft, good_docx, "docx")
    future = codec.draft_to_json(sample_draft) | {"schema_version": 99}
    other_form = codec.draft_to_json(sample_draft) | {
        "form": {"id": "leeds-social-work-2024", "version": "1"}
    }
    files: dict[str, tuple[Path, str]] = {}

    path = tmp_path / "not-a-zip.docx"
    path.write_text("Dear Sam, my PDR is below.", encoding="utf-8")
    files["not a zip"] = (path, "not a zip file")

    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
        archive.writestr("word/media/image1.png", b"\0" * (120 * 1024 * 1024))
    files["zip bomb"] = (path, "zip bomb")

    def document_bomb(name: str, data: bytes) -> bytes:
        if name != "word/document.xml":
            return data
        body = data.split(b"?>", 1)[1].replace(b"<w:t>Name</w:t>", b"<w:t>&lol3;</w:t>", 1)
        return LAUGHS.format(encoding="UTF-8").encode() + body

    files["entity bomb in document.xml"] = (
        _rewrite(good_docx, tmp_path / "laughs-document.docx", document_bomb),
        "document.xml.*entity bomb",
    )
    files["entity bomb in the draft part"] = (
        _bomb_in_custom_xml(good_docx, tmp_path / "laughs-draft.docx", "UTF-8"),
        "customXml/item.*entity bomb",
    )
    files["UTF-16 entity bomb in the draft part"] = (
        _bomb_in_custom_xml(good_docx, tmp_path / "laughs-draft-16.docx", "UTF-16"),
        "customXml/item.*entity bomb",
    )
    files["DOCX whose draft is from a newer app"] = (
        _rewrite(
            good_docx,
            tmp_path / "newer.docx",
            lambda n, d: item_xml(json.dumps(future)) if _our_item(n, d) else d,
        ),
        "newer version of PDR Desktop",
    )

    path = tmp_path / "huge.docx"
    with path.open("wb") as handle:
        handle.write(good_docx.read_bytes())
        handle.truncate(21 * 1024 * 1024)
    files["oversize DOCX"] = (path, "too large")

    path = tmp_path / "minutes.pdf"
    path.write_bytes(_plain_pdf())
    files["PDF without a draft"] = (path, "no PDR Desktop draft inside")
    files["PDF whose draft is from a newer app"] = (
        _pdf_with_draft(tmp_path / "newer.pdf", json.dumps(future)),
        "newer version of PDR Desktop",
    )
    files["PDF whose draft is another form"] = (
        _pdf_with_draft(tmp_path / "leeds.pdf", json.dumps(other_form)),
        "leeds-social-work-2024.*not installed",
    )

    path = tmp_path / "huge.pdf"
    with path.open("wb") as handle:
        handle.write(b"%PDF-1.4\n")
        handle.truncate(21 * 1024 * 1024)
    files["oversize PDF"] = (path, "MB")

    path = tmp_path / "word.pdf"
    path.write_bytes(good_docx.read_bytes())
    files["a DOCX named .pdf"] = (path, "not a PDF file")
    return files


CASES = [
    "not a zip",
    "zip bomb",
    "entity bomb in document.xml",
    "entity bomb in the draft part",
    "UTF-16 entity bomb in the draft part",
    "DOCX whose draft is from a newer app",
    "oversize DOCX",
    "PDF without a draft",
    "PDF whose draft is from a newer app",
    "PDF whose draft is another form",
    "oversize PDF",
    "a DOCX named .pdf",
]


@pytest.mark.parametrize("case", CASES)
def test_refused_with_the_file_and_reason_and_left_unchanged(hostile, registry, case):
    path, reason = hostile[case]
    before = path.read_bytes()
    with pytest.raises(DraftFileError) as info:
        import_file(path, registry)
    assert path.name in str(info.value)
    assert re.search(reason, info.value.reason), info.value.reason
    assert path.read_bytes() == before


@pytest.mark.parametrize("case", CASES)
def test_cli_import_exits_2_and_writes_nothing(hostile, tmp_path, capsys, case):
    path, _ = hostile[case]
    before = path.read_bytes()
    out = tmp_path / "imported.pdr"
    assert main(["import", str(path), "-o", str(out)]) == 2
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".imported")] == []  # no temp file
    assert path.name in capsys.readouterr().err
    assert path.read_bytes() == before


def test_a_structure_no_reader_foresaw_is_refused_not_crashed(hostile, registry, monkeypatch, tmp_path):
    def surprised(*_args, **_kwargs):
        raise KeyError("w:tbl")

    monkeypatch.setattr("pdr_desktop.export.docx_reader.extract", surprised)
    path = tmp_path / "good.docx"
    with pytest.raises(DraftFileError) as info:
        import_file(path, registry)
    assert "good.docx" in str(info.value) and "KeyError" in info.value.reason


def test_cli_export_never_overwrites_a_draft(tmp_path, sample_draft, capsys):
    source = tmp_path / "mine.pdr"
    other = tmp_path / "someone else.pdr"
    write_draft(sample_draft, source, backup=False)
    write_draft(sample_draft, other, backup=False)
    before = other.read_bytes(), source.read_bytes()
    assert main(["export", str(source), "--to", "docx", "-o", str(other)]) == 2
    assert main(["export", str(source), "--to", "pdf", "-o", str(source)]) == 2
    assert (other.read_bytes(), source.read_bytes()) == before
    assert "nothing was written" in capsys.readouterr().err


def test_a_failed_cli_export_leaves_the_previous_export(tmp_path, sample_draft, monkeypatch, capsys):
    source = tmp_path / "mine.pdr"
    write_draft(sample_draft, source, backup=False)
    out = tmp_path / "mine.docx"
    assert main(["export", str(source), "--to", "docx"]) == 0
    before = out.read_bytes()

    def disk_full(_fd: int) -> None:
        raise OSError(28, "No space left on device")

    # The temp file fails before it replaces the output: the previous export must survive.
    monkeypatch.setattr("pdr_desktop.atomic.os.fsync", disk_full)
    assert main(["export", str(source), "--to", "docx"]) == 2
    assert out.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine.docx", "mine.pdr"]


def test_the_draft_reader_refuses_entities_even_if_the_zip_check_were_bypassed():
    from pdr_desktop.export.docx_embed import EmbeddedDraftError, find_embedded

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        body = item_xml('{"format": "pdr-desktop-draft"}').decode("utf-8").split("?>", 1)[1]
        archive.writestr("customXml/item1.xml", LAUGHS.format(encoding="UTF-8") + body)
    with zipfile.ZipFile(buffer) as archive, pytest.raises(EmbeddedDraftError, match="entity bomb"):
        find_embedded(archive)
