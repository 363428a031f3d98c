"""Draft → PDF, laid out like the council's Word form, with the draft itself attached.

The writer renders the same plan as the Word export (document_plan.build_plan: headings,
paragraphs, tables of cells, the form's attribution line) and nothing else: every cell's
text, Yes/No word and progress come from the plan, so both copies carry the same content
in the same order as the paper form. Answers are real, selectable text in
bundled fonts for every script they can draw; what none can draw is counted and reported.
The exact draft JSON rides along as an attachment so the PDF can be opened again losslessly.
"""

from __future__ import annotations

import io
from collections import Counter
from pathlib import Path
from typing import Any

from reportlab.platypus import Flowable, KeepTogether, SimpleDocTemplate, Spacer

from pdr_desktop import APP_NAME, __version__
from pdr_desktop.atomic import atomic_write_bytes
from pdr_desktop.drafts.model import Draft
from pdr_desktop.export import fonts, text_values
from pdr_desktop.export.document_plan import (
    EXTRA,
    ObjectiveExtra,
    Plan,
    PlanCell,
    PlanTable,
    build_plan,
)
from pdr_desktop.export.export_report import ExportReport, Progress, no_progress
from pdr_desktop.export.pdf_attach import Attachment, attach_draft
from pdr_desktop.export.pdf_flowables import ProgressChart, numbered_canvas
from pdr_desktop.export.pdf_labels import Label
from pdr_desktop.export.pdf_streams import remember_compressed_streams
from pdr_desktop.export.pdf_styles import (
    HEADER_FILL,
    LABEL_FILL,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    PAGE_SIZE,
    Styles,
    column_widths,
    styles,
)
from pdr_desktop.export.pdf_table import Rows
from pdr_desktop.export.pdf_text import TextBlock
from pdr_desktop.forms.model import FieldRole, FieldType, FormDefinition
from pdr_desktop.review.completeness import field_path

BLANK_ANSWER_HEIGHT = 34  # an unanswered long answer still shows a box to write in
BLANK_ROW_HEIGHT = 22
BLANK_SIGNATURE_HEIGHT = 16  # room to sign a printed blank form by hand
BLANK_HEIGHTS = {
    FieldType.LONGTEXT: BLANK_ANSWER_HEIGHT,
    FieldType.SIGNATURE: BLANK_SIGNATURE_HEIGHT,
    FieldType.YESNO: BLANK_ROW_HEIGHT,
    FieldType.ROWS: BLANK_ROW_HEIGHT,
}
CHARS_PER_PAGE = 2000  # rough, for the progress estimate only (answers sit in narrow columns)
LAYOUT_SHARE = 0.3  # of the progress bar: cutting answers into lines, before pages are drawn


def write_pdf(
    form: FormDefinition, draft: Draft, path: Path, progress: Progress = no_progress
) -> ExportReport:
    """Export `draft` to `path` as PDF, atomically (the old file survives any failure or a cancel)."""
    path = Path(path)
    data, unprintable = render(form, draft, progress)
    progress(0.99, "saving")
    atomic_write_bytes(path, data)  # owner-only, like every file the app writes
    return ExportReport(path, "pdf", unprintable)


def render_pdf(form: FormDefinition, draft: Draft) -> bytes:
    """The finished PDF bytes: the printed form plus the embedded draft."""
    return render(form, draft)[0]


def render(
    form: FormDefinition, draft: Draft, progress: Progress = no_progress
) -> tuple[bytes, list[tuple[str, int]]]:
    """The PDF bytes and the places with characters no font could draw."""
    attachment = Attachment(draft)  # compressed while the pages are laid out
    plan = build_plan(form, draft)
    unprintable = _unprintable(form, plan)
    pages = _render_pages(form, draft, plan, progress)
    progress(0.97, "attaching the draft")
    return attach_draft(pages, attachment), unprintable


class _Document(SimpleDocTemplate):  # type: ignore[misc]  # reportlab has no type information
    """Reports each finished page, so the window can show progress and offer Cancel."""

    def __init__(self, *args: Any, progress: Progress, expected_pages: int, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._progress, self._expected = progress, max(1, expected_pages)

    def afterPage(self) -> None:
        done = self.page
        share = min(0.96, LAYOUT_SHARE + (1 - LAYOUT_SHARE) * done / max(self._expected, done + 1))
        self._progress(share, f"writing page {done}")


def _render_pages(form: FormDefinition, draft: Draft, plan: Plan, progress: Progress) -> bytes:
    remember_compressed_streams()  # the same font subsets in every PDF of a batch: compressed once
    buffer = io.BytesIO()
    # "Performance Conversation – name – period": the window title of PDF viewers and the footer.
    title = text_values.header_text(form, draft)
    total_chars = sum(len(text) for text in plan.slot_texts().values())
    doc = _Document(
        buffer,
        progress=progress,
        expected_pages=6 + total_chars // CHARS_PER_PAGE,
        pagesize=PAGE_SIZE,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        author=text_values.clean(draft.role_text(form, FieldRole.SUBJECT_NAME).strip()),
        subject=text_values.clean(form.title),
        creator=f"{APP_NAME} {__version__}",
        producer=f"{APP_NAME} {__version__}",
        keywords=form.id,
        lang="en-GB",
    )
    story = _story(plan, styles(), progress)
    doc.build(story, canvasmaker=numbered_canvas(title))
    return buffer.getvalue()


def _story(plan: Plan, st: Styles, progress: Progress) -> list[Flowable]:
    story: list[Flowable] = []
    tables = max(1, len(plan.tables))
    done = 0
    for block in plan.blocks:
        if block.kind == "title":
            story.append(Label(block.text, st.title))
        elif block.kind == "heading":
            # The approach heading sits among the intro paragraphs, printed like them.
            story.append(Label(block.text, st.heading if block.section_id else st.body))
        elif block.kind == "paragraph":
            story.append(Label(block.text, st.lead_in if block.section_id else st.body))
        elif block.kind == "source":
            story.append(Label(block.text, st.source))
        elif block.table is not None:
            story += [_table(block.table, st), *_notes(block.table, st), Spacer(1, 10)]
            done += 1
            progress(LAYOUT_SHARE * done / tables, "laying out the answers")
    return story


# --- tables -----------------------------------------------------------------------------------


def _table(plan: PlanTable, st: Styles) -> Flowable:
    rows = Rows(column_widths(plan.columns, repeating=plan.repeat is not None), st)
    first_is_header = bool(plan.rows) and all(c.slot is None for c in plan.rows[0])
    repeat = 1 if first_is_header and (plan.header_rows > 2 or plan.repeat) else 0
    repeated_label = next((c.label for c in plan.rows[0] if c.label), "") if repeat else ""
    previous_label = ""
    for index, plan_row in enumerate(plan.rows):
        header = all(c.slot is None for c in plan_row)
        cells = [_cell(c, st, header) for c in plan_row]
        label = _row_label(plan_row, previous_label)
        # Under a heading that repeats on every page, "(continued)" alone says enough.
        label = "" if label == repeated_label else label
        extra = index >= plan.header_rows and plan_row[0].kind == EXTRA
        rows.add(cells, label=label, keep_with_previous=extra, header=header)
        if header:
            previous_label = next((c.label for c in plan_row if c.label), "")
    return rows.table(repeat)


def _notes(plan: PlanTable, st: Styles) -> list[Flowable]:
    """A signature's fingerprint and "Changed since signed" lines, under its table at full width
    (a 64-character fingerprint does not fit in the name cell)."""
    notes: list[Flowable] = []
    for row in plan.rows:
        for cell in row:
            if cell.notes:
                notes.append(Spacer(1, 3))
            for note in cell.notes:
                changed = note.startswith(text_values.CHANGED_PREFIX)
                notes.append(TextBlock(note, st.warning if changed else st.small))
    return [KeepTogether(notes)] if notes else []


def _row_label(row: tuple[PlanCell, ...], previous_label: str) -> str:
    """The question a continued row answers: the standard's text beside it, the heading above it,
    or the field's own label."""
    for cell in row:
        if cell.slot is None and cell.label:
            return cell.label
    if previous_label:
        return previous_label
    for cell in row:
        if cell.slot is not None:
            return cell.label or cell.name
    return ""


TableCell = tuple[list[Flowable], int, Any]  # (flowables, span, fill) as pdf_table.Rows takes them


def _cell(cell: PlanCell, st: Styles, header: bool) -> TableCell:
    flows: list[Flowable] = []
    if cell.label:
        style = st.header if header or (cell.slot and not cell.group) else st.cell
        flows.append(Label(cell.label, style))
    if cell.slot is not None:
        if cell.kind == EXTRA and cell.extra is not None:
            flows += _objective_extra(cell.extra, st)
        else:
            flows += _value_flowables(cell, st)
    fill = (
        HEADER_FILL if header and cell.label else (LABEL_FILL if cell.label and cell.slot is None else None)
    )
    return flows, max(1, cell.span), fill


def _value_flowables(cell: PlanCell, st: Styles) -> list[Flowable]:
    if cell.answer:
        # The Yes/No word stands out in bold; the comment (the value's other lines) follows plain.
        comment = cell.value[len(cell.answer) + 1 :]
        flows: list[Flowable] = [TextBlock(cell.answer, st.cell_bold)]
        if comment.strip():
            flows.append(TextBlock(comment.strip("\n"), st.cell))
        return flows
    text = cell.value.strip("\n")
    if not text.strip():
        blank = BLANK_HEIGHTS.get(cell.field_type, 0) if cell.field_type is not None else 0
        return [Spacer(1, blank)] if blank else []
    return [TextBlock(text, st.cell)]


def _objective_extra(extra: ObjectiveExtra, st: Styles) -> list[Flowable]:
    """Per-round progress charts (drawn boxes) with their notes, then achieved / carried-forward notes.

    Every round gets its chart, even before any is scored (the Word copy leaves them out then).
    """
    flows: list[Flowable] = [Label(text_values.PROGRESS_LABEL, st.small)]
    for entry in extra.entries:
        flows.append(ProgressChart(entry))
        if entry.note.strip():
            flows.append(TextBlock(entry.note.strip("\n"), st.note))
    if extra.achieved:
        flows.append(TextBlock("✓ " + text_values.ACHIEVED, st.cell_bold))
    if extra.carried_from:
        flows.append(TextBlock(text_values.CARRIED_PREFIX + extra.carried_from, st.note))
    return flows


# --- what cannot be printed ---------------------------------------------------------------------


def _unprintable(form: FormDefinition, plan: Plan) -> list[tuple[str, int]]:
    """Per place in the form, how many characters of its answer no bundled font can draw."""
    counts: Counter[str] = Counter()
    for table in plan.tables:
        for row in table.rows:
            for cell in row:
                if cell.slot is None or not cell.value:
                    continue
                missing = fonts.unprintable(cell.value)
                if missing:
                    counts[_place(form, cell)] += len(missing)
    return list(counts.items())


def _place(form: FormDefinition, cell: PlanCell) -> str:
    """Where the characters are, in the words of the export's warning ("Objectives › objective 3 › …")."""
    assert cell.slot is not None
    fld = form.field(cell.slot.field_id)
    if cell.slot.row is None:
        return field_path(form, fld)
    column = "progress" if cell.kind == EXTRA else cell.name
    return f"{form.section(fld.section_id).title} › objective {cell.slot.row + 1} › {column}"
