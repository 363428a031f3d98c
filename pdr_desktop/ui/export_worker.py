"""Exports off the UI thread: a worker writes the files while the window shows progress and Cancel.

A 1 MB answer takes seconds to lay out; on the UI thread the window would freeze (no
repaint, "Not responding"). The plain, synchronous export functions run in a QThreadPool
worker on a copy of the draft (the window may change the original meanwhile), and report
progress through a signal; Cancel makes the next progress report raise ExportCancelled,
so the file being written is never replaced (exports write atomically).

`run_exports()` waits for the worker in a local event loop, so callers stay simple
("write these files, then tell me what happened") while the window keeps repainting.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from pdr_desktop.drafts.model import Draft
from pdr_desktop.export import ExportCancelled, ExportReport, export_file
from pdr_desktop.forms.model import FormDefinition

PROGRESS_STEPS = 1000
SHOW_AFTER_MS = 400  # quick exports finish before a dialog could flash up


@dataclass
class ExportOutcome:
    written: list[Path] = field(default_factory=list)
    failed: list[tuple[Path, str]] = field(default_factory=list)
    reports: list[ExportReport] = field(default_factory=list)
    cancelled: list[Path] = field(default_factory=list)  # targets not written because of Cancel

    def unprintable(self) -> list[str]:
        """What the PDF could not print, place by place ("3 characters in …")."""
        return [place for r in self.reports for place in r.places()]


class _Signals(QObject):
    progressed = Signal(int, str)  # steps done of PROGRESS_STEPS, what is happening
    finished = Signal(object)  # the ExportOutcome


class ExportTask(QRunnable):
    """Writes each (path, format) target in turn on a pool thread; cancel() stops before the next write."""

    def __init__(self, form: FormDefinition, draft: Draft, targets: list[tuple[Path, str]]) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the caller reads the outcome after the pool is done with it
        self.form, self.draft, self.targets = form, draft.clone(), list(targets)
        self.signals = _Signals()
        self._cancel = threading.Event()
        self.outcome = ExportOutcome()

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        outcome = self.outcome
        count = max(1, len(self.targets))
        for index, (path, fmt) in enumerate(self.targets):
            if self._cancel.is_set():
                outcome.cancelled.append(path)
                continue

            def progress(fraction: float, message: str, index: int = index, name: str = path.name) -> None:
                if self._cancel.is_set():
                    raise ExportCancelled
                steps = int(PROGRESS_STEPS * (index + max(0.0, min(1.0, fraction))) / count)
                self.signals.progressed.emit(steps, f"{name}: {message}")

            try:
                outcome.reports.append(export_file(self.form, self.draft, path, fmt, progress))
                outcome.written.append(path)
            except ExportCancelled:
                outcome.cancelled.append(path)
            except OSError as exc:
                outcome.failed.append((path, exc.strerror or str(exc)))
            except Exception as exc:
                # Any writer failure (a layout bug, a missing module) is reported; the draft is safe.
                outcome.failed.append((path, str(exc) or type(exc).__name__))
        self.signals.finished.emit(outcome)


def run_exports(
    parent: QWidget, form: FormDefinition, draft: Draft, targets: list[tuple[Path, str]], title: str
) -> ExportOutcome:
    """Write the targets on a worker thread with a progress dialog (Cancel stops); returns the outcome."""
    task = ExportTask(form, draft, targets)
    dialog = QProgressDialog(
        QCoreApplication.translate("ExportWorker", "Preparing the export…"),
        QCoreApplication.translate("ExportWorker", "Cancel"),
        0,
        PROGRESS_STEPS,
        parent,
    )
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setAutoReset(False)
    dialog.setAutoClose(False)
    dialog.setValue(0)
    loop = QEventLoop()
    done = {"finished": False}

    def progressed(steps: int, message: str) -> None:
        if not dialog.wasCanceled():
            dialog.setLabelText(message)
            dialog.setValue(min(steps, PROGRESS_STEPS - 1))

    def cancel() -> None:
        task.cancel()
        dialog.setLabelText(QCoreApplication.translate("ExportWorker", "Stopping…"))

    def finished(_outcome: object) -> None:
        done["finished"] = True
        loop.quit()

    task.signals.progressed.connect(progressed, Qt.ConnectionType.QueuedConnection)
    task.signals.finished.connect(finished, Qt.ConnectionType.QueuedConnection)
    dialog.canceled.connect(cancel)
    QThreadPool.globalInstance().start(task)
    if not done["finished"]:
        loop.exec()
    dialog.canceled.disconnect(cancel)
    dialog.close()
    dialog.deleteLater()
    return task.outcome
