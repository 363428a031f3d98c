"""The council's own Word form, filled in by hand → a Draft (source COUNCIL_DOCX).

Tables are found by their labels (docx_match), values parsed leniently (value_parse),
and every piece of text that finds no field is listed in `unplaced` with where it was.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx.document import Document as DocxDocument

from pdr_desktop.drafts.errors import DraftFileError
from pdr_desktop.drafts.model import Draft, empty_row
from pdr_desktop.export import text_values as tv
from pdr_desktop.export.docx_layout import EXTRA, Slot
from pdr_desktop.export.docx_match import Extraction, ObjectiveText, extract
from pdr_desktop.export.result import ImportResult, ImportSource
from pdr_desktop.export.value_parse import column_value, parse_extra, parse_value
from pdr_desktop.forms.model import Field, FormDefinition
from pdr_desktop.forms.registry import FormRegistry
from pdr_desktop.review.completeness import field_path

MIN_MATCHED_TABLES = 2  # fewer than this and it is some other document


def place(form: FormDefinition, slot: Slot) -> str:
    """Where a value lives, as people read it: "Practice Standards › 1. All families… › …"."""
    fld = form.field(slot.field_id)
    path = field_path(form, fld)
    if slot.row is not None:
        what = tv.PROGRESS_LABEL if slot.part == EXTRA else fld.column(slot.part or "").label
        return f"{path} › objective {slot.row + 1} › {what}"
    if slot.part:
        return f"{path} ({slot.part})"
    return path


def unclear_note(form: FormDefinition, slot: Slot, text: str) -> str:
    return f"{place(form, slot)}: could not tell Yes or No from “{text.strip()}”; kept it all as the comment"


def apply_extra(
    form: FormDefinition, row: dict[str, Any], text: str, where: str, unplaced: list[str]
) -> None:
    """Progress lines printed by our export, typed back into an objective row."""
    extra = parse_extra(form, text)
    progress = dict(row.get("progress") or {})
    for round_id, entry in extra.progress.items():
        # An empty bar ("–/10", no note) only records something if the row already had that round.
        if entry["scale"] is not None or entry["note"] or round_id in progress:
            progress[round_id] = entry
    row["progress"] = progress
    row["achieved"] = extra.achieved
    row["carried_from"] = extra.carried_from
    unplaced += [f"{where}, progress: {line}" for line in extra.leftovers]


def objective_row(
    form: FormDefinition, fld: Field, found: ObjectiveText, unplaced: list[str]
) -> dict[str, Any]:
    row = empty_row(fld)
    for col in fld.columns:
        row[col.id] = column_value(fld, col.id, found.cells.get(col.id, ""))
    if found.extra:
        apply_extra(form, row, found.extra, found.where, unplaced)
    return row


def draft_from_extraction(form: FormDefinition, extraction: Extraction) -> tuple[Draft, list[str]]:
    draft = Draft.new(form)
    unplaced = list(extraction.unplaced)
    for slot, text in extraction.texts.items():
        fld = form.field(slot.field_id)
        value, clear = parse_value(fld, text, slot.part, draft.get(fld))
        draft.set(fld, value)
        if not clear:
            unplaced.append(unclear_note(form, slot, text))
    rows_field = form.rows_field()
    if rows_field is not None and extraction.objectives_found:
        rows = [objective_row(form, rows_field, o, unplaced) for o in extraction.objectives if not o.blank]
        draft.set(rows_field, rows)
    return draft, unplaced


def best_form(registry: FormRegistry, document: DocxDocument) -> tuple[FormDefinition, Extraction] | None:
    best: tuple[FormDefinition, Extraction] | None = None
    for form in registry.forms.values():
        extraction = extract(form, document)
        if best is None or extraction.matched_tables > best[1].matched_tables:
            best = (form, extraction)
    if best is None or best[1].matched_tables < MIN_MATCHED_TABLES:
        return None
    return best


def import_council(path: Path, document: DocxDocument, registry: FormRegistry) -> ImportResult:
    found = best_form(registry, document)
    if found is None:
        raise DraftFileError(
            path,
            "it does not look like a Performance Conversation form (none of its tables match a form "
            "PDR Desktop knows)",
        )
    form, extraction = found
    draft, unplaced = draft_from_extraction(form, extraction)
    draft.meta["imported_from"] = {"file": Path(path).name, "source": ImportSource.COUNCIL_DOCX.value}
    result = ImportResult(draft=draft, source=ImportSource.COUNCIL_DOCX, path=Path(path), unplaced=unplaced)
    result.notes.append(f"Read as the council's Word form “{form.title}”.")
    result.notes += [f"Not found in the document: {m}" for m in extraction.missing]
    return result
