"""Preferences shows the folder in use, offers Browse…, and is wide enough to read."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from pdr_desktop import paths
from pdr_desktop.settings import load_settings, save_user_setting
from pdr_desktop.ui.settings_dialog import SettingsDialog


def test_the_standard_folder_is_shown_and_stays_the_standard_one(qtbot):
    dialog = SettingsDialog(load_settings())
    qtbot.addWidget(dialog)
    assert dialog.folder_edit.text() == str(paths.drafts_dir())
    assert dialog.save() == []
    assert load_settings().drafts_dir == ""  # not pinned to today's path by pressing OK


def test_a_chosen_folder_is_shown(qtbot, tmp_path):
    save_user_setting("drafts_dir", str(tmp_path / "my conversations"))
    dialog = SettingsDialog(load_settings())
    qtbot.addWidget(dialog)
    assert dialog.folder_edit.text() == str(tmp_path / "my conversations")


def test_browse_picks_a_folder_with_the_native_dialog(qtbot, tmp_path, monkeypatch):
    asked = []

    def choose(parent, caption, start, *args, **kwargs):
        asked.append(start)
        return str(tmp_path / "shared")

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(choose))
    dialog = SettingsDialog(load_settings())
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)
    assert asked == [str(paths.drafts_dir())]  # it opens where the conversations are now
    assert dialog.folder_edit.text() == str(tmp_path / "shared")
    assert dialog.save() == []
    assert load_settings().drafts_dir == str(tmp_path / "shared")


def test_the_dialog_is_wide_enough_for_a_folder_path(qtbot):
    dialog = SettingsDialog(load_settings())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    chars = dialog.fontMetrics().averageCharWidth()
    assert dialog.width() >= 60 * chars
    assert dialog.folder_edit.width() >= 40 * chars
