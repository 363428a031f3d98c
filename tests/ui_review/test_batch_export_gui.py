"""Export… on several received forms (issue 17): the real manager's list with rows selected, the
folder from the (patched) system dialog, the files written off the UI thread, Cancel, and the summary."""

from __future__ import annotations

import time
from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QProgressDialog, QPushButton

from pdr_desktop.drafts.store import write_draft
from pdr_desktop.export import batch
from pdr_desktop.ui.review.manager_list import ManagerListDialog

NAMES = ("Siobhán Ó Dálaigh", "Jo Bloggs", "Amir Khan")


@pytest.fixture
def received(tmp_path, sample_draft):
    folder = tmp_path / "received"
    folder.mkdir()
    for index, name in enumerate(NAMES):
        draft = sample_draft.clone()
        draft.answers["details.name"] = name
        write_draft(draft, folder / f"{index}-{name.split()[0].lower()}.pdr")
    (folder / "1b-broken.pdr").write_text("junk", encoding="utf-8")
    return folder


@pytest.fixture
def answers(monkeypatch, tmp_path):
    """The format and folder the person picks, and the summary the window shows them."""
    out = tmp_path / "exports"
    out.mkdir()
    said: list[tuple[str, str]] = []
    state = {"format": "PDF (.pdf)", "folder": str(out)}
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (state["format"], True))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: state["folder"])
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: said.append(("info", text)))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: said.append(("warning", text)))
    return state, out, said


def make_list(qtbot, registry, received):
    dialog = ManagerListDialog(registry, date(2026, 11, 23), lambda p: True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.add_folder(received) == 4
    return dialog


def test_export_selected_forms_writes_each_and_says_which_failed(qtbot, registry, received, answers):
    _state, out, said = answers
    dialog = make_list(qtbot, registry, received)
    dialog.table.selectAll()
    assert len(dialog.selected_paths()) == 4
    assert dialog.export_button.isEnabled()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(said), timeout=60_000)
    written = sorted(out.iterdir())
    assert len(written) == 3
    for name in NAMES:
        [pdf] = [p for p in written if name in p.name]
        assert "draft.pdr" in PdfReader(pdf).attachments
    kind, text = said[0]
    assert kind == "warning"
    assert text.startswith("3 exported, 1 failed: 1b-broken.pdr – ")
    assert str(out) in text


def test_two_selected_rows_as_word(qtbot, registry, received, answers):
    state, out, said = answers
    state["format"] = "Word document (.docx)"
    dialog = make_list(qtbot, registry, received)
    rows = {dialog.table.item(r, 5).text(): r for r in range(dialog.table.rowCount())}
    dialog.table.clearSelection()
    dialog.table.selectRow(rows["0-siobhán.pdr"])
    qtbot.mouseClick(
        dialog.table.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ControlModifier,
        dialog.table.visualItemRect(dialog.table.item(rows["2-amir.pdr"], 0)).center(),
    )
    assert [p.name for p in dialog.selected_paths()] == ["0-siobhán.pdr", "2-amir.pdr"]
    outcome = dialog.export_selected()
    assert outcome is not None and outcome.ok
    assert sorted(p.suffix for p in out.iterdir()) == [".docx", ".docx"]
    assert said == [("info", f"2 exported.\nThe files are in {out}")]


def test_cancel_stops_before_the_next_form_and_the_summary_says_so(
    qtbot, registry, received, answers, monkeypatch, qapp
):
    _state, out, said = answers
    real = batch.export_one

    def slow(source, kind, target, **kwargs):
        time.sleep(0.3)  # a slow disk: time for the person to press Cancel
        return real(source, kind, target, **kwargs)

    monkeypatch.setattr(batch, "export_one", slow)
    dialog = make_list(qtbot, registry, received)
    dialog.table.selectAll()

    def press_cancel():
        exporting = [d for d in dialog.findChildren(QProgressDialog) if d.windowTitle() == "Export forms"]
        progress = exporting[0] if exporting else None
        if progress is None or progress.value() < 1:
            QTimer.singleShot(20, press_cancel)
            return
        qtbot.mouseClick(progress.findChild(QPushButton), Qt.MouseButton.LeftButton)  # its Cancel

    QTimer.singleShot(20, press_cancel)
    outcome = dialog.export_selected()
    assert outcome is not None and outcome.cancelled
    assert len(outcome.written) + len(outcome.cancelled) + len(outcome.failed) == 4
    assert len(list(out.iterdir())) == len(outcome.written) < 3
    assert "not exported (cancelled)" in said[0][1]


def test_nothing_selected_means_no_export(qtbot, registry, received, answers):
    dialog = make_list(qtbot, registry, received)
    dialog.table.clearSelection()
    assert not dialog.export_button.isEnabled()
    assert dialog.export_selected() is None


def test_a_folder_that_vanished_writes_nothing_and_says_so(qtbot, registry, received, answers):
    state, out, said = answers
    state["folder"] = str(out / "gone")
    dialog = make_list(qtbot, registry, received)
    dialog.table.selectAll()
    dialog.export_selected()
    assert said[0][0] == "warning" and said[0][1].startswith("Nothing was exported: the folder")


def test_progress_says_whose_form_was_done(qtbot, received):
    """ "Exported 1 of 2: Jo Bloggs" where the list knows the name; the file name where it does not."""
    from pdr_desktop.ui.review.batch_export import BatchExportThread

    files = sorted(received.glob("[01]-*.pdr"))
    out = received.parent / "progress-out"
    out.mkdir()
    thread = BatchExportThread(files, "pdf", out, names={files[1]: "Jo Bloggs"})
    said: list[str] = []
    thread.progressed.connect(lambda _done, _total, who: said.append(who), Qt.ConnectionType.DirectConnection)
    thread.run()  # on this thread: the signal is what is under test, not the threading
    assert said == [files[0].name, "Jo Bloggs"]


def test_word_and_pdf_writes_both_files_of_each_form_under_one_name(qtbot, registry, received, answers):
    """The format question offers Word and PDF, as single export does: two files per form, the
    same name, and the summary counts forms."""
    state, out, said = answers
    state["format"] = "Word and PDF (a .docx and a .pdf of each)"
    dialog = make_list(qtbot, registry, received)
    rows = {dialog.table.item(r, 5).text(): r for r in range(dialog.table.rowCount())}
    dialog.table.clearSelection()
    dialog.table.selectRow(rows["0-siobhán.pdr"])
    qtbot.mouseClick(
        dialog.table.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ControlModifier,
        dialog.table.visualItemRect(dialog.table.item(rows["2-amir.pdr"], 0)).center(),
    )
    outcome = dialog.export_selected()
    assert outcome is not None and outcome.ok
    written = sorted(out.iterdir())
    assert sorted(p.suffix for p in written) == [".docx", ".docx", ".pdf", ".pdf"]
    assert len({p.stem for p in written}) == 2
    assert said[0][1].startswith("2 exported.")
