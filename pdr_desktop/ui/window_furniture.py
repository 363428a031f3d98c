"""The window's furniture: title, mode label, read-only state, guidance, actions, dropped files.

A part of MainWindow (a mixin): what the window shows around the page follows the open draft.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QToolBar

from pdr_desktop import APP_NAME
from pdr_desktop.drafts.model import DRAFT_SUFFIX
from pdr_desktop.export import IMPORT_SUFFIXES
from pdr_desktop.forms.model import Role


class WindowFurniture:
    """MainWindow's title, mode, read-only furniture and drag and drop."""

    def set_guidance_visible(self, visible: bool) -> None:
        from pdr_desktop.settings import SettingLockedError, save_user_setting

        self.settings.show_guidance = visible
        self.wizard.set_guidance_visible(visible)
        self.action_guidance.setChecked(visible)
        with contextlib.suppress(SettingLockedError, OSError):  # still applies for this session
            save_user_setting("show_guidance", visible)

    def _update_role_widgets(self) -> None:
        self.role_label.setText(
            self.tr("Practitioner mode") if self.role is Role.PRACTITIONER else self.tr("Manager mode")
        )
        for role, action in self.role_actions.items():
            action.setChecked(role is self.role)

    def _update_title(self) -> None:
        if self.draft is None:
            self.setWindowTitle(APP_NAME)
            return
        # "[*]" is where Qt puts its modified marker while words wait to be saved.
        read_only = self.tr(" — read-only") if self.session.read_only else ""
        self.setWindowTitle(f"{self.draft.display_name(self.form)}{read_only}[*] – {APP_NAME}")

    @property
    def read_only(self) -> bool:
        return self.session.read_only

    def _apply_read_only(self, read_only: bool) -> None:
        """The draft became (or stopped being) read-only while open: lock every box, stop saving."""
        if self.draft is not None:
            self.wizard.set_read_only(read_only)
            self.autosave.attach(self.draft, None if read_only else self.draft_path)
        self._show_read_only_furniture()
        self._update_title()

    def _show_read_only_furniture(self) -> None:
        """Toolbars (the round bar) and the save status follow the read-only state."""
        read_only = self.draft is not None and self.session.read_only
        for toolbar in self.findChildren(QToolBar):
            toolbar.setEnabled(not read_only)
        if read_only:
            self.save_label.setText(self.tr("Read-only"))

    def _update_actions(self) -> None:
        has_draft = self.draft is not None
        for action in self.draft_actions:
            action.setEnabled(has_draft)

    @staticmethod
    def _dropped_path(event: QDragEnterEvent | QDropEvent) -> Path | None:
        for url in event.mimeData().urls():
            path = Path(url.toLocalFile())
            if url.isLocalFile() and path.suffix.lower() in (DRAFT_SUFFIX, ".json", *IMPORT_SUFFIXES):
                return path
        return None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_path(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_path(event)
        if path is not None:
            event.acceptProposedAction()
            self.open_path(path)
