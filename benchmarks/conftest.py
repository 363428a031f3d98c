"""Benchmarks share the tests' isolation: data under a temporary PDR_DESKTOP_HOME."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from pdr_desktop import paths
from pdr_desktop.forms import default_registry


@pytest.fixture(autouse=True)
def isolated_home(tmp_path, monkeypatch):
    monkeypatch.setenv(paths.HOME_ENV, str(tmp_path / "pdr-home"))
    monkeypatch.setenv(paths.SITE_SETTINGS_ENV, str(tmp_path / "no-site-settings.json"))
    default_registry.cache_clear()
    yield
    default_registry.cache_clear()


@pytest.fixture
def registry():
    return default_registry()


@pytest.fixture
def form(registry):
    return registry.get("portsmouth-early-help-2022")


@pytest.fixture
def sample_draft(form):
    from pdr_desktop.drafts.sample import build_sample

    return build_sample(form)
