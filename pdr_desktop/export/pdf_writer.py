"""Draft → PDF, laid out like the council's Word form, with the draft itself attached.

The writer walks the form definition's `layout` (headings, paragraphs, tables of
cells) so the PDF has the same content in the same order as the paper form. Every
value is printed as real, selectable text in the bundled DejaVu font; the exact
draft JSON rides along as an attachment so the PDF can be opened again losslessly.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from pdr_desktop import APP_NAME, __version__
from pdr_desktop.atomic import atomic_write_bytes
from pdr_desktop.drafts.model import Draft
from pdr_desktop.export import text_values
from pdr_desktop.export.fonts import FAMILY, markup
from pdr_desktop.export.pdf_embed import attach_draft
from pdr_desktop.export.pdf_flowables import ProgressChart, chunk_flowables, numbered_canvas
from pdr_desktop.export.pdf_styles import (
    CELL_PAD,
    CHUNK_HEIGHT,
    GRID,
    GRID_WIDTH,
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
from pdr_desktop.forms.model import Cell, FieldType, FormDefinition, LayoutItem, TableLayout
from pdr_desktop.review import progress as progress_mod

BLANK_ANSWER_HEIGHT = 34  # an unanswered long answer still shows a box to write in
BLANK_ROW_HEIGHT = 22
BLANK_SIGNATURE_HEIGHT = 16  # room to sign a printed blank form by hand
BLANK_HEIGHTS = {FieldType.LONGTEXT: BLANK_ANSWER_HEIGHT, FieldType.SIGNATURE: BLANK_SIGNATURE_HEIGHT}


def write_pdf(form: FormDefinition, draft: Draft, path: Path) -> Path:
    """Export `draft` to `path` as PDF, atomically (the old file survives any failure)."""
    path = Path(path)
    data = render_pdf(form, draft)
    atomic_write_bytes(path, data)  # owner-only, like every file the app writes
    return path


def render_pdf(form: FormDefinition, draft: Draft) -> bytes:
    """The finished PDF bytes: the printed form plus the embedded draft."""
    return attach_draft(_render_pages(form, draft), draft)


def _render_pages(form: FormDefinition, draft: Draft) -> bytes:
    buffer = io.BytesIO()
    # "Performance Conversation – name – period": the window title of PDF viewers and the footer.
    title = text_values.header_text(form, draft)
    doc = SimpleDocTemplate(
        buffer,
        pagesize=PAGE_SIZE,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        author=text_values.clean(draft.text("details.name").strip()),
        subject=text_values.clean(form.title),
        creator=f"{APP_NAME} {__version__}",
        producer=f"{APP_NAME} {__version__}",
        keywords=form.id,
        lang="en-GB",
    )
    story = _story(form, draft, styles())
    doc.build(story, canvasmaker=numbered_canvas(title))
    return buffer.getvalue()


def _story(form: FormDefinition, draft: Draft, st: Styles) -> list[Flowable]:
    story: list[Flowable] = [Paragraph(markup(form.title), st.title)]
    # The council's form prints the approach heading after the first intro paragraph.
    for index, text in enumerate(form.intro):
        story.append(Paragraph(markup(text), st.body))
        if index == 0 and form.approach_heading:
            story.append(Paragraph(markup(form.approach_heading), st.body))
    for section in form.sections:
        for item in section.layout:
            story.extend(_layout_item(form, draft, item, st))
    return story


def _layout_item(form: FormDefinition, draft: Draft, item: LayoutItem, st: Styles) -> list[Flowable]:
    # Headings and the objectives' lead-in belong to the table after them: keep them together.
    if item.heading:
        return [Paragraph(markup(item.heading), st.heading)]
    if item.paragraph:
        return [Paragraph(markup(item.paragraph), st.lead_in)]
    if item.table is not None:
        flowables: list[Flowable] = [_table(form, draft, item.table, st)]
        flowables += _signature_notes(form, draft, item.table, st)
        flowables.append(Spacer(1, 10))
        return flowables
    return []


# --- tables -----------------------------------------------------------------------------------


class _Rows:
    """Table rows under construction: cells, spans, fills and where each logical row ends."""

    def __init__(self, widths: list[float]) -> None:
        self.widths = widths
        self.data: list[list[Any]] = []
        self.commands: list[tuple[Any, ...]] = []
        self.row_ends: list[int] = []
        self._header_ends: list[int] = []

    def add(
        self,
        cells: list[tuple[list[Flowable], int, Any]],
        keep_with_previous: bool = False,
        header: bool = False,
    ) -> None:
        """One logical row of (flowables, span, fill); long cells continue on extra rows.

        `keep_with_previous` keeps a short row on the same page as the row before it
        (an objective's progress under the objective), never for rows that continue.
        A header row always stays with the first (page-sized at most) piece of the row under it.
        """
        columns = len(self.widths)
        positions, col = [], 0
        for _, span, _fill in cells:
            positions.append((col, min(span, columns - col)))
            col += span
        # A layout row wider than its table (a form-definition slip) must not crash the export.
        cells = [c for c, (start, _) in zip(cells, positions, strict=True) if start < columns]
        positions = [p for p in positions if p[0] < columns]
        chunked = []
        for (flows, _span, _fill), (start, span) in zip(cells, positions, strict=True):
            width = sum(self.widths[start : start + span]) - 2 * CELL_PAD
            chunked.append(chunk_flowables(flows, width, CHUNK_HEIGHT))
        height = max(len(c) for c in chunked)
        first = len(self.data)
        for sub in range(height):
            row: list[Any] = [""] * columns
            for chunks, (start, _) in zip(chunked, positions, strict=True):
                row[start] = chunks[sub] if sub < len(chunks) else ""
            self.data.append(row)
        last = len(self.data) - 1
        for (_flows, _span, fill), (start, span) in zip(cells, positions, strict=True):
            end = start + span - 1
            if span > 1:
                for r in range(first, last + 1):
                    self.commands.append(("SPAN", (start, r), (end, r)))
            if fill is not None:
                self.commands.append(("BACKGROUND", (start, first), (end, last), fill))
        previous_start = self.row_ends[-2] + 1 if len(self.row_ends) > 1 else 0
        if keep_with_previous and self.row_ends and first == last and previous_start == first - 1:
            self.commands.append(("NOSPLIT", (0, first - 1), (-1, last)))
        elif self.row_ends and self._header_ends and self._header_ends[-1] == first - 1:
            self.commands.append(("NOSPLIT", (0, first - 1), (-1, first)))
        if header and first == last:
            self._header_ends.append(last)
        self.row_ends.append(last)

    def table(self, repeat_rows: int) -> Table:
        cmds: list[tuple[Any, ...]] = [
            ("BOX", (0, 0), (-1, -1), GRID_WIDTH, GRID),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            # Empty cells still set a font; without this it is an unembedded Helvetica.
            ("FONTNAME", (0, 0), (-1, -1), FAMILY),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        # A line under each logical row only, so continuation rows read as one tall cell.
        cmds += [("LINEBELOW", (0, end), (-1, end), GRID_WIDTH, GRID) for end in self.row_ends[:-1]]
        cmds += self.commands
        cmds += self._vertical_lines()
        table = Table(self.data, colWidths=self.widths, repeatRows=repeat_rows, splitByRow=1)
        table.setStyle(TableStyle(cmds))
        return table

    def _vertical_lines(self) -> list[tuple[Any, ...]]:
        """Column lines cell by cell, skipping the inside of spanned cells."""
        spanned: set[tuple[int, int]] = set()
        for cmd in self.commands:
            if cmd[0] == "SPAN":
                (c0, r), (c1, _) = cmd[1], cmd[2]
                spanned.update((c, r) for c in range(c0, c1))
        lines = []
        for r in range(len(self.data)):
            for c in range(len(self.widths) - 1):
                if (c, r) not in spanned:
                    lines.append(("LINEAFTER", (c, r), (c, r), GRID_WIDTH, GRID))
        return lines


def _table(form: FormDefinition, draft: Draft, layout: TableLayout, st: Styles) -> Table:
    widths = column_widths(layout.columns, repeating=layout.repeat is not None)
    rows = _Rows(widths)
    for cells in layout.rows:
        header = all(c.field is None for c in cells)
        rows.add([_cell(form, draft, c, st, header) for c in cells], header=header)
    if layout.repeat:
        _repeat_rows(form, draft, layout, rows, st)
    first_is_header = bool(layout.rows) and all(c.field is None for c in layout.rows[0])
    repeat = 1 if first_is_header and (len(layout.rows) > 2 or layout.repeat) else 0
    return rows.table(repeat)


def _cell(form: FormDefinition, draft: Draft, cell: Cell, st: Styles, header: bool):
    flows: list[Flowable] = []
    if cell.text:
        style = st.header if header or cell.field else st.cell
        flows.append(Paragraph(markup(cell.text), style))
    if cell.field:
        flows += _value_flowables(form, draft, cell, st)
    fill = HEADER_FILL if header and cell.text else (LABEL_FILL if cell.text and not cell.field else None)
    return flows, max(1, cell.span), fill


def _value_flowables(form: FormDefinition, draft: Draft, cell: Cell, st: Styles) -> list[Flowable]:
    fld = form.field(cell.field or "")
    value = draft.get(fld)
    if fld.type is FieldType.YESNO and isinstance(value, dict):
        answer = text_values.answer_text(value)
        comment = text_values.clean(value.get("comment", ""))
        flows = [Paragraph(markup(answer), st.cell_bold)] if answer else []
        flows += _paragraphs(comment, st.cell)
        return flows or [Spacer(1, BLANK_ROW_HEIGHT)]
    text = text_values.value_text(fld, value, cell.part)
    if not text.strip():
        blank = BLANK_HEIGHTS.get(fld.type, 0)
        return [Spacer(1, blank)] if blank else []
    return _paragraphs(text, st.cell)


def _paragraphs(text: str, style: ParagraphStyle) -> list[Flowable]:
    """One Paragraph per typed line, blank lines kept as space.

    Small pieces let long answers flow over rows and pages cheaply; cutting one
    50,000-character paragraph again and again would be slow.
    """
    flows: list[Flowable] = []
    for line in text.split("\n"):
        if line.strip():
            flows.append(Paragraph(markup(line), style))
        elif flows:
            flows.append(Spacer(1, style.leading))
    while flows and isinstance(flows[-1], Spacer):
        flows.pop()
    return flows


def _repeat_rows(form: FormDefinition, draft: Draft, layout: TableLayout, rows: _Rows, st: Styles) -> None:
    fld = form.field(layout.repeat or "")
    items = [r for r in draft.get(fld) if isinstance(r, dict)]
    columns = len(fld.columns)
    for row in items:
        texts = text_values.row_texts(fld, row)
        rows.add([(_paragraphs(t, st.cell), 1, None) for t in texts][:columns])
        extra = _objective_extra(form, row, st)
        if extra:
            rows.add([(extra, columns, None)], keep_with_previous=True)
    for _ in range(max(0, layout.min_rows - len(items))):
        rows.add([([Spacer(1, BLANK_ROW_HEIGHT)], 1, None) for _ in range(columns)])


def _objective_extra(form: FormDefinition, row: dict[str, Any], st: Styles) -> list[Flowable]:
    """Per-round progress charts with their notes, then achieved / carried-forward notes."""
    entries = progress_mod.series(form, row)
    achieved = progress_mod.is_achieved(row)
    carried = text_values.clean(row.get("carried_from", ""))
    if not (any(e.scale is not None or e.note for e in entries) or achieved or carried):
        return []
    flows: list[Flowable] = [Paragraph(markup(text_values.PROGRESS_LABEL), st.small)]
    for entry in entries:
        flows.append(ProgressChart(entry))
        if entry.note:
            flows += _paragraphs(entry.note, st.note)
    if achieved:
        flows.append(Paragraph(markup("✓ " + text_values.ACHIEVED), st.cell_bold))
    if carried:
        flows.append(Paragraph(markup(text_values.CARRIED_PREFIX + carried), st.note))
    return flows


def _signature_notes(form: FormDefinition, draft: Draft, layout: TableLayout, st: Styles) -> list[Flowable]:
    """Fingerprint and "Changed since signed" lines under a signature table."""
    fields = []
    for cells in layout.rows:
        for cell in cells:
            if cell.field and cell.field not in fields and form.field(cell.field).type is FieldType.SIGNATURE:
                fields.append(cell.field)
    notes: list[Flowable] = []
    for field_id in fields:
        lines = text_values.signature_lines(form, draft, field_id)
        if lines:
            notes.append(Spacer(1, 3))
            for line in lines:
                changed = line.startswith(text_values.CHANGED_PREFIX)
                notes.append(Paragraph(markup(line), st.warning if changed else st.small))
    return [KeepTogether(notes)] if notes else []
