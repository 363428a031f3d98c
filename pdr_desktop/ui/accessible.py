"""Accessible names for buttons that only have a visible text (dialog button boxes, "Close").

Qt reads a button's text to a screen reader when it has no accessible name, but the app's
rule (and its tests) is that every focusable widget carries one explicitly, so that a
renamed or icon-only button can never end up silent.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QWidget


def name_buttons(root: QWidget) -> None:
    """Give every button under *root* without an accessible name its text, minus the "&"."""
    for button in root.findChildren(QAbstractButton):
        if not button.accessibleName().strip():
            text = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
            button.setAccessibleName(text.strip() or button.toolTip())
