"""What an import found, shown in full: every item the person should look at, selectable and copyable.

A message box would hide a long list behind "Show Details…" or cut it off; the report can
hold dozens of items (tracked changes, merged cells, text outside the tables), and the
person needs all of them in front of them, in a window they can keep open while they check.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from pdr_desktop.export.result import ImportResult
from pdr_desktop.ui.accessible import name_buttons


class ImportReportDialog(QDialog):
    def __init__(self, result: ImportResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("What was imported from {name}").format(name=result.path.name))
        if result.complete:
            summary = self.tr("Every value in the file was placed in its field.")
        else:
            count = len(result.unplaced) + len(result.review) + len(result.lost)
            summary = self.tr(
                "{count} item(s) need a look: the list below says what was not placed, what was read "
                "on an assumption and what the file no longer carried. Your new draft has been saved; "
                "the file you opened was not changed."
            ).format(count=count)
        self.summary = QLabel(summary)
        self.summary.setWordWrap(True)
        self.text = QPlainTextEdit(result.report())
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Import report"))
        self.text.setAccessibleDescription(summary)
        self.text.setMinimumSize(560, 280)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(self.tr("&Copy report"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_report)
        buttons.rejected.connect(self.reject)
        name_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.text.setFocus()

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.text.toPlainText())


def show_import_report(parent: QWidget, result: ImportResult) -> None:
    """The report, when there is anything beyond "read as the form" to say."""
    if result.worth_showing:
        ImportReportDialog(result, parent).exec()
