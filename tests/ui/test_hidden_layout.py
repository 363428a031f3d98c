"""lay_out_hidden: a hidden page is laid out at the place it will be shown in, before it shows."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from pdr_desktop.ui.hidden_layout import lay_out_hidden

WORDS = "Guidance for the standard, long enough to wrap onto several lines. " * 12


def _page() -> tuple[QScrollArea, QLabel]:
    page = QScrollArea()
    page.setWidgetResizable(True)
    body = QWidget()
    label = QLabel(WORDS)
    label.setWordWrap(True)
    layout = QVBoxLayout(body)
    layout.addWidget(label)
    layout.addStretch(1)  # the label as tall as its words need, no taller
    page.setWidget(body)
    return page, label


def test_a_hidden_page_gets_its_place_and_its_layout_now(qtbot):
    page, label = _page()
    qtbot.addWidget(page)
    assert not page.isVisible()
    passes = lay_out_hidden(page, QRect(0, 0, 900, 600))
    assert passes >= 1
    assert page.geometry() == QRect(0, 0, 900, 600)
    assert page.widget().width() == page.viewport().width()  # the body follows the viewport
    assert label.width() > 800  # the label was laid out at the new width, not 640 × 480's
    assert label.height() == label.heightForWidth(label.width())


def test_without_it_qt_leaves_the_layout_to_the_first_show(qtbot):
    # The check above can fail: a hidden page given a geometry alone is not laid out.
    page, label = _page()
    qtbot.addWidget(page)
    page.setGeometry(QRect(0, 0, 900, 600))
    assert page.widget().width() != page.viewport().width() or label.width() < 800


def test_a_visible_page_is_left_to_qt(qtbot):
    page, _label = _page()
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    before = page.geometry()
    assert lay_out_hidden(page, QRect(0, 0, 300, 200)) == 0
    assert page.geometry() == before
