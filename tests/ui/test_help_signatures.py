"""F1 help says what a signature's fingerprint is, and what one writer per draft means."""

from __future__ import annotations

from pathlib import Path


def test_the_help_explains_signatures_honestly(qtbot):
    from pdr_desktop.ui.help_dialog import HelpDialog

    dialog = HelpDialog(Path("/tmp"))
    qtbot.addWidget(dialog)
    text = " ".join(dialog.browser.toPlainText().split())
    assert "integrity check" in text and "does not prove who signed" in text
    assert "opens here read-only" in text
