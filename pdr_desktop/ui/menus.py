"""Menus, actions and shortcuts of the main window (desktop conventions: Ctrl+N/O/S/W/Q, F1)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu

from pdr_desktop import APP_NAME, __version__
from pdr_desktop.forms.model import Role

if TYPE_CHECKING:
    from pdr_desktop.ui.main_window import MainWindow

StandardKey = QKeySequence.StandardKey


def _operations() -> ModuleType:
    """Save, Save As, Duplicate, Rename, Preferences, Help: loaded when first used, not at start."""
    from pdr_desktop.ui import file_operations

    return file_operations


def key_sequence(shortcut: QKeySequence | StandardKey | str) -> list[QKeySequence]:
    """The one key sequence an action shows and answers to (none where the platform has no
    standard key), as QKeySequence(shortcut) gives it.

    Not made with QKeySequence(…) or set with setShortcut: PySide chooses among their overloads
    by trying each, one of which takes a Qt.Key, and that builds the Qt namespace's 93 enum
    types, about 25 ms before the first frame (ui/first_paint.py).
    """
    if isinstance(shortcut, QKeySequence):
        return [shortcut]
    if isinstance(shortcut, str):
        return [QKeySequence.fromString(shortcut)]
    return QKeySequence.keyBindings(shortcut)[:1]  # the platform's first, as QKeySequence(key) takes


def _action(
    window: MainWindow,
    text: str,
    slot: Callable[[], object],
    shortcut: QKeySequence | StandardKey | str | None = None,
    tip: str = "",
) -> QAction:
    """*text* and *tip* come translated: the literal is marked where it is written, for lupdate."""
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcuts(key_sequence(shortcut))
    if tip:
        action.setStatusTip(tip)
    action.triggered.connect(slot)
    return action


def _on_focused(method: str) -> Callable[[], None]:
    """Edit menu items act on whichever text box has the keyboard focus."""

    def run() -> None:
        widget = QApplication.focusWidget()
        target = getattr(widget, method, None)
        if callable(target):
            target()

    return run


@dataclass
class Menus:
    """The window's menus and the actions in them (plug-ins add theirs to these menus)."""

    menu_file: QMenu
    menu_edit: QMenu
    menu_view: QMenu
    menu_review: QMenu
    menu_help: QMenu
    menu_recent: QMenu
    export_separator: QAction  # File › export actions go above this
    action_new: QAction
    action_open: QAction
    action_save: QAction
    action_save_as: QAction
    action_duplicate: QAction
    action_rename: QAction
    action_close: QAction
    action_quit: QAction
    edit_actions: dict[str, QAction]  # text-box method name ("undo", "copy", …) → its action
    action_preferences: QAction
    action_back: QAction
    action_next: QAction
    action_check: QAction
    action_guidance: QAction
    role_group: QActionGroup
    role_actions: dict[Role, QAction]
    action_help: QAction
    action_about: QAction
    draft_actions: list[QAction] = field(default_factory=list)  # enabled only while a draft is open


def build_menus(window: MainWindow) -> Menus:

    bar = window.menuBar()
    menu_file = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    menu_edit = bar.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
    menu_view = bar.addMenu(QCoreApplication.translate("MainWindow", "&View"))
    menu_review = bar.addMenu(QCoreApplication.translate("MainWindow", "&Review"))
    menu_help = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))

    action_new = _action(
        window,
        QCoreApplication.translate("MainWindow", "&New conversation"),
        window.new_draft,
        StandardKey.New,
    )
    action_open = _action(
        window, QCoreApplication.translate("MainWindow", "&Open…"), window.open_dialog, StandardKey.Open
    )
    action_save = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Save"),
        lambda: _operations().save_and_say(window),
        StandardKey.Save,
    )
    action_save_as = _action(
        window,
        QCoreApplication.translate("MainWindow", "Save &As…"),
        lambda: _operations().save_as(window),
        "Ctrl+Shift+S",
    )
    action_duplicate = _action(
        window,
        QCoreApplication.translate("MainWindow", "D&uplicate"),
        lambda: _operations().duplicate(window),
    )
    action_rename = _action(
        window, QCoreApplication.translate("MainWindow", "Rena&me…"), lambda: _operations().rename(window)
    )
    action_close = _action(
        window, QCoreApplication.translate("MainWindow", "&Close"), window.close_draft, "Ctrl+W"
    )
    action_quit = _action(window, QCoreApplication.translate("MainWindow", "&Quit"), window.close, "Ctrl+Q")
    action_quit.setMenuRole(QAction.MenuRole.QuitRole)
    for action in (action_new, action_open):
        menu_file.addAction(action)
    menu_recent = menu_file.addMenu(QCoreApplication.translate("MainWindow", "Open &Recent"))
    menu_recent.aboutToShow.connect(lambda: fill_recent_menu(window, menu_recent))
    fill_recent_menu(window, menu_recent)
    menu_file.addSeparator()
    for action in (action_save, action_save_as, action_duplicate, action_rename):
        menu_file.addAction(action)
    menu_file.addSeparator()
    export_separator = menu_file.addSeparator()  # export actions go above this
    menu_file.addAction(action_close)
    menu_file.addAction(action_quit)

    edit_items: list[tuple[str, str, StandardKey] | None] = [
        (QCoreApplication.translate("MainWindow", "&Undo"), "undo", StandardKey.Undo),
        (QCoreApplication.translate("MainWindow", "&Redo"), "redo", StandardKey.Redo),
        None,
        (QCoreApplication.translate("MainWindow", "Cu&t"), "cut", StandardKey.Cut),
        (QCoreApplication.translate("MainWindow", "&Copy"), "copy", StandardKey.Copy),
        (QCoreApplication.translate("MainWindow", "&Paste"), "paste", StandardKey.Paste),
        None,
        (QCoreApplication.translate("MainWindow", "Select &All"), "selectAll", StandardKey.SelectAll),
    ]
    edit_actions: dict[str, QAction] = {}
    for item in edit_items:
        if item is None:
            menu_edit.addSeparator()
            continue
        text, method, key = item
        action = _action(window, text, _on_focused(method), key)
        edit_actions[method] = action
        menu_edit.addAction(action)
    menu_edit.addSeparator()
    action_preferences = _action(
        window,
        QCoreApplication.translate("MainWindow", "Pr&eferences…"),
        lambda: _operations().show_settings(window),
        StandardKey.Preferences,
    )
    if not action_preferences.shortcuts():  # no standard key for it here (Windows, GNOME)
        action_preferences.setShortcuts(key_sequence("Ctrl+,"))
    action_preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
    menu_edit.addAction(action_preferences)

    action_back = _action(
        window,
        QCoreApplication.translate("MainWindow", "Pre&vious section"),
        lambda: window.wizard.go_back(),  # the wizard is built after the first frame
        "Ctrl+PgUp",
    )
    action_next = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Next section"),
        lambda: window.wizard.go_next(),
        "Ctrl+PgDown",
    )
    action_check = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Check your answers"),
        window.show_check_page,
        "Ctrl+Shift+K",
    )
    action_guidance = QAction(QCoreApplication.translate("MainWindow", "Show &guidance"), window)
    action_guidance.setStatusTip(
        QCoreApplication.translate("MainWindow", "Show or hide the guidance beside the fields")
    )
    action_guidance.setCheckable(True)
    action_guidance.setChecked(window.settings.show_guidance)
    action_guidance.setEnabled(not window.settings.is_locked("show_guidance"))
    action_guidance.toggled.connect(window.set_guidance_visible)
    for action in (action_back, action_next):
        menu_view.addAction(action)
    menu_view.addSeparator()
    menu_view.addAction(action_guidance)
    menu_view.addSeparator()
    role_group = QActionGroup(window)
    role_group.setExclusive(True)
    role_actions: dict[Role, QAction] = {}
    for role, text in (
        (Role.PRACTITIONER, QCoreApplication.translate("MainWindow", "&Practitioner mode")),
        (Role.MANAGER, QCoreApplication.translate("MainWindow", "&Manager mode")),
    ):
        action = QAction(text, window)
        action.setCheckable(True)
        action.setStatusTip(
            QCoreApplication.translate("MainWindow", "Whose parts of this conversation you are filling in")
        )
        action.triggered.connect(lambda _=False, r=role: window.set_role(r))
        role_group.addAction(action)
        role_actions[role] = action
        menu_view.addAction(action)

    menu_review.addAction(action_check)

    action_help = _action(
        window,
        QCoreApplication.translate("MainWindow", "PDR Desktop &help"),
        lambda: _operations().show_help(window),
        StandardKey.HelpContents,
    )
    if not action_help.shortcuts():
        action_help.setShortcuts(key_sequence("F1"))
    action_about = _action(
        window, QCoreApplication.translate("MainWindow", "&About PDR Desktop"), lambda: show_about(window)
    )
    action_about.setMenuRole(QAction.MenuRole.AboutRole)
    menu_help.addAction(action_help)
    menu_help.addAction(action_about)

    return Menus(
        menu_file=menu_file,
        menu_edit=menu_edit,
        menu_view=menu_view,
        menu_review=menu_review,
        menu_help=menu_help,
        menu_recent=menu_recent,
        export_separator=export_separator,
        action_new=action_new,
        action_open=action_open,
        action_save=action_save,
        action_save_as=action_save_as,
        action_duplicate=action_duplicate,
        action_rename=action_rename,
        action_close=action_close,
        action_quit=action_quit,
        edit_actions=edit_actions,
        action_preferences=action_preferences,
        action_back=action_back,
        action_next=action_next,
        action_check=action_check,
        action_guidance=action_guidance,
        role_group=role_group,
        role_actions=role_actions,
        action_help=action_help,
        action_about=action_about,
        draft_actions=[
            action_save,
            action_save_as,
            action_duplicate,
            action_rename,
            action_close,
            action_back,
            action_next,
            action_check,
        ],
    )


def fill_recent_menu(window: MainWindow, menu: QMenu) -> None:
    """Recently opened conversations that still exist, newest first; numbered for the keyboard."""
    from pathlib import Path

    from pdr_desktop.ui import window_state

    menu.clear()
    existing = [p for p in window_state.recent_files() if p.is_file()]
    for number, path in enumerate(existing[:9], start=1):
        action = menu.addAction(f"&{number} {path.stem}")
        action.setStatusTip(str(path))
        action.triggered.connect(lambda _=False, p=str(path): window.open_path(Path(p)))
    if not existing:
        menu.addAction(QCoreApplication.translate("MainWindow", "No recent conversations")).setEnabled(False)


def show_about(window: MainWindow) -> None:
    from PySide6.QtWidgets import QMessageBox  # its Python type costs 3 ms: not before the first frame

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
