"""The right-click menu of a text box: suggestions for the word under the pointer, then Edit.

    receive                           ← up to five suggestions; choosing one replaces the word
    relieve                             (one undo step; the answer is saved as for typing)
    ───────────────
    Add “recieve” to dictionary       ← the person's own dictionary, for every conversation
    Ignore “recieve” in this conversation   ← kept in this draft only
    ───────────────
    Undo, Redo, Cut, Copy, Paste, Delete, Select All   ← the box's usual menu

The keyboard opens the same menu, for the word at the text cursor: the Menu key and Shift+F10.
Suggestions take a moment the first time for a word (Hunspell in pure Python), so they are
computed when the menu opens, with a busy cursor, and remembered.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QCursor, QFont, QGuiApplication, QKeyEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QMessageBox, QPlainTextEdit, QTextEdit, QWidget

from pdr_desktop.spelling.tokens import Token
from pdr_desktop.ui.attached import attach, attached
from pdr_desktop.ui.spelling.service import spelling_service

# --- which word -------------------------------------------------------------------------------


def mistake_at(widget: QWidget, position: QPoint | None) -> tuple[Token, int] | None:
    """The marked word at a point (or at the text cursor when None) and its text's start offset.

    For a multi-line box the offset is the paragraph's position in the document.
    """
    service = spelling_service()
    if not isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
        return None
    if not service.active() or widget.isReadOnly() or not widget.property("spellcheck"):
        return None
    if isinstance(widget, QLineEdit):
        index = widget.cursorPosition() if position is None else widget.cursorPositionAt(position)
        text, offset = widget.text(), 0
    else:
        cursor = widget.textCursor() if position is None else widget.cursorForPosition(position)
        block = cursor.block()
        text, offset = block.text(), block.position()
        index = cursor.position() - offset
    for token in service.misspelled(text):
        if token.start <= index <= token.end:
            return token, offset
    return None


def replace_word(widget: QWidget, token: Token, offset: int, replacement: str) -> None:
    """Put `replacement` where the word was: one undo step, saved like typing."""
    if isinstance(widget, QLineEdit):
        widget.setSelection(token.start, token.length)
        widget.insert(replacement)  # emits textEdited: the field saves it
        return
    if not isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return  # no other box has marked words (see mistake_at)
    cursor = QTextCursor(widget.document())
    cursor.setPosition(offset + token.start)
    cursor.setPosition(offset + token.end, QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText(replacement)
    widget.setTextCursor(cursor)


# --- the menu ---------------------------------------------------------------------------------


def standard_menu(widget: QWidget, position: QPoint) -> QMenu:
    if isinstance(widget, QLineEdit):
        return widget.createStandardContextMenu()
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return widget.createStandardContextMenu(position)
    return QMenu(widget)  # no box of ours: an empty menu, filled by the caller


def build_menu(widget: QWidget, position: QPoint | None) -> QMenu:
    """The box's menu with the spelling part on top when a marked word is at `position`."""
    menu = standard_menu(widget, position or QPoint())
    found = mistake_at(widget, position)
    if found is None:
        return menu
    token, offset = found
    service = spelling_service()
    QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
    try:
        suggestions = service.suggestions(token.word)
    finally:
        QGuiApplication.restoreOverrideCursor()
    first = menu.actions()[0] if menu.actions() else None
    items = []
    for suggestion in suggestions:
        action = menu.addAction(suggestion)
        action.setObjectName("spellingSuggestion")
        action.triggered.connect(lambda _=False, s=suggestion: replace_word(widget, token, offset, s))
        items.append(action)
    if items:
        bold = QFont(menu.font())
        bold.setBold(True)
        items[0].setFont(bold)  # the likeliest, as in Word
    else:
        none = menu.addAction(QCoreApplication.translate("SpellingMenu", "(No spelling suggestions)"))
        none.setEnabled(False)
        items.append(none)
    items.append(menu.addSeparator())
    add = menu.addAction(
        QCoreApplication.translate("SpellingMenu", "Add “{word}” to dictionary").format(word=token.word)
    )
    add.setObjectName("spellingAdd")
    add.triggered.connect(lambda: _add(widget, token.word))
    items.append(add)
    if service.can_ignore():
        ignore = menu.addAction(
            QCoreApplication.translate("SpellingMenu", "Ignore “{word}” in this conversation").format(
                word=token.word
            )
        )
        ignore.setObjectName("spellingIgnore")
        ignore.triggered.connect(lambda: service.ignore(token.word))
        items.append(ignore)
    if first is not None:
        items.append(menu.addSeparator())
        for action in items:  # addAction appends: move the spelling part to the top
            menu.removeAction(action)
        menu.insertActions(first, items)
    menu.setActiveAction(items[0])
    return menu


def _add(widget: QWidget, word: str) -> None:
    problem = spelling_service().add_to_dictionary(word)
    if problem:
        QMessageBox.warning(
            widget.window(),
            QCoreApplication.translate("SpellingMenu", "Not added to your dictionary"),
            problem,
        )


def show_menu(widget: QWidget, event: QContextMenuEvent) -> None:
    """contextMenuEvent for the spelling-checked boxes (mouse, Menu key or Shift+F10)."""
    keyboard = event.reason() == QContextMenuEvent.Reason.Keyboard
    menu = build_menu(widget, None if keyboard else event.pos())
    menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    # Just off the pointer, and once the events queued while suggesting are handled: otherwise the
    # right-button release lands on the first suggestion under the pointer and chooses it.
    where = event.globalPos() + (QPoint(0, 0) if keyboard else QPoint(2, 2))
    event.accept()
    QTimer.singleShot(0, menu, lambda: menu.popup(where))


# --- Shift+F10 -----------------------------------------------------------------------------------


def is_menu_key(event: QKeyEvent) -> bool:
    """The Menu key, or Shift+F10 (Windows' and GNOME's other way to the context menu)."""
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    if event.key() == Qt.Key.Key_Menu:
        return modifiers == Qt.KeyboardModifier.NoModifier
    return event.key() == Qt.Key.Key_F10 and modifiers == Qt.KeyboardModifier.ShiftModifier


class _KeyboardMenu(QObject):
    """Opens the context menu at the text cursor for the Menu key and Shift+F10.

    Qt turns an unused Menu key into a context menu on some platforms only, and Shift+F10 on
    Windows only; doing both here makes every platform alike.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and is_menu_key(event)
            and isinstance(watched, QWidget)
        ):
            open_keyboard_menu(watched)
            return True
        return False


def open_keyboard_menu(widget: QWidget) -> None:
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        point = widget.cursorRect().center()
        global_point = widget.viewport().mapToGlobal(point)
    elif isinstance(widget, QLineEdit):
        point = widget.cursorRect().center()
        global_point = widget.mapToGlobal(point)
    else:
        return
    QApplication.sendEvent(widget, QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, point, global_point))


def install_keyboard_menu(widget: QWidget) -> None:
    if attached(widget, _KeyboardMenu) is None:
        widget.installEventFilter(attach(widget, _KeyboardMenu(widget)))
