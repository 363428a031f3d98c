"""After pasting a long text the caret is on screen: the page scrolls to it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication


@pytest.mark.parametrize("field_id", ["standards.s1.self", "standards.s10.self", "wider.feedback"])
def test_the_page_scrolls_to_the_caret_after_a_long_paste(window, qtbot, field_id):
    window.new_draft()
    assert window.focus_field(field_id)
    box = QApplication.focusWidget()
    words = "Reflective supervision helped me see the family's strengths and plan with them. "
    QApplication.clipboard().setText((words * 260)[:20_000])
    qtbot.keyClick(box, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(window.draft.answers[field_id]) == 20_000
    page = window.wizard.stack.currentWidget()
    viewport = page.viewport()

    def caret_on_screen() -> bool:
        caret = box.cursorRect()
        top = box.viewport().mapTo(viewport, caret.topLeft())
        bottom = box.viewport().mapTo(viewport, caret.bottomLeft() + QPoint(0, 1))
        return top.y() >= 0 and bottom.y() <= viewport.height()

    qtbot.waitUntil(caret_on_screen, timeout=2000)
    qtbot.keyClicks(box, " The end.")  # typing goes on where the person can see it
    assert window.draft.answers[field_id].endswith("The end.")
    qtbot.waitUntil(caret_on_screen, timeout=2000)
