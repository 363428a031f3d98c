"""A real change to what was signed is flagged on the task list and in Check your answers;
the other person's later answers are not."""

from __future__ import annotations

from PySide6.QtCore import Qt

from pdr_desktop.drafts import write_draft


def test_task_list_and_check_flag_only_real_changes(
    window, signed_then_completed_by_manager, tmp_path, qtbot
):
    path = tmp_path / "returned.pdr"
    write_draft(signed_then_completed_by_manager, path)
    assert window.open_path(path)
    tasks = window.wizard.section_list
    assert tasks.status("signoff") == "Completed"
    assert tasks.status("__check__") == "Ready"
    assert window.focus_field("wider.self")
    qtbot.keyClicks(window.focusWidget(), " And more.")
    assert tasks.status("signoff") == "In progress"
    assert tasks.status("__check__") != "Ready"
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: tasks.status("signoff") == "Completed")
