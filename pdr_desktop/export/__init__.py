"""Exports (DOCX, PDF) and imports (our own exports, the council's hand-filled Word form). No Qt.

The facade below is the only entry point the UI and CLI use, so the writers and readers
can change shape without touching them.
"""

from __future__ import annotations

from pathlib import Path

from pdr_desktop.drafts.model import Draft
from pdr_desktop.export.export_report import ExportCancelled, ExportReport, Progress, no_progress
from pdr_desktop.export.result import ImportResult, ImportSource
from pdr_desktop.forms.model import FormDefinition
from pdr_desktop.forms.registry import FormRegistry

EXPORT_FORMATS = ("docx", "pdf")
IMPORT_SUFFIXES = (".docx", ".pdf")

__all__ = [
    "EXPORT_FORMATS",
    "IMPORT_SUFFIXES",
    "ExportCancelled",
    "ExportReport",
    "ImportResult",
    "ImportSource",
    "export_draft",
    "export_file",
    "import_file",
]


def export_draft(form: FormDefinition, draft: Draft, path: Path, fmt: str) -> Path:
    """Write `draft` as `fmt` ("docx" or "pdf") to `path`, atomically; returns the path."""
    return export_file(form, draft, path, fmt).path


def export_file(
    form: FormDefinition, draft: Draft, path: Path, fmt: str, progress: Progress = no_progress
) -> ExportReport:
    """Write `draft` as `fmt` to `path`, atomically, reporting progress; returns what happened.

    `progress` may raise ExportCancelled: the export stops and nothing is written.
    """
    path = Path(path)
    if fmt == "docx":
        from pdr_desktop.atomic import atomic_write_bytes
        from pdr_desktop.export.docx_writer import docx_bytes

        progress(0.05, "writing the Word document")
        data = docx_bytes(form, draft)
        progress(0.95, "saving")
        atomic_write_bytes(path, data)
        return ExportReport(path, fmt)
    if fmt == "pdf":
        from pdr_desktop.export.reportlab_setup import import_reportlab

        import_reportlab()
        from pdr_desktop.export.pdf_writer import write_pdf

        return write_pdf(form, draft, path, progress)
    raise ValueError(f"unknown export format “{fmt}”; use one of {', '.join(EXPORT_FORMATS)}")


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

            result = read_docx(path, registry)
        else:
            from pdr_desktop.export.pdf_reader import read_pdf

            result = read_pdf(path, registry)
        _refuse_oversized(path, result)
        return result
    except (DraftFileError, ImportError):
        raise
    except (ValueError, TypeError, KeyError, IndexError, AttributeError, RecursionError) as exc:
        # These files come from other people's machines: a structure no reader foresaw must
        # still end as "cannot be opened, because…", never as a crash with the file half-read.
        raise DraftFileError(
            path, f"its contents are damaged or not laid out as expected ({type(exc).__name__}: {exc})"
        ) from exc


def _refuse_oversized(path: Path, result: ImportResult) -> None:
    """A draft the app could not open again once saved is refused now, not written."""
    from pdr_desktop.drafts.codec import dumps
    from pdr_desktop.drafts.errors import DraftFileError
    from pdr_desktop.drafts.store import MAX_DRAFT_BYTES

    size = len(dumps(result.draft).encode("utf-8"))
    if size > MAX_DRAFT_BYTES:
        mib = 1024 * 1024
        raise DraftFileError(
            path,
            f"the draft read from it would be {size / mib:.0f} MB; drafts are limited to "
            f"{MAX_DRAFT_BYTES / mib:.0f} MB (nothing was written)",
        )
