"""QLineEdit that stays unchanged while read-only, whoever asks (see ReadOnlyEditSlots)."""

from __future__ import annotations

from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QLineEdit

from pdr_desktop.ui.fields.locking import ReadOnlyEditSlots
from pdr_desktop.ui.spelling.menu import show_menu


class LineEdit(ReadOnlyEditSlots, QLineEdit):
    def insert(self, text: str) -> None:
        if not self.isReadOnly():
            super().insert(text)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        show_menu(self, event)  # the usual Edit menu, with spelling suggestions when checked
