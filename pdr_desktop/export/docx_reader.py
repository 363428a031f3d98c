"""DOCX → ImportResult: our own exports (draft embedded) or the council's form filled in by hand.

For our exports the embedded draft is the truth for everything the tables cannot show
(progress history, signatures, review state); a table cell whose text differs from what
the export printed was edited in Word, and the person's edit wins and is listed.
Objectives are matched by identity (docx_objectives), never by position. An export whose
embedded draft another program removed is read from its tables, and the report lists
what the tables cannot carry.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
from docx.document import Document as DocxDocument

from pdr_desktop.drafts import codec
from pdr_desktop.drafts.errors import DraftFileError
from pdr_desktop.drafts.model import Draft
from pdr_desktop.export.council_import import (
    import_council,
    read_tables_into_draft,
    unclear_note,
    value_notes,
)
from pdr_desktop.export.document_plan import build_plan, place
from pdr_desktop.export.docx_embed import EmbeddedDraft, EmbeddedDraftError, find_embedded
from pdr_desktop.export.docx_ids import PREFIX, export_token
from pdr_desktop.export.docx_match import Extraction, extract
from pdr_desktop.export.docx_objectives import read_objectives, report_without_draft
from pdr_desktop.export.docx_parse import ParsedDocx, parse_docx
from pdr_desktop.export.docx_props import read_export_state
from pdr_desktop.export.result import ImportResult, ImportSource
from pdr_desktop.export.text_match import canon
from pdr_desktop.export.text_values import EXPORT_COMMENT, FINGERPRINT_PREFIX, LEGACY_FINGERPRINT_PREFIXES
from pdr_desktop.export.value_parse import parse_value
from pdr_desktop.export.zip_safety import check_docx
from pdr_desktop.forms.model import FieldType, FormDefinition
from pdr_desktop.forms.registry import FormRegistry

REMOVED = "the data inside was removed by another program; read from the tables"


def read_docx(path: Path, registry: FormRegistry) -> ImportResult:
    path = Path(path)
    data = check_docx(path)  # what was checked is what gets parsed
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            embedded = find_embedded(archive)
            document = parse_docx(_open(path, data))
            if embedded is not None:
                return read_app_docx(path, document, embedded, registry)
            if exported_by_us(document):
                return read_stripped_export(path, document, registry, archive)
    except EmbeddedDraftError as exc:
        raise DraftFileError(path, str(exc)) from exc
    return import_council(path, document, registry)


def _open(path: Path, data: bytes) -> DocxDocument:
    try:
        return docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many types for damaged packages
        raise DraftFileError(path, f"it could not be read as a Word document ({exc})") from exc


def read_app_docx(
    path: Path, document: ParsedDocx, embedded: EmbeddedDraft, registry: FormRegistry
) -> ImportResult:
    try:
        draft = codec.loads(embedded.json_text, registry)
    except codec.DraftFormatError as exc:
        raise DraftFileError(path, f"the draft stored inside it cannot be used: {exc}") from exc
    form = registry.get(draft.form_id)
    extraction = extract(form, document)
    result = ImportResult(draft=draft, source=ImportSource.APP_DOCX, path=path)
    result.unplaced += extraction.unplaced
    result.review += extraction.review
    apply_word_edits(form, draft, extraction, result, export_token(embedded.json_text))
    result.review += [f"{at}: {revision.describe()}" for at, revision in extraction.revisions]
    return result


def apply_word_edits(
    form: FormDefinition, draft: Draft, extraction: Extraction, result: ImportResult, token: str = ""
) -> None:
    """Cells whose text differs from what the export printed were edited in Word: take them."""
    expected = build_plan(form, draft).slot_texts()
    # A long answer was printed over several rows (docx_paging) and reads back with a line break at
    # each cut; exports made before that printed it whole. Either way it is what was exported.
    paged = build_plan(form, draft, paged_rows=True).slot_texts()
    for slot, text in extraction.texts.items():
        if canon(text) in (canon(expected.get(slot, "")), canon(paged.get(slot, ""))):
            continue
        fld = form.field(slot.field_id)
        value, clear = parse_value(fld, text, slot.part, draft.get(fld))
        draft.set(fld, value)
        result.changes.append(f"{place(form, slot)}: edited in Word")
        if not clear:
            result.unplaced.append(unclear_note(form, slot, text))
        value_notes(form, slot, text, result)
    for slot, text in expected.items():
        if slot.row is None and slot not in extraction.texts and text.strip():
            result.notes.append(
                f"{place(form, slot)}: not found in the document; the exported answer was kept"
            )
    rows_field = form.rows_field()
    if rows_field is None:
        return
    if extraction.objectives_found:
        reading = read_objectives(form, list(draft.get(rows_field)), extraction.objectives, token, result)
        if reading.changed:
            draft.set(rows_field, reading.rows)
    elif draft.get(rows_field):
        result.notes.append(
            f"{rows_field.label}: the table was not found in the document; the exported objectives were kept"
        )


def exported_by_us(document: ParsedDocx) -> bool:
    """Our export's marks, which survive another word processor that drops the embedded draft."""
    if document.properties_comment.startswith(EXPORT_COMMENT):
        return True
    return any(name.startswith(PREFIX) for name in document.bookmarks)


def read_stripped_export(
    path: Path, document: ParsedDocx, registry: FormRegistry, archive: zipfile.ZipFile
) -> ImportResult:
    """Our export without its embedded draft: the tables are all there is; say what they cannot carry."""
    result, extraction = read_tables_into_draft(path, document, registry, ImportSource.APP_DOCX_TABLES)
    result.notes = [n for n in result.notes if not n.startswith("Read as the council's")]
    result.notes.insert(0, f"This is a PDR Desktop export, but {REMOVED}.")
    form = registry.get(result.draft.form_id)
    state = read_export_state(archive, form)
    review = state.review if state is not None else None
    if review is not None:
        result.draft.review = review
        result.notes.insert(1, "The review round and meeting dates were read from the document's properties.")
    if extraction.objectives_found:
        report_without_draft(form, extraction.objectives, state.objectives if state else None, result)
    result.lost += not_recovered(form, result.draft, document, review_found=review is not None)
    return result


def not_recovered(
    form: FormDefinition, draft: Draft, document: ParsedDocx, review_found: bool = False
) -> list[str]:
    """What an export carries only in its embedded draft, so a reading of its tables lacks."""
    lost = (
        []
        if review_found
        else [
            "the meeting dates of the review rounds (if any were recorded), and the send-by dates",
            "which review round the conversation is in, and which rounds were completed",
        ]
    )
    text = document.text
    signed = [
        fld.label.rstrip(":")
        for fld in form.fields.values()
        if fld.type is FieldType.SIGNATURE and (draft.get(fld) or {}).get("name", "").strip()
    ]
    if signed or any(p.strip() in text for p in (FINGERPRINT_PREFIX, *LEGACY_FINGERPRINT_PREFIXES)):
        lost.append(
            "the signature records ("
            + (", ".join(signed) or "signatures")
            + "): the names and dates were read from the page, but not the integrity checks that show "
            "whether anything changed after signing; sign again to record them"
        )
    return lost
