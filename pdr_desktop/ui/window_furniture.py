"""The window's furniture: title, mode label, read-only state, guidance, actions.

A part of MainWindow: what the window shows around the page follows the open draft.
"""

from __future__ import annotations

import contextlib
from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QToolBar

from pdr_desktop import APP_NAME
from pdr_desktop.forms.model import Role
from pdr_desktop.ui.when import describe_time
from pdr_desktop.ui.window_parts import WindowParts


class WindowFurniture(WindowParts):
    """MainWindow's title, mode and read-only furniture."""

    def set_guidance_visible(self, visible: bool) -> None:
        from pdr_desktop.settings import SettingLockedError, save_user_setting

        self.settings.show_guidance = visible
        if self.built_wizard is not None:  # else the wizard is told when a draft is shown
            self.built_wizard.set_guidance_visible(visible)
        self.menus.action_guidance.setChecked(visible)
        with contextlib.suppress(SettingLockedError, OSError):  # still applies for this session
            save_user_setting("show_guidance", visible)

    def _update_role_widgets(self) -> None:
        self.role_label.setText(
            self.tr("Practitioner mode") if self.role is Role.PRACTITIONER else self.tr("Manager mode")
        )
        for role, action in self.menus.role_actions.items():
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
        for action in self.menus.draft_actions:
            action.setEnabled(has_draft)

    def _saved_text(self, path: Path) -> str:
        """Just written: "Saved 09:41"."""
        try:
            path.stat()
        except OSError:
            return ""
        return self.tr("Saved {time}").format(time=self.clock.now().strftime("%H:%M"))

    def _last_saved_text(self, path: Path) -> str:
        """Opened: when the file was last written ("Saved Yesterday 16:20"), not the time now."""
        try:
            modified = datetime.fromtimestamp(path.stat().st_mtime)
        except OSError:
            return ""
        return self.tr("Saved {when}").format(when=describe_time(modified, self.today))
