"""The real window starts, shows hostile files as unreadable and carries on (subprocesses, no traceback)."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

_HOSTILE = Path(__file__).parents[1] / "unit" / "test_hostile_files.py"
_spec = importlib.util.spec_from_file_location("hostile_corpus", _HOSTILE)
corpus = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(corpus)

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX files (FIFOs, devices)")


def start_window(home: Path, *files: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pdr_desktop", "--data-dir", str(home), *files],
        capture_output=True,
        text=True,
        timeout=90,
        stdin=subprocess.DEVNULL,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PDR_DESKTOP_SMOKE_QUIT_MS": "1500", **env},
    )


def test_the_window_starts_with_every_hostile_draft_in_its_folder(tmp_path, form):
    home = tmp_path / "home"
    drafts = home / "drafts"
    drafts.mkdir(parents=True)
    (home / "config").mkdir()
    (home / "config" / "settings.json").write_text('{"role": "practitioner"}', encoding="utf-8")
    for name, kind in corpus.DRAFT_CLASSES.items():
        corpus.make_hostile(drafts / f"{name}.pdr", kind, form)
    done = start_window(home)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize("name", ["nested-5000-deep", "number-5000-digits", "fifo", "device", "huge-sparse"])
def test_opening_a_hostile_draft_from_the_command_line_starts_the_window(name, tmp_path, form):
    bad = tmp_path / f"{name}.pdr"
    corpus.make_hostile(bad, corpus.DRAFT_CLASSES[name], form)
    done = start_window(tmp_path / "home", str(bad), QT_QPA_PLATFORM="offscreen")
    assert "Traceback" not in done.stderr
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize("name", corpus.SETTINGS_CLASSES)
def test_the_window_starts_whatever_the_settings_files_hold(name, tmp_path):
    home, env = corpus._settings_files(tmp_path, *corpus.SETTINGS_CLASSES[name])
    done = start_window(home, **env)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr


def test_open_shows_the_reason_for_a_hostile_draft_and_carries_on(window, tmp_path, form, messages):
    for name in ("nested-5000-deep", "number-5000-digits", "nan", "duplicate-names", "fifo"):
        bad = tmp_path / f"{name}.pdr"
        corpus.make_hostile(bad, corpus.DRAFT_CLASSES[name], form)
        assert window.open_path(bad) is False
        kind, title, text = messages[-1]
        assert kind == "warning" and bad.name in title and "cannot be opened" in text
    assert window.draft is None


def test_the_start_page_lists_a_hostile_draft_with_its_reason(make_window, tmp_path, form, clock):
    from pdr_desktop.settings import load_settings

    settings = load_settings()
    settings.drafts_dir = str(tmp_path)
    corpus.make_hostile(tmp_path / "deep.pdr", corpus.DRAFT_CLASSES["nested-5000-deep"], form)
    os.mkfifo(tmp_path / "pipe.pdr")
    (tmp_path / "good.pdr").write_text(json.dumps(corpus._sample_json(form)), encoding="utf-8")
    window = make_window(settings=settings)
    texts = [window.start_page.recent.item(i).text() for i in range(window.start_page.recent.count())]
    assert any(t.startswith("deep.pdr\nCannot be opened: it is nested 5,001 levels deep") for t in texts)
    assert any(t.startswith("pipe.pdr\nCannot be opened: it is a pipe (FIFO)") for t in texts)
    assert any("Siobhán" in t for t in texts)
