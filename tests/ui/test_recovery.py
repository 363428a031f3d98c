"""Crash recovery: offered openly when an autosave copy is newer than the saved file, never silently."""

from __future__ import annotations

from datetime import timedelta

import pytest

from pdr_desktop.drafts.model import Draft
from pdr_desktop.drafts.store import pending_recovery, recovery_path, write_draft, write_recovery
from pdr_desktop.settings import save_user_setting
from pdr_desktop.ui.recovery_dialog import RecoveryDialog


@pytest.fixture
def crashed(form, isolated_home, clock, set_mtime):
    """A saved draft plus a newer recovery copy with words typed after the last save."""
    folder = isolated_home / "drafts"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "Sam Okafor.pdr"
    draft = Draft.new(form, **{"details.name": "Sam Okafor", "standards.s1.self": "Saved text"})
    write_draft(draft, path)
    later = draft.clone()
    later.answers["standards.s1.self"] = "Saved text, and the paragraph typed before the crash"
    rec = write_recovery(later, path)
    # File times from the pinned clock: saved a minute ago, the recovery copy 30 s later.
    set_mtime(path, clock.now() - timedelta(seconds=60))
    set_mtime(rec, clock.now() - timedelta(seconds=30))
    return path


def choose(monkeypatch, result):
    shown = []

    def exec_(self):
        shown.append(self.message.text())
        return result

    monkeypatch.setattr(RecoveryDialog, "exec", exec_)
    return shown


def test_recover_restores_the_unsaved_words(window, crashed, monkeypatch, registry):
    shown = choose(monkeypatch, RecoveryDialog.RECOVER)
    assert window.open_path(crashed)
    assert len(shown) == 1
    assert "closed unexpectedly while you were working on Sam Okafor" in shown[0]
    assert "Recover the unsaved changes from Today" in shown[0]
    assert window.draft.answers["standards.s1.self"].endswith("typed before the crash")
    page = window.wizard.pages["standards"]
    assert "typed before the crash" in page.editors["standards.s1.self"].value()
    # The recovered words are now the saved file, and nothing is offered again.
    assert "typed before the crash" in crashed.read_text(encoding="utf-8")
    assert pending_recovery(crashed, registry) is None


def test_discard_keeps_the_saved_file(window, crashed, monkeypatch, registry):
    before = crashed.read_bytes()
    choose(monkeypatch, RecoveryDialog.DISCARD)
    assert window.open_path(crashed)
    assert window.draft.answers["standards.s1.self"] == "Saved text"
    assert crashed.read_bytes() == before
    assert not recovery_path(crashed).exists()


def test_closing_the_question_opens_nothing_and_keeps_both(window, crashed, monkeypatch):
    before = crashed.read_bytes()
    choose(monkeypatch, RecoveryDialog.CANCEL)
    assert window.open_path(crashed) is False
    assert window.draft is None
    assert crashed.read_bytes() == before
    assert recovery_path(crashed).exists()


def test_discard_asks_for_confirmation(qtbot, crashed, registry, messages, monkeypatch, clock):
    pending = pending_recovery(crashed, registry)
    dialog = RecoveryDialog(pending, clock.today())
    qtbot.addWidget(dialog)
    finished = []
    dialog.finished.connect(finished.append)
    dialog.discard_button.click()
    assert messages and messages[0][0] == "question"
    assert finished == [RecoveryDialog.DISCARD]


def test_discard_not_confirmed_stays_in_the_dialog(qtbot, crashed, registry, monkeypatch, clock):
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    dialog = RecoveryDialog(pending_recovery(crashed, registry), clock.today())
    qtbot.addWidget(dialog)
    finished = []
    dialog.finished.connect(finished.append)
    dialog.discard_button.click()
    assert finished == []


def test_recovery_is_offered_at_start(qtbot, crashed, monkeypatch, messages):
    from pdr_desktop.ui.app import start_window

    shown = choose(monkeypatch, RecoveryDialog.RECOVER)
    save_user_setting("role", "practitioner")  # not a first start: no role question
    window = start_window([])
    qtbot.addWidget(window)
    assert len(shown) == 1
    assert window.draft_path == crashed
    assert "typed before the crash" in window.draft.answers["standards.s1.self"]


def test_garbage_is_collected_again_while_the_recovery_question_is_open(qtbot, crashed, monkeypatch):
    # cli.gui_main starts the window with the collector off; the window's first frame, painted
    # behind the question, turns it back on, however long the question stays open.
    import gc

    from pdr_desktop.ui.app import start_window

    collecting_while_asked = []

    def exec_(self):
        qtbot.waitUntil(gc.isenabled, timeout=10_000)
        collecting_while_asked.append(gc.isenabled())
        return RecoveryDialog.RECOVER

    monkeypatch.setattr(RecoveryDialog, "exec", exec_)
    save_user_setting("role", "practitioner")
    gc.disable()
    try:
        window = start_window([])
    finally:
        gc.enable()
        gc.unfreeze()  # the rest of the test run is collected as usual
    qtbot.addWidget(window)
    assert collecting_while_asked == [True]


def test_start_page_marks_recoverable_drafts(window, crashed, monkeypatch):
    window.refresh_start_page()
    texts = [window.start_page.recent.item(i).text() for i in range(window.start_page.recent.count())]
    assert any("Unsaved changes can be recovered" in t for t in texts)
