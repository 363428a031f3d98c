"""Reading the team's folders off the UI thread, with progress and Stop.

`team.scan.scan` does the work; this wraps it in a QThreadPool job (one at a time: a second
request while one runs is remembered and runs next, with the newest folders). The summary
cache lives in the worker too, so loading and saving it never blocks the window, and the
caller's `make_report` runs there as well (grouping, counting and matching 500 conversations
is work the window should not wait for).
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from pdr_desktop.forms.registry import FormRegistry
from pdr_desktop.team.cache import SummaryCache, registry_stamp
from pdr_desktop.team.scan import ScanResult, scan
from pdr_desktop.team.summary import TeamSummary

MakeReport = Callable[[ScanResult], object]
PARTIAL_EVERY_S = 0.15  # how often a long first scan shows the rows read so far
PARTIAL_FROM = 10  # files to read before progress is worth showing (a refresh reads one or two)
SAVE_AFTER_MS = 2000


class _Relay(QObject):
    """Signals emitted from the worker; Qt queues them to the window's thread."""

    progressed = Signal(int, int, object)  # files read, files to read, summaries so far
    finished = Signal(object, object)  # ScanResult, the caller's report (or None)


class _ScanJob(QRunnable):
    def __init__(self, scanner: TeamScanner, folders: list[Path], make_report: MakeReport | None) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.scanner = scanner
        self.folders = folders
        self.make_report = make_report
        self.relay = scanner._relay
        self.cancel = scanner._cancel

    def run(self) -> None:
        scanner = self.scanner
        if scanner._cache is None and scanner.cache_path is not False:
            path = scanner.cache_path if isinstance(scanner.cache_path, Path) else None  # None: the user's
            scanner._cache = SummaryCache.load(registry_stamp(scanner.registry), path)
        last = 0.0

        def progress(done: int, total: int, so_far: list[TeamSummary]) -> None:
            nonlocal last
            now = time.monotonic()
            if total < PARTIAL_FROM or done == total:
                return  # the finished signal follows at once
            if done == 0 or now - last >= PARTIAL_EVERY_S:
                last = now
                with contextlib.suppress(RuntimeError):  # the view was closed meanwhile
                    self.relay.progressed.emit(done, total, list(so_far))

        try:
            result = scan(self.folders, scanner.registry, scanner._cache, progress, self.cancel.is_set)
        except Exception as exc:  # never leave the window waiting for a scan that died
            result = ScanResult(problems=[f"The folders could not be read ({type(exc).__name__}: {exc})."])
        report = None
        if self.make_report is not None:
            try:
                report = self.make_report(result)
            except Exception:  # the window builds it itself then, and shows any error there
                report = None
        with contextlib.suppress(RuntimeError):
            self.relay.finished.emit(result, report)


class _SaveJob(QRunnable):
    def __init__(self, cache: SummaryCache) -> None:
        super().__init__()
        self.cache = cache

    def run(self) -> None:
        self.cache.save()


class TeamScanner(QObject):
    progressed = Signal(int, int, object)
    finished = Signal(object, object)  # ScanResult, the report make_report built (or None)

    def __init__(
        self, registry: FormRegistry, cache_path: Path | bool | None = None, parent: QObject | None = None
    ) -> None:
        """`cache_path`: None for the per-user cache, a path (tests, benchmarks), False for none."""
        super().__init__(parent)
        self.registry = registry
        self.cache_path = cache_path
        self._cache: SummaryCache | None = None
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._cancel = threading.Event()
        self._relay = _Relay(self)
        self._relay.progressed.connect(self.progressed)
        self._relay.finished.connect(self._on_finished)
        self._running = False
        self._pending: tuple[list[Path], MakeReport | None] | None = None
        # The cache is written a while after the last scan, not after each: writing a few MB of
        # JSON holds Python's lock long enough to delay the window showing a change (~300 ms).
        self._save_timer = QTimer(self, singleShot=True, interval=SAVE_AFTER_MS)
        self._save_timer.timeout.connect(self._save_later)

    @property
    def busy(self) -> bool:
        return self._running

    def scan(self, folders: Sequence[Path], make_report: MakeReport | None = None) -> None:
        """Read `folders`; `make_report(result)` runs on the worker too, its value is emitted."""
        folders = [Path(f) for f in folders]
        if self._running:
            self._pending = (folders, make_report)  # the newest request wins; it runs next
            return
        self._running = True
        self._cancel.clear()
        self._pool.start(_ScanJob(self, folders, make_report))

    def cancel(self) -> None:
        self._pending = None
        self._cancel.set()

    def wait(self, msecs: int = 10_000) -> bool:
        """Wait for the running job; then write the cache if it is waiting to be written."""
        done = self._pool.waitForDone(msecs)
        if done and self._save_timer.isActive():
            self._save_timer.stop()
            if self._cache is not None:
                self._cache.save()
        return done

    def _save_later(self) -> None:
        if self._cache is not None and not self._running:
            self._pool.start(_SaveJob(self._cache))

    def _on_finished(self, result: ScanResult, report: object) -> None:
        self._running = False
        if self._cache is not None and self._cache.changed:
            self._save_timer.start()
        self.finished.emit(result, report)
        if self._pending is not None:
            (folders, make_report), self._pending = self._pending, None
            self.scan(folders, make_report)
