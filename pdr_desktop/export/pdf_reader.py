"""PDF → draft, for PDFs this app exported: the draft attached at export time is read back exactly.

Only our own exports can be opened: the printed text of an arbitrary PDF cannot be
mapped back onto the form's fields reliably, and guessing would put words in the
wrong place. Every refusal names the file and the reason, and never touches it.
"""

from __future__ import annotations

import io
import logging
from pathlib import Path

from pypdf import PdfReader
from pypdf.errors import PdfReadError, PyPdfError

from pdr_desktop.drafts.codec import DraftFormatError, loads
from pdr_desktop.drafts.errors import DraftFileError
from pdr_desktop.drafts.file_checks import read_checked_bytes
from pdr_desktop.export.pdf_embed import embedded_draft_text
from pdr_desktop.export.result import ImportResult, ImportSource
from pdr_desktop.forms.registry import FormRegistry

MAX_PDF_BYTES = 20 * 1024 * 1024
NOT_OURS = "it has no PDR Desktop draft inside: only PDFs exported by PDR Desktop can be opened"
PRINTED_TEXT_NOTE = (
    "the draft saved inside the PDF was used; notes or edits made to the PDF's pages are not read"
)


def read_pdf(path: Path, registry: FormRegistry) -> ImportResult:
    path = Path(path)
    data = read_checked_bytes(path, MAX_PDF_BYTES, "PDFs exported by PDR Desktop")
    if not data.lstrip()[:5].startswith(b"%PDF-"):
        raise DraftFileError(path, "it is not a PDF file (it does not start with a PDF header)")
    text = _attachment_text(path, data)
    if text is None:
        raise DraftFileError(path, NOT_OURS)
    try:
        draft = loads(text, registry)
    except DraftFormatError as exc:
        raise DraftFileError(path, f"the draft inside the PDF cannot be used: {exc}") from None
    return ImportResult(draft=draft, source=ImportSource.APP_PDF, path=path, notes=[PRINTED_TEXT_NOTE])


def _attachment_text(path: Path, data: bytes) -> str | None:
    # pypdf logs every repair it makes on a damaged file; the reason we raise says enough.
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            raise DraftFileError(path, "it is password-protected; export it again from PDR Desktop")
        return embedded_draft_text(reader)
    except DraftFileError:
        raise
    except UnicodeDecodeError:
        raise DraftFileError(path, "the draft inside the PDF is not readable text (it is damaged)") from None
    except (PdfReadError, PyPdfError) as exc:
        raise DraftFileError(path, f"the PDF is damaged and cannot be read ({exc})") from None
    except (ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError) as exc:
        # pypdf raises plain Python errors on some malformed structures; all mean "broken".
        raise DraftFileError(path, f"the PDF is damaged and cannot be read ({type(exc).__name__})") from None
    finally:
        logger.setLevel(level)
