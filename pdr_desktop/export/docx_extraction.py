"""What reading a Word document against the form gives: texts per slot, objective rows, and the rest.

Also the small label-matching helpers the table and row readers share.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pdr_desktop.export import docx_paging as paging
from pdr_desktop.export import text_values as tv
from pdr_desktop.export.document_plan import PlanCell, Slot
from pdr_desktop.export.docx_parse import DocCell, DocTable, Revision
from pdr_desktop.export.text_match import norm, same_label, strip_label

_STATUS = tuple(norm(p) for p in (tv.FINGERPRINT_PREFIX, *tv.LEGACY_FINGERPRINT_PREFIXES, tv.CHANGED_PREFIX))


@dataclass
class ObjectiveText:
    cells: dict[str, str]
    where: str
    extra: str | None = None
    ids: list[str] = field(default_factory=list)  # bookmarks in the row (our exports mark each objective)
    extra_ids: list[str] = field(default_factory=list)
    revisions: list[tuple[str, Revision]] = field(default_factory=list)  # (column id or EXTRA, change)

    @property
    def blank(self) -> bool:
        return not any(v.strip() for v in self.cells.values()) and not (self.extra or "").strip()


@dataclass
class Extraction:
    texts: dict[Slot, str] = field(default_factory=dict)
    objectives: list[ObjectiveText] = field(default_factory=list)
    objectives_found: bool = False
    unplaced: list[str] = field(default_factory=list)
    # Placed, but on an assumption the reader should check (a merged cell split at a comma).
    review: list[str] = field(default_factory=list)
    revisions: list[tuple[str, Revision]] = field(default_factory=list)  # (where, tracked change)
    missing: list[str] = field(default_factory=list)  # form tables and fields not found in the document
    matched_tables: int = 0
    # Slots a document cell stood for, placed or not (a merged cell whose text was reported):
    # those were in the document, so they are not "not found".
    seen: set[Slot] = field(default_factory=set)


def anchors(row: tuple[PlanCell, ...]) -> list[PlanCell]:
    return [c for c in row if c.label]


def cell_has_label(text: str, cell: PlanCell) -> bool:
    if cell.slot is not None:  # label and answer share the cell
        return strip_label(text, cell.label) is not None
    return same_label(text, cell.label) or (
        len(norm(cell.label)) >= 12 and strip_label(text, cell.label) is not None
    )


def repeats_label(doc_row: list[DocCell], labels: list[PlanCell]) -> bool:
    """A row of our export carrying on a long answer: its label cell says "… (continued)"."""
    return any(paging.continues(d.text, c.label) for d in doc_row for c in labels)


def continued_heading(doc_row: list[DocCell], labels: list[PlanCell]) -> bool:
    """A label row repeated over the rest of a long answer: every label in it says "… (continued)"."""
    texts = [d.text for d in doc_row if d.text.strip()]
    return bool(texts) and all(any(paging.continues(t, c.label) for c in labels) for t in texts)


def row_matches(doc_row: list[DocCell], labelled: list[PlanCell]) -> bool:
    hits = sum(1 for cell in labelled if any(cell_has_label(d.text, cell) for d in doc_row))
    return hits > 0 and hits * 2 >= len(labelled)


def where(doc: DocTable, row_index: int, title: str) -> str:
    return f"table {doc.number}{f' ({title})' if title else ''}, row {row_index + 1}"


def short(text: str, limit: int = 50) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def without_status(text: str) -> str:
    """A signature cell without the fingerprint lines the export printed under the name."""
    return "\n".join(line for line in text.split("\n") if not norm(line).startswith(_STATUS))
