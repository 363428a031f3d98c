"""Reading the team's folders off the UI thread, with progress and Stop.

`team.scan.scan` does the work; this wraps it in a QThreadPool job (one at a time: a second
request while one runs is remembered and runs next, with the newest folders). The summary
cache lives in the worker too, so loading and saving it never blocks the window.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from pdr_desktop.forms.registry import FormRegistry
from pdr_desktop.team.cache import SummaryCache, registry_stamp
from pdr_desktop.team.scan import ScanResult, scan
from pdr_desktop.team.summary import TeamSummary

PARTIAL_EVERY_S = 0.15  # how often a long first scan shows the rows read so far


class _Relay(QObject):
    """Signals emitted from the worker; Qt queues them to the window's thread."""

    progressed = Signal(int, int, object)  # files read, files to read, summaries so far
    finished = Signal(object)  # ScanResult


class _ScanJob(QRunnable):
    def __init__(self, scanner: TeamScanner, folders: list[Path]) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.scanner = scanner
        self.folders = folders
        self.relay = scanner._relay
        self.cancel = scanner._cancel

    def run(self) -> None:
        scanner = self.scanner
        if scanner._cache is None and scanner.cache_path is not False:
            scanner._cache = SummaryCache.load(registry_stamp(scanner.registry), scanner.cache_path or None)
        last = 0.0

        def progress(done: int, total: int, so_far: list[TeamSummary]) -> None:
            nonlocal last
            now = time.monotonic()
            if done in (0, total) or now - last >= PARTIAL_EVERY_S:
                last = now
                with contextlib.suppress(RuntimeError):  # the view was closed meanwhile
                    self.relay.progressed.emit(done, total, list(so_far))

        try:
            result = scan(self.folders, scanner.registry, scanner._cache, progress, self.cancel.is_set)
        except Exception as exc:  # never leave the window waiting for a scan that died
            result = ScanResult(problems=[f"The folders could not be read ({type(exc).__name__}: {exc})."])
        if scanner._cache is not None:
            scanner._cache.save()
        with contextlib.suppress(RuntimeError):
            self.relay.finished.emit(result)


class TeamScanner(QObject):
    progressed = Signal(int, int, object)
    finished = Signal(object)

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
        self._pending: list[Path] | None = None

    @property
    def busy(self) -> bool:
        return self._running

    def scan(self, folders: Sequence[Path]) -> None:
        folders = [Path(f) for f in folders]
        if self._running:
            self._pending = folders  # the newest request wins; it runs when this one ends
            return
        self._running = True
        self._cancel.clear()
        self._pool.start(_ScanJob(self, folders))

    def cancel(self) -> None:
        self._pending = None
        self._cancel.set()

    def wait(self, msecs: int = 10_000) -> bool:
        return self._pool.waitForDone(msecs)

    def _on_finished(self, result: ScanResult) -> None:
        self._running = False
        self.finished.emit(result)
        if self._pending is not None:
            folders, self._pending = self._pending, None
            self.scan(folders)
