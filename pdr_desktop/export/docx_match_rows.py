"""Reading one of the form's tables out of a Word table: rows found by meaning, never by position.

A table is read in blocks: each full-width heading row ("Comments at the Final Review…")
opens a block, and the rows under it (the comment, "Name of Manager | … | Position | …")
are looked for only between that heading and the next one found. A manager who deletes
the Six Month block and fills the Final Review block therefore fills the Final Review
fields; a block whose heading is gone is not guessed at: its rows are reported with their
text. Inside a row, each cell is placed by the grid columns it covers (see docx_match_cells).
"""

from __future__ import annotations

import re

from pdr_desktop.export import docx_paging as paging
from pdr_desktop.export.document_plan import PlanCell, PlanTable, Slot, place
from pdr_desktop.export.docx_extraction import (
    Extraction,
    anchors,
    continued_heading,
    repeats_label,
    row_matches,
    short,
    where,
    without_status,
)
from pdr_desktop.export.docx_match_blocks import Carry, blocks, find_headings
from pdr_desktop.export.docx_match_cells import (
    ColumnMap,
    column_map,
    covered,
    plan_starts,
    split_merged,
    without_labels,
)
from pdr_desktop.export.docx_match_objectives import read_objectives
from pdr_desktop.export.docx_parse import DocCell, DocTable
from pdr_desktop.export.text_match import norm, same_label, strip_label
from pdr_desktop.forms.model import FieldType, FormDefinition

PROMPT_LENGTH = 40  # a label this long is a question or prompt, not a column name
_ANSWER_AFTER_LABEL = re.compile(r"[ \t]*[:–—-][ \t]*\S")


class TableReader:
    """Places the rows of document tables into the slots of the form's tables."""

    def __init__(self, form: FormDefinition, out: Extraction) -> None:
        self.form = form
        self.out = out
        # Text typed into a label cell, by grid column, waiting for the answer cell under it.
        self.pending: dict[int, tuple[str, str, str]] = {}
        # A date typed after a signature's name, moved to the date slot: (text, where).
        self.dates_beside_names: dict[Slot, tuple[str, str]] = {}
        self.reported: set[int] = set()  # cells whose tracked changes are already in the report
        # A block that carries on into the next document table (Word splits tables at page breaks).
        self.carry: Carry | None = None
        self.columns_of: dict[int, ColumnMap | None] = {}
        self.retyped_headings: set[int] = set()

    # ---- one table ---------------------------------------------------------------------------

    def read_table(self, plan: PlanTable, doc: DocTable, continuation: bool = False) -> None:
        """Place one document table; `continuation` is the rest of a form table Word split in two."""
        title = self.form.section(plan.section_id).title
        claimed: set[int] = set()
        columns = self._columns(plan, doc, continuation)
        found_headings, self.retyped_headings = find_headings(self.form, plan, doc, claimed)
        starts = sorted(found_headings.values())
        first_heading = starts[0] if starts else len(doc.rows)
        carry = self.carry if continuation and self.carry and self.carry.table == id(plan) else None
        self.carry = None
        # (heading, plan rows, first document row, end of the region, the row above was found)
        regions: list[tuple[int | None, list[int], int, int, bool]] = []
        if carry is not None:
            regions.append((None, carry.rows, 0, first_heading, carry.follows_found))
        for block in blocks(plan):
            if block.heading is None:
                if carry is None:
                    regions.append((None, block.rows, 0, first_heading, not continuation))
            elif block.heading in found_headings:
                lo = found_headings[block.heading]
                hi = next((s for s in starts if s > lo), len(doc.rows))
                regions.append((block.heading, block.rows[1:], lo + 1, hi, True))
            # A block whose heading is gone is not guessed at: its rows are reported as they are.
        last_end = 0
        fixed = plan.rows[: plan.header_rows]
        for heading, rows, lo, hi, follows_found in regions:
            if heading is not None and lo - 1 in self.retyped_headings:
                for cell in doc.rows[lo - 1]:
                    self.report_revisions(cell, where(doc, lo - 1, title))
                last_end = max(last_end, lo)
            elif heading is not None:
                below = fixed[heading + 1] if heading + 1 < len(fixed) else ()
                self.place_row(
                    fixed[heading],
                    doc.rows[lo - 1],
                    where(doc, lo - 1, title),
                    columns,
                    bool(below) and not anchors(below),
                )
                last_end = max(last_end, lo)
            end, missing = self._place_block(
                plan, rows, doc, list(range(lo, hi)), claimed, title, columns, follows_found
            )
            last_end = max(last_end, end)
            if hi == len(doc.rows) and missing.rows:
                self.carry = missing  # Word may have split the table here: look at the next one
        self.flush_pending()
        if plan.repeat:
            self.out.objectives_found = True
            body = [di for di in range(len(doc.rows)) if di not in claimed and di >= last_end]
            read_objectives(self, plan, doc, body, title, columns)
            claimed.update(body)
        for di in range(len(doc.rows)):
            if di not in claimed:
                self.unplace_row(doc, di, title)

    def _columns(self, plan: PlanTable, doc: DocTable, continuation: bool) -> ColumnMap | None:
        header = next(
            (
                row
                for row in plan.rows[: plan.header_rows]
                if len(row) > 1 and all(c.slot is None for c in row)
            ),
            None,
        )
        header_row = None
        if header is not None:
            header_row = next((r for r in doc.rows if row_matches(r, anchors(header))), None)
        if header_row is None and continuation and id(plan) in self.columns_of:
            previous = self.columns_of[id(plan)]
            if previous is not None and len(previous.columns) == len(doc.rows[0] if doc.rows else []):
                return previous
        found = column_map(plan.columns, doc, header, header_row)
        self.columns_of[id(plan)] = found
        return found

    def _place_block(
        self,
        plan: PlanTable,
        rows: list[int],
        doc: DocTable,
        region: list[int],
        claimed: set[int],
        title: str,
        columns: ColumnMap | None,
        previous_found: bool,
    ) -> tuple[int, Carry]:
        """Match the block's plan rows inside `region`: (the row after the last found, the rows not found)."""
        fixed = plan.rows[: plan.header_rows]
        cursor = 0
        last = 0
        missing = Carry(id(plan), [], False)
        for pi in rows:
            row = fixed[pi]
            labelled = anchors(row)
            found = None
            if labelled:
                order = region[cursor:] + region[:cursor]
                found = next(
                    (di for di in order if di not in claimed and row_matches(doc.rows[di], labelled)), None
                )
            elif cursor < len(region) and region[cursor] not in claimed and previous_found:
                # An answer row has no label of its own: it is the row after the previous one.
                candidate = region[cursor]
                later = [anchors(fixed[pj]) for pj in rows if pj > pi and anchors(fixed[pj])]
                if not any(row_matches(doc.rows[candidate], a) for a in later):
                    found = candidate
            if found is None:
                if not missing.rows:
                    missing.follows_found = previous_found
                missing.rows.append(pi)
                previous_found = False
                continue
            previous_found = True
            claimed.add(found)
            below = fixed[pi + 1] if pi + 1 < len(fixed) else ()
            answers_below = bool(below) and not anchors(below) and all(c.slot is None for c in row)
            self.place_row(row, doc.rows[found], where(doc, found, title), columns, answers_below)
            above = (
                fixed[pi - 1]
                if pi > 0 and not labelled and all(c.slot is None for c in fixed[pi - 1])
                else ()
            )
            found = self._continued(row, above, doc, region, claimed, found, title, columns)
            cursor = region.index(found) + 1
            last = max(last, found + 1)
        return last, missing

    def _continued(
        self,
        row: tuple[PlanCell, ...],
        above: tuple[PlanCell, ...],
        doc: DocTable,
        region: list[int],
        claimed: set[int],
        at_row: int,
        title: str,
        columns: ColumnMap | None,
    ) -> int:
        """Rows our export added under a long answer ("… (continued)"): their text joins the same fields.

        Returns the last document row that belonged to this form row.
        """
        labels = [c for c in row if c.slot is None and c.label]
        heads = anchors(above)
        while True:
            nxt = at_row + 1
            if nxt not in region or nxt in claimed:
                return at_row
            if labels and repeats_label(doc.rows[nxt], labels):
                claimed.add(nxt)
                self.place_row(row, doc.rows[nxt], where(doc, nxt, title), columns, continued=True)
                at_row = nxt
            elif heads and continued_heading(doc.rows[nxt], heads) and {nxt + 1} <= set(region) - claimed:
                claimed.update((nxt, nxt + 1))
                for cell in doc.rows[nxt]:
                    self.report_revisions(cell, where(doc, nxt, title))
                self.place_row(row, doc.rows[nxt + 1], where(doc, nxt + 1, title), columns, continued=True)
                at_row = nxt + 1
            else:
                return at_row

    # ---- one row -----------------------------------------------------------------------------

    def place_row(
        self,
        plan_row: tuple[PlanCell, ...],
        doc_row: list[DocCell],
        at: str,
        columns: ColumnMap | None,
        answers_below: bool = False,
        continued: bool = False,
    ) -> None:
        """Put a document row's cells into their slots.

        `continued`: the row carries on a long answer of the row before; its text is added to it.

        `answers_below`: the next form row holds the answers to this row's labels (the
        Details table). People often type the answer into the label cell ("Name: Jane")
        instead; such text waits in `pending` for the empty answer cell under it.
        """
        if any(c.label for c in plan_row):
            self.flush_pending()  # a labelled row is not the answer row the text waited for
        starts = dict(zip((id(c) for c in plan_row), plan_starts(plan_row), strict=True))
        pairs = self.pairs(plan_row, doc_row, columns)
        if pairs is None:
            self.unaligned(doc_row, at)
            return
        for plan_cells, doc_cell in pairs:
            slots = [c for c in plan_cells if c.slot is not None]
            self.out.seen.update(c.slot for c in slots if c.slot is not None)
            text = doc_cell.text
            if not plan_cells:
                if text.strip():
                    self.out.unplaced.append(f"{at}, extra cell: {text.strip()}")
                self.report_revisions(doc_cell, at)
            elif not slots:
                repeated = continued and all(paging.continues(text, c.label) for c in plan_cells if c.label)
                if not repeated:
                    self._label_cell(plan_cells, text, at, starts, answers_below)
                self.report_revisions(doc_cell, at)
            elif len(slots) == 1:
                others = [c.label for c in plan_cells if c.slot is None and c.label]
                if others:
                    text = without_labels(text, others)
                self._put(plan_row, slots[0], text, at, starts, append=continued)
                self.report_revisions(doc_cell, place(self.form, slots[0].slot) if slots[0].slot else at)
            else:
                self._merged(plan_row, plan_cells, slots, text, at, starts)
                self.report_revisions(doc_cell, at)

    def pairs(
        self, plan_row: tuple[PlanCell, ...], doc_row: list[DocCell], columns: ColumnMap | None
    ) -> list[tuple[list[PlanCell], DocCell]] | None:
        if columns is not None:
            return [(covered(plan_row, d, columns), d) for d in doc_row]
        if len(plan_row) == len(doc_row):
            return [([p], d) for p, d in zip(plan_row, doc_row, strict=True)]
        return None  # the cells cannot be told apart: reported, not guessed

    def unaligned(self, doc_row: list[DocCell], at: str) -> None:
        """A row whose cells cannot be matched to the form's columns: every cell's text is reported."""
        for doc_cell in doc_row:
            if doc_cell.text.strip():
                self.out.unplaced.append(
                    f"{at}: the row's cells do not line up with the form's columns: {doc_cell.text.strip()}"
                )
            self.report_revisions(doc_cell, at)

    def _label_cell(
        self, plan_cells: list[PlanCell], text: str, at: str, starts: dict[int, int], answers_below: bool
    ) -> None:
        labelled = [c for c in plan_cells if c.label]
        if len(labelled) != 1:
            leftover = without_labels(text, [c.label for c in labelled]) if labelled else text.strip()
            if leftover:
                names = " and ".join(f"“{short(c.label)}”" for c in labelled) or "the form's text"
                self.out.unplaced.append(f"{at}, beside {names}: {leftover}")
            return
        plan_cell = labelled[0]
        rest: str | None = strip_label(text, plan_cell.label)
        if rest is None and not same_label(text, plan_cell.label):
            rest = text  # the label was overwritten: keep what is there
        # "Name: Jane" is an answer typed after the label; "Name\n(as on payroll)" is a note.
        # Under a long prompt ("What's gone well…?") any text is the answer to it.
        typed_answer = bool(rest) and (
            _ANSWER_AFTER_LABEL.match(rest or "") is not None or len(plan_cell.label) >= PROMPT_LENGTH
        )
        rest = (rest or "").lstrip(" \t:–-").strip()
        if rest and answers_below and typed_answer:
            self.pending[starts[id(plan_cell)]] = (rest, at, plan_cell.label)
        elif rest:
            self.out.unplaced.append(f"{at}, beside “{short(plan_cell.label)}”: {rest}")

    def _merged(
        self,
        plan_row: tuple[PlanCell, ...],
        plan_cells: list[PlanCell],
        slots: list[PlanCell],
        text: str,
        at: str,
        starts: dict[int, int],
    ) -> None:
        """One document cell over several fields: shared out where the text shows how, else reported."""
        names = " and ".join(f"“{short(self.name(c), 40)}”" for c in slots)
        split = split_merged(self.form, plan_cells, text) if text.strip() else None
        if split is None:
            if text.strip():
                self.out.unplaced.append(
                    f"{at}: one merged cell covers {names}; its text was not placed in either: {text.strip()}"
                )
            return
        for slot_cell, part in zip(slots, split.parts, strict=True):
            self._put(plan_row, slot_cell, part, at, starts)
        if split.how and text.strip():
            shown = "; ".join(f"{self.name(c)} “{p}”" for c, p in zip(slots, split.parts, strict=True))
            self.out.review.append(f"{at}: one merged cell covers {names}; split {split.how}: {shown}")

    def name(self, cell: PlanCell) -> str:
        """What the plan calls the value: the field's label, or the objective column's."""
        return cell.name

    def _put(
        self,
        plan_row: tuple[PlanCell, ...],
        plan_cell: PlanCell,
        text: str,
        at: str,
        starts: dict[int, int],
        append: bool = False,
    ) -> None:
        slot = plan_cell.slot
        assert slot is not None
        if append:
            if text.strip():
                before = self.out.texts.get(slot, "")
                self.out.texts[slot] = f"{before}\n{text}" if before else text
            return
        if plan_cell.label:
            rest = strip_label(text, plan_cell.label)
            text = text if rest is None else rest
        if plan_cell.field_type is FieldType.SIGNATURE:
            text = self._signature_text(plan_row, plan_cell, without_status(text), at)
        beside = self.dates_beside_names.pop(slot, None)
        if beside is not None and text.strip() and norm(text) != norm(beside[0]):
            # The date cell has its own, different date: it wins, the other is listed.
            self.out.unplaced.append(f"{beside[1]}, a second date beside the name: {beside[0]}")
        if not text.strip() and starts.get(id(plan_cell)) in self.pending:
            text = self.pending.pop(starts[id(plan_cell)])[0]
        if not text.strip() and self.out.texts.get(slot, "").strip():
            return  # an empty copy of a row (split table) or a date typed beside the name
        self.out.texts[slot] = text

    def flush_pending(self) -> None:
        """Text typed in a label cell that found no empty answer cell under it: report it."""
        for rest, at, label in self.pending.values():
            self.out.unplaced.append(f"{at}, beside “{short(label)}”: {rest}")
        self.pending.clear()

    def _signature_text(self, plan_row: tuple[PlanCell, ...], plan_cell: PlanCell, text: str, at: str) -> str:
        """ "Łukasz Nowak   Date: 03/10/2025" typed in the name cell: the date goes to the date slot."""
        slot = plan_cell.slot
        assert slot is not None
        date_cell = next(
            (
                c
                for c in plan_row
                if c.slot is not None and c.slot.field_id == slot.field_id and c.slot.part == "date"
            ),
            None,
        )
        if slot.part == "date" or date_cell is None or date_cell.slot is None:
            return text
        date_slot = date_cell.slot
        word = date_cell.label.strip().rstrip(":").strip() or "Date"
        match = re.search(
            rf"(?:^|(?<=\s)|(?<=[,;|])){re.escape(word)}\s*:\s*(?P<date>[^\n]*)", text, re.IGNORECASE
        )
        if match is None or not match.group("date").strip():
            return text
        typed = match.group("date").strip()
        name = (text[: match.start()].rstrip(" \t,;|") + text[match.end() :]).strip()
        found = self.out.texts.get(date_slot, "")
        if found.strip() and norm(found) != norm(typed):
            self.out.unplaced.append(f"{at}, a second date beside the name: {typed}")
        elif not found.strip():
            self.out.texts[date_slot] = typed
            self.dates_beside_names[date_slot] = (typed, at)
        return name

    # ---- objectives and leftovers ------------------------------------------------------------

    def unplace_row(self, doc: DocTable, di: int, title: str) -> None:
        """A row that belongs nowhere in the form: its text as one item, cells joined as they read."""
        at = where(doc, di, title)
        texts = [cell.text.strip() for cell in doc.rows[di] if cell.text.strip()]
        if texts:
            self.out.unplaced.append(f"{at}: {' | '.join(texts)}")
        for cell in doc.rows[di]:
            self.report_revisions(cell, at)

    def report_revisions(self, cell: DocCell, at: str, force: bool = False) -> None:
        if id(cell) in self.reported and not force:
            return
        self.reported.add(id(cell))
        self.out.revisions += [(at, r) for r in cell.revisions]
