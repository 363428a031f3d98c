"""Attach the draft to a freshly written PDF, as an incremental update written by hand.

reportlab has no attachments, and cloning the whole document through pypdf to add one
(parse every object, write every object again) cost a third of a PDF export, pypdf's
import included. The attachment needs only three things appended after the printed
pages, which the PDF format allows: the file, its specification, and the catalogue
again with a /Names entry pointing at them, plus a small cross-reference section and a
trailer whose /Prev points at reportlab's. Readers (pypdf, viewers) see one document.

Only reportlab's own output is ever given to this (never a received file); anything in
it this does not expect (a catalogue that already has /Names, a cross-reference stream)
falls back to pypdf, so the result is always a correct PDF.
"""

from __future__ import annotations

import contextlib
import io
import queue
import re
import threading
import zlib
from functools import cache

from pdr_desktop.drafts.codec import dumps
from pdr_desktop.drafts.model import Draft

ATTACHMENT_NAME = "draft.pdr"  # pdf_embed reads it back under this name
_TAIL = re.compile(rb"trailer\s*<<(?P<trailer>.*?)>>\s*startxref\s+(?P<xref>\d+)\s+%%EOF\s*$", re.S)
_REF = rb"\s+(\d+)\s+0\s+R"


class _Unexpected(Exception):
    """The PDF is not laid out the way reportlab writes it: use pypdf instead."""


class Attachment:
    """The draft's JSON, compressed by a helper thread while the pages are being laid out: zlib
    lets other threads run while it compresses, and a draft's JSON (tens of kB) took about as
    long to compress as a page to lay out. Whoever comes first compresses it: the pages never
    wait for a helper the system has not got round to running."""

    THREAD_FROM = 16 * 1024  # bytes: smaller ones are compressed when attached

    def __init__(self, draft: Draft) -> None:
        self.payload = dumps(draft).encode("utf-8")
        self._packed: bytes | None = None
        self._claimed = threading.Lock()  # held by whoever compresses
        self._done = threading.Event()
        if len(self.payload) >= self.THREAD_FROM:
            _helper().put(self)

    def pack(self) -> None:
        """Compress, unless someone else has begun to."""
        if self._claimed.acquire(blocking=False):
            try:
                self._packed = zlib.compress(self.payload)
            finally:
                self._done.set()

    def packed(self) -> bytes:
        self.pack()
        self._done.wait()
        if self._packed is None:  # the helper failed (out of memory): here, then
            self._packed = zlib.compress(self.payload)
        return self._packed


@cache
def _helper() -> queue.SimpleQueue[Attachment]:
    """One helper thread for the process, started by the first large attachment."""
    jobs: queue.SimpleQueue[Attachment] = queue.SimpleQueue()

    def work() -> None:
        while True:
            with contextlib.suppress(Exception):  # its own attach compresses it then
                jobs.get().pack()

    threading.Thread(target=work, name="pdf-attachments", daemon=True).start()
    return jobs


def attach_draft(pdf: bytes, draft: Draft | Attachment) -> bytes:
    """`pdf` with the draft's JSON attached as ATTACHMENT_NAME (compressed, its size declared)."""
    attachment = draft if isinstance(draft, Attachment) else Attachment(draft)
    try:
        return _append_attachment(pdf, attachment)
    except _Unexpected:
        return _attach_with_pypdf(pdf, attachment.payload)


def _append_attachment(pdf: bytes, attachment: Attachment) -> bytes:
    tail = _TAIL.search(pdf, max(0, len(pdf) - 4096))
    if tail is None:
        raise _Unexpected("no classic trailer at the end")
    trailer = tail.group("trailer")
    size, root = _int(rb"/Size\s+(\d+)", trailer), _int(rb"/Root" + _REF, trailer)
    catalog = re.compile(rb"%d 0 obj\s*<<(?P<body>.*?)>>\s*endobj" % root, re.S).match(
        pdf, _offset(pdf, int(tail.group("xref")), root)
    )
    if catalog is None or b"/Names" in catalog.group("body") or b"<<" in catalog.group("body"):
        raise _Unexpected("a catalogue this writer does not know")
    info = re.search(rb"/Info" + _REF, trailer)
    ids = re.search(rb"/ID\s*\[[^\]]*\]", trailer)

    out = io.BytesIO()
    out.write(pdf if pdf.endswith(b"\n") else pdf + b"\n")
    stream_number, spec_number = size, size + 1
    offsets: dict[int, int] = {}

    def write_object(number: int, body: bytes) -> None:
        offsets[number] = out.tell()
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")

    payload, packed = attachment.payload, attachment.packed()
    write_object(
        stream_number,
        b"<< /Type /EmbeddedFile /Filter /FlateDecode /Length %d /Params << /Size %d >> >>\nstream\n"
        % (len(packed), len(payload))
        + packed
        + b"\nendstream",
    )
    name = _pdf_string(ATTACHMENT_NAME)
    write_object(
        spec_number, b"<< /Type /Filespec /F %s /UF %s /EF << /F %d 0 R >> >>" % (name, name, stream_number)
    )
    names = b"/Names << /EmbeddedFiles << /Names [%s %d 0 R] >> >>" % (name, spec_number)
    write_object(root, b"<<" + catalog.group("body").rstrip() + b" " + names + b"\n>>")

    xref_at = out.tell()
    # Object 0 (the head of the free list) opens the section as in a first one: pypdf
    # warns about, and renumbers, a section that starts elsewhere.
    out.write(b"xref\n0 1\n0000000000 65535 f \n")
    for first, count in _runs(sorted(offsets)):
        out.write(b"%d %d\n" % (first, count))
        for number in range(first, first + count):
            out.write(b"%010d 00000 n \n" % offsets[number])
    fields = [b"/Size %d" % (spec_number + 1), b"/Root %d 0 R" % root, b"/Prev %s" % tail.group("xref")]
    if info is not None:
        fields.append(b"/Info %s 0 R" % info.group(1))
    if ids is not None:
        fields.append(ids.group(0))
    out.write(b"trailer\n<< " + b" ".join(fields) + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref_at)
    return out.getvalue()


def _offset(pdf: bytes, xref_at: int, number: int) -> int:
    """Where object `number` starts, from the cross-reference table at `xref_at` (never by searching
    the file for "N 0 obj", which could sit inside a content stream)."""
    section = re.compile(rb"xref\s+(\d+)\s+(\d+)\s").match(pdf, xref_at)
    if section is None:
        raise _Unexpected("no cross-reference table where startxref points")
    first, count = int(section.group(1)), int(section.group(2))
    if not first <= number < first + count:
        raise _Unexpected("the catalogue is not in the first cross-reference subsection")
    entry = pdf[section.end() + 20 * (number - first) :][:20]
    if not re.fullmatch(rb"\d{10} \d{5} n\s\s", entry):
        raise _Unexpected("a cross-reference entry this writer does not know")
    return int(entry[:10])


def _int(pattern: bytes, text: bytes) -> int:
    match = re.search(pattern, text)
    if match is None:
        raise _Unexpected(pattern.decode("ascii"))
    return int(match.group(1))


def _runs(numbers: list[int]) -> list[tuple[int, int]]:
    """Consecutive object numbers grouped into (first, count) cross-reference subsections."""
    runs: list[tuple[int, int]] = []
    for number in numbers:
        if runs and runs[-1][0] + runs[-1][1] == number:
            runs[-1] = (runs[-1][0], runs[-1][1] + 1)
        else:
            runs.append((number, 1))
    return runs


def _pdf_string(text: str) -> bytes:
    escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return b"(" + escaped.encode("latin-1") + b")"


def _attach_with_pypdf(pdf: bytes, payload: bytes) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.add_attachment(ATTACHMENT_NAME, payload)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
