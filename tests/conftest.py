"""Shared test set-up: headless Qt, and every test's data in its own tmp_path."""

from __future__ import annotations

import os
from datetime import datetime

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from pdr_desktop import clock as clock_module
from pdr_desktop import paths
from pdr_desktop.forms import FormDefinition, default_registry


@pytest.fixture(autouse=True)
def isolated_home(tmp_path, tmp_path_factory, monkeypatch):
    """No test touches the real user's drafts, settings or a machine-wide site file."""
    home = tmp_path / "pdr-home"
    monkeypatch.setenv(paths.HOME_ENV, str(home))
    # A valid site file that sets nothing: no test sees the machine's real one, and no window
    # shows the "organisation settings could not be used" banner meant for a broken file.
    site = tmp_path_factory.mktemp("site") / "empty-site-settings.json"  # not in tests' own folder
    site.write_text('{"format": "pdr-desktop-site-settings", "settings": {}}', encoding="utf-8")
    monkeypatch.setenv(paths.SITE_SETTINGS_ENV, str(site))
    default_registry.cache_clear()
    yield home
    default_registry.cache_clear()


# A Monday in the Initial Conversation round. Every test runs on this day unless it says otherwise,
# whatever the real date (or faketime) says: the app reads time only through its clock.
PINNED_NOW = datetime(2026, 11, 23, 9, 41)


@pytest.fixture(autouse=True)
def clock():
    """The app's one clock, pinned; tests that compare file times set them from it (set_mtime)."""
    pinned = clock_module.FixedClock(PINNED_NOW)
    previous = clock_module.install(pinned)
    yield pinned
    clock_module.install(previous)


@pytest.fixture
def set_mtime():
    """set_mtime(path, moment): a file time the pinned clock agrees with (never real file times)."""

    def set_time(path, moment: datetime) -> None:
        stamp = moment.timestamp()
        os.utime(path, (stamp, stamp))

    return set_time


@pytest.fixture
def registry():
    return default_registry()


@pytest.fixture
def form(registry) -> FormDefinition:
    return registry.get("portsmouth-early-help-2022")


@pytest.fixture
def sample_draft(form):
    from pdr_desktop.drafts.sample import build_sample

    return build_sample(form)
