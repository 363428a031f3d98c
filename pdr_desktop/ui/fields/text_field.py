"""A one-line answer (name, position, period covered)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QWidget

from pdr_desktop.forms.model import Field
from pdr_desktop.ui.fields.editor import FieldEditor
from pdr_desktop.ui.fields.line_edit import LineEdit
from pdr_desktop.ui.fields.locking import apply_lock
from pdr_desktop.ui.spelling import attach_line_spelling


class TextField(FieldEditor):
    def __init__(self, field: Field, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(field, accessible_name, parent)
        self.line = LineEdit(self)
        self.line.setAccessibleName(accessible_name)
        if field.description:
            self.line.setPlaceholderText(field.description)
            self.line.setAccessibleDescription(field.description)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line)
        self.setFocusProxy(self.line)
        self.line.textEdited.connect(self.edited)
        if field.spellcheck:  # not for people's names
            attach_line_spelling(self.line)

    def value(self) -> Any:
        return self.line.text()

    def set_value(self, value: Any) -> None:
        text = value if isinstance(value, str) else ""
        if text != self.line.text():
            self.line.setText(text)

    def set_placeholder(self, text: str) -> None:
        self.line.setPlaceholderText(text)

    def inputs(self) -> list[QWidget]:
        return [self.line]

    def set_locked(self, locked: bool) -> None:
        super().set_locked(locked)
        apply_lock(self.line, locked)
