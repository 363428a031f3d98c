"""Offer the words saved after a crash, openly: Recover or Discard, never silently."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pdr_desktop.drafts.store import PendingRecovery
from pdr_desktop.ui.accessible import name_buttons
from pdr_desktop.ui.when import describe_time


class RecoveryDialog(QDialog):
    """exec() returns RECOVER, DISCARD (confirmed) or CANCEL (decide later: open nothing)."""

    CANCEL = 0
    RECOVER = 1
    DISCARD = 2

    def __init__(self, pending: PendingRecovery, today: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.pending = pending
        name = pending.name
        when = describe_time(datetime.fromtimestamp(pending.recovery_file.stat().st_mtime), today)
        self.setWindowTitle(self.tr("Recover unsaved changes?"))
        self.setAccessibleName(self.tr("Recover unsaved changes"))
        layout = QVBoxLayout(self)
        self.message = QLabel(
            self.tr(
                "PDR Desktop closed unexpectedly while you were working on {name}. "
                "Recover the unsaved changes from {when}?"
            ).format(name=name, when=when)
        )
        self.message.setWordWrap(True)
        detail = QLabel(
            self.tr("Saved file: {path}").format(path=pending.draft_path)
            if pending.draft_path.is_file()
            else self.tr("The saved file {path} is missing; recovering writes it again.").format(
                path=pending.draft_path
            )
        )
        detail.setWordWrap(True)
        layout.addWidget(self.message)
        layout.addWidget(detail)
        buttons = QDialogButtonBox()
        self.recover_button = QPushButton(self.tr("&Recover"))
        self.discard_button = QPushButton(self.tr("&Discard changes…"))
        buttons.addButton(self.recover_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.recover_button.setDefault(True)
        self.recover_button.clicked.connect(lambda: self.done(self.RECOVER))
        self.discard_button.clicked.connect(self._confirm_discard)
        layout.addWidget(buttons)
        # Wide enough to read the question in two or three lines, at any text size.
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 72)
        name_buttons(self)

    def _confirm_discard(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Discard the unsaved changes?"),
            self.tr(
                "The changes made after the last save of {name} will be thrown away. "
                "The saved file is kept as it is."
            ).format(name=self.pending.name),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Discard:
            self.done(self.DISCARD)
