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


def test_failed_save_keeps_the_words_and_says_why(window, qtbot, typer, monkeypatch):
    window.new_draft()
    window.focus_field("details.position")
    typer("Personal Advisor")

    def disk_full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("pdr_desktop.ui.autosave.write_draft", disk_full)
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
