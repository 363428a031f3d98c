""" "Open received…": the manager's list of what the team sent, including files that cannot be read."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from pdr_desktop.drafts.model import Draft
from pdr_desktop.drafts.store import write_draft
from pdr_desktop.forms.model import Role
from pdr_desktop.review import workflow
from pdr_desktop.ui.review.manager_list import ManagerListDialog
from pdr_desktop.ui.review.team_model import warning_colour


def team_folder(tmp_path, form, sample_draft):
    folder = tmp_path / "received"
    folder.mkdir()
    write_draft(sample_draft, folder / "siobhan.pdr")
    early = Draft.new(form)
    early.set(form.field("details.name"), "Kwame Mensah")
    workflow.set_meeting(form, early, "initial", "2025-10-20")
    write_draft(early, folder / "kwame.pdr")
    (folder / "truncated.pdr").write_text('{"format": "pdr-desktop-draft", ', encoding="utf-8")
    (folder / "notes.txt").write_text("not a form", encoding="utf-8")
    return folder


def make_list(qtbot, registry, opened, today=date(2025, 10, 15)):
    dialog = ManagerListDialog(registry, today, lambda p: opened.append(p) or True)
    qtbot.addWidget(dialog)
    return dialog


def cell(dialog, row, column):
    return dialog.table.item(row, column)


def test_a_folder_lists_every_form_and_says_why_one_cannot_be_read(
    qtbot, registry, form, sample_draft, tmp_path
):
    folder = team_folder(tmp_path, form, sample_draft)
    broken_before = (folder / "truncated.pdr").read_bytes()
    dialog = make_list(qtbot, registry, [])
    assert dialog.add_folder(folder) == 3  # notes.txt is not offered
    rows = {cell(dialog, r, 5).text(): r for r in range(dialog.table.rowCount())}
    assert set(rows) == {"kwame.pdr", "siobhan.pdr", "truncated.pdr"}
    kwame = rows["kwame.pdr"]
    assert cell(dialog, kwame, 0).text() == "Kwame Mensah"
    assert cell(dialog, kwame, 1).text() == "Initial Conversation"
    assert cell(dialog, kwame, 2).text().endswith("to do")
    assert "Manager assessment" in cell(dialog, kwame, 2).toolTip()
    assert cell(dialog, kwame, 3).text() == "20 October 2025"
    assert cell(dialog, kwame, 4).text() == "13 October 2025"
    assert "passed" in cell(dialog, kwame, 4).toolTip()
    siobhan = rows["siobhan.pdr"]
    assert cell(dialog, siobhan, 0).text() == "Siobhán Ó Dálaigh"
    assert cell(dialog, siobhan, 1).text() == "Final Review"
    broken = rows["truncated.pdr"]
    assert cell(dialog, broken, 2).text().startswith("Cannot be read:")
    assert "truncated.pdr" in cell(dialog, broken, 2).toolTip()
    assert (folder / "truncated.pdr").read_bytes() == broken_before
    assert dialog.add_folder(folder) == 0  # no duplicates


def test_double_click_and_enter_open_a_form(qtbot, registry, form, sample_draft, tmp_path):
    folder = team_folder(tmp_path, form, sample_draft)
    opened: list = []
    dialog = make_list(qtbot, registry, opened)
    dialog.add_paths([folder / "kwame.pdr", folder / "truncated.pdr"])
    assert not dialog.open_row(1)  # unreadable: nothing to open
    assert opened == []
    dialog.table.setCurrentCell(0, 0)
    with qtbot.waitSignal(dialog.opened):
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert opened == [folder / "kwame.pdr"]
    dialog2 = make_list(qtbot, registry, opened)
    dialog2.add_paths([folder / "siobhan.pdr"])
    dialog2.show()
    qtbot.waitExposed(dialog2)
    rect = dialog2.table.visualItemRect(dialog2.table.item(0, 0))
    # A real double click is press, release, double-click event: item views need all three.
    qtbot.mouseClick(dialog2.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(dialog2.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened[-1] == folder / "siobhan.pdr"


def test_add_files_button_uses_the_file_dialog(qtbot, registry, form, sample_draft, tmp_path, monkeypatch):
    folder = team_folder(tmp_path, form, sample_draft)
    picked = [str(folder / "kwame.pdr"), str(folder / "siobhan.pdr")]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: (picked, "")))
    dialog = make_list(qtbot, registry, [])
    dialog.add_files_button.click()
    assert dialog.table.rowCount() == 2
    assert dialog.open_button.isEnabled()


def test_open_received_action_opens_in_the_window(qtbot, form, sample_draft, tmp_path, make_window):
    folder = team_folder(tmp_path, form, sample_draft)
    window = make_window(role="manager")
    dialog = window.review_actions.open_received_list()
    dialog.add_paths([folder / "siobhan.pdr"])
    with qtbot.waitSignal(window.draft_loaded):
        dialog.open_row(0)
    assert window.draft.display_name(window.form) == "Siobhán Ó Dálaigh"
    assert window.draft_path == folder / "siobhan.pdr"
    assert window.opened_as is Role.MANAGER  # roles follow the work: the manager answers it


def test_word_and_pdf_copies_are_listed_and_a_broken_one_says_why(
    qtbot, registry, form, sample_draft, tmp_path
):
    from pdr_desktop.export import export_draft

    folder = tmp_path / "mail"
    folder.mkdir()
    export_draft(form, sample_draft, folder / "siobhan.docx", "docx")
    export_draft(form, sample_draft, folder / "siobhan.pdf", "pdf")
    (folder / "renamed.docx").write_bytes(b"this was never a Word file")
    dialog = make_list(qtbot, registry, [])
    assert dialog.add_folder(folder) == 3
    rows = {cell(dialog, r, 5).text(): r for r in range(dialog.table.rowCount())}
    for name in ("siobhan.docx", "siobhan.pdf"):
        assert cell(dialog, rows[name], 0).text() == "Siobhán Ó Dálaigh"
        assert cell(dialog, rows[name], 1).text() == "Final Review"
    broken = cell(dialog, rows["renamed.docx"], 2)
    assert broken.text().startswith("Cannot be read:") and len(broken.text()) > len("Cannot be read: ")
    assert (folder / "renamed.docx").read_bytes() == b"this was never a Word file"


def test_a_long_read_can_be_stopped(qtbot, registry, form, sample_draft, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QProgressDialog

    folder = tmp_path / "many"
    folder.mkdir()
    for number in range(6):
        write_draft(sample_draft, folder / f"p{number}.pdr")
    asked: list[int] = []

    def stopped_after_two(self) -> bool:
        asked.append(self.value())
        return len(asked) > 2

    monkeypatch.setattr(QProgressDialog, "wasCanceled", stopped_after_two)
    dialog = make_list(qtbot, registry, [])
    assert dialog.add_folder(folder) == 2
    assert dialog.table.rowCount() == 2


def test_a_form_whose_signature_no_longer_holds_says_so_not_nothing_due(
    qtbot, registry, form, sample_draft, tmp_path
):
    """The signed sample renamed after signing: My team, `check` and the PDF say "Changed since
    signed"; the received list says the same words, in red, never "Nothing due"."""
    from pdr_desktop.team.summary import Signatures, summarise

    sample_draft.set(form.field("details.name"), "Siobhán Renamed")
    folder = tmp_path / "received"
    folder.mkdir()
    write_draft(sample_draft, folder / "renamed.pdr")
    dialog = make_list(qtbot, registry, [])
    dialog.add_folder(folder)
    todo = cell(dialog, 0, 2)
    assert summarise(folder / "renamed.pdr", registry).signatures is Signatures.CHANGED  # the team view
    assert dialog.summaries[0].signatures is Signatures.CHANGED
    assert todo.text().startswith("Changed since signed")
    assert "Nothing due" not in todo.text()
    assert "Name" in todo.toolTip()  # what changed, as My team's tooltip says it
    assert todo.foreground().color() == warning_colour()
