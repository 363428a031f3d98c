"""What the window remembers between runs: geometry, the last draft, recently opened files;
and keeping the window on the screen it opens on.

Stored with QSettings in an ini file under ``paths.config_dir()``, so tests (which
point PDR_DESKTOP_HOME at a temporary folder) never touch the real user's state.

A remembered size is only a wish: the screen may be smaller now, the text scale larger
(200% halves the room), or the monitor gone. ``place_window`` restores it and then fits
the window inside the available area of its screen, on first launch too, again once shown
(when the window manager has told us the size of the title bar) and when the window moves
to another screen, so Back/Next and the status bar are never off-screen.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QMargins, QObject, QRect, QSettings, QSize, QTimer
from PySide6.QtGui import QGuiApplication, QScreen, QWindow
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

from pdr_desktop import paths
from pdr_desktop.atomic import create_private_file
from pdr_desktop.ui.attached import attach, attached

STATE_FILE = "window-state.ini"
MAX_RECENT = 10
# Room for the title bar and borders before the window manager has said how big they are.
DECORATION_GUESS = QMargins(8, 32, 8, 8)


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


def place_window(window: QMainWindow, default: QSize) -> None:
    """Where the window was (or *default* on a first start), fitted to its screen now and from
    now on: when shown and when it moves to another screen."""
    if not restore_window(window):
        window.resize(default)
    fit_to_screen(window)
    if attached(window, _KeepOnScreen) is None:
        window.installEventFilter(attach(window, _KeepOnScreen(window)))


def fitted_geometry(geometry: QRect, frame: QMargins, available: QRect, minimum: QSize) -> QRect:
    """*geometry* (the window without its frame) made to fit, frame included, inside *available*:
    smaller if it is too big (never below *minimum*, the smallest the layout allows), then
    moved inside if any edge is outside. Pure arithmetic, so it is tested with any screen."""
    room = available.marginsRemoved(frame)
    width = max(min(geometry.width(), room.width()), minimum.width())
    height = max(min(geometry.height(), room.height()), minimum.height())
    left = min(max(geometry.left(), room.left()), room.right() + 1 - width)
    top = min(max(geometry.top(), room.top()), room.bottom() + 1 - height)
    return QRect(max(left, room.left()), max(top, room.top()), width, height)


def window_screen(window: QWidget) -> QScreen | None:
    """The screen the window is on (its centre), else the one Qt gave it, else the primary."""
    return (
        QGuiApplication.screenAt(window.frameGeometry().center())
        or window.screen()
        or QGuiApplication.primaryScreen()
    )


def frame_margins(window: QWidget) -> QMargins:
    """The title bar and borders: measured once the window manager has framed the window."""
    frame, inner = window.frameGeometry(), window.geometry()
    measured = QMargins(
        inner.left() - frame.left(),
        inner.top() - frame.top(),
        frame.right() - inner.right(),
        frame.bottom() - inner.bottom(),
    )
    if window.isVisible() and not measured.isNull():
        return measured
    return DECORATION_GUESS


def fit_to_screen(window: QWidget, available: QRect | None = None) -> bool:
    """Shrink and move the window into *available* (default: its screen's available area, which
    leaves out task bars). Maximised and full-screen windows are the window manager's to size.
    Returns whether anything changed."""
    if window.isMaximized() or window.isFullScreen():
        return False
    if available is None:
        screen = window_screen(window)
        if screen is None:
            return False
        available = screen.availableGeometry()
    minimum = window.minimumSizeHint().expandedTo(window.minimumSize())
    wanted = fitted_geometry(window.geometry(), frame_margins(window), available, minimum)
    if wanted == window.geometry():
        return False
    window.setGeometry(wanted)
    return True


class _KeepOnScreen(QObject):
    """Fits the window again once it is shown (the real frame is known by then) and whenever
    it lands on another screen (a laptop undocked, the window dragged to a smaller monitor)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self._watching: QWindow | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Show:
            handle = self.window.windowHandle()
            if handle is not None and handle is not self._watching:
                self._watching = handle
                handle.screenChanged.connect(lambda _screen: QTimer.singleShot(0, self, self.fit))
            QTimer.singleShot(0, self, self.fit)
        return False

    def fit(self) -> None:
        fit_to_screen(self.window)


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
    return [Path(str(v)) for v in value if v] if isinstance(value, (list, tuple)) else []


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
