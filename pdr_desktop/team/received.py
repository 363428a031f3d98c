"""Drafts a manager received: read any of .pdr / .docx / .pdf, and summarise each for the list.

Word and PDF files go through `pdr_desktop.export.import_file`, which already turns every
problem with them into a DraftFileError naming the file. It lives in team, above export and
review, because reading a Word or PDF file is export's work.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from pdr_desktop.dates import long_date
from pdr_desktop.drafts.errors import DraftFileError
from pdr_desktop.drafts.model import DRAFT_SUFFIX, Draft
from pdr_desktop.export import IMPORT_SUFFIXES
from pdr_desktop.export.batch import read_any
from pdr_desktop.export.naming import natural_key
from pdr_desktop.forms.model import Role
from pdr_desktop.forms.registry import FormRegistry
from pdr_desktop.review.completeness import Missing, to_do
from pdr_desktop.review.signing import Signatures, signature_summary
from pdr_desktop.review.workflow import SendByStatus, meeting_date, send_by_status

RECEIVED_SUFFIXES = (DRAFT_SUFFIX, *IMPORT_SUFFIXES)


def read_received(path: Path, registry: FormRegistry) -> Draft:
    """A draft from a file a practitioner sent; DraftFileError (naming the file) otherwise."""
    return read_any(Path(path), registry, cannot_be="opened")


@dataclass(frozen=True)
class ReceivedSummary:
    path: Path
    practitioner: str
    round_label: str = ""
    missing: list[Missing] = field(default_factory=list)
    meeting: date | None = None
    send_by: SendByStatus | None = None
    error: str = ""  # shown in the list, never hidden
    draft: Draft | None = None
    signatures: Signatures = Signatures.NONE  # the team view's words, from review.signing
    signature_note: str = ""  # what changed since signing

    @property
    def signature_void(self) -> bool:
        """A signature no longer holds: the form needs signing again, whatever else is due."""
        return self.signatures is Signatures.CHANGED

    @property
    def meeting_text(self) -> str:
        return long_date(self.meeting) if self.meeting else ""


def summarise_received(
    path: Path, registry: FormRegistry, today: date, role: Role = Role.MANAGER
) -> ReceivedSummary:
    """One row of the manager's list: who, which round, what `role` still owes, when they meet."""
    try:
        draft = read_received(path, registry)
        form = registry.get(draft.form_id)
    except DraftFileError as exc:
        return ReceivedSummary(Path(path), Path(path).stem, error=exc.reason)
    except KeyError:
        return ReceivedSummary(
            Path(path), Path(path).stem, error="it was made with a form this app does not have"
        )
    current = draft.review.current_round
    signatures, note = signature_summary(form, draft)
    return ReceivedSummary(
        Path(path),
        draft.display_name(form),
        form.round(current).label,
        to_do(form, draft, role, current).items,  # the count every view shows
        meeting_date(draft, current),
        send_by_status(form, draft, today),
        draft=draft,
        signatures=signatures,
        signature_note=note,
    )


def received_files(folder: Path) -> list[Path]:
    """The files in a folder the manager's list can show, sorted by name as people count (p2, p10)."""

    if not folder.is_dir():
        return []
    # Not is_file(): a pipe or device named like a form is listed as unreadable, never skipped.
    shown = [p for p in folder.iterdir() if not p.is_dir() and p.suffix.lower() in RECEIVED_SUFFIXES]
    return sorted(shown, key=lambda p: (natural_key(p.stem), p.suffix.lower(), p.name))
