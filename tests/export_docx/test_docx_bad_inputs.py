"""Bad DOCX files are refused with a message naming the file and the reason, and left untouched."""

from __future__ import annotations

import re
import zipfile

import pytest

from pdr_desktop.drafts.errors import DraftFileError
from pdr_desktop.export import import_file
from pdr_desktop.export.docx_reader import read_docx
from pdr_desktop.export.zip_safety import MAX_FILE_BYTES


def _refused(path, registry, dh, reason: str) -> DraftFileError:
    before = dh.digest(path)
    with pytest.raises(DraftFileError) as info:
        read_docx(path, registry)
    assert path.name in str(info.value)
    assert re.search(reason, info.value.reason), info.value.reason
    assert dh.digest(path) == before
    return info.value


def _rewrite(source, target, replace: dict[str, bytes]) -> None:
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            out.writestr(info.filename, replace.get(info.filename, src.read(info.filename)))


def test_text_file_named_docx(tmp_path, registry, dh):
    path = tmp_path / "notes.docx"
    path.write_text("Just some notes, not a Word document.\n")
    _refused(path, registry, dh, r"is not a Word document \(not a zip file\)")


def test_zip_without_a_document_part(tmp_path, registry, dh):
    path = tmp_path / "photos.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("holiday.jpg", b"\xff\xd8\xff")
    _refused(path, registry, dh, r"no document part")


def test_truncated_docx(export, sample_draft, registry, dh):
    path = export(sample_draft)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    _refused(path, registry, dh, r"not a Word document")


def test_zip_bomb_by_compression_ratio(tmp_path, registry, dh):
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"\0" * (8 * 1024 * 1024))
    assert path.stat().st_size < 100_000
    _refused(path, registry, dh, r"zip bomb")


def test_zip_bomb_by_total_size(tmp_path, registry, dh):
    path = tmp_path / "wide-bomb.docx"
    chunk = b"\0" * (1024 * 1024)  # each member small enough to pass the ratio check
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
        for index in range(101):
            archive.writestr(f"word/media/blob{index}.bin", chunk)
    _refused(path, registry, dh, r"more than 100 MB.*zip bomb")


def test_xml_entity_expansion_is_refused(export, sample_draft, registry, dh, tmp_path):
    source = export(sample_draft)
    with zipfile.ZipFile(source) as archive:
        xml = archive.read("word/document.xml")
    lol = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        b'<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
        b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>\n'
    )
    body = xml.split(b"?>", 1)[1].replace(b"<w:t>Name</w:t>", b"<w:t>&lol3;</w:t>", 1)
    path = tmp_path / "entities.docx"
    _rewrite(source, path, {"word/document.xml": lol + body})
    _refused(path, registry, dh, r"word/document.xml.*DTD or XML entities")


def test_oversize_file(tmp_path, registry, dh):
    path = tmp_path / "huge.docx"
    with path.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)
    _refused(path, registry, dh, r"too large.*limit is 20 MB")


def test_damaged_embedded_draft(export, sample_draft, registry, dh, tmp_path):
    source = export(sample_draft)
    with zipfile.ZipFile(source) as archive:
        name = next(n for n in archive.namelist() if b"urn:pdr-desktop:draft" in archive.read(n))
        item = archive.read(name)
    path = tmp_path / "tampered.docx"
    _rewrite(source, path, {name: item.replace("Siobhán".encode(), b"Siobhan", 1)})
    _refused(path, registry, dh, r"damaged \(its checksum does not match\)")


def test_embedded_draft_for_an_unknown_form(export, form, registry, dh, tmp_path, sample_draft):
    sample_draft.form_id = "some-other-council-form"
    path = export(sample_draft)
    _refused(path, registry, dh, r"draft stored inside it cannot be used.*not installed")


def test_facade_refuses_other_suffixes(tmp_path, registry):
    path = tmp_path / "form.odt"
    path.write_bytes(b"PK")
    with pytest.raises(DraftFileError, match=r"form\.odt"):
        import_file(path, registry)


def test_password_protected_or_old_word_file(tmp_path, registry, dh):
    path = tmp_path / "protected.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 4096)
    _refused(path, registry, dh, r"password-protected or in the old Word 97–2003 format")


def test_corrupted_member_is_refused(export, sample_draft, registry, dh):
    path = export(sample_draft)
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra) + 40
    data[start : start + 16] = b"\x00" * 16  # damage the compressed body of the main part
    path.write_bytes(bytes(data))
    _refused(path, registry, dh, r"not a Word document|could not be read")
