"""A batch's files written on a thread of their own while the next draft is being built.

Writing an export is mostly waiting: each file is fsynced before it is renamed to its name
(atomic.py), several milliseconds per file on a real disk, about a fifth of a draft in a
batch of 30. The writes of one batch are handed to one writer thread, which does exactly
what atomic_write_bytes does (temp file, fsync, rename; each folder fsynced once, at the
end); building the next draft in the meantime is Python, which the waiting thread does not
hold up. Only the writes move: drafts are still built one at a time on the batch's thread.

A file counts as exported only once the writer reports it written; what went wrong is
reported for its draft. At most `ahead` files wait to be written, so memory stays bounded.
"""

from __future__ import annotations

import contextlib
import queue
import threading
from pathlib import Path

from pdr_desktop import atomic

Job = tuple[Path, Path]  # (draft, file): the batch's own names, whatever links the file goes through
Written = tuple[Job, BaseException | None]  # None when the file was written, else why not


class BatchWriter:
    def __init__(self, ahead: int = 2) -> None:
        self._todo: queue.Queue[tuple[Job, Path, bytes, bool] | None] = queue.Queue(maxsize=ahead)
        self._done: queue.Queue[Written] = queue.Queue()
        self._folder_error: OSError | None = None
        self._thread = threading.Thread(target=self._run, name="batch-writer", daemon=True)
        self._thread.start()

    def hand_over(self, job: Job, target: Path, data: bytes, private: bool) -> None:
        self._todo.put((job, target, data, private))  # waits while `ahead` files are still unwritten

    def finished(self) -> list[Written]:
        """The files written (or failed) since last asked, without waiting."""
        out: list[Written] = []
        with contextlib.suppress(queue.Empty):
            while True:
                out.append(self._done.get_nowait())
        return out

    def close(self) -> list[Written]:
        """Wait for every file handed over; the rest of what finished. Raises OSError when a
        folder could not be fsynced (as folder_syncs_deferred does)."""
        self._todo.put(None)
        self._thread.join()
        rest = self.finished()
        if self._folder_error is not None:
            raise self._folder_error
        return rest

    def _run(self) -> None:
        try:
            # atomic's own deferral, on this thread: each folder is fsynced once, when the batch ends.
            with atomic.folder_syncs_deferred():
                while (job := self._todo.get()) is not None:
                    names, target, data, private = job
                    try:
                        atomic.atomic_write_bytes(target, data, private=private)
                    except BaseException as exc:  # reported for its draft; the writer goes on
                        self._done.put((names, exc))
                    else:
                        self._done.put((names, None))
        except OSError as exc:  # a folder's fsync at the end
            self._folder_error = exc


def write_failure(target: Path, error: BaseException) -> str:
    """Why a file was not written, as export_one says it."""
    if isinstance(error, OSError):
        return f"{target.name} cannot be written ({error.strerror or error})"
    return f"it could not be exported ({type(error).__name__}: {error})"
