"""PDF → draft, for PDFs this app exported: the draft attached at export time is read back exactly.

Only our own exports can be opened: the printed text of an arbitrary PDF cannot be
mapped back onto the form's fields reliably, and guessing would put words in the
wrong place. Every refusal names the file and the reason, and never touches it.
"""

from __future__ import annotations

import io
import logging
from pathlib import Path
from typing import Any

from pypdf import PdfReader, apply_configuration
from pypdf.errors import PdfReadError, PyPdfError

from pdr_desktop.drafts.codec import DraftFormatError, loads
from pdr_desktop.drafts.errors import DraftFileError
from pdr_desktop.drafts.file_checks import read_checked_bytes
from pdr_desktop.drafts.store import MAX_DRAFT_BYTES
from pdr_desktop.export.pdf_embed import EmbeddedDraftError, embedded_draft_bytes
from pdr_desktop.export.result import ImportResult, ImportSource
from pdr_desktop.forms.registry import FormRegistry

MAX_PDF_BYTES = 20 * 1024 * 1024
MAX_XREF_ENTRIES = 200_000
MAX_OBJECTS = 100_000  # an export of a draft at the 20 MB limit has about 15,000
TAIL_BYTES = 2048  # "%%EOF" ends every PDF, give or take a little trailing junk
PYPDF_LIMITS: dict[str, Any] = {
    "zlib_maximum_output_length": 32 * 1024 * 1024,
    "maximum_declared_stream_length": 32 * 1024 * 1024,
    "stream_decoding_work_maximum_length": 64 * 1024 * 1024,
    "array_maximum_element_count": 100_000,
    "dictionary_maximum_element_count": 10_000,
}
NOT_OURS = "it has no PDR Desktop draft inside: only PDFs exported by PDR Desktop can be opened"
PRINTED_TEXT_NOTE = (
    "the draft saved inside the PDF was used; notes or edits made to the PDF's pages are not read"
)


def read_pdf(path: Path, registry: FormRegistry) -> ImportResult:
    path = Path(path)
    data = read_checked_bytes(path, MAX_PDF_BYTES, "PDFs exported by PDR Desktop")
    if not data.lstrip()[:5].startswith(b"%PDF-"):
        raise DraftFileError(path, "it is not a PDF file (it does not start with a PDF header)")
    _check_shape(path, data)
    text = _attachment_text(path, data)
    if text is None:
        raise DraftFileError(path, NOT_OURS)
    try:
        draft = loads(text, registry)
    except DraftFormatError as exc:
        raise DraftFileError(path, f"the draft inside the PDF cannot be used: {exc}") from None
    return ImportResult(draft=draft, source=ImportSource.APP_PDF, path=path, notes=[PRINTED_TEXT_NOTE])


def _check_shape(path: Path, data: bytes) -> None:
    """Cheap checks before pypdf: a damaged file would send it searching the whole file for its
    end (seconds for 20 MB), and a file of a million tiny objects takes it half a minute."""
    if b"%%EOF" not in data[-TAIL_BYTES:] or b"startxref" not in data[-TAIL_BYTES:]:
        raise DraftFileError(
            path, "the PDF is damaged or incomplete (it has no proper end); ask for it again"
        )
    objects = data.count(b" obj")
    if objects > MAX_OBJECTS:
        raise DraftFileError(
            path, f"it holds about {objects:,} PDF objects; a PDR Desktop export has a few thousand at most"
        )


def _attachment_text(path: Path, data: bytes) -> str | None:
    # pypdf logs every repair it makes on a damaged file; the reason we raise says enough.
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        # pypdf's own caps (per decompressed stream, xref entries) well below the machine's memory:
        # the attachment list and the xref are all we read, never a page.
        with apply_configuration(**PYPDF_LIMITS):
            reader = PdfReader(io.BytesIO(data), strict=False, xref_stream_maximum_entries=MAX_XREF_ENTRIES)
            if reader.is_encrypted:
                raise DraftFileError(path, "it is password-protected; export it again from PDR Desktop")
            attached = embedded_draft_bytes(reader, MAX_DRAFT_BYTES)
        return None if attached is None else attached.decode("utf-8")
    except EmbeddedDraftError as exc:
        raise DraftFileError(path, str(exc)) from None
    except DraftFileError:
        raise
    except MemoryError:
        raise DraftFileError(path, "it is too large to read (it would need too much memory)") from None
    except UnicodeDecodeError:
        raise DraftFileError(path, "the draft inside the PDF is not readable text (it is damaged)") from None
    except (PdfReadError, PyPdfError) as exc:
        raise DraftFileError(path, f"the PDF is damaged and cannot be read ({exc})") from None
    except (ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError) as exc:
        # pypdf raises plain Python errors on some malformed structures; all mean "broken".
        raise DraftFileError(path, f"the PDF is damaged and cannot be read ({type(exc).__name__})") from None
    finally:
        logger.setLevel(level)
