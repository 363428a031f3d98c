"""Machine-wide settings IT pre-configures: locked, unlocked, broken, env override."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pdr_desktop import paths, settings
from pdr_desktop.settings import SettingLockedError, load_settings, save_user_setting

EXAMPLE = Path(__file__).resolve().parents[2] / "packaging" / "site-settings.example.json"


def write_site(path: Path, entries: dict[str, dict]) -> Path:
    path.write_text(json.dumps({"format": settings.SITE_FORMAT, "settings": entries}), encoding="utf-8")
    return path


@pytest.fixture
def site_file(tmp_path, monkeypatch) -> Path:
    path = tmp_path / "site-settings.json"
    monkeypatch.setenv(paths.SITE_SETTINGS_ENV, str(path))
    return path


def test_env_override_names_the_site_file_and_its_values_apply(site_file):
    write_site(site_file, {"organisation": {"value": "Example Council", "locked": False}})
    loaded = load_settings()
    assert loaded.site_file == site_file
    assert loaded.organisation == "Example Council"
    assert loaded.problems == []


def test_unlocked_site_value_is_a_default_the_user_may_change(site_file):
    write_site(site_file, {"manager_email_domain": {"value": "council.example", "locked": False}})
    save_user_setting("manager_email_domain", "other.example")
    loaded = load_settings()
    assert loaded.manager_email_domain == "other.example"
    assert not loaded.is_locked("manager_email_domain")


def test_locked_site_value_refuses_a_user_change(site_file):
    write_site(site_file, {"organisation": {"value": "Locked Council", "locked": True}})
    with pytest.raises(SettingLockedError, match="organisation"):
        save_user_setting("organisation", "Mine")
    assert load_settings().organisation == "Locked Council"


def test_user_file_written_before_the_lock_never_overrides_it(site_file):
    # The user chose a folder before IT locked it: the lock wins.
    save_user_setting("drafts_dir", "/home/me/private")
    write_site(site_file, {"drafts_dir": {"value": "/srv/shared/pdr", "locked": True}})
    loaded = load_settings()
    assert loaded.drafts_dir == "/srv/shared/pdr"
    assert loaded.is_locked("drafts_dir")


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("{not json", "could not be used"),
        (json.dumps({"format": "wrong"}), "format"),
        (json.dumps({"format": settings.SITE_FORMAT, "settings": {"colour": {"value": "red"}}}), "colour"),
        (json.dumps({"format": settings.SITE_FORMAT, "settings": {"organisation": {"value": 3}}}), "str"),
        (
            json.dumps(
                {"format": settings.SITE_FORMAT, "settings": {"role": {"value": "x", "locked": "yes"}}}
            ),
            "locked",
        ),
    ],
)
def test_broken_site_file_gives_a_clear_message_and_safe_defaults(site_file, content, reason):
    site_file.write_text(content, encoding="utf-8")
    loaded = load_settings()
    assert len(loaded.problems) == 1
    assert str(site_file) in loaded.problems[0]
    assert reason in loaded.problems[0]
    assert loaded.organisation == settings.Settings().organisation
    assert loaded.locked == frozenset()


def test_missing_env_site_file_is_reported(site_file):
    loaded = load_settings()
    assert loaded.problems and str(site_file) in loaded.problems[0]


def test_folder_settings_expand_home(site_file, monkeypatch, tmp_path):
    monkeypatch.setenv("HOME", str(tmp_path))
    write_site(site_file, {"drafts_dir": {"value": "$HOME/OneDrive/PDR", "locked": True}})
    assert load_settings().drafts_dir == str(tmp_path / "OneDrive" / "PDR")


def test_example_file_shipped_for_it_is_valid(monkeypatch):
    monkeypatch.setenv(paths.SITE_SETTINGS_ENV, str(EXAMPLE))
    loaded = load_settings()
    assert loaded.problems == []
    assert loaded.is_locked("organisation")
    assert not loaded.is_locked("drafts_dir")
