"""A non-blocking message strip at the top of the window (e.g. a broken organisation settings file)."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class MessageBanner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBanner")
        self.setAccessibleName(self.tr("Message"))
        layout = QHBoxLayout(self)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setAccessibleName(self.tr("Message text"))
        self.dismiss_button = QPushButton(self.tr("&Dismiss"))
        self.dismiss_button.setAccessibleName(self.tr("Dismiss message"))
        self.dismiss_button.clicked.connect(self.hide)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.dismiss_button)
        self.hide()

    def show_messages(self, messages: list[str]) -> None:
        self.label.setText("\n".join(messages))
        self.setAccessibleDescription(self.label.text())
        self.setVisible(bool(messages))
