"""Keyboard and desktop conventions: shortcuts, section moves, accessible names on every shell widget."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QListWidget, QWidget

from pdr_desktop.drafts.model import Draft
from pdr_desktop.drafts.store import write_draft
from pdr_desktop.ui.section_list import CHECK_ID


def action_for(window, shortcut: str) -> QAction:
    wanted = QKeySequence(shortcut)
    found = [a for a in window.findChildren(QAction) if wanted in a.shortcuts()]
    assert found, f"no action has {shortcut}"
    return found[0]


@pytest.mark.parametrize(
    ("shortcut", "name"),
    [
        ("Ctrl+N", "action_new"),
        ("Ctrl+O", "action_open"),
        ("Ctrl+S", "action_save"),
        ("Ctrl+Shift+S", "action_save_as"),
        ("Ctrl+W", "action_close"),
        ("Ctrl+Q", "action_quit"),
        ("Ctrl+PgDown", "action_next"),
        ("Ctrl+PgUp", "action_back"),
        ("F1", "action_help"),
        ("Ctrl+,", "action_preferences"),
    ],
)
def test_shortcuts_exist(window, shortcut, name):
    assert action_for(window, shortcut) is getattr(window.menus, name)


def test_edit_menu_acts_on_the_focused_box(window, typer):
    window.new_draft()
    window.focus_field("details.position")
    typer("Advisor")
    texts = [a.text().replace("&", "") for a in window.menus.menu_edit.actions() if a.text()]
    assert texts[:2] == ["Undo", "Redo"]
    assert {"Cut", "Copy", "Paste", "Select All"} <= set(texts)
    window.menus.edit_actions["undo"].trigger()
    assert QApplication.focusWidget().text() != "Advisor"


def test_ctrl_page_down_and_up_move_between_sections(window, qtbot):
    window.new_draft()
    assert window.wizard.current_id() == "details"
    window.focus_field("details.name")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.wizard.current_id() == "standards"
    qtbot.keyClick(
        QApplication.focusWidget() or window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier
    )
    assert window.wizard.current_id() == "details"


def test_back_and_next_walk_the_whole_wizard_to_check_your_answers(window, qtbot):
    window.new_draft()
    wizard = window.wizard
    assert not wizard.back_button.isEnabled()
    seen = [wizard.current_id()]
    while wizard.next_button.isEnabled():
        wizard.next_button.setFocus()
        qtbot.keyClick(wizard.next_button, Qt.Key.Key_Space)
        seen.append(wizard.current_id())
    assert seen == wizard.order
    assert seen[-2:] == [CHECK_ID, "signoff"]  # check your answers, then sign (and send)
    assert [s.id for s in window.form.sections] == [e for e in seen if e in wizard.pages]
    qtbot.keyClick(wizard.back_button, Qt.Key.Key_Space)
    assert wizard.current_id() == wizard.order[-2]


def test_next_before_sign_off_says_check_your_answers(window):
    window.new_draft()
    window.show_section(window.form.sections[-2].id)
    assert window.wizard.next_button.text().replace("&", "") == "Next: Check your answers"
    window.wizard.next_button.click()
    assert window.wizard.current_id() == CHECK_ID


def test_section_list_moves_with_arrow_keys(window, qtbot):
    window.new_draft()
    section_list = window.wizard.section_list
    section_list.setFocus()
    qtbot.keyClick(section_list, Qt.Key.Key_Down)
    assert window.wizard.current_id() == window.wizard.order[1]
    qtbot.keyClick(section_list, Qt.Key.Key_End)
    assert window.wizard.current_id() == window.wizard.order[-1]


def test_task_list_items_say_their_status(window, typer):
    window.new_draft()
    item = window.wizard.section_list.item_for("details")
    assert item.data(Qt.ItemDataRole.AccessibleTextRole) == "Details, Not started"
    window.focus_field("details.name")
    typer("Someone")
    assert window.wizard.section_list.status("details") == "In progress"
    assert item.data(Qt.ItemDataRole.AccessibleTextRole) == "Details, In progress"


def shell_widgets(window) -> list[QWidget]:
    """Interactive widgets the shell owns (pages and plug-ins test their own)."""
    roots = [window.start_page, window.wizard.check_page, window.banner]
    out: list[QWidget] = [window.wizard.section_list, window.wizard.back_button, window.wizard.next_button]
    for root in roots:
        out += [
            w for w in root.findChildren(QWidget) if isinstance(w, (QAbstractButton, QLineEdit, QListWidget))
        ]
    return out


def test_every_shell_widget_has_an_accessible_name(window, form):
    write_draft(Draft.new(form), window.drafts_folder() / "a.pdr")
    window.refresh_start_page()
    window.new_draft()
    window.show_check_page()
    widgets = shell_widgets(window)
    assert len(widgets) > 20  # the check page's links are among them
    unnamed = [
        f"{type(w).__name__} {w.objectName()} {getattr(w, 'text', lambda: '')()}"
        for w in widgets
        if not w.accessibleName()
    ]
    assert unnamed == []
    assert window.wizard.section_list.accessibleName() == "Sections"
    assert window.start_page.recent.accessibleName() == "Recent conversations"


def test_f1_opens_help_that_says_where_data_lives(window, monkeypatch):
    from pdr_desktop.ui.help_dialog import HelpDialog

    shown = []
    monkeypatch.setattr(HelpDialog, "exec", lambda self: shown.append(self.browser.toPlainText()) or 0)
    action_for(window, "F1").trigger()
    assert shown and "never goes online" in shown[0]
    assert str(window.drafts_folder()) in shown[0]


def test_about_box_names_the_version(window, messages):
    from pdr_desktop import __version__

    window.menus.action_about.trigger()
    assert messages[-1][0] == "about" and __version__ in messages[-1][2]
