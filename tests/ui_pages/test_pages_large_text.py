"""At 200% text size every page still fits the window's width: text wraps, nothing is cut off sideways."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QLabel

from pdr_desktop.forms.model import Role

from .conftest import SECTION_IDS


@pytest.fixture
def doubled_font(qapp):
    original = qapp.font()
    font = qapp.font()
    font.setPointSizeF(original.pointSizeF() * 2)
    qapp.setFont(font)
    yield font
    qapp.setFont(original)


@pytest.mark.parametrize("width", [1100, 640])
@pytest.mark.parametrize("section_id", SECTION_IDS)
def test_pages_reflow_at_double_text_size(make_page, sample_draft, qtbot, doubled_font, section_id, width):
    page = make_page(section_id, sample_draft, Role.MANAGER, size=(width, 800))
    body = page.widget()
    qtbot.waitUntil(lambda: body.width() <= page.viewport().width())
    assert body.minimumSizeHint().width() <= page.viewport().width()
    title = next(label for label in body.findChildren(QLabel) if label.objectName() == "pageTitle")
    assert title.font().pointSizeF() > doubled_font.pointSizeF()  # headings grow with the text
    for editor in page.editors.values():
        right = editor.mapTo(body, QPoint(editor.width(), 0)).x()
        assert right <= body.width(), editor.accessibleName()
        for widget in editor.inputs():
            assert widget.font().pointSizeF() >= doubled_font.pointSizeF() - 0.5
    assert QApplication.font().pointSizeF() == doubled_font.pointSizeF()


def test_side_by_side_answers_stack_when_narrow(make_page, sample_draft, qtbot, doubled_font):
    from pdr_desktop.ui.pages.columns import ColumnsRow

    page = make_page("learning", sample_draft, size=(1100, 800))
    rows = page.widget().findChildren(ColumnsRow)
    assert rows and all(row.per_row() == 2 for row in rows)
    page.resize(640, 800)
    qtbot.waitUntil(lambda: all(row.per_row() == 1 for row in rows))
