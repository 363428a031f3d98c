"""Every window shortcut works whichever widget has the focus, on every page.

Offscreen Qt has no Emacs-style bindings, so the X11 failure (Ctrl+E claimed by QLineEdit as
"end of line") is reproduced by a text box that claims every key, as xcb's bindings do for
Ctrl+E; the AT-SPI test presses the real key on X11 too.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from pdr_desktop.ui.shortcuts import EDITING_KEYS, TEXT_BOXES


class GreedyLineEdit(QLineEdit):
    """A line edit that claims every key for itself, as X11's Emacs bindings claim Ctrl+E."""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()
            return True
        return super().event(event)


def _record(action: QAction) -> list[int]:
    hits: list[int] = []
    action.triggered.disconnect()  # the real slot would open a file dialog
    action.triggered.connect(lambda *_: hits.append(1))
    return hits


def _override_claimed(widget: QWidget, sequence: QKeySequence) -> bool:
    combo = sequence[0]
    event = QKeyEvent(QEvent.Type.ShortcutOverride, combo.key(), combo.keyboardModifiers())
    event.setAccepted(False)
    QApplication.sendEvent(widget, event)
    return event.isAccepted()


def test_ctrl_e_exports_from_a_box_that_claims_the_key(window, qtbot):
    window.new_draft()
    box = GreedyLineEdit(window.wizard)
    box.show()
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    export = next(a for a in window.findChildren(QAction) if a.shortcut() == QKeySequence("Ctrl+E"))
    hits = _record(export)
    qtbot.keyClick(box, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert hits == [1]
    # …but the box keeps the editing keys, and keys no action uses.
    assert _override_claimed(box, QKeySequence(QKeySequence.StandardKey.Copy))
    assert _override_claimed(box, QKeySequence("Ctrl+J"))


def _window_shortcuts(window) -> dict[str, QAction]:
    editing = {key for k in EDITING_KEYS for key in QKeySequence.keyBindings(k)}
    return {
        key.toString(): action
        for action in window.findChildren(QAction)
        for key in action.shortcuts()
        if key not in editing
    }


def _text_boxes_on_every_page(window) -> list[QWidget]:
    """One of each kind of text box the form shows, found through the pages (not by field id)."""
    kinds: dict[type, QWidget] = {}
    for entry in window.wizard.order:
        window.show_section(entry)
        for widget in window.findChildren(QWidget):
            if isinstance(widget, TEXT_BOXES) and widget.isVisible() and widget.focusProxy() is None:
                kinds.setdefault(type(widget), widget)
    return list(kinds.values())


def test_no_text_box_keeps_a_window_shortcut_for_itself(window, qtbot):
    window.new_draft()
    shortcuts = _window_shortcuts(window)
    assert "Ctrl+E" in shortcuts and "Ctrl+PgDown" in shortcuts
    boxes = _text_boxes_on_every_page(window)
    assert len(boxes) >= 3  # line edits, long text boxes, the meeting date…
    for box in boxes:
        claimed = [key for key in shortcuts if _override_claimed(box, QKeySequence(key))]
        assert claimed == [], (type(box).__name__, box.accessibleName(), claimed)


@pytest.mark.parametrize("key", ["Ctrl+E", "Ctrl+S", "Ctrl+PgDown"])
def test_shortcuts_from_the_meeting_date_and_a_single_line_field(window, qtbot, key):
    window.new_draft()
    action = _window_shortcuts(window)[key]
    hits = _record(action)
    targets = [window.review_actions.round_panel.meeting]
    window.focus_field("details.name")
    targets.append(QApplication.focusWidget())
    sequence = QKeySequence(key)[0]
    for target in targets:
        target.setFocus()
        qtbot.waitUntil(target.hasFocus)
        qtbot.keyClick(target, sequence.key(), sequence.keyboardModifiers())
    assert hits == [1, 1]


def test_menu_keys_are_the_ones_qkeysequence_gives(window):
    # menus.key_sequence makes them without QKeySequence(…): the same key for each kind of shortcut.
    from PySide6.QtGui import QKeySequence

    from pdr_desktop.ui.menus import key_sequence

    for shortcut in (QKeySequence.StandardKey.Save, QKeySequence.StandardKey.Copy, "Ctrl+Shift+S", "F1"):
        assert key_sequence(shortcut) == [QKeySequence(shortcut)], shortcut
    assert key_sequence(QKeySequence("Ctrl+W")) == [QKeySequence("Ctrl+W")]
    assert window.menus.action_save.shortcut() == QKeySequence(QKeySequence.StandardKey.Save)
    assert window.menus.action_close.shortcut() == QKeySequence("Ctrl+W")
