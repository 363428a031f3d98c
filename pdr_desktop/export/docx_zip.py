"""The Word copy's package written as a zip, its unchanging parts compressed once per process.

python-docx's own save compresses every part of every copy, and four fifths of a copy are
parts of the template that no draft changes (two style sheets alone are 790 kB of XML):
compressing those again took most of the save in a batch of 30. Here each part's bytes are
compressed with the same zlib settings zipfile uses, and the result is remembered under the
bytes themselves: a part whose bytes equal ones already compressed gets the same compressed
bytes back, so nothing depends on knowing which parts a draft touched. The parts, their
names, their order and their XML are exactly python-docx's (docx.opc.pkgwriter.PackageWriter).
"""

from __future__ import annotations

import struct
import time
import zlib
from collections.abc import Iterable, Mapping

from docx.document import Document as DocxDocument
from docx.opc.packuri import CONTENT_TYPES_URI, PACKAGE_URI
from docx.opc.part import Part
from docx.opc.pkgwriter import _ContentTypesItem

from pdr_desktop.export.remembered import Remembered

_LOCAL = struct.Struct("<4s5H3L2H")
_CENTRAL = struct.Struct("<4s6H3L5H2L")
_END = struct.Struct("<4s4H2LH")
_VERSION = 20  # deflate
_UTF8_NAMES = 0x800
_DEFLATED = 8
_FILE_MODE = 0o600 << 16  # what zipfile.writestr gives a member named by a string


def package_bytes(doc: DocxDocument, known: Mapping[Part, bytes] | None = None) -> bytes:
    """The .docx file's bytes: python-docx's parts, in python-docx's order. `known`: bytes already
    serialised for some of the parts (parts every copy shares with the template, unchanged)."""
    known = known or {}
    package = doc.part.package
    parts = list(package.iter_parts())
    members: list[tuple[str, bytes]] = [
        (CONTENT_TYPES_URI.membername, _ContentTypesItem.from_parts(parts).blob),  # type: ignore[no-untyped-call]
        (PACKAGE_URI.rels_uri.membername, package.rels.xml),
    ]
    for part in parts:
        blob = known.get(part)
        members.append((part.partname.membername, part.blob if blob is None else blob))
        if len(part.rels):
            members.append((part.partname.rels_uri.membername, part.rels.xml))
    return zip_bytes(members)


def zip_bytes(members: Iterable[tuple[str, bytes]], when: time.struct_time | None = None) -> bytes:
    """A deflated zip of (name, bytes) members, as zipfile.ZipFile(…, ZIP_DEFLATED).writestr writes it."""
    stamp = when or time.localtime()
    dos_time = stamp.tm_hour << 11 | stamp.tm_min << 5 | stamp.tm_sec // 2
    dos_date = (max(stamp.tm_year, 1980) - 1980) << 9 | stamp.tm_mon << 5 | stamp.tm_mday
    out = bytearray()
    directory = bytearray()
    count = 0
    for name, data in members:
        crc, body = _deflated(data)
        encoded = name.encode("utf-8")
        flags = 0 if encoded.isascii() else _UTF8_NAMES
        offset = len(out)
        fields = (_VERSION, flags, _DEFLATED, dos_time, dos_date, crc, len(body), len(data))
        out += _LOCAL.pack(b"PK\x03\x04", *fields, len(encoded), 0)
        out += encoded
        out += body
        directory += _CENTRAL.pack(
            b"PK\x01\x02", 3 << 8 | _VERSION, *fields, len(encoded), 0, 0, 0, 0, _FILE_MODE, offset
        )
        directory += encoded
        count += 1
    if count > 0xFFFF or len(out) + len(directory) > 0xFFFFFFFF:
        raise ValueError("the Word copy is too large for a zip without Zip64")
    end = _END.pack(b"PK\x05\x06", 0, 0, count, count, len(directory), len(out), 0)
    return bytes(out + directory + end)


def _deflate(data: bytes) -> tuple[int, bytes]:
    """(CRC-32, raw deflate stream) of `data`, with zipfile's own settings for ZIP_DEFLATED."""
    compressor = zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION, zlib.DEFLATED, -15)
    return zlib.crc32(data), compressor.compress(data) + compressor.flush()


_deflated = Remembered(_deflate)
