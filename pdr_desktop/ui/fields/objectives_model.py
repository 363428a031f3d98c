"""The objectives rows as a Qt table model, with every change going through an undo stack.

Rows are the draft's own dicts, so keys the table does not show (achieved, progress,
carried_from) ride along untouched when a cell is edited, a row moved or restored.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont, QUndoCommand, QUndoStack

from pdr_desktop.dates import looks_like_broken_date, to_display, to_stored
from pdr_desktop.drafts.model import empty_row
from pdr_desktop.forms.model import Column, Field, FieldType, FormDefinition
from pdr_desktop.review import progress
from pdr_desktop.ui.theme import current_scheme

Index = QModelIndex | QPersistentModelIndex
DATE_TYPES = (FieldType.DATE_OR_TEXT, FieldType.DATE)


class ObjectivesModel(QAbstractTableModel):
    changed = Signal()  # rows changed by an edit, insert, removal, move, undo or redo

    def __init__(self, field: Field, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.columns: tuple[Column, ...] = field.columns
        self.rows: list[dict[str, Any]] = []
        self.undo_stack = QUndoStack(self)
        self.read_only = False
        self.status_header = "Status"
        self.form: FormDefinition | None = None  # set by ObjectivesTable.attach; enables progress text
        self.edit_session = 0  # one per opened cell editor: its commits merge into one undo step

    # --- loading -----------------------------------------------------------------------------
    def shown_rows(self, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The rows as the table shows them: every key present, padded to the form's empty rows."""
        shown = [self._complete(row) for row in rows if isinstance(row, dict)]
        while len(shown) < self.field.min_rows:  # the paper form always shows a few empty rows
            shown.append(empty_row(self.field))
        return shown

    def load(self, rows: list[dict[str, Any]], keep: tuple[int, int] | None = None) -> None:
        """Show *rows*. With the same number of rows, cells are updated in place (no model reset),
        so an open cell editor and the current cell survive; *keep* (row, column) is a cell being
        typed in, left as the person has it. Loading is not something to undo."""
        new = self.shown_rows(rows)
        if len(new) != len(self.rows):
            self.beginResetModel()
            self.rows = new
            self.endResetModel()
            self.undo_stack.clear()
            return
        shown = {c.id for c in self.columns}
        changed = False
        for row, (old_row, new_row) in enumerate(zip(self.rows, new, strict=True)):
            for col, column in enumerate(self.columns):
                if (row, col) == keep or old_row.get(column.id) == new_row.get(column.id):
                    continue
                old_row[column.id] = new_row.get(column.id)
                self.dataChanged.emit(self.index(row, col), self.index(row, col))
                changed = True
            hidden = {k: v for k, v in new_row.items() if k not in shown}
            if any(old_row.get(k) != v for k, v in hidden.items()):
                old_row.update(copy.deepcopy(hidden))
                status = self.index(row, len(self.columns))
                self.dataChanged.emit(status, status)
                changed = True
        if changed:
            self.undo_stack.clear()

    def begin_edit_session(self) -> None:
        self.edit_session += 1

    def _complete(self, row: dict[str, Any]) -> dict[str, Any]:
        full = empty_row(self.field)
        full.update(copy.deepcopy(row))
        return full

    def value(self) -> list[dict[str, Any]]:
        return copy.deepcopy(self.rows)

    # --- Qt model ----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns) + 1  # + the read-only status column

    def is_status(self, column: int) -> bool:
        return column == len(self.columns)

    def stored_text(self, column: int, text: str) -> str:
        """What a cell's text is stored as: dates in "By when" as ISO, anything else as typed."""
        return to_stored(text) if self.columns[column].type is FieldType.DATE_OR_TEXT else text

    def cell_value(self, row: int, column: int) -> str:
        return str(self.rows[row].get(self.columns[column].id, "") or "")

    def is_broken_date(self, row: int, column: int) -> bool:
        """A "By when" (or date) cell holding digits that are not a whole date ("26", "31/07")."""
        if self.is_status(column) or self.columns[column].type not in DATE_TYPES:
            return False
        return looks_like_broken_date(str(self.rows[row].get(self.columns[column].id, "") or ""))

    def date_problem(self, text: str) -> str:
        words = self.tr(
            "“{0}” is not a date we recognise; it is kept as typed. "
            "Use a date such as 31/07/2026, or words such as Ongoing."
        )
        return words.format(text.strip())

    def cell_name(self, row: int, column: int) -> str:
        label = self.status_header if self.is_status(column) else self.columns[column].label
        return self.tr("Objective {0}, {1}").format(row + 1, label)

    def status_text(self, row: dict[str, Any]) -> str:
        parts = []
        if row.get("achieved"):
            parts.append(self.tr("Achieved"))
        latest = self._latest_scale(row)
        if latest:
            parts.append(latest)
        if row.get("carried_from"):
            parts.append(self.tr("Carried forward from {0}").format(row["carried_from"]))
        return "\n".join(parts)

    def _latest_scale(self, row: dict[str, Any]) -> str:
        """The most recent progress scale, e.g. "6/10 at Six Month Review" (scaled on the progress page)."""
        if self.form is None:
            return ""
        try:
            scaled = [e for e in progress.series(self.form, row) if e.scale is not None]
        except (KeyError, ValueError, TypeError):  # a row from an older or hand-edited file
            return ""
        if not scaled:
            return ""
        last = scaled[-1]
        return self.tr("{0}/{1} at {2}").format(last.scale, progress.SCALE_MAX, last.round_label)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if self.is_status(index.column()):
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                return self.status_text(row)
            if role == Qt.ItemDataRole.ToolTipRole and self.form is not None:
                return progress.progress_text(self.form, row) or None
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return self.status_text(row) or "None"
            return None
        column = self.columns[index.column()]
        text = str(row.get(column.id, "") or "")
        broken = self.is_broken_date(index.row(), index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return to_display(text) if column.type is FieldType.DATE_OR_TEXT else text
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            name = self.cell_name(index.row(), index.column())
            return f"{name}. {self.date_problem(text)}" if broken else name
        if role == Qt.ItemDataRole.ToolTipRole and text:
            return self.date_problem(text) if broken else text
        if role == Qt.ItemDataRole.ForegroundRole and broken:
            return QColor(current_scheme().warning)  # the theme's: 4.5:1 light or dark
        if role == Qt.ItemDataRole.FontRole and broken:
            font = QFont()
            font.setBold(True)  # not colour alone: the warning under the table says it in words too
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.status_header if self.is_status(section) else self.columns[section].label
        if role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return self.tr("Objective {0}").format(section + 1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.read_only and not self.is_status(index.column()):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.read_only:
            return False
        if self.is_status(index.column()):
            return False
        column = self.columns[index.column()]
        text = self.stored_text(index.column(), str(value or ""))
        if text == self.cell_value(index.row(), index.column()):
            return False
        self.undo_stack.push(_EditCell(self, index.row(), column.id, text, self.edit_session))
        return True

    # --- changes (called by the undo commands) -----------------------------------------------
    def _set_cell(self, row: int, column_id: str, text: str) -> None:
        self.rows[row][column_id] = text
        col = next(i for i, c in enumerate(self.columns) if c.id == column_id)
        index = self.index(row, col)
        self.dataChanged.emit(index, index)
        self.changed.emit()

    def _insert(self, row: int, data: dict[str, Any]) -> None:
        self.beginInsertRows(QModelIndex(), row, row)
        self.rows.insert(row, copy.deepcopy(data))
        self.endInsertRows()
        self.headerDataChanged.emit(Qt.Orientation.Vertical, row, len(self.rows) - 1)
        self.changed.emit()

    def _remove(self, row: int) -> dict[str, Any]:
        self.beginRemoveRows(QModelIndex(), row, row)
        data = self.rows.pop(row)
        self.endRemoveRows()
        if self.rows:
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, len(self.rows) - 1)
        self.changed.emit()
        return data

    def _move(self, row: int, to: int) -> None:
        # beginMoveRows wants the destination *before which* to insert, counted before removal.
        destination = to + 1 if to > row else to
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        self.rows.insert(to, self.rows.pop(row))
        self.endMoveRows()
        self.headerDataChanged.emit(Qt.Orientation.Vertical, min(row, to), max(row, to))
        self.changed.emit()

    # --- the public, undoable operations ------------------------------------------------------
    def add_row(self, at: int | None = None) -> int:
        at = len(self.rows) if at is None else max(0, min(at, len(self.rows)))
        self.undo_stack.push(_InsertRow(self, at, empty_row(self.field)))
        return at

    def remove_row(self, row: int) -> bool:
        if not 0 <= row < len(self.rows):
            return False
        self.undo_stack.push(_RemoveRow(self, row))
        return True

    def move_row(self, row: int, to: int) -> bool:
        if not (0 <= row < len(self.rows) and 0 <= to < len(self.rows)) or row == to:
            return False
        self.undo_stack.push(_MoveRow(self, row, to))
        return True


class _EditCell(QUndoCommand):
    MERGE_ID = 1

    def __init__(self, model: ObjectivesModel, row: int, column_id: str, text: str, session: int) -> None:
        super().__init__(f"Edit objective {row + 1}")
        self.model, self.row, self.column_id, self.session = model, row, column_id, session
        self.old = str(model.rows[row].get(column_id, "") or "")
        self.new = text

    def id(self) -> int:
        return self.MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        # Autosave commits an open cell while it is typed in: one editor's words undo in one step.
        if not isinstance(other, _EditCell) or other.session != self.session:
            return False
        if (other.row, other.column_id) != (self.row, self.column_id):
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        self.model._set_cell(self.row, self.column_id, self.new)

    def undo(self) -> None:
        self.model._set_cell(self.row, self.column_id, self.old)


class _InsertRow(QUndoCommand):
    def __init__(self, model: ObjectivesModel, row: int, data: dict[str, Any]) -> None:
        super().__init__(f"Add objective {row + 1}")
        self.model, self.row, self.data = model, row, data

    def redo(self) -> None:
        self.model._insert(self.row, self.data)

    def undo(self) -> None:
        self.model._remove(self.row)


class _RemoveRow(QUndoCommand):
    def __init__(self, model: ObjectivesModel, row: int) -> None:
        super().__init__(f"Remove objective {row + 1}")
        self.model, self.row = model, row
        self.data: dict[str, Any] = copy.deepcopy(model.rows[row])

    def redo(self) -> None:
        self.data = self.model._remove(self.row)

    def undo(self) -> None:
        self.model._insert(self.row, self.data)  # the row comes back with its words and hidden keys


class _MoveRow(QUndoCommand):
    def __init__(self, model: ObjectivesModel, row: int, to: int) -> None:
        super().__init__(f"Move objective {row + 1}")
        self.model, self.row, self.to = model, row, to

    def redo(self) -> None:
        self.model._move(self.row, self.to)

    def undo(self) -> None:
        self.model._move(self.to, self.row)
