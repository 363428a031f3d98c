"""Autosave: typing reaches the file within a second, a recovery copy sooner, a failed save says why."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QApplication

from pdr_desktop.drafts.store import recovery_path


def saved_answers(path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))["answers"]


def test_new_conversation_is_saved_at_once(window):
    window.new_draft()
    assert window.draft_path is not None and window.draft_path.is_file()
    assert window.draft_path.parent == window.drafts_folder()
    assert not window.isWindowModified()
    assert window.save_label.text().startswith("Saved ")


def test_typing_is_saved_when_typing_pauses(window, qtbot, typer):
    window.new_draft()
    assert window.focus_field("details.name")
    with qtbot.waitSignal(window.draft_changed, timeout=2000):
        typer("Zoë Ní Bhriain")
    assert window.isWindowModified()
    # The promise is "saved within 1 s of a pause": the debounce itself must be under that.
    assert window.autosave._save_timer.isActive() and window.autosave._save_timer.interval() < 1000
    with qtbot.waitSignal(window.draft_saved, timeout=3000) as blocker:
        pass
    assert blocker.args == [str(window.draft_path)]
    assert saved_answers(window.draft_path)["details.name"] == "Zoë Ní Bhriain"
    assert not window.isWindowModified()
    assert window.windowTitle().startswith("Zoë Ní Bhriain")
    assert not recovery_path(window.draft_path).exists()  # cleared once the real file has the words


def test_recovery_copy_is_written_before_the_save(window, qtbot, typer):
    window.new_draft()
    window.focus_field("standards.s1.self")
    typer("First thoughts")
    rec = recovery_path(window.draft_path)
    qtbot.waitUntil(rec.exists, timeout=1000)
    assert "First thoughts" in rec.read_text(encoding="utf-8")
    assert "First thoughts" not in window.draft_path.read_text(encoding="utf-8")


def test_failed_save_keeps_the_words_and_says_why(window, qtbot, typer, disk_full):
    window.new_draft()
    window.focus_field("details.position")
    typer("Personal Advisor")
    disk_full("pdr_desktop.drafts.tracked.write_draft")
    assert window.save_now() is False
    assert window.save_label.text() == "Not saved: No space left on device"
    rec = recovery_path(window.draft_path)
    assert "Personal Advisor" in rec.read_text(encoding="utf-8")
    assert window.isWindowModified()


def test_page_change_saves(window, typer):
    window.new_draft()
    window.focus_field("details.position")
    typer("Social Worker")
    window.wizard.go_next()
    assert saved_answers(window.draft_path)["details.position"] == "Social Worker"


def test_closing_the_window_saves_without_asking(make_window, typer, messages):
    window = make_window()
    window.new_draft()
    path = window.draft_path
    window.focus_field("details.name")
    typer("Ama Mensah")
    window.close()
    assert saved_answers(path)["details.name"] == "Ama Mensah"
    assert messages == []


def test_quitting_the_application_saves(window, typer):
    window.new_draft()
    window.focus_field("details.name")
    typer("Quitting Person")
    QApplication.instance().aboutToQuit.emit()
    assert saved_answers(window.draft_path)["details.name"] == "Quitting Person"


def test_title_shows_name_and_app(window, typer):
    window.new_draft()
    window.focus_field("details.name")
    typer("Li Wei")
    assert window.windowTitle() == "Li Wei[*] – PDR Desktop"


def _type_in_open_cell(window, qtbot, text: str, column: int = 0) -> None:
    """Open an objectives cell editor with F2 and type, leaving the editor open (no Tab, no Enter)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractItemView

    window.show_section("objectives")
    table = window.wizard.pages["objectives"].editors["objectives.items"]
    view = table.view
    view.setFocus()
    view.setCurrentIndex(table.model.index(0, column))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    assert view.state() == QAbstractItemView.State.EditingState
    editor = QApplication.focusWidget()
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, text)
    assert view.state() == QAbstractItemView.State.EditingState  # still only in the cell editor


def test_closing_the_window_keeps_words_in_an_open_table_cell(make_window, qtbot, messages):
    window = make_window()
    window.new_draft()
    path = window.draft_path
    _type_in_open_cell(window, qtbot, "Chair a strategy meeting")
    window.close()
    assert saved_answers(path)["objectives.items"][0]["objective"] == "Chair a strategy meeting"
    assert messages == []


def test_ctrl_q_with_an_open_table_cell_saves_it(make_window, qtbot):
    from PySide6.QtCore import Qt

    window = make_window()
    window.new_draft()
    path = window.draft_path
    _type_in_open_cell(window, qtbot, "Mentor a new advisor")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()
    assert saved_answers(path)["objectives.items"][0]["objective"] == "Mentor a new advisor"


def test_ctrl_w_and_opening_another_draft_keep_an_open_table_cell(window, qtbot):
    from PySide6.QtCore import Qt

    window.new_draft()
    first = window.draft_path
    _type_in_open_cell(window, qtbot, "Before closing")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert window.draft is None
    assert saved_answers(first)["objectives.items"][0]["objective"] == "Before closing"

    window.open_path(first)
    _type_in_open_cell(window, qtbot, "Before opening another")
    window.new_draft()  # loads a different draft
    assert window.draft_path != first
    assert saved_answers(first)["objectives.items"][0]["objective"] == "Before opening another"


def test_switching_role_keeps_an_open_table_cell(window, qtbot):
    window.new_draft()
    _type_in_open_cell(window, qtbot, "Written as practitioner")
    window.menus.role_actions[next(r for r in window.menus.role_actions if r.value == "manager")].trigger()
    assert window.role.value == "manager"
    window.save_now()
    assert saved_answers(window.draft_path)["objectives.items"][0]["objective"] == "Written as practitioner"


def test_ctrl_q_straight_after_typing_in_a_long_text_saves_it(make_window, qtbot, typer):
    from PySide6.QtCore import Qt

    window = make_window()
    window.new_draft()
    path = window.draft_path
    window.focus_field("standards.s2.self")
    typer("Seen alone at every visit")
    box = QApplication.focusWidget()
    assert box.hasFocus()  # no focus-out: the words are still "in" the box
    qtbot.keyClick(box, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()
    assert saved_answers(path)["standards.s2.self"] == "Seen alone at every visit"


def test_os_logout_saves_what_was_just_typed(window, qtbot, typer):
    """The session manager's commitDataRequest (log-out, shutdown) saves without asking."""
    window.new_draft()
    assert window.focus_field("wider.feedback")
    with qtbot.waitSignal(window.draft_changed, timeout=2000):
        typer("Said on the way out")
    assert "Said on the way out" not in saved_answers(window.draft_path).get("wider.feedback", "")
    window._on_commit_data(None)  # what Qt calls on commitDataRequest; a QSessionManager can't be made
    assert saved_answers(window.draft_path)["wider.feedback"] == "Said on the way out"
