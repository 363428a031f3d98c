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
    """The exit code for "that file is there already", or None when the name is free."""
    if path.exists():
        return fail(f"{path} already exists; choose another name (nothing was written)")
    return None


def print_missing(gaps: list[Missing]) -> None:
    for gap in gaps:
        print(f"  - [{gap.owner.label}] {gap.label}")
