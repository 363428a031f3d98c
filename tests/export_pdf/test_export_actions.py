"""File ▸ Export… and Send to manager… on a minimal window, with every dialog patched."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from docx import Document
from pypdf import PdfReader
from PySide6.QtCore import Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow, QMessageBox

from pdr_desktop.drafts import read_draft, write_draft
from pdr_desktop.export import ExportReport
from pdr_desktop.settings import Settings
from pdr_desktop.ui.export_actions import install_export_actions, last_export_folder


class FakeWindow(QMainWindow):
    draft_loaded = Signal()

    def __init__(self, form, draft, draft_path, settings):
        super().__init__()
        self.form, self.draft, self.draft_path, self.settings = form, draft, draft_path, settings
        self.menus = SimpleNamespace()  # the parts of ui.menus.Menus the export actions use
        self.menus.menu_file = self.menuBar().addMenu("&File")
        self.menus.menu_file.addAction("&Save")
        self.menus.export_separator = self.menus.menu_file.addSeparator()
        self.menus.menu_file.addAction("&Quit")
        self.saves = 0

    def save_now(self) -> bool:
        self.saves += 1
        write_draft(self.draft, self.draft_path, backup=False)
        return True

    def load(self, draft) -> None:
        self.draft = draft
        self.draft_loaded.emit()


@pytest.fixture
def window(qtbot, form, sample_draft, tmp_path):
    path = tmp_path / "drafts" / "siobhan.pdr"
    path.parent.mkdir()
    write_draft(sample_draft, path, backup=False)
    win = FakeWindow(form, sample_draft, path, Settings(manager_email="tomas.dabrowski@portsmouthcc.gov.uk"))
    qtbot.addWidget(win)
    return win


@pytest.fixture
def dialogs(monkeypatch):
    """Records messages and opened URLs; answers file dialogs from `answers`."""
    seen: dict[str, list] = {"messages": [], "urls": [], "save": None, "folder": None}

    def message(kind):
        def show(parent, title, text, *args, **kwargs):
            seen["messages"].append((kind, title, text))
            return QMessageBox.StandardButton.Yes

        return show

    for kind in ("warning", "information", "question", "critical"):
        monkeypatch.setattr(QMessageBox, kind, message(kind))
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: seen["urls"].append(url) or True)
    monkeypatch.setattr("pdr_desktop.ui.desktop_open.handler_known", lambda url: True)  # see test below
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: seen["save"])
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: seen["folder"])
    return seen


def _menu_texts(window):
    return [a.text() for a in window.menus.menu_file.actions()]


def test_actions_sit_in_the_file_menu_above_the_separator(window, dialogs):
    actions = install_export_actions(window)
    texts = _menu_texts(window)
    assert texts.index("E&xport…") < texts.index("Sen&d to manager…") < texts.index("&Quit")
    assert actions.export_action.shortcut().toString() == "Ctrl+E"


def test_disabled_without_a_draft_and_enabled_when_one_loads(window, dialogs, sample_draft):
    window.draft = None
    actions = install_export_actions(window)
    assert not actions.export_action.isEnabled() and not actions.send_action.isEnabled()
    assert actions.export_dialog() == []  # a stray shortcut does nothing
    window.load(sample_draft)
    assert actions.export_action.isEnabled() and actions.send_action.isEnabled()


def test_export_pdf(window, dialogs, qtbot, tmp_path, registry, sample_draft):
    actions = install_export_actions(window)
    target = tmp_path / "out" / "mine.pdf"
    target.parent.mkdir()
    dialogs["save"] = (str(target), "PDF (*.pdf)")
    with qtbot.waitSignal(actions.exported) as blocker:
        actions.export_action.trigger()
    assert blocker.args == [[target]]
    assert window.saves == 1  # what is on screen is saved first
    assert "Siobhán Ó Dálaigh" in PdfReader(str(target)).pages[0].extract_text()
    assert "Exported: mine.pdf" in window.statusBar().currentMessage()
    assert dialogs["messages"] == []


def test_export_word_filter_adds_the_suffix(window, dialogs, tmp_path):
    pytest.importorskip("pdr_desktop.export.docx_writer")
    actions = install_export_actions(window)
    dialogs["save"] = (str(tmp_path / "mine"), "Word document (*.docx)")
    assert actions.export_dialog() == [tmp_path / "mine.docx"]
    text = "\n".join(
        p.text for t in Document(str(tmp_path / "mine.docx")).tables for c in t._cells for p in c.paragraphs
    )
    assert "Siobhán Ó Dálaigh" in text


def test_export_word_and_pdf(window, dialogs, tmp_path):
    pytest.importorskip("pdr_desktop.export.docx_writer")
    actions = install_export_actions(window)
    dialogs["save"] = (str(tmp_path / "both.pdf"), "Word and PDF (*.docx *.pdf)")
    written = actions.export_dialog()
    assert written == [tmp_path / "both.docx", tmp_path / "both.pdf"]
    assert all(p.stat().st_size > 1000 for p in written)


def test_cancelled_export_writes_nothing(window, dialogs, tmp_path):
    actions = install_export_actions(window)
    dialogs["save"] = ("", "")
    assert actions.export_dialog() == []
    written = [p for p in tmp_path.rglob("*") if p.relative_to(tmp_path).parts[0] != "pdr-home"]
    assert sorted(p.name for p in written) == ["drafts", "siobhan.pdr"]  # (pdr-home: the app's own state)


def test_export_failure_names_the_file_and_reason(window, dialogs, tmp_path):
    actions = install_export_actions(window)
    missing = tmp_path / "no such folder" / "mine.pdf"
    dialogs["save"] = (str(missing), "PDF (*.pdf)")
    assert actions.export_dialog() == []
    [(kind, _title, text)] = dialogs["messages"]
    assert kind == "warning"
    assert "“mine.pdf” could not be written" in text and "no such folder" in text
    assert not missing.exists()


def test_send_to_manager(window, dialogs, tmp_path, registry, sample_draft):
    pytest.importorskip("pdr_desktop.export.docx_writer")
    actions = install_export_actions(window)
    folder = tmp_path / "to send"
    folder.mkdir()
    dialogs["folder"] = str(folder)
    written = actions.send_to_manager()
    stem = "Performance Conversation – Siobhán Ó Dálaigh – Final Review"
    assert [p.name for p in written] == [f"{stem}.docx", f"{stem}.pdf", f"{stem}.pdr"]
    assert read_draft(folder / f"{stem}.pdr", registry) == sample_draft

    mail, reveal = dialogs["urls"]
    assert mail.scheme() == "mailto"
    parts = urlsplit(bytes(mail.toEncoded()).decode("ascii"))
    assert unquote(parts.path) == "tomas.dabrowski@portsmouthcc.gov.uk"
    query = parse_qs(parts.query)
    assert query["subject"] == [stem]
    assert f"{stem}.pdf" in query["body"][0] and "cannot attach files automatically" in query["body"][0]
    assert Path(reveal.toLocalFile()) == folder

    assert dialogs["messages"] == []  # the report is a dialog of its own, left open (not modal-blocking)
    report = actions.send_report
    assert report.message.text().startswith(
        "An e-mail to tomas.dabrowski@portsmouthcc.gov.uk has been started, "
        "and the folder with the files is open."
    )
    assert f"{stem}.docx" in report.files.text()
    report.close()


def write_a_byte(form, draft, path, fmt, progress):
    path.write_bytes(b"x")
    return ExportReport(path, fmt)


@pytest.mark.parametrize(
    ("mail", "folder", "said"),
    [
        (False, False, "No e-mail program or file manager opened on this computer, so nothing has been sent"),
        (False, True, "No e-mail program opened on this computer, so no e-mail has been started."),
        (True, False, "The folder with the files could not be opened on this computer"),
    ],
)
def test_send_says_what_really_happened(window, dialogs, tmp_path, monkeypatch, mail, folder, said):
    """openUrl's answer decides the words: never "an e-mail was started" when none was."""
    monkeypatch.setattr("pdr_desktop.ui.export_worker.export_file", write_a_byte)
    answers = {"mailto": mail, "file": folder}
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: answers[url.scheme()])
    actions = install_export_actions(window)
    dialogs["folder"] = str(tmp_path)
    written = actions.send_to_manager()
    report = actions.send_report
    assert said in report.message.text()
    if not mail:
        assert "An e-mail" not in report.message.text()
    assert report.folder.text() == str(tmp_path) and report.folder.isReadOnly()
    assert report.address.text() == "tomas.dabrowski@portsmouthcc.gov.uk"
    report.copy_path.click()
    assert QApplication.clipboard().text() == str(tmp_path)
    report.copy_address.click()
    assert QApplication.clipboard().text() == "tomas.dabrowski@portsmouthcc.gov.uk"
    assert all(p.name in report.files.text() for p in written)
    report.close()


def test_export_starts_in_documents_then_in_the_last_folder_used(window, dialogs, tmp_path, monkeypatch):
    monkeypatch.setattr("pdr_desktop.ui.export_worker.export_file", write_a_byte)
    offered = []
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda parent, title, start, *a: offered.append(start) or dialogs["save"],
    )
    actions = install_export_actions(window)
    dialogs["save"] = ("", "")
    actions.export_dialog()
    first = Path(offered[-1]).parent
    assert first != window.draft_path.parent  # never the app's own drafts folder
    assert first == last_export_folder()
    chosen = tmp_path / "for Tomas"
    chosen.mkdir()
    dialogs["save"] = (str(chosen / "copy.pdf"), "PDF (*.pdf)")
    actions.export_dialog()
    dialogs["save"] = ("", "")
    actions.export_dialog()
    assert Path(offered[-1]).parent == chosen  # remembered


def test_the_managers_copy_back_is_named_as_a_reply(window, dialogs, monkeypatch):
    offered = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda parent, title, start, *a: offered.append(start) or ("", "")
    )
    actions = install_export_actions(window)
    actions.export_dialog()
    window.role = "manager"
    actions.export_dialog()
    assert Path(offered[0]).stem == "Performance Conversation – Siobhán Ó Dálaigh – Final Review"
    assert (
        Path(offered[1]).stem
        == "Performance Conversation – Siobhán Ó Dálaigh – Final Review – manager's reply"
    )


def test_send_twice_never_overwrites(window, dialogs, tmp_path):
    pytest.importorskip("pdr_desktop.export.docx_writer")
    actions = install_export_actions(window)
    dialogs["folder"] = str(tmp_path)
    first = actions.send_to_manager()
    second = actions.send_to_manager()
    assert not set(first) & set(second)
    assert second[0].name.endswith("Final Review (2).docx")


def test_send_without_a_manager_address_leaves_to_empty(window, dialogs, tmp_path, monkeypatch):
    monkeypatch.setattr(
        "pdr_desktop.ui.export_worker.export_file",
        lambda form, draft, path, fmt, progress: path.write_bytes(b"x") and ExportReport(path, fmt),
    )
    window.settings = Settings()
    actions = install_export_actions(window)
    dialogs["folder"] = str(tmp_path)
    actions.send_to_manager()
    mail = bytes(dialogs["urls"][0].toEncoded()).decode("ascii")
    assert mail.startswith("mailto:?subject=Performance%20Conversation")


def test_send_cancelled_or_failing(window, dialogs, tmp_path, monkeypatch):
    actions = install_export_actions(window)
    dialogs["folder"] = ""
    assert actions.send_to_manager() == []
    assert dialogs["urls"] == []

    def broken(form, draft, path, fmt, progress):
        raise RuntimeError("the layout engine gave up")

    monkeypatch.setattr("pdr_desktop.ui.export_worker.export_file", broken)
    dialogs["folder"] = str(tmp_path)
    written = actions.send_to_manager()
    assert [p.suffix for p in written] == [".pdr"]  # the draft copy still goes
    warning = next(text for kind, _t, text in dialogs["messages"] if kind == "warning")
    assert "could not be written: the layout engine gave up" in warning


def test_the_real_main_window_gets_the_actions(qtbot, dialogs, registry, sample_draft, tmp_path):
    main_window = pytest.importorskip("pdr_desktop.ui.main_window")
    window = main_window.MainWindow(registry=registry, settings=Settings(role="practitioner"))
    qtbot.addWidget(window)
    actions = window.export_actions
    assert "E&xport…" in _menu_texts(window)
    assert not actions.export_action.isEnabled()
    path = tmp_path / "real.pdr"
    write_draft(sample_draft, path, backup=False)
    window.open_path(path)
    assert actions.export_action.isEnabled()
    dialogs["save"] = (str(tmp_path / "real.pdf"), "PDF (*.pdf)")
    assert actions.export_dialog() == [tmp_path / "real.pdf"]
    window.close_draft()
    assert not actions.export_action.isEnabled()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the xdg-mime lookup is for Linux")
@pytest.mark.parametrize(("handler", "opened"), [("", False), ("thunderbird.desktop", True)])
def test_on_linux_a_link_with_no_program_for_it_is_not_handed_to_xdg_open(
    tmp_path, monkeypatch, handler, opened
):
    """Qt says True as soon as xdg-open starts, even when it then finds nothing: ask xdg-mime first."""
    from PySide6.QtCore import QUrl

    from pdr_desktop.ui import desktop_open

    tool = tmp_path / "bin" / "xdg-mime"
    tool.parent.mkdir()
    tool.write_text(f"#!/bin/sh\necho '{handler}'\n", encoding="utf-8")
    tool.chmod(0o755)
    monkeypatch.setenv("PATH", f"{tool.parent}{os.pathsep}{os.environ['PATH']}")
    asked = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: asked.append(url) or True)
    assert desktop_open.open_url(QUrl("mailto:someone@example.org")) is opened
    assert bool(asked) is opened  # nothing is launched when nothing could take it
