"""Roles follow the work: a received form opens in manager mode, your own draft in practitioner mode."""

from __future__ import annotations

import pytest

from pdr_desktop.drafts import write_draft
from pdr_desktop.drafts.store import read_draft
from pdr_desktop.export import export_draft
from pdr_desktop.forms import Role


@pytest.fixture
def sent_copy(form, sample_draft, tmp_path):
    """What a practitioner sends: a .pdr and a Word copy, no mode inside."""
    folder = tmp_path / "from-siobhan"
    folder.mkdir()
    sample_draft.role = ""
    write_draft(sample_draft, folder / "siobhan.pdr")
    export_draft(form, sample_draft, folder / "siobhan.docx", "docx")
    return folder


@pytest.mark.parametrize("name", ["siobhan.pdr", "siobhan.docx"])
def test_the_managers_list_opens_a_received_form_in_manager_mode(make_window, sent_copy, qtbot, name):
    window = make_window("practitioner")  # even on a computer set up for a practitioner
    dialog = window.review_actions.open_received_list()
    dialog.add_paths([sent_copy / name])
    assert dialog.open_row(0)
    assert window.role is Role.MANAGER
    assert window.menus.role_actions[Role.MANAGER].isChecked()
    assert window.wizard.page("standards").editors["standards.s1.manager"].locked is False
    window.save_now()
    assert read_draft(window.draft_path, window.registry).role == "manager"  # and it stays so
    path = window.draft_path
    window.close_draft()
    assert window.role is Role.PRACTITIONER
    assert window.open_path(path)
    assert window.role is Role.MANAGER


def test_in_manager_mode_someone_elses_form_stays_in_manager_mode(make_window, sent_copy):
    window = make_window("practitioner")
    window.set_role(Role.MANAGER)  # View › Manager mode
    assert window.open_path(sent_copy / "siobhan.docx")
    assert window.role is Role.MANAGER
    assert window.draft.role == "manager"


def test_your_own_new_conversation_opens_in_practitioner_mode(make_window):
    window = make_window("manager")  # managers have their own conversation too
    window.new_draft()
    assert window.role is Role.PRACTITIONER
    assert window.draft.role == "practitioner"
    path = window.draft_path
    window.close_draft()
    assert window.role is Role.MANAGER
    window.open_path(path)
    assert window.role is Role.PRACTITIONER


def test_a_practitioner_opening_a_copy_stays_a_practitioner(make_window, sent_copy):
    window = make_window("practitioner")
    assert window.open_path(sent_copy / "siobhan.docx")
    assert window.role is Role.PRACTITIONER


def test_a_received_copy_is_named_and_marked_as_received(make_window, sent_copy, form, sample_draft):
    sample_draft.answers["details.name"] = "Siobhán Ó Dálaigh-Featherstonehaugh " + "Marjoribanks " * 6
    export_draft(form, sample_draft, sent_copy / "long.docx", "docx")
    window = make_window("manager")
    assert window.open_path(sent_copy / "long.docx")
    stem = window.draft_path.stem
    assert stem.endswith("– received 23 Nov 2026")
    assert len(stem) <= 80
    assert stem.split(" – ")[0].endswith("Marjoribanks…")  # cut at a word, never mid-word
    window.close_draft()
    rows = [window.start_page.recent.item(i).text() for i in range(window.start_page.recent.count())]
    received = [r for r in rows if "Received copy" in r]
    assert received and "from “long.docx”, answered in manager mode" in received[0]
