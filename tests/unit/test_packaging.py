"""Packaging files agree with each other and with the app (no build needed: fast)."""

from __future__ import annotations

import configparser
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from defusedxml import ElementTree

from pdr_desktop import APP_ID, __version__, paths, settings

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
SCRIPTS = sorted(PACKAGING.rglob("*.sh"))


def test_desktop_file_opens_pdr_files_with_the_mime_type_we_ship():
    desktop = configparser.ConfigParser(interpolation=None)
    desktop.optionxform = str
    desktop.read(PACKAGING / "linux" / "pdr-desktop.desktop", encoding="utf-8")
    entry = desktop["Desktop Entry"]
    assert entry["Exec"].split()[0] == "pdr-desktop" and "%F" in entry["Exec"]
    mime = ElementTree.parse(PACKAGING / "linux" / "pdr-desktop-mime.xml").getroot()
    ns = "{http://www.freedesktop.org/standards/shared-mime-info}"
    mime_type = mime.find(f"{ns}mime-type")
    assert entry["MimeType"].rstrip(";") == mime_type.get("type")
    assert mime_type.find(f"{ns}glob").get("pattern") == "*.pdr"


def test_inno_setup_script_offers_per_user_install_and_pdr_association():
    iss = (PACKAGING / "windows" / "pdr-desktop.iss").read_text(encoding="utf-8")
    assert "PrivilegesRequiredOverridesAllowed=dialog commandline" in iss
    assert re.search(r'Subkey: "Software\\Classes\\\.pdr"', iss)
    assert '""{app}\\{#AppExe}"" ""%1""' in iss
    assert "[UninstallDelete]" not in iss.replace("No [UninstallDelete]", "")  # never deletes user data


def test_spec_bundles_the_data_the_app_reads():
    spec = (PACKAGING / "pyinstaller" / "pdr-desktop.spec").read_text(encoding="utf-8")
    for needed in ('"forms"', '"resources"', 'collect_data_files("docx")', 'collect_data_files("reportlab")'):
        assert needed in spec
    assert '"pdr"' in spec  # macOS document type
    assert 'collect_submodules("openpyxl")' in spec  # the team view's spreadsheet export
    assert "compile_all()" in spec  # .qm translations are built, not committed: the spec makes them
    assert (ROOT / "resources" / "catalogues" / "example-learning-catalogue.json").is_file()
    assert (ROOT / "forms").is_dir() and (ROOT / "resources").is_dir()


@pytest.mark.skipif(shutil.which("bash") is None, reason="no bash")
@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.name)
def test_shell_scripts_parse(script):
    subprocess.run(["bash", "-n", str(script)], check=True)


def test_example_site_settings_set_every_setting_it_documents():
    example = json.loads((PACKAGING / "site-settings.example.json").read_text(encoding="utf-8"))
    assert example["format"] == settings.SITE_FORMAT
    for key in ("organisation", "default_form", "extra_forms_dir", "drafts_dir", "manager_email_domain"):
        assert isinstance(example["settings"][key]["locked"], bool)


def test_deploying_doc_names_the_site_file_locations_the_code_uses():
    doc = (ROOT / "docs" / "deploying.md").read_text(encoding="utf-8")
    assert paths.SITE_SETTINGS_ENV in doc
    for folder in paths.site_config_dirs():
        assert str(folder / settings.SITE_FILE_NAME) in doc


BUNDLE = ROOT / "dist" / "pdr-desktop" / "_internal"


@pytest.mark.skipif(not BUNDLE.is_dir(), reason="bundle not built (bash packaging/linux/build.sh)")
def test_built_bundle_carries_forms_templates_fonts_and_no_network_qt():
    assert any((BUNDLE / "forms").glob("*.json"))
    assert (BUNDLE / "docx" / "templates" / "default.docx").is_file()
    # python-docx opens "docx/parts/../templates/default-header.xml": docx/parts must be a folder.
    assert (BUNDLE / "docx" / "parts").is_dir()
    assert (BUNDLE / "reportlab" / "fonts").is_dir()
    assert (BUNDLE / "resources" / "fonts" / "DejaVuSans.ttf").is_file()
    assert (BUNDLE / "resources" / "catalogues" / "example-learning-catalogue.json").is_file()
    assert (BUNDLE / "resources" / "icons" / "pdr-desktop.svg").is_file()
    assert (BUNDLE / "resources" / "translations" / "pdr_desktop_en_GB.qm").is_file()
    assert not list(BUNDLE.rglob("libQt6Network*"))
    assert not list(BUNDLE.rglob("QtNetwork*"))
    assert __version__


@pytest.mark.skipif(not BUNDLE.is_dir(), reason="bundle not built (bash packaging/linux/build.sh)")
@pytest.mark.parametrize(
    "pattern",
    ["libqvnc*", "libqgtk3*", "_ssl.*", "libssl.so*", "qt_*.qm", "libqtiff*", "_avif*", "libcairo.so*"],
)
def test_built_bundle_leaves_out_what_the_app_never_loads(pattern):
    # VNC and TLS could open sockets; GTK 3 theme and its cairo would clash with the desktop's GTK.
    assert not list(BUNDLE.rglob(pattern))


def test_desktop_entry_matches_the_window_the_app_opens():
    # app.setDesktopFileName(APP_ID): Wayland and GNOME match the window to pdr-desktop.desktop
    # by that name, X11 docks by StartupWMClass; a mismatch shows a generic icon in the dock.
    desktop_file = PACKAGING / "linux" / f"{APP_ID}.desktop"
    assert desktop_file.is_file()
    desktop = configparser.ConfigParser(interpolation=None)
    desktop.optionxform = str
    desktop.read(desktop_file, encoding="utf-8")
    assert desktop["Desktop Entry"]["StartupWMClass"] == APP_ID
    assert desktop["Desktop Entry"]["Icon"] == APP_ID


def test_spec_and_resources_carry_the_spelling_dictionary_and_its_licence():
    spec = (PACKAGING / "pyinstaller" / "pdr-desktop.spec").read_text(encoding="utf-8")
    assert 'collect_submodules("spylls")' in spec  # imported inside a function: PyInstaller is told
    folder = ROOT / "resources" / "dictionaries"
    for name in ("en_GB.aff", "en_GB.dic", "COPYING-en_GB.txt", "LICENSE-LGPL-3.txt", "pdr-vocabulary.txt"):
        assert (folder / name).is_file()


@pytest.mark.skipif(not BUNDLE.is_dir(), reason="bundle not built (bash packaging/linux/build.sh)")
def test_built_bundle_carries_the_en_gb_dictionary_and_not_spylls_samples():
    assert (BUNDLE / "resources" / "dictionaries" / "en_GB.dic").is_file()
    assert (BUNDLE / "resources" / "dictionaries" / "COPYING-en_GB.txt").is_file()
    assert not list(BUNDLE.rglob("en_US.dic"))  # spylls' own sample dictionary stays out
