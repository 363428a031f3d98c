"""F7, Edit › Next spelling mistake: select the next possible mistake, across fields and pages.

"Next" is in the form's order, from the text cursor of the box being typed in (or from the
top), wrapping round at the end. Only the person's own answers are visited: the other role's
are locked and not theirs to correct. The word is selected, so typing replaces it and the
context menu (Menu key, Shift+F10) offers suggestions for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from pdr_desktop.spelling.draft_check import Finding, check_draft, checked_texts
from pdr_desktop.ui.spelling.service import spelling_service

if TYPE_CHECKING:
    from pdr_desktop.ui.main_window import MainWindow


def input_for(window: MainWindow, target: str, open_cell: bool = True) -> QWidget | None:
    """The text box showing `target` ("wider.self", "standards.s1.manager.comment", …), if built.

    For a table cell ("objectives.items#2.next_steps") that is the cell's editor, opened unless
    `open_cell` is False.
    """
    section_id = window.wizard.section_of(target)
    page = window.wizard.pages.built.get(section_id) if section_id else None
    editor_for = getattr(page, "editor_for", None)
    if editor_for is None:
        return None
    editor, part = editor_for(target)
    if editor is None:
        return None
    widget = editor.focus_input(part)
    if isinstance(widget, QAbstractItemView):  # a table cell (objectives): its open cell editor
        if not open_cell:
            return None
        if widget.state() != QAbstractItemView.State.EditingState:
            widget.edit(widget.currentIndex())
        widget = next(
            (
                w
                for w in widget.viewport().findChildren(QWidget)
                if isinstance(w, (QLineEdit, QPlainTextEdit))
            ),
            None,
        )
    return widget if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)) else None


def _where_now(window: MainWindow, order: dict[str, int]) -> tuple[int, int]:
    """(place in the form, offset in its text) of the text cursor; (-1, 0) when not in an answer."""
    focused = QApplication.focusWidget()
    if not isinstance(focused, (QLineEdit, QPlainTextEdit, QTextEdit)):
        return -1, 0
    offset = (
        max(focused.cursorPosition(), focused.selectionEnd())
        if isinstance(focused, QLineEdit)
        else focused.textCursor().selectionEnd()
    )
    cell = _cell_of(focused)
    for target, index in order.items():
        if input_for(window, target, open_cell=False) is focused or (cell and target.endswith(cell)):
            return index, offset
    return -1, 0


def _cell_of(widget: QWidget) -> str:
    """ "#2.next_steps" when `widget` edits row 2, column next_steps of a table; "" otherwise."""
    parent = widget.parent()
    view = parent.parent() if parent is not None else None
    if not isinstance(view, QAbstractItemView):
        return ""
    columns = getattr(view.model(), "columns", None)
    index = view.currentIndex()
    if not columns or not index.isValid() or index.column() >= len(columns):
        return ""
    return f"#{index.row() + 1}.{columns[index.column()].id}"


def next_mistake(window: MainWindow) -> Finding | None:
    """Go to and select the next possible mistake; says in the status bar when there is none."""
    service = spelling_service()
    bar = window.statusBar()
    if window.draft is None:
        return None
    if not service.enabled:
        bar.showMessage(
            QCoreApplication.translate("MainWindow", "Spelling is switched off (Edit › Preferences)."), 8000
        )
        return None
    if not service.active() or service.checker is None:
        bar.showMessage(
            QCoreApplication.translate(
                "MainWindow", "The spelling dictionary is still loading; try again in a moment."
            ),
            8000,
        )
        return None
    window.wizard.commit()
    form, draft = window.form, window.draft
    findings = check_draft(form, draft, service.checker, role=window.role)
    if not findings:
        bar.showMessage(QCoreApplication.translate("MainWindow", "No spelling mistakes found."), 8000)
        return None
    order = {t.target: i for i, t in enumerate(checked_texts(form, draft, window.role))}
    here = _where_now(window, order)
    after = [f for f in findings if (order[f.target], f.start) >= here]
    finding = after[0] if after else findings[0]
    if not go_to(window, finding):
        return None
    if not after:  # said once there, so changing page does not wipe it
        bar.showMessage(QCoreApplication.translate("MainWindow", "Back to the first spelling mistake."), 8000)
    return finding


def go_to(window: MainWindow, finding: Finding) -> bool:
    """Show the answer holding `finding` and select its word; False if the answer cannot be shown."""
    if not window.focus_field(finding.target):
        return False
    select(input_for(window, finding.target), finding)
    return True


def select(widget: QWidget | None, finding: Finding) -> None:
    if isinstance(widget, QLineEdit):
        widget.setFocus()
        widget.setSelection(finding.start, finding.end - finding.start)
    elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
        widget.setFocus()
        cursor = widget.textCursor()
        cursor.setPosition(finding.start)
        cursor.setPosition(finding.end, QTextCursor.MoveMode.KeepAnchor)
        widget.setTextCursor(cursor)
        widget.ensureCursorVisible()
