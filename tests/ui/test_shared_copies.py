"""Copies made for the other person do not carry this laptop's per-draft mode."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog

from pdr_desktop.drafts.store import read_draft
from pdr_desktop.forms.model import Role


def test_a_sent_copy_opens_in_the_managers_own_mode(make_window, tmp_path, monkeypatch, registry, qtbot):
    pytest.importorskip("pdr_desktop.export.docx_writer")
    me = make_window("practitioner")
    me.new_draft()
    me.set_role(Role.MANAGER)  # in the meeting, the manager wrote in this copy …
    me.set_role(Role.PRACTITIONER)  # … and handed it back: the draft remembers the mode
    assert me.draft.role == "practitioner"
    folder = tmp_path / "to send"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: True)
    written = me.export_actions.send_to_manager()
    pdr = next(p for p in written if p.suffix == ".pdr")
    assert read_draft(pdr, registry).role == ""
    assert me.draft.role == "practitioner"  # this laptop's own copy keeps it

    boss = make_window("manager")
    assert boss.open_path(pdr)
    assert boss.role is Role.MANAGER
    docx = next(p for p in written if p.suffix == ".docx")
    assert boss.open_path(docx)
    assert boss.role is Role.MANAGER


def test_a_received_pdr_is_edited_where_it_is_and_listed_first(make_window, tmp_path, form, registry, typer):
    from pdr_desktop.drafts.model import Draft
    from pdr_desktop.drafts.store import write_draft

    downloads = tmp_path / "Downloads"
    downloads.mkdir()
    received = downloads / "Performance Conversation – Ama Mensah.pdr"
    write_draft(Draft.new(form), received)
    boss = make_window("manager")
    assert boss.open_path(received)
    assert boss.draft_path == received  # the .pdr is the draft format: no copy to lose track of
    boss.focus_field("comments.manager.initial.comment")
    typer("Thank you; see you on Monday.")
    boss.close_draft()
    assert read_draft(received, registry).answers["comments.manager.initial.comment"] == (
        "Thank you; see you on Monday."
    )
    assert not list(downloads.glob("*~*")) and sorted(downloads.iterdir()) == [received]  # no clutter
    first = boss.start_page.recent.item(0)
    assert first.data(Qt.ItemDataRole.UserRole) == str(received)
