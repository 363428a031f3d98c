"""Match a parsed Word document (docx_parse) to the form: its tables by their label text, then every value.

Used for both our own exports and the council's form filled in by hand. Tables are
paired with the form's by the labels they contain (never by position alone), rows and
blocks by their labels and headings (docx_match_rows), cells by the columns they cover
(docx_match_cells); everything else in the document - text outside the tables, tables of
its own, comments, tracked changes - is listed with where it was.
"""

from __future__ import annotations

from pdr_desktop.export.document_plan import Plan, PlanCell, PlanTable, build_plan, field_place, group_place
from pdr_desktop.export.docx_extraction import (
    Extraction,
    ObjectiveText,
    anchors,
    cell_has_label,
    row_matches,
    without_status,
)
from pdr_desktop.export.docx_match_rows import TableReader
from pdr_desktop.export.docx_parse import DocTable, ParsedDocx
from pdr_desktop.export.text_match import norm, same_label, strip_label
from pdr_desktop.forms.model import Field, FormDefinition

__all__ = ["Extraction", "ObjectiveText", "extract"]

MIN_TABLE_SCORE = 0.5


def _fixed_rows(table: PlanTable) -> tuple[tuple[PlanCell, ...], ...]:
    return table.rows[: table.header_rows]


def table_score(plan: PlanTable, doc: DocTable) -> float:
    labels = {norm(cell.label): cell for row in _fixed_rows(plan) for cell in anchors(row)}
    if not labels:
        return 0.0
    texts = [c.text for row in doc.rows for c in row if c.text.strip()]
    found = sum(1 for cell in labels.values() if any(cell_has_label(t, cell) for t in texts))
    return found / len(labels)


def _assign(plan_tables: list[PlanTable], doc_tables: list[DocTable]) -> dict[int, int]:
    """Greedy best-first pairing of form tables with document tables (plan index → doc index)."""
    scored = []
    for pi, plan in enumerate(plan_tables):
        for di, doc in enumerate(doc_tables):
            score = table_score(plan, doc)
            if score >= MIN_TABLE_SCORE:
                # Position only breaks ties (two tables with the same labels, e.g. two comment blocks).
                scored.append((-score, abs(pi - di), pi, di))
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for _, _, pi, di in sorted(scored):
        if pi not in pairs and di not in used:
            pairs[pi] = di
            used.add(di)
    return pairs


def _continues(plan: PlanTable, doc: DocTable) -> bool:
    """Whether a table with no header of its own is the rest of `plan` (Word splits tables at page breaks)."""
    if any(row_matches(row, a) for row in doc.rows for a in (anchors(r) for r in _fixed_rows(plan)) if a):
        return True
    if plan.repeat:
        filled = [row for row in doc.rows if any(c.text.strip() for c in row)]
        return bool(filled) and sum(len(row) == plan.columns for row in filled) * 2 > len(filled)
    return False


def extract(form: FormDefinition, document: ParsedDocx) -> Extraction:
    plan = build_plan(form, None)
    plan_tables = plan.tables
    doc_tables = document.tables
    out = Extraction()
    reader = TableReader(form, out)
    pairs = _assign(plan_tables, doc_tables)
    out.matched_tables = len(pairs)
    by_doc = {di: pi for pi, di in pairs.items()}
    last: int | None = None  # the form table the previous document table belonged to
    for di, doc in enumerate(doc_tables):
        if di in by_doc:
            last = by_doc[di]
            reader.read_table(plan_tables[last], doc)
        elif last is not None and _continues(plan_tables[last], doc):
            reader.read_table(plan_tables[last], doc, continuation=True)
        else:
            last = None
            for ri in range(len(doc.rows)):
                reader.unplace_row(doc, ri, "")
    for pi, table in enumerate(plan_tables):
        if pi not in pairs:
            out.missing.append(f"the “{form.section(table.section_id).title}” table")
        else:
            out.missing += _missing_fields(form, table, out)
    for doc in doc_tables:  # tracked changes in cells no reader looked at are still listed
        for ri, row in enumerate(doc.rows):
            for cell in row:
                reader.report_revisions(cell, f"table {doc.number}, row {ri + 1}")
    _paragraphs(plan, document, out)
    out.unplaced += document.comments
    return out


def _missing_fields(form: FormDefinition, table: PlanTable, out: Extraction) -> list[str]:
    """The table's fields not found in the document; a block missing as a whole is named once."""
    fields = list(
        dict.fromkeys(c.slot.field_id for row in _fixed_rows(table) for c in row if c.slot is not None)
    )
    found = {slot.field_id for slot in out.texts} | {slot.field_id for slot in out.seen}
    missing = [form.field(f) for f in fields if f not in found]
    by_group: dict[str | None, list[Field]] = {}
    for fld in missing:
        by_group.setdefault(fld.group, []).append(fld)
    notes = []
    for group, group_missing in by_group.items():
        in_table = [f for f in fields if form.field(f).group == group]
        if group is not None and len(group_missing) > 1 and len(group_missing) == len(in_table):
            notes.append(f"{group_place(form, group_missing[0])} (the whole block)")
        else:
            notes += [field_place(form, fld) for fld in group_missing]
    return notes


def _paragraphs(plan: Plan, document: ParsedDocx, out: Extraction) -> None:
    fixed_texts = plan.fixed_texts()
    known = {norm(t) for t in fixed_texts}
    long_labels = [k for k in fixed_texts if len(k) >= 20]
    for para in document.paragraphs:
        at = f"paragraph {para.number} (outside the tables)"
        out.revisions += [(at, r) for r in para.revisions]
        folded = norm(para.text)
        if not folded or folded in known or not without_status(para.text).strip():
            continue
        # Words typed after one of the form's own paragraphs are someone's words: list them.
        rest = next((r for k in long_labels if (r := strip_label(para.text, k)) is not None), None)
        if rest is not None:
            if rest.strip(" \t.:"):
                out.unplaced.append(f"{at}, after the form's text: {rest.strip()}")
            continue
        if any(same_label(para.text, k) for k in long_labels):
            continue  # the form's text with small changes of wording or typography
        out.unplaced.append(f"{at}: {para.text.strip()}")
