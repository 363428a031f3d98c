"""The objectives table's view and cell editors: a self-sizing table whose open editor survives refreshes.

An open cell editor holds the words being typed. Nothing that refreshes the table
(autosave committing the cell, completeness, a page re-reading the draft) may close
it, reset its text or move the current cell: the next key would otherwise open a new
editor that replaces the cell ("31/07/2026" saved as "026"). So the delegate tracks the
one open editor, `commit_open_editor` copies its text into the model without closing
it, and `setEditorData` leaves an editor alone when it already shows the model's value.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QContextMenuEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from pdr_desktop.dates import to_stored
from pdr_desktop.forms.model import FieldType
from pdr_desktop.ui.fields.locking import is_edit_shortcut
from pdr_desktop.ui.fields.objectives_model import ObjectivesModel
from pdr_desktop.ui.spelling import attach_text_spelling
from pdr_desktop.ui.spelling.menu import show_menu

if TYPE_CHECKING:
    from pdr_desktop.ui.fields.objectives_table import ObjectivesTable

Index = QModelIndex | QPersistentModelIndex
COLUMN_WEIGHTS = {FieldType.LONGTEXT: 3.0, FieldType.TEXT: 1.7, FieldType.DATE_OR_TEXT: 1.5}
STATUS_WEIGHT = 1.5
CELL_MARGINS = 14  # the cell's text margins and its grid line


def shared_widths(weights: list[float], minimums: list[int], available: int) -> list[int]:
    """*available* shared by *weights*, none below its minimum: a column that would be is held at
    its minimum and the rest is shared again among the others. The sum exceeds *available* only
    when the minimums alone do."""
    fixed: dict[int, int] = {}
    share: dict[int, float] = {}
    while len(fixed) < len(weights):
        free = [i for i in range(len(weights)) if i not in fixed]
        room = available - sum(fixed.values())
        total = sum(weights[i] for i in free)
        share = {i: room * weights[i] / total for i in free}
        short = [i for i in free if share[i] < minimums[i]]
        if not short:
            break
        for i in short:
            fixed[i] = minimums[i]
    widths = [fixed.get(i, int(share.get(i, 0))) for i in range(len(weights))]
    free = [i for i in range(len(weights)) if i not in fixed]
    if free:  # rounding: the last free column takes what is left, so the columns fill the width
        widths[free[-1]] += available - sum(widths)
    return widths


BY_WHEN_WORDS = ("Ongoing", "By the Six Month Review", "By the Final Review", "End of the year")


class CellTextEdit(QPlainTextEdit):
    """Multi-line cell editor: Enter adds a line, Tab or Escape leaves the cell (its words are kept)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        attach_text_spelling(self)

    def insertFromMimeData(self, source) -> None:
        if source.hasText():
            self.textCursor().insertText(source.text())

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        show_menu(self, event)  # the usual Edit menu, with spelling suggestions on top


def editor_text(editor: QWidget) -> str:
    if isinstance(editor, QPlainTextEdit):
        return editor.toPlainText()
    if isinstance(editor, QLineEdit):
        return editor.text()
    return ""


class ObjectivesDelegate(QStyledItemDelegate):
    """Makes the cell editors and remembers the one that is open (Qt keeps at most one here)."""

    editor_text_changed = Signal(int, int, str)  # row, column, the text as typed so far

    def __init__(self, model: ObjectivesModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.open_editor: QWidget | None = None
        self.open_index = QPersistentModelIndex()

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        column = self.model.columns[index.column()]
        editor: QWidget
        if column.type is FieldType.LONGTEXT:
            editor = CellTextEdit(parent)
            editor.textChanged.connect(lambda e=editor: self._typed(e))
        else:
            line = QLineEdit(parent)
            if column.type is FieldType.DATE_OR_TEXT:
                line.setPlaceholderText(self.tr("dd/mm/yyyy or e.g. Ongoing"))
                completer = QCompleter(list(BY_WHEN_WORDS), line)
                completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
                line.setCompleter(completer)
            line.textChanged.connect(lambda _t, e=line: self._typed(e))
            editor = line
        editor.setAccessibleName(self.model.cell_name(index.row(), index.column()))
        self.open_editor = editor
        self.open_index = QPersistentModelIndex(index)
        self.model.begin_edit_session()  # what is committed while this editor is open undoes as one
        return editor

    def destroyEditor(self, editor: QWidget, index: Index) -> None:
        if editor is self.open_editor:
            self.open_editor = None
            self.open_index = QPersistentModelIndex()
        super().destroyEditor(editor, index)

    def _typed(self, editor: QWidget) -> None:
        index = self.open_index
        if editor is self.open_editor and index.isValid():
            self.editor_text_changed.emit(index.row(), index.column(), editor_text(editor))

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        text = str(index.data(Qt.ItemDataRole.EditRole) or "")
        current = editor_text(editor)
        # The model emits dataChanged for this very cell when the open editor is committed:
        # re-setting the text would move the caret and drop the editor's own undo history.
        if current == text or (
            self.model.columns[index.column()].type is FieldType.DATE_OR_TEXT
            and to_stored(current) == to_stored(text)
            and current  # an empty editor is always filled (a fresh editor on a cell with text)
        ):
            return
        if isinstance(editor, QPlainTextEdit):
            editor.setPlainText(text)
            editor.moveCursor(editor.textCursor().MoveOperation.End)
        elif isinstance(editor, QLineEdit):
            editor.setText(text)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, (QPlainTextEdit, QLineEdit)):
            model.setData(index, editor_text(editor))

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

    @property
    def cell_delegate(self) -> ObjectivesDelegate:
        delegate = self.itemDelegate()
        assert isinstance(delegate, ObjectivesDelegate)
        return delegate

    # --- the open editor ---------------------------------------------------------------------
    def open_editor(self) -> QWidget | None:
        """The cell editor being typed in, if any."""
        delegate = self.cell_delegate
        if self.state() == QAbstractItemView.State.EditingState and delegate.open_editor is not None:
            return delegate.open_editor
        return None

    def commit_open_editor(self) -> None:
        """Copy the open editor's text into the model; the editor stays open, caret and all."""
        editor = self.open_editor()
        if editor is not None:
            self.commitData(editor)

    def finish_editing(self) -> None:
        """Commit and close the open editor (before the current cell moves or the table locks)."""
        editor = self.open_editor()
        if editor is not None:
            self.commitData(editor)
            self.closeEditor(editor, QStyledItemDelegate.EndEditHint.NoHint)

    # --- size --------------------------------------------------------------------------------
    def content_height(self) -> int:
        header = self.horizontalHeader()
        height = (
            max(header.height(), header.minimumHeight(), header.sizeHint().height()) + 2 * self.frameWidth()
        )
        rows = self.model().rowCount() if self.model() else 0
        scroll = self.horizontalScrollBar()
        sideways = (
            scroll.sizeHint().height()
            if self.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOn
            else 0
        )
        return height + sum(self.rowHeight(r) for r in range(rows)) + 2 + sideways

    def share_width(self) -> None:
        """Columns share the width by weight, so every column wraps instead of one hogging the row;
        none is narrower than its longest word (at 200% text "Achieved" or "Dąbrowski" were cut
        to "Achie…"). When even that does not fit, the table scrolls sideways."""
        model = self.model()
        if model is None:
            return
        weights = [COLUMN_WEIGHTS.get(c.type, 1.0) for c in self.owner.field.columns] + [STATUS_WEIGHT]
        available = self.viewport().width()
        widths = shared_widths(weights, self.column_minimums(), available)
        for col, width in enumerate(widths):
            self.horizontalHeader().resizeSection(col, width)
        wide = sum(widths) > available
        self.setHorizontalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAlwaysOn if wide else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )
        self._fit_header()

    def column_minimums(self) -> list[int]:
        """The widest word of each column (its cells and its header), plus the cell's margins."""
        model = self.model()
        cell, head = self.fontMetrics(), self.horizontalHeader().fontMetrics()
        minimums = []
        for col in range(model.columnCount()):
            label = str(model.headerData(col, Qt.Orientation.Horizontal) or "")
            widest = max((head.horizontalAdvance(word) for word in label.split()), default=0)
            for row in range(model.rowCount()):
                text = str(model.index(row, col).data() or "")
                widest = max(widest, *(cell.horizontalAdvance(word) for word in text.split()), 0)
            minimums.append(max(widest + CELL_MARGINS, 24))
        return minimums

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

    # --- keys --------------------------------------------------------------------------------
    def moveCursor(
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        # Tab walks the cells that take words: landing on the read-only Status column dropped
        # whatever was typed next. QTableView also wraps Tab from the last cell to the first (a
        # keyboard trap): past the last (or before the first) typed cell, Tab leaves the table.
        current = self.currentIndex()
        model = self.model()
        step = {QAbstractItemView.CursorAction.MoveNext: 1, QAbstractItemView.CursorAction.MovePrevious: -1}
        if action not in step or not current.isValid() or not isinstance(model, ObjectivesModel):
            return super().moveCursor(action, modifiers)
        columns = model.columnCount()
        at = current.row() * columns + current.column() + step[action]
        while 0 <= at < model.rowCount() * columns:
            if not model.is_status(at % columns):
                return model.index(at // columns, at % columns)
            at += step[action]
        return QModelIndex()

    def closeEditor(self, editor: QWidget, hint: QStyledItemDelegate.EndEditHint) -> None:
        # Tab out of the last cell: the focus leaves the table as it does outside editing, rather
        # than staying on that cell, where the next key would replace the words just typed.
        leaving = {
            QStyledItemDelegate.EndEditHint.EditNextItem: QAbstractItemView.CursorAction.MoveNext,
            QStyledItemDelegate.EndEditHint.EditPreviousItem: QAbstractItemView.CursorAction.MovePrevious,
        }.get(hint)
        out = leaving is not None and not self.moveCursor(leaving, Qt.KeyboardModifier.NoModifier).isValid()
        if hint == QStyledItemDelegate.EndEditHint.RevertModelCache:
            # Escape closes the cell with its words, as autosave has usually committed them already:
            # Qt's revert showed the cell as it was while the draft (and the saved file) had the words.
            self.commitData(editor)
        super().closeEditor(editor, hint)
        if out:
            self.focusNextPrevChild(leaving == QAbstractItemView.CursorAction.MoveNext)

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
            if self._tries_to_type_in_status(event):
                self.owner.explain_status()  # never drop the words without a word
                return
            if self.owner.locked and is_edit_shortcut(event):
                event.ignore()
                return
        super().keyPressEvent(event)

    def _tries_to_type_in_status(self, event: QKeyEvent) -> bool:
        current = self.currentIndex()
        model = self.model()
        if self.owner.locked or not current.isValid() or not isinstance(model, ObjectivesModel):
            return False
        if not model.is_status(current.column()):
            return False
        typing = bool(event.text().strip()) and not (
            event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        )
        return typing or event.key() in (Qt.Key.Key_F2, Qt.Key.Key_Return, Qt.Key.Key_Enter)

    def mouseDoubleClickEvent(self, event) -> None:
        index = self.indexAt(event.position().toPoint())
        model = self.model()
        status = index.isValid() and isinstance(model, ObjectivesModel) and model.is_status(index.column())
        if status and not self.owner.locked:
            self.owner.explain_status()
        super().mouseDoubleClickEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.share_width()
            self.fit_height()  # narrower columns wrap into taller rows
