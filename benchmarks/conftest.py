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
    from pdr_desktop.review.sample import build_sample

    return build_sample(form)


@pytest.fixture
def worst_case_draft(form, sample_draft):
    """The sample with a 50,000-character answer and 50 objectives, each with a six-month score:
    the largest form the export and import goals are measured on."""
    from pdr_desktop.drafts.model import empty_row

    sample_draft.answers["wider.self"] = "Long reflective answer. " * 2100
    rows_field = form.field("objectives.items")
    rows = []
    for i in range(50):
        row = empty_row(rows_field)
        row.update(objective=f"Objective {i}", next_steps="Steps", by_when="Ongoing", by_whom="Me")
        row["progress"] = {"six_month": {"scale": i % 11, "note": f"Note {i}"}}
        rows.append(row)
    sample_draft.answers["objectives.items"] = rows
    return sample_draft
