"""What Send to manager… did, said as it happened: the e-mail and the folder opened, or not.

QDesktopServices.openUrl says whether a mail program and a file manager took the request.
When one did not (no mail program set up, a locked-down laptop), the report says so and
gives what is needed to send by hand: the folder with Copy path, the files, and the address
to write to with Copy address.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


def report_text(mail_opened: bool, folder_opened: bool, address: str) -> str:
    """The first paragraph: only what really happened."""
    who = address or QCoreApplication.translate("SendReport", "your manager")
    if mail_opened and folder_opened:
        return QCoreApplication.translate(
            "SendReport",
            "An e-mail to {who} has been started, and the folder with the files is open. "
            "Attach the files to the e-mail yourself: e-mail links cannot attach files.",
        ).format(who=who)
    if mail_opened:
        return QCoreApplication.translate(
            "SendReport",
            "An e-mail to {who} has been started. The folder with the files could not be opened "
            "on this computer: attach the files from the folder below.",
        ).format(who=who)
    if folder_opened:
        return QCoreApplication.translate(
            "SendReport",
            "No e-mail program opened on this computer, so no e-mail has been started. The folder "
            "with the files is open: write to {who} and attach them.",
        ).format(who=who)
    return QCoreApplication.translate(
        "SendReport",
        "No e-mail program or file manager opened on this computer, so nothing has been sent or "
        "started. The files are ready in the folder below: write to {who} and attach them.",
    ).format(who=who)


class SendReport(QDialog):
    """The files written, where they are and who to send them to, with Copy buttons."""

    def __init__(
        self,
        folder: Path,
        files: list[Path],
        address: str,
        mail_opened: bool,
        folder_opened: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Send to your manager"))
        self.mail_opened, self.folder_opened = mail_opened, folder_opened
        self.message = QLabel(report_text(mail_opened, folder_opened, address))
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        names = "\n".join(f"•  {p.name}" for p in files)
        self.files = QLabel(self.tr("The files:\n{names}").format(names=names))
        self.files.setWordWrap(True)
        self.files.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        grid = QGridLayout()
        self.folder = self._line(str(folder), self.tr("Folder with the files"))
        self.copy_path = QPushButton(self.tr("Copy &path"))
        self.copy_path.setAccessibleName(self.tr("Copy path of the folder"))
        self.copy_path.clicked.connect(lambda: self._copy(str(folder), self.tr("Folder path copied.")))
        folder_label = QLabel(self.tr("&Folder:"))
        folder_label.setBuddy(self.folder)
        grid.addWidget(folder_label, 0, 0)
        grid.addWidget(self.folder, 0, 1)
        grid.addWidget(self.copy_path, 0, 2)
        self.address: QLineEdit | None = None
        self.copy_address: QPushButton | None = None
        if address:
            self.address = self._line(address, self.tr("Your manager's e-mail address"))
            self.copy_address = QPushButton(self.tr("Copy &address"))
            self.copy_address.setAccessibleName(self.tr("Copy address of your manager"))
            self.copy_address.clicked.connect(lambda: self._copy(address, self.tr("Address copied.")))
            address_label = QLabel(self.tr("&Send to:"))
            address_label.setBuddy(self.address)
            grid.addWidget(address_label, 1, 0)
            grid.addWidget(self.address, 1, 1)
            grid.addWidget(self.copy_address, 1, 2)
        else:
            hint = QLabel(self.tr("Your manager's address can be set in Edit › Preferences."))
            hint.setWordWrap(True)
            grid.addWidget(hint, 1, 0, 1, 3)
        grid.setColumnStretch(1, 1)
        self.copied = QLabel()
        self.copied.setAccessibleName(self.tr("Copied"))
        self.copied.setVisible(False)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.files)
        layout.addLayout(grid)
        layout.addWidget(self.copied)
        layout.addWidget(buttons)
        self.resize(max(self.sizeHint().width(), 560), self.minimumSizeHint().height())

    def _line(self, text: str, name: str) -> QLineEdit:
        line = QLineEdit(text)
        line.setReadOnly(True)
        line.setAccessibleName(name)
        line.setCursorPosition(0)
        return line

    def _copy(self, text: str, said: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self.copied.setText(said)
        self.copied.setVisible(True)
