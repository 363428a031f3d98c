"""A non-blocking message strip at the top of the window (e.g. a broken organisation settings file)."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from pdr_desktop.ui.accessible import announce


class MessageBanner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBanner")
        self.setAccessibleName(self.tr("Message"))
        layout = QHBoxLayout(self)
        self.label = QLabel()
        self.label.setWordWrap(True)  # no accessible name of its own: its text is what is read
        self.dismiss_button = QPushButton(self.tr("&Dismiss"))
        self.dismiss_button.setAccessibleName(self.tr("Dismiss message"))
        self.dismiss_button.clicked.connect(self.hide)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.dismiss_button)
        self._unsaid = ""  # a message set before the window was on screen is said when it shows
        self.hide()

    def show_messages(self, messages: list[str]) -> None:
        text = "\n".join(messages)
        news = text != self.label.text() or not self.isVisible()
        self.label.setText(text)
        self.setAccessibleDescription(text)
        self.setVisible(bool(messages))
        if messages and news:  # said as it appears, even though the focus stays where it is
            self._unsaid = text
            if self.isVisible():
                self._say()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._say()

    def _say(self) -> None:
        if self._unsaid:
            announce(self.label, self._unsaid, assertive=True)
            self._unsaid = ""
