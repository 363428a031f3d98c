"""The objectives table: rows of objective / next steps / by when / by whom, with undo.

Keyboard: Tab moves across cells, F2 or Enter edits, Insert or Ctrl+Shift+N adds a
row, Delete removes the current row (no confirmation: Ctrl+Z brings it back with
its words), Alt+Up / Alt+Down move it. "By when" takes a date or words ("Ongoing");
"Pick date…" puts a date from a calendar into the current row's By when.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QDate,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QCompleter,
    QHeaderView,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from pdr_desktop.dates import UK_FORMAT
from pdr_desktop.drafts.model import Draft
from pdr_desktop.forms.model import Field, FieldType, FormDefinition
from pdr_desktop.ui.fields.editor import FieldEditor
from pdr_desktop.ui.fields.flow_layout import FlowLayout
from pdr_desktop.ui.fields.locking import apply_lock, is_edit_shortcut
from pdr_desktop.ui.fields.objectives_model import ObjectivesModel

Index = QModelIndex | QPersistentModelIndex
COLUMN_WEIGHTS = {FieldType.LONGTEXT: 3.0, FieldType.TEXT: 1.7, FieldType.DATE_OR_TEXT: 1.5}
STATUS_WEIGHT = 1.5
ADD_ROW_KEYS = QKeySequence("Ctrl+Shift+N")
BY_WHEN_WORDS = ("Ongoing", "By the Six Month Review", "By the Final Review", "End of the year")


class _CellTextEdit(QPlainTextEdit):
    """Multi-line cell editor: Enter adds a line, Tab leaves the cell (the delegate commits it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)

    def insertFromMimeData(self, source) -> None:
        if source.hasText():
            self.textCursor().insertText(source.text())


class ObjectivesDelegate(QStyledItemDelegate):
    def __init__(self, model: ObjectivesModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        column = self.model.columns[index.column()]
        name = self.model.cell_name(index.row(), index.column())
        editor: QWidget
        if column.type is FieldType.LONGTEXT:
            editor = _CellTextEdit(parent)
        else:
            line = QLineEdit(parent)
            if column.type is FieldType.DATE_OR_TEXT:
                line.setPlaceholderText(self.tr("dd/mm/yyyy or e.g. Ongoing"))
                completer = QCompleter(list(BY_WHEN_WORDS), line)
                completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
                line.setCompleter(completer)
            editor = line
        editor.setAccessibleName(name)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        text = str(index.data(Qt.ItemDataRole.EditRole) or "")
        if isinstance(editor, QPlainTextEdit):
            if editor.toPlainText() != text:
                editor.setPlainText(text)
                editor.moveCursor(editor.textCursor().MoveOperation.End)
        elif isinstance(editor, QLineEdit):
            editor.setText(text)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QPlainTextEdit):
            model.setData(index, editor.toPlainText())
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text())

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width(), hint.height() + 8)  # breathing room between rows

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: Index) -> None:
        rect = option.rect
        if isinstance(editor, QPlainTextEdit):
            rect.setHeight(max(rect.height(), editor.fontMetrics().lineSpacing() * 4 + 12))
        editor.setGeometry(rect)


class ObjectivesView(QTableView):
    """A table that is as tall as its rows (the page scrolls, not the table) and takes row shortcuts."""

    def __init__(self, owner: ObjectivesTable) -> None:
        super().__init__(owner)
        self.owner = owner
        self.setWordWrap(True)
        self.setTabKeyNavigation(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAcceptDrops(False)
        self.setDragEnabled(False)

    def content_height(self) -> int:
        header = self.horizontalHeader()
        height = (
            max(header.height(), header.minimumHeight(), header.sizeHint().height()) + 2 * self.frameWidth()
        )
        rows = self.model().rowCount() if self.model() else 0
        return height + sum(self.rowHeight(r) for r in range(rows)) + 2

    def share_width(self) -> None:
        """Columns share the width by weight, so every column wraps instead of one hogging the row."""
        model = self.model()
        if model is None:
            return
        weights = [COLUMN_WEIGHTS.get(c.type, 1.0) for c in self.owner.field.columns] + [STATUS_WEIGHT]
        available = self.viewport().width()
        total = sum(weights)
        used = 0
        for col, weight in enumerate(weights):
            width = available - used if col == len(weights) - 1 else int(available * weight / total)
            self.horizontalHeader().resizeSection(col, max(width, 24))
            used += width
        self._fit_header()

    def _fit_header(self) -> None:
        # Long column labels ("Specific Objectives for next year") wrap; the header grows to show them.
        header = self.horizontalHeader()
        metrics = header.fontMetrics()
        model = self.model()
        needed = 0
        for col in range(model.columnCount()):
            text = str(model.headerData(col, Qt.Orientation.Horizontal) or "")
            box = QRect(0, 0, max(header.sectionSize(col) - 12, 10), 10_000)
            needed = max(needed, metrics.boundingRect(box, Qt.TextFlag.TextWordWrap, text).height())
        header.setFixedHeight(needed + 10)

    def fit_height(self) -> None:
        """As tall as the rows: row heights depend on the width, which layouts cannot ask about."""
        self.resizeRowsToContents()
        height = self.content_height()
        if height != self.height() or self.minimumHeight() != height:
            self.setFixedHeight(height)

    def moveCursor(
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        # QTableView wraps Tab from the last cell to the first: a keyboard trap. Leave the table instead.
        current = self.currentIndex()
        model = self.model()
        if current.isValid() and model is not None:
            at = (current.row(), current.column())
            last = at == (model.rowCount() - 1, model.columnCount() - 1)
            tab = action == QAbstractItemView.CursorAction.MoveNext
            backtab = action == QAbstractItemView.CursorAction.MovePrevious
            if (tab and last) or (backtab and at == (0, 0)):
                return QModelIndex()
        return super().moveCursor(action, modifiers)

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and self.state() != QAbstractItemView.State.EditingState
            and isinstance(event, QKeyEvent)
            and self.owner.wants_key(event)
        ):
            event.accept()  # the key comes to keyPressEvent instead of a window shortcut
            return True
        return super().event(event)

    # The Edit menu calls undo()/redo() on the focused widget.
    def undo(self) -> None:
        self.owner.undo()

    def redo(self) -> None:
        self.owner.redo()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.state() != QAbstractItemView.State.EditingState:
            if self.owner.handle_key(event):
                return
            if self.owner.locked and is_edit_shortcut(event):
                event.ignore()
                return
        super().keyPressEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.share_width()
            self.fit_height()  # narrower columns wrap into taller rows


class ObjectivesTable(FieldEditor):
    def __init__(self, field: Field, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(field, accessible_name, parent)
        self.model = ObjectivesModel(field, self)
        self.model.status_header = self.tr("Status")
        self.view = ObjectivesView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(ObjectivesDelegate(self.model, self.view))
        self.view.setObjectName("objectivesTable")
        self.view.setAccessibleName(accessible_name)
        self.view.setAccessibleDescription(
            self.tr("Tab moves between cells, F2 or Enter edits, Insert adds a row, Delete removes it.")
        )
        header = self.view.horizontalHeader()
        header.setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap
        )
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # shared out by ObjectivesView.share_width
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

        self.add_button = self._button(self.tr("Add objective"), self.tr("Insert or Ctrl+Shift+N"))
        self.remove_button = self._button(self.tr("Remove"), self.tr("Delete"))
        self.up_button = self._button(self.tr("Move up"), self.tr("Alt+Up"))
        self.down_button = self._button(self.tr("Move down"), self.tr("Alt+Down"))
        self.undo_button = self._button(self.tr("Undo"), self.tr("Ctrl+Z"))
        self.redo_button = self._button(self.tr("Redo"), self.tr("Ctrl+Y"))
        self.date_button = QToolButton(self)
        self.date_button.setText(self.tr("Pick date…"))
        self.date_button.setAccessibleName(self.tr("Pick a By when date for the current objective"))
        self.date_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.date_menu = QMenu(self.date_button)
        self.calendar = QCalendarWidget(self.date_menu)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        action = QWidgetAction(self.date_menu)
        action.setDefaultWidget(self.calendar)
        self.date_menu.addAction(action)
        self.date_button.setMenu(self.date_menu)
        self.calendar.clicked.connect(self._date_picked)
        self.calendar.activated.connect(self._date_picked)

        bar_widget = QWidget(self)
        bar = FlowLayout(bar_widget)
        self._buttons = (
            self.add_button,
            self.remove_button,
            self.up_button,
            self.down_button,
            self.date_button,
            self.undo_button,
            self.redo_button,
        )
        for button in self._buttons:
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.view)
        layout.addWidget(bar_widget)
        self.setFocusProxy(self.view)

        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(+1))
        self.undo_button.clicked.connect(self.model.undo_stack.undo)
        self.redo_button.clicked.connect(self.model.undo_stack.redo)
        self.model.undo_stack.canUndoChanged.connect(self._sync_buttons)
        self.model.undo_stack.canRedoChanged.connect(self._sync_buttons)
        self.model.changed.connect(self._rows_changed)
        self._sync_buttons()

    def _button(self, text: str, shortcut_hint: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setToolTip(f"{text} ({shortcut_hint})")
        button.setAccessibleName(text)
        button.setAccessibleDescription(shortcut_hint)
        return button

    # --- keys --------------------------------------------------------------------------------
    def wants_key(self, event: QKeyEvent) -> bool:
        """Keys the table handles itself, ahead of any window shortcut on the same keys.

        The view claims them in ShortcutOverride: a second Ctrl+Z shortcut on the table
        would make Qt call the pair ambiguous and run neither.
        """
        if self.locked:
            return False
        key, mods = event.key(), event.modifiers()
        return (
            event.matches(QKeySequence.StandardKey.Undo)
            or event.matches(QKeySequence.StandardKey.Redo)
            or QKeySequence(event.keyCombination()) == ADD_ROW_KEYS
            or (key in (Qt.Key.Key_Insert, Qt.Key.Key_Delete) and not mods)
            or (mods == Qt.KeyboardModifier.AltModifier and key in (Qt.Key.Key_Up, Qt.Key.Key_Down))
        )

    def handle_key(self, event: QKeyEvent) -> bool:
        """Row shortcuts from the view (outside cell editing); True when handled."""
        if self.locked:
            return False
        key, mods = event.key(), event.modifiers()
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo()
            return True
        if event.matches(QKeySequence.StandardKey.Redo):
            self.redo()
            return True
        if QKeySequence(event.keyCombination()) == ADD_ROW_KEYS:
            self.add_row()
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not mods:
            index = self.view.currentIndex()
            if index.isValid() and self.model.flags(index) & Qt.ItemFlag.ItemIsEditable:
                self.view.edit(index)  # Enter edits, like F2 (Qt leaves Enter to "activate")
                return True
            return False
        if key == Qt.Key.Key_Insert and not mods:
            self.add_row()
            return True
        if key == Qt.Key.Key_Delete and not mods:
            self.remove_current()
            return True
        if mods == Qt.KeyboardModifier.AltModifier and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_current(-1 if key == Qt.Key.Key_Up else 1)
            return True
        return False

    # --- operations --------------------------------------------------------------------------
    def current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def add_row(self) -> None:
        if self.locked:
            return
        self.commit()
        row = self.model.add_row()
        self.view.setCurrentIndex(self.model.index(row, 0))
        self.view.setFocus()

    def remove_current(self) -> None:
        row = self.current_row()
        if self.locked or row < 0:
            return
        column = max(0, self.view.currentIndex().column())
        self.model.remove_row(row)
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1), column))
        self.view.setFocus()

    def move_current(self, step: int) -> None:
        row = self.current_row()
        if self.locked or row < 0:
            return
        column = self.view.currentIndex().column()
        if self.model.move_row(row, row + step):
            self.view.setCurrentIndex(self.model.index(row + step, column))

    def undo(self) -> None:
        if not self.locked:
            self.model.undo_stack.undo()

    def redo(self) -> None:
        if not self.locked:
            self.model.undo_stack.redo()

    def _date_picked(self, qdate: QDate) -> None:
        self.date_menu.close()
        self.set_by_when(date(qdate.year(), qdate.month(), qdate.day()).strftime(UK_FORMAT))

    def set_by_when(self, text: str) -> None:
        row = max(self.current_row(), 0)
        col = next((i for i, c in enumerate(self.field.columns) if c.type is FieldType.DATE_OR_TEXT), None)
        if self.locked or col is None or not self.model.rowCount():
            return
        self.model.setData(self.model.index(row, col), text)
        self.view.setCurrentIndex(self.model.index(row, col))

    def _rows_changed(self) -> None:
        self.view.fit_height()
        self._sync_buttons()
        self.edited.emit()

    def _sync_buttons(self) -> None:
        editable = not self.locked
        has_rows = self.model.rowCount() > 0
        for button in (self.add_button, self.date_button):
            button.setEnabled(editable)
        for button in (self.remove_button, self.up_button, self.down_button):
            button.setEnabled(editable and has_rows)
        self.undo_button.setEnabled(editable and self.model.undo_stack.canUndo())
        self.redo_button.setEnabled(editable and self.model.undo_stack.canRedo())

    # --- FieldEditor -------------------------------------------------------------------------
    def value(self) -> Any:
        return self.model.value()

    def set_value(self, value: Any) -> None:
        rows = value if isinstance(value, list) else []
        current = self.view.currentIndex()
        self.model.load(rows)
        self.view.fit_height()
        if current.isValid() and current.row() < self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(current.row(), current.column()))
        if not self.view.hasFocus():
            self.view.clearSelection()  # a freshly loaded table shows no highlighted cell
        self._sync_buttons()

    def attach(self, form: FormDefinition, draft: Draft) -> None:
        """The page hands over the form so the Status column can show the latest progress scale."""
        if self.model.form is not form:
            self.model.form = form
            self.model.layoutChanged.emit()

    def differs_from(self, value: Any) -> bool:
        return self.model.rows != self.model.shown_rows(value if isinstance(value, list) else [])

    def commit(self) -> None:
        """Close an open cell editor so its text reaches the model (and the draft)."""
        editor = self.view.indexWidget(self.view.currentIndex())
        focus = self.view.focusWidget() if self.view.state() == QAbstractItemView.State.EditingState else None
        target = editor or focus
        if target is not None and target is not self.view:
            self.view.commitData(target)
            self.view.closeEditor(target, QStyledItemDelegate.EndEditHint.NoHint)

    def inputs(self) -> list[QWidget]:
        return [self.view, *self._buttons]

    def focus_input(self, part: str | None = None) -> QWidget:
        if part:
            number, _, column_id = part.partition(".")
            row = int(number) - 1 if number.isdigit() else 0
            col = next((i for i, c in enumerate(self.field.columns) if c.id == column_id), 0)
            if 0 <= row < self.model.rowCount():
                self.view.setCurrentIndex(self.model.index(row, col))
                self.view.scrollTo(self.model.index(row, col))
        return self.view

    def set_locked(self, locked: bool) -> None:
        if locked and not self.locked:
            self.commit()  # while still unlocked: the page drops edits from a locked editor
        super().set_locked(locked)
        if locked:
            self.model.undo_stack.clear()  # nobody rolls back the other person's rows
        self.model.read_only = locked
        apply_lock(self.view, locked)
        self._sync_buttons()
