"""Which of the form's cells a document cell stands for, and what to do when one cell holds two.

Word keeps a table's column grid when people merge or split cells, so a document cell's
grid columns say which form cells it covers. When the grid itself differs from the form
(columns added or removed), the column headers say which document column is which; when
neither can tell, the row is reported rather than read by position. A merged cell holding
two fields' text is split only where the text itself shows the boundary.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pdr_desktop.export.document_plan import PlanCell
from pdr_desktop.export.docx_parse import DocCell, DocTable
from pdr_desktop.export.text_match import norm, same_label, strip_label
from pdr_desktop.forms.model import FieldType, FormDefinition

SHORT_TYPES = (FieldType.TEXT, FieldType.DATE, FieldType.SIGNATURE)
_BARE_YES_NO = re.compile(r"^\s*(yes|no)\s*[.!]?\s*$", re.IGNORECASE)


def plan_starts(plan_row: tuple[PlanCell, ...]) -> list[int]:
    """Each plan cell's first grid column."""
    starts, col = [], 0
    for cell in plan_row:
        starts.append(col)
        col += cell.span
    return starts


def grid_width(doc: DocTable) -> int:
    """The document table's grid: declared, else the widest row."""
    widest = max((sum(c.span for c in row) + (row[0].start if row else 0) for row in doc.rows), default=0)
    return doc.grid or widest


@dataclass
class ColumnMap:
    """Document grid column → form grid column; None where the document column is not the form's."""

    columns: list[int | None]

    @classmethod
    def identity(cls, width: int) -> ColumnMap:
        return cls(list(range(width)))

    def plan_range(self, cell: DocCell) -> set[int]:
        return {c for c in self.columns[cell.start : cell.start + cell.span] if c is not None}


def header_map(header: tuple[PlanCell, ...], doc_row: list[DocCell], width: int) -> ColumnMap | None:
    """Columns told apart by their headers ("Next Steps", "By When"): each header in one document cell."""
    starts = plan_starts(header)
    columns: list[int | None] = [None] * max(width, 1)
    found = 0
    for plan_cell, start in zip(header, starts, strict=True):
        if not plan_cell.label:
            continue
        holders = [d for d in doc_row if same_label(d.text, plan_cell.label)]
        if len(holders) != 1:
            return None  # missing, or merged with another header: the columns cannot be told apart
        doc_cell = holders[0]
        for offset in range(doc_cell.span):
            if doc_cell.start + offset < len(columns):
                columns[doc_cell.start + offset] = start + min(offset, plan_cell.span - 1)
        found += 1
    # The unlabelled corner cell (above the row labels) is the first column when the rest is known.
    if found and header and not header[0].label and doc_row and columns[doc_row[0].start] is None:
        columns[doc_row[0].start] = 0
    return ColumnMap(columns) if found else None


def column_map(
    plan_columns: int, doc: DocTable, header: tuple[PlanCell, ...] | None, header_row: list[DocCell] | None
) -> ColumnMap | None:
    """How this document table's columns line up with the form's, or None when that is uncertain.

    The grid is trusted when it has the form's width and the headers (if found) agree with it;
    otherwise the headers decide. None means: read a row only when its cells match one to one.
    """
    width = grid_width(doc)
    by_header = header_map(header, header_row, width) if header and header_row is not None else None
    if width == plan_columns:
        identity = ColumnMap.identity(width)
        if by_header is None or all(
            mapped is None or mapped == col for col, mapped in enumerate(by_header.columns)
        ):
            return identity
    return by_header


def covered(plan_row: tuple[PlanCell, ...], doc_cell: DocCell, columns: ColumnMap) -> list[PlanCell]:
    """The plan cells whose first grid column lies under `doc_cell`."""
    wanted = columns.plan_range(doc_cell)
    return [cell for cell, start in zip(plan_row, plan_starts(plan_row), strict=True) if start in wanted]


def without_labels(text: str, labels: list[str]) -> str:
    """The text of a merged cell without the form's labels in it (a label cell merged into an answer)."""
    for label in labels:
        rest = strip_label(text, label)
        if rest is not None:
            text = rest
    lines = [line for line in text.split("\n") if not any(same_label(line, label) for label in labels)]
    return "\n".join(lines).strip(" \t:\n")


@dataclass(frozen=True)
class Split:
    parts: list[str]
    how: str  # "" when the form's own labels mark the boundary (certain); else what was assumed


def split_merged(form: FormDefinition, cells: list[PlanCell], text: str) -> Split | None:
    """The text of one document cell covering several plan cells, shared out among their fields.

    `cells` are the covered plan cells in order (labels and fields). Returns None when the
    text does not show where one field ends and the next begins.
    """
    slots = [c for c in cells if c.slot is not None]
    lines = text.split("\n")
    # 1. A label between two fields marks the boundary ("Tomasz Nowak / Position / Personal Advisor").
    between = [c.label for c in cells if c.slot is None and c.label]
    if between:
        parts = _split_at_label_lines(lines, between)
        if parts is not None and len(parts) == len(slots):
            return Split(parts, "")
    text = without_labels(text, [c.label for c in cells if c.label])
    if not text:
        return Split([""] * len(slots), "")
    kinds = [_kind(form, c) for c in slots]
    filled = [line.strip() for line in text.split("\n") if line.strip()]
    if all(k in SHORT_TYPES for k in kinds):
        # 2. Short answers, one per line, or separated by commas: "Tomasz Nowak, Personal Advisor".
        if len(filled) == len(slots):
            return Split(filled, "one line each")
        if len(filled) == 1:
            pieces = [p.strip() for p in re.split(r"[,;]", filled[0])]
            if len(pieces) == len(slots) and all(pieces):
                return Split(pieces, "at the comma")
        return None
    # 3. A long answer then a bare "Yes"/"No" on its own last line (two answer cells merged).
    if (
        len(slots) == 2
        and kinds[1] is FieldType.YESNO
        and len(filled) >= 2
        and _BARE_YES_NO.match(filled[-1])
    ):
        body = text.rstrip()
        body = body[: body.rfind(filled[-1])].strip()
        return Split([body, filled[-1]], "the last line as the Yes/No answer")
    return None


def _kind(form: FormDefinition, cell: PlanCell) -> FieldType:
    assert cell.slot is not None
    fld = form.field(cell.slot.field_id)
    if fld.type is FieldType.ROWS:
        return fld.column(cell.slot.part or "").type
    return fld.type


def _split_at_label_lines(lines: list[str], labels: list[str]) -> list[str] | None:
    parts: list[list[str]] = [[]]
    wanted = list(labels)
    for line in lines:
        if wanted and (same_label(line, wanted[0]) or norm(line).startswith(norm(wanted[0]))):
            rest = strip_label(line, wanted[0]) or ""
            wanted.pop(0)
            parts.append([rest.strip(" \t:")] if rest.strip(" \t:") else [])
            continue
        parts[-1].append(line)
    if wanted:
        return None
    return ["\n".join(p).strip() for p in parts]
