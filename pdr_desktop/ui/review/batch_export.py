"""Export… for several received forms at once (the manager's list and the team view).

The format is asked, then a folder with the system's own dialog; export/batch.export_batch
writes the files on a QThread (each named as File ▸ Export… would name it) while a
progress dialog counts them and offers Cancel. The summary says exactly what happened:
"12 exported, 1 failed: Jo.pdr – it is not a PDR Desktop draft (…)", and names each
form saved as "… (2)" because its name was taken.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QThread, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QProgressDialog, QWidget

from pdr_desktop.export.batch import BOTH, BatchFolderError, BatchOutcome, export_batch

FORMATS = ("pdf", "docx", BOTH)  # as File ▸ Export… offers for one form


def format_labels() -> dict[str, str]:
    """The formats as offered on screen; literals inside translate() so lupdate finds them."""
    return {
        "pdf": QCoreApplication.translate("BatchExport", "PDF (.pdf)"),
        "docx": QCoreApplication.translate("BatchExport", "Word document (.docx)"),
        BOTH: QCoreApplication.translate("BatchExport", "Word and PDF (a .docx and a .pdf of each)"),
    }


class BatchExportThread(QThread):
    """Runs export_batch off the UI thread; cancel() stops it before the next form."""

    progressed = Signal(int, int, str)  # forms done, forms in all, whose form (or its file) was just done

    def __init__(
        self,
        paths: Sequence[Path],
        kind: str,
        folder: Path,
        parent: QWidget | None = None,
        names: Mapping[Path, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.paths, self.kind, self.folder = [Path(p) for p in paths], kind, Path(folder)
        self.names = dict(names or {})  # path → the person's name, where the list knows it
        self._cancel = threading.Event()
        self.outcome = BatchOutcome()
        self.error = ""  # the folder could not be used: nothing was written

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        try:
            # One process: the window's exports share its CPU with the person still working in it.
            self.outcome = export_batch(
                self.paths, self.kind, self.folder, self._progress, self._cancel.is_set, workers=1
            )
        except BatchFolderError as exc:
            self.error = str(exc)
        except OSError as exc:
            self.error = exc.strerror or str(exc)

    def _progress(self, done: int, total: int, path: Path) -> None:
        # "Exported 4 of 7: Ben Carter" tells the manager whose form it was; "s1.pdr" does not.
        self.progressed.emit(done, total, self.names.get(Path(path), "").strip() or Path(path).name)


def export_forms(
    parent: QWidget, paths: Sequence[Path], names: Mapping[Path, str] | None = None
) -> BatchOutcome | None:
    """Ask the format and the folder, export, and say what happened; None when the person stopped.
    `names` (path → the person's name) lets the progress say whose form is being done."""
    if not paths:
        return None
    kind = choose_format(parent, len(paths))
    if kind is None:
        return None
    folder = choose_folder(parent)
    if folder is None:
        return None
    outcome, error = run_batch(parent, paths, kind, folder, names)
    show_summary(parent, outcome, folder, error)
    return outcome


def choose_format(parent: QWidget, count: int) -> str | None:
    offered = format_labels()
    labels = [offered[kind] for kind in FORMATS]
    chosen, ok = QInputDialog.getItem(
        parent,
        QCoreApplication.translate("BatchExport", "Export forms"),
        QCoreApplication.translate("BatchExport", "Export the %n selected form(s) as:", None, count),
        labels,
        0,
        False,
    )
    if not ok:
        return None
    return next(kind for kind in FORMATS if offered[kind] == chosen)


def choose_folder(parent: QWidget) -> Path | None:
    from pdr_desktop.ui.export_actions import last_export_folder

    chosen = QFileDialog.getExistingDirectory(
        parent,
        QCoreApplication.translate("BatchExport", "Choose a folder for the exported forms"),
        str(last_export_folder()),
    )
    return Path(chosen) if chosen else None


def run_batch(
    parent: QWidget,
    paths: Sequence[Path],
    kind: str,
    folder: Path,
    names: Mapping[Path, str] | None = None,
) -> tuple[BatchOutcome, str]:
    """Export on a worker thread with a progress dialog (Cancel stops before the next form)."""
    thread = BatchExportThread(paths, kind, folder, names=names)
    dialog = QProgressDialog(
        QCoreApplication.translate("BatchExport", "Exporting the forms…"),
        QCoreApplication.translate("BatchExport", "Cancel"),
        0,
        len(paths),
        parent,
    )
    dialog.setWindowTitle(QCoreApplication.translate("BatchExport", "Export forms"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoReset(False)
    dialog.setAutoClose(False)
    dialog.setValue(0)
    loop = QEventLoop()

    def progressed(done: int, total: int, name: str) -> None:
        if not dialog.wasCanceled():
            dialog.setLabelText(
                QCoreApplication.translate("BatchExport", "Exported %1 of %2: %3")
                .replace("%1", str(done))
                .replace("%2", str(total))
                .replace("%3", name)
            )
            dialog.setValue(min(done, total))

    def cancel() -> None:
        thread.cancel()
        dialog.setLabelText(QCoreApplication.translate("BatchExport", "Stopping after this form…"))

    thread.progressed.connect(progressed, Qt.ConnectionType.QueuedConnection)
    thread.finished.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
    dialog.canceled.connect(cancel)
    thread.start()
    if not thread.isFinished():
        loop.exec()
    thread.wait()
    dialog.canceled.disconnect(cancel)
    dialog.close()
    dialog.deleteLater()
    if thread.outcome.written:
        from pdr_desktop.ui.export_actions import remember_export_folder

        remember_export_folder(folder)
    return thread.outcome, thread.error


def summary_text(outcome: BatchOutcome, folder: Path, error: str = "") -> str:
    if error:
        return QCoreApplication.translate("BatchExport", "Nothing was exported: %1").replace("%1", error)
    lines = [outcome.summary() + "."]
    if outcome.written:
        lines.append(
            QCoreApplication.translate("BatchExport", "The files are in %1").replace("%1", str(folder))
        )
    return "\n".join(lines)


def show_summary(parent: QWidget, outcome: BatchOutcome, folder: Path, error: str = "") -> None:
    text = summary_text(outcome, folder, error)
    if error or outcome.failed:
        QMessageBox.warning(parent, QCoreApplication.translate("BatchExport", "Export forms"), text)
    else:
        QMessageBox.information(parent, QCoreApplication.translate("BatchExport", "Export forms"), text)
