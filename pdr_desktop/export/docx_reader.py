"""DOCX → ImportResult: our own exports (draft embedded) or the council's form filled in by hand.

For our exports the embedded draft is the truth for everything the tables cannot show
(progress history, signatures, review state); a table cell whose text differs from what
the export printed was edited in Word, and the person's edit wins and is listed.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

import docx
from docx.document import Document as DocxDocument

from pdr_desktop.drafts import codec
from pdr_desktop.drafts.errors import DraftFileError
from pdr_desktop.drafts.model import Draft, empty_row
from pdr_desktop.export import text_values as tv
from pdr_desktop.export.council_import import apply_extra, import_council, objective_row, place, unclear_note
from pdr_desktop.export.docx_embed import EmbeddedDraft, EmbeddedDraftError, find_embedded
from pdr_desktop.export.docx_layout import EXTRA, Slot, build_plan
from pdr_desktop.export.docx_match import Extraction, extract
from pdr_desktop.export.result import ImportResult, ImportSource
from pdr_desktop.export.text_match import canon
from pdr_desktop.export.value_parse import column_value, parse_value
from pdr_desktop.export.zip_safety import check_docx
from pdr_desktop.forms.model import FormDefinition
from pdr_desktop.forms.registry import FormRegistry


def read_docx(path: Path, registry: FormRegistry) -> ImportResult:
    path = Path(path)
    data = check_docx(path)  # what was checked is what gets parsed
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            embedded = find_embedded(archive)
    except EmbeddedDraftError as exc:
        raise DraftFileError(path, str(exc)) from exc
    document = _open(path, data)
    if embedded is not None:
        return read_app_docx(path, document, embedded, registry)
    return import_council(path, document, registry)


def _open(path: Path, data: bytes) -> DocxDocument:
    try:
        return docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many types for damaged packages
        raise DraftFileError(path, f"it could not be read as a Word document ({exc})") from exc


def read_app_docx(
    path: Path, document: DocxDocument, embedded: EmbeddedDraft, registry: FormRegistry
) -> ImportResult:
    try:
        draft = codec.loads(embedded.json_text, registry)
    except codec.DraftFormatError as exc:
        raise DraftFileError(path, f"the draft stored inside it cannot be used: {exc}") from exc
    form = registry.get(draft.form_id)
    extraction = extract(form, document)
    result = ImportResult(
        draft=draft, source=ImportSource.APP_DOCX, path=path, unplaced=list(extraction.unplaced)
    )
    apply_word_edits(form, draft, extraction, result)
    return result


def apply_word_edits(
    form: FormDefinition, draft: Draft, extraction: Extraction, result: ImportResult
) -> None:
    """Cells whose text differs from what the export printed were edited in Word: take them."""
    expected = build_plan(form, draft).slot_texts()
    for slot, text in extraction.texts.items():
        if canon(text) == canon(expected.get(slot, "")):
            continue
        fld = form.field(slot.field_id)
        value, clear = parse_value(fld, text, slot.part, draft.get(fld))
        draft.set(fld, value)
        result.changes.append(f"{place(form, slot)}: edited in Word")
        if not clear:
            result.unplaced.append(unclear_note(form, slot, text))
    for slot, text in expected.items():
        if slot.row is None and slot not in extraction.texts and text.strip():
            result.notes.append(
                f"{place(form, slot)}: not found in the document; the exported answer was kept"
            )
    if extraction.objectives_found:
        _objective_edits(form, draft, extraction, result)
    elif (rows_field := form.rows_field()) is not None and draft.get(rows_field):
        result.notes.append(
            f"{rows_field.label}: the table was not found in the document; the exported objectives were kept"
        )


def _objective_edits(
    form: FormDefinition, draft: Draft, extraction: Extraction, result: ImportResult
) -> None:
    fld = form.rows_field()
    if fld is None:
        return
    rows: list[dict[str, Any]] = draft.get(fld)
    changed = False
    for index, found in enumerate(extraction.objectives):
        if index >= len(rows):
            if found.blank:
                continue
            rows.append(objective_row(form, fld, found, result.unplaced))
            result.changes.append(f"{place(form, Slot(fld.id, fld.columns[0].id, index))}: added in Word")
            changed = True
            continue
        row = rows[index]
        printed = tv.row_texts(fld, row)
        for col, was in zip(fld.columns, printed, strict=True):
            now = found.cells.get(col.id, "")
            if canon(now) != canon(was):
                row[col.id] = column_value(fld, col.id, now)
                result.changes.append(f"{place(form, Slot(fld.id, col.id, index))}: edited in Word")
                changed = True
        was_extra = tv.objective_extra_text(form, row)
        if found.extra is None:
            if was_extra:
                result.notes.append(
                    f"{place(form, Slot(fld.id, EXTRA, index))}: not found in the document; the exported "
                    "progress was kept"
                )
        elif canon(found.extra) != canon(was_extra):
            apply_extra(form, row, found.extra, found.where, result.unplaced)
            result.changes.append(f"{place(form, Slot(fld.id, EXTRA, index))}: edited in Word")
            changed = True
    for index in range(len(extraction.objectives), len(rows)):
        if rows[index] != empty_row(fld):
            result.notes.append(
                f"{place(form, Slot(fld.id, fld.columns[0].id, index))}: not found in the document; "
                "the exported objective was kept"
            )
    if changed:
        draft.set(fld, rows)
