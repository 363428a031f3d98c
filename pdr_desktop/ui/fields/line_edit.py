"""QLineEdit that stays unchanged while read-only, whoever asks (see ReadOnlyEditSlots)."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from pdr_desktop.ui.fields.locking import ReadOnlyEditSlots


class LineEdit(ReadOnlyEditSlots, QLineEdit):
    def insert(self, text: str) -> None:
        if not self.isReadOnly():
            super().insert(text)
