"""What an import hands back: the draft, where it came from, and an honest account of the reading."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from pdr_desktop.drafts.model import Draft


class ImportSource(str, Enum):
    APP_DOCX = "app-docx"  # a DOCX this app exported (draft embedded in a custom XML part)
    APP_PDF = "app-pdf"  # a PDF this app exported (draft embedded as an attached file)
    COUNCIL_DOCX = "council-docx"  # the council's Word form, filled in by hand
    # One of our DOCX exports whose embedded draft another program removed: read from the tables.
    APP_DOCX_TABLES = "app-docx-tables"


ALL_PLACED = "Everything was placed."


@dataclass
class ImportResult:
    draft: Draft
    source: ImportSource
    path: Path
    # Text that could not be placed in any field: nothing is dropped silently.
    unplaced: list[str] = field(default_factory=list)
    # Placed, but the person should look: tracked changes, words that needed interpreting,
    # merged cells shared out, objectives deleted in Word.
    review: list[str] = field(default_factory=list)
    # What the file's embedded draft carried that this reading could not recover.
    lost: list[str] = field(default_factory=list)
    # Cells edited in Word after export (the document wins) and objectives added or moved.
    changes: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        """True only when every value is in its field, nothing was dropped and nothing needs a look."""
        return not (self.unplaced or self.review or self.lost)

    @property
    def worth_showing(self) -> bool:
        """Whether the person should see the report (anything beyond "read as the form")."""
        return bool(self.unplaced or self.review or self.lost or self.changes)

    def report(self) -> str:
        lines = [f"Imported “{self.path.name}” ({self.source.value})."]
        lines += [f"  note: {n}" for n in self.notes]
        sections = (
            (self.changes, "{n} change(s) made in the document after export (the document wins):"),
            (self.lost, "{n} thing(s) the file carried could not be recovered:"),
            (self.review, "{n} item(s) need checking:"),
            (self.unplaced, "{n} item(s) could not be placed:"),
        )
        for items, title in sections:
            if items:
                lines.append(title.format(n=len(items)))
                lines += [f"  • {item}" for item in items]
        if self.complete:
            lines.append(ALL_PLACED)
        else:
            count = len(self.unplaced) + len(self.review) + len(self.lost)
            lines.append(f"{count} item(s) above need a look before this draft is relied on.")
        return "\n".join(lines)
