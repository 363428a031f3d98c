"""The objectives table: rows of objective / next steps / by when / by whom, with undo.

Keyboard: Tab moves across cells, F2 or Enter edits, Insert or Ctrl+Shift+N adds a
row, Delete removes the current row (no confirmation: Ctrl+Z brings it back with
its words), Alt+Up / Alt+Down move it. "By when" takes a date or words ("Ongoing");
"Pick date…" puts a date from a calendar into the current row's By when.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from pdr_desktop.dates import UK_FORMAT, looks_like_broken_date
from pdr_desktop.drafts.model import Draft
from pdr_desktop.forms.model import Field, FieldType, FormDefinition
from pdr_desktop.ui.accessible import show_status
from pdr_desktop.ui.fields.editor import FieldEditor
from pdr_desktop.ui.fields.flow_layout import FlowLayout
from pdr_desktop.ui.fields.locking import apply_lock
from pdr_desktop.ui.fields.objectives_model import ObjectivesModel
from pdr_desktop.ui.fields.objectives_view import ObjectivesDelegate, ObjectivesView, editor_text

ADD_ROW_KEYS = QKeySequence("Ctrl+Shift+N")


class ObjectivesTable(FieldEditor):
    def __init__(self, field: Field, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(field, accessible_name, parent)
        self.model = ObjectivesModel(field, self)
        self.model.status_header = self.tr("Status")
        self.view = ObjectivesView(self)
        self.view.setModel(self.model)
        self.delegate = ObjectivesDelegate(self.model, self.view)
        self.view.setItemDelegate(self.delegate)
        self.view.setObjectName("objectivesTable")
        self.view.setAccessibleName(accessible_name)
        self._keys_description = self.tr(
            "Tab moves between cells, F2 or Enter edits, Insert adds a row, Delete removes it."
        )
        self.view.setAccessibleDescription(self._keys_description)
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
        self.date_button.setAccessibleName(self.tr("Pick date"))  # what the button says (WCAG 2.5.3)
        self.date_button.setAccessibleDescription(self.tr("Pick a By when date for the current objective"))
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
        # "By when" validates like the Details dates: digits that are not a whole date are flagged
        # (in the cell and here, in words), never silently stored as if they were fine.
        self.warning = QLabel(self)
        self.warning.setObjectName("fieldWarning")
        self.warning.setWordWrap(True)
        self.warning.setVisible(False)
        layout.addWidget(self.view)
        layout.addWidget(self.warning)
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
        self.delegate.editor_text_changed.connect(self._typed)
        self._typed_differs = False  # the open editor holds words the model does not have yet
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

    def explain_status(self) -> None:
        """Someone typed into the Status column, which shows what the Progress review page records."""
        show_status(
            self.view,
            self.tr(
                "Status cannot be typed in: it shows the progress scale and “Achieved” "
                "set on the Progress review page. Nothing typed here was kept."
            ),
        )

    # --- operations --------------------------------------------------------------------------
    def current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def add_row(self) -> None:
        if self.locked:
            return
        self.view.finish_editing()
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
        self.view.finish_editing()
        self.model.begin_edit_session()  # a picked date is its own undo step
        self.model.setData(self.model.index(row, col), text)
        self.view.setCurrentIndex(self.model.index(row, col))

    def _rows_changed(self) -> None:
        self.view.share_width()  # a longer word may need a wider column
        self.view.fit_height()
        self._sync_buttons()
        self._show_date_problems()
        self.edited.emit()

    def date_problems(self, typing: tuple[int, int, str] | None = None) -> list[str]:
        """One sentence per date cell that is not a whole date; *typing* is an open editor's text."""
        out = []
        for row in range(self.model.rowCount()):
            for col, column in enumerate(self.field.columns):
                if column.type not in (FieldType.DATE_OR_TEXT, FieldType.DATE):
                    continue
                text = str(self.model.rows[row].get(column.id, "") or "")
                if typing is not None and typing[:2] == (row, col):
                    text = typing[2]
                if looks_like_broken_date(text):
                    name = self.model.cell_name(row, col)
                    out.append(f"{name}: {self.model.date_problem(text)}")
        return out

    def _typed(self, row: int, column: int, text: str) -> None:
        """A key in the open cell editor: the draft gets the words now (value() includes them),
        so the recovery copy and the save have them without closing the editor."""
        self._show_date_problems(row, column, text)
        differs = self.model.stored_text(column, text) != self.model.cell_value(row, column)
        if (differs or self._typed_differs) and not self.locked:
            self.edited.emit()
        self._typed_differs = differs

    def _show_date_problems(self, row: int = -1, column: int = -1, text: str = "") -> None:
        problems = self.date_problems((row, column, text) if row >= 0 else None)
        self.warning.setText("\n".join(problems))
        self.warning.setVisible(bool(problems))
        self.view.setAccessibleDescription(" ".join([self._keys_description, *problems]))

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
        """The rows, with the words of an open cell editor as typed so far."""
        rows = self.model.value()
        editor, index = self.delegate.open_editor, self.delegate.open_index
        if editor is not None and index.isValid() and self.view.open_editor() is editor:
            column = self.field.columns[index.column()]
            rows[index.row()][column.id] = self.model.stored_text(index.column(), editor_text(editor))
        return rows

    def set_value(self, value: Any) -> None:
        """Show the draft's rows. An open cell editor stays open with its words and the current
        cell stays where it is: a refresh (autosave, another page, a dialog) must never eat keys."""
        rows = value if isinstance(value, list) else []
        editing = self.view.open_editor() is not None
        current = self.view.currentIndex()
        keep = (current.row(), current.column()) if editing and current.isValid() else None
        before = self.model.rowCount()
        self.model.load(rows, keep=keep)
        self.view.fit_height()
        if self.model.rowCount() != before and current.isValid() and current.row() < self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(current.row(), current.column()))
        if not editing and not self.view.hasFocus():
            self.view.clearSelection()  # a freshly loaded table shows no highlighted cell
        self._show_date_problems()
        self._sync_buttons()

    def attach(self, form: FormDefinition, draft: Draft) -> None:
        """The page hands over the form so the Status column can show the latest progress scale."""
        if self.model.form is not form:
            self.model.form = form
            self.model.layoutChanged.emit()

    def differs_from(self, value: Any) -> bool:
        return self.value() != self.model.shown_rows(value if isinstance(value, list) else [])

    def commit(self) -> None:
        """Put the words of an open cell editor into the model (and the draft), leaving it open.

        Autosave calls this every few hundred milliseconds while someone types: closing the
        editor here made the next key open a new one that replaced the cell.
        """
        self.view.commit_open_editor()

    def inputs(self) -> list[QWidget]:
        return [self.view, *self._buttons]

    def focus_input(self, part: str | None = None) -> QWidget:
        """The table with the cell *part* ("3.by_when") current; an editor already open on that
        cell keeps the words typed so far and gets the focus itself."""
        if part:
            number, _, column_id = part.partition(".")
            row = int(number) - 1 if number.isdigit() else 0
            col = next((i for i, c in enumerate(self.field.columns) if c.id == column_id), 0)
            if 0 <= row < self.model.rowCount():
                index = self.model.index(row, col)
                editor = self.view.open_editor()
                if editor is not None and self.delegate.open_index == index:
                    return editor
                self.view.finish_editing()
                self.view.setCurrentIndex(index)
                self.view.scrollTo(index)
        return self.view

    def set_locked(self, locked: bool) -> None:
        if locked and not self.locked:
            self.view.finish_editing()  # while still unlocked: the page drops edits from a locked editor
        super().set_locked(locked)
        if locked:
            self.model.undo_stack.clear()  # nobody rolls back the other person's rows
        self.model.read_only = locked
        apply_lock(self.view, locked)
        self._sync_buttons()
