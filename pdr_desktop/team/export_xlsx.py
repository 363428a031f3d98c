"""The board's spreadsheet (.xlsx, openpyxl): one sheet per table, header frozen, filters on,
columns sized, long text wrapped, dates as real dates, and an "About" sheet saying when and
from what it was made.

Text is always stored as text: openpyxl would otherwise store "=…" as a formula, and a
practitioner's words must never run as one.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from pdr_desktop import APP_NAME, __version__
from pdr_desktop.atomic import atomic_write_bytes
from pdr_desktop.team.tables import Cell, Table

MAX_CELL = 32_767  # Excel's limit on the characters in one cell
_SURROGATE = re.compile("[\ud800-\udfff]")
HEADER_FILL = PatternFill("solid", fgColor="D9D9D9")


def clean(text: str) -> str:
    """Text an .xlsx can hold: no control characters, no lone surrogates, within Excel's limit."""
    text = _SURROGATE.sub("\ufffd", ILLEGAL_CHARACTERS_RE.sub("", text))
    return text if len(text) <= MAX_CELL else text[: MAX_CELL - 1] + "…"


def _put(sheet: Worksheet, row: int, column: int, value: Cell, wrap: bool) -> None:
    cell = sheet.cell(row=row, column=column)
    if isinstance(value, str):
        cell.value = clean(value)
        cell.data_type = "s"  # never a formula
    else:
        cell.value = value
    if isinstance(value, date):
        cell.number_format = "dd/mm/yyyy"
    if wrap:
        cell.alignment = Alignment(wrap_text=True, vertical="top")


def _sheet(book: Workbook, table: Table, first: bool) -> Worksheet:
    sheet = book.active if first else book.create_sheet()
    sheet.title = clean(table.title)[:31]
    for column, header in enumerate(table.headers, start=1):
        _put(sheet, 1, column, header, False)
        cell = sheet.cell(row=1, column=column)
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for row_number, row in enumerate(table.rows, start=2):
        for column, value in enumerate(row, start=1):
            _put(sheet, row_number, column, value, column - 1 in table.wrapped)
    sheet.freeze_panes = "A2"
    last = get_column_letter(len(table.headers))
    sheet.auto_filter.ref = f"A1:{last}{max(1, len(table.rows) + 1)}"
    for column, header in enumerate(table.headers, start=1):
        width = table.widths[column - 1] if column - 1 < len(table.widths) else max(10, len(header) + 2)
        sheet.column_dimensions[get_column_letter(column)].width = width
    return sheet


def xlsx_bytes(tables: Sequence[Table], about: Sequence[tuple[str, str]] = ()) -> bytes:
    book = Workbook()
    for index, table in enumerate(tables):
        _sheet(book, table, index == 0)
    if about:
        sheet = book.create_sheet("About")
        for row, (key, value) in enumerate(about, start=1):
            _put(sheet, row, 1, key, False)
            sheet.cell(row=row, column=1).font = Font(bold=True)
            _put(sheet, row, 2, value, True)
        sheet.column_dimensions["A"].width = 24
        sheet.column_dimensions["B"].width = 100
    book.properties.creator = f"{APP_NAME} {__version__}"
    book.properties.title = "Team summary"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def write_xlsx(path: Path, tables: Sequence[Table], about: Sequence[tuple[str, str]] = ()) -> Path:
    atomic_write_bytes(Path(path), xlsx_bytes(tables, about))
    return Path(path)
