"""What an import hands back: the draft, where it came from, and everything it could not place."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from pdr_desktop.drafts.model import Draft


class ImportSource(str, Enum):
    APP_DOCX = "app-docx"  # a DOCX this app exported (draft embedded in a custom XML part)
    APP_PDF = "app-pdf"  # a PDF this app exported (draft embedded as an attached file)
    COUNCIL_DOCX = "council-docx"  # the council's Word form, filled in by hand


@dataclass
class ImportResult:
    draft: Draft
    source: ImportSource
    path: Path
    # Text that could not be placed in any field: nothing is dropped silently.
    unplaced: list[str] = field(default_factory=list)
    # Human-readable notes on what differs from the embedded draft (cells edited in Word win).
    changes: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        """True when everything in the file found a place in the draft."""
        return not self.unplaced

    def report(self) -> str:
        lines = [f"Imported “{self.path.name}” ({self.source.value})."]
        lines += [f"  note: {n}" for n in self.notes]
        if self.changes:
            lines.append(
                f"{len(self.changes)} change(s) made in the document after export (the document wins):"
            )
            lines += [f"  • {c}" for c in self.changes]
        if self.unplaced:
            lines.append(f"{len(self.unplaced)} item(s) could not be placed:")
            lines += [f"  • {u}" for u in self.unplaced]
        else:
            lines.append("Everything was placed.")
        return "\n".join(lines)
