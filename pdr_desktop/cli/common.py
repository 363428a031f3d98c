"""Small helpers shared by the sub-commands."""

from __future__ import annotations

import sys
from pathlib import Path

from pdr_desktop.drafts import Draft, DraftFileError, read_draft
from pdr_desktop.forms import FormDefinition, default_registry
from pdr_desktop.review.completeness import Missing

EXIT_OK, EXIT_INCOMPLETE, EXIT_ERROR = 0, 1, 2


def fail(message: str) -> int:
    print(f"pdr-desktop: {message}", file=sys.stderr)
    return EXIT_ERROR


def open_draft(path: str) -> tuple[Draft, FormDefinition]:
    """Read a draft for a command; raises DraftFileError with a person-readable reason."""
    registry = default_registry()
    draft = read_draft(Path(path), registry)
    return draft, registry.get(draft.form_id)


__all__ = ["EXIT_ERROR", "EXIT_INCOMPLETE", "EXIT_OK", "DraftFileError", "fail", "open_draft"]


def refuse_overwrite(path: Path) -> int | None:
    """The exit code for "that file is there already" or "that folder does not exist", or None."""
    if path.exists() or path.is_symlink():
        return fail(f"{path} already exists; choose another name (nothing was written)")
    return refuse_missing_folder(path)


def refuse_missing_folder(path: Path) -> int | None:
    folder = path.parent
    if not folder.is_dir():
        return fail(f"the folder {folder} does not exist, so {path.name} was not written")
    return None


def os_error_line(exc: OSError) -> str:
    """One line for a failed file operation: the file, the reason, and that nothing was saved."""
    reason = exc.strerror or str(exc)
    where = f"{exc.filename}: " if exc.filename else ""
    return f"{where}{reason} (nothing was saved)"


def refuse_if_open(path: Path) -> int | None:
    """A draft open in a PDR Desktop window is changed there, never behind its back."""
    from pdr_desktop.drafts.lock import holder

    owner = holder(path)
    if owner is None:
        return None
    return fail(
        f"{path} is open in PDR Desktop on {owner.host} (by {owner.user}) since "
        f"{owner.opened:%d %b %H:%M}; close it there first (nothing was changed)"
    )


def print_missing(gaps: list[Missing]) -> None:
    for gap in gaps:
        print(f"  - [{gap.owner.label}] {gap.label}")
