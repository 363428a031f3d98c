"""A Yes / No answer, optionally with a comment (the manager's assessments, wellbeing)."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLineEdit, QPushButton, QRadioButton, QWidget

from pdr_desktop.forms.model import Field
from pdr_desktop.ui.fields.editor import FieldEditor
from pdr_desktop.ui.fields.line_edit import LineEdit
from pdr_desktop.ui.fields.locking import apply_lock
from pdr_desktop.ui.spelling import attach_line_spelling

YES, NO = "yes", "no"
# "… been completed Yes / No", "(standards have been met Yes/No)": the paper form's way of saying
# "tick one". Beside real Yes and No buttons it only repeats them.
_YES_NO_SUFFIX = re.compile(r"\s*\bYes\s*/\s*No\b\s*(?=\)?\s*:?\s*$)", re.IGNORECASE)


_ASKING = {"has", "have", "is", "are", "was", "were", "did", "do", "does", "can", "will", "should"}


def yes_no_question(label: str) -> str:
    """A yes/no question without the paper form's trailing "Yes / No" (and with its question mark:
    "Has the 'Wellbeing Action plan' been completed?")."""
    text = _YES_NO_SUFFIX.sub("", label).rstrip(": ").replace(" )", ")").replace("()", "").strip()
    if text != label.strip() and text.split(" ", 1)[0].lower() in _ASKING and not text.endswith("?"):
        text += "?"
    return text


class YesNoField(FieldEditor):
    def __init__(self, field: Field, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(field, accessible_name, parent)
        self.yes = QRadioButton(self.tr("Yes"), self)
        self.no = QRadioButton(self.tr("No"), self)
        for button in (self.yes, self.no):
            # Heard as "Yes, radio button, <question>": the answer first, then what it answers.
            button.setAccessibleName(button.text())
            button.setAccessibleDescription(accessible_name)
        self.group = QButtonGroup(self)
        self.group.addButton(self.yes)
        self.group.addButton(self.no)
        self.clear_button = QPushButton(self.tr("Clear"), self)
        self.clear_button.setObjectName("linkButton")
        self.clear_button.setAccessibleName(self.tr("Clear the answer: {0}").format(accessible_name))
        self.clear_button.setVisible(False)
        # Not a Tab stop: choosing Yes would otherwise push a new stop between Yes/No and the next
        # question. By keyboard, Delete (or Backspace) on the chosen answer clears it.
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.clear_button.setToolTip(self.tr("Clear the answer (Delete)"))
        self.comment: QLineEdit | None = None
        self._kept_comment = ""  # a comment from an imported form is kept even where we show no box
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.yes)
        layout.addWidget(self.no)
        layout.addWidget(self.clear_button)
        if field.allow_comment:
            self.comment = LineEdit(self)
            self.comment.setPlaceholderText(self.tr("Comment (optional)"))
            self.comment.setAccessibleName(self.tr("Comment: {0}").format(accessible_name))
            layout.addWidget(self.comment, 1)
            self.comment.textEdited.connect(self.edited)
            attach_line_spelling(self.comment)
        else:
            layout.addStretch(1)
        self.setFocusProxy(self.yes)
        self.group.buttonClicked.connect(self._answered)
        self.clear_button.clicked.connect(self._cleared)

    def _answered(self) -> None:
        self._sync_clear()
        self.edited.emit()

    def _cleared(self) -> None:
        self._set_answer("")
        self.edited.emit()
        self.yes.setFocus()

    def _set_answer(self, answer: str) -> None:
        # An exclusive group never lets the last checked button go, so step out of it to clear.
        self.group.setExclusive(False)
        self.yes.setChecked(answer == YES)
        self.no.setChecked(answer == NO)
        self.group.setExclusive(True)
        self._sync_clear()

    def _sync_clear(self) -> None:
        self.clear_button.setVisible(self.answer() != "" and not self.locked)

    def answer(self) -> str:
        if self.yes.isChecked():
            return YES
        if self.no.isChecked():
            return NO
        return ""

    def value(self) -> Any:
        return {
            "answer": self.answer(),
            "comment": self.comment.text() if self.comment else self._kept_comment,
        }

    def set_value(self, value: Any) -> None:
        value = value if isinstance(value, dict) else {}
        answer = str(value.get("answer", "")).lower()
        self._set_answer(answer if answer in (YES, NO) else "")
        comment = str(value.get("comment", "") or "")
        self._kept_comment = comment
        if self.comment is not None and comment != self.comment.text():
            self.comment.setText(comment)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # The radio buttons pass Delete and Backspace on to us: they clear the answer.
        clear = event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not event.modifiers()
        if clear and not self.locked and self.answer():
            self._cleared()
            return
        super().keyPressEvent(event)

    def inputs(self) -> list[QWidget]:
        widgets: list[QWidget] = [self.yes, self.no]
        if self.comment is not None:
            widgets.append(self.comment)
        return widgets

    def focus_input(self, part: str | None = None) -> QWidget:
        """ "comment" → the comment box; otherwise the chosen answer (or Yes when none is chosen)."""
        if part == "comment" and self.comment is not None:
            return self.comment
        return self.no if self.no.isChecked() else self.yes

    def set_locked(self, locked: bool) -> None:
        super().set_locked(locked)
        apply_lock(self.yes, locked)
        apply_lock(self.no, locked)
        if self.comment is not None:
            apply_lock(self.comment, locked)
        self._sync_clear()
