"""The draft inside the PDF: attached as a file, so an exported PDF can be opened again exactly.

The printed pages are for people; the attachment ("draft.pdr", the same JSON as a
saved draft) is for the app. Reading the printed text back would be lossy.
"""

from __future__ import annotations

import io

from pypdf import PdfReader, PdfWriter

from pdr_desktop.drafts.codec import dumps
from pdr_desktop.drafts.model import Draft

ATTACHMENT_NAME = "draft.pdr"


def attach_draft(pdf: bytes, draft: Draft) -> bytes:
    """`pdf` with the draft's JSON attached as ATTACHMENT_NAME."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.add_attachment(ATTACHMENT_NAME, dumps(draft).encode("utf-8"))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def embedded_draft_text(reader: PdfReader) -> str | None:
    """The attached draft JSON, or None when the PDF carries none (not one of our exports)."""
    contents = reader.attachments.get(ATTACHMENT_NAME)
    if not contents:
        return None
    return contents[0].decode("utf-8")
