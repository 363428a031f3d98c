"""The printed form as a plan of blocks, built from the form definition's `layout`.

This is the only walk of the form's layout: the Word writer (docx_writer), the PDF writer
(pdf_writer) and the Word reader (docx_match) all consume the plan, so every copy prints the
same content in the same order and the reader knows which cell holds which value without
per-section code. Each cell carries what a writer needs to print it (the value as text, the
Yes/No word, the progress to draw, the field's type and name), so no writer goes back to
the draft or the form to decide what a cell shows.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from pdr_desktop.drafts.model import Draft
from pdr_desktop.export import docx_paging as paging
from pdr_desktop.export import text_values as tv
from pdr_desktop.forms.model import Cell, Field, FieldType, FormDefinition, Section, TableLayout
from pdr_desktop.review import progress as progress_mod
from pdr_desktop.review.completeness import field_path

EXTRA = "extra"  # the part name of an objective's progress/achieved/carried-forward row
FILLER = "filler"  # the kind of an empty cell beside a continued answer
TEXT_WIDTH_PT = 493.2  # A4 less two 1.8 cm margins, as the Word copy is laid out (docx_styles)


@dataclass(frozen=True)
class ObjectiveExtra:
    """What an objective's progress row shows: a bar per review round, Achieved, where it came from."""

    entries: tuple[progress_mod.ProgressEntry, ...]  # every review round, scored or not
    achieved: bool
    carried_from: str

    @property
    def scored(self) -> bool:
        """Whether any round has a score or a note (an objective only carried forward has none)."""
        return any(e.scale is not None or e.note for e in self.entries)


@dataclass(frozen=True)
class Slot:
    """Where one printed value lives: a field, a signature part, or one column of one objective row."""

    field_id: str
    part: str | None = None  # signature "name"/"date", a rows column id, or EXTRA
    row: int | None = None  # objective index for a rows field


@dataclass(frozen=True)
class PlanCell:
    label: str = ""  # fixed text printed in the cell (bold when it is a header)
    slot: Slot | None = None
    value: str = ""  # the value as printed ("" when empty; never "None")
    span: int = 1
    group: bool = False  # the label of a row group (a standard's text): printed plain, not bold
    kind: str = "cell"  # "cell" or EXTRA (an objective's progress line)
    # Derived lines printed small under the value (a signature's fingerprint): never read back.
    notes: tuple[str, ...] = ()
    exported: bool = False  # an objective of the draft (not an empty row printed to write in)
    first_column: str = ""  # the objectives' first column id (the cell that carries the row's identity)
    extra: ObjectiveExtra | None = None  # for kind EXTRA: the progress to draw
    continued: bool = False  # a label repeated over the rest of a long answer ("… (continued)")
    field_type: FieldType | None = None  # the slot's field's type (ROWS for an objective's cells)
    name: str = ""  # what the value is called: the field's label, or the objective column's (own cells)
    answer: str = ""  # a Yes/No field's printed word ("Yes", "No", ""); `value` starts with it

    @property
    def text(self) -> str:
        """All the text of the cell as a reader gets it back (paragraphs joined with newlines)."""
        if self.slot is None:
            return self.label
        lines = [self.label] if self.label else []
        lines += [self.value] if self.value or not self.label else []
        return "\n".join(lines + list(self.notes))


@dataclass(frozen=True)
class PlanTable:
    section_id: str
    columns: int
    rows: tuple[tuple[PlanCell, ...], ...]
    header_rows: int  # rows before the repeated objective rows (all rows when nothing repeats)
    repeat: str | None = None
    weights: tuple[float, ...] = ()  # relative column widths of the Word copy (column_weights)


@dataclass(frozen=True)
class PlanBlock:
    kind: str  # "title", "heading", "paragraph", "table", "source"
    text: str = ""
    table: PlanTable | None = None
    section_id: str = ""


@dataclass
class Plan:
    blocks: list[PlanBlock] = field(default_factory=list)

    @property
    def tables(self) -> list[PlanTable]:
        return [b.table for b in self.blocks if b.table is not None]

    def slot_texts(self) -> dict[Slot, str]:
        """Every value slot and its printed text (an answer cut over several rows joined by newlines)."""
        out: dict[Slot, str] = {}
        for table in self.tables:
            for row in table.rows:
                for cell in row:
                    if cell.slot is None:
                        continue
                    out[cell.slot] = f"{out[cell.slot]}\n{cell.value}" if cell.slot in out else cell.value
        return out

    def fixed_texts(self) -> set[str]:
        """Paragraph texts that belong to the form itself (not answers)."""
        return {
            b.text for b in self.blocks if b.kind in ("title", "heading", "paragraph", "source") and b.text
        }


def field_place(form: FormDefinition, fld: Field) -> str:
    """The field's path, with whose block it is when two groups share a heading (both comment tables)."""
    path = field_path(form, fld)
    if not fld.group:
        return path
    section = form.section(fld.section_id)
    group = section.group(fld.group)
    twins = [g for g in section.groups if g.label == group.label]
    if len(twins) > 1 and group.owner is not None:
        head, _, rest = path.partition(" › ")
        return f"{head} › {group.owner.label} › {rest}" if rest else path
    return path


def group_place(form: FormDefinition, fld: Field) -> str:
    """The path of the block a field belongs to ("Comments › Manager › Comments at Six Month Review…")."""
    section = form.section(fld.section_id)
    if not fld.group:
        return section.title
    group = section.group(fld.group)
    label = group.label if len(group.label) <= 60 else group.label[:57].rstrip() + "…"
    twins = [g for g in section.groups if g.label == group.label]
    owner = f"{group.owner.label} › " if len(twins) > 1 and group.owner is not None else ""
    return f"{section.title} › {owner}{label}"


def place(form: FormDefinition, slot: Slot) -> str:
    """Where a value lives, as people read it: "Practice Standards › 1. All families… › …"."""
    fld = form.field(slot.field_id)
    path = field_place(form, fld)
    if slot.row is not None:
        what = tv.PROGRESS_LABEL if slot.part == EXTRA else fld.column(slot.part or "").label
        return f"{path} › objective {slot.row + 1} › {what}"
    if slot.part:
        return f"{path} ({slot.part})"
    return path


def _plan_cell(form: FormDefinition, draft: Draft | None, cell: Cell) -> PlanCell:
    label = tv.clean(cell.text or "")
    if cell.field is None:
        return PlanCell(label=label, span=cell.span, group=cell.group is not None)
    fld = form.field(cell.field)
    value = tv.field_text(form, draft, cell.field, cell.part) if draft is not None else ""
    notes: tuple[str, ...] = ()
    if draft is not None and cell.part != "date" and fld.type is FieldType.SIGNATURE:
        # Inside the signature's own cell, so the fingerprint can never be printed apart from it.
        notes = tuple(tv.signature_lines(form, draft, cell.field))
    answer = ""
    if draft is not None and fld.type is FieldType.YESNO:
        stored = draft.peek(fld)
        answer = tv.answer_text(stored) if isinstance(stored, dict) else ""
    return PlanCell(
        label=label,
        slot=Slot(cell.field, cell.part),
        value=value,
        span=cell.span,
        notes=notes,
        field_type=fld.type,
        name=fld.label,
        answer=answer,
    )


def objective_cells(
    fld: Field, index: int, texts: list[str] | None = None, exported: bool = False
) -> tuple[PlanCell, ...]:
    """One objective row's cells (the importer reads document rows against these, `texts` left out)."""
    texts = texts if texts is not None else [""] * len(fld.columns)
    return tuple(
        PlanCell(
            slot=Slot(fld.id, col.id, index),
            value=text,
            exported=exported,
            first_column=fld.columns[0].id,
            field_type=fld.type,
            name=col.label,
        )
        for col, text in zip(fld.columns, texts, strict=True)
    )


def objective_rows(
    form: FormDefinition, draft: Draft | None, table: TableLayout
) -> list[tuple[PlanCell, ...]]:
    """The repeated rows: one per objective (at least `min_rows`), each followed by its extra row if any."""
    fld = form.field(table.repeat or "")
    rows: list[dict[str, Any]] = [r for r in (draft.peek(fld) if draft else []) if isinstance(r, dict)]
    out: list[tuple[PlanCell, ...]] = []
    for index in range(max(len(rows), table.min_rows)):
        row = rows[index] if index < len(rows) else {}
        exported = index < len(rows)
        out.append(objective_cells(fld, index, tv.row_texts(fld, row), exported))
        extra = tv.objective_extra_text(form, row) if row else ""
        if extra:
            out.append(
                (
                    PlanCell(
                        slot=Slot(fld.id, EXTRA, index),
                        value=extra,
                        span=table.columns,
                        kind=EXTRA,
                        exported=exported,
                        first_column=fld.columns[0].id,
                        extra=_objective_extra(form, row),
                        field_type=fld.type,
                        name=fld.label,
                    ),
                )
            )
    return out


def _objective_extra(form: FormDefinition, row: dict[str, Any]) -> ObjectiveExtra:
    entries = tuple(progress_mod.series(form, row))
    return ObjectiveExtra(entries, progress_mod.is_achieved(row), tv.clean(row.get("carried_from", "")))


def column_weights(form: FormDefinition, columns: int, rows: list[tuple[PlanCell, ...]]) -> list[float]:
    """Relative column widths guessed from what each column holds: long answers get room."""
    weights = [1.0] * columns
    for row in rows:
        if len(row) != columns:
            continue
        for index, cell in enumerate(row):
            if cell.slot is None:
                guess = 1.0 + min(len(cell.label), 96) / 60
            else:
                fld = form.field(cell.slot.field_id)
                kind = fld.column(cell.slot.part or "").type if fld.type is FieldType.ROWS else fld.type
                guess = {FieldType.LONGTEXT: 3.4, FieldType.YESNO: 2.0, FieldType.TEXT: 1.8}.get(kind, 1.3)
                if kind is FieldType.SIGNATURE and cell.slot.part != "date":
                    guess = 2.8  # the name cell also holds the 64-character fingerprint
            weights[index] = max(weights[index], guess)
    return weights


def _widths_pt(weights: list[float]) -> list[float]:
    return [TEXT_WIDTH_PT * w / sum(weights) for w in weights]


def paged(rows: list[tuple[PlanCell, ...]], widths: list[float]) -> list[tuple[PlanCell, ...]]:
    """Rows with answers too long for a page cut into several rows, the label repeated (see docx_paging)."""
    out: list[tuple[PlanCell, ...]] = []
    for row in rows:
        starts, col = [], 0
        for cell in row:
            starts.append(col)
            col += cell.span
        width = [sum(widths[s : s + c.span]) for s, c in zip(starts, row, strict=True)]
        pieces = {
            i: paging.chunks(c.value, width[i])
            for i, c in enumerate(row)
            if c.slot is not None and not c.label and paging.too_long(c.value, width[i])
        }
        if not pieces:
            out.append(row)
            continue
        above = (
            out[-1]
            if out and all(c.slot is None for c in out[-1]) and not any(c.label for c in row)
            else None
        )
        out.append(tuple(replace(c, value=pieces[i][0]) if i in pieces else c for i, c in enumerate(row)))
        for k in range(1, max(len(p) for p in pieces.values())):
            if above is not None:
                out.append(_continued_labels(above, row, starts, pieces))
            cells = []
            for i, c in enumerate(row):
                if i in pieces:
                    cells.append(replace(c, value=pieces[i][k] if k < len(pieces[i]) else ""))
                elif c.slot is None and c.label:
                    cells.append(replace(c, label=paging.continued_label(c.label), continued=True))
                else:
                    cells.append(PlanCell(span=c.span, kind=FILLER))
            out.append(tuple(cells))
    return out


def _continued_labels(
    above: tuple[PlanCell, ...], row: tuple[PlanCell, ...], starts: list[int], pieces: dict[int, list[str]]
) -> tuple[PlanCell, ...]:
    """The label row over an answer row, repeated over the next piece: "(continued)" over what continues."""
    continuing = {starts[i] for i in pieces}
    out, col = [], 0
    for cell in above:
        if cell.label and any(col <= s < col + cell.span for s in continuing):
            out.append(replace(cell, label=paging.continued_label(cell.label), continued=True))
        else:
            out.append(PlanCell(span=cell.span, kind=FILLER))
        col += cell.span
    return tuple(out)


def table_plan(
    form: FormDefinition, draft: Draft | None, section: Section, table: TableLayout, paged_rows: bool = False
) -> PlanTable:
    fixed = [tuple(_plan_cell(form, draft, c) for c in row) for row in table.rows]
    repeated = objective_rows(form, draft, table) if table.repeat else []
    if paged_rows:
        fixed = paged(fixed, _widths_pt(column_weights(form, table.columns, fixed + repeated)))
    rows = fixed + repeated
    weights = tuple(column_weights(form, table.columns, rows))
    return PlanTable(section.id, table.columns, tuple(rows), len(fixed), table.repeat, weights)


def build_plan(form: FormDefinition, draft: Draft | None, paged_rows: bool = False) -> Plan:
    """The whole printed form. With `draft=None` the plan carries labels only (for matching).

    `paged_rows`: long answers cut into rows that fit on a page, for the Word copy (docx_paging).
    """
    plan = Plan()
    plan.blocks.append(PlanBlock("title", form.title))
    intro = list(form.intro)
    # The council's form puts the approach heading after the first intro paragraph.
    if intro:
        plan.blocks.append(PlanBlock("paragraph", intro[0]))
    if form.approach_heading:
        plan.blocks.append(PlanBlock("heading", form.approach_heading))
    plan.blocks += [PlanBlock("paragraph", text) for text in intro[1:]]
    for section in form.sections:
        for item in section.layout:
            if item.heading:
                plan.blocks.append(PlanBlock("heading", item.heading, section_id=section.id))
            if item.paragraph:
                plan.blocks.append(PlanBlock("paragraph", item.paragraph, section_id=section.id))
            if item.table is not None:
                table = table_plan(form, draft, section, item.table, paged_rows)
                plan.blocks.append(PlanBlock("table", table=table, section_id=section.id))
    if form.source:
        plan.blocks.append(PlanBlock("source", form.source))
    return plan
