"""The Word copy's zip written by docx_zip: the same package python-docx's save writes."""

from __future__ import annotations

import io
import time
import zipfile

import docx

from pdr_desktop.export import docx_zip
from pdr_desktop.export.docx_writer import build_document

INFO = ("compress_type", "compress_size", "file_size", "CRC", "flag_bits", "external_attr", "create_system")


def _python_docx_save(doc) -> bytes:
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def test_same_members_bytes_and_compression_as_python_docx(form, sample_draft):
    doc = build_document(form, sample_draft)
    ours = zipfile.ZipFile(io.BytesIO(docx_zip.package_bytes(doc)))
    theirs = zipfile.ZipFile(io.BytesIO(_python_docx_save(doc)))
    assert ours.testzip() is None
    assert ours.namelist() == theirs.namelist()
    for mine, other in zip(ours.infolist(), theirs.infolist(), strict=True):
        assert ours.read(mine) == theirs.read(other), mine.filename
        assert [getattr(mine, k) for k in INFO] == [getattr(other, k) for k in INFO], mine.filename
    assert docx.Document(io.BytesIO(docx_zip.package_bytes(doc))).paragraphs


def test_a_part_compressed_before_comes_back_the_same_and_a_changed_one_is_compressed_afresh():
    when = time.localtime(0)
    big = b"<w:styles>" + b"<w:style/>" * 2000 + b"</w:styles>"
    first = docx_zip.zip_bytes([("word/styles.xml", big)], when)
    equal_copy = bytes(bytearray(big))  # equal, not the same object
    again = docx_zip.zip_bytes([("word/styles.xml", equal_copy)], when)
    changed = big.replace(b"<w:style/>", b"<w:style />", 1)
    other = docx_zip.zip_bytes([("word/styles.xml", changed)], when)
    assert first == again
    assert zipfile.ZipFile(io.BytesIO(other)).read("word/styles.xml") == changed
    assert zipfile.ZipFile(io.BytesIO(first)).read("word/styles.xml") == big


def test_member_names_beyond_ascii_are_marked_utf8():
    data = docx_zip.zip_bytes([("customXml/é.xml", b"<x/>")])
    assert zipfile.ZipFile(io.BytesIO(data)).namelist() == ["customXml/é.xml"]
