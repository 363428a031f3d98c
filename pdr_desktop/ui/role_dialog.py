"""First start: "I'm a practitioner" or "I'm a manager", two big keyboard-operable buttons."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from pdr_desktop.forms.model import Role
from pdr_desktop.settings import SettingLockedError, Settings, save_user_setting


class RoleDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chosen: Role | None = None
        self.setWindowTitle(self.tr("Welcome to PDR Desktop"))
        self.setAccessibleName(self.tr("Choose your role"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Who will use PDR Desktop on this computer? This decides which parts of the "
                "form you fill in. You can change it later in Preferences, or for one "
                "conversation in the View menu."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.practitioner_button = self._big_button(
            self.tr("I'm a &practitioner"),
            self.tr("I fill in my own self-assessment, objectives and comments."),
            Role.PRACTITIONER,
        )
        self.manager_button = self._big_button(
            self.tr("I'm a &manager"),
            self.tr("I assess the practice standards and add the manager's comments."),
            Role.MANAGER,
        )
        layout.addWidget(self.practitioner_button)
        layout.addWidget(self.manager_button)
        self.practitioner_button.setDefault(True)
        self.practitioner_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _big_button(self, title: str, detail: str, role: Role) -> QPushButton:
        button = QPushButton(f"{title}\n{detail}")
        button.setAccessibleName(title.replace("&", ""))
        button.setAccessibleDescription(detail)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        # Taller than a normal button, scaled by the font so it grows at 200% text size.
        button.setMinimumHeight(button.fontMetrics().height() * 4)
        button.clicked.connect(lambda: self._choose(role))
        return button

    def _choose(self, role: Role) -> None:
        self.chosen = role
        self.accept()


def ask_role_if_needed(settings: Settings, parent: QWidget | None = None) -> Role | None:
    """Ask once (first start); a role IT has set is never asked. Returns the role chosen, if any."""
    if settings.role or settings.is_locked("role"):
        return None
    dialog = RoleDialog(parent)
    dialog.exec()
    if dialog.chosen is None:
        return None  # closed without choosing: ask again next time, work as a practitioner now
    with contextlib.suppress(SettingLockedError, OSError):  # still used for this session
        save_user_setting("role", dialog.chosen.value)
    settings.role = dialog.chosen.value
    return dialog.chosen
