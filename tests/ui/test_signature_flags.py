"""A real change to what was signed is flagged on the task list and in Check your answers;
the other person's later answers are not."""

from __future__ import annotations

from PySide6.QtCore import Qt

from pdr_desktop.drafts import write_draft
from pdr_desktop.forms import Role
from pdr_desktop.review import signing


def _practitioner_signed_then_manager_completed(form, sample_draft):
    draft = sample_draft.clone()
    draft.signatures.clear()
    managers = [f for f in form.fields.values() if f.owner is Role.MANAGER]
    answers = {f.id: draft.get(f) for f in managers}
    for fld in managers:
        draft.answers.pop(fld.id, None)
    signing.sign(form, draft, Role.PRACTITIONER, "Siobhán Ó Dálaigh", "2026-07-20")
    draft.answers.update(answers)
    signing.sign(form, draft, Role.MANAGER, "Tomáš Dąbrowski", "2026-07-21")
    return draft


def test_task_list_and_check_flag_only_real_changes(window, form, sample_draft, tmp_path, qtbot):
    path = tmp_path / "returned.pdr"
    write_draft(_practitioner_signed_then_manager_completed(form, sample_draft), path)
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
