"""The council's own Word form, filled in by hand → a Draft (source COUNCIL_DOCX).

Tables are found by their labels (docx_match), values parsed leniently (value_parse),
and every piece of text that finds no field is listed in `unplaced` with where it was;
tracked changes, words read as Yes or No and merged cells shared out are listed for checking.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pdr_desktop.drafts.errors import DraftFileError
from pdr_desktop.drafts.model import Draft, empty_row
from pdr_desktop.export.document_plan import Slot, place
from pdr_desktop.export.docx_match import Extraction, ObjectiveText, extract
from pdr_desktop.export.docx_parse import ParsedDocx
from pdr_desktop.export.result import ImportResult, ImportSource
from pdr_desktop.export.value_parse import column_value, interpretation, parse_extra, parse_value
from pdr_desktop.forms.model import Field, FormDefinition
from pdr_desktop.forms.registry import FormRegistry

MIN_MATCHED_TABLES = 2  # fewer than this and it is some other document

__all__ = ["import_council", "place", "read_tables_into_draft", "unclear_note"]


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
    form: FormDefinition, fld: Field, found: ObjectiveText, unplaced: list[str], with_extra: bool = True
) -> dict[str, Any]:
    row = empty_row(fld)
    for col in fld.columns:
        row[col.id] = column_value(fld, col.id, found.cells.get(col.id, ""))
    if found.extra and with_extra:
        apply_extra(form, row, found.extra, found.where, unplaced)
    return row


def objective_revisions(form: FormDefinition, fld: Field, found: ObjectiveText, index: int) -> list[str]:
    """The tracked changes in one objective's cells, each at the place it now has in the draft."""
    return [
        f"{place(form, Slot(fld.id, column or fld.columns[0].id, index))}: {revision.describe()}"
        for column, revision in found.revisions
    ]


def value_notes(form: FormDefinition, slot: Slot, text: str, result: ImportResult) -> None:
    """What the report says about one value read from a cell: unclear or interpreted yes/no words."""
    fld = form.field(slot.field_id)
    note = interpretation(fld, text)
    if note:
        result.review.append(f"{place(form, slot)}: {note}")


def fill_result(form: FormDefinition, extraction: Extraction, result: ImportResult) -> None:
    """The table texts of `extraction` as values of `result.draft`, with everything the report must say."""
    draft = result.draft
    result.unplaced += extraction.unplaced
    result.review += extraction.review
    for slot, text in extraction.texts.items():
        fld = form.field(slot.field_id)
        value, clear = parse_value(fld, text, slot.part, draft.get(fld))
        draft.set(fld, value)
        if not clear:
            result.unplaced.append(unclear_note(form, slot, text))
        value_notes(form, slot, text, result)
    rows_field = form.rows_field()
    if rows_field is not None and extraction.objectives_found:
        rows = []
        for found in extraction.objectives:
            if found.blank:
                result.review += [f"{found.where}: {r.describe()}" for _, r in found.revisions]
                continue
            rows.append(objective_row(form, rows_field, found, result.unplaced))
            result.review += objective_revisions(form, rows_field, found, len(rows) - 1)
        draft.set(rows_field, rows)
    result.review += [f"{at}: {revision.describe()}" for at, revision in extraction.revisions]


def best_form(registry: FormRegistry, document: ParsedDocx) -> tuple[FormDefinition, Extraction] | None:
    best: tuple[FormDefinition, Extraction] | None = None
    for form in registry.forms.values():
        extraction = extract(form, document)
        if best is None or extraction.matched_tables > best[1].matched_tables:
            best = (form, extraction)
    if best is None or best[1].matched_tables < MIN_MATCHED_TABLES:
        return None
    return best


def import_council(path: Path, document: ParsedDocx, registry: FormRegistry) -> ImportResult:
    return read_tables_into_draft(path, document, registry, ImportSource.COUNCIL_DOCX)[0]


def read_tables_into_draft(
    path: Path, document: ParsedDocx, registry: FormRegistry, source: ImportSource
) -> tuple[ImportResult, Extraction]:
    """A new draft from the document's tables alone, and what the reading found."""
    found = best_form(registry, document)
    if found is None:
        raise DraftFileError(
            path,
            "it does not look like a Performance Conversation form (none of its tables match a form "
            "PDR Desktop knows)",
        )
    form, extraction = found
    draft = Draft.new(form)
    draft.meta["imported_from"] = {"file": Path(path).name, "source": source.value}
    result = ImportResult(draft=draft, source=source, path=Path(path))
    fill_result(form, extraction, result)
    result.notes.append(f"Read as the council's Word form “{form.title}”.")
    result.notes += [f"Not found in the document: {m}" for m in extraction.missing]
    return result, extraction
