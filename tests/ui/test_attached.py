"""Helpers attached once to a Qt object are found again without findChild (ui/attached.py)."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject

from pdr_desktop.ui.attached import attach, attached, detach


class Watcher(QObject):
    pass


class Guard(QObject):
    pass


def test_an_attached_helper_is_found_by_its_kind_only(qapp):
    owner = QObject()
    watcher = attach(owner, Watcher(owner))
    assert attached(owner, Watcher) is watcher
    assert attached(owner, Guard) is None
    assert attached(QObject(), Watcher) is None  # another owner has none


def test_a_deleted_or_detached_helper_is_not_found(qapp):
    owner = QObject()
    shiboken6.delete(attach(owner, Watcher(owner)))
    assert attached(owner, Watcher) is None
    attach(owner, Guard(owner))
    detach(owner, Guard)
    assert attached(owner, Guard) is None


def test_placing_a_window_twice_keeps_one_screen_watcher(qtbot):
    from PySide6.QtCore import QSize
    from PySide6.QtWidgets import QMainWindow

    from pdr_desktop.ui import window_state

    window = QMainWindow()
    qtbot.addWidget(window)
    window_state.place_window(window, QSize(400, 300))
    first = attached(window, window_state._KeepOnScreen)
    window_state.place_window(window, QSize(400, 300))
    assert first is not None and attached(window, window_state._KeepOnScreen) is first
    assert len(window.findChildren(window_state._KeepOnScreen)) == 1
