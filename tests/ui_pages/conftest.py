"""Helpers for the page tests: build real pages from the real form, shown offscreen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QPlainTextEdit, QWidget

from pdr_desktop.drafts.model import Draft
from pdr_desktop.forms.model import FieldType, Role
from pdr_desktop.ui.pages import create_page

SECTION_IDS = ["details", "standards", "wider", "learning", "objectives", "comments", "wellbeing", "signoff"]
TEXT_INPUTS = (QLineEdit, QPlainTextEdit)


@pytest.fixture
def empty_draft(form) -> Draft:
    return Draft.new(form)


@pytest.fixture
def make_page(qtbot, form):
    """make_page(section_id, draft, role) → a shown SectionPage sized like the main window's."""

    def make(section_id: str, draft: Draft, role: Role | str = Role.PRACTITIONER, size=(1100, 800)):
        page = create_page(form, form.section(section_id), draft, role)
        qtbot.addWidget(page)
        page.resize(*size)
        page.show()
        qtbot.waitExposed(page)
        page.activateWindow()
        qtbot.waitUntil(page.isActiveWindow)  # focus (and so Tab, Ctrl+C) needs an active window
        return page

    return make


def page_y(widget: QWidget, page: QWidget) -> int:
    return widget.mapTo(page.widget(), QPoint(0, 0)).y()


def page_x(widget: QWidget, page: QWidget) -> int:
    return widget.mapTo(page.widget(), QPoint(0, 0)).x()


def is_tab_stop(widget: QWidget) -> bool:
    return (
        widget.isVisible()
        and widget.isEnabled()
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.focusProxy() is None
    )


def tab_stops_in(page) -> list[QWidget]:
    """Every widget inside the page that Tab can land on, in no particular order."""
    return [w for w in page.widget().findChildren(QWidget) if is_tab_stop(w)]


def field_types(form, section_id: str) -> set[FieldType]:
    return {f.type for f in form.section(section_id).fields}


def text_of(widget: QWidget) -> str:
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QAbstractButton):
        return str(widget.isChecked())
    raise TypeError(widget)


def clipboard_text() -> str:
    return QApplication.clipboard().text()
