"""QLineEdit that stays unchanged while read-only, whoever asks.

A read-only QLineEdit refuses keys, but its paste(), cut(), undo(), redo() and
insert() slots still change the text when called directly - which is what an
Edit menu does with the focused widget. Locked fields must not change that way either.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit


class LineEdit(QLineEdit):
    def paste(self) -> None:
        if not self.isReadOnly():
            super().paste()

    def cut(self) -> None:
        if self.isReadOnly():
            self.copy()  # leave the text, but still give the person a copy
            return
        super().cut()

    def undo(self) -> None:
        if not self.isReadOnly():
            super().undo()

    def redo(self) -> None:
        if not self.isReadOnly():
            super().redo()

    def insert(self, text: str) -> None:
        if not self.isReadOnly():
            super().insert(text)
