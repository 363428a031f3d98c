"""File menu work: Open…, Save, Save As…, Duplicate, Rename; and the Preferences and Help dialogs."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox

from pdr_desktop.drafts.model import DRAFT_SUFFIX, utc_now
from pdr_desktop.drafts.store import clear_recovery, unique_path, write_draft
from pdr_desktop.drafts.tracked import DiskState
from pdr_desktop.ui import window_state

if TYPE_CHECKING:
    from pdr_desktop.ui.main_window import MainWindow
    from pdr_desktop.ui.window_base import WindowBase


def open_filters() -> str:
    return ";;".join(
        [
            QCoreApplication.translate("MainWindow", "Performance Conversations (*.pdr *.docx *.pdf)"),
            QCoreApplication.translate("MainWindow", "All files (*)"),
        ]
    )


def ask_open_path(window: WindowBase) -> Path | None:
    folder = str(window.draft_path.parent if window.draft_path else window.drafts_folder())
    name, _ = QFileDialog.getOpenFileName(
        window,
        QCoreApplication.translate("MainWindow", "Open a Performance Conversation"),
        folder,
        open_filters(),
    )
    return Path(name) if name else None


def save_and_say(window: MainWindow) -> None:
    """Ctrl+S: everything is saved anyway; this saves now and says so."""
    if window.draft is not None and window.read_only:
        # Nothing is written from a read-only window: "Saved to …" here would be untrue.
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "MainWindow", "Nothing was saved: this window is read-only. To make changes, open a copy."
            ),
            8000,
        )
        return
    if window.save_now():
        window.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Saved to {path}").format(path=window.draft_path), 5000
        )


def _with_suffix(path: Path) -> Path:
    return path if path.suffix.lower() == DRAFT_SUFFIX else path.with_name(path.name + DRAFT_SUFFIX)


def _write_or_warn(window: MainWindow, draft, path: Path) -> DiskState | None:
    try:
        return DiskState.of(path, write_draft(draft, path))
    except OSError as exc:
        QMessageBox.warning(
            window,
            QCoreApplication.translate("MainWindow", "Not saved"),
            QCoreApplication.translate(
                "MainWindow", "“{name}” could not be saved: {reason} (in {folder})."
            ).format(name=path.name, reason=exc.strerror or exc, folder=path.parent),
        )
        return None


def save_as(window: MainWindow) -> bool:
    if window.draft is None or window.draft_path is None:
        return False
    window.save_now()
    suggested = str(window.draft_path.parent / f"{window.draft.display_name(window.form)}{DRAFT_SUFFIX}")
    name, _ = QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("MainWindow", "Save As"),
        suggested,
        QCoreApplication.translate("MainWindow", "Performance Conversations (*.pdr)"),
    )
    if not name:
        return False
    target = _with_suffix(Path(name))
    window._commit_pages()
    state = _write_or_warn(window, window.draft, target)
    if state is None:
        return False
    old = window.draft_path
    clear_recovery(old)
    window.follow_file(target, state)
    window_state.remember_draft(target)
    window._on_saved(str(target))
    window.statusBar().showMessage(
        QCoreApplication.translate("MainWindow", "Now working on {path}; {old} is kept as it was.").format(
            path=target, old=old.name
        ),
        8000,
    )
    return True


def duplicate(window: MainWindow) -> bool:
    """A copy with its own identity (new draft id), opened in place of the original."""
    if window.draft is None or window.draft_path is None:
        return False
    window.save_now()
    copy = window.draft.clone()
    copy.draft_id = str(uuid.uuid4())
    copy.created = utc_now()
    target = unique_path(
        window.draft_path.parent,
        QCoreApplication.translate("MainWindow", "Copy of {name}").format(name=window.draft_path.stem),
    )
    state = _write_or_warn(window, copy, target)
    if state is None:
        return False
    window.load_draft(copy, target, state)
    window.statusBar().showMessage(
        QCoreApplication.translate("MainWindow", "You are now working on the copy, {name}.").format(
            name=target.name
        ),
        8000,
    )
    return True


def rename(window: MainWindow) -> bool:
    """Renames the file only: the conversation's name stays the practitioner's name."""
    if window.draft is None or window.draft_path is None:
        return False
    old = window.draft_path
    text, ok = QInputDialog.getText(
        window,
        QCoreApplication.translate("MainWindow", "Rename file"),
        QCoreApplication.translate("MainWindow", "New file name:"),
        QLineEdit.EchoMode.Normal,
        old.stem,
    )
    text = text.strip()
    if not ok or not text or text == old.stem:
        return False
    target = _with_suffix(old.with_name(text))
    if target.exists() or "/" in text or "\\" in text:
        QMessageBox.warning(
            window,
            QCoreApplication.translate("MainWindow", "Cannot rename"),
            QCoreApplication.translate(
                "MainWindow", "“{name}” cannot be used: a file with that name exists or the name has a slash."
            ).format(name=text),
        )
        return False
    window.save_now()
    window.session.end()  # the lock is named after the file: let go of it before renaming
    try:
        old.rename(target)
    except OSError as exc:
        window.follow_file(old)
        QMessageBox.warning(
            window,
            QCoreApplication.translate("MainWindow", "Cannot rename"),
            QCoreApplication.translate("MainWindow", "“{name}” could not be renamed: {reason}.").format(
                name=old.name, reason=exc.strerror or exc
            ),
        )
        return False
    clear_recovery(old)
    window.follow_file(target)
    window_state.forget_draft(old)
    window_state.remember_draft(target)
    window.statusBar().showMessage(
        QCoreApplication.translate("MainWindow", "Renamed to {name}").format(name=target.name), 5000
    )
    return True


def show_settings(window: MainWindow) -> None:
    from pdr_desktop.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.settings, window)
    if dialog.exec():
        dialog.apply_to(window)


def show_help(window: MainWindow) -> None:
    from pdr_desktop.ui.help_dialog import HelpDialog

    HelpDialog(window.drafts_folder(), window).exec()
