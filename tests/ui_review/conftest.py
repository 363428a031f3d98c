"""A small stand-in main window with the MainWindow contract the review actions use,
so the review UI is tested on its own; the real window is driven in tests/e2e."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMainWindow, QMessageBox, QStackedWidget

from pdr_desktop.clock import FixedClock
from pdr_desktop.drafts.store import read_draft, write_draft
from pdr_desktop.forms.model import Role


class FakeWindow(QMainWindow):
    draft_loaded = Signal()
    draft_changed = Signal(str)
    draft_saved = Signal(str)
    role_changed = Signal(str)

    def __init__(self, registry, form, today: date, role: str = "practitioner") -> None:
        super().__init__()
        self.registry = registry
        self.form = form
        self.clock = FixedClock(today)
        self.today = today
        self.role = role
        self.settings = None
        self.draft = None
        self.draft_path: Path | None = None
        self.saves = 0
        self.refreshes = 0
        self.extra_pages: dict[str, tuple[str, object, str]] = {}
        self.shown_section = ""
        self.menus = SimpleNamespace()  # the parts of ui.menus.Menus the review actions use
        self.menus.menu_file = self.menuBar().addMenu("&File")
        self.menus.menu_edit = self.menuBar().addMenu("&Edit")
        self.menus.menu_view = self.menuBar().addMenu("&View")
        self.menus.menu_review = self.menuBar().addMenu("&Review")
        self.menus.menu_help = self.menuBar().addMenu("&Help")
        self.pages = QStackedWidget()
        self.setCentralWidget(self.pages)

    def add_extra_page(self, page_id, title, widget, after_section_id=None):
        self.extra_pages[page_id] = (title, widget, after_section_id)
        self.pages.addWidget(widget)
        widget.edited.connect(lambda fid: (self.draft_changed.emit(fid), self.save_now()))

    def load_draft(self, draft, path):
        self.draft, self.draft_path = draft, Path(path) if path else None
        self.draft_loaded.emit()

    def open_path(self, path, role=None) -> bool:
        self.opened_as = role
        self.load_draft(read_draft(Path(path), self.registry), path)
        return True

    def save_now(self) -> bool:
        if self.draft_path is None:
            return False
        write_draft(self.draft, self.draft_path)
        self.saves += 1
        self.draft_saved.emit(str(self.draft_path))
        return True

    def refresh_from_draft(self):
        self.refreshes += 1

    def show_section(self, section_id):
        self.shown_section = section_id

    def set_role(self, role):
        self.role = Role(role).value
        self.role_changed.emit(self.role)


@pytest.fixture
def make_window(qtbot, registry, form):
    def make(today: date = date(2025, 10, 6), role: str = "practitioner", draft=None, path=None):
        window = FakeWindow(registry, form, today, role)
        qtbot.addWidget(window)
        from pdr_desktop.ui.review import install_review_actions

        window.review_actions = install_review_actions(window)
        if draft is not None:
            if path is not None:
                write_draft(draft, path)
            window.load_draft(draft, path)
        return window

    return make


@pytest.fixture
def answer_boxes(monkeypatch):
    """Answer QMessageBox questions with a queue of buttons, and record what was shown."""
    shown: list[tuple[str, str]] = []
    answers: list = []

    def question(parent, title, text, *args, **kwargs):
        shown.append((title, text))
        return answers.pop(0) if answers else QMessageBox.StandardButton.No

    def note(kind):
        def show(parent, title, text, *args, **kwargs):
            shown.append((title, text))
            return QMessageBox.StandardButton.Ok

        return show

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(note("info")))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(note("warning")))
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(note("critical")))
    return shown, answers


@pytest.fixture
def message_box_click(monkeypatch):
    """Make QMessageBox.exec() press the button whose text is queued (or Cancel); keep what it showed."""
    queue: list[str] = []
    seen: list[QMessageBox] = []

    def exec_(box: QMessageBox) -> int:
        seen.append({"text": box.text(), "info": box.informativeText(), "details": box.detailedText()})
        wanted = queue.pop(0) if queue else "Cancel"
        for button in box.buttons():
            if button.text().replace("&", "") == wanted:
                button.click()
                return 0
        raise AssertionError(f"no button {wanted!r} in {[b.text() for b in box.buttons()]}")

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return queue, seen
