"""The window's shortcuts work from every widget, single-line boxes included.

Qt lets the focused widget claim a key before any shortcut sees it (a ShortcutOverride event).
Text boxes claim the platform's editing keys there, and on Linux these include Emacs-style
bindings: Ctrl+E is "end of line" in a QLineEdit, a spin box or a date box, so File › Export
(Ctrl+E) did nothing while the cursor was in the name, a date or the meeting date. A text box
has Home/End for that; the menu's shortcut is what people expect.

One application-wide filter settles it for every text box in every page, present or future:
when a key belongs to an enabled action of the box's window, the action wins - except the
standard editing keys (undo, copy, paste, select all…), which always stay with the box. Widgets
that claim keys on purpose (the objectives table's Insert, Delete, Alt+Up) are not text boxes
and are left alone.
"""

from __future__ import annotations

from PySide6 import QtCore  # QtCore.Qt when used: see ui/first_paint.py on the Qt namespace
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget
from shiboken6 import Shiboken

from pdr_desktop.ui.attached import attach, attached

StandardKey = QKeySequence.StandardKey

# Keys a text box always keeps, even where a menu offers the same key for the focused widget.
EDITING_KEYS = (
    StandardKey.Undo,
    StandardKey.Redo,
    StandardKey.Cut,
    StandardKey.Copy,
    StandardKey.Paste,
    StandardKey.SelectAll,
    StandardKey.Delete,
    StandardKey.Backspace,
)
TEXT_BOXES = (QLineEdit, QAbstractSpinBox, QPlainTextEdit, QTextEdit)


def window_action_for(widget: QWidget, event: QKeyEvent) -> QAction | None:
    """The enabled action of *widget*'s window whose shortcut is this key, if there is one."""
    window = widget.window()
    pressed = QKeySequence(event.keyCombination())
    for action in window.findChildren(QAction):
        if action.isEnabled() and any(key == pressed for key in action.shortcuts()):
            return action
    return None


def _is_editing_key(event: QKeyEvent) -> bool:
    return any(event.matches(key) for key in EDITING_KEYS)


class WindowShortcutsFirst(QObject):
    """Event filter on the focused text box: its own key bindings give way to the window's actions.

    Qt sends ShortcutOverride to the focus widget only, so the filter follows the focus rather
    than watching the whole application: an application filter ran Python for every event
    (paints, layouts, timers: thousands while a large page was built and shown).
    """

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._watched: QWidget | None = None
        app.focusChanged.connect(lambda _old, new: self.follow(new))
        self.follow(app.focusWidget())

    def follow(self, widget: QWidget | None) -> None:
        """Watch *widget* when it is a text box (and stop watching the one before)."""
        if self._watched is not None and Shiboken.isValid(self._watched):
            self._watched.removeEventFilter(self)
        self._watched = widget if isinstance(widget, TEXT_BOXES) else None
        if self._watched is not None:
            self._watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and isinstance(watched, TEXT_BOXES)
            and self._command_key(event)
            and not _is_editing_key(event)
            and window_action_for(watched, event) is not None
        ):
            event.ignore()  # not claimed: the key goes on to the window's shortcut
            return True
        return False

    @staticmethod
    def _command_key(event: QKeyEvent) -> bool:
        """Only keys with Ctrl or Alt, or function keys, can be window shortcuts here."""
        qt = QtCore.Qt
        command = qt.KeyboardModifier.ControlModifier | qt.KeyboardModifier.AltModifier
        return bool(event.modifiers() & command) or qt.Key.Key_F1 <= event.key() <= qt.Key.Key_F35


def install_window_shortcuts_first() -> None:
    """Install the filter once per application (each window calls this; tests make many)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication) or attached(app, WindowShortcutsFirst) is not None:
        return
    attach(app, WindowShortcutsFirst(app))
