"""A bar above the form that says something about the open file and offers what to do about it.

Read-only because another window has the draft, a conflict copy, a file deleted while open: each
is a sentence and one or two buttons, never a modal question that interrupts typing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class NoticeBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBar")
        self.setAccessibleName(self.tr("File notice"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._layout = QHBoxLayout(self)
        self.label = QLabel()
        self.label.setObjectName("noticeText")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._layout.addWidget(self.label, 1)
        self.buttons: list[QPushButton] = []
        self.kind = ""  # what the bar is saying: "read-only", "conflict", "deleted", "taken-over", …
        self.hide()

    def show_notice(self, kind: str, text: str, actions: list[tuple[str, Callable[[], object]]]) -> None:
        """Show `text` with a button per (label, slot); labels carry their & access key."""
        self.clear()
        self.kind = kind
        self.label.setText(text)
        self.setAccessibleDescription(text)
        for caption, slot in actions:
            button = QPushButton(caption)
            button.setAccessibleName(caption.replace("&", ""))
            button.clicked.connect(lambda _=False, s=slot: s())
            self._layout.addWidget(button)
            self.buttons.append(button)
        self.show()

    def button(self, caption: str) -> QPushButton:
        """The button whose label (without its & access key) is `caption` (for tests and shortcuts)."""
        return next(b for b in self.buttons if b.text().replace("&", "") == caption)

    def clear(self) -> None:
        for button in self.buttons:
            self._layout.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        self.kind = ""
        self.label.clear()
        self.hide()
