"""Start-up timing hook: note when the first window is painted, then quit.

Set PDR_DESKTOP_REPORT_FIRST_PAINT=<file> and the app writes the wall-clock time (seconds since
the epoch, from the system clock, so a launcher's own clock can compare) at which its first
window finished painting, then quits.
benchmarks/bench_bundle.py compares the frozen bundle with the app run from source this way:
the frozen program cannot be given code to run, so the hook has to live in the app itself.

``after_first_paint`` runs work that can wait (reading the spelling dictionary) once a window
has painted.

The Qt namespace: PySide makes a class's Python type, with every enum type it holds, when the
class is first named, and ``Qt`` holds 93 (Qt.Key alone has over 400 members): about 23 ms.
Nothing the start page does before its first frame needs it, so code on that path names
``QtCore.Qt`` where it is used rather than importing ``Qt`` (a ``from`` import makes the type),
and avoids the calls that would make it anyway: a Qt enum given or returned (a contrast
preference, a focus reason), and constructors PySide has to choose among by trying an overload
that takes one (QKeySequence(…), QPalette(palette)).
tests/ui/test_start_laziness.py checks that the Qt type is not made before that frame.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from pdr_desktop.clock import SYSTEM_CLOCK

FIRST_PAINT_ENV = "PDR_DESKTOP_REPORT_FIRST_PAINT"
PAINTED = "pdr_painted"  # a window property, set at its first paint by after_first_paint


def requested_report_file() -> Path | None:
    value = os.environ.get(FIRST_PAINT_ENV, "").strip()
    return Path(value) if value else None


class FirstPaintReporter(QObject):
    """Watches the events of the main window (or of the whole application) until a visible
    main window is painted.

    The time is taken in a zero-delay timer after that paint event, i.e. once the whole frame
    (the window and its children) has been drawn and handed to the window system.
    """

    def __init__(
        self, target: Path, quit_app: Callable[[], None], clock: Callable[[], float] = SYSTEM_CLOCK.timestamp
    ):
        super().__init__()
        self._target = target
        self._quit = quit_app
        self._clock = clock
        self._seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._seen and event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            window = watched.window()
            if window.isVisible() and window.inherits("QMainWindow"):
                self._seen = True
                QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        parent = self.parent()
        if parent is not None:
            parent.removeEventFilter(self)
        self._target.write_text(f"{self._clock():.6f}\n", encoding="utf-8")
        self._quit()


def install_if_requested(
    window: QWidget, quit_app: Callable[[], None] = QCoreApplication.quit
) -> FirstPaintReporter | None:
    """Called once the main window exists, before it is shown; returns the reporter (kept alive
    by the window) or None.

    It watches the window only, not the application: a top-level widget is sent the paint event
    of each frame. An application-wide Python filter would have every event of every object
    converted for Python while the window is built; for an object of a class PySide has not met
    (a file watcher's engine) that conversion made PySide create Python enum types a start
    without the hook never creates (452 enum types by the first frame with it, 390 without).
    """
    target = requested_report_file()
    if target is None:
        return None
    reporter = FirstPaintReporter(target, quit_app)
    reporter.setParent(window)
    window.installEventFilter(reporter)
    return reporter


def after_first_paint(window: QWidget, callback: Callable[[], None], fallback_ms: int = 1000) -> None:
    """Run *callback* once, just after *window* has painted for the first time.

    For work that can wait until the person sees the window (reading the spelling dictionary
    on a thread that would otherwise share the interpreter with start-up). A window that has
    not painted *fallback_ms* after the event loop first runs (tests, a window made in the
    background) gets it then. Asked once that frame is painted (by a part the window built after
    it), it runs at the next turn of the event loop.
    The filter sits on the window: a top-level widget is sent the paint event of each frame.
    """
    if window.property(PAINTED) is True:  # asked after that frame (a part built after it)
        QTimer.singleShot(0, window, callback)
        return

    class _Once(QObject):
        done = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                watched.setProperty(PAINTED, True)
                QTimer.singleShot(0, self.run)  # after the paint pass, not inside it
            return False

        def run(self) -> None:
            if not self.done:
                self.done = True
                callback()

    once = _Once(window)
    window.installEventFilter(once)
    # The fallback's clock starts with the event loop, not now: a start that opens a large draft
    # before the loop runs would otherwise find the fallback due before the first paint.
    QTimer.singleShot(0, once, lambda: QTimer.singleShot(fallback_ms, once, once.run))
