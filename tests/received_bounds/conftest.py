"""Hostile received files, built by hand: PDFs written object by object, DOCX zips member by member.

Each builder writes one file and returns what importing it must do: "imported" or a regular
expression the refusal's reason must match. Bombs are made by compressing a run of spaces
once and reusing the compressed bytes, so building the corpus is quick and small.
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest

from pdr_desktop.drafts.codec import dumps

MB = 1024 * 1024


def bomb(size: int) -> bytes:
    """`size` spaces, deflated (about 1,000:1), built in a blink: after a full flush the compressor
    forgets what came before, so every further megabyte compresses to the same bytes."""
    block = b" " * MB
    packer = zlib.compressobj(9)
    head = packer.compress(block) + packer.flush(zlib.Z_FULL_FLUSH)
    again = packer.compress(block) + packer.flush(zlib.Z_FULL_FLUSH)
    end = packer.flush()[:-4]  # the last block, less a checksum that only covered two megabytes
    checksum = 1
    for _ in range(size // MB):
        checksum = zlib.adler32(block, checksum)
    return head + again * (size // MB - 1) + end + struct.pack(">I", checksum)


def pdf(objects: list[bytes]) -> bytes:
    """A PDF with a classic cross-reference table; object 1 is the catalog."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def stream(data: bytes, extra: bytes = b"", deflated: bool = True) -> bytes:
    head = b"<< /Type /EmbeddedFile /Length %d " % len(data) + (b"/Filter /FlateDecode " if deflated else b"")
    return head + extra + b">>\nstream\n" + data + b"\nendstream"


class Attachments:
    """Objects of a one-page PDF whose EmbeddedFiles name tree holds the given (name, stream body) files."""

    def __init__(self, page_content: bytes = b"<< /Length 0 >>\nstream\n\nendstream") -> None:
        # 1 catalog, 2 pages, 3 page, 4 content, 5 name tree; attachments follow
        self.objects = [b"", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", b"", page_content, b""]
        self.names: list[bytes] = []

    def add(self, name: str, body: bytes) -> None:
        self.objects.append(body)
        data_ref = len(self.objects)
        self.objects.append(b"<< /Type /Filespec /F (%s) /EF << /F %d 0 R >> >>" % (name.encode(), data_ref))
        self.names.append(b"(%s) %d 0 R" % (name.encode(), len(self.objects)))

    def build(self, names_value: bytes | None = None) -> bytes:
        self.objects[0] = b"<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles 5 0 R >> >>"
        self.objects[2] = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>"
        self.objects[4] = b"<< /Names %s >>" % (names_value or b"[" + b" ".join(self.names) + b"]")
        return pdf(self.objects)


def draft_stream(draft) -> bytes:
    data = dumps(draft).encode("utf-8")
    return stream(zlib.compress(data), b"/Params << /Size %d >> " % len(data))


# --- PDFs ----------------------------------------------------------------------------------------


def many_bomb_drafts(path: Path, draft, count: int) -> str:
    """`count` attachments all named draft.pdr, each 80 MB of spaces deflated (the issue's 12 and 7.8 MB)."""
    packed = stream(bomb(80 * MB))
    files = Attachments()
    for _ in range(count):
        files.add("draft.pdr", packed)
    path.write_bytes(files.build())
    return rf"{count} attached drafts"


def one_bomb_draft(path: Path, draft) -> str:
    """One draft.pdr of 1 GB of spaces whose /Size claims 2 kB: the real size stops it at the limit."""
    files = Attachments()
    files.add("draft.pdr", stream(bomb(1024 * MB), b"/Params << /Size 2000 >> "))
    path.write_bytes(files.build())
    return "more than 20 MB"


def declared_too_big(path: Path, draft) -> str:
    files = Attachments()
    files.add("draft.pdr", stream(zlib.compress(b"{}"), b"/Params << /Size 900000000 >> "))
    path.write_bytes(files.build())
    return "858 MB; drafts are limited to 20 MB"


def bombs_beside_a_good_draft(path: Path, draft) -> str:
    """90 other attachments of 80 MB each, never decoded, and the real draft."""
    packed = stream(bomb(80 * MB))
    files = Attachments()
    for index in range(90):
        files.add(f"scan-{index:02d}.txt", packed)
    files.add("draft.pdr", draft_stream(draft))
    path.write_bytes(files.build())
    return "imported"


def bomb_page_beside_a_good_draft(path: Path, draft) -> str:
    """The printed page is a 2 GB deflate bomb: pages are never read."""
    content = bomb(2048 * MB)
    files = Attachments(
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content) + content + b"\nendstream"
    )
    files.add("draft.pdr", draft_stream(draft))
    path.write_bytes(files.build())
    return "imported"


def huge_object_count(path: Path, draft) -> str:
    """440,000 tiny objects (about 19 MB) around the real draft."""
    files = Attachments()
    files.add("draft.pdr", draft_stream(draft))
    files.objects += [b"(x)"] * 440_000
    data = files.build()
    assert len(data) < 20 * MB
    path.write_bytes(data)
    return "440,007 PDF objects"


def deep_array(path: Path, draft) -> str:
    """The attachment list is an array nested 500,000 deep."""
    files = Attachments()
    files.add("draft.pdr", draft_stream(draft))
    path.write_bytes(files.build(b"[" * 500_000 + b"]" * 500_000))
    return "damaged|attached files"


def deep_name_tree(path: Path, draft) -> str:
    """A name tree whose /Kids chain is 50,000 nodes deep."""
    files = Attachments()
    first = len(files.objects) + 1
    depth = 50_000
    for index in range(depth):
        child = first + index + 1
        files.objects.append(b"<< /Kids [%d 0 R] >>" % child if index < depth - 1 else b"<< /Names [] >>")
    data = files.build(b"[] /Kids [%d 0 R]" % first)
    path.write_bytes(data)
    return "nested too deeply"


def many_names(path: Path, draft) -> str:
    """200,000 entries in the attachment list, all pointing at one small file."""
    files = Attachments()
    files.add("notes.txt", stream(zlib.compress(b"notes")))
    ref = files.names[0].split(b") ", 1)[1]
    entries = b" ".join(b"(n%d) %s" % (i, ref) for i in range(200_000))
    path.write_bytes(files.build(b"[" + entries + b"]"))
    return "damaged|more than 1000 attached files"


def junk(path: Path, draft) -> str:
    """A PDF header and 19 MB of noise."""
    noise = bytes((i * 7919 + (i >> 7)) & 0xFF for i in range(19 * MB))
    path.write_bytes(b"%PDF-1.7\n" + noise)
    return "damaged|no PDR Desktop draft"


def big_good_draft(path: Path, draft) -> str:
    """A real draft with a 9 MB answer: imports, within the bounds."""
    big = draft.clone()
    big.answers["wider.self"] = "Reflective practice with families. " * (9 * MB // 35)
    files = Attachments()
    files.add("draft.pdr", draft_stream(big))
    path.write_bytes(files.build())
    return "imported"


def draft_over_the_limit(path: Path, draft) -> str:
    """A real draft of 24 MB (honestly declared): refused, never written."""
    big = draft.clone()
    big.answers["wider.self"] = "x" * (24 * MB)
    files = Attachments()
    files.add("draft.pdr", draft_stream(big))
    path.write_bytes(files.build())
    return "limited to 20 MB"


# --- DOCX ----------------------------------------------------------------------------------------


def _export_docx(path: Path, draft) -> None:
    from pdr_desktop.export import export_draft
    from pdr_desktop.forms import default_registry

    export_draft(default_registry().get(draft.form_id), draft, path, "docx")


def docx_big_document(path: Path, draft) -> str:
    """Our own export with document.xml swapped for 95 MB of words that zip at an innocent 9:1."""
    vocabulary = [b"family ", b"plan ", b"review ", b"child ", b"visit ", b"goal ", b"care ", b"team "]
    words = b"".join(vocabulary[(i * 2654435761 >> 7) & 7] for i in range(15_000_000))[: 95 * MB]
    source = path.with_name("source.docx")
    _export_docx(source, draft)
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "word/document.xml":
                data = data.replace(
                    b"<w:body>", b"<w:body><w:p><w:r><w:t>" + words + b"</w:t></w:r></w:p>", 1
                )
            out.writestr(info.filename, data)
    assert path.stat().st_size < 20 * MB
    return "too large to be read as a PDR form"


def docx_long_answers(path: Path, draft) -> str:
    """Our own export of a draft with a 1 MB answer: read back within the bounds."""
    big = draft.clone()
    big.answers["wider.self"] = "\n".join(["Reflective practice with families and a plan. " * 12] * 1850)
    _export_docx(path, big)
    return "imported"


def docx_many_members(path: Path, draft) -> str:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
        for index in range(5000):
            archive.writestr(f"word/media/{index}.bin", b"")
    return "5002 files"


def docx_deep_xml(path: Path, draft) -> str:
    """Our export with 1,000,000 nested elements (7 MB of XML) inside document.xml."""
    source = path.with_name("source.docx")
    _export_docx(source, draft)
    body = b"<w:p>" * 1_000_000 + b"</w:p>" * 1_000_000
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "word/document.xml":
                data = data.replace(b"<w:body>", b"<w:body>" + body, 1)
            out.writestr(info.filename, data)
    return "."


PDF_CASES: dict[str, Callable[..., str]] = {
    "12 draft.pdr bombs (under 1 MB)": lambda p, d: many_bomb_drafts(p, d, 12),
    "95 draft.pdr bombs (7.8 MB)": lambda p, d: many_bomb_drafts(p, d, 95),
    "one 1 GB draft.pdr bomb": one_bomb_draft,
    "declared size 858 MB": declared_too_big,
    "90 bomb attachments beside the draft": bombs_beside_a_good_draft,
    "2 GB bomb page beside the draft": bomb_page_beside_a_good_draft,
    "440,000 objects": huge_object_count,
    "array nested 500,000 deep": deep_array,
    "name tree 50,000 deep": deep_name_tree,
    "200,000 attachment names": many_names,
    "19 MB of noise": junk,
    "9 MB draft": big_good_draft,
    "24 MB draft": draft_over_the_limit,
}
DOCX_CASES: dict[str, Callable[..., str]] = {
    "95 MB document.xml in 18 MB": docx_big_document,
    "1 MB answer": docx_long_answers,
    "5,000 members": docx_many_members,
    "XML nested 1,000,000 deep": docx_deep_xml,
}


@pytest.fixture
def hostile_pdfs() -> dict[str, Callable[..., str]]:
    return PDF_CASES


@pytest.fixture
def hostile_docx() -> dict[str, Callable[..., str]]:
    return DOCX_CASES
