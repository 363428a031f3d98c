"""Field locking: the other role's answers are shown, selectable and copyable, never changeable.

A practitioner must not be able to alter what their manager wrote (and the other
way round), by typing, pasting, dragging text in, or pressing Ctrl+Z to roll back
someone else's words. Reading, selecting and copying stay possible, because
people quote each other's comments.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTextEdit,
    QWidget,
)

from pdr_desktop.forms.model import Role
from pdr_desktop.ui.accessible import LOCKED_PROPERTY, describe, explain_read_only, read_only_changed
from pdr_desktop.ui.attached import attach, attached, detach

# LOCKED_PROPERTY ("locked"): style sheets grey locked widgets with [locked="true"], and the
# accessible interface of radio buttons and check boxes reports them read-only.
READ_ONLY_FLAGS = (
    Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
)

_EDIT_KEYS = (
    QKeySequence.StandardKey.Undo,
    QKeySequence.StandardKey.Redo,
    QKeySequence.StandardKey.Paste,
    QKeySequence.StandardKey.Cut,
    QKeySequence.StandardKey.Delete,
)


def owner_tag(owner: Role) -> str:
    """The small tag beside a locked field: whose part of the form this is."""
    if owner is Role.MANAGER:
        return QCoreApplication.translate("locking", "Manager's part")
    return QCoreApplication.translate("locking", "Practitioner's part")


def lock_reason(owner: Role) -> str:
    """Why a locked field cannot be changed, as its accessible description says it."""
    if owner is Role.MANAGER:
        return QCoreApplication.translate("locking", "Your manager's part")
    return QCoreApplication.translate("locking", "The practitioner's part")


def describe_lock(widgets: list[QWidget], owner: Role, locked: bool, read_only: bool = False) -> None:
    """Each of *widgets* says whose part it is while locked ("Your manager's part"), or that the
    whole conversation is read-only in this window."""
    if locked:
        reason = lock_reason(owner)
    elif read_only:
        reason = QCoreApplication.translate("locking", "Read-only in this window")
    else:
        reason = ""
    for widget in widgets:
        describe(widget, "lock", reason)


def is_edit_shortcut(event: QKeyEvent) -> bool:
    return any(event.matches(key) for key in _EDIT_KEYS)


class ReadOnlyEditSlots:
    """Mix into a text widget so its edit slots respect read-only, whoever calls them.

    Read-only Qt text widgets refuse keys, but paste(), cut(), undo() and redo() still change the
    text when called directly, which is what an Edit menu does with the focused widget. Goes
    before the Qt class in the bases so these win.

    (mypy sees only this class's bases, so the Qt methods the mixin calls on are declared below and
    the calls to the Qt class after it in the real bases are marked.)
    """

    if TYPE_CHECKING:  # the text widget's own, on QLineEdit, QTextEdit and QPlainTextEdit alike

        def isReadOnly(self) -> bool: ...

        def copy(self) -> None: ...

    def paste(self) -> None:
        if not self.isReadOnly():
            super().paste()  # type: ignore[misc]

    def cut(self) -> None:
        if self.isReadOnly():
            self.copy()  # leave the text, but still give the person a copy
            return
        super().cut()  # type: ignore[misc]

    def undo(self) -> None:
        if not self.isReadOnly():
            super().undo()  # type: ignore[misc]

    def redo(self) -> None:
        if not self.isReadOnly():
            super().redo()  # type: ignore[misc]


class _ChoiceGuard(QObject):
    """Swallows clicks and keys that would change a locked radio button or check box.

    The button stays enabled and focusable, so its state is still read out by a
    screen reader and reachable with Tab; it just cannot be changed, and trying to
    (Space, a click) says why in the status bar.
    """

    _TRIES = (Qt.Key.Key_Space, Qt.Key.Key_Select)

    _BLOCKED = (
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
    )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in self._BLOCKED:
            return False
        if isinstance(event, QKeyEvent) and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            return False
        tried = event.type() == QEvent.Type.MouseButtonPress or (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in self._TRIES
            and not event.isAutoRepeat()
        )
        if tried and isinstance(watched, QWidget):
            explain_read_only(watched)
        return True


def _guard_choice(widget: QWidget, locked: bool) -> None:
    guard = attached(widget, _ChoiceGuard)
    if locked and guard is None:
        widget.installEventFilter(attach(widget, _ChoiceGuard(widget)))
    elif not locked and guard is not None:
        widget.removeEventFilter(guard)
        detach(widget, _ChoiceGuard)
        guard.deleteLater()


def _lock_text(widget: QPlainTextEdit | QTextEdit, locked: bool) -> None:
    widget.setReadOnly(locked)
    if locked:
        widget.setTextInteractionFlags(READ_ONLY_FLAGS)
        # Dropping the undo history means Ctrl+Z cannot bring back anything typed before the lock.
        widget.setUndoRedoEnabled(False)
    else:
        widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        widget.setUndoRedoEnabled(True)
    widget.setAcceptDrops(not locked)


def _lock_line(widget: QLineEdit, locked: bool) -> None:
    # A read-only QLineEdit already refuses typing, paste, drops and undo; we also drop the drop target.
    widget.setReadOnly(locked)
    widget.setAcceptDrops(not locked)


def apply_lock(widget: QWidget, locked: bool) -> None:
    """Lock or unlock one widget; a FieldEditor (anything with set_locked) locks its own inputs."""
    set_locked = getattr(widget, "set_locked", None)
    if callable(set_locked):
        set_locked(locked)
        return
    was_locked = bool(widget.property(LOCKED_PROPERTY))
    widget.setProperty(LOCKED_PROPERTY, locked)
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        _lock_text(widget, locked)
    elif isinstance(widget, QLineEdit):
        _lock_line(widget, locked)
    elif isinstance(widget, (QRadioButton, QCheckBox)):
        _guard_choice(widget, locked)
    elif isinstance(widget, QComboBox):
        line = widget.lineEdit() if widget.isEditable() else None
        if line is not None:
            _lock_line(line, locked)
        _guard_choice(widget, locked)
    elif isinstance(widget, QAbstractItemView):
        triggers = (
            QAbstractItemView.EditTrigger.NoEditTriggers
            if locked
            else QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        widget.setEditTriggers(triggers)
        widget.setAcceptDrops(not locked)
    elif isinstance(widget, QAbstractButton):
        # Action buttons (Sign, Clear, Pick a date) do something: off for the other role.
        widget.setEnabled(not locked)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    if was_locked != locked:
        read_only_changed(widget)
