"""Save as you type: a recovery copy within 300 ms, the real file when typing pauses.

There is never a "Do you want to save?" question: every edit reaches the draft
file within about a second, and the recovery copy (drafts.store.write_recovery)
covers the gap. A failed save leaves the recovery copy in place and says why; when even the
recovery copy cannot be written, `recovery_kept` is False and the window says that too.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from pdr_desktop.drafts.model import Draft
from pdr_desktop.drafts.store import clear_recovery, write_draft, write_recovery

RECOVERY_DELAY_MS = 300
SAVE_DELAY_MS = 800


def _plain_write(draft: Draft, path: Path) -> Path:
    write_draft(draft, path)
    return path


class Autosave(QObject):
    saved = Signal(str)  # path
    save_failed = Signal(str)  # reason, for the status bar
    saving_started = Signal()
    dirty_changed = Signal(bool)

    def __init__(
        self,
        commit: Callable[[], None] | None = None,
        parent: QObject | None = None,
        writer: Callable[[Draft, Path], Path] | None = None,
    ) -> None:
        super().__init__(parent)
        self._commit = commit or (lambda: None)
        # Writes the draft and returns where it went (a conflict copy, when the file changed
        # under us and both sides changed the same answer); OSError when it could not.
        self.writer = writer or _plain_write
        self.draft: Draft | None = None
        self.path: Path | None = None
        self.dirty = False
        self.last_error = ""
        self.last_exception: OSError | None = None
        self.recovery_kept = True  # False when the last failed save could not leave a recovery copy
        self._recovery_timer = QTimer(self, singleShot=True, interval=RECOVERY_DELAY_MS)
        self._recovery_timer.timeout.connect(self.write_recovery_now)
        self._save_timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_now)

    def attach(self, draft: Draft | None, path: Path | None) -> None:
        """Follow another draft (None: nothing open). Call flush() first to keep the old one's words."""
        self._recovery_timer.stop()
        self._save_timer.stop()
        self.draft, self.path = draft, Path(path) if path else None
        self._set_dirty(False)

    def commit(self) -> None:
        """Push words still inside a widget (an open table cell) into the draft."""
        if self.draft is not None and self.path is not None:
            self._commit()

    def note_edit(self) -> None:
        if self.draft is None or self.path is None:
            return
        self._set_dirty(True)
        # Not restarted by further keys: the recovery copy lags at most 300 ms behind.
        if not self._recovery_timer.isActive():
            self._recovery_timer.start()
        self._save_timer.start()  # restarted on every key: saves when typing pauses

    def write_recovery_now(self) -> None:
        if self.draft is None or self.path is None or not self.dirty:
            return
        try:
            self._commit()
            write_recovery(self.draft, self.path)
        except OSError as exc:
            self.last_error = exc.strerror or str(exc)

    def flush(self) -> bool:
        """Save now if anything is unsaved (page change, close, quit, logout)."""
        # Words still inside a widget (an open table cell) have not marked the draft dirty
        # yet: committing them first is what makes closing right after typing safe.
        self.commit()
        if not self.dirty:
            return True
        return self.save_now()

    def save_now(self) -> bool:
        self._save_timer.stop()
        self._recovery_timer.stop()
        if self.draft is None or self.path is None:
            return True
        self.saving_started.emit()
        try:
            self._commit()
            where = self.writer(self.draft, self.path)
        except OSError as exc:
            self.last_exception = exc
            self.report_failure(exc.strerror or str(exc))
            return False
        # A stale recovery copy is harmless: it is only offered when newer and different.
        with contextlib.suppress(OSError):
            clear_recovery(self.path)
        self.mark_saved(where)
        return True

    def report_failure(self, reason: str) -> None:
        """Not saved: keep the words in a recovery copy if at all possible, and say which it was."""
        self.last_error = reason
        self.recovery_kept = False
        if self.draft is not None and self.path is not None:
            try:
                write_recovery(self.draft, self.path)
                self.recovery_kept = True
            except OSError:
                pass
        self.save_failed.emit(reason)

    def mark_saved(self, where: Path) -> None:
        self.path = Path(where)
        self.last_error = ""
        self.last_exception = None
        self.recovery_kept = True
        self._set_dirty(False)
        self.saved.emit(str(self.path))

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self.dirty:
            self.dirty = dirty
            self.dirty_changed.emit(dirty)
