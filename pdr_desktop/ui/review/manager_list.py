""" "Open received…": the manager's list of the conversations practitioners sent (.pdr, .docx, .pdf).

Every file gets a row, including the ones that cannot be read: they show the reason
instead of vanishing, so nobody's form is overlooked.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pdr_desktop.dates import long_date
from pdr_desktop.forms.model import Role
from pdr_desktop.forms.registry import FormRegistry
from pdr_desktop.team.received import ReceivedSummary, received_files, summarise_received
from pdr_desktop.ui.accessible import name_buttons
from pdr_desktop.ui.file_operations import open_filters
from pdr_desktop.ui.review.team_model import warning_colour
from pdr_desktop.ui.status_words import signatures_word

PROGRESS_FROM = 3  # files; fewer are read before anyone would notice


class ReceivedTable(QTableWidget):
    """Enter opens the selected file, like a double click."""

    activated_row = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentRow() >= 0:
            self.activated_row.emit(self.currentRow())
            return
        super().keyPressEvent(event)


class ManagerListDialog(QDialog):
    opened = Signal(str)  # the path handed to the window

    def __init__(
        self,
        registry: FormRegistry,
        today: date,
        open_path: Callable[[Path], bool],
        role: Role = Role.MANAGER,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.registry = registry
        self.today = today
        self.role = role
        self._open_path = open_path
        self.summaries: list[ReceivedSummary] = []
        self.setWindowTitle(self.tr("Received conversations"))
        self.resize(900, 420)

        self.hint = QLabel(
            self.tr(
                "Add the forms your team sent you (.pdr, Word or PDF), one by one or a whole folder. "
                "“Still to do” counts your answers that are due for the round. Double-click or press "
                "Enter to open one; select several to export them together."
            )
        )
        self.hint.setWordWrap(True)
        headers = [self.tr("Practitioner"), self.tr("Round"), self.tr("Still to do")]
        headers += [self.tr("Meeting"), self.tr("Send by"), self.tr("File")]
        self.table = ReceivedTable(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Several rows (Shift/Ctrl-click, Ctrl+A) for Export…; Open acts on the current one.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(self.tr("Received conversations"))
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # "Still to do" takes the spare width and elides a long reason (the tooltip has it all).
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.table.cellDoubleClicked.connect(lambda row, _column: self.open_row(row))
        self.table.activated_row.connect(self.open_row)

        self.add_files_button = QPushButton(self.tr("Add &files…"))
        self.add_folder_button = QPushButton(self.tr("Add f&older…"))
        self.open_button = QPushButton(self.tr("&Open"))
        self.export_button = QPushButton(self.tr("E&xport…"))
        self.export_button.setToolTip(self.tr("Write the selected forms as PDF or Word files into a folder"))
        self.export_button.clicked.connect(self.export_selected)
        self.add_files_button.clicked.connect(self.choose_files)
        self.add_folder_button.clicked.connect(self.choose_folder)
        self.open_button.clicked.connect(lambda: self.open_row(self.table.currentRow()))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_files_button)
        buttons.addWidget(self.add_folder_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.open_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self._update_buttons()
        self.table.itemSelectionChanged.connect(self._update_buttons)
        name_buttons(self)

    # --- adding files -------------------------------------------------------------------------

    def choose_files(self) -> None:
        chosen, _ = QFileDialog.getOpenFileNames(self, self.tr("Add received forms"), "", open_filters())
        self.add_paths([Path(p) for p in chosen])

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Add a folder of received forms"))
        if chosen:
            self.add_folder(Path(chosen))

    def add_folder(self, folder: Path) -> int:
        return self.add_paths(received_files(folder))

    def add_paths(self, paths: list[Path]) -> int:
        """Summarise and list each file not listed yet; returns how many rows were added."""
        known = {s.path.resolve() for s in self.summaries}
        added = 0
        # Reading a Word file takes a noticeable moment (about 0.3 s): a folder of them gets a
        # progress bar that can be stopped, showing only if it runs past half a second.
        progress = None
        if len(paths) > PROGRESS_FROM:
            progress = QProgressDialog(self.tr("Reading the forms…"), self.tr("Stop"), 0, len(paths), self)
            progress.setWindowModality(Qt.WindowModality.WindowModal)
            progress.setMinimumDuration(500)
        for number, path in enumerate(paths):
            if progress is not None:
                progress.setValue(number)
                if progress.wasCanceled():
                    break
            if Path(path).resolve() in known:
                continue
            summary = summarise_received(Path(path), self.registry, self.today, self.role)
            self.summaries.append(summary)
            known.add(Path(path).resolve())
            self._add_row(summary)
            added += 1
        if progress is not None:
            progress.setValue(len(paths))
        if added and self.table.currentRow() < 0:
            self.table.selectRow(0)
        self._update_buttons()
        return added

    def _add_row(self, summary: ReceivedSummary) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        if summary.error:
            cells = [
                summary.practitioner,
                "",
                self.tr("Cannot be read: %1").replace("%1", summary.error),
                "",
                "",
                "",
            ]
        else:
            count = len(summary.missing)
            todo = self.tr("Nothing due") if not count else self.tr("%1 to do").replace("%1", str(count))
            if summary.signature_void:  # a void signature is work left, whatever else is due
                word = signatures_word(summary.signatures)
                todo = f"{word} · {todo}" if count else word
            deadline = summary.send_by.send_by if summary.send_by else None
            cells = [
                summary.practitioner,
                summary.round_label,
                todo,
                summary.meeting_text,
                long_date(deadline) if deadline else "",
            ]
        cells = [*cells[:5], summary.path.name]
        items = [QTableWidgetItem(text) for text in cells]
        for column, item in enumerate(items):
            self.table.setItem(row, column, item)
        todo_item = items[2]
        if summary.error:
            todo_item.setToolTip(f"{summary.path}\n{summary.error}")
            for item in items:
                item.setForeground(Qt.GlobalColor.darkRed)
        else:
            tips = [summary.signature_note] if summary.signature_void else []
            tips += [f"• {m.text}" for m in summary.missing]
            if tips:
                todo_item.setToolTip("\n".join(tips))
            if summary.signature_void:
                todo_item.setForeground(warning_colour())  # as My team shows it
        if summary.send_by is not None and summary.send_by.warning:
            items[4].setToolTip(summary.send_by.message)
            items[4].setForeground(Qt.GlobalColor.darkRed)
        items[5].setToolTip(str(summary.path))

    # --- opening ------------------------------------------------------------------------------

    def _update_buttons(self) -> None:
        row = self.table.currentRow()
        self.open_button.setEnabled(0 <= row < len(self.summaries) and not self.summaries[row].error)
        self.export_button.setEnabled(bool(self.selected_paths()))

    def selected_paths(self) -> list[Path]:
        """The selected rows' files, top to bottom (unreadable ones too: the summary says why they failed)."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.summaries[row].path for row in rows if 0 <= row < len(self.summaries)]

    def export_selected(self):
        from pdr_desktop.ui.review.batch_export import export_forms

        names = {summary.path: summary.practitioner for summary in self.summaries}
        return export_forms(self, self.selected_paths(), names)

    def open_row(self, row: int) -> bool:
        if not 0 <= row < len(self.summaries):
            return False
        summary = self.summaries[row]
        if summary.error:
            return False  # the reason is in the row already; opening would only repeat it
        if self._open_path(summary.path):
            self.opened.emit(str(summary.path))
            self.accept()
            return True
        return False
