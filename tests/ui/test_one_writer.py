"""One writer per draft and no change overwritten, in the real window with real second processes."""

from __future__ import annotations

import json
import signal

from PySide6.QtWidgets import QWidget

from pdr_desktop.drafts import lock, read_draft, write_draft
from pdr_desktop.review.sample import build_sample


def answers(path):
    return json.loads(path.read_text(encoding="utf-8"))["answers"]


def make_draft(folder, form, name="Aisha Khan"):
    path = folder / f"{name}.pdr"
    draft = build_sample(form)
    draft.answers["details.name"] = name
    write_draft(draft, path, backup=False)
    return path


def test_open_in_another_process_opens_read_only_and_says_why(window, tmp_path, form, lock_holder, typer):
    path = make_draft(tmp_path, form)
    lock_holder(path)
    before = path.read_bytes()
    assert window.open_path(path)
    assert window.read_only
    assert window.windowTitle().startswith("Aisha Khan — read-only")
    bar = window.session.bar
    assert bar.isVisible() and bar.kind == "read-only"
    assert "Open in another PDR Desktop window on this computer since Today 09:41" in bar.label.text()
    assert bar.button("Open a copy").isVisible()
    # The bar's buttons come in the Tab order where the bar is: after the round bar at the top,
    # before the task list, even when Qt's chain had them last (after Next), as widgets made late do.
    button, round_bar = bar.button("Open a copy"), window.review_actions.round_panel
    QWidget.setTabOrder(window.wizard.next_button, button)
    window.update_tab_order()
    order = [window.wizard.next_button]
    while (after := order[-1].nextInFocusChain()) is not order[0]:
        order.append(after)
    assert order.index(round_bar) < order.index(button) < order.index(window.wizard.section_list)
    assert window.save_label.text() == "Read-only"
    assert not window.review_actions.toolbar.isEnabled()  # no meeting date or round change either
    # Typing into a box changes nothing, on screen or on disk.
    window.focus_field("details.position")
    typer("Something else")
    assert window.draft.text("details.position") != "Something else"
    assert not window.save_now() or path.read_bytes() == before
    window.close()
    assert path.read_bytes() == before


def test_open_a_copy_gives_an_editable_copy_and_leaves_the_original(
    window, tmp_path, form, lock_holder, typer, qtbot
):
    path = make_draft(tmp_path, form)
    lock_holder(path)
    before = path.read_bytes()
    window.open_path(path)
    window.session.bar.button("Open a copy").click()
    assert not window.read_only
    assert window.draft_path == tmp_path / "Aisha Khan (copy).pdr"
    # The message names the copy, then the original it left unchanged (it once named the copy twice).
    assert window.statusBar().currentMessage() == (
        "You are working on a copy, Aisha Khan (copy).pdr; “Aisha Khan.pdr” is unchanged."
    )
    window.focus_field("details.position")
    typer("Family Support Worker")
    assert window.save_now()
    assert answers(window.draft_path)["details.position"] == "Family Support Worker"
    assert path.read_bytes() == before


def test_a_lock_left_by_a_killed_process_is_taken_over_after_saying_so(window, tmp_path, form, lock_holder):
    path = make_draft(tmp_path, form)
    child = lock_holder(path)
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    assert window.open_path(path)
    assert not window.read_only
    assert window.session.bar.kind == "taken-over"
    assert "no longer running" in window.session.bar.label.text()
    assert lock.holder(path).pid != child.pid  # ours now
    # Closed normally, the notice goes: the start page must not still say it was left open.
    assert window.close_draft()
    assert window.session.bar.isHidden() and window.session.bar.kind != "taken-over"
    assert "no longer running" not in window.session.bar.label.text()


def test_the_read_only_window_offers_to_edit_once_the_other_closes(
    window, tmp_path, form, lock_holder, qtbot
):
    path = make_draft(tmp_path, form)
    child = lock_holder(path)
    window.open_path(path)
    child.stdin.close()
    child.wait(timeout=30)
    window.session._tick()  # the poll every few seconds
    assert window.session.bar.kind == "released"
    window.session.bar.button("Edit here").click()
    assert not window.read_only and window.draft_path == path


def test_opening_the_same_file_again_brings_its_window_forward(make_window, tmp_path, form):
    path = make_draft(tmp_path, form)
    first = make_window()
    second = make_window()
    assert first.open_path(path)
    assert second.open_path(path)
    assert second.draft is None  # nothing opened twice
    assert not first.read_only


def test_closing_releases_the_lock(window, tmp_path, form):
    path = make_draft(tmp_path, form)
    window.open_path(path)
    assert lock.lock_path(path).exists()
    window.close_draft()
    assert not lock.lock_path(path).exists()


# --- never overwrite a change you did not make ---------------------------------------------------


def test_changes_to_different_fields_are_merged_with_a_real_second_writer(
    window, tmp_path, form, second_writer, typer
):
    path = make_draft(tmp_path, form)
    window.open_path(path)
    window.focus_field("details.position")
    typer("Personal Advisor")
    second_writer(path, {"details.period_covered": "2026-2027 (from the other laptop)"})
    assert window.save_now()
    saved = answers(path)
    assert saved["details.position"] == "Personal Advisor"
    assert saved["details.period_covered"] == "2026-2027 (from the other laptop)"
    assert window.draft.text("details.period_covered") == "2026-2027 (from the other laptop)"
    assert not list(tmp_path.glob("*conflict*"))


def test_both_changing_one_answer_keeps_both_versions(window, tmp_path, form, second_writer, typer):
    path = make_draft(tmp_path, form)
    window.open_path(path)
    window.focus_field("details.position")
    typer("Mine")
    second_writer(path, {"details.position": "Theirs"})
    assert window.save_now()
    assert answers(path)["details.position"] == "Theirs"  # their file is left as they left it
    copies = list(tmp_path.glob("Aisha Khan (conflict, 2026-11-23 09.41).pdr"))
    assert len(copies) == 1
    assert answers(copies[0])["details.position"] == "Mine"
    assert window.draft_path == copies[0]
    bar = window.session.bar
    assert bar.kind == "conflict"
    assert "Position" in bar.label.text() and "“Aisha Khan.pdr”" in bar.label.text()
    assert bar.button("Compare with theirs…").isEnabled()
    # Further typing goes to our copy, never over theirs.
    typer("Mine, again")
    assert window.save_now()
    assert answers(path)["details.position"] == "Theirs"
    assert answers(copies[0])["details.position"] == "Mine, again"


def test_a_change_on_disk_is_taken_in_when_the_window_is_activated(window, tmp_path, form, second_writer):
    path = make_draft(tmp_path, form)
    window.open_path(path)
    window.focus_field("details.position")
    second_writer(path, {"details.position": "Changed on the other laptop"})
    window.session.check_disk()  # what activating the window (or the file watcher) does
    assert window.draft.text("details.position") == "Changed on the other laptop"
    editor = window.wizard.page("details").editors["details.position"]
    assert editor.value() == "Changed on the other laptop"


def test_the_file_watcher_notices_a_change(window, tmp_path, form, second_writer, qtbot):
    path = make_draft(tmp_path, form)
    window.open_path(path)
    second_writer(path, {"details.position": "Synced in"})
    qtbot.waitUntil(lambda: window.draft.text("details.position") == "Synced in", timeout=5000)


def test_a_draft_deleted_while_open_is_not_recreated(window, tmp_path, form, typer, messages):
    path = make_draft(tmp_path, form)
    window.open_path(path)
    window.focus_field("details.position")
    typer("Words to keep")
    path.unlink()
    assert window.save_now() is False
    assert not path.exists()
    assert window.session.bar.kind == "deleted"
    assert window.save_label.text().startswith("Not saved")
    window.session.bar.button("Save it here again").click()
    assert read_draft(path, window.registry).text("details.position") == "Words to keep"


def test_not_saved_says_so_truthfully_when_even_the_recovery_copy_fails(window, typer, disk_full):
    window.new_draft()
    window.focus_field("details.position")
    typer("Words nowhere on disk")
    disk_full("pdr_desktop.drafts.tracked.write_draft", "pdr_desktop.ui.autosave.write_recovery")
    assert window.save_now() is False
    assert window.save_label.text() == "Not saved: No space left on device"
    message = window.statusBar().currentMessage()
    assert "recovery copy could not be written either" in message
    assert "kept in a recovery copy" not in message
    assert not window.autosave.recovery_kept


def test_ctrl_s_in_a_read_only_window_says_nothing_was_saved(window, tmp_path, form, lock_holder, qtbot):
    """QA: Ctrl+S in the read-only window said "Saved to …pdr" though nothing was written."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    path = make_draft(tmp_path, form)
    lock_holder(path)
    before = path.read_bytes()
    window.open_path(path)
    assert window.read_only
    window.focus_field("details.position")
    box = QApplication.focusWidget()
    qtbot.waitUntil(box.hasFocus)
    qtbot.keyClick(box, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    message = window.statusBar().currentMessage()
    assert "Saved" not in message
    assert message == "Nothing was saved: this window is read-only. To make changes, open a copy."
    assert path.read_bytes() == before
