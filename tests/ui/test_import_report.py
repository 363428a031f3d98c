"""Opening a Word file that needs a look shows the whole import report, selectable and copyable."""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
from PySide6.QtGui import QGuiApplication

from pdr_desktop.ui.import_report import ImportReportDialog

BLANK_DOCX = Path(__file__).parents[1] / "data" / "portsmouth-performance-conversation-blank.docx"


def _council_form_with(tmp_path, merged_text: str) -> Path:
    path = tmp_path / "from-manager.docx"
    shutil.copy(BLANK_DOCX, path)
    document = docx.Document(str(path))
    details = document.tables[0]
    merged = details.cell(1, 0).merge(details.cell(1, 1))
    merged.paragraphs[0].add_run(merged_text)
    document.add_paragraph("Please ring me about this.")
    document.save(str(path))
    return path


def test_the_report_is_shown_when_anything_needs_a_look(window, tmp_path, monkeypatch):
    shown: list[ImportReportDialog] = []
    monkeypatch.setattr(ImportReportDialog, "exec", lambda self: shown.append(self) or 0)
    path = _council_form_with(tmp_path, "Tomasz Nowak Personal Advisor")
    assert window.open_path(path)
    assert len(shown) == 1
    dialog = shown[0]
    report = dialog.text.toPlainText()
    assert "one merged cell covers “Name” and “Position”" in report
    assert "Please ring me about this." in report
    assert "Everything was placed" not in report
    assert "2 item(s) need a look" in dialog.summary.text()
    assert dialog.text.isReadOnly() and dialog.text.accessibleName() == "Import report"
    dialog.copy_report()
    assert "Tomasz Nowak Personal Advisor" in QGuiApplication.clipboard().text()


def test_a_clean_import_opens_without_a_report(window, tmp_path, monkeypatch):
    shown: list[ImportReportDialog] = []
    monkeypatch.setattr(ImportReportDialog, "exec", lambda self: shown.append(self) or 0)
    path = tmp_path / "blank.docx"
    shutil.copy(BLANK_DOCX, path)
    assert window.open_path(path)
    assert shown == []
