"""The repeated objective rows of a Word table: one objective per row, its progress row under it.

Columns are told apart as in any other row (docx_match_cells); a full-width row under an
objective is its progress row when it carries our bookmark or reads like one, and is
reported otherwise.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pdr_desktop.export.document_plan import EXTRA, PlanTable, objective_cells
from pdr_desktop.export.docx_extraction import ObjectiveText, where
from pdr_desktop.export.docx_ids import parse_id
from pdr_desktop.export.docx_match_cells import ColumnMap, split_merged
from pdr_desktop.export.docx_parse import DocCell, DocTable
from pdr_desktop.export.value_parse import looks_like_extra

if TYPE_CHECKING:
    from pdr_desktop.export.docx_match_rows import TableReader


def read_objectives(
    reader: TableReader,
    plan: PlanTable,
    doc: DocTable,
    rows: list[int],
    title: str,
    columns: ColumnMap | None,
) -> None:
    fld = reader.form.field(plan.repeat or "")
    template = objective_cells(fld, 0)
    for di in rows:
        cells = doc.rows[di]
        at = where(doc, di, title)
        if len(cells) == 1 and len(template) > 1 and cells[0].span > 1:
            _objective_extra(reader, cells[0], at)
            continue
        pairs = reader.pairs(template, cells, columns)
        if pairs is None:
            reader.unaligned(cells, at)
            continue
        found = ObjectiveText({c.id: "" for c in fld.columns}, at)
        for plan_cells, cell in pairs:
            found.ids += cell.bookmarks
            reader.reported.add(id(cell))
            if not plan_cells:
                if cell.text.strip():
                    reader.out.unplaced.append(f"{at}, extra cell: {cell.text.strip()}")
                found.revisions += [("", r) for r in cell.revisions]
                continue
            if len(plan_cells) == 1:
                part = plan_cells[0].slot.part if plan_cells[0].slot else ""
                found.cells[part or ""] = cell.text
                found.revisions += [(part or "", r) for r in cell.revisions]
                continue
            split = split_merged(reader.form, plan_cells, cell.text) if cell.text.strip() else None
            names = " and ".join(f"“{reader.name(c)}”" for c in plan_cells)
            if split is None and cell.text.strip():
                reader.out.unplaced.append(
                    f"{at}: one merged cell covers {names}; its text was not placed in either: "
                    f"{cell.text.strip()}"
                )
            elif split is not None:
                for plan_cell, part_text in zip(plan_cells, split.parts, strict=True):
                    found.cells[plan_cell.slot.part or ""] = part_text  # type: ignore[union-attr]
                if split.how:
                    reader.out.review.append(f"{at}: one merged cell covers {names}; split {split.how}")
            found.revisions += [("", r) for r in cell.revisions]
        reader.out.objectives.append(found)


def _objective_extra(reader: TableReader, cell: DocCell, at: str) -> None:
    """A full-width row in the objectives: an objective's progress line, or text to report."""
    reader.reported.add(id(cell))
    previous = reader.out.objectives[-1] if reader.out.objectives else None
    ours = any(_is_extra_id(b) for b in cell.bookmarks)
    if previous is not None and previous.extra is None and (ours or looks_like_extra(reader.form, cell.text)):
        previous.extra = cell.text
        previous.extra_ids += cell.bookmarks
        previous.revisions += [(EXTRA, r) for r in cell.revisions]
        return
    if cell.text.strip():
        reader.out.unplaced.append(f"{at}: {cell.text.strip()}")
    reader.report_revisions(cell, at, force=True)


def _is_extra_id(name: str) -> bool:
    parsed = parse_id(name)
    return parsed is not None and parsed.extra
