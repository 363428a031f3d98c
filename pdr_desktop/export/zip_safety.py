"""Checks a DOCX must pass before any XML parser or python-docx touches it.

A DOCX is a zip of XML files; a hostile or broken one can be a zip bomb (tiny file,
gigabytes unpacked) or carry an XML entity bomb. Both are refused from the zip
directory and a bounded read, before anything is expanded in memory.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from pathlib import Path

from pdr_desktop.drafts.errors import DraftFileError

MAX_FILE_BYTES = 20 * 1024 * 1024  # far above any real PDR form (tens of kB)
MAX_TOTAL_UNCOMPRESSED = 100 * 1024 * 1024
# Reading a Word document takes about 25 MB of memory and half a second per MB of its XML, so
# the XML is capped to keep any received file under 400 MB and 10 s. A PDR form is well under
# 1 MB of XML; our own export of a 1 MB answer is 2.5 MB.
MAX_XML_UNCOMPRESSED = 12 * 1024 * 1024
MAX_MEMBERS = 2000
MAX_RATIO = 200  # text compresses well, but not this well unless it is a bomb
RATIO_FLOOR = 1024 * 1024  # small members may compress at any ratio; they cannot hurt
_XML_NAME = re.compile(r"\.(xml|rels)$", re.IGNORECASE)
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # encrypted .docx and old .doc files are OLE containers
_DTD = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)


def _mib(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB"


def check_docx(path: Path) -> bytes:
    """The file's bytes, once they pass every check; else DraftFileError naming the file and the reason.

    The bytes are read once and everything after works on them, so the file checked is the
    file parsed, and the file itself is only ever opened for reading.
    """
    path = Path(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise DraftFileError(path, f"it could not be read ({exc.strerror or exc})") from exc
    size = max(size, len(data))
    if size > MAX_FILE_BYTES:
        raise DraftFileError(
            path, f"it is too large to be a PDR form ({_mib(size)}; the limit is {_mib(MAX_FILE_BYTES)})"
        )
    buffer = io.BytesIO(data)
    if data.startswith(_OLE_MAGIC):
        raise DraftFileError(
            path,
            "it is password-protected or in the old Word 97–2003 format; open it in Word and save it "
            "as an ordinary Word document (.docx) without a password",
        )
    if not zipfile.is_zipfile(buffer):
        raise DraftFileError(path, "it is not a Word document (not a zip file)")
    try:
        with zipfile.ZipFile(buffer) as archive:
            _check_directory(path, archive)
            _check_xml(path, archive)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, OSError, zlib.error) as exc:
        raise DraftFileError(path, f"it is not a Word document (the zip is damaged: {exc})") from exc
    except NotImplementedError as exc:  # e.g. an encrypted or Deflate64 zip: Word never writes these
        raise DraftFileError(path, f"it is not a Word document ({exc})") from exc
    return data


def _check_directory(path: Path, archive: zipfile.ZipFile) -> None:
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        raise DraftFileError(path, f"it holds {len(infos)} files; a Word document has a few dozen")
    names = {info.filename for info in infos}
    if "[Content_Types].xml" not in names or "word/document.xml" not in names:
        raise DraftFileError(path, "it is not a Word document (no document part inside the zip)")
    total = xml_total = 0
    for info in infos:
        total += info.file_size
        if _XML_NAME.search(info.filename):
            xml_total += info.file_size
            if xml_total > MAX_XML_UNCOMPRESSED:
                raise DraftFileError(
                    path,
                    "it is too large to be read as a PDR form (its text would unpack to more than "
                    f"{_mib(MAX_XML_UNCOMPRESSED)}); if it is a PDR Desktop export, open the .pdr draft "
                    "instead",
                )
        if total > MAX_TOTAL_UNCOMPRESSED:
            raise DraftFileError(
                path,
                f"it would unpack to more than {_mib(MAX_TOTAL_UNCOMPRESSED)} "
                "(a “zip bomb”); it was not opened",
            )
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise DraftFileError(
                path,
                f"its part “{info.filename}” is compressed {info.file_size // max(info.compress_size, 1)}:1 "
                "(a “zip bomb”); it was not opened",
            )


def _bounded_read(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """Read a member, never more than its declared size (the directory may lie)."""
    with archive.open(info) as handle:
        data = handle.read(info.file_size + 1)
    if len(data) > info.file_size:
        raise zipfile.BadZipFile(f"{info.filename} is larger than the zip directory says")
    return data


def _check_xml(path: Path, archive: zipfile.ZipFile) -> None:
    for info in archive.infolist():
        if not _XML_NAME.search(info.filename):
            continue
        data = _bounded_read(archive, info)
        # UTF-16/32 XML (with or without a byte-order mark: the parser detects it from "<?xml")
        # spells "<!DOCTYPE" with NUL bytes in between; without them it reads as ASCII again.
        # UTF-8 XML never holds a NUL byte, so nothing legitimate is changed by this.
        if _DTD.search(data) or (b"\x00" in data and _DTD.search(data.replace(b"\x00", b""))):
            raise DraftFileError(
                path,
                f"its part “{info.filename}” declares a DTD or XML entities, which Word documents "
                "never need (possibly an “entity bomb”); it was not opened",
            )
