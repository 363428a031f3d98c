"""A manager's folder of real files: the eleven-strong sample team, plus the awkward cases.

- "Niamh Byrne": `pdr-desktop sample`, edited back to the Initial Conversation with her
  comment missing and the meeting past; sent first as Word (an earlier copy, overdue), then
  as a newer .pdr with the comment filled in (the copy that counts, not overdue);
- a truncated draft, a Word file that is really text, a draft of a form this app does not
  have, and a pipe named like a draft: each listed with its reason.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from pdr_desktop.cli import main
from pdr_desktop.drafts import read_draft, write_draft
from pdr_desktop.export import export_draft
from pdr_desktop.team.sample_team import TEAM, write_team

NIAMH = "Niamh Byrne"
OVERDUE = {"Bartosz Zieliński", "Grace O'Neill", "Tom Hughes"}


@dataclass
class TeamFolder:
    folder: Path
    newer: Path  # Niamh's .pdr
    older: Path  # Niamh's earlier Word copy
    broken: list[Path]
    names: set[str]
    niamh: str = NIAMH
    overdue: frozenset[str] = frozenset(OVERDUE)


def _niamh(folder: Path, form, registry, clock) -> tuple[Path, Path]:
    newer = folder / f"{NIAMH}.pdr"
    assert main(["sample", "-o", str(newer)]) == 0
    draft = read_draft(newer, registry)
    draft.answers["details.name"] = NIAMH
    draft.review.current_round = "initial"
    draft.review.completed_rounds = []
    draft.review.meetings = {"initial": (clock.today() - timedelta(days=3)).isoformat()}
    draft.signatures.clear()
    comment = "comments.practitioner.initial.comment"
    words = draft.answers.pop(comment)
    older = folder / f"{NIAMH} (sent first).docx"
    write_draft(draft, newer, backup=False)  # stamps `updated` from the pinned clock
    export_draft(form, read_draft(newer, registry), older, "docx")
    clock.advance(hours=2)  # later that morning, the comment arrives
    draft = read_draft(newer, registry)
    draft.answers[comment] = words
    write_draft(draft, newer, backup=False)
    return newer, older


def _build(folder: Path, form, registry, clock) -> tuple[Path, Path, list[Path]]:
    write_team(folder, form, clock.today())
    newer, older = _niamh(folder, form, registry, clock)
    truncated = folder / "truncated.pdr"
    truncated.write_text('{"format": "pdr-desktop-draft", "schema_version": 2, "answ', encoding="utf-8")
    renamed = folder / "notes really.docx"
    renamed.write_text("This was never a Word document.", encoding="utf-8")
    other = folder / "other council.pdr"
    other.write_text(
        (folder / f"{TEAM[0].name} – Performance conversation.pdr")
        .read_text(encoding="utf-8")
        .replace("portsmouth-early-help-2022", "another-council-form-2031"),
        encoding="utf-8",
    )
    (folder / "~$ Niamh Byrne.docx").write_bytes(b"\x00owner file")  # Word's lock file: not a form
    (folder / "minutes.txt").write_text("not a form", encoding="utf-8")
    return newer, older, [truncated, renamed, other]


# The tests' pinned moment (tests/conftest.py): the folder is built once, stamped by it.
BUILT_AT = datetime(2026, 11, 23, 9, 41)


@pytest.fixture(scope="session")
def built_team(tmp_path_factory) -> tuple[Path, Path, Path, list[Path]]:
    from pdr_desktop import clock as clock_module
    from pdr_desktop import paths
    from pdr_desktop.forms.registry import default_registry, discover

    root = tmp_path_factory.mktemp("built-team")
    site = root / "site.json"
    site.write_text('{"format": "pdr-desktop-site-settings", "settings": {}}', encoding="utf-8")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(paths.HOME_ENV, str(root / "home"))
        patch.setenv(paths.SITE_SETTINGS_ENV, str(site))
        pinned = clock_module.FixedClock(BUILT_AT)
        previous = clock_module.install(pinned)
        default_registry.cache_clear()
        try:
            registry = discover()
            form = registry.get("portsmouth-early-help-2022")
            folder = root / "My team"
            newer, older, broken = _build(folder, form, registry, pinned)
        finally:
            clock_module.install(previous)
            default_registry.cache_clear()
    return folder, newer, older, broken


@pytest.fixture(autouse=True)
def no_blocking_dialogs(monkeypatch):
    """A file chooser or modal dialog a test did not expect fails the test instead of hanging it."""
    from PySide6.QtWidgets import QDialog, QFileDialog

    def unexpected(*_args, **_kwargs):
        raise AssertionError("unexpected modal dialog")

    monkeypatch.setattr(QDialog, "exec", unexpected)
    for name in ("getExistingDirectory", "getOpenFileName", "getOpenFileNames", "getSaveFileName"):
        monkeypatch.setattr(QFileDialog, name, unexpected)


@pytest.fixture
def team_folder(built_team, tmp_path, clock) -> TeamFolder:
    """A fresh copy of the built folder for each test (tests change files in it)."""
    assert clock.now().replace(tzinfo=None) == BUILT_AT, "the folder was built at the pinned moment"
    source, newer, older, broken = built_team
    folder = tmp_path / source.name
    shutil.copytree(source, folder)
    copied = [folder / p.name for p in broken]
    if hasattr(os, "mkfifo"):
        pipe = folder / "pipe.pdr"
        os.mkfifo(pipe)
        copied.append(pipe)
    return TeamFolder(
        folder, folder / newer.name, folder / older.name, copied, {p.name for p in TEAM} | {NIAMH}
    )


@pytest.fixture(scope="session")
def team_summaries(built_team):
    """The built folder read once, for the tests that only look (paths point at the built folder)."""
    from pdr_desktop.forms.registry import discover
    from pdr_desktop.team.scan import scan

    return scan([built_team[0]], discover()).summaries
