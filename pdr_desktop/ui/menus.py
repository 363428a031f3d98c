"""Menus, actions and shortcuts of the main window (desktop conventions: Ctrl+N/O/S/W/Q, F1)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox

from pdr_desktop import APP_NAME, __version__
from pdr_desktop.forms.model import Role

if TYPE_CHECKING:
    from pdr_desktop.ui.main_window import MainWindow

StandardKey = QKeySequence.StandardKey


def _action(window: MainWindow, text: str, slot, shortcut=None, tip: str = "") -> QAction:
    """*text* and *tip* come translated: the literal is marked where it is written, for lupdate."""
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if tip:
        action.setStatusTip(tip)
    action.triggered.connect(slot)
    return action


def _on_focused(method: str):
    """Edit menu items act on whichever text box has the keyboard focus."""

    def run() -> None:
        widget = QApplication.focusWidget()
        target = getattr(widget, method, None)
        if callable(target):
            target()

    return run


def build_menus(window: MainWindow) -> None:
    from pdr_desktop.ui import file_operations as ops

    bar = window.menuBar()
    window.menu_file = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    window.menu_edit = bar.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
    window.menu_view = bar.addMenu(QCoreApplication.translate("MainWindow", "&View"))
    window.menu_review = bar.addMenu(QCoreApplication.translate("MainWindow", "&Review"))
    window.menu_help = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))

    window.action_new = _action(
        window,
        QCoreApplication.translate("MainWindow", "&New conversation"),
        window.new_draft,
        StandardKey.New,
    )
    window.action_open = _action(
        window, QCoreApplication.translate("MainWindow", "&Open…"), window.open_dialog, StandardKey.Open
    )
    window.action_save = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Save"),
        lambda: ops.save_and_say(window),
        StandardKey.Save,
    )
    window.action_save_as = _action(
        window,
        QCoreApplication.translate("MainWindow", "Save &As…"),
        lambda: ops.save_as(window),
        "Ctrl+Shift+S",
    )
    window.action_duplicate = _action(
        window, QCoreApplication.translate("MainWindow", "D&uplicate"), lambda: ops.duplicate(window)
    )
    window.action_rename = _action(
        window, QCoreApplication.translate("MainWindow", "Rena&me…"), lambda: ops.rename(window)
    )
    window.action_close = _action(
        window, QCoreApplication.translate("MainWindow", "&Close"), window.close_draft, "Ctrl+W"
    )
    window.action_quit = _action(
        window, QCoreApplication.translate("MainWindow", "&Quit"), window.close, "Ctrl+Q"
    )
    window.action_quit.setMenuRole(QAction.MenuRole.QuitRole)
    for action in (window.action_new, window.action_open):
        window.menu_file.addAction(action)
    window.menu_recent = window.menu_file.addMenu(QCoreApplication.translate("MainWindow", "Open &Recent"))
    window.menu_recent.aboutToShow.connect(lambda: fill_recent_menu(window))
    fill_recent_menu(window)
    window.menu_file.addSeparator()
    for action in (window.action_save, window.action_save_as, window.action_duplicate, window.action_rename):
        window.menu_file.addAction(action)
    window.menu_file.addSeparator()
    window.export_separator = window.menu_file.addSeparator()  # export actions go above this
    window.menu_file.addAction(window.action_close)
    window.menu_file.addAction(window.action_quit)

    edit_items = [
        (QCoreApplication.translate("MainWindow", "&Undo"), "undo", StandardKey.Undo),
        (QCoreApplication.translate("MainWindow", "&Redo"), "redo", StandardKey.Redo),
        (None, None, None),
        (QCoreApplication.translate("MainWindow", "Cu&t"), "cut", StandardKey.Cut),
        (QCoreApplication.translate("MainWindow", "&Copy"), "copy", StandardKey.Copy),
        (QCoreApplication.translate("MainWindow", "&Paste"), "paste", StandardKey.Paste),
        (None, None, None),
        (QCoreApplication.translate("MainWindow", "Select &All"), "selectAll", StandardKey.SelectAll),
    ]
    window.edit_actions = {}
    for text, method, key in edit_items:
        if text is None:
            window.menu_edit.addSeparator()
            continue
        action = _action(window, text, _on_focused(method), key)
        window.edit_actions[method] = action
        window.menu_edit.addAction(action)
    window.menu_edit.addSeparator()
    window.action_preferences = _action(
        window,
        QCoreApplication.translate("MainWindow", "Pr&eferences…"),
        lambda: ops.show_settings(window),
        StandardKey.Preferences,
    )
    if QKeySequence(StandardKey.Preferences).isEmpty():
        window.action_preferences.setShortcut(QKeySequence("Ctrl+,"))
    window.action_preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
    window.menu_edit.addAction(window.action_preferences)

    window.action_back = _action(
        window,
        QCoreApplication.translate("MainWindow", "Pre&vious section"),
        window.wizard.go_back,
        "Ctrl+PgUp",
    )
    window.action_next = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Next section"),
        window.wizard.go_next,
        "Ctrl+PgDown",
    )
    window.action_check = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Check your answers"),
        window.show_check_page,
        "Ctrl+Shift+K",
    )
    window.action_guidance = _action(
        window,
        QCoreApplication.translate("MainWindow", "Show &guidance"),
        window.set_guidance_visible,
        tip=QCoreApplication.translate("MainWindow", "Show or hide the guidance beside the fields"),
    )
    window.action_guidance.setCheckable(True)
    window.action_guidance.setChecked(window.settings.show_guidance)
    window.action_guidance.setEnabled(not window.settings.is_locked("show_guidance"))
    window.action_guidance.triggered.disconnect()
    window.action_guidance.toggled.connect(window.set_guidance_visible)
    for action in (window.action_back, window.action_next):
        window.menu_view.addAction(action)
    window.menu_view.addSeparator()
    window.menu_view.addAction(window.action_guidance)
    window.menu_view.addSeparator()
    window.role_group = QActionGroup(window)
    window.role_group.setExclusive(True)
    window.role_actions = {}
    for role, text in (
        (Role.PRACTITIONER, QCoreApplication.translate("MainWindow", "&Practitioner mode")),
        (Role.MANAGER, QCoreApplication.translate("MainWindow", "&Manager mode")),
    ):
        action = QAction(text, window, checkable=True)
        action.setStatusTip(
            QCoreApplication.translate("MainWindow", "Whose parts of this conversation you are filling in")
        )
        action.triggered.connect(lambda _=False, r=role: window.set_role(r))
        window.role_group.addAction(action)
        window.role_actions[role] = action
        window.menu_view.addAction(action)

    window.menu_review.addAction(window.action_check)

    window.action_help = _action(
        window,
        QCoreApplication.translate("MainWindow", "PDR Desktop &help"),
        lambda: ops.show_help(window),
        StandardKey.HelpContents,
    )
    if QKeySequence(StandardKey.HelpContents).isEmpty():
        window.action_help.setShortcut(QKeySequence("F1"))
    window.action_about = _action(
        window, QCoreApplication.translate("MainWindow", "&About PDR Desktop"), lambda: show_about(window)
    )
    window.action_about.setMenuRole(QAction.MenuRole.AboutRole)
    window.menu_help.addAction(window.action_help)
    window.menu_help.addAction(window.action_about)

    window.draft_actions = [
        window.action_save,
        window.action_save_as,
        window.action_duplicate,
        window.action_rename,
        window.action_close,
        window.action_back,
        window.action_next,
        window.action_check,
    ]


def fill_recent_menu(window: MainWindow) -> None:
    """Recently opened conversations that still exist, newest first; numbered for the keyboard."""
    from pathlib import Path

    from pdr_desktop.ui import window_state

    menu = window.menu_recent
    menu.clear()
    existing = [p for p in window_state.recent_files() if p.is_file()]
    for number, path in enumerate(existing[:9], start=1):
        action = menu.addAction(f"&{number} {path.stem}")
        action.setStatusTip(str(path))
        action.triggered.connect(lambda _=False, p=str(path): window.open_path(Path(p)))
    if not existing:
        menu.addAction(QCoreApplication.translate("MainWindow", "No recent conversations")).setEnabled(False)


def show_about(window: MainWindow) -> None:
    QMessageBox.about(
        window,
        QCoreApplication.translate("MainWindow", "About PDR Desktop"),
        QCoreApplication.translate(
            "MainWindow",
            "<h3>{name} {version}</h3>"
            "<p>The Portsmouth Children's Services Performance Conversation, on your computer.</p>"
            "<p>Everything stays on this computer: PDR Desktop never goes online and sends no data.</p>",
        ).format(name=APP_NAME, version=__version__),
    )
