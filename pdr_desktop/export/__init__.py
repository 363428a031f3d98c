"""Exports (DOCX, PDF) and imports (our own exports, the council's hand-filled Word form). No Qt.

The facade below is the only entry point the UI and CLI use, so the writers and readers
can change shape without touching them.
"""

from __future__ import annotations

from pathlib import Path

from pdr_desktop.drafts.model import Draft
from pdr_desktop.export.result import ImportResult, ImportSource
from pdr_desktop.forms.model import FormDefinition
from pdr_desktop.forms.registry import FormRegistry

EXPORT_FORMATS = ("docx", "pdf")
IMPORT_SUFFIXES = (".docx", ".pdf")

__all__ = ["EXPORT_FORMATS", "IMPORT_SUFFIXES", "ImportResult", "ImportSource", "export_draft", "import_file"]


def export_draft(form: FormDefinition, draft: Draft, path: Path, fmt: str) -> Path:
    """Write `draft` as `fmt` ("docx" or "pdf") to `path`, atomically; returns the path."""
    path = Path(path)
    if fmt == "docx":
        from pdr_desktop.export.docx_writer import write_docx

        write_docx(form, draft, path)
    elif fmt == "pdf":
        from pdr_desktop.export.pdf_writer import write_pdf

        write_pdf(form, draft, path)
    else:
        raise ValueError(f"unknown export format “{fmt}”; use one of {', '.join(EXPORT_FORMATS)}")
    return path


def import_file(path: Path, registry: FormRegistry) -> ImportResult:
    """Read a DOCX or PDF into a draft. Raises DraftFileError (naming the file) when it can't."""
    from pdr_desktop.drafts.errors import DraftFileError

    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in IMPORT_SUFFIXES:
        raise DraftFileError(
            path, f"“{suffix or 'no extension'}” files cannot be imported; use .docx or .pdf"
        )
    try:
        if suffix == ".docx":
            from pdr_desktop.export.docx_reader import read_docx

            return read_docx(path, registry)
        from pdr_desktop.export.pdf_reader import read_pdf

        return read_pdf(path, registry)
    except (DraftFileError, ImportError):
        raise
    except (ValueError, TypeError, KeyError, IndexError, AttributeError, RecursionError) as exc:
        # These files come from other people's machines: a structure no reader foresaw must
        # still end as "cannot be opened, because…", never as a crash with the file half-read.
        raise DraftFileError(
            path, f"its contents are damaged or not laid out as expected ({type(exc).__name__}: {exc})"
        ) from exc
