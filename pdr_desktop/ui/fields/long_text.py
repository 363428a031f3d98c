"""Long answers: a plain-text box that grows with what is written, with a live word count."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QMimeData, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QContextMenuEvent, QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from pdr_desktop.forms.model import Field, Role
from pdr_desktop.ui.fields.editor import FieldEditor
from pdr_desktop.ui.fields.locking import ReadOnlyEditSlots, apply_lock, is_edit_shortcut
from pdr_desktop.ui.spelling import attach_text_spelling
from pdr_desktop.ui.spelling.menu import show_menu

MIN_LINES = 4
MAX_LINES = 18  # beyond this the box scrolls inside; the page scrolls around it


def word_count(text: str) -> int:
    return len(text.split())


class LongTextEdit(ReadOnlyEditSlots, QPlainTextEdit):
    """QPlainTextEdit that sizes itself to its text and only ever takes plain text in."""

    height_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None, min_lines: int = MIN_LINES, max_lines: int = MAX_LINES):
        super().__init__(parent)
        self._min_lines = min_lines
        self._max_lines = max_lines
        self._lines = min_lines
        self.setTabChangesFocus(True)  # keyboard users move on with Tab; nobody needs tab characters here
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().documentLayout().documentSizeChanged.connect(self._fit_to_text)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setFixedHeight(self._height_for(min_lines))
        # The box scrolls to its own caret; the page around it must too, or after a long paste
        # the caret sits below the window. Once the layout has settled on the new height.
        self._reveal = QTimer(self, singleShot=True, interval=0)
        self._reveal.timeout.connect(self.reveal_cursor)
        self.cursorPositionChanged.connect(self._reveal.start)
        self.height_changed.connect(lambda _h: self._reveal.start())

    # --- growing with the text ---------------------------------------------------------------
    def _line_count(self) -> int:
        # QPlainTextDocumentLayout measures in lines (wrapped lines included) rather than pixels.
        return max(1, int(self.document().documentLayout().documentSize().height()))

    def _height_for(self, lines: int) -> int:
        margins = self.contentsMargins()
        doc_margin = int(self.document().documentMargin()) * 2
        return lines * self.fontMetrics().lineSpacing() + margins.top() + margins.bottom() + doc_margin + 2

    def _fit_to_text(self) -> None:
        lines = min(max(self._line_count(), self._min_lines), self._max_lines)
        height = self._height_for(lines)
        # A fixed height (rather than only a size hint) takes effect at once, so layouts never lag a line.
        if lines != self._lines or self.minimumHeight() != height or self.maximumHeight() != height:
            self._lines = lines
            self.setFixedHeight(height)
            self.height_changed.emit(height)

    def reveal_cursor(self) -> None:
        """Scroll the page (the scroll area this box sits in) so the caret is on screen."""
        if not self.hasFocus():
            return  # a box filled by loading or by another window is not where the person is
        area = self.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        page = area.widget() if area is not None else None
        if area is None or page is None:
            return
        self.ensureCursorVisible()  # inside the box first: it may have grown since it scrolled
        caret = self.cursorRect()
        centre = self.viewport().mapTo(page, caret.center())
        margin = caret.height()  # a line above and below stays in view too
        area.ensureVisible(centre.x(), centre.y(), 0, margin)
        if centre.y() + margin > page.height():
            # The page has not grown to the box's new height yet: once its scroll range has,
            # scroll again (the page's layout is updated after this box's).
            area.verticalScrollBar().rangeChanged.connect(
                self._reveal.start, Qt.ConnectionType.SingleShotConnection
            )

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), self._height_for(self._lines))

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self._height_for(self._lines))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_to_text()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_to_text()  # a narrower box wraps into more lines

    # --- plain text only ---------------------------------------------------------------------
    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return not self.isReadOnly() and source.hasText()

    def insertFromMimeData(self, source: QMimeData) -> None:
        # Text pasted from Word or a browser arrives as HTML too; we keep only the words.
        if not self.isReadOnly() and source.hasText():
            self.textCursor().insertText(source.text())

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        show_menu(self, event)  # the usual Edit menu, with spelling suggestions on top

    # --- locked: nothing gets in (edit slots: ReadOnlyEditSlots; keys and drops here) ---------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.isReadOnly() and is_edit_shortcut(event):
            event.ignore()
            return
        super().keyPressEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.isReadOnly():
            event.ignore()
            return
        super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self.isReadOnly():
            event.ignore()
            return
        super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        if self.isReadOnly():
            event.ignore()
            return
        super().dropEvent(event)


class LongTextField(FieldEditor):
    """A LongTextEdit with its word count underneath."""

    def __init__(self, field: Field, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(field, accessible_name, parent)
        self.edit = LongTextEdit(self)
        self.edit.setAccessibleName(accessible_name)
        if field.description:
            self.edit.setAccessibleDescription(field.description)
        # "Examples from your work" is advice for the practitioner's own account, not the manager's.
        self._placeholder = (
            self.tr("Write your comments here.")
            if field.owner is Role.MANAGER
            else self.tr("Write here. Examples from your work make this stronger.")
        )
        self.edit.setPlaceholderText(self._placeholder)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("wordCount")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.count_label)
        self.setFocusProxy(self.edit)
        if field.spellcheck:
            attach_text_spelling(self.edit)
        self._loading = False
        self.edit.textChanged.connect(self._text_changed)
        self._update_count()

    def _text_changed(self) -> None:
        self._update_count()
        if not self._loading:
            self.edited.emit()

    def _update_count(self) -> None:
        count = word_count(self.edit.toPlainText())
        self.count_label.setText(self.tr("1 word") if count == 1 else self.tr("{0} words").format(count))

    def word_count(self) -> int:
        return word_count(self.edit.toPlainText())

    def value(self) -> Any:
        return self.edit.toPlainText()

    def set_value(self, value: Any) -> None:
        text = value if isinstance(value, str) else ""
        if text == self.edit.toPlainText():
            return
        self._loading = True
        try:
            self.edit.setPlainText(text)  # also starts a fresh undo history: loading is not an edit
        finally:
            self._loading = False
        if self.locked:
            self.edit.setUndoRedoEnabled(False)

    def set_placeholder(self, text: str) -> None:
        self._placeholder = text
        self.edit.setPlaceholderText(self.tr("Nothing written here yet.") if self.locked else text)

    def inputs(self) -> list[QWidget]:
        return [self.edit]

    def set_locked(self, locked: bool) -> None:
        super().set_locked(locked)
        apply_lock(self.edit, locked)
        # "Write here" would invite the other role to type where they cannot.
        self.edit.setPlaceholderText(self.tr("Nothing written here yet.") if locked else self._placeholder)
