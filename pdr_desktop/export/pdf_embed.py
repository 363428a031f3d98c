"""The draft inside the PDF: attached as a file, so an exported PDF can be opened again exactly.

The printed pages are for people; the attachment ("draft.pdr", the same JSON as a
saved draft) is for the app. Reading the printed text back would be lossy.

Reading is bounded, because received PDFs come from other people's machines: only the
one attachment named draft.pdr is looked at (pypdf's `attachments` would decode every
file attached, 1 GB for a PDF of twelve compressed drafts), its declared and actual
sizes are checked while it is decompressed, and the walk through the attachment list
stops after a fixed number of entries.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass

from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject, StreamObject

# Written by pdf_attach (without pypdf, so an export never imports it); read back here.
from pdr_desktop.export.pdf_attach import ATTACHMENT_NAME, attach_draft

__all__ = ["ATTACHMENT_NAME", "EmbeddedDraftError", "attach_draft", "embedded_draft_bytes"]
MAX_NAME_ENTRIES = 1000  # our exports attach one file; a name tree this big is not ours
MAX_TREE_DEPTH = 16


class EmbeddedDraftError(ValueError):
    """The attachment list or the draft in it is not what PDR Desktop writes; says why."""


@dataclass
class _Walk:
    entries: int = 0
    found: list[DictionaryObject] | None = None


def embedded_draft_bytes(reader: PdfReader, limit: int) -> bytes | None:
    """The attached draft, at most `limit` bytes once decompressed; None when there is none.

    Raises EmbeddedDraftError for more than one draft, an oversized or damaged one, or an
    attachment list too large to be ours.
    """
    root = reader.trailer.get("/Root")
    root = root.get_object() if root is not None else None
    names = _dict(root.get("/Names")) if isinstance(root, DictionaryObject) else None
    tree = _dict(names.get("/EmbeddedFiles")) if names is not None else None
    if tree is None:
        return None
    walk = _Walk(found=[])
    _walk(tree, walk, depth=0)
    assert walk.found is not None
    if not walk.found:
        return None
    if len(walk.found) > 1:
        raise EmbeddedDraftError(
            f"it holds {len(walk.found)} attached drafts; a PDR Desktop export holds exactly one, "
            "so which is right cannot be told"
        )
    return _stream_bytes(walk.found[0], limit)


def _dict(value: object) -> DictionaryObject | None:
    value = value.get_object() if value is not None and hasattr(value, "get_object") else value
    return value if isinstance(value, DictionaryObject) else None


def _walk(node: DictionaryObject, walk: _Walk, depth: int) -> None:
    """Collect the file specifications named ATTACHMENT_NAME in a name tree, with bounds."""
    if depth > MAX_TREE_DEPTH:
        raise EmbeddedDraftError("its list of attached files is nested too deeply to be a PDR Desktop export")
    pairs = node.get("/Names")
    pairs = pairs.get_object() if pairs is not None else None
    if isinstance(pairs, ArrayObject):
        for index in range(0, len(pairs) - 1, 2):
            walk.entries += 1
            if walk.entries > MAX_NAME_ENTRIES:
                raise EmbeddedDraftError(
                    f"it has more than {MAX_NAME_ENTRIES} attached files; a PDR Desktop export has one"
                )
            name = pairs[index].get_object()
            if str(name) == ATTACHMENT_NAME:
                spec = _dict(pairs[index + 1])
                if spec is not None:
                    assert walk.found is not None
                    walk.found.append(spec)
    kids = node.get("/Kids")
    kids = kids.get_object() if kids is not None else None
    if isinstance(kids, ArrayObject):
        for kid in kids:
            child = _dict(kid)
            walk.entries += 1
            if walk.entries > MAX_NAME_ENTRIES:
                raise EmbeddedDraftError(
                    f"it has more than {MAX_NAME_ENTRIES} attached files; a PDR Desktop export has one"
                )
            if child is not None:
                _walk(child, walk, depth + 1)


def _stream_bytes(spec: DictionaryObject, limit: int) -> bytes:
    files = _dict(spec.get("/EF"))
    entry = files.get("/F") if files is not None else None
    stream = entry.get_object() if entry is not None else None
    if not isinstance(stream, StreamObject):
        raise EmbeddedDraftError("its attached draft has no contents")
    params = _dict(stream.get("/Params"))
    declared = params.get("/Size") if params is not None else None
    if isinstance(declared, int) and declared > limit:
        raise EmbeddedDraftError(_too_big(declared, limit))
    raw = stream._data  # the stored bytes, not decoded: we decode with a size cap below
    filters = stream.get("/Filter")
    filters = filters.get_object() if filters is not None else None
    names = (
        [str(f) for f in filters] if isinstance(filters, ArrayObject) else ([str(filters)] if filters else [])
    )
    if not names:
        data = raw
    elif names == ["/FlateDecode"]:
        data = _inflate(raw, limit)
    else:
        raise EmbeddedDraftError(
            f"its attached draft is stored with {', '.join(names)}, which PDR Desktop never uses"
        )
    if len(data) > limit:
        raise EmbeddedDraftError(_too_big(len(data), limit))
    return data


def _inflate(raw: bytes, limit: int) -> bytes:
    """Decompress at most limit + 1 bytes: a deflate bomb stops at the limit, not at memory's end."""
    inflater = zlib.decompressobj()
    try:
        data = inflater.decompress(raw, limit + 1)
    except zlib.error as exc:
        raise EmbeddedDraftError(f"its attached draft is damaged ({exc})") from None
    if len(data) > limit:
        raise EmbeddedDraftError(_too_big(len(data), limit, at_least=True))
    return data


def _too_big(size: int, limit: int, at_least: bool = False) -> str:
    mib = 1024 * 1024
    more = "more than " if at_least else ""
    return (
        f"its attached draft would be {more}{size / mib:.0f} MB; drafts are limited to {limit / mib:.0f} MB "
        "(it was not opened)"
    )
