"""IT's site settings that show in the window: the manager e-mail domain and the organisation."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QMessageBox

from pdr_desktop import paths
from pdr_desktop.settings import Settings, load_settings, manager_email_problem
from pdr_desktop.ui.settings_dialog import SettingsDialog


def _site(tmp_path, monkeypatch, **values):
    site = tmp_path / "site.json"
    settings = {key: {"value": value, "locked": True} for key, value in values.items()}
    site.write_text(
        json.dumps({"format": "pdr-desktop-site-settings", "settings": settings}), encoding="utf-8"
    )
    monkeypatch.setenv(paths.SITE_SETTINGS_ENV, str(site))


def test_manager_email_must_be_in_the_organisations_domain():
    settings = Settings(manager_email_domain="portsmouthcc.gov.uk")
    assert manager_email_problem("zoe.clarke@portsmouthcc.gov.uk", settings) is None
    assert manager_email_problem("Zoe.Clarke@PortsmouthCC.gov.uk", settings) is None
    assert manager_email_problem("", settings) is None  # addressed by hand then
    assert "@portsmouthcc.gov.uk" in manager_email_problem("zoe@gmail.com", settings)
    assert "not an e-mail address" in manager_email_problem("zoe clarke", settings)
    assert manager_email_problem("zoe@gmail.com", Settings()) is None  # no rule set by IT


def test_preferences_refuse_an_address_outside_the_domain(qtbot, tmp_path, monkeypatch):
    _site(tmp_path, monkeypatch, manager_email_domain="portsmouthcc.gov.uk")
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *args: warned.append(args[2])))
    dialog = SettingsDialog(load_settings())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.email_edit.setText("zoe@gmail.com")
    dialog.accept()
    assert dialog.isVisible() and warned and "@portsmouthcc.gov.uk" in warned[0]
    dialog.email_edit.setText("zoe.clarke@portsmouthcc.gov.uk")
    dialog.accept()
    assert not dialog.isVisible()


def test_start_page_names_the_organisation_it_set(qtbot, tmp_path, monkeypatch):
    from pdr_desktop.ui.main_window import MainWindow

    _site(tmp_path, monkeypatch, organisation="Portsmouth City Council – Early Help")
    window = MainWindow(settings=load_settings())
    qtbot.addWidget(window)
    label = window.start_page.organisation_label
    assert label.text() == "Portsmouth City Council – Early Help" and not label.isHidden()
