"""The small interface every field widget offers the pages.

A page binds one FieldEditor per form field: it loads the draft's value with
`set_value` (which never emits), listens to `edited` (the user changed it), reads
`value()` back and writes it into the draft. Editors know nothing about drafts.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from pdr_desktop.forms.model import Field


class FieldEditor(QWidget):
    """Base class: one form field's widget(s)."""

    edited = Signal()  # the person changed the value (never emitted by set_value)

    def __init__(self, field: Field, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.accessible_name = accessible_name
        self._locked = False
        self.setAccessibleName(accessible_name)

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def differs_from(self, value: Any) -> bool:
        """Whether the widget shows something other than `value` (the draft changed elsewhere)."""
        return self.value() != value

    def inputs(self) -> list[QWidget]:
        """The focusable widgets, in reading order (for tab order and focus_field)."""
        raise NotImplementedError

    def focus_input(self, part: str | None = None) -> QWidget:
        """The widget that receives focus when the page is asked to show this field."""
        return self.inputs()[0]

    @property
    def locked(self) -> bool:
        return self._locked

    def set_locked(self, locked: bool) -> None:
        self._locked = locked
