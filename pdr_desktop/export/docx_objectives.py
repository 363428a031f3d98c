"""Objectives in our own DOCX, read back by identity rather than by position.

Each exported objective row carries a bookmark naming the objective of the embedded
draft it came from (docx_ids). A row keeps its objective, progress and Achieved tick
wherever it was moved; a row without one of our bookmarks is matched only when its
text is exactly an exported objective's; anything else is a new objective, which
starts with no progress and not achieved. An exported objective that no row claims
was deleted in Word, and the report says so with its text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pdr_desktop.drafts.model import row_is_blank
from pdr_desktop.export import text_values as tv
from pdr_desktop.export.council_import import apply_extra, objective_revisions, objective_row
from pdr_desktop.export.document_plan import EXTRA, Slot, place
from pdr_desktop.export.docx_extraction import ObjectiveText
from pdr_desktop.export.docx_ids import ids_of, moved, tokens
from pdr_desktop.export.result import ImportResult
from pdr_desktop.export.text_match import canon
from pdr_desktop.export.value_parse import column_value, parse_extra
from pdr_desktop.forms.model import Field, FormDefinition


@dataclass
class _Match:
    found: ObjectiveText
    index: int | None  # the exported objective it is, None for a new one


@dataclass
class ObjectiveReading:
    rows: list[dict[str, Any]] = field(default_factory=list)
    changed: bool = False


def _title(fld: Field, row: dict[str, Any]) -> str:
    text = " ".join(str(row.get(fld.columns[0].id, "") or "").split())
    return text if len(text) <= 60 else text[:59].rstrip() + "…"


def match_rows(
    fld: Field, exported: list[dict[str, Any]], found: list[ObjectiveText], token: str
) -> list[_Match]:
    """Each document row with the exported objective it is (by bookmark, then by identical text)."""
    taken: set[int] = set()
    matches: list[_Match] = []
    for row in found:
        index = next(
            (
                rid.index
                for rid in ids_of(row.ids, token)
                if not rid.extra and rid.index < len(exported) and rid.index not in taken
            ),
            None,
        )
        if index is not None:
            taken.add(index)
        matches.append(_Match(row, index))
    for match in matches:
        if match.index is not None or match.found.blank:
            continue
        texts = [canon(match.found.cells.get(col.id, "")) for col in fld.columns]
        same = [
            i
            for i, row in enumerate(exported)
            if i not in taken and texts[0] and canon(tv.row_texts(fld, row)[0]) == texts[0]
        ]
        if len(same) == 1:
            match.index = same[0]
            taken.add(same[0])
    return matches


def read_objectives(
    form: FormDefinition,
    exported: list[dict[str, Any]],
    found: list[ObjectiveText],
    token: str,
    result: ImportResult,
) -> ObjectiveReading:
    fld = form.rows_field()
    assert fld is not None
    matches = match_rows(fld, exported, found, token)
    out = ObjectiveReading()
    # Progress rows that carry an objective's bookmark belong to that objective wherever they are.
    extras_by_id: dict[int, tuple[str, str]] = {}
    claimed_extras: set[int] = set()  # id() of the rows whose progress row went to its own objective
    for match in matches:
        for rid in ids_of(match.found.extra_ids, token):
            if rid.extra and match.found.extra is not None and rid.index not in extras_by_id:
                extras_by_id[rid.index] = (match.found.extra, match.found.where)
                claimed_extras.add(id(match.found))
    kept: set[int] = set()
    positions: dict[int, int] = {}  # exported index → its place in the imported draft
    for match in matches:
        row = _reading_of(
            form, fld, exported, match, extras_by_id, claimed_extras, token, len(out.rows), result, out
        )
        if row is None:
            continue
        if match.index is not None:
            kept.add(match.index)
            positions[match.index] = len(out.rows)
        out.rows.append(row)
        result.review += objective_revisions(form, fld, match.found, len(out.rows) - 1)
    order = [m.index for m in matches if m.index is not None and m.index in kept]
    for index in sorted(moved(order), key=lambda i: positions[i]):
        out.changed = True
        result.changes.append(
            f"{fld.label}: objective {index + 1} “{_title(fld, exported[index])}” was moved in Word; "
            f"it is now objective {positions[index] + 1}"
        )
    for index, row in enumerate(exported):
        if index not in kept and not row_is_blank(fld, row):
            out.changed = True
            lost = tv.objective_extra_text(form, row)
            also = f"; with it went: {' / '.join(lost.splitlines())}" if lost else ""
            result.review.append(
                f"{fld.label}: objective {index + 1} “{_title(fld, row)}” was deleted in Word{also}"
            )
    if len(out.rows) != len(exported):
        out.changed = True
    return out


def _reading_of(
    form: FormDefinition,
    fld: Field,
    exported: list[dict[str, Any]],
    match: _Match,
    extras_by_id: dict[int, tuple[str, str]],
    claimed_extras: set[int],
    token: str,
    position: int,
    result: ImportResult,
    out: ObjectiveReading,
) -> dict[str, Any] | None:
    found = match.found
    if match.index is None:
        if found.blank:
            result.review += [f"{found.where}: {r.describe()}" for _, r in found.revisions]
            return None
        row = objective_row(form, fld, found, result.unplaced, with_extra=False)
        out.changed = True
        result.changes.append(f"{place(form, Slot(fld.id, fld.columns[0].id, position))}: added in Word")
        if found.extra and id(found) not in claimed_extras:
            # A copied progress row under a copied objective would hand it someone else's scores.
            result.unplaced.append(
                f"{found.where}, progress under a new objective (not taken; a new objective starts "
                f"with no progress): {' / '.join(found.extra.split(chr(10)))}"
            )
        return row
    row = dict(exported[match.index])
    shown = tv.row_texts(fld, row)
    if not any(found.cells.get(c.id, "").strip() for c in fld.columns) and any(t.strip() for t in shown):
        result.review += [f"{found.where}: {r.describe()}" for _, r in found.revisions]
        return None  # the text was cleared: reported as deleted by the caller
    for col, was in zip(fld.columns, shown, strict=True):
        now = found.cells.get(col.id, "")
        if canon(now) != canon(was):
            row[col.id] = column_value(fld, col.id, now)
            out.changed = True
            result.changes.append(f"{place(form, Slot(fld.id, col.id, position))}: edited in Word")
    extra = extras_by_id.get(match.index)
    if extra is None and found.extra is not None and id(found) not in claimed_extras:
        extra = (found.extra, found.where)  # progress typed under the objective in Word
    printed = tv.objective_extra_text(form, row)
    if extra is None:
        if printed:
            result.notes.append(
                f"{place(form, Slot(fld.id, EXTRA, position))}: not found in the document; the exported "
                "progress was kept"
            )
        return row
    if parse_extra(form, extra[0]).same_as(parse_extra(form, printed)):
        return row
    row["progress"] = dict(row.get("progress") or {})
    apply_extra(form, row, extra[0], extra[1], result.unplaced)
    out.changed = True
    result.changes.append(f"{place(form, Slot(fld.id, EXTRA, position))}: edited in Word")
    return row


def report_without_draft(
    form: FormDefinition, found: list[ObjectiveText], exported_count: int | None, result: ImportResult
) -> None:
    """Our export read from its tables only: the rows' marks still tell added, moved and deleted objectives.

    The objectives themselves were read from the tables (with their printed progress); what the
    marks add is the report, so a deletion in another program is never silent.
    """
    fld = form.rows_field()
    rows = [f for f in found if not f.blank]  # as read into the draft, in the same order
    marks = tokens([name for f in rows for name in f.ids])
    if fld is None or not marks:
        return
    seen: set[int] = set()
    indices: list[int | None] = []
    for row in rows:
        index = next(
            (r.index for r in ids_of(row.ids, marks[0]) if not r.extra and r.index not in seen), None
        )
        if index is not None:
            seen.add(index)
        indices.append(index)
    for position, index in enumerate(indices):
        if index is None:
            where = place(form, Slot(fld.id, fld.columns[0].id, position))
            result.changes.append(f"{where}: added in Word (it was not in the exported copy)")
    present = [i for i in indices if i is not None]
    for index in sorted(moved(present), key=present.index):
        result.changes.append(
            f"{fld.label}: objective {index + 1} of the exported copy was moved in Word; it is now objective "
            f"{indices.index(index) + 1}"
        )
    count = exported_count if exported_count is not None else max(present, default=-1) + 1
    for index in range(count):
        if index not in seen:
            result.review.append(
                f"{fld.label}: objective {index + 1} of the exported copy is no longer in the document "
                "(deleted in Word, or its row lost its mark); its text and progress cannot be recovered "
                "from this file"
            )
