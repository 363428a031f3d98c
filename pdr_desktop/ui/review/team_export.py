"""Export… in the team view: the board's spreadsheet, CSV or one-page PDF, named or anonymised.

Writing is quick (a team of 500 in well under a second), so it runs on the UI thread with a
busy cursor; the message afterwards names every file written, and only those.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from pdr_desktop.team.export_csv import PartlyWritten
from pdr_desktop.team.exports import EXPORT_SUFFIXES, export_report
from pdr_desktop.team.report import TeamReport
from pdr_desktop.ui.window_state import state_store


def export_filter(fmt: str) -> str:
    return {
        "xlsx": QCoreApplication.translate("TeamView", "Excel workbook (*.xlsx)"),
        "csv": QCoreApplication.translate("TeamView", "CSV, for any spreadsheet (*.csv)"),
        "pdf": QCoreApplication.translate("TeamView", "PDF one-pager (*.pdf)"),
    }[fmt]


def export_title(fmt: str) -> str:
    return {
        "xlsx": QCoreApplication.translate("TeamView", "Export the team as a spreadsheet"),
        "csv": QCoreApplication.translate("TeamView", "Export the team as CSV"),
        "pdf": QCoreApplication.translate("TeamView", "Export a one-page PDF for the board"),
    }[fmt]


FOLDER_KEY = "team/export_folder"


def default_path(report: TeamReport, fmt: str, anonymise: bool) -> Path:
    folder = state_store().value(FOLDER_KEY, "")
    if not folder or not Path(str(folder)).is_dir():
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(
            Path.home()
        )
    name = (
        f"Team summary {report.today.isoformat()}{' (anonymised)' if anonymise else ''}{EXPORT_SUFFIXES[fmt]}"
    )
    return Path(str(folder)) / name


def choose_path(parent: QWidget, report: TeamReport, fmt: str, anonymise: bool) -> Path | None:
    chosen, _ = QFileDialog.getSaveFileName(
        parent, export_title(fmt), str(default_path(report, fmt, anonymise)), export_filter(fmt)
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != EXPORT_SUFFIXES[fmt]:
        path = path.with_name(path.name + EXPORT_SUFFIXES[fmt])
    return path


def write_export(
    parent: QWidget, report: TeamReport, fmt: str, path: Path, anonymise: bool, organisation: str
) -> list[Path]:
    """Write and say what happened; returns the files written ([] when nothing was)."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        written = export_report(report, path, fmt, anonymise=anonymise, organisation=organisation)
    except PartlyWritten as exc:
        QGuiApplication.restoreOverrideCursor()
        done = ", ".join(p.name for p in exc.written)
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("TeamView", "Export not finished"),
            QCoreApplication.translate("TeamView", "“%1” could not be written (%2). Written before it: %3.")
            .replace("%1", exc.failed.name)
            .replace("%2", exc.reason)
            .replace("%3", done),
        )
        return list(exc.written)
    except OSError as exc:
        QGuiApplication.restoreOverrideCursor()
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("TeamView", "Cannot export"),
            QCoreApplication.translate(
                "TeamView", "“%1” could not be written (%2). Nothing was written.\n\nFolder: %3"
            )
            .replace("%1", path.name)
            .replace("%2", exc.strerror or str(exc))
            .replace("%3", str(path.parent)),
        )
        return []
    QGuiApplication.restoreOverrideCursor()
    state_store().setValue(FOLDER_KEY, str(path.parent))
    return written
