"""The objectives rows as a Qt table model, with every change going through an undo stack.

Rows are the draft's own dicts, so keys the table does not show (achieved, progress,
carried_from) ride along untouched when a cell is edited, a row moved or restored.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from pdr_desktop.dates import to_display, to_stored
from pdr_desktop.drafts.model import empty_row
from pdr_desktop.forms.model import Column, Field, FieldType, FormDefinition
from pdr_desktop.review import progress

Index = QModelIndex | QPersistentModelIndex


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

    # --- loading -----------------------------------------------------------------------------
    def shown_rows(self, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The rows as the table shows them: every key present, padded to the form's empty rows."""
        shown = [self._complete(row) for row in rows if isinstance(row, dict)]
        while len(shown) < self.field.min_rows:  # the paper form always shows a few empty rows
            shown.append(empty_row(self.field))
        return shown

    def load(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.rows = self.shown_rows(rows)
        self.endResetModel()
        self.undo_stack.clear()  # loading a draft is not something to undo

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
        if role == Qt.ItemDataRole.DisplayRole:
            return to_display(text) if column.type is FieldType.DATE_OR_TEXT else text
        if role == Qt.ItemDataRole.EditRole:
            return to_display(text) if column.type is FieldType.DATE_OR_TEXT else text
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return self.cell_name(index.row(), index.column())
        if role == Qt.ItemDataRole.ToolTipRole and text:
            return text
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
        text = str(value or "")
        if column.type is FieldType.DATE_OR_TEXT:
            text = to_stored(text)
        if text == str(self.rows[index.row()].get(column.id, "") or ""):
            return False
        self.undo_stack.push(_EditCell(self, index.row(), column.id, text))
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
    def __init__(self, model: ObjectivesModel, row: int, column_id: str, text: str) -> None:
        super().__init__(f"Edit objective {row + 1}")
        self.model, self.row, self.column_id = model, row, column_id
        self.old = str(model.rows[row].get(column_id, "") or "")
        self.new = text

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
