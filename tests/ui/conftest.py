"""Shell test helpers: a real MainWindow on real pages, with modal dialogs recorded, not shown."""

from __future__ import annotations

import errno

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from pdr_desktop.settings import load_settings


@pytest.fixture
def today(clock):
    return clock.today()


@pytest.fixture
def messages(monkeypatch):
    """Every QMessageBox a test triggers, as (kind, title, text); none of them blocks."""
    seen: list[tuple[str, str, str]] = []

    def record(kind, answer=QMessageBox.StandardButton.Ok):
        def show(parent, title, text, *args, **kwargs):
            seen.append((kind, title, text))
            return answer

        return show

    monkeypatch.setattr(QMessageBox, "warning", record("warning"))
    monkeypatch.setattr(QMessageBox, "information", record("information"))
    monkeypatch.setattr(QMessageBox, "critical", record("critical"))
    monkeypatch.setattr(QMessageBox, "question", record("question", QMessageBox.StandardButton.Discard))
    monkeypatch.setattr(QMessageBox, "about", record("about"))
    return seen


@pytest.fixture(autouse=True)
def no_blocking_dialogs(monkeypatch):
    """A dialog a test did not expect fails the test instead of hanging it."""

    def unexpected(self):
        raise AssertionError(f"unexpected modal dialog: {type(self).__name__} {self.windowTitle()!r}")

    monkeypatch.setattr(QDialog, "exec", unexpected)


@pytest.fixture
def make_window(qtbot, registry, clock, messages):
    """make_window(role="practitioner") → a shown MainWindow on the start page."""
    from pdr_desktop.ui.main_window import MainWindow

    def make(role: str = "practitioner", settings=None):
        settings = settings or load_settings()
        if role and not settings.is_locked("role"):
            settings.role = role
        window = MainWindow(registry=registry, settings=settings, clock=clock)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()  # keyboard focus only goes to widgets in the active window
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
        return window

    return make


@pytest.fixture
def window(make_window):
    return make_window()


def type_into_focus(qtbot, text: str) -> None:
    """Replace whatever the focused box holds with *text*, typed key by key."""
    from PySide6.QtCore import Qt

    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, widget, text)


def type_text(qtbot, widget, text: str) -> None:
    """Key presses for *text*; letters QTest cannot map (é, ō) arrive as a keyboard layout sends them."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


@pytest.fixture
def typer(qtbot):
    return lambda text: type_into_focus(qtbot, text)


@pytest.fixture
def disk_full(monkeypatch):
    """disk_full("module.function", …): from then on each named writer fails as a full disk does."""

    def fill(*targets: str) -> None:
        def no_space(*args, **kwargs):
            raise OSError(errno.ENOSPC, "No space left on device")

        for target in targets:
            monkeypatch.setattr(target, no_space)

    return fill
