"""What the window remembers between runs: geometry, the last draft, recently opened files.

Stored with QSettings in an ini file under ``paths.config_dir()``, so tests (which
point PDR_DESKTOP_HOME at a temporary folder) never touch the real user's state.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter

from pdr_desktop import paths
from pdr_desktop.atomic import create_private_file

STATE_FILE = "window-state.ini"
MAX_RECENT = 10


def state_store() -> QSettings:
    folder = paths.config_dir(ensure=True)
    # QSettings writes new files with the umask's permissions but keeps an existing file's:
    # the file (recent drafts' names) is made owner-only first.
    create_private_file(folder / STATE_FILE)
    return QSettings(str(folder / STATE_FILE), QSettings.Format.IniFormat)


def restore_window(window: QMainWindow) -> bool:
    """Put the window back where it was; False on a first start (caller picks a size)."""
    store = state_store()
    geometry = store.value("window/geometry")
    state = store.value("window/state")
    restored = False
    if isinstance(geometry, QByteArray) and not geometry.isEmpty():
        restored = window.restoreGeometry(geometry)
    if isinstance(state, QByteArray) and not state.isEmpty():
        window.restoreState(state)
    return restored


def save_window(window: QMainWindow, splitter: QSplitter | None = None) -> None:
    store = state_store()
    store.setValue("window/geometry", window.saveGeometry())
    store.setValue("window/state", window.saveState())
    if splitter is not None:
        store.setValue("window/splitter", splitter.saveState())
    store.sync()


def restore_splitter(splitter: QSplitter) -> bool:
    """The task list width the user chose last time; False when there is none yet."""
    state = state_store().value("window/splitter")
    return isinstance(state, QByteArray) and not state.isEmpty() and splitter.restoreState(state)


def last_draft() -> Path | None:
    value = state_store().value("drafts/last", "")
    return Path(str(value)) if value else None


def recent_files() -> list[Path]:
    value = state_store().value("drafts/recent", [])
    if isinstance(value, str):  # QSettings hands back a lone string for a one-item list
        value = [value]
    return [Path(str(v)) for v in value or [] if v]


def remember_draft(path: Path) -> None:
    """Mark *path* as the last draft and put it first in the recent list."""
    path = Path(path)
    recent = [p for p in recent_files() if p != path]
    store = state_store()
    store.setValue("drafts/last", str(path))
    store.setValue("drafts/recent", [str(p) for p in [path, *recent][:MAX_RECENT]])
    store.sync()


def forget_draft(path: Path) -> None:
    path = Path(path)
    store = state_store()
    store.setValue("drafts/recent", [str(p) for p in recent_files() if p != path])
    if last_draft() == path:
        store.setValue("drafts/last", "")
    store.sync()
